// Publications: cuts a publications section into items and reads each citation.
//
//   [1] RRE: A Relevance Relation Extraction framework ... at Alipay     title
//   Jiayang Gu, Xovee Xu, Yulu Tian, ...                                  authors (owner 1st)
//   Submitted to ICASSP, score 23/17/17(max score 24)                     venue ICASSP, submitted
//
//   "[2] Iyer, S., Watanabe-Clarke, K., & Moreau, L. (2022). Temperature scaling is not
//    enough: Post-hoc calibration under label shift. Journal of Machine Learning Research,
//    23(141), 1–38."
//     => authors {"Iyer, S.", "Watanabe-Clarke, K.", "Moreau, L."}, year 2022,
//        title "Temperature scaling is not enough: Post-hoc calibration under label shift",
//        venue "Journal of Machine Learning Research" (abbr JMLR), published
//
//   "A. Osei, K. Watanabe-Clarke, "Test-time adaptation without forgetting," in Proc.
//    IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), 2024, pp. 1–9."
//     => IEEE style: the quoted title, authors before it, venue after it (raw "CVPR")
//
//   "Lindqvist MK, Berg A. Bayesian borrowing in rare-disease trials. Stat Med. 2023;42:1011."
//     => Vancouver: authors {"Lindqvist MK", "Berg A"}, venue "Stat Med", year 2023
//
//   "Full list on Google Scholar"                  => not a publication (no authors, venue,
//                                                     year or status)
//
// Items: numbered "[1]", "[J1]", "1.", "1)", "(1)" or bulleted lines start items
// (numbers may repeat or skip); otherwise blank lines separate items, and a block
// whose every line is a dated citation gives one item per line. Short title-like
// lines after a blank ("Journal Articles") and notes in parentheses are
// sub-headings, not items. Inside an item, indented lines, lines starting in
// lower case and lines after an unfinished one are wrapped text; other line
// breaks separate fields (title / authors / venue lines).
//
// A citation is read in this order: a quoted title (IEEE, MLA, ACM with quotes);
// an APA "(2022)." or ACM ". 2022." year after the authors; else the longest
// author-like prefix ending in ". " or a line break (authors first), else the
// first sentence is the title and the second may be the authors. The venue is
// found after "Submitted to", "Accepted at", "Published in/by", "In", "Proc.",
// or as the first title-case sentence after the title, cut at ", vol", ", pp",
// ", 2024", "; ", and resolved through VenueLexicon. The status comes from cue
// words (under review, submitted, in press, accepted / to appear, arXiv /
// preprint, published); an item with a venue and no cue is "published".
#ifndef CVPARSE_EXTRACT_PUBLICATIONS_H_
#define CVPARSE_EXTRACT_PUBLICATIONS_H_

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cvparse/document.h"
#include "extract/dates.h"
#include "extract/venues.h"

namespace cvparse {

class Lexicons;

class PublicationsExtractor {
 public:
  // Loads venues.tsv. Returns nullptr and fills *error ("venues.tsv:LINE: reason") on bad data.
  static std::unique_ptr<PublicationsExtractor> Create(std::string* error);
  // Same, from the text of venues.tsv (for tests).
  static std::unique_ptr<PublicationsExtractor> CreateFromData(std::string_view venues_tsv, std::string* error);

  // Fills doc->entities.publications from the sections of kind "publications".
  // Reads doc->contact.name to find the owner among the authors.
  void Extract(const Lexicons& base, YearMonth as_of, Document* doc) const;

  // Reads one citation. `item` is the item's text without its number or bullet;
  // '\n' separates field lines (title / authors / venue), wrapped lines are
  // already joined by spaces. `owner` is the résumé owner's name ("" when
  // unknown). Returns nullopt when the item is not a citation. Spans are left 0.
  std::optional<Publication> ParseItem(std::string_view item, std::string_view owner) const;

  // The venue lexicon, made on first use: most résumés have no
  // publications. Its rows are read and checked by Create; its indexes come
  // from the image the build embedded when venues.tsv is the embedded text
  // (else they are built, ~13 M instructions). Thread-safe.
  const VenueLexicon& venues() const;

  // Compiles now the patterns Extract would compile on first use, and builds
  // the venue lexicon (see AwardsExtractor::CompilePatterns).
  void CompilePatterns() const;

 private:
  PublicationsExtractor() = default;
  std::string venues_tsv_;
  std::vector<TsvRow> venue_rows_;  // views into venues_tsv_
  mutable std::once_flag venues_built_;
  mutable std::unique_ptr<VenueLexicon> venues_;
};

// Splits an author list, merging surname-first pairs and dropping "et al.":
//   "Iyer, S., Watanabe-Clarke, K., & Moreau, L."  => {"Iyer, S.", "Watanabe-Clarke, K.", "Moreau, L."}
//   "K. Watanabe-Clarke, L. Moreau, and S. Iyer"  => {"K. Watanabe-Clarke", "L. Moreau", "S. Iyer"}
//   "S. Venkataraman et al."                       => {"S. Venkataraman"}, *et_al = true
// Equal-contribution marks (* † ‡ §) are removed. `et_al` may be null.
std::vector<std::string> SplitAuthors(std::string_view text, bool* et_al = nullptr);

// True when `text` reads as a list of personal names (see SplitAuthors). A
// single name needs an initial ("K. Demir", "Lindqvist MK"), CJK script, or to
// be the owner's.
bool LooksLikeAuthors(std::string_view text, std::string_view owner);

// Whether `author` names the same person as `owner`: same surname (either end
// of the owner's name) and, when the author gives one, the same first initial.
//   ("Gu, J.", "Jiayang Gu") => true;  ("Gu, Y.", "Jiayang Gu") => false
bool AuthorIsOwner(std::string_view author, std::string_view owner);

// 1-based index of the owner among `authors`, 0 when absent or `owner` is empty.
int OwnerPosition(const std::vector<std::string>& authors, std::string_view owner);

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_PUBLICATIONS_H_
