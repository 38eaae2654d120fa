#include "lexicon/key_index.h"

#include <algorithm>
#include <functional>

namespace cvparse {
namespace {

uint64_t HashOf(std::string_view key) { return std::hash<std::string_view>()(key); }

}  // namespace

void KeyIndex::Reserve(size_t keys, size_t bytes) {
  entries_.reserve(keys);
  arena_.reserve(bytes);
}

void KeyIndex::Add(std::string_view key, uint32_t value) {
  entries_.push_back({HashOf(key), static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(key.size()), value});
  arena_.append(key);
}

void KeyIndex::Finish() {
  // Stable: among equal hashes the first added stays first, and Find takes it.
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const Entry& a, const Entry& b) { return a.hash < b.hash; });
}

std::optional<uint32_t> KeyIndex::Find(std::string_view key) const {
  const uint64_t hash = HashOf(key);
  auto it = std::lower_bound(entries_.begin(), entries_.end(), hash,
                             [](const Entry& e, uint64_t h) { return e.hash < h; });
  for (; it != entries_.end() && it->hash == hash; ++it) {
    if (std::string_view(arena_).substr(it->offset, it->length) == key) return it->value;
  }
  return std::nullopt;
}

}  // namespace cvparse
