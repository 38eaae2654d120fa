// Degrees: finds degree names and institution words in a line of an
// education section, from the data in parser/lexicons/degrees.tsv.
//
//   "M.E. in Computer Science and Technology"  => "M.E." [0,4) Master of Engineering, master
//   "BSc (Hons) Computer Science, 2:1"          => "BSc" bachelor
//   "统计学 硕士 M.S. in Statistics"             => "硕士" master, "M.S." master
//   "12th (HSC)"                                 => "12th" secondary ("HSC" too)
//   "MS Office", "as a BA analyst", "Boston, MA" => nothing
//   "University of Leeds"                        => institution word "University" [0,10)
//
// How an alias matches the text: letters and digits in order; a '.', ' ',
// '-' or apostrophe in the alias is optional in the text, and a '.' (with
// the spaces after it) or an apostrophe in the text may sit between any two
// letters, so "PhD" matches "Ph.D.", "Ph. D" and "PHD", and "Masters"
// matches "Master's". A trailing '.' is taken into the match. The match
// must start and end at a word boundary (CJK aliases need none). At one
// position the longest alias wins; on a tie, the earlier row.
//
// Match modes (column 4 of the file):
//   any      ASCII letters compare case-insensitively.
//   case     the letters must have the case written in the file ("BEd"
//            matches "BEd", "B.Ed." but not "bed"); an alias of five
//            letters or more in title-case words matches in capitals too
//            ("Postgraduate" => "POSTGRADUATE", but "MArch" not "MARCH").
//   context  like case, and the match counts only in a degree context,
//            unless it is written with dots ("M.S." is always a degree):
//              left:  nothing, or one of \t , ; | ( ) : / - or a digit
//                     before it on the line (spaces skipped), or a verb
//                     of study opening the cell ("Pursuing BS in ...",
//                     "Completed MS"), or any left side when the word
//                     "degree" follows ("a BS Degree in ...");
//              right: the end, one of , ( ) \t ; | : - / or a digit, the
//                     words "in", "of", "en", "degree", or a capitalised
//                     word that is not a known product/job word in
//                     any case ("MS Office", "BA Analyst", "ASSOCIATE
//                     DIRECTOR").
//            After a comma the right side must be a word or "(": "Boston,
//            MA" and "Orono, ME 04469" are places, not degrees.
// Lower-case prose ("as a BA analyst") fails the left rule.
#ifndef CVPARSE_EXTRACT_DEGREES_H_
#define CVPARSE_EXTRACT_DEGREES_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cvparse {

struct DegreeMatch {
  size_t begin = 0, end = 0;   // byte offsets in the searched text
  std::string_view canonical;  // "Master of Engineering"; points into the lexicon
  std::string_view level;      // "master"; points into the lexicon
  bool contextual = false;     // a short alias accepted only thanks to its context
};

struct InstitutionWord {
  size_t begin = 0, end = 0;
  std::string_view word;       // the alias as written in the lexicon
};

class DegreeLexicon {
 public:
  // Builds the lexicon from the text of degrees.tsv. Returns nullptr and
  // sets *error ("degrees.tsv:LINE: reason") on a bad row: fewer than five
  // fields, an unknown kind, level or match mode, or an empty alias list.
  static std::unique_ptr<DegreeLexicon> Create(std::string_view tsv, std::string* error);

  ~DegreeLexicon();
  DegreeLexicon(const DegreeLexicon&) = delete;
  DegreeLexicon& operator=(const DegreeLexicon&) = delete;

  // Every degree in `text`, left to right, not overlapping, context rules
  // applied. Never fails; returns an empty vector when there is none.
  std::vector<DegreeMatch> FindDegrees(std::string_view text) const;

  // The degree that is exactly `text` (spaces and punctuation around it
  // allowed), with no context rule: "MS" => master. Used for labels such as
  // "Postgraduate:" and for tests. Returns false when it is not one.
  bool LookupExact(std::string_view text, DegreeMatch* match) const;

  // Every institution word in `text`, left to right.
  std::vector<InstitutionWord> FindInstitutionWords(std::string_view text) const;

  // Is `word` a verb of study that may open a degree's line ("Pursuing",
  // "Completed", "Earned"; any case)?
  static bool IsStudyVerb(std::string_view word);

  // The rank of a level for comparisons: secondary 1, diploma 2, associate
  // 3, bachelor 4, master 5, doctorate 6, postdoc 7; 0 when unknown.
  static int LevelRank(std::string_view level);

 private:
  struct Impl;
  explicit DegreeLexicon(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_DEGREES_H_
