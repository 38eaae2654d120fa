// The phrases of the skills taxonomy and the heading lexicon, as the floors
// need them: every form, with its case rule.
//
//   skills.tsv   "JavaScript<TAB>programming_language<TAB>JS|ECMAScript<TAB>"
//                => {JavaScript, JS, ECMAScript}, case-insensitive
//   headings.tsv "education<TAB>en<TAB>education|academic background"
//                => {education, academic background}, case-insensitive
#ifndef CVPARSE_TOOLS_BENCH_LEXICON_FORMS_H_
#define CVPARSE_TOOLS_BENCH_LEXICON_FORMS_H_

#include <string>
#include <vector>

namespace cvparse::bench {

struct Form {
  std::string text;
  bool case_sensitive = false;
};

// Reads the embedded lexicons (or $CVPARSE_LEXICON_DIR). False and *error on failure.
bool LoadSkillForms(std::vector<Form>* forms, std::string* error);
bool LoadHeadingForms(std::vector<Form>* forms, std::string* error);

}  // namespace cvparse::bench

#endif  // CVPARSE_TOOLS_BENCH_LEXICON_FORMS_H_
