#include "title_match.h"

#include <algorithm>

#include "lexicon/tsv.h"

namespace cvparse::scoring {

namespace {

bool IsStopWord(std::string_view w) {
  static const char* const kStop[] = {"and", "or", "of", "the", "a", "an", "in", "for", "with", "to",
                                      "at", "on", "by", "de", "la", "le", "und", "der", "die"};
  for (const char* s : kStop) {
    if (w == s) return true;
  }
  return false;
}

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c >= 0x80 ||
         c == '+' || c == '#';
}

std::string_view Singular(std::string_view w) {
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.remove_suffix(1);
  return w;
}

}  // namespace

bool IsSeniorityWord(std::string_view w) {
  static const char* const kSeniority[] = {"senior", "sr", "junior", "jr", "lead", "principal",
                                           "staff",  "chief", "head", "entry", "level", "mid",
                                           "i",      "ii",   "iii",  "iv",   "intern", "trainee",
                                           "associate", "graduate", "experienced", "remote"};
  for (const char* s : kSeniority) {
    if (w == s) return true;
  }
  return false;
}

std::vector<std::string> Words(std::string_view text, bool content_only) {
  std::vector<std::string> out;
  std::string folded = FoldCase(text.substr(0, 2000));
  size_t i = 0;
  while (i < folded.size() && out.size() < 200) {
    while (i < folded.size() && !IsWordByte(static_cast<unsigned char>(folded[i]))) ++i;
    size_t start = i;
    while (i < folded.size() && IsWordByte(static_cast<unsigned char>(folded[i]))) ++i;
    if (i == start) break;
    std::string word = folded.substr(start, i - start);
    if (content_only && (IsStopWord(word) || IsSeniorityWord(word))) continue;
    out.push_back(std::move(word));
  }
  return out;
}

bool SameWord(std::string_view a, std::string_view b) {
  if (a == b) return true;
  a = Singular(a);
  b = Singular(b);
  if (a == b) return true;
  size_t common = 0;
  while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
  return common >= 4 && a.size() - common <= 3 && b.size() - common <= 3;
}

double TitleCredit(std::string_view phrase, std::string_view line) {
  std::vector<std::string> all = Words(phrase, false);
  std::vector<std::string> text = Words(line, false);
  if (all.empty() || text.empty()) return 0;
  // The whole phrase, word after word.
  for (size_t start = 0; start + all.size() <= text.size(); ++start) {
    bool whole = true;
    for (size_t k = 0; k < all.size() && whole; ++k) whole = SameWord(all[k], text[start + k]);
    if (whole) return 1.0;
  }
  std::vector<std::string> content = Words(phrase, true);
  if (content.empty()) return 0;
  size_t found = 0;
  for (const std::string& w : content) {
    if (std::any_of(text.begin(), text.end(), [&](const std::string& t) { return SameWord(w, t); })) ++found;
  }
  double share = static_cast<double>(found) / static_cast<double>(content.size());
  return share >= 0.5 ? 0.8 * share : 0.0;
}

double FieldCredit(std::string_view field, std::string_view line) {
  double credit = TitleCredit(field, line);
  if (credit >= 1.0) return 1.0;
  return credit > 0 ? 0.5 : 0.0;
}

}  // namespace cvparse::scoring
