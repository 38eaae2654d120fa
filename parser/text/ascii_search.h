// Cheap byte searches that let a caller skip a regular expression on text
// that cannot match it. Each RE2 call costs a few hundred cycles before it
// reads a byte, and most lines of a CV hold no URL, no phone label and no
// "years": a literal the pattern requires is found (or not) far faster.
//
// Only ASCII letters are folded. That is exact for RE2's (?i) on the needles
// used here: none of their letters has a non-ASCII case variant in RE2's
// folding (unlike 'k' and 's', which also match U+212A and U+017F).
#ifndef CVPARSE_TEXT_ASCII_SEARCH_H_
#define CVPARSE_TEXT_ASCII_SEARCH_H_

#include <string_view>

namespace cvparse {

constexpr char AsciiLowerChar(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// True when `text` starts (ends) with `lower`, ASCII letters compared
// case-blind; `lower` is written in lower case: StartsWithNoCase("IN Law", "in ").
constexpr bool StartsWithNoCase(std::string_view text, std::string_view lower) {
  if (text.size() < lower.size()) return false;
  for (size_t k = 0; k < lower.size(); ++k) {
    if (AsciiLowerChar(text[k]) != lower[k]) return false;
  }
  return true;
}
constexpr bool EndsWithNoCase(std::string_view text, std::string_view lower) {
  return text.size() >= lower.size() && StartsWithNoCase(text.substr(text.size() - lower.size()), lower);
}

// True when `text` holds `needle` with ASCII letters compared case-blind.
// `needle` must be lower case and not empty. Candidates are found with
// memchr, once per case of the first byte, which is what keeps this cheaper
// than the regular expression it guards.
inline bool ContainsNoCase(std::string_view text, std::string_view needle) {
  if (needle.size() > text.size()) return false;
  const size_t last = text.size() - needle.size();
  auto matches_at = [&](size_t i) {
    for (size_t k = 1; k < needle.size(); ++k) {
      if (AsciiLowerChar(text[i + k]) != needle[k]) return false;
    }
    return true;
  };
  const char lower = needle[0];
  const char upper = lower >= 'a' && lower <= 'z' ? static_cast<char>(lower - 'a' + 'A') : lower;
  for (char first : {lower, upper}) {
    for (size_t i = text.find(first); i != std::string_view::npos && i <= last; i = text.find(first, i + 1)) {
      if (matches_at(i)) return true;
    }
    if (upper == lower) break;
  }
  return false;
}

}  // namespace cvparse

#endif  // CVPARSE_TEXT_ASCII_SEARCH_H_
