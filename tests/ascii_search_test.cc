// Tests for parser/text/ascii_search.h: the case-blind literal search that
// guards regular expressions. One row per text and needle.
#include "text/ascii_search.h"

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
}  // namespace cvparse
