#include "layout/heading_lexicon.h"

#include <algorithm>

#include "lexicon/tsv.h"
#include "regex/pattern.h"

namespace cvparse {
namespace {

// "1.", "1.2", "(2)", "3)", "IV.", "一、", "A." at the start of a heading.
// "1.2 " comes first: RE2 prefers the leftmost alternative, which would take "1.".
const Pattern& NumberingPrefix() {
  static const StaticPattern p(
      R"(^(?:\d{1,2}\.\d{1,2}\s|\(?\d{1,2}(?:\.\d{1,2})?[.)、:]|\d{1,2}\s|[IVXivx]{1,4}[.)]|\(?[一二三四五六七八九十]{1,3}[)、.]|[A-H][.)])\s*)");
  return *p;
}

bool IsDecoration(char c) {
  return c == '#' || c == '=' || c == '-' || c == '_' || c == '|' || c == ':' || c == '.' ||
         c == ' ' || c == '\t' || c == '>' || c == '<' || c == '/' || c == '[' || c == ']';
}

// Damerau-Levenshtein distance capped at 2 (we only ask "is it <= 1?").
int EditDistanceAtMost1(std::string_view a, std::string_view b) {
  if (a.size() > b.size() + 1 || b.size() > a.size() + 1) return 2;
  size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  if (i == a.size() && i == b.size()) return 0;
  auto same = [](std::string_view x, std::string_view y) { return x == y; };
  if (a.size() == b.size()) {
    if (same(a.substr(i + 1), b.substr(i + 1))) return 1;  // substitution
    if (i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
        same(a.substr(i + 2), b.substr(i + 2))) {
      return 1;  // transposition
    }
    return 2;
  }
  if (a.size() > b.size()) return same(a.substr(i + 1), b.substr(i)) ? 1 : 2;
  return same(a.substr(i), b.substr(i + 1)) ? 1 : 2;
}

}  // namespace

std::string HeadingKey(std::string_view norm) {
  std::string_view s = norm;
  while (!s.empty() && (s.front() == '#' || s.front() == ' ')) s.remove_prefix(1);
  Match m;
  if (NumberingPrefix().Find(s, 0, &m)) s.remove_prefix(m.end);
  while (!s.empty() && IsDecoration(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsDecoration(s.back()) && s.back() != '.') s.remove_suffix(1);
  while (!s.empty() && (s.back() == ':' || s.back() == ' ')) s.remove_suffix(1);

  // Collapse whitespace; "&" and "+" read as "and".
  std::string collapsed;
  collapsed.reserve(s.size() + 8);
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !collapsed.empty()) collapsed.push_back(' ');
    // A "+" standing alone between words ("Awards + Honors"), not "C++".
    bool lone_plus = c == '+' && (space || collapsed.empty()) &&
                     (i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '\t');
    space = false;
    if (c == '&' || lone_plus) {
      if (!collapsed.empty() && collapsed.back() != ' ') collapsed.push_back(' ');
      collapsed += "and";
      space = true;
      continue;
    }
    collapsed.push_back(c);
  }
  // Letter-spaced headings: "E D U C A T I O N" → "EDUCATION".
  bool letter_spaced = collapsed.size() >= 7;
  for (size_t i = 0; i < collapsed.size() && letter_spaced; ++i) {
    bool even = i % 2 == 0;
    if (even == (collapsed[i] == ' ')) letter_spaced = false;
  }
  if (letter_spaced) {
    std::string joined;
    for (char c : collapsed) if (c != ' ') joined.push_back(c);
    collapsed = std::move(joined);
  }
  return FoldCase(collapsed);
}

std::unique_ptr<HeadingLexicon> HeadingLexicon::Create(std::string_view tsv, std::string* error) {
  std::vector<TsvRow> rows;
  if (!ParseTsv(tsv, "headings.tsv", 3, &rows, error)) return nullptr;
  auto lexicon = std::unique_ptr<HeadingLexicon>(new HeadingLexicon());
  for (const TsvRow& row : rows) {
    std::string kind(row.fields[0]);
    if (row.fields[1] == "suffix") {
      for (std::string_view word : SplitAlternatives(row.fields[2])) {
        lexicon->suffixes_.emplace(FoldCase(word), kind);
      }
      continue;
    }
    if (row.fields[1] == "part") {
      for (std::string_view heading : SplitAlternatives(row.fields[2])) {
        lexicon->parts_.insert(kind + '\t' + HeadingKey(heading));
      }
      continue;
    }
    for (std::string_view heading : SplitAlternatives(row.fields[2])) {
      std::string key = HeadingKey(heading);
      auto [it, inserted] = lexicon->kinds_.emplace(key, kind);
      if (!inserted && it->second != kind) {
        *error = "headings.tsv:" + std::to_string(row.line) + ": \"" + std::string(heading) +
                 "\" is listed under both " + it->second + " and " + kind;
        return nullptr;
      }
      if (inserted && key.size() >= 6) lexicon->long_keys_.push_back(key);
    }
  }
  return lexicon;
}

std::string_view HeadingLexicon::Lookup(std::string_view key) const {
  auto it = kinds_.find(std::string(key));
  return it == kinds_.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view HeadingLexicon::LookupSuffix(std::string_view key) const {
  size_t space = key.rfind(' ');
  if (space == std::string_view::npos) return {};
  auto it = suffixes_.find(std::string(key.substr(space + 1)));
  return it == suffixes_.end() ? std::string_view() : std::string_view(it->second);
}

bool HeadingLexicon::IsEntryPart(std::string_view section_kind, std::string_view key) const {
  std::vector<std::string_view> parts = SplitAlternatives(key, '/');
  // SplitAlternatives drops empty parts; "responsibilities/" is no part heading.
  if (parts.size() != static_cast<size_t>(std::count(key.begin(), key.end(), '/')) + 1) return false;
  for (std::string_view part : parts) {
    if (parts_.count(std::string(section_kind) + '\t' + std::string(part)) == 0) return false;
  }
  return true;
}

std::string_view HeadingLexicon::LookupFuzzy(std::string_view key) const {
  if (key.size() < 6) return {};
  std::string_view exact = Lookup(key);
  if (!exact.empty()) return exact;
  for (const std::string& candidate : long_keys_) {
    if (EditDistanceAtMost1(key, candidate) <= 1) return Lookup(candidate);
  }
  return {};
}

}  // namespace cvparse
