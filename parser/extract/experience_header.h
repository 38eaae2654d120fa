// Experience header lines: who, what and where, from the first lines of an entry.
//
//   "Staff Software Engineer, Northwind Analytics, Inc. — Austin, TX  Jan 2022 – Present"
//       => position "Staff Software Engineer", organization "Northwind Analytics, Inc.",
//          location "Austin, TX"
//   "Logistics Manager | Laurentian Foods Distribution | Laval, QC | 2019 – Present"
//       => position "Logistics Manager", organization "Laurentian Foods Distribution",
//          location "Laval, QC"
//   "LUMEN HEALTH — Seattle, WA" / "Senior Product Designer  03/2020 – Present"
//       => organization "LUMEN HEALTH", position "Senior Product Designer", location "Seattle, WA"
//   "Warehouse Operations Supervisor" / "Riverbend Distribution - Memphis, TN"
//       => position, organization "Riverbend Distribution", location "Memphis, TN"
//   "2021.09-至今\t杭州云栖数智科技有限公司\t高级后端开发工程师"
//       => organization "杭州云栖数智科技有限公司", position "高级后端开发工程师"
//   "Career break  Jun 2018 – Aug 2020"  => is_break, position "Career break"
//
// How a header is read:
//   1. Dates are blanked (every date FindAll reports), and so are a
//      template's stand-in years ("20XX", "19xx"); then Markdown '#', list
//      numbers ("1)", "2."), brackets left empty ("()") and brackets holding
//      only a web address ("[http://www.abb.com]") go too.
//   2. Each line is cut into segments at column gaps ('\t'), '|', " - ", " -- ",
//      " · " (never inside brackets), and "Title at Company" / "Title @
//      Company" / "Title / Company" when the left side holds a title word
//      (the slash only when no title word follows it; "with", "for", "in" too
//      after "Worked as" / "Currently working as"; "Presently working with
//      Company as Title" / "Worked at Company as Title" give both). A template's stand-in
//      ("Company Name", "Confidential") is dropped. Segments are cut into
//      pieces at commas; a piece made of legal forms alone (", Inc.", ",
//      Ltd.") is glued back to the name before it, and "City, ST" / "City,
//      Country" pieces are glued into one place. A partnership's name cut at
//      its commas is glued back: surnames before "Name & Name" ("Cohen,
//      Jayson & Foster").
//      A piece whose title words all come before its organisation words is
//      cut in two: "Special Education Teacher AAA High School".
//   3. Each piece is a title (job_titles.tsv words), an organisation
//      (org_suffixes.tsv: legal forms, organisation words; ALL-CAPS text), a
//      place (PlaceLexicon::Resolve, "remote", "City (Country)", a template's
//      "City, ST"; a region with dots: "N.H."; never a web domain:
//      "Myownfoodsite.com"), a break
//      ("career break") or unknown. With both title and organisation words
//      the later one wins, as the head noun comes last in English ("Lab
//      Manager" is a title, "Software Labs" an organisation); a legal form
//      always makes an organisation. A title that opens the piece and takes
//      an "of" phrase is a title ("Manager of Classroom Technology").
//   4. A plain town name just before a known region ("Conshohocken" before
//      "PA") is a place. The first title piece is the position and the first organisation
//      piece the organisation. Unknown pieces fill what is missing: an
//      unknown in another segment than the position becomes the
//      organisation; with no title or organisation words at all the first
//      segment is the position and the next one the organisation. A piece
//      after the organisation in its segment is the location ("Ysgol Bro
//      Tawel, Cardiff"), as is a short capitalised piece left over elsewhere
//      ("Milan" on its own line). An unknown piece that reads as prose is
//      taken for the organisation only when no other is left. Pieces with an
//      '@' (contact details) and notes in brackets ("(An ISO 9002
//      Company)") fill nothing.
//   5. A position that reads as prose is dropped: eight words or
//      more, or a first word all in lower case ("underwriting departments
//      which dealt with", "of 6 hrs"; "iOS Developer" stays). An e-mail or
//      web address and a page's running header ("Resume of Nolan", "RESUME")
//      are neither position nor organisation; a month word alone ("June",
//      "Nov.") or text with fewer than two letters ("$M") is no organisation.
//      (Prose read as an organisation is dropped later, after employers are
//      carried: see ProseOrganization; "Miles ford Auto shop", a name with an
//      organisation word last, is no prose.)
//
// CAVEAT: a company name made of title words ("Director Systems") or a
// position with none ("Second in Department") can be read the wrong way
// round; there is no gazetteer of companies or cities.
#ifndef CVPARSE_EXTRACT_EXPERIENCE_HEADER_H_
#define CVPARSE_EXTRACT_EXPERIENCE_HEADER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/dates.h"
#include "extract/places.h"

namespace cvparse {

// What the role lexicons find in a piece of text.
struct RoleHits {
  int titles = 0;          // job-title words
  int orgs = 0;            // organisation words and legal forms
  bool legal = false;      // a legal form ("Inc", "GmbH", "有限公司")
  bool career_break = false;
  int last_title = -1;     // where the last title word ends (byte in the folded text)
  int last_org = -1;       // where the last organisation word ends
  int first_title_begin = -1, first_title_end = -1;  // the first title term
  int first_org_begin = -1;  // where the first organisation word starts
};

// job_titles.tsv and org_suffixes.tsv, compiled.
class RoleLexicon {
 public:
  // From the text of the two files. Returns nullptr and sets *error to
  // "job_titles.tsv:LINE: reason" / "org_suffixes.tsv:LINE: reason" on a
  // malformed row (too few columns, an unknown kind, no terms).
  static std::unique_ptr<RoleLexicon> Create(std::string_view job_titles_tsv,
                                             std::string_view org_suffixes_tsv, std::string* error);
  ~RoleLexicon();

  RoleHits Find(std::string_view text) const;
  // True when every word of `text` is a legal form: "Inc.", "Co., Ltd.", "GmbH".
  bool OnlyLegal(std::string_view text) const;
  // True when `text` is a template's stand-in for a name or a withheld one:
  // "Company Name", "[Name of Company]", "Confidential" (placeholder rows of
  // org_suffixes.tsv, whole text only, punctuation and case ignored).
  bool Placeholder(std::string_view text) const;

 private:
  struct Term;
  RoleLexicon();
  void BuildIndex();
  std::vector<Term> terms_;
  // Indices into terms_ (the views point into their tokens), so that Find
  // looks each word of the text up instead of trying all ~600 terms.
  std::unordered_map<std::string_view, std::vector<uint32_t>> by_first_token_;  // Latin terms
  std::unordered_map<std::string_view, std::vector<uint32_t>> one_word_titles_;  // compound parts
  std::vector<uint32_t> cjk_terms_;
  std::unordered_set<std::string> placeholders_;  // folded words joined by one space
};

struct HeaderFields {
  std::string position;
  std::string organization;
  std::string location;
  bool is_break = false;          // "Career break", "Sabbatical"
  bool position_from_lexicon = false;  // the position holds a title word
};

struct HeaderContext {
  const RoleLexicon& roles;
  const PlaceLexicon& places;
  const DateParser& dates;
  YearMonth as_of;
};

// True when an organisation read from a header is prose: two or more words in
// lower case besides connectors, legal forms and brackets ("Writing press
// releases", "Oversaw/managed external contractors"; not "Ministry of
// Physical Planning and works", "Vistula Pay sp. z o.o.").
bool ProseOrganization(const RoleLexicon& roles, std::string_view org);

// True when a line of eight words or fewer has a job title for its head noun:
// "SENIOR DIVISION OPERATIONS EXECUTIVE", "Lab Manager"; not "Software Labs".
bool NamesPosition(const RoleLexicon& roles, std::string_view line);

// A position without a note in brackets at its end, when the note holds three
// words or more: "Customer Service Advisor (part time to 2011, full time from
// 2013)" => "Customer Service Advisor", "Support Engineer (40 % part time)" =>
// "Support Engineer"; "Project Manager (consultant)", "Co-op Engineer (3
// rotations)" and "Research Assistant (summer internship)" stay whole.
std::string WithoutNote(std::string_view position);

// Reads the header lines (Line::norm text, in order) of a job, volunteer role
// or research position. Never fails; fields it cannot find stay empty.
HeaderFields ParsePositionHeader(const std::vector<std::string>& lines, const HeaderContext& context);

struct ProjectFields {
  std::string name;          // the title line without dates and tech list
  std::string role;          // "team leader", "核心开发"
  std::string organization;  // "Alipay" from "... at Alipay"
  std::string description;   // "a 2 kB reactive state library" from "name — description" list items
  std::vector<std::string> keywords;  // from a trailing "(Python, FastAPI, React)"
};

// Reads the header lines of a project or research project:
//   "HuskyRide — carpool matcher (Python, FastAPI, PostgreSQL, React)   Spring 2024"
//       => name "HuskyRide - carpool matcher", keywords {Python, FastAPI, PostgreSQL, React}
//   "LoRa-based farmland monitoring network (2021.03 - 2022.05) — team leader"
//       => name "LoRa-based farmland monitoring network", role "team leader"
//   "Identification of Similar Products for the Diversity of Recommendation at Alipay"
//       => name as written, organization "Alipay"
// `list_item` is set for one-line projects written as list items ("**name** —
// what it is"): the text after the first dash or colon becomes the description.
ProjectFields ParseProjectHeader(const std::vector<std::string>& lines, const HeaderContext& context,
                                 bool list_item = false);

// Removes a leading list number or Markdown heading mark: "1) Intern" => "Intern",
// "### Engineer" => "Engineer", "2. 负责" => "负责". Returns how many bytes to skip.
size_t EnumeratorLength(std::string_view text);

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_EXPERIENCE_HEADER_H_
