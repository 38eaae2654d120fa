#include "lexicon/key_index.h"

#include <algorithm>
#include <functional>

#include "lexicon/image_words.h"

namespace cvparse {
namespace {

uint64_t HashOf(std::string_view key) { return std::hash<std::string_view>()(key); }

// An image holds the hashes of its keys: the program that reads it must hash
// as the one that wrote it did (the same standard library). This key's hash
// is in every image, to check.
constexpr std::string_view kProbeKey = "cvparse key index";

// An index's image: four 64-bit words (probe hash, entries, arena bytes,
// unused), the entries, then the arena padded to 8 bytes.
constexpr size_t kHeaderWords = 4;

}  // namespace

void KeyIndex::Reserve(size_t keys, size_t bytes) {
  entries_.reserve(keys);
  arena_.reserve(bytes);
}

void KeyIndex::Add(std::string_view key, uint32_t value) {
  entries_.push_back({HashOf(key), static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(key.size()), value, 0});
  arena_.append(key);
}

void KeyIndex::Finish() {
  // Stable: among equal hashes the first added stays first, and Find takes it.
  std::stable_sort(entries_.begin(), entries_.end(),
                   [](const Entry& a, const Entry& b) { return a.hash < b.hash; });
}

std::optional<uint32_t> KeyIndex::Find(std::string_view key) const {
  const uint64_t hash = HashOf(key);
  const std::span<const Entry> entries = Entries();
  auto it = std::lower_bound(entries.begin(), entries.end(), hash,
                             [](const Entry& e, uint64_t h) { return e.hash < h; });
  for (; it != entries.end() && it->hash == hash; ++it) {
    if (Arena().substr(it->offset, it->length) == key) return it->value;
  }
  return std::nullopt;
}

void KeyIndex::AppendImage(std::string* out) const {
  const std::span<const Entry> entries = Entries();
  const std::string_view arena = Arena();
  const uint64_t header[kHeaderWords] = {HashOf(kProbeKey), entries.size(), arena.size(), 0};
  AppendWords(std::span<const uint64_t>(header), out);
  AppendWords(entries, out);
  out->append(arena);
  PadToWord(out);
}

bool KeyIndex::FromImage(const char** at, const char* end, KeyIndex* index) {
  const size_t header_bytes = kHeaderWords * sizeof(uint64_t);
  if (static_cast<size_t>(end - *at) < header_bytes) return false;
  std::span<const uint64_t> header;
  const char* p = *at;
  TakeWords(&p, kHeaderWords, &header);
  if (header[0] != HashOf(kProbeKey)) return false;
  const uint64_t entry_count = header[1], arena_bytes = header[2];
  const uint64_t padded_arena = (arena_bytes + 7) / 8 * 8;
  const auto left = static_cast<uint64_t>(end - p);
  if (entry_count > left / sizeof(Entry) || padded_arena > left - entry_count * sizeof(Entry)) return false;
  KeyIndex read;
  read.from_image_ = true;
  TakeWords(&p, entry_count, &read.image_entries_);
  read.image_arena_ = std::string_view(p, arena_bytes);
  for (const Entry& e : read.image_entries_) {
    if (e.offset > arena_bytes || e.length > arena_bytes - e.offset) return false;
  }
  *at = p + padded_arena;
  *index = std::move(read);
  return true;
}

}  // namespace cvparse
