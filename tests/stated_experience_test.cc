// Tests for parser/extract/stated_experience.h on the real number_words.tsv:
// durations that state experience, and durations that do not.
#include "extract/stated_experience.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "lexicon/lexicons.h"

namespace cvparse {
namespace {

std::unique_ptr<StatedExperienceFinder> RealFinder() {
  std::string words, error;
  REQUIRE(LoadLexiconFile("number_words.tsv", &words, &error));
  std::unique_ptr<StatedExperienceFinder> finder = StatedExperienceFinder::Create(words, &error);
  INFO(error);
  REQUIRE(finder);
  return finder;
}

TEST_CASE("StatedExperienceFinder: stated experience", "[stated_experience]") {
  struct Row {
    std::string line;
    std::string text;
    double years;
    bool at_least;
  };
  const std::vector<Row> rows = {
      {"Product designer with 8 years of experience shipping apps", "8 years", 8, false},
      {"12+ years of broad-based project management expertise", "12+ years", 12, true},
      {"Almost 7 years as an art editor in a major magazine", "7 years", 7, true},
      {"Seven years of experience with TypeScript", "Seven years", 7, false},
      {"Experience: 32 Years in India's biggest foundry", "32 Years", 32, false},
      {"Total experience 5years 5Months", "5years 5Months", 5 + 5 / 12.0, false},
      {"with more than 5 years in the IT field", "5 years", 5, true},
      {"Project Leader with 30+ years in the IT industry", "30+ years", 30, true},
      {"teacher with six years' experience across Key Stage 3", "six years", 6, false},
      {"chef de partie with 6 yrs experience", "6 yrs", 6, false},
      {"over twenty years experience in sales", "twenty years", 20, true},
      {"8.5+ years of experience in QA", "8.5+ years", 8.5, true},
  };
  std::unique_ptr<StatedExperienceFinder> finder = RealFinder();
  for (const Row& row : rows) {
    INFO(row.line);
    std::vector<StatedDuration> found = finder->Find(row.line);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == row.text);
    CHECK(found[0].years == Approx(row.years));
    CHECK(found[0].at_least == row.at_least);
  }
}

TEST_CASE("StatedExperienceFinder: durations that are not experience", "[stated_experience]") {
  const std::vector<std::string> lines = {
      "Java (3 years), SQL (2 years)",                     // skill notes
      "Mentored a team of 5 years ago",                    // a time ago
      "Completed a 4 years degree in Commerce",            // a course length
      "Volunteered at the food bank for 2 years",          // no experience words
      "Son, 6 years old",                                  // an age
      "Won the award three years running",
      "GPA 3.8/4.0, graduated in 2019",
  };
  std::unique_ptr<StatedExperienceFinder> finder = RealFinder();
  for (const std::string& line : lines) {
    INFO(line);
    CHECK(finder->Find(line).empty());
  }
}

TEST_CASE("StatedExperienceFinder: bad number data is an error with its line", "[stated_experience]") {
  std::string error;
  CHECK_FALSE(StatedExperienceFinder::Create("en\t0\tzero\n", &error));
  CHECK(error == "number_words.tsv:1: value must be a positive number");
  CHECK_FALSE(StatedExperienceFinder::Create("en\t3\tth(ree\n", &error));
  CHECK(error == "number_words.tsv:1: words may hold letters, spaces and '-' only");
}

}  // namespace
}  // namespace cvparse
