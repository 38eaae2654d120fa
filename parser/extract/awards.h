// Awards, certificates and interests: the short-list sections.
//
// Awards (sections of kind "awards"):
//   "- Outstanding graduates of Zhejiang University of Technology, 2021"
//   "  The top 8 % of graduates in the whole grade can take this award"
//     => {title "Outstanding graduates of Zhejiang University of Technology", date "2021",
//         awarder "Zhejiang University of Technology", summary "The top 8 % of graduates ..."}
//   "Rookie AE of the Year - Prairie Cloud Systems, 2018"
//     => {title "Rookie AE of the Year", awarder "Prairie Cloud Systems", date "2018"}
//   "2019年  全国大学生服务外包创新创业大赛  国家级二等奖"
//     => {title "全国大学生服务外包创新创业大赛 国家级二等奖", date "2019"}
//
// Certificates (sections of kind "certificates"):
//   "Basic Life Support (BLS), American Heart Association - exp. 03/2026"
//     => {name "Basic Life Support (BLS)", issuer "American Heart Association", date ""}
//   "AWS Certified Solutions Architect - Professional, 2024 (Credential ID: AWS-PSA-555-0101)"
//     => {name "AWS Certified Solutions Architect - Professional", issuer "Amazon Web Services"
//         (certificates.tsv), date "2024"}
//   "NPTEL: Programming in Java (Elite), 2022" => issuer "NPTEL", date "2022"
//
// Interests (sections of kind "interests", and "Hobbies: ..." lines elsewhere):
//   "Fell running (completed the Three Peaks Challenge in 2023), volunteering as a Code Club leader,
//    and baking."  => {"Fell running (completed the Three Peaks Challenge in 2023)",
//                      "volunteering as a Code Club leader", "baking"}
//
// Items: bulleted or numbered lines start items and the plain lines under them
// are their summary; without bullets each line is an item, except that a line
// holding only a date belongs to the item above it and a prose line under a
// dated title is its summary. Dates come from DateParser (the first date, the
// start of a range); expiry dates ("exp. 03/2026", "expired 2023", "valid
// until ...") are never a certificate's date. Credential IDs and licence
// numbers are dropped from names.
#ifndef CVPARSE_EXTRACT_AWARDS_H_
#define CVPARSE_EXTRACT_AWARDS_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cvparse/document.h"
#include "extract/dates.h"

namespace cvparse {

class Lexicons;

class AwardsExtractor {
 public:
  // Loads certificates.tsv. Returns nullptr and fills *error ("certificates.tsv:LINE: reason").
  static std::unique_ptr<AwardsExtractor> Create(std::string* error);
  // Same, from the text of certificates.tsv (for tests).
  static std::unique_ptr<AwardsExtractor> CreateFromData(std::string_view certificates_tsv, std::string* error);

  // Fills doc->entities.awards, .certificates and .interests.
  void Extract(const Lexicons& base, YearMonth as_of, Document* doc) const;

  // Compiles now the patterns Extract would compile on first use, so that a
  // thread with time to spare takes that off the first résumé's parse (see
  // Parser::Create). Thread-safe; calling it is never needed.
  void CompilePatterns() const;

  // One award from its title line (normalised) and its summary lines.
  Award ParseAward(const DateParser& dates, YearMonth as_of, std::string_view title,
                   const std::vector<std::string>& summary) const;
  // One certificate from its line (normalised); `extra_date` is a date-only
  // line under it ("March 2022 to March 2025"), or "".
  Certificate ParseCertificate(const DateParser& dates, YearMonth as_of, std::string_view line,
                               std::string_view extra_date = "") const;
  // The issuer certificates.tsv knows for a certificate name, or "".
  std::string KnownIssuer(std::string_view name) const;

 private:
  struct IssuerRule {
    std::string pattern;   // as written in the file
    std::string folded;    // lower-case, for the case-insensitive rules
    bool exact_case = false;  // acronyms ("CPA", "BLS") match case-sensitively
    std::string issuer;
  };
  AwardsExtractor() = default;
  std::vector<IssuerRule> issuers_;  // longest pattern first
};

// "Chess, five-a-side football, reading about urban planning" => three interests.
// Commas inside parentheses do not split; a leading "and" is dropped.
std::vector<std::string> SplitInterests(std::string_view text);

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_AWARDS_H_
