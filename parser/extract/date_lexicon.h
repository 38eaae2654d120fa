// The words of the date reader (dates.cc): month names from months.tsv and
// the other date words (present, expected, seasons, quarters, range
// separators) from date_words.tsv, checked and sorted by kind. The file
// formats are described in the headers of the two files.
#ifndef CVPARSE_EXTRACT_DATE_LEXICON_H_
#define CVPARSE_EXTRACT_DATE_LEXICON_H_

#include <array>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace cvparse {

struct DateLexicon {
  std::array<std::vector<std::string>, 13> month_forms;      // alphabetic
  std::array<std::vector<std::string>, 13> cjk_month_forms;  // "九月", "9月", "9월"
  std::vector<std::string> present, present_end, expected, season_suffix, range_sep;
  std::array<std::vector<std::string>, 4> season;
  std::array<std::vector<std::string>, 5> quarter;
};

// Reads months.tsv into lex->month_forms / cjk_month_forms. On bad data
// returns false and sets *error to "months.tsv:LINE: reason".
bool LoadMonths(std::string_view tsv, DateLexicon* lex, std::string* error);

// Reads date_words.tsv into the other lists; errors as "date_words.tsv:LINE: reason".
bool LoadDateWords(std::string_view tsv, DateLexicon* lex, std::string* error);

// A month form without its final '.': "Sept." -> "Sept" ("." stays ".").
std::string_view MonthStem(std::string_view form);

// A month form's trailing '.' is optional when the stem is 4+ characters or
// is listed on its own (`all_lower`: every month form in ASCII lower case).
bool DotIsOptional(const std::string& stem, const std::set<std::string>& all_lower);

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_DATE_LEXICON_H_
