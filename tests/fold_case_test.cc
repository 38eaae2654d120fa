#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include <unicode/unistr.h>

#include "lexicon/tsv.h"

namespace cvparse {
namespace {

// ICU's full case folding of the whole text: what FoldCase must equal.
std::string Reference(const std::string& utf8) {
  std::string out;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  u.foldCase();
  u.toUTF8String(out);
  return out;
}

TEST_CASE("FoldCase", "[fold_case]") {
  const std::vector<std::pair<std::string, std::string>> rows = {
      {"", ""},
      {"Python", "python"},
      {"JAN 2019 – Present", "jan 2019 – present"},        // a dash folding leaves alone
      {"• Java · SQL", "• java · sql"},
      {"Zürich", "zürich"},
      {"ÉCOLE", "école"},
      {"Straße", "strasse"},                                 // full folding: ß → ss
      {"ΣΊΣΥΦΟΣ", "σίσυφοσ"},
      {"\xEF\xAC\x81nance", "finance"},                      // the ligature ﬁ → fi
      {"\xE2\x84\xAA" "elvin", "kelvin"},                    // KELVIN SIGN → k
      {"电子科技大学 UESTC", "电子科技大学 uestc"},
      {"Ⅳ", "ⅳ"},                                           // roman numeral four
  };
  for (const auto& [text, folded] : rows) {
    INFO("text: \"" << text << "\"");
    CHECK(FoldCase(text) == folded);
    CHECK(FoldCase(text) == Reference(text));
  }
}

}  // namespace
}  // namespace cvparse
