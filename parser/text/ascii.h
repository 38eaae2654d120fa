// ASCII character classes of single bytes, for the code that reads UTF-8
// text byte by byte: a byte of a multi-byte character (0x80 and up) is never
// a letter or a digit here, whatever the character is.
#ifndef CVPARSE_TEXT_ASCII_H_
#define CVPARSE_TEXT_ASCII_H_

namespace cvparse {

constexpr bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
constexpr bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }

}  // namespace cvparse

#endif  // CVPARSE_TEXT_ASCII_H_
