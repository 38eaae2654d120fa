// Tests for lexicon images (PhraseMatcher::Image / FromImage): a matcher read
// from its image finds what the matcher it was made from finds, an image is
// refused for any other source, options or version, and the skills image the
// build embedded is the one the embedded skills.tsv gives today.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/skill_taxonomy.h"
#include "lexicon/lexicons.h"

namespace cvparse {
namespace {

PhraseMatcher Sample(PhraseMatcher::Options options = {}) {
  PhraseMatcher m(options);
  int id = 0;
  for (const char* phrase : {"Java", "JavaScript", "C", "C++", "Apache Spark", "k8s", "Node.js", "熟练", "Straße"}) {
    m.Add(phrase, id++, false);
  }
  m.Add("Go", id++, true);  // case-sensitive: "go" is a verb
  m.Compile();
  return m;
}

std::vector<std::tuple<size_t, size_t, int>> Hits(const PhraseMatcher& m, std::string_view text) {
  std::vector<std::tuple<size_t, size_t, int>> out;
  for (const PhraseMatcher::Hit& h : m.FindAll(text)) out.emplace_back(h.begin, h.end, h.id);
  return out;
}

// clang-format off
const std::vector<std::string> kTexts = {
    "JavaScript and Java, C++ and C",
    "apache   spark on K8S, Node.js",
    "熟练掌握Java、Go; let's go",
    "STRASSE straße",
    "",
};
// clang-format on

TEST_CASE("A matcher read from its image finds what the original finds") {
  const PhraseMatcher original = Sample();
  const uint64_t hash = PhraseMatcher::SourceHash("the lexicon text");
  const std::string image = original.Image(hash);
  REQUIRE_FALSE(image.empty());
  std::optional<PhraseMatcher> copy = PhraseMatcher::FromImage(image, {}, hash);
  REQUIRE(copy.has_value());
  CHECK(copy->size() == original.size());
  for (const std::string& text : kTexts) {
    INFO("text: " << text);
    CHECK(Hits(*copy, text) == Hits(original, text));
    CHECK(copy->MatchWhole(text) == original.MatchWhole(text));
  }
  CHECK_FALSE(Hits(original, kTexts[0]).empty());  // the texts do find things
  // Moved, it still reads the image.
  PhraseMatcher moved = std::move(*copy);
  CHECK(Hits(moved, kTexts[1]) == Hits(original, kTexts[1]));
  // And its image is the same bytes.
  CHECK(moved.Image(hash) == image);
}

TEST_CASE("An image is refused for another source, other options or damage") {
  const uint64_t hash = PhraseMatcher::SourceHash("the lexicon text");
  const std::string image = Sample().Image(hash);
  CHECK(PhraseMatcher::FromImage(image, {}, hash).has_value());
  CHECK_FALSE(PhraseMatcher::FromImage(image, {}, PhraseMatcher::SourceHash("the lexicon text!")).has_value());
  CHECK_FALSE(PhraseMatcher::FromImage(image, {.allow_digit_after = true}, hash).has_value());
  CHECK_FALSE(PhraseMatcher::FromImage(image.substr(0, image.size() - 1), {}, hash).has_value());
  CHECK_FALSE(PhraseMatcher::FromImage(image.substr(0, 20), {}, hash).has_value());
  CHECK_FALSE(PhraseMatcher::FromImage("", {}, hash).has_value());
  std::string bad_magic = image;
  bad_magic[0] ^= 1;
  CHECK_FALSE(PhraseMatcher::FromImage(bad_magic, {}, hash).has_value());
  // Read in place, so it must be aligned for its 64-bit words.
  std::string shifted = " " + image;
  CHECK_FALSE(PhraseMatcher::FromImage(std::string_view(shifted).substr(1), {}, hash).has_value());
  // Before Compile there is nothing to image.
  CHECK(PhraseMatcher().Image(hash).empty());
}

TEST_CASE("The embedded skills image is the one the embedded skills.tsv gives") {
  std::string tsv, error;
  REQUIRE(LoadLexiconFile("skills.tsv", &tsv, &error));
  const std::string_view embedded = EmbeddedImage("skills.tsv");
  REQUIRE_FALSE(embedded.empty());
  auto built = SkillTaxonomy::Create(tsv, &error);
  REQUIRE(built);
  CHECK(built->Image() == embedded);
  auto from_image = SkillTaxonomy::Create(tsv, embedded, &error);
  REQUIRE(from_image);
  CHECK(from_image->size() == built->size());
  for (const char* text : {"Python, PyTorch and Apache Spark on k8s", "熟练掌握Java、Go", "MS-Excel; R&D; C#"}) {
    INFO("text: " << text);
    std::vector<std::pair<size_t, int>> a, b;
    for (const SkillMatch& m : built->FindAll(text)) a.emplace_back(m.begin, m.skill);
    for (const SkillMatch& m : from_image->FindAll(text)) b.emplace_back(m.begin, m.skill);
    CHECK(a == b);
    CHECK_FALSE(a.empty());
  }
  CHECK(EmbeddedImage("venues.tsv").empty());  // no image for it
}

}  // namespace
}  // namespace cvparse
