// The floor with RE2::Set: every skill and heading form, quoted as a literal
// ("(?i)" unless the form is case-sensitive), in one set matched once per
// file. This file and re2_set_floor.cc are the only benchmark code that
// includes RE2 (parser/regex/ hides it from the parser; the benchmark
// measures RE2::Set itself).
#ifndef CVPARSE_TOOLS_BENCH_RE2_SET_FLOOR_H_
#define CVPARSE_TOOLS_BENCH_RE2_SET_FLOOR_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace re2 {
class RE2;
}

namespace cvparse::bench {

class Re2SetFloor {
 public:
  // Fails when RE2 rejects a pattern or cannot compile the set.
  static std::unique_ptr<Re2SetFloor> Create(std::string* error);
  ~Re2SetFloor();
  // The number of forms found in `bytes`; 0 and *failed set when the DFA ran out of memory.
  uint64_t Pass(std::string_view bytes, bool* failed) const;
  size_t size() const { return size_; }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  size_t size_ = 0;
};

}  // namespace cvparse::bench

#endif  // CVPARSE_TOOLS_BENCH_RE2_SET_FLOOR_H_
