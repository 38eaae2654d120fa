// A tiny deterministic random source (SplitMix64). The standard library's
// distributions differ between implementations; this one gives the same
// corpus everywhere.
#ifndef CVPARSE_TOOLS_BENCH_SPLIT_MIX_H_
#define CVPARSE_TOOLS_BENCH_SPLIT_MIX_H_

#include <cstddef>
#include <cstdint>

namespace cvparse::bench {

class SplitMix {
 public:
  explicit SplitMix(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n); n > 0. The modulo bias is irrelevant here.
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
  // True with probability `percent` / 100.
  bool Percent(unsigned percent) { return Next() % 100 < percent; }

 private:
  uint64_t state_;
};

}  // namespace cvparse::bench

#endif  // CVPARSE_TOOLS_BENCH_SPLIT_MIX_H_
