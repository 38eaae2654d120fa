#include "extract/word_presence.h"

#include "lexicon/tsv.h"
#include "text/ascii.h"
#include "text/ascii_search.h"

namespace cvparse {
namespace {

bool IsHorizontalSpace(char ch) { return ch == ' ' || ch == '\t'; }

// The word of a form a text must hold for a rule to match it: its longest
// (the first of equals). A regex of the form lets any run of horizontal
// space, no-break spaces included, join its words, but each word appears as
// written; the longest is the rarest in other text ("momento" of "o
// momento", "cours" of "en cours": "o" and "en" are in most lines).
std::string_view ProbeWord(std::string_view form) {
  std::string_view best;
  size_t i = 0;
  while (i < form.size()) {
    while (i < form.size() && IsHorizontalSpace(form[i])) ++i;
    size_t end = i;
    while (end < form.size() && !IsHorizontalSpace(form[end])) ++end;
    if (end - i > best.size()) best = form.substr(i, end - i);
    i = end;
  }
  return best;
}

}  // namespace

void WordPresence::Add(unsigned list, std::string_view form) {
  const std::string folded = FoldCase(ProbeWord(form));
  if (folded.empty() || list >= 32) return;
  const unsigned bit = 1u << list;
  std::vector<Probe>& bucket = by_first_byte_[static_cast<unsigned char>(folded[0])];
  for (const Probe& p : bucket) {
    if (p.folded == folded && p.list_bit == bit) return;
  }
  bucket.push_back({folded, bit});
  all_lists_ |= bit;
  const unsigned b0 = static_cast<unsigned char>(folded[0]);
  for (unsigned b1 = 0; b1 < 256; ++b1) {
    if (folded.size() == 1 || b1 == static_cast<unsigned char>(folded[1])) {
      const unsigned pair = b0 << 8 | b1;
      first_pairs_[pair >> 6] |= uint64_t{1} << (pair & 63);
    }
  }
}

unsigned WordPresence::Find(std::string_view text) const {
  // ASCII text, most lines, is lowered byte by byte as it is read, which is
  // what FoldCase would give; other text is folded first. (The copy FoldCase
  // made of every line was a third of this function's cost.)
  std::string folded_copy;
  if (!IsAsciiText(text)) {
    folded_copy = FoldCase(text);
    text = folded_copy;
  }
  auto at = [&](size_t i) { return static_cast<unsigned char>(AsciiLowerChar(text[i])); };
  auto probe_at = [&](size_t i, const std::string& probe) {
    if (probe.size() > text.size() - i) return false;
    for (size_t k = 0; k < probe.size(); ++k) {
      if (at(i + k) != static_cast<unsigned char>(probe[k])) return false;
    }
    return true;
  };
  unsigned found = 0;
  for (size_t i = 0; i < text.size() && found != all_lists_; ++i) {
    const unsigned b0 = at(i);
    const unsigned pair = b0 << 8 | (i + 1 < text.size() ? at(i + 1) : 0u);
    if (((first_pairs_[pair >> 6] >> (pair & 63)) & 1) == 0) continue;
    for (const Probe& p : by_first_byte_[b0]) {
      if ((found & p.list_bit) == 0 && probe_at(i, p.folded)) found |= p.list_bit;
    }
  }
  return found;
}

}  // namespace cvparse
