// Tests for parser/extract/word_presence.h: which word lists a text may hold
// a word of. One row per text: the lists found, as a bit set.
#include "extract/word_presence.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace cvparse {
namespace {

enum : unsigned { kSeason = 1u << 0, kPresent = 1u << 1, kQuarter = 1u << 2, kCjk = 1u << 3 };

WordPresence Lists() {
  WordPresence lists;
  for (const char* f : {"spring", "Fall", "été", "весна", "春季"}) lists.Add(0, f);
  for (const char* f : {"present", "to date", "Сейчас", "至今", "nu"}) lists.Add(1, f);
  for (const char* f : {"Q1", "first quarter", "第一季度"}) lists.Add(2, f);
  for (const char* f : {"9月", "九月"}) lists.Add(3, f);
  lists.Add(4, "");  // ignored
  return lists;
}

struct Row {
  std::string text;
  unsigned want;
};

// clang-format off
const std::vector<Row> kRows = {
    {"",                                0},
    {"2019 - 2021",                     0},
    {"Google, Mountain View",           0},
    {"Spring 2019",                     kSeason},
    {"FALL '19 - PRESENT",              kSeason | kPresent},
    {"ÉTÉ 2020",                        kSeason},
    {"ВЕСНА 2021 - сейчас",             kSeason | kPresent},
    {"2019年春季",                       kSeason},
    {"2019.9 - 至今",                    kPresent},
    {"Jan 2020 to\u00A0date",           kPresent},  // the longest word counts: "date"
    {"went to Paris in 2020",           0},         // "to" of "to date" is not looked for
    {"first prize 2020",                0},         // nor "first" of "first quarter"
    {"q1 2020",                         kQuarter},
    {"first  quarter 2020",             kQuarter},
    {"2020年第一季度",                    kQuarter},
    {"2021年9月",                        kCjk},
    {"九月 2021",                        kCjk},
    // Loose on purpose: a word inside another word still counts.
    {"menu 2020",                       kPresent},
    {"springboard 2019",                kSeason},
    {"represented 2019",                kPresent},
};
// clang-format on

TEST_CASE("word presence: Find", "[word_presence]") {
  const WordPresence lists = Lists();
  for (const Row& row : kRows) {
    INFO("text: [" << row.text << "]");
    CHECK(lists.Find(row.text) == row.want);
  }
}

}  // namespace
}  // namespace cvparse
