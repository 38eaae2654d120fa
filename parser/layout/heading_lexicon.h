// The heading lexicon: which section a heading names.
//
//   HeadingKey("## 2. WORK EXPERIENCE:")  => "work experience"
//   HeadingKey("一、教育背景")              => "教育背景"
//   HeadingKey("E D U C A T I O N")        => "education"
//   HeadingKey("=== Awards & Honors ===")  => "awards and honors"
//   lexicon.Lookup("work experience")      => "work"
//   lexicon.LookupFuzzy("experiance")      => "work"   (one edit away; keys of 6+ letters)
//
// The data is parser/lexicons/headings.tsv (key<TAB>lang<TAB>a|b|c).
#ifndef CVPARSE_LAYOUT_HEADING_LEXICON_H_
#define CVPARSE_LAYOUT_HEADING_LEXICON_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace cvparse {

// The lookup key of a heading: numbering, Markdown '#', decorations and a
// trailing colon removed, letter-spacing undone, case folded, "&" → "and",
// whitespace collapsed. Applied both to lexicon entries and to lines.
std::string HeadingKey(std::string_view norm);

class HeadingLexicon {
 public:
  // Returns nullptr and sets *error ("headings.tsv:LINE: ...") on bad data or
  // on a heading listed under two keys.
  static std::unique_ptr<HeadingLexicon> Create(std::string_view tsv, std::string* error);

  // The section kind for an exact key, or "" when the key is unknown.
  std::string_view Lookup(std::string_view key) const;
  // The section kind for a key one edit (insert, delete, substitute,
  // transpose) from a lexicon heading of at least 6 characters, or "".
  std::string_view LookupFuzzy(std::string_view key) const;

  // The section kind named by the last word of `key` ("clinical experience"
  // → "work"), from the lexicon's "suffix" rows, or "".
  std::string_view LookupSuffix(std::string_view key) const;

  // True when, inside a section of kind `section_kind`, the heading `key`
  // names a part of one entry ("responsibilities" under work), from the
  // lexicon's "part" rows. "responsibilities/achievements" counts when every
  // part separated by '/' does.
  bool IsEntryPart(std::string_view section_kind, std::string_view key) const;

  size_t size() const { return kinds_.size(); }

 private:
  std::unordered_map<std::string, std::string> kinds_;
  std::unordered_map<std::string, std::string> suffixes_;
  std::unordered_set<std::string> parts_;  // "kind\tkey"
  std::vector<std::string> long_keys_;  // candidates for fuzzy lookup
};

}  // namespace cvparse

#endif  // CVPARSE_LAYOUT_HEADING_LEXICON_H_
