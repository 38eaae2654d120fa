// The opening of a job told as a sentence: "Presently working with Interra
// Systems as ...", "Worked at Bayfront Title Company as ...", "Employed as a
// Clerk ...". The entry splitter (layout/entries.cc) and the header reader
// (extract/experience_header.cc) read it; each says which words may follow
// the verb. Both take the case-folded start of a line.
#ifndef CVPARSE_TEXT_JOB_SENTENCE_H_
#define CVPARSE_TEXT_JOB_SENTENCE_H_

#include <cstddef>
#include <initializer_list>
#include <string_view>

namespace cvparse {

// How many bytes of a line's start are folded and read: the openings are short.
constexpr size_t kJobSentencePrefix = 40;

// The end of "working " / "worked " / "employed " at the start of `folded`,
// after an optional "presently " or "currently "; 0 when there is none.
inline size_t JobVerbEnd(std::string_view folded) {
  size_t at = 0;
  for (std::string_view adverb : {"presently ", "currently "}) {
    if (folded.substr(0, adverb.size()) == adverb) at = adverb.size();
  }
  for (std::string_view verb : {"working ", "worked ", "employed "}) {
    if (folded.substr(at, verb.size()) == verb) return at + verb.size();
  }
  return 0;
}

// The end of the first of `words` found at `at` in `folded`; 0 when none is.
inline size_t WordEnd(std::string_view folded, size_t at, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words) {
    if (at <= folded.size() && folded.substr(at, word.size()) == word) return at + word.size();
  }
  return 0;
}

}  // namespace cvparse

#endif  // CVPARSE_TEXT_JOB_SENTENCE_H_
