// Character classes of the date reader (dates.cc), its lexicon loader
// (date_lexicon.cc) and the month-word finder (month_words.cc), which must
// agree on them: a month word is a run of the
// letters IsWordChar accepts, and a date match may not start or end inside
// such a run. Invalid UTF-8 bytes decode as U+FFFD, one byte long.
#ifndef CVPARSE_EXTRACT_DATE_TEXT_H_
#define CVPARSE_EXTRACT_DATE_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cvparse::date_text {


struct CodePoint {
  char32_t cp = 0;
  size_t len = 0;  // 0 only at the ends of the text
};

inline CodePoint DecodeAt(std::string_view s, size_t i) {
  if (i >= s.size()) return {};
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  size_t len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
  if (len == 0 || i + len > s.size()) return {0xFFFD, 1};
  char32_t cp = b0 & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, len};
}

// The code point that ends right before byte offset i.
inline CodePoint DecodeBefore(std::string_view s, size_t i) {
  if (i == 0 || i > s.size()) return {};
  size_t start = i - 1;
  while (start > 0 && i - start < 4 &&
         (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  CodePoint c = DecodeAt(s, start);
  if (start + c.len != i) return {0xFFFD, 1};
  return c;
}

inline size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); i += DecodeAt(s, i).len) ++n;
  return n;
}

inline bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlpha(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool IsAsciiAlnum(char32_t c) { return IsAsciiDigit(c) || IsAsciiAlpha(c); }

// Letters of the alphabetic scripts in which words are separated by spaces
// (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic), with their combining
// marks. CJK is deliberately not a word character: "毕业于2021年" holds a year.
inline bool IsWordChar(char32_t c) {
  if (c < 0x80) return IsAsciiAlnum(c) || c == '_';
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  if (c >= 0x250 && c <= 0x8FF) return true;
  if (c >= 0x1E00 && c <= 0x1FFF) return true;
  return false;
}

// Small string helpers of the date reader and its lexicon loader.

inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

inline std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t next = s.find(sep, pos);
    if (next == std::string_view::npos) {
      out.push_back(s.substr(pos));
      return out;
    }
    out.push_back(s.substr(pos, next - pos));
    pos = next + 1;
  }
}

inline int ParseSmallInt(std::string_view s) {
  if (s.empty() || s.size() > 4) return -1;
  int v = 0;
  for (char ch : s) {
    if (ch < '0' || ch > '9') return -1;
    v = v * 10 + (ch - '0');
  }
  return v;
}

// A letter of a word: IsWordChar, less digits and '_'.
inline bool IsWordLetter(char32_t c) { return IsWordChar(c) && !IsAsciiDigit(c) && c != '_'; }

}  // namespace cvparse::date_text

#endif  // CVPARSE_EXTRACT_DATE_TEXT_H_
