// Pattern: the one place that includes <re2/re2.h>.
//
// Wraps RE2 20220601 (Debian 12: re2::StringPiece, no absl) so the rest of
// the parser works with std::string_view and byte offsets:
//
//   static const StaticPattern kEmail(R"([\w.+-]+@[\w-]+(?:\.[\w-]+)+)");
//   for (const Match& m : kEmail->FindAll(line.norm)) Use(m.begin, m.end);
//
// Patterns are compiled once (a StaticPattern, or a member of a long-lived
// object) and are safe to use from several threads. A pattern that does not compile
// is a programming error: the constructor aborts with RE2's message, so a
// bad pattern fails the first test that touches it.
#ifndef CVPARSE_REGEX_PATTERN_H_
#define CVPARSE_REGEX_PATTERN_H_

#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace re2 {
class RE2;
}

namespace cvparse {

// Byte offsets [begin, end) of a whole match or a capture group in the
// searched text. A group that did not take part has matched == false.
struct Group {
  size_t begin = 0;
  size_t end = 0;
  bool matched = false;
  std::string_view In(std::string_view text) const {
    return matched ? text.substr(begin, end - begin) : std::string_view();
  }
};

struct Match {
  size_t begin = 0;
  size_t end = 0;
  std::vector<Group> groups;  // groups[0] is capture group 1
};

class Pattern {
 public:
  struct Options {
    bool case_insensitive = false;
    bool literal = false;  // the pattern is a plain string, never a regex
  };
  explicit Pattern(std::string_view pattern);
  Pattern(std::string_view pattern, Options options);
  ~Pattern();
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;

  // The first match starting at or after `pos`, if any.
  bool Find(std::string_view text, size_t pos, Match* match) const;
  // All non-overlapping matches, left to right.
  std::vector<Match> FindAll(std::string_view text) const;
  // True when the whole of `text` matches; fills *match when given.
  bool FullMatch(std::string_view text, Match* match = nullptr) const;
  // True when the pattern matches anywhere in `text`.
  bool Contains(std::string_view text) const;

  int group_count() const { return groups_; }

 private:
  std::unique_ptr<re2::RE2> re_;
  int groups_ = 0;
};

// A Pattern for a function-local static: compiled on first use and never
// destroyed. A plain static Pattern would be destroyed at exit, in the
// reverse order of construction; a program that keeps a Parser in a static
// may exit while the parser's warm-up thread (Parser::Create) is still
// compiling and reading patterns, and would then read a destroyed one.
class StaticPattern {
 public:
  explicit StaticPattern(std::string_view pattern) { new (storage_) Pattern(pattern); }
  StaticPattern(std::string_view pattern, Pattern::Options options) { new (storage_) Pattern(pattern, options); }
  StaticPattern(const StaticPattern&) = delete;
  StaticPattern& operator=(const StaticPattern&) = delete;

  const Pattern& operator*() const { return *std::launder(reinterpret_cast<const Pattern*>(storage_)); }
  const Pattern* operator->() const { return &**this; }

 private:
  alignas(Pattern) unsigned char storage_[sizeof(Pattern)];
};
// What makes it safe at exit; and a StaticPattern that is not static leaks.
static_assert(std::is_trivially_destructible_v<StaticPattern>);

}  // namespace cvparse

#endif  // CVPARSE_REGEX_PATTERN_H_
