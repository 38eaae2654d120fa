// Tests for parser/lexicon/key_index.h: the string => integer map the venue
// lexicon builds once. One row per lookup, against one index.
#include "lexicon/key_index.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "aligned_copy.h"

namespace cvparse {
namespace {

KeyIndex Index() {
  KeyIndex index;
  index.Reserve(4, 16);  // fewer than added: Reserve is only a hint
  index.Add("icassp", 7);
  index.Add("ieee trans pattern anal mach intell", 3);
  index.Add("icassp", 9);  // added twice: the first value wins
  index.Add("", 11);       // an empty key is a key like any other
  index.Add("ICASSP", 12);  // keys are compared byte for byte
  for (uint32_t i = 0; i < 1000; ++i) index.Add("venue " + std::to_string(i), 100 + i);
  index.Finish();
  return index;
}

struct Row {
  std::string key;
  std::optional<uint32_t> want;
};

// clang-format off
const std::vector<Row> kRows = {
    {"icassp",                               7},
    {"ICASSP",                               12},
    {"Icassp",                               std::nullopt},
    {"ieee trans pattern anal mach intell",  3},
    {"ieee trans pattern anal mach",         std::nullopt},  // a prefix is another key
    {"icasspx",                              std::nullopt},
    {"",                                     11},
    {"venue 0",                              100},
    {"venue 999",                            1099},
    {"venue 1000",                           std::nullopt},
};
// clang-format on

TEST_CASE("KeyIndex finds the first value added under a key") {
  const KeyIndex index = Index();
  CHECK(index.size() == 1005);
  for (const Row& row : kRows) {
    INFO("key: \"" << row.key << "\"");
    CHECK(index.Find(row.key) == row.want);
  }
}

TEST_CASE("An empty KeyIndex finds nothing") {
  KeyIndex index;
  index.Finish();
  CHECK(index.size() == 0);
  CHECK_FALSE(index.Find("icassp").has_value());
  CHECK_FALSE(index.Find("").has_value());
}

TEST_CASE("A KeyIndex read from its image finds what the original finds") {
  const KeyIndex original = Index();
  std::string image;
  original.AppendImage(&image);
  CHECK(image.size() % 8 == 0);
  const AlignedCopy aligned(image);
  const char* at = aligned.view().data();
  const char* end = at + image.size();
  KeyIndex copy;
  REQUIRE(KeyIndex::FromImage(&at, end, &copy));
  CHECK(at == end);
  CHECK(copy.size() == original.size());
  for (const Row& row : kRows) {
    INFO("key: \"" << row.key << "\"");
    CHECK(copy.Find(row.key) == row.want);
  }
  // Its own image is the same bytes.
  std::string again;
  copy.AppendImage(&again);
  CHECK(again == image);
  // Cut short anywhere before the end, it is refused.
  for (size_t cut : {size_t{0}, size_t{8}, size_t{40}, image.size() - 1}) {
    INFO("cut at " << cut);
    const char* from = aligned.view().data();
    KeyIndex refused;
    CHECK_FALSE(KeyIndex::FromImage(&from, from + cut, &refused));
    CHECK(from == aligned.view().data());
  }
}

}  // namespace
}  // namespace cvparse
