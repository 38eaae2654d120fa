#include "extract/written_degree.h"

#include "text/ascii.h"
#include "text/ascii_search.h"

namespace cvparse {
namespace {

constexpr std::string_view kJoiners[] = {"in", "of", ",", "-", "\xE2\x80\x93", ":", "("};  // words in any case

constexpr size_t kMaxNote = 10;  // "(B.Tech.)" fits

size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

// The end of `area` standing at s[i], or npos.
size_t AreaEnd(std::string_view s, size_t i, std::string_view area) {
  return s.compare(i, area.size(), area) == 0 ? i + area.size() : std::string_view::npos;
}

}  // namespace

std::string WrittenDegree(std::string_view line, std::string_view degree, std::string_view area) {
  if (degree.empty() || area.empty()) return "";
  const size_t begin = line.find(degree);
  if (begin == std::string_view::npos) return "";
  size_t after = SkipSpaces(line, begin + degree.size());
  // A short note in brackets after the degree goes along: "(LL.M)", "(Hons)".
  if (after < line.size() && line[after] == '(') {
    const size_t close = line.find(')', after);
    if (close != std::string_view::npos && close - after <= kMaxNote &&
        line.substr(after, close - after).find(' ') == std::string_view::npos) {
      after = SkipSpaces(line, close + 1);
    }
  }
  // Right after the degree: "MSc Computer Science" (one space at least).
  if (after > begin + degree.size()) {
    if (size_t end = AreaEnd(line, after, area); end != std::string_view::npos) {
      return std::string(line.substr(begin, end - begin));
    }
  }
  for (std::string_view joiner : kJoiners) {
    if (!StartsWithNoCase(line.substr(after), joiner)) continue;
    const bool word = IsAsciiAlpha(joiner[0]);
    const size_t next = after + joiner.size();
    if (word && (next >= line.size() || line[next] != ' ')) continue;  // "Information", not "in"
    size_t end = AreaEnd(line, SkipSpaces(line, next), area);
    if (end == std::string_view::npos) continue;
    if (joiner == "(") {
      if (end >= line.size() || line[end] != ')') continue;
      ++end;
    }
    return std::string(line.substr(begin, end - begin));
  }
  return "";
}

}  // namespace cvparse
