// Skills: every mention of a taxonomy skill, and per skill its mentions,
// group and months of use.
//
//   SKILLS                                   (a skills section: rows of a list)
//   Developer Tools<TAB>Python, Java, C++    => Python, Java, C++       group "Developer Tools"
//   Frameworks: Pytorch, ROS(Robotic ...)    => PyTorch, ROS            group "Frameworks"
//   Languages ........ Go, Java              => Go, Java                group "Languages"
//   SQL: PostgreSQL, BigQuery (CTEs)         => SQL, PostgreSQL, BigQuery  group "SQL"
//   Patient and family education | Sepsis bundles
//                                            => "Patient and family education", "Sepsis bundles"
//                                               (not in the taxonomy: kept, category "")
//   Languages<TAB>Chinese, IELTS 7.0         => nothing: a language row (languages.h)
//   - Designed the gateway in Go on Kubernetes (EKS).   (a work entry: running text)
//                                            => Kubernetes, EKS; Go only when the skills
//                                               section lists Go (Go is a ctx form)
//
// Skills sections: lines are joined into rows (a line continues the row above
// when a parenthesis is open, the row ends with ',', or the line starts with
// '(' or a lower-case letter and is not a list item). A row may start with a
// group label (before ':', a tab or a dot leader: SplitRowLabel in
// languages.h); a label line alone ("Programming:") names the group of the
// rows below it until a blank line. The rest is cut into items at ',', ';',
// '|', '、' and tabs outside parentheses, then at '/', " and ", " & ", " or ",
// 及, 和, 与 when a side holds a taxonomy skill ("Epic and Cerner EHR" → two
// items; "Patient and family education" stays one). Every taxonomy form in a
// row is a mention (ctx forms too). An item with no taxonomy form outside its
// parentheses is kept as a skill of its own (category "") when it looks like
// one: at most 4 words besides and/&/of, at most 40 bytes, 2+ letters, not a
// sentence, a date, a fluency phrase or a language item; leading proficiency
// words go ("familiar with Dubbo" → "Dubbo"); text in parentheses is never an
// unknown skill ("Tableau (Desktop Certified Associate)" → Tableau).
//
// In the other sections (education, awards, a short header ...) only a line
// labelled with a skills word is read ("Software: Excel, Word", "Programming
// languages: C#, ASP"), as running text with that label.
//
// Running text (sections work, research, projects, summary, volunteer,
// activities, teaching, and languages lines that name no language): every
// non-ctx form is a mention, and so is a ctx form of several words that is not
// a soft skill ("Apache Spark", "Microsoft Excel"); a ctx form counts when the line is labelled with
// a skills word ("Tools:", "Tech stack:", "Keywords:"), when it is in a run of
// adjacent skills (joined by , / | ; & + and/or or parentheses, not by a
// space alone: "NLP research" is no list) that holds
// a non-ctx skill ("Spark, Kafka"), when the same skill was found in a
// skills section of the document, or, for a soft skill, when its run is named
// as skills ("excellent communication and interpersonal skills", "strong
// analytical abilities"; not "leadership role"). Matches inside URLs and e-mail addresses
// are ignored.
//
// SkillSummary per skill (canonical name, or the case-folded unknown name):
// mentions, the first group, and months: the dated doc->entities.experience
// entries whose span holds a mention, merged where they overlap and counted
// in whole months, both ends included ("2021.9 - 2022.2" is 6 months; a year
// alone runs January to December). last_used is the ISO end (or the start of
// a single date) of the latest of those entries. Summaries come in document
// order of their first grouped mention, then the ungrouped ones by first
// mention.
#ifndef CVPARSE_EXTRACT_SKILLS_H_
#define CVPARSE_EXTRACT_SKILLS_H_

#include <cstddef>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "cvparse/document.h"
#include "extract/dates.h"
#include "extract/languages.h"
#include "extract/skill_taxonomy.h"

namespace cvparse {

class Lexicons;

// One row of a skills list, offsets into the row text.
struct SkillRow {
  std::string group;                               // "" when the row has no label
  size_t group_begin = 0, group_end = 0;
  std::vector<std::pair<size_t, size_t>> items;    // parentheses included
};

// A mention read from one row or line, offsets into that text.
struct RowMention {
  size_t begin = 0, end = 0;
  int skill = -1;         // index into the taxonomy; -1 for a skill not in it
  std::string name;       // canonical, or the item as written for skill == -1
  std::string group;
};

class SkillsExtractor {
 public:
  // Loads skills.tsv and languages.tsv. Returns nullptr and sets *error
  // ("skills.tsv:LINE: reason") on bad data.
  static std::unique_ptr<SkillsExtractor> Create(std::string* error);
  // The same, reading language rows with `languages` (shared with the
  // languages extractor).
  static std::unique_ptr<SkillsExtractor> Create(std::shared_ptr<const LanguageLexicon> languages,
                                                 std::string* error);

  // Fills doc->entities.skill_mentions and doc->entities.skills. Reads
  // doc->entities.experience (filled earlier) for months and last_used.
  void Extract(const Lexicons& base, YearMonth as_of, Document* doc) const;

  // The pieces, public for the tests.
  SkillRow SplitRow(std::string_view row) const;
  // The mentions of one row of a skills section; `group` is the label carried
  // from a label line above ("" for none). `dates` may be null.
  std::vector<RowMention> ReadSkillsRow(std::string_view row, std::string_view group,
                                        const DateParser* dates) const;
  // The mentions of one line of running text; ctx skills in `confirmed` count anywhere.
  std::vector<RowMention> ReadTextLine(std::string_view line, const std::set<int>& confirmed) const;

  const SkillTaxonomy& taxonomy() const { return *taxonomy_; }
  const LanguageLexicon& languages() const { return *languages_; }

 private:
  std::vector<SkillMatch> Matches(std::string_view text) const;
  SkillRow SplitRow(std::string_view row, const std::vector<SkillMatch>& matches) const;

  std::unique_ptr<SkillTaxonomy> taxonomy_;
  std::shared_ptr<const LanguageLexicon> languages_;
};

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_SKILLS_H_
