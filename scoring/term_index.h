// TermIndex: every skill of a profile, found in a résumé in one pass per line.
//
//   profile required: [PyTorch, "Recommender Systems"], preferred: [{name: Ray, synonyms: [ray.io]}]
//   line "Frameworks\tPytorch, ROS, Ray, Matlab"
//     => {item 0 "Pytorch" [11,18)}, {item 2 "Ray" [25,28)}
//
// Each item is added to one PhraseMatcher (the parser's literal trie, whole
// tokens) under all its forms:
//   * a name the taxonomy knows brings every alias of that skill, with the
//     taxonomy's case rule ("Go" only as written; "golang" any case);
//   * the name (when not a taxonomy skill) and every synonym are literal,
//     case-insensitive;
//   * each case-insensitive form of 4+ bytes ending in a letter also matches
//     with a plural "s", and each multi-word form also with hyphens
//     ("knowledge-graph").
// Context-only taxonomy skills (Go, R, Excel, Spark ...) count outside skills,
// certificate, course and education sections only in a form of several words
// ("Epic EHR"), on a list-like or short non-sentence line (a heading, a
// position, a list item), or where the parser itself found the skill
// (Document::entities.skill_mentions).
#ifndef CVPARSE_SCORING_TERM_INDEX_H_
#define CVPARSE_SCORING_TERM_INDEX_H_

#include <string>
#include <vector>

#include "cvparse/document.h"
#include "cvparse/profile.h"
#include "extract/skill_taxonomy.h"
#include "resume_view.h"
#include "scoring_data.h"

namespace cvparse::scoring {

struct TermItem {
  ProfileSkill skill;
  bool required = false;
  std::string canonical;      // the taxonomy's name of skill.name (else skill.name), then
                              // " / " and each alternative: "Go / Java / Kotlin"
  std::vector<std::string> taxonomy_names;  // taxonomy skills the item accepts
};

struct TermHit {
  size_t item = 0;
  size_t line = 0;            // index into Document::lines
  Span span;                  // in Document::text
  size_t norm_begin = 0;      // the match in the line's norm
  size_t norm_end = 0;
};

class TermIndex {
 public:
  TermIndex(const JobProfile& profile, const ScoringData& data);

  const std::vector<TermItem>& items() const { return items_; }

  // Every hit of every item, in document order, one per span.
  std::vector<TermHit> FindAll(const ResumeView& view) const;

 private:
  void AddItem(const ProfileSkill& skill, bool required, const ScoringData& data);
  // Adds the forms of `name` (a taxonomy skill or a literal) for item `index`;
  // returns the display name.
  std::string AddName(const std::string& name, int index, const ScoringData& data, TermItem* item);
  void AddForm(const std::string& form, int id, bool case_sensitive);

  std::vector<TermItem> items_;
  PhraseMatcher matcher_;
};

}  // namespace cvparse::scoring

#endif  // CVPARSE_SCORING_TERM_INDEX_H_
