// Tests for parser/extract/month_words.h: which words of a line are month
// names, and the masked text the date rules run on. One row per input: the
// month words expected, in order, as they appear in the text.
#include "extract/month_words.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cvparse {
namespace {

// A few names of months.tsv, with its rules for the final '.': "Sept." and
// "janv." may go without it (a stem of 4+ letters), "out." may not.
MonthWords Words() {
  MonthWords words;
  for (std::string_view stem : {"Jan", "January", "Sep", "Sept", "September", "Mar", "März", "janv",
                                "janvier", "enero", "май", "Dez"}) {
    words.Add(stem, false);
  }
  words.Add("out", true);
  return words;
}

std::vector<std::string> Found(const MonthWords& words, std::string_view text) {
  std::vector<std::string> out;
  for (const MonthWords::Span& s : words.Find(text)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

struct Row {
  std::string text;
  std::vector<std::string> want;
};

// clang-format off
const std::vector<Row> kRows = {
    // Whole words, any case, a following '.' taken with the word.
    {"Jan 2019",                 {"Jan"}},
    {"JANUARY 2019",             {"JANUARY"}},
    {"Sept. 2019 - Mar. 2020",   {"Sept.", "Mar."}},
    {"sept.2019",                {"sept."}},
    {"Jan.Mar",                  {"Jan.", "Mar"}},
    {"janv. 2019, janvier 2020", {"janv.", "janvier"}},
    {"MÄRZ 2019",                {"MÄRZ"}},
    {"май 2019",                 {"май"}},
    {"5 de enero de 2019",       {"enero"}},
    // Digits, punctuation and CJK end a word; letters do not.
    {"5Jan",                     {"Jan"}},
    {"Jan2019",                  {"Jan"}},
    {"(Sep-2019)",               {"Sep"}},
    {"毕业于Jan 2019",            {"Jan"}},
    {"Jan于2019",                 {"Jan"}},
    {"Junior 2019",              {}},
    {"xJan 2019",                {}},
    {"Janx 2019",                {}},
    {"Jan_2019",                 {"Jan"}},
    {"Marketing, Dezember",      {}},
    // An ordinal suffix glued to a day number, then the month.
    {"1stJan 2019",              {"Jan"}},
    {"21STSEPT 2019",            {"SEPT"}},
    {"stJan 2019",               {}},
    {"1xyJan 2019",              {}},
    // A required '.'.
    {"out. 2019",                {"out."}},
    {"out 2019",                 {}},
    {"sold out",                 {}},
    // Nothing to find.
    {"",                         {}},
    {"2019.9 - 2021.6",          {}},
    {"...",                      {}},
};
// clang-format on

TEST_CASE("month words: Find", "[month_words]") {
  const MonthWords words = Words();
  for (const Row& row : kRows) {
    INFO("text: [" << row.text << "]");
    CHECK(Found(words, row.text) == row.want);
  }
}

TEST_CASE("month words: Mask keeps offsets and hides only month words", "[month_words]") {
  const MonthWords words = Words();
  const std::string text = "Sept. 2019\x01Jan";
  const std::string masked = MonthWords::Mask(text, words.Find(text));
  REQUIRE(masked.size() == text.size());
  CHECK(masked == std::string("\x01\x02\x02\x02\x02 2019\x03\x01\x02\x02"));
}

TEST_CASE("month words: Problem names what cannot be a month word", "[month_words]") {
  for (std::string_view ok : {"Jan", "janvier", "März", "май", "Sept"}) {
    INFO("stem: " << ok);
    CHECK(MonthWords::Problem(ok).empty());
  }
  for (std::string_view bad : {"", "Jan 2", "Ja-n", "Jan.", "1月", "Q1", "de", "DEL", "of", "st", "Er"}) {
    INFO("stem: " << bad);
    CHECK_FALSE(MonthWords::Problem(bad).empty());
  }
}

}  // namespace
}  // namespace cvparse
