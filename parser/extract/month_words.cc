#include "extract/month_words.h"

#include <algorithm>
#include <array>

#include "extract/date_text.h"
#include "lexicon/tsv.h"

namespace cvparse {
namespace {

using namespace date_text;  // NOLINT: the character classes dates.cc uses too

// Letters the date rules read around a month name: the ordinal suffixes of
// {ORD} ("1st Jan", "1stJan") and the words of "5 de enero de 2019" or
// "May of 2019" (keep in step with kOrd and the rule patterns in dates.cc).
// None of them may be a month name, or masking it would hide it from the rule.
constexpr std::array<std::string_view, 5> kOrdinalSuffixes = {"st", "nd", "rd", "th", "er"};
constexpr std::array<std::string_view, 3> kConnectingWords = {"de", "del", "of"};

template <size_t N>
bool IsOneOf(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), FoldCase(word)) != words.end();
}

bool IsOrdinalSuffix(std::string_view letters) { return IsOneOf(kOrdinalSuffixes, letters); }

}  // namespace

std::string MonthWords::Problem(std::string_view stem) {
  size_t i = 0;
  while (i < stem.size()) {
    CodePoint c = DecodeAt(stem, i);
    if (!IsWordLetter(c.cp)) break;
    i += c.len;
  }
  if (stem.empty() || i != stem.size()) {
    return "month name '" + std::string(stem) +
           "' is not one word of letters (with an optional final '.')";
  }
  if (IsOrdinalSuffix(stem) || IsOneOf(kConnectingWords, stem)) {
    return "month name '" + std::string(stem) + "' is a word the date rules read around a month";
  }
  return "";
}

void MonthWords::Add(std::string_view stem, bool dot_required) {
  bare_ok_by_key_[FoldCase(stem)] |= !dot_required;
  longest_ = std::max(longest_, stem.size());
}

size_t MonthWords::WordEnd(std::string_view text, size_t begin, size_t end) const {
  // Case folding may change the length of a few letters; a stem far longer
  // than the longest name is not one, and needs no folding to tell.
  const std::string_view word = text.substr(begin, end - begin);
  if (word.size() > 2 * longest_ + 8) return 0;
  char ascii[32];  // the folded word, when it is short and ASCII (most are)
  bool is_ascii = word.size() <= sizeof(ascii);
  for (size_t k = 0; is_ascii && k < word.size(); ++k) {
    const auto ch = static_cast<unsigned char>(word[k]);
    is_ascii = ch < 0x80;
    ascii[k] = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
  }
  auto it = is_ascii ? bare_ok_by_key_.find(std::string_view(ascii, word.size()))
                     : bare_ok_by_key_.find(FoldCase(word));
  if (it == bare_ok_by_key_.end()) return 0;
  if (end < text.size() && text[end] == '.') return end + 1;
  return it->second ? end : 0;
}

std::vector<MonthWords::Span> MonthWords::Find(std::string_view text) const {
  std::vector<Span> out;
  size_t i = 0;
  bool after_digit = false;  // the code point before i is an ASCII digit
  while (i < text.size()) {
    CodePoint c = DecodeAt(text, i);
    if (!IsWordLetter(c.cp)) {
      after_digit = IsAsciiDigit(c.cp);
      i += c.len;
      continue;
    }
    const size_t begin = i;
    while (i < text.size()) {
      CodePoint l = DecodeAt(text, i);
      if (!IsWordLetter(l.cp)) break;
      i += l.len;
    }
    size_t end = WordEnd(text, begin, i);
    size_t word_begin = begin;
    if (end == 0 && after_digit && i - begin > 2 && IsOrdinalSuffix(text.substr(begin, 2))) {
      word_begin = begin + 2;  // "1stJan": the rule reads "1", "st", then the month
      end = WordEnd(text, word_begin, i);
    }
    if (end != 0) {
      out.push_back({word_begin, end});
      i = end;
    }
    after_digit = false;
  }
  return out;
}

std::string MonthWords::Mask(std::string_view text, const std::vector<Span>& spans) {
  std::string masked(text);
  for (char& ch : masked) {
    if (ch == '\x01' || ch == '\x02') ch = '\x03';
  }
  for (const Span& s : spans) {
    masked[s.begin] = '\x01';
    for (size_t k = s.begin + 1; k < s.end; ++k) masked[k] = '\x02';
  }
  return masked;
}

}  // namespace cvparse
