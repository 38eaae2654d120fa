#include "lexicon_forms.h"

#include "lexicon/lexicons.h"
#include "lexicon/tsv.h"

namespace cvparse::bench {

bool LoadSkillForms(std::vector<Form>* forms, std::string* error) {
  std::string text;
  std::vector<TsvRow> rows;
  if (!LoadLexiconFile("skills.tsv", &text, error) || !ParseTsv(text, "skills.tsv", 4, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    bool cs = false;
    for (std::string_view flag : SplitAlternatives(row.fields[3], ',')) cs = cs || flag == "cs";
    forms->push_back({std::string(row.fields[0]), cs});
    for (std::string_view alias : SplitAlternatives(row.fields[2])) forms->push_back({std::string(alias), cs});
  }
  return true;
}

bool LoadHeadingForms(std::vector<Form>* forms, std::string* error) {
  std::string text;
  std::vector<TsvRow> rows;
  if (!LoadLexiconFile("headings.tsv", &text, error) || !ParseTsv(text, "headings.tsv", 3, &rows, error)) {
    return false;
  }
  for (const TsvRow& row : rows) {
    for (std::string_view heading : SplitAlternatives(row.fields[2])) forms->push_back({std::string(heading), false});
  }
  return true;
}

}  // namespace cvparse::bench
