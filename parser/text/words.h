// Words and separators outside brackets, for the checks that judge a phrase
// by its words but leave a note in brackets alone: "Hartley Crane & Co.
// (Big-4 network member)", "Kyiv (remote from 2020)", "Senior Developer (A/P)".
#ifndef CVPARSE_TEXT_WORDS_H_
#define CVPARSE_TEXT_WORDS_H_

#include <cstddef>
#include <string_view>

namespace cvparse {

// Brackets nest: "(" and "[" open, ")" and "]" close; a stray closer is ignored.
constexpr void TrackBrackets(char c, int* depth) {
  if (c == '(' || c == '[') ++*depth;
  if ((c == ')' || c == ']') && *depth > 0) --*depth;
}

// Calls visit(word, begin) for each word of `text` that is not inside
// brackets ("(...)", "[...]"; a word opening a bracket is inside it), where
// words are the runs of bytes between any of `separators` and `begin` is
// the word's offset in `text`. Stops when visit returns false.
template <typename Visit>
void ForEachUnbracketedWord(std::string_view text, std::string_view separators, Visit&& visit) {
  auto separator = [&](char c) { return separators.find(c) != std::string_view::npos; };
  int depth = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && separator(text[i])) ++i;
    const size_t begin = i;
    while (i < text.size() && !separator(text[i])) ++i;
    std::string_view word = text.substr(begin, i - begin);
    const bool bracketed = depth > 0 || (!word.empty() && (word[0] == '(' || word[0] == '['));
    for (char c : word) TrackBrackets(c, &depth);
    if (!word.empty() && !bracketed && !visit(word, begin)) return;
  }
}

}  // namespace cvparse

#endif  // CVPARSE_TEXT_WORDS_H_
