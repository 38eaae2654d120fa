// Month names found as whole words, for the date rules (dates.cc).
//
// A rule such as "mon yyyy" used to hold an alternation of every month name
// of every language in months.tsv (~1,800 bytes of pattern once expanded).
// Eight rules carried one; together they took most of start-up (about 1 ms of
// compilation each) and most of the first résumé's parse (building their
// DFAs). Instead, the words are now looked up in a hash table, and the rules
// run on a masked copy of the text in which each month word is "\x01"
// followed by one "\x02" per further byte, so the rules say {MON} with
// kMaskPattern. Offsets are unchanged, so a match in the masked text is the
// same span of the original.
//
// What counts as a month word keeps what the alternation matched:
//   "Sept 2019", "sept. 2019", "SEPT.2019"   => "Sept", "sept.", "SEPT."
//   "Junior 2019", "xJan 2019"               => none (a month name must be the whole run of letters)
//   "5Jan", "Jan2019"                        => "Jan" (digits end a run)
//   "1stJan", "21erjanvier"                  => "Jan", "janvier" (an ordinal suffix glued to a day)
//   "out." / "out"                           => "out." only: its '.' is required (months.tsv header)
//   "Jan于"                                   => "Jan" (CJK is not a letter of a word here)
#ifndef CVPARSE_EXTRACT_MONTH_WORDS_H_
#define CVPARSE_EXTRACT_MONTH_WORDS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <functional>
#include <unordered_map>
#include <vector>

namespace cvparse {

class MonthWords {
 public:
  struct Span {
    size_t begin = 0, end = 0;  // byte offsets; a final '.' is included
  };

  // The pattern that stands for one month word in a masked text.
  static constexpr std::string_view kMaskPattern = R"((?:\x01\x02*))";

  // Why `stem` (a month name without its final '.') cannot be a month word,
  // or "" when it can: it must be one word of letters, and not a word the
  // date rules read around a month ("de", "of", an ordinal suffix).
  static std::string Problem(std::string_view stem);

  // Adds one month name, without its final '.', which passes Problem. A name
  // whose '.' is required ("out." in Portuguese, so that English "out" is not
  // October) is found only with it.
  void Add(std::string_view stem, bool dot_required);

  // The month words of `text`, left to right.
  std::vector<Span> Find(std::string_view text) const;

  // `text` with each span masked as described above. Bytes 0x01 and 0x02 of
  // the text itself become 0x03, so that only month words look like one.
  static std::string Mask(std::string_view text, const std::vector<Span>& spans);

 private:
  // The end of the month word whose letters are [begin, end), or 0 when they
  // are not one.
  size_t WordEnd(std::string_view text, size_t begin, size_t end) const;

  // Looked up by string_view, so that an ASCII word is folded into a buffer
  // on the stack rather than a new string.
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  // Case-folded stem -> true when the word may be written without its '.'.
  std::unordered_map<std::string, bool, KeyHash, std::equal_to<>> bare_ok_by_key_;
  size_t longest_ = 0;  // bytes of the longest stem
};

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_MONTH_WORDS_H_
