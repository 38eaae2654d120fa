// Invariant checks shared by the fuzz targets: a violated invariant aborts
// with a message, which libFuzzer (and the replay driver) reports as a crash.
//
//   FUZZ_CHECK(begin <= end, "span [%u, %u]", begin, end)
//       => "fuzz invariant violated: begin <= end: span [7, 3]" and abort()
//   IsIsoDatePrefix("2021-09")    => true
//   IsIsoDatePrefix("2021-9")     => false   (two-digit month and day only)
//   IsIsoDatePrefix("2021-13-01") => false   (month 01-12, day 01-31)
#ifndef CVPARSE_TESTS_FUZZ_FUZZ_CHECK_H_
#define CVPARSE_TESTS_FUZZ_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>
#include <string_view>

#define FUZZ_CHECK(condition, ...)                                          \
  do {                                                                      \
    if (!(condition)) {                                                     \
      std::fprintf(stderr, "fuzz invariant violated: %s: ", #condition);    \
      std::fprintf(stderr, __VA_ARGS__);                                    \
      std::fprintf(stderr, "\n");                                           \
      std::abort();                                                         \
    }                                                                       \
  } while (false)

namespace cvparse::fuzz {

// ^\d{4}(-\d{2}(-\d{2})?)?$ with the month in 01-12 and the day in 01-31.
inline bool IsIsoDatePrefix(std::string_view s) {
  auto digits = [&](size_t from, size_t count) {
    for (size_t i = from; i < from + count; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
  };
  auto number = [&](size_t from) { return (s[from] - '0') * 10 + (s[from + 1] - '0'); };
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!digits(0, 4)) return false;
  if (s.size() >= 7) {
    if (s[4] != '-' || !digits(5, 2) || number(5) < 1 || number(5) > 12) return false;
  }
  if (s.size() == 10) {
    if (s[7] != '-' || !digits(8, 2) || number(8) < 1 || number(8) > 31) return false;
  }
  return true;
}

}  // namespace cvparse::fuzz

#endif  // CVPARSE_TESTS_FUZZ_FUZZ_CHECK_H_
