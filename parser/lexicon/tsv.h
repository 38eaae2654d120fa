// Reading the lexicon data files: tab-separated rows, '#' comments.
//
//   "# comment\neducation\ten\teducation|academic background\n"
//   => one TsvRow{line 2, {"education", "en", "education|academic background"}}
#ifndef CVPARSE_LEXICON_TSV_H_
#define CVPARSE_LEXICON_TSV_H_

#include <string>
#include <string_view>
#include <vector>

namespace cvparse {

struct TsvRow {
  int line = 0;                          // 1-based line number in the file
  std::vector<std::string_view> fields;  // views into the file's text
};

// Splits `data` into rows, skipping blank lines and lines starting with '#'.
// Returns false and sets *error to "FILE:LINE: reason" when a row has fewer
// than `min_fields` fields.
bool ParseTsv(std::string_view data, std::string_view file_name, size_t min_fields,
              std::vector<TsvRow>* rows, std::string* error);

// Splits "a|b|c" into {"a", "b", "c"}, trimming spaces and dropping empties.
std::vector<std::string_view> SplitAlternatives(std::string_view field, char separator = '|');

// Unicode case folding (ICU full folding): "Straße" => "strasse", "EDUCATION" => "education".
std::string FoldCase(std::string_view utf8);

}  // namespace cvparse

#endif  // CVPARSE_LEXICON_TSV_H_
