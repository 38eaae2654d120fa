// The skills taxonomy (parser/lexicons/skills.tsv) and the phrase matcher
// that finds its ~5,000 forms in a line in one pass.
//
//   "Pytorch, ROS(Robotic Operation System), Matlab"
//     => PyTorch [0,7), ROS [9,12), MATLAB [40,46)     (aliases → canonical)
//   "JavaScript and Java"   => JavaScript, Java          ("Java" not inside "JavaScript")
//   "Apache Spark on k8s"   => Apache Spark, Kubernetes  (longest form wins)
//   "C++ and C#, not C-suite or R&D" => C++, C#          ("C" needs whole tokens)
//   "熟练掌握Java、Go"        => Java, Go                  (CJK text has no spaces)
//
// PhraseMatcher is a byte trie over case-folded text: at every position where a
// token may start it walks the trie as far as the text allows and keeps the
// longest form that ends on a token boundary (and, for a case-sensitive form,
// is spelled exactly). Forms are literals, never regexes. About 100 MB/s on
// English text (see the benchmark in tests/skills_test.cc).
//
// Token boundaries (the rules in the skills.tsv header, plus three documented
// additions):
//   * The character before a match and the one after it must not be a word
//     character: a letter or digit other than CJK, '+' or '#'. So "C" is not
//     found in "C++" or "C#", "Java" not in "JavaScript".
//   * '.' or '-' followed by a letter or digit does not end a token: "Node" is
//     not in "Node.js", "C" not in "C-suite"; "C." at the end of a sentence is.
//     Addition: a match of 3+ bytes may be followed by "-based", "-driven",
//     "-powered", "-native", ... (kSuffixWords in the .cc): "Python-based".
//   * Addition: '&' glued to a letter or digit does not end a token either, so
//     "R" is not found in "R&D", "P&L" or "AT&T" ("GD&T" is a form of its own).
//   * Addition: a CJK character is never a word character for a Latin form
//     ("掌握Java" finds Java), and a form that starts or ends with a CJK
//     character needs no boundary on that side ("熟悉英语" finds 英语).
//   * Runs of spaces in the text match one space of a form; a tab (a column
//     gap in Line::norm) never does.
// Case folding is ICU simple case folding, code point by code point.
#ifndef CVPARSE_EXTRACT_SKILL_TAXONOMY_H_
#define CVPARSE_EXTRACT_SKILL_TAXONOMY_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cvparse {

class PhraseMatcher {
 public:
  struct Options {
    // Accept a digit right after a match: "HSK5", "CET6" (test names).
    bool allow_digit_after = false;
  };
  struct Hit {
    size_t begin = 0, end = 0;  // byte offsets in the searched text
    int id = 0;                 // as given to Add
  };

  PhraseMatcher();
  explicit PhraseMatcher(Options options);
  ~PhraseMatcher();
  PhraseMatcher(PhraseMatcher&&) noexcept;
  PhraseMatcher& operator=(PhraseMatcher&&) noexcept;

  // Adds `phrase` (spaces collapsed, dashes unified) under `id`. Returns -1 on
  // success (also when the same phrase was already added under the same id),
  // or the id of an earlier phrase it clashes with: two phrases clash when
  // they fold to the same key, unless both are case-sensitive and spelled
  // differently. An empty phrase is ignored. Returns -2 after Compile().
  int Add(std::string_view phrase, int id, bool case_sensitive);
  // Room for phrases of about `bytes` bytes in all, so that the trie is not
  // copied as it grows (a lexicon's file size is a fair guess).
  void Reserve(size_t bytes);

  // Lays the trie out for searching (like RE2::Set::Compile). Call once,
  // after the last Add and before searching; until then nothing is found.
  void Compile();

  // The compiled matcher as bytes (a "lexicon image"), stamped with
  // `source_hash`, the SourceHash of the lexicon it was built from. The build
  // writes skills.tsv's image, which FromImage then uses in place: start-up
  // skips building the trie, ~10 ms of CPU and ~560 page faults on the first
  // résumé of a run. Empty before Compile.
  std::string Image(uint64_t source_hash) const;
  // A compiled matcher that reads `image` in place (it must outlive the
  // matcher and be 8-byte aligned), or nullopt when the image is not one of
  // this version, options and source_hash (or is cut short).
  static std::optional<PhraseMatcher> FromImage(std::string_view image, Options options, uint64_t source_hash);
  // FNV-1a of a lexicon's bytes: what ties an image to its source.
  static uint64_t SourceHash(std::string_view lexicon);

  // Every match in `text`, left to right, not overlapping; at each start the
  // longest valid form wins. Never fails; thread-safe.
  std::vector<Hit> FindAll(std::string_view text) const;

  // The id of the phrase that is exactly the whole of `text` (surrounding
  // spaces ignored), or -1.
  int MatchWhole(std::string_view text) const;

  size_t size() const { return phrases_; }

 private:
  struct BuildNode;
  struct Terminal;
  uint32_t Child(uint32_t node, uint8_t byte) const;  // 0 when none
  // Longest valid match starting at `pos`; sets *end and *id.
  bool LongestAt(std::string_view text, size_t pos, size_t* end, int* id) const;

  Options options_;
  std::vector<BuildNode> build_;  // the trie while phrases are added; emptied by Compile
  std::vector<uint32_t> build_root_;  // first byte → build_ node, 0 when none; emptied by Compile
  std::vector<std::vector<Terminal>> terminals_;  // per terminal node, while phrases are added
  bool compiled_ = false;
  size_t phrases_ = 0;

  // The compiled matcher: views of either owned_ (Compile) or an image
  // (FromImage); the search reads only these.
  //  * trie: the nodes in breadth-first order, each one a block at its
  //    offset: terminal + 1 (0: none), child count n, the n child bytes packed
  //    four to a word, the n child offsets. The root is at offset 0.
  //  * root: first byte → node offset, 0 when none.
  //  * short2, tri: a filter on the first three folded bytes at a start, so
  //    most words never touch the trie: forms of 1 and 2 bytes exactly
  //    (65,536 bits: b0 | b1 << 8, b1 = 0 for a 1-byte form), longer ones
  //    hashed (kTriBits bits: hash of b0 b1 b2).
  //  * terminal t (trie value t + 1) owns the entries [term_begin[t],
  //    term_begin[t + 1]), kTermWords words each: id, case-sensitive, and the
  //    offset and length in term_text of the phrase as added.
  struct Tables {
    std::span<const uint32_t> root, trie, term_begin, term_entries;
    std::span<const uint64_t> short2, tri;
    std::string_view term_text;
  };
  // vector<char>, not string: a short string's bytes would move with it.
  struct Owned {
    std::vector<uint32_t> root, trie, term_begin, term_entries;
    std::vector<uint64_t> short2, tri;
    std::vector<char> term_text;
  };
  void View(const Owned& owned);
  Tables tables_;
  Owned owned_;
};

struct Skill {
  std::string name;       // canonical: "PyTorch"
  std::string category;   // "data_ml"
  bool case_sensitive = false;
  bool context_only = false;  // "ctx": only in skills sections, lists or next to other skills
  int line = 0;               // in skills.tsv
};

struct SkillMatch {
  size_t begin = 0, end = 0;  // byte offsets in the searched text
  int skill = 0;              // index into SkillTaxonomy::skill()
};

class SkillTaxonomy {
 public:
  // Parses the text of skills.tsv. On bad data (not 4 columns, an unknown
  // category or flag, a form claimed by two rows) returns nullptr and sets
  // *error to "skills.tsv:LINE: reason".
  static std::unique_ptr<SkillTaxonomy> Create(std::string_view tsv, std::string* error);
  // The same, with the matcher read from `image` (Image() of a taxonomy made
  // from the same tsv, kept alive by the caller) when it is one; else built.
  static std::unique_ptr<SkillTaxonomy> Create(std::string_view tsv, std::string_view image, std::string* error);
  // The matcher's lexicon image, for the build (tools/lexicon_image).
  std::string Image() const { return matcher_.Image(source_hash_); }

  // Every taxonomy form in `text` (see the file comment for the rules).
  std::vector<SkillMatch> FindAll(std::string_view text) const;
  // The skill whose form is exactly `text`, or -1: Lookup("k8s") is Kubernetes.
  int Lookup(std::string_view text) const;

  const Skill& skill(int index) const { return skills_[static_cast<size_t>(index)]; }
  size_t size() const { return skills_.size(); }

 private:
  std::vector<Skill> skills_;
  PhraseMatcher matcher_;
  uint64_t source_hash_ = 0;  // PhraseMatcher::SourceHash of skills.tsv
};

// Small UTF-8 helpers shared by the skills and languages extractors.
// The code point at `pos` (U+FFFD for a bad byte); *len gets its length (>= 1).
char32_t DecodeUtf8At(std::string_view text, size_t pos, size_t* len);
// Han, kana and Hangul: scripts written without spaces between words.
bool IsCjk(char32_t c);
// A letter or digit of any script (CJK included).
bool IsAlnumCp(char32_t c);

// "data_ml" → "Data and ML": the display name of a category, used to name the
// JSON Resume skills item of skills listed without a group. "" → "Other".
std::string_view CategoryDisplayName(std::string_view category);

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_SKILL_TAXONOMY_H_
