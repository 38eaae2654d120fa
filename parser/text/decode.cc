#include "text/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf8.h>

#include <memory>

namespace cvparse {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

void AppendUtf8(char32_t c, std::string* out) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(buf, len, 4, static_cast<UChar32>(c), error);
  if (error) {
    len = 0;
    U8_APPEND_UNSAFE(buf, len, kReplacement);
  }
  out->append(buf, len);
}

// Copies UTF-8, replacing each maximal ill-formed subsequence with U+FFFD.
// Returns how many were replaced.
size_t RepairUtf8(std::string_view in, std::string* out) {
  out->reserve(out->size() + in.size());
  size_t replaced = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(in.size());
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  while (i < n) {
    if (s[i] < 0x80) {  // fast path for ASCII
      out->push_back(static_cast<char>(s[i++]));
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      AppendUtf8(kReplacement, out);
      ++replaced;
    } else {
      out->append(in.data() + start, i - start);
    }
  }
  return replaced;
}

// Counts ill-formed sequences and multi-byte characters in UTF-8.
struct Utf8Stats {
  size_t invalid = 0;
  size_t multibyte = 0;
};

Utf8Stats ScanUtf8(std::string_view in) {
  Utf8Stats stats;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(in.size());
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  while (i < n) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) ++stats.invalid; else ++stats.multibyte;
  }
  return stats;
}

// Converts `bytes` in `charset` to UTF-8 with ICU. Unmappable or invalid
// input becomes U+FFFD (ICU's default substitution toward Unicode).
Status ConvertWithIcu(std::string_view bytes, const char* charset, Decoded* out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(charset, &status),
                                                          &ucnv_close);
  if (U_FAILURE(status)) {
    return Status::InvalidInput(std::string("cannot open converter for ") + charset);
  }
  std::u16string utf16(bytes.size() * 2 + 16, u'\0');
  int32_t len = ucnv_toUChars(conv.get(), reinterpret_cast<UChar*>(utf16.data()),
                              static_cast<int32_t>(utf16.size()), bytes.data(),
                              static_cast<int32_t>(bytes.size()), &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    status = U_ZERO_ERROR;
    utf16.resize(len + 1);
    len = ucnv_toUChars(conv.get(), reinterpret_cast<UChar*>(utf16.data()),
                        static_cast<int32_t>(utf16.size()), bytes.data(),
                        static_cast<int32_t>(bytes.size()), &status);
  }
  if (U_FAILURE(status)) {
    return Status::InvalidInput(std::string("cannot decode as ") + charset + ": " +
                                u_errorName(status));
  }
  utf16.resize(len);
  // UTF-16 → UTF-8 by hand so that lone surrogates become U+FFFD too.
  std::string utf8;
  utf8.reserve(utf16.size() * 3 / 2);
  size_t replaced = 0;
  for (int32_t i = 0; i < len;) {
    UChar32 c;
    U16_NEXT(utf16.data(), i, len, c);
    if (U_IS_SURROGATE(c) || c == kReplacement) {
      c = kReplacement;
      ++replaced;
    }
    AppendUtf8(static_cast<char32_t>(c), &utf8);
  }
  if (!utf8.empty() && StartsWith(utf8, "\xEF\xBB\xBF")) utf8.erase(0, 3);
  out->text = std::move(utf8);
  out->encoding = charset;
  if (replaced > 0) {
    out->warnings.push_back(std::to_string(replaced) +
                            " invalid or unmappable byte sequence(s) replaced by U+FFFD");
  }
  return Status::Ok();
}

// UTF-16 without a BOM shows up as text where every other byte is NUL.
std::string_view GuessBomlessUtf16(std::string_view bytes) {
  if (bytes.size() < 8) return "";
  size_t even_nul = 0, odd_nul = 0, pairs = std::min<size_t>(bytes.size() / 2, 4096);
  for (size_t i = 0; i < pairs; ++i) {
    if (bytes[2 * i] == 0) ++even_nul;
    if (bytes[2 * i + 1] == 0) ++odd_nul;
  }
  if (odd_nul * 10 >= pairs * 6 && even_nul * 10 < pairs) return "UTF-16LE";
  if (even_nul * 10 >= pairs * 6 && odd_nul * 10 < pairs) return "UTF-16BE";
  return "";
}

// True when the bytes look like a binary file rather than text: many NULs or
// C0 control characters other than whitespace.
bool LooksBinary(std::string_view bytes) {
  size_t sample = std::min<size_t>(bytes.size(), 8192), control = 0;
  for (size_t i = 0; i < sample; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B) ||
        c == 0x7F) {
      ++control;
    }
  }
  return control * 10 > sample;  // more than 10% control bytes
}

// Asks ICU's detector for the most likely charset of non-UTF-8 bytes.
std::string DetectCharset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status),
                                                                 &ucsdet_close);
  if (U_FAILURE(status)) return "windows-1252";
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(std::min<size_t>(bytes.size(), 1 << 20)),
                 &status);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return "windows-1252";
  const char* name = ucsdet_getName(match, &status);
  if (U_FAILURE(status) || name == nullptr) return "windows-1252";
  std::string charset = name;
  // ICU reports Latin-1 for text that is almost always Windows-1252 in
  // practice (smart quotes and dashes live in 0x80-0x9F); the latter is a superset.
  if (charset == "ISO-8859-1" || charset == "UTF-8") return "windows-1252";
  return charset;
}

}  // namespace

std::string_view BinarySignature(std::string_view b) {
  static constexpr std::pair<std::string_view, std::string_view> kSignatures[] = {
      {"%PDF", "PDF"},
      {"\x89PNG", "PNG"},
      {std::string_view("PK\x03\x04", 4), "ZIP (or DOCX/XLSX)"},
      {std::string_view("PK\x05\x06", 4), "ZIP"},
      {"\x7F" "ELF", "ELF executable"},
      {"GIF8", "GIF"},
      {"\xFF\xD8\xFF", "JPEG"},
      {std::string_view("\xD0\xCF\x11\xE0", 4), "legacy Office (DOC/XLS)"},
      {"MZ", "Windows executable"},
      {"\x1F\x8B", "gzip"},
      {"BZh", "bzip2"},
      {std::string_view("7z\xBC\xAF", 4), "7-Zip"},
      {"Rar!", "RAR"},
  };
  for (const auto& [magic, name] : kSignatures) {
    if (StartsWith(b, magic)) {
      // "MZ" and "BZh" are also plausible starts of text; require binary bytes too.
      if ((name == "Windows executable" || name == "bzip2") && !LooksBinary(b)) continue;
      return name;
    }
  }
  return "";
}

Status Decode(std::string_view bytes, Decoded* out) {
  out->text.clear();
  out->encoding.clear();
  out->warnings.clear();
  if (bytes.empty()) return Status::NotText("empty file");
  std::string_view signature = BinarySignature(bytes);
  if (!signature.empty()) {
    return Status::NotText("not a text document (looks like " + std::string(signature) + ")");
  }

  if (StartsWith(bytes, "\xEF\xBB\xBF")) {
    size_t replaced = RepairUtf8(bytes.substr(3), &out->text);
    out->encoding = "UTF-8 (BOM)";
    if (replaced > 0) {
      out->warnings.push_back(std::to_string(replaced) +
                              " invalid UTF-8 sequence(s) replaced by U+FFFD");
    }
    return Status::Ok();
  }
  if (StartsWith(bytes, std::string_view("\xFF\xFE\0\0", 4))) {
    return ConvertWithIcu(bytes, "UTF-32LE", out);
  }
  if (StartsWith(bytes, std::string_view("\0\0\xFE\xFF", 4))) {
    return ConvertWithIcu(bytes, "UTF-32BE", out);
  }
  if (StartsWith(bytes, "\xFF\xFE")) return ConvertWithIcu(bytes.substr(2), "UTF-16LE", out);
  if (StartsWith(bytes, "\xFE\xFF")) return ConvertWithIcu(bytes.substr(2), "UTF-16BE", out);

  std::string_view utf16 = GuessBomlessUtf16(bytes);
  if (!utf16.empty()) {
    Status s = ConvertWithIcu(bytes, std::string(utf16).c_str(), out);
    if (s.ok()) out->warnings.push_back("UTF-16 without a byte-order mark; guessed " + std::string(utf16));
    return s;
  }

  if (LooksBinary(bytes)) return Status::NotText("not a text document (binary content)");

  Utf8Stats stats = ScanUtf8(bytes);
  // Valid UTF-8, or UTF-8 with a few broken sequences among many good ones.
  if (stats.invalid == 0 || stats.multibyte >= 4 * stats.invalid) {
    size_t replaced = RepairUtf8(bytes, &out->text);
    out->encoding = "UTF-8";
    if (replaced > 0) {
      out->warnings.push_back(std::to_string(replaced) +
                              " invalid UTF-8 sequence(s) replaced by U+FFFD");
    }
    return Status::Ok();
  }
  std::string charset = DetectCharset(bytes);
  Status s = ConvertWithIcu(bytes, charset.c_str(), out);
  if (!s.ok() && charset != "windows-1252") s = ConvertWithIcu(bytes, "windows-1252", out);
  return s;
}

}  // namespace cvparse
