// Decoding: input bytes → UTF-8 text plus the name of the source encoding.
//
//   "\xEF\xBB\xBFJane"            => "Jane",  encoding "UTF-8 (BOM)"
//   "\xFF\xFEJ\0a\0"              => "Ja",    encoding "UTF-16LE"
//   "Ren\xE9 M\xFCller ..."       => "René Müller ...", encoding "windows-1252" (ICU detection)
//   "%PDF-1.7 ..."                => Status::NotText("not a text document (looks like PDF)")
//
// Invalid byte sequences become U+FFFD and produce one warning; decoding
// never fails on them. Only binary files and empty input are refused.
#ifndef CVPARSE_TEXT_DECODE_H_
#define CVPARSE_TEXT_DECODE_H_

#include <string>
#include <string_view>
#include <vector>

#include "cvparse/status.h"

namespace cvparse {

struct Decoded {
  std::string text;                   // UTF-8, BOM removed
  std::string encoding;               // "UTF-8", "UTF-16LE", "windows-1252", "GB18030", ...
  std::vector<std::string> warnings;  // e.g. "3 invalid byte sequences replaced by U+FFFD"
};

Status Decode(std::string_view bytes, Decoded* out);

// Returns a short name ("PDF", "PNG", "ZIP", "ELF", ...) when `bytes` starts
// with the signature of a known binary format, else "".
std::string_view BinarySignature(std::string_view bytes);

}  // namespace cvparse

#endif  // CVPARSE_TEXT_DECODE_H_
