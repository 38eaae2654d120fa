// Tests for lexicon images (PhraseMatcher::Image / FromImage,
// VenueLexicon::Image / FromRows): tables read from an image find what the
// tables they were made from find, an image is refused for any other source,
// options or version, and the images the build embedded are the ones the
// embedded skills.tsv and venues.tsv give today.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <vector>

#include "aligned_copy.h"
#include "extract/skill_taxonomy.h"
#include "extract/venues.h"
#include "lexicon/image_words.h"
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
  CHECK(EmbeddedImage("degrees.tsv").empty());  // no image for it
}

// Venue lexicons built and read from an image resolve these texts alike.
const std::vector<std::string> kVenueTexts = {
    "ICASSP", "Proc. IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
    "IEEE Trans. Pattern Anal. Mach. Intell.", "icml", "arXiv preprint arXiv:2407.00001",
    "International Journal of Software and Informatics(IJSI)", "Journal of Nowhere",
};

void CheckSameVenues(const VenueLexicon& a, const VenueLexicon& b) {
  CHECK(a.size() == b.size());
  for (const std::string& text : kVenueTexts) {
    INFO("text: " << text);
    const ResolvedVenue x = a.Resolve(text), y = b.Resolve(text);
    CHECK(std::tie(x.raw, x.name, x.abbr, x.type, x.known) == std::tie(y.raw, y.name, y.abbr, y.type, y.known));
  }
}

TEST_CASE("A venue lexicon read from its image resolves what the built one does, and only for its rows") {
  const std::string tsv =
      "# name, abbreviation, type, aliases\n"
      "IEEE International Conference on Acoustics, Speech and Signal Processing\tICASSP\tconference\t\n"
      "International Conference on Machine Learning\tICML\tconference\tProc. ICML\n"
      "IEEE Transactions on Pattern Analysis and Machine Intelligence\tTPAMI\tjournal\t"
      "IEEE Trans. Pattern Anal. Mach. Intell.\n";
  std::vector<TsvRow> rows;
  std::string error;
  REQUIRE(VenueLexicon::ReadRows(tsv, &rows, &error));
  const uint64_t hash = LexiconSourceHash(tsv);
  const auto built = VenueLexicon::FromRows(rows);
  const std::string image = built->Image(hash);
  const AlignedCopy aligned(image);
  const std::string_view in_place = aligned.view();
  const auto from_image = VenueLexicon::FromRows(rows, in_place, hash);
  CheckSameVenues(*built, *from_image);
  CHECK(from_image->Resolve("ICASSP").known);
  CHECK(from_image->Image(hash) == image);  // it reads the image, and gives it back
  // The image of another source text is ignored: the indexes are built from the rows.
  std::string other_tsv = tsv;
  other_tsv.replace(other_tsv.find("\tICASSP\t"), 8, "\tXCASSP\t");
  std::vector<TsvRow> other_rows;
  REQUIRE(VenueLexicon::ReadRows(other_tsv, &other_rows, &error));
  const std::string other_image = VenueLexicon::FromRows(other_rows)->Image(LexiconSourceHash(other_tsv));
  const AlignedCopy other_aligned(other_image);
  const std::string_view other_in_place = other_aligned.view();
  CHECK(VenueLexicon::FromRows(other_rows, other_in_place, LexiconSourceHash(other_tsv))->Resolve("XCASSP").known);
  const auto mismatched = VenueLexicon::FromRows(rows, other_in_place, hash);
  CheckSameVenues(*built, *mismatched);
  CHECK_FALSE(mismatched->Resolve("XCASSP").known);
  // So is an image of more rows than given.
  std::vector<TsvRow> fewer(rows.begin(), rows.end() - 1);
  const auto fewer_rows = VenueLexicon::FromRows(fewer, in_place, hash);
  CHECK_FALSE(fewer_rows->Resolve("TPAMI").known);
  CHECK(fewer_rows->Resolve("ICML").known);
}

TEST_CASE("The embedded venues image is the one the embedded venues.tsv gives") {
  std::string tsv, error;
  REQUIRE(LoadLexiconFile("venues.tsv", &tsv, &error));
  const std::string_view embedded = EmbeddedImage("venues.tsv");
  REQUIRE_FALSE(embedded.empty());
  std::vector<TsvRow> rows;
  REQUIRE(VenueLexicon::ReadRows(tsv, &rows, &error));
  const uint64_t hash = LexiconSourceHash(tsv);
  const auto built = VenueLexicon::FromRows(rows);
  CHECK(built->Image(hash) == embedded);
  const auto from_image = VenueLexicon::FromRows(rows, embedded, hash);
  CheckSameVenues(*built, *from_image);
  CHECK(from_image->Resolve("ICASSP").known);
}

}  // namespace
}  // namespace cvparse
