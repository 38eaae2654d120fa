// Action verbs that open the bullet lines of a job, from action_verbs.tsv.
// They tell body text from entry headers when the bullet glyphs are gone, as
// in flattened résumés:
//
//   verbs.OpensLine("Analyzed test results and defect data")  => true
//   verbs.OpensLine("Manages a team of 12 engineers")         => true
//   verbs.OpensLine("Program Manager, Acme Corp")             => false ("program" only as "programmed")
//   verbs.OpensLine("Managing Director")                      => false (no -ing forms)
//   verbs.OpensLine("Developed APIs")                         => false (fewer than 3 words)
#ifndef CVPARSE_LAYOUT_ACTION_VERBS_H_
#define CVPARSE_LAYOUT_ACTION_VERBS_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

namespace cvparse {

class ActionVerbs {
 public:
  // From the text of action_verbs.tsv. Returns nullptr and sets *error
  // ("action_verbs.tsv:LINE: reason") on a row with an unknown form.
  static std::unique_ptr<ActionVerbs> Create(std::string_view tsv, std::string* error);

  // True when the line's first word is one of the verb forms and the line
  // holds at least three words.
  bool OpensLine(std::string_view norm) const;

 private:
  ActionVerbs() = default;
  std::unordered_set<std::string> forms_;  // lower-case ASCII words
};

}  // namespace cvparse

#endif  // CVPARSE_LAYOUT_ACTION_VERBS_H_
