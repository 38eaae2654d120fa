// KeyIndex: a read-only map from strings to small integers, built once from a
// lexicon and then only searched.
//
//   KeyIndex index;
//   index.Add("icassp", 7);
//   index.Add("icassp", 9);   // a key added twice: the first value wins
//   index.Finish();
//   index.Find("icassp")  => 7;   index.Find("icml") => nullopt
//
// The keys live in one arena string and the index is one vector sorted by a
// 64-bit hash of the key, so building it allocates a few large blocks instead
// of a node and a string per key. The venue lexicon's four maps (~10,600
// keys) took ~600 KB less memory this way than as std::unordered_maps (RssAnon
// of `cvparse corpus/000.txt --json`: 8,680 → 8,072 KB). The arena and the
// vector can also be an image the build made, read in place (AppendImage,
// FromImage): the venue lexicon's are.
#ifndef CVPARSE_LEXICON_KEY_INDEX_H_
#define CVPARSE_LEXICON_KEY_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cvparse {

class KeyIndex {
 public:
  // Room for `keys` keys of `bytes` bytes in all (an estimate is fine).
  void Reserve(size_t keys, size_t bytes);
  // Adds key => value. Call before Finish only.
  void Add(std::string_view key, uint32_t value);
  // Sorts the index. Call once, after the last Add and before any Find.
  void Finish();
  // The value first added under `key`, or nullopt.
  std::optional<uint32_t> Find(std::string_view key) const;
  size_t size() const { return Entries().size(); }

  // The finished index as bytes, appended to *out for a lexicon image
  // (image_words.h; *out must be a multiple of 8 bytes long, and stays one).
  void AppendImage(std::string* out) const;
  // Makes *index a finished index that reads the image AppendImage wrote at
  // *at in place (8-byte aligned; it must outlive the index), and moves *at
  // past it. False when the image is cut short before `end`, or was made by
  // a program whose key hash differs from this one's.
  static bool FromImage(const char** at, const char* end, KeyIndex* index);

 private:
  struct Entry {
    uint64_t hash;
    uint32_t offset;  // of the key in the arena
    uint32_t length;
    uint32_t value;
    uint32_t padding = 0;  // so that an image's bytes are all set
  };
  std::span<const Entry> Entries() const { return from_image_ ? image_entries_ : std::span<const Entry>(entries_); }
  std::string_view Arena() const { return from_image_ ? image_arena_ : std::string_view(arena_); }

  std::string arena_;
  std::vector<Entry> entries_;
  // Read from an image instead (FromImage).
  bool from_image_ = false;
  std::span<const Entry> image_entries_;
  std::string_view image_arena_;
};

}  // namespace cvparse

#endif  // CVPARSE_LEXICON_KEY_INDEX_H_
