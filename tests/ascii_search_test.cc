// Tests for parser/text/ascii_search.h: the case-blind literal search that
// guards regular expressions. One row per text and needle. Also the byte
// classes of parser/text/ascii.h.
#include "text/ascii_search.h"

#include "text/ascii.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace cvparse {
namespace {

struct Row {
  std::string text;
  std::string needle;  // lower case
  bool want;
};

// clang-format off
const std::vector<Row> kRows = {
    {"",                                  "yr",   false},
    {"y",                                 "yr",   false},  // needle longer than the rest
    {"5 yrs",                             "yr",   true},
    {"5 YRS",                             "yr",   true},
    {"5 Yrs",                             "yr",   true},
    {"5 yRs",                             "yr",   true},
    {"Company history",                   "yr",   false},  // 'y' but never "yr"
    {"Eight Years of Java",               "year", true},
    {"YEAR",                              "year", true},
    {"yeah, yea, yeas",                   "year", false},  // every start fails late
    {"text ending in yea",                "year", false},  // candidate too close to the end
    {"see www.example.org",               "www.", true},
    {"WWW.EXAMPLE.ORG",                   "www.", true},
    {"wwwexample",                        "www.", false},
    {"ww.w.",                             "www.", false},
    {"Ünïcödé bytes then Year",           "year", true},   // non-ASCII bytes are compared as they are
    {"2021/09 – 2024/06",                 "/",    true},   // a needle without letters
    {"no slash here",                     "/",    false},
};
// clang-format on

TEST_CASE("ContainsNoCase finds an ASCII needle in any letter case") {
  for (const Row& row : kRows) {
    INFO("text: " << row.text << "  needle: " << row.needle);
    CHECK(ContainsNoCase(row.text, row.needle) == row.want);
  }
}

}  // namespace
// One row per byte: upper, lower, alpha, digit, alnum. The bytes of "é"
// (0xC3 0xA9) and the edges of each range are no ASCII letter or digit.
TEST_CASE("StartsWithNoCase / EndsWithNoCase: a lower-case affix in any letter case", "[text]") {
  struct Row {
    std::string_view text, affix;
    bool starts, ends;
  };
  const Row rows[] = {
      {"IN Law", "in ", true, false},     {"Founder AND CEO", " and ", false, false},
      {"Development", "ment", false, true}, {"MANAGEMENT", "ment", false, true},
      {"men", "ment", false, false},      {"", "", true, true},
      {"Remote, US", "remote", true, false}, {"on-site", "on-site", true, true},
      {"\xC3\x89" "cole", "\xC3\xA9", false, false},  // only ASCII letters are folded
  };
  for (const Row& r : rows) {
    INFO(r.text << " / " << r.affix);
    CHECK(StartsWithNoCase(r.text, r.affix) == r.starts);
    CHECK(EndsWithNoCase(r.text, r.affix) == r.ends);
  }
}

TEST_CASE("ascii.h: byte classes", "[text]") {
  struct ByteRow {
    char c;
    bool upper, lower, alpha, digit, alnum;
  };
  const std::vector<ByteRow> rows = {
      {'A', true, false, true, false, true},   {'Z', true, false, true, false, true},
      {'a', false, true, true, false, true},   {'z', false, true, true, false, true},
      {'0', false, false, false, true, true},  {'9', false, false, false, true, true},
      {'@', false, false, false, false, false}, {'[', false, false, false, false, false},
      {'`', false, false, false, false, false}, {'{', false, false, false, false, false},
      {'/', false, false, false, false, false}, {':', false, false, false, false, false},
      {' ', false, false, false, false, false}, {'\xC3', false, false, false, false, false},
      {'\xA9', false, false, false, false, false},
  };
  for (const ByteRow& r : rows) {
    INFO("byte " << static_cast<int>(static_cast<unsigned char>(r.c)));
    CHECK(IsAsciiUpper(r.c) == r.upper);
    CHECK(IsAsciiLower(r.c) == r.lower);
    CHECK(IsAsciiAlpha(r.c) == r.alpha);
    CHECK(IsAsciiDigit(r.c) == r.digit);
    CHECK(IsAsciiAlnum(r.c) == r.alnum);
  }
}

}  // namespace cvparse
