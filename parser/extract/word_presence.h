// Which of a few word lists have a word somewhere in a text: a cheap filter
// in front of the date rules that name those lists (dates.cc, {SEASON},
// {PRESENT}, ...). It replaces an RE2::Set of the lists' alternations, whose
// DFA took ~11 M instructions to build on the first résumé of a run.
//
// The test is deliberately loose, so that it never says "no" where a rule
// could match: a list has a word when the case-folded text contains the
// case-folded longest word of one of its forms, anywhere, even inside another
// word ("quarter" of "first quarter"; "nu" inside "menu"). A rule that runs
// for nothing finds nothing.
#ifndef CVPARSE_EXTRACT_WORD_PRESENCE_H_
#define CVPARSE_EXTRACT_WORD_PRESENCE_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cvparse {

class WordPresence {
 public:
  // Adds a form of list `list` (0 to 31). An empty form is ignored.
  void Add(unsigned list, std::string_view form);

  // Bit i is set when list i has a word in `text`.
  unsigned Find(std::string_view text) const;

 private:
  struct Probe {
    std::string folded;  // the form's first word, case-folded
    unsigned list_bit;
  };
  // Probes by their first byte, so that each position of the text is
  // compared only with the probes that can start there, and the pairs of
  // first bytes that start one (65,536 bits; a one-byte probe sets all 256 of
  // its pairs), which rule out most positions at once.
  std::array<std::vector<Probe>, 256> by_first_byte_;
  std::vector<uint64_t> first_pairs_ = std::vector<uint64_t>(65536 / 64);
  unsigned all_lists_ = 0;
};

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_WORD_PRESENCE_H_
