#include "extract/skill_taxonomy.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <utility>

#include "lexicon/image_words.h"
#include "lexicon/tsv.h"

namespace cvparse {

// A node of the trie while phrases are added. Its children form a list
// sorted by byte (first_child, then next_sibling; 0 ends it, as the root is
// nobody's child), so adding a node allocates nothing but its own slot.
struct PhraseMatcher::BuildNode {
  uint8_t byte = 0;           // the byte that leads here from the parent
  uint32_t next_sibling = 0;
  uint32_t first_child = 0;
  uint32_t child_count = 0;
  int32_t terminal = -1;      // index into terminals_
};

struct PhraseMatcher::Terminal {
  int id = 0;
  bool case_sensitive = false;
  std::string exact;  // the phrase, spaces collapsed and dashes unified
};

namespace {

// Words that may follow a skill after a hyphen: "Python-based", "GD&T-driven".
constexpr std::array<std::string_view, 16> kSuffixWords = {
    "based", "driven",   "powered", "native",  "heavy",   "first",    "centric", "enabled",
    "backed", "related", "specific", "compatible", "friendly", "style", "like", "focused"};

constexpr std::array<std::string_view, 17> kCategories = {
    "programming_language", "framework_library", "database",        "cloud_devops",
    "tool",                 "data_ml",           "ml_research",     "os_platform",
    "office_business",      "design_engineering", "healthcare",     "finance_accounting",
    "sales_marketing",      "education_teaching", "soft_skill",     "methodology",
    "other"};

// The names of the JSON Resume skills[] groups made from categories (when the
// résumé did not group its skills itself). Technical groups say so ("Tools",
// "Software"): readers of JSON Resume, ATS and the dotin scorer among them,
// tell technical skills by such words in the group's name.
constexpr std::array<std::string_view, 17> kCategoryNames = {
    "Programming Languages", "Software Frameworks and Libraries", "Database Software", "Cloud and DevOps Tools",
    "Tools",                 "Data and ML Tools",              "ML Research",      "Operating Systems and Software Platforms",
    "Office and Business",   "Design and Engineering Software",   "Healthcare",       "Finance and Accounting",
    "Sales and Marketing",   "Education and Teaching",   "Soft Skills",      "Methodologies",
    "Other"};

constexpr uint32_t kTriBits = 1u << 17;
constexpr uint32_t kTermWords = 4;  // id, case-sensitive, text offset, text length

inline uint32_t TriHash(uint8_t b0, uint8_t b1, uint8_t b2) {
  uint32_t key = b0 | (static_cast<uint32_t>(b1) << 8) | (static_cast<uint32_t>(b2) << 16);
  return (key * 2654435761u) >> 15;  // 17 bits
}

inline bool TestBit(std::span<const uint64_t> bits, uint32_t i) { return (bits[i >> 6] >> (i & 63)) & 1; }
inline void SetBit(std::vector<uint64_t>& bits, uint32_t i) { bits[i >> 6] |= uint64_t{1} << (i & 63); }

char32_t Fold(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

bool IsDash(char32_t c) { return (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

int EncodeUtf8(char32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

// A character that glues onto a Latin token: letters and digits of non-CJK
// scripts, '_', '+' and '#'.
constexpr std::array<bool, 128> kAsciiWord = [] {
  std::array<bool, 128> t{};
  for (int c = 0; c < 128; ++c) {
    t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '+' ||
           c == '#';
  }
  return t;
}();

bool IsWordCharSlow(char32_t c) { return !IsCjk(c) && IsAlnumCp(c); }

inline bool IsWordChar(char32_t c) { return c < 0x80 ? kAsciiWord[c] : IsWordCharSlow(c); }

bool IsGlueAlnum(char32_t c) { return c < 0x80 ? IsAlnumCp(c) : (IsAlnumCp(c) && !IsCjk(c)); }

// "x y" with runs of spaces collapsed and dashes unified: the stored form.
std::string CleanPhrase(std::string_view phrase) {
  std::string out;
  out.reserve(phrase.size());
  size_t i = 0;
  while (i < phrase.size()) {
    const auto b = static_cast<unsigned char>(phrase[i]);
    if (b < 0x80 && b != ' ' && b != '\t') {  // most bytes: kept as they are
      out.push_back(static_cast<char>(b));
      ++i;
      continue;
    }
    size_t len = 1;
    char32_t c = DecodeUtf8At(phrase, i, &len);
    if (c == ' ' || c == '\t' || c == 0xA0) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else if (IsDash(c)) {
      out.push_back('-');
    } else {
      out.append(phrase.substr(i, len));
    }
    i += len;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// True when text (with runs of spaces) spells `form` (single spaces) exactly.
bool SpelledExactly(std::string_view text, std::string_view form) {
  size_t i = 0, j = 0;
  while (i < text.size() && j < form.size()) {
    if (text[i] == ' ' && form[j] == ' ') {
      while (i < text.size() && text[i] == ' ') ++i;
      ++j;
      continue;
    }
    if (text[i] != form[j]) return false;
    ++i;
    ++j;
  }
  return i == text.size() && j == form.size();
}

}  // namespace

char32_t DecodeUtf8At(std::string_view text, size_t pos, size_t* len) {
  *len = 1;
  if (pos >= text.size()) return 0;
  unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) return b;
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
  if (extra < 0 || pos + static_cast<size_t>(extra) >= text.size()) return 0xFFFD;
  char32_t c = b & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    unsigned char t = static_cast<unsigned char>(text[pos + static_cast<size_t>(k)]);
    if ((t & 0xC0) != 0x80) return 0xFFFD;
    c = (c << 6) | (t & 0x3F);
  }
  *len = static_cast<size_t>(extra) + 1;
  return c;
}

bool IsCjk(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3040 && c <= 0x30FF) ||
         (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F);
}

bool IsAlnumCp(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  UChar32 u = static_cast<UChar32>(c);
  return u_hasBinaryProperty(u, UCHAR_ALPHABETIC) || u_isdigit(u) || u_charType(u) == U_NON_SPACING_MARK ||
         u_charType(u) == U_COMBINING_SPACING_MARK;
}

// -- PhraseMatcher ---------------------------------------------------------------

PhraseMatcher::PhraseMatcher() : PhraseMatcher(Options{}) {}
PhraseMatcher::PhraseMatcher(Options options)
    : options_(options), build_(1), build_root_(256, 0) {}
PhraseMatcher::~PhraseMatcher() = default;
PhraseMatcher::PhraseMatcher(PhraseMatcher&&) noexcept = default;
PhraseMatcher& PhraseMatcher::operator=(PhraseMatcher&&) noexcept = default;

void PhraseMatcher::Reserve(size_t bytes) { build_.reserve(bytes); }

int PhraseMatcher::Add(std::string_view phrase, int id, bool case_sensitive) {
  if (compiled_) return -2;
  std::string exact = CleanPhrase(phrase);
  if (exact.empty()) return -1;
  uint32_t node = 0;
  auto step = [&](uint8_t byte) {
    // The root has the longest sibling list: its children are indexed.
    if (node == 0 && build_root_[byte] != 0) {
      node = build_root_[byte];
      return;
    }
    if (node == 0) build_root_[byte] = static_cast<uint32_t>(build_.size());  // added below
    uint32_t prev = 0, cur = build_[node].first_child;
    while (cur != 0 && build_[cur].byte < byte) {
      prev = cur;
      cur = build_[cur].next_sibling;
    }
    if (cur != 0 && build_[cur].byte == byte) {
      node = cur;
      return;
    }
    const uint32_t next = static_cast<uint32_t>(build_.size());
    build_.push_back(BuildNode{byte, cur});
    (prev == 0 ? build_[node].first_child : build_[prev].next_sibling) = next;
    ++build_[node].child_count;
    node = next;
  };
  size_t i = 0;
  while (i < exact.size()) {
    const auto b = static_cast<unsigned char>(exact[i]);
    if (b < 0x80) {  // ASCII: fold inline
      step(static_cast<uint8_t>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    size_t len = 1;
    char32_t c = DecodeUtf8At(exact, i, &len);
    char buf[4];
    int n = EncodeUtf8(Fold(c), buf);
    for (int k = 0; k < n; ++k) step(static_cast<uint8_t>(buf[k]));
    i += len;
  }
  BuildNode& leaf = build_[node];
  if (leaf.terminal < 0) {
    leaf.terminal = static_cast<int32_t>(terminals_.size());
    terminals_.emplace_back();
  }
  std::vector<Terminal>& terms = terminals_[static_cast<size_t>(leaf.terminal)];
  for (const Terminal& t : terms) {
    bool clash = !(t.case_sensitive && case_sensitive && t.exact != exact);
    if (!clash) continue;
    // The same row spelling a form twice (or a case variant of it) is harmless.
    return t.id == id ? -1 : t.id;
  }
  terms.push_back({id, case_sensitive, exact});
  ++phrases_;
  return -1;
}

void PhraseMatcher::Compile() {
  if (compiled_) return;
  compiled_ = true;
  // fn(byte, child) for the children of node b, in byte order.
  auto for_each_child = [&](uint32_t b, auto fn) {
    for (uint32_t c = build_[b].first_child; c != 0; c = build_[c].next_sibling) fn(build_[c].byte, c);
  };
  // Breadth-first order keeps the busy top of the trie together in memory.
  std::vector<uint32_t> order = {0};
  for (size_t k = 0; k < order.size(); ++k) {
    for_each_child(order[k], [&](uint8_t, uint32_t c) { order.push_back(c); });
  }
  auto block_size = [&](uint32_t b) {
    size_t n = build_[b].child_count;
    return 2 + (n + 3) / 4 + n;
  };
  std::vector<uint32_t> offset(build_.size(), 0);
  size_t total = 0;
  for (uint32_t b : order) {
    offset[b] = static_cast<uint32_t>(total);
    total += block_size(b);
  }
  Owned& out = owned_;
  out.trie.assign(total, 0);
  for (uint32_t b : order) {
    const BuildNode& node = build_[b];
    uint32_t o = offset[b];
    size_t n = node.child_count;
    out.trie[o] = static_cast<uint32_t>(node.terminal + 1);
    out.trie[o + 1] = static_cast<uint32_t>(n);
    auto* labels = reinterpret_cast<uint8_t*>(&out.trie[o + 2]);
    uint32_t* targets = &out.trie[o + 2 + (n + 3) / 4];
    size_t k = 0;
    for_each_child(b, [&](uint8_t byte, uint32_t c) {
      labels[k] = byte;
      targets[k++] = offset[c];
    });
  }
  out.root.assign(256, 0);
  for_each_child(0, [&](uint8_t byte, uint32_t c) { out.root[byte] = offset[c]; });
  out.short2.assign(65536 / 64, 0);
  out.tri.assign(kTriBits / 64, 0);
  for_each_child(0, [&](uint8_t b0, uint32_t n1) {
    if (build_[n1].terminal >= 0) SetBit(out.short2, b0);
    for_each_child(n1, [&](uint8_t b1, uint32_t n2) {
      if (build_[n2].terminal >= 0) SetBit(out.short2, b0 | (static_cast<uint32_t>(b1) << 8));
      for_each_child(n2, [&](uint8_t b2, uint32_t) { SetBit(out.tri, TriHash(b0, b1, b2)); });
    });
  });
  out.term_begin.reserve(terminals_.size() + 1);
  for (const std::vector<Terminal>& group : terminals_) {
    out.term_begin.push_back(static_cast<uint32_t>(out.term_entries.size() / kTermWords));
    for (const Terminal& t : group) {
      out.term_entries.insert(out.term_entries.end(),
                              {static_cast<uint32_t>(t.id), t.case_sensitive ? 1u : 0u,
                               static_cast<uint32_t>(out.term_text.size()), static_cast<uint32_t>(t.exact.size())});
      out.term_text.insert(out.term_text.end(), t.exact.begin(), t.exact.end());
    }
  }
  out.term_begin.push_back(static_cast<uint32_t>(out.term_entries.size() / kTermWords));
  View(out);
  std::vector<BuildNode>().swap(build_);
  std::vector<uint32_t>().swap(build_root_);
  std::vector<std::vector<Terminal>>().swap(terminals_);
}

void PhraseMatcher::View(const Owned& owned) {
  tables_ = {owned.root, owned.trie, owned.term_begin, owned.term_entries, owned.short2, owned.tri,
             std::string_view(owned.term_text.data(), owned.term_text.size())};
}

// -- Lexicon images ---------------------------------------------------------------
//
// An image is a header of kImageHeaderWords 32-bit words, then the tables in
// this order: short2 and tri (64-bit words), root, trie, term_begin and
// term_entries (32-bit words), term_text (bytes). Native byte order: an image
// is made by the build for the binary it is embedded in.

namespace {

constexpr uint32_t kImageMagic = 0x4D505643;  // "CVPM"
constexpr uint32_t kImageVersion = 1;
constexpr size_t kImageHeaderWords = 12;
enum ImageField { kDigitAfter = kImageStampWords, kPhrases, kRootWords, kTrieWords, kTermBeginWords,
                  kTermEntryWords, kTextBytes };

}  // namespace

uint64_t PhraseMatcher::SourceHash(std::string_view lexicon) { return LexiconSourceHash(lexicon); }

std::string PhraseMatcher::Image(uint64_t source_hash) const {
  if (!compiled_) return {};
  uint32_t header[kImageHeaderWords] = {};
  StampImage(kImageMagic, kImageVersion, source_hash, header);
  header[kDigitAfter] = options_.allow_digit_after ? 1 : 0;
  header[kPhrases] = static_cast<uint32_t>(phrases_);
  header[kRootWords] = static_cast<uint32_t>(tables_.root.size());
  header[kTrieWords] = static_cast<uint32_t>(tables_.trie.size());
  header[kTermBeginWords] = static_cast<uint32_t>(tables_.term_begin.size());
  header[kTermEntryWords] = static_cast<uint32_t>(tables_.term_entries.size());
  header[kTextBytes] = static_cast<uint32_t>(tables_.term_text.size());
  std::string out;
  AppendWords(std::span<const uint32_t>(header), &out);
  AppendWords(tables_.short2, &out);
  AppendWords(tables_.tri, &out);
  AppendWords(tables_.root, &out);
  AppendWords(tables_.trie, &out);
  AppendWords(tables_.term_begin, &out);
  AppendWords(tables_.term_entries, &out);
  out.append(tables_.term_text);
  return out;
}

std::optional<PhraseMatcher> PhraseMatcher::FromImage(std::string_view image, Options options,
                                                      uint64_t source_hash) {
  const size_t header_bytes = kImageHeaderWords * sizeof(uint32_t);
  const uint32_t* header = StampedHeader(image, kImageHeaderWords, kImageMagic, kImageVersion, source_hash);
  if (header == nullptr || header[kDigitAfter] != (options.allow_digit_after ? 1u : 0u) || header[kRootWords] != 256 ||
      header[kTermBeginWords] == 0 || header[kTermEntryWords] % kTermWords != 0) {
    return std::nullopt;
  }
  const size_t short2_words = 65536 / 64, tri_words = kTriBits / 64;
  const size_t words32 = size_t{header[kRootWords]} + header[kTrieWords] + header[kTermBeginWords] +
                         header[kTermEntryWords];
  if (image.size() != header_bytes + (short2_words + tri_words) * sizeof(uint64_t) + words32 * sizeof(uint32_t) +
                          header[kTextBytes]) {
    return std::nullopt;
  }
  PhraseMatcher m(options);
  m.compiled_ = true;
  m.phrases_ = header[kPhrases];
  std::vector<BuildNode>().swap(m.build_);
  std::vector<uint32_t>().swap(m.build_root_);
  const char* at = image.data() + header_bytes;
  TakeWords(&at, short2_words, &m.tables_.short2);
  TakeWords(&at, tri_words, &m.tables_.tri);
  TakeWords(&at, header[kRootWords], &m.tables_.root);
  TakeWords(&at, header[kTrieWords], &m.tables_.trie);
  TakeWords(&at, header[kTermBeginWords], &m.tables_.term_begin);
  TakeWords(&at, header[kTermEntryWords], &m.tables_.term_entries);
  m.tables_.term_text = std::string_view(at, header[kTextBytes]);
  return m;
}

inline uint32_t PhraseMatcher::Child(uint32_t node, uint8_t byte) const {
  if (node == 0) return tables_.root[byte];
  const uint32_t* block = tables_.trie.data() + node;
  uint32_t n = block[1];
  const auto* labels = reinterpret_cast<const uint8_t*>(block + 2);
  const uint32_t* targets = block + 2 + (n + 3) / 4;
  if (n <= 16) {
    for (uint32_t k = 0; k < n; ++k) {
      if (labels[k] == byte) return targets[k];
      if (labels[k] > byte) return 0;
    }
    return 0;
  }
  const uint8_t* it = std::lower_bound(labels, labels + n, byte);
  return it != labels + n && *it == byte ? targets[it - labels] : 0;
}

bool PhraseMatcher::LongestAt(std::string_view text, size_t pos, size_t* end, int* id) const {
  const size_t n = text.size();
  uint32_t node = 0;
  size_t i = pos;
  bool found = false;
  while (i < n) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b == ' ') {
      if (node == 0) break;
      size_t j = i;
      while (j < n && text[j] == ' ') ++j;
      node = Child(node, ' ');
      if (node == 0) break;
      i = j;
      continue;
    }
    size_t len = 1;
    char32_t c = b;
    bool ok = true;
    if (b < 0x80) {  // ASCII: fold inline
      node = Child(node, static_cast<uint8_t>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ok = node != 0;
    } else {
      c = DecodeUtf8At(text, i, &len);
      char buf[4];
      int k = EncodeUtf8(Fold(c), buf);
      for (int q = 0; q < k && ok; ++q) {
        node = Child(node, static_cast<uint8_t>(buf[q]));
        ok = node != 0;
      }
    }
    if (!ok) break;
    i += len;
    const uint32_t terminal = tables_.trie[node];
    if (terminal == 0) continue;
    // The end boundary.
    bool boundary = true;
    if (!IsCjk(c) && i < n) {
      size_t nlen = 1;
      char32_t next = DecodeUtf8At(text, i, &nlen);
      if (IsWordChar(next)) {
        // "HSK5": a digit glued to a form that ends in a letter ("CET-60" is no CET-6).
        boundary = options_.allow_digit_after && next >= '0' && next <= '9' && IsAlnumCp(c) && !(c >= '0' && c <= '9');
      } else if (next == '.' || next == '-' || next == '&') {
        size_t alen = 1;
        char32_t after = i + nlen < n ? DecodeUtf8At(text, i + nlen, &alen) : 0;
        if (IsGlueAlnum(after)) {
          boundary = false;
          if (next == '-' && i - pos >= 3) {
            size_t w = i + 1;
            while (w < n && text[w] >= 'a' && text[w] <= 'z') ++w;
            std::string_view word = text.substr(i + 1, w - i - 1);
            size_t wl = 1;
            char32_t tail = w < n ? DecodeUtf8At(text, w, &wl) : 0;
            if (!IsWordChar(tail) &&
                std::find(kSuffixWords.begin(), kSuffixWords.end(), word) != kSuffixWords.end()) {
              boundary = true;
            }
          }
        }
      }
    }
    if (!boundary) continue;
    for (uint32_t e = tables_.term_begin[terminal - 1]; e < tables_.term_begin[terminal]; ++e) {
      const uint32_t* entry = &tables_.term_entries[e * kTermWords];
      if (entry[1] != 0 && !SpelledExactly(text.substr(pos, i - pos), tables_.term_text.substr(entry[2], entry[3]))) {
        continue;
      }
      *end = i;
      *id = static_cast<int>(entry[0]);
      found = true;
      break;
    }
  }
  return found;
}

std::vector<PhraseMatcher::Hit> PhraseMatcher::FindAll(std::string_view text) const {
  std::vector<Hit> hits;
  if (!compiled_) return hits;
  const size_t n = text.size();
  char32_t prev = 0, prev2 = 0;  // the two code points before pos (0 at the start)
  size_t pos = 0;
  while (pos < n) {
    size_t len = 1;
    unsigned char b = static_cast<unsigned char>(text[pos]);
    char32_t c = b < 0x80 ? b : DecodeUtf8At(text, pos, &len);
    if (b < 0x80 && IsWordChar(prev) && IsWordChar(c)) {  // inside a word: the common case
      prev2 = prev;
      prev = c;
      ++pos;
      continue;
    }
    bool can_start;
    if (c < 0x80) {
      can_start = c != ' ' && c != '\t' && tables_.root[static_cast<uint8_t>(Fold(c))] != 0;
    } else {
      can_start = c != 0xFFFD;  // the folded first byte may differ: let the walk decide
    }
    if (can_start && prev != 0 && !IsCjk(c)) {
      if (IsWordChar(prev)) {
        can_start = false;
      } else if ((prev == '.' || prev == '-') && IsGlueAlnum(c) && IsGlueAlnum(prev2)) {
        can_start = false;  // "Node.js": no "js"; "C-suite": no "suite"
      } else if (prev == '&' && IsGlueAlnum(prev2) && IsGlueAlnum(c)) {
        can_start = false;  // "R&D": no "D"
      }
    }
    if (can_start && pos + 3 <= n) {
      // The prefix filter, for three ASCII bytes without spaces.
      auto low = [](unsigned char x) { return static_cast<uint8_t>(x >= 'A' && x <= 'Z' ? x + 32 : x); };
      unsigned char x0 = static_cast<unsigned char>(text[pos]), x1 = static_cast<unsigned char>(text[pos + 1]),
                    x2 = static_cast<unsigned char>(text[pos + 2]);
      if (x0 < 0x80 && x1 < 0x80 && x2 < 0x80 && x1 != ' ' && x2 != ' ') {
        uint8_t f0 = low(x0), f1 = low(x1), f2 = low(x2);
        can_start = TestBit(tables_.short2, f0) || TestBit(tables_.short2, f0 | (static_cast<uint32_t>(f1) << 8)) ||
                    TestBit(tables_.tri, TriHash(f0, f1, f2));
      }
    }
    size_t end = 0;
    int id = 0;
    if (can_start && LongestAt(text, pos, &end, &id)) {
      hits.push_back({pos, end, id});
      // Continue after the match; the previous code points are its last two.
      size_t back = end;
      size_t l1 = 1;
      size_t p1 = back - 1;
      while (p1 > pos && (static_cast<unsigned char>(text[p1]) & 0xC0) == 0x80) --p1;
      prev = DecodeUtf8At(text, p1, &l1);
      size_t p2 = p1 > 0 ? p1 - 1 : 0;
      while (p2 > 0 && (static_cast<unsigned char>(text[p2]) & 0xC0) == 0x80) --p2;
      prev2 = p1 > 0 ? DecodeUtf8At(text, p2, &l1) : 0;
      pos = end;
      continue;
    }
    prev2 = prev;
    prev = c;
    pos += len;
  }
  return hits;
}

int PhraseMatcher::MatchWhole(std::string_view text) const {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  if (text.empty() || !compiled_) return -1;
  size_t end = 0;
  int id = -1;
  if (!LongestAt(text, 0, &end, &id) || end != text.size()) return -1;
  return id;
}

// -- SkillTaxonomy ---------------------------------------------------------------

std::unique_ptr<SkillTaxonomy> SkillTaxonomy::Create(std::string_view tsv, std::string* error) {
  return Create(tsv, {}, error);
}

std::unique_ptr<SkillTaxonomy> SkillTaxonomy::Create(std::string_view tsv, std::string_view image,
                                                     std::string* error) {
  std::vector<TsvRow> rows;
  if (!ParseTsv(tsv, "skills.tsv", 4, &rows, error)) return nullptr;
  auto taxonomy = std::unique_ptr<SkillTaxonomy>(new SkillTaxonomy());
  taxonomy->source_hash_ = PhraseMatcher::SourceHash(tsv);
  // An image made from this very text was checked when it was made: its
  // forms need not be added (nor their clashes looked for) again.
  std::optional<PhraseMatcher> from_image =
      image.empty() ? std::nullopt : PhraseMatcher::FromImage(image, {}, taxonomy->source_hash_);
  if (from_image) taxonomy->matcher_ = std::move(*from_image);
  else taxonomy->matcher_.Reserve(tsv.size());
  auto fail = [&](int line, const std::string& why) {
    *error = "skills.tsv:" + std::to_string(line) + ": " + why;
    return nullptr;
  };
  for (const TsvRow& row : rows) {
    if (row.fields.size() != 4) return fail(row.line, "expected 4 tab-separated fields, found " +
                                                          std::to_string(row.fields.size()));
    Skill skill;
    skill.name = std::string(row.fields[0]);
    skill.category = std::string(row.fields[1]);
    skill.line = row.line;
    if (skill.name.empty()) return fail(row.line, "empty canonical name");
    if (std::find(kCategories.begin(), kCategories.end(), skill.category) == kCategories.end()) {
      return fail(row.line, "unknown category '" + skill.category + "'");
    }
    for (std::string_view flag : SplitAlternatives(row.fields[3], ',')) {
      if (flag == "cs") {
        skill.case_sensitive = true;
      } else if (flag == "ctx") {
        skill.context_only = true;
      } else {
        return fail(row.line, "unknown flag '" + std::string(flag) + "' (expected cs or ctx)");
      }
    }
    int index = static_cast<int>(taxonomy->skills_.size());
    std::vector<std::string_view> forms = {row.fields[0]};
    for (std::string_view alias : SplitAlternatives(row.fields[2])) forms.push_back(alias);
    for (std::string_view form : forms) {
      if (from_image) break;
      int clash = taxonomy->matcher_.Add(form, index, skill.case_sensitive);
      if (clash >= 0) {
        const Skill& other = taxonomy->skills_[static_cast<size_t>(clash)];
        return fail(row.line, "form '" + std::string(form) + "' also belongs to '" + other.name + "' (line " +
                                  std::to_string(other.line) + ")");
      }
    }
    taxonomy->skills_.push_back(std::move(skill));
  }
  taxonomy->matcher_.Compile();
  return taxonomy;
}

std::vector<SkillMatch> SkillTaxonomy::FindAll(std::string_view text) const {
  std::vector<PhraseMatcher::Hit> hits = matcher_.FindAll(text);
  std::vector<SkillMatch> out;
  out.reserve(hits.size());
  for (const PhraseMatcher::Hit& hit : hits) out.push_back({hit.begin, hit.end, hit.id});
  return out;
}

int SkillTaxonomy::Lookup(std::string_view text) const { return matcher_.MatchWhole(text); }

std::string_view CategoryDisplayName(std::string_view category) {
  for (size_t i = 0; i < kCategories.size(); ++i) {
    if (kCategories[i] == category) return kCategoryNames[i];
  }
  return "Other";
}

}  // namespace cvparse
