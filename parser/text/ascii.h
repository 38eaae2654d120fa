// ASCII character classes of single bytes, for the code that reads UTF-8
// text byte by byte: a byte of a multi-byte character (0x80 and up) is never
// a letter or a digit here, whatever the character is.
#ifndef CVPARSE_TEXT_ASCII_H_
#define CVPARSE_TEXT_ASCII_H_

#include <string_view>

namespace cvparse {

constexpr bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
constexpr bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }

// True when every byte of `text` is ASCII (so folding its case keeps its
// offsets, and lowering its letters is all that folding does).
constexpr bool IsAsciiText(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace cvparse

#endif  // CVPARSE_TEXT_ASCII_H_
