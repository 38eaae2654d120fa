// A copy of bytes in 8-byte aligned memory, where the embedded lexicon images
// are: the tests of images read them in place from here.
#ifndef CVPARSE_TESTS_ALIGNED_COPY_H_
#define CVPARSE_TESTS_ALIGNED_COPY_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace cvparse {

class AlignedCopy {
 public:
  explicit AlignedCopy(const std::string& bytes) : words_((bytes.size() + 7) / 8), size_(bytes.size()) {
    std::memcpy(words_.data(), bytes.data(), bytes.size());
  }
  std::string_view view() const { return {reinterpret_cast<const char*>(words_.data()), size_}; }

 private:
  std::vector<uint64_t> words_;
  size_t size_;
};

}  // namespace cvparse

#endif  // CVPARSE_TESTS_ALIGNED_COPY_H_
