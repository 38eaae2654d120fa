#include "extract/compound_roles.h"

#include "text/ascii_search.h"
#include "text/words.h"

namespace cvparse {
namespace {

// The length of the separator that starts at s[i], 0 when none does.
// `commas`: a list written "A, B, and C" is cut at its commas too.
size_t SeparatorAt(std::string_view s, size_t i, bool commas) {
  auto at = [&](std::string_view word) { return s.compare(i, word.size(), word) == 0; };
  if (s[i] == '/') return 1;
  if (at(" & ")) return 3;
  if (at("; ") || (commas && at(", "))) return 2;
  constexpr std::string_view kAnd = " and ";  // in any case: "FOUNDER AND CEO"
  return StartsWithNoCase(s.substr(i), kAnd) ? kAnd.size() : 0;
}

struct Commas {
  bool any = false;        // a comma outside brackets
  bool end_list = false;   // ", and " or ", & " outside brackets: "A, B, and C"
};

Commas FindCommas(std::string_view s) {
  Commas out;
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    TrackBrackets(s[i], &depth);
    if (depth != 0 || s[i] != ',') continue;
    out.any = true;
    if (s.compare(i, 6, ", and ") == 0 || s.compare(i, 4, ", & ") == 0) out.end_list = true;
  }
  return out;
}

std::string_view TrimPart(std::string_view part) {
  auto junk = [](char c) { return c == ' ' || c == '\t' || c == ',' || c == ';'; };
  while (!part.empty() && junk(part.front())) part.remove_prefix(1);
  while (!part.empty() && junk(part.back())) part.remove_suffix(1);
  return part;
}

}  // namespace

std::vector<std::string> SplitCompoundRoles(const RoleLexicon& roles, std::string_view position) {
  // A comma that ends no list parts the title from an employer or a place
  // ("Research Assistant and Teaching Assistant, Stanford"): left whole.
  const Commas found = FindCommas(position);
  if (found.any && !found.end_list) return {};
  const bool commas = found.end_list;
  std::vector<std::string_view> parts;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < position.size();) {
    TrackBrackets(position[i], &depth);
    size_t length = depth == 0 ? SeparatorAt(position, i, commas) : 0;
    if (length == 0) {
      ++i;
      continue;
    }
    parts.push_back(TrimPart(position.substr(start, i - start)));
    i += length;
    start = i;
  }
  if (parts.empty()) return {};
  parts.push_back(TrimPart(position.substr(start)));
  std::vector<std::string> out;
  for (std::string_view part : parts) {
    // ", and": the comma cut leaves "and C" as the last part.
    if (commas && (part.rfind("and ", 0) == 0 || part.rfind("& ", 0) == 0)) {
      part = TrimPart(part.substr(part.find(' ')));
    }
    if (part.empty() || !NamesPosition(roles, part)) return {};
    out.emplace_back(part);
  }
  return out;
}

}  // namespace cvparse
