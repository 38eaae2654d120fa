#include "lexicon/tsv.h"

#include <unicode/unistr.h>

#include "text/ascii.h"

namespace cvparse {

namespace {
std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}
}  // namespace

bool ParseTsv(std::string_view data, std::string_view file_name, size_t min_fields,
              std::vector<TsvRow>* rows, std::string* error) {
  int line_number = 0;
  size_t pos = 0;
  while (pos < data.size()) {
    size_t eol = data.find('\n', pos);
    if (eol == std::string_view::npos) eol = data.size();
    std::string_view line = data.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty() || line.front() == '#') continue;
    TsvRow row;
    row.line = line_number;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      row.fields.push_back(Trim(line.substr(start, tab == std::string_view::npos ? line.npos : tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (row.fields.size() < min_fields) {
      *error = std::string(file_name) + ":" + std::to_string(line_number) + ": expected " +
               std::to_string(min_fields) + " tab-separated fields, found " +
               std::to_string(row.fields.size());
      return false;
    }
    rows->push_back(std::move(row));
  }
  return true;
}

std::vector<std::string_view> SplitAlternatives(std::string_view field, char separator) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= field.size()) {
    size_t bar = field.find(separator, start);
    if (bar == std::string_view::npos) bar = field.size();
    std::string_view part = Trim(field.substr(start, bar - start));
    if (!part.empty()) out.push_back(part);
    start = bar + 1;
  }
  return out;
}

std::string FoldCase(std::string_view utf8) {
  std::string out;
  if (IsAsciiText(utf8)) {  // fast path: most keys are ASCII (one copy, then lowered in place)
    out.assign(utf8);
    for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    return out;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  u.foldCase();
  u.toUTF8String(out);
  return out;
}

}  // namespace cvparse
