// Helpers for lexicon images: tables a build tool compiles from a lexicon,
// which the binary embeds and reads in place (tools/lexicon_image,
// PhraseMatcher::Image, VenueLexicon::Image). An image is native-endian
// words: it is made by the build for the binary it is embedded in.
#ifndef CVPARSE_LEXICON_IMAGE_WORDS_H_
#define CVPARSE_LEXICON_IMAGE_WORDS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace cvparse {

// FNV-1a of a lexicon's bytes: what ties an image to its source text.
inline uint64_t LexiconSourceHash(std::string_view lexicon) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (char c : lexicon) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return h;
}

template <typename T>
void AppendWords(std::span<const T> words, std::string* out) {
  out->append(reinterpret_cast<const char*>(words.data()), words.size_bytes());
}

// The reverse of AppendWords: *words views the `n` words at *at, and *at
// moves past them. The caller has checked that they are there.
template <typename T>
void TakeWords(const char** at, size_t n, std::span<const T>* words) {
  *words = std::span<const T>(reinterpret_cast<const T*>(*at), n);
  *at += n * sizeof(T);
}

// Every image's header starts with these 32-bit words: what the image is (a
// magic number), its layout's version, and the LexiconSourceHash of the text
// it was made from. An image's own header fields follow, from
// kImageStampWords on.
enum ImageStampField { kStampMagic, kStampVersion, kStampHashLow, kStampHashHigh, kImageStampWords };

inline void StampImage(uint32_t magic, uint32_t version, uint64_t source_hash, uint32_t* header) {
  header[kStampMagic] = magic;
  header[kStampVersion] = version;
  header[kStampHashLow] = static_cast<uint32_t>(source_hash);
  header[kStampHashHigh] = static_cast<uint32_t>(source_hash >> 32);
}

// The `header_words` 32-bit words of the header of `image` when the image
// holds them, is 8-byte aligned (it is read in place) and carries this
// stamp; else nullptr.
inline const uint32_t* StampedHeader(std::string_view image, size_t header_words, uint32_t magic,
                                     uint32_t version, uint64_t source_hash) {
  if (image.size() < header_words * sizeof(uint32_t) ||
      reinterpret_cast<uintptr_t>(image.data()) % alignof(uint64_t) != 0) {
    return nullptr;
  }
  const auto* header = reinterpret_cast<const uint32_t*>(image.data());
  const uint64_t hash = header[kStampHashLow] | (static_cast<uint64_t>(header[kStampHashHigh]) << 32);
  if (header[kStampMagic] != magic || header[kStampVersion] != version || hash != source_hash) return nullptr;
  return header;
}

// Pads *out with zero bytes to a multiple of 8, so that the words after it
// are aligned when the image is.
inline void PadToWord(std::string* out) { out->append((8 - out->size() % 8) % 8, '\0'); }

}  // namespace cvparse

#endif  // CVPARSE_LEXICON_IMAGE_WORDS_H_
