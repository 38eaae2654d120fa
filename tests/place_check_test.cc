#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "extract/education.h"
#include "extract/place_check.h"
#include "extract/skills.h"
#include "shared_lexicons.h"

namespace cvparse {
namespace {

const PlaceCheckLexicons& Lexicons() {
  static const std::unique_ptr<SkillsExtractor> skills = [] {
    std::string error;
    auto s = SkillsExtractor::Create(&error);
    INFO(error);
    REQUIRE(s);
    return s;
  }();
  static const std::unique_ptr<EducationExtractor> education = [] {
    std::string error;
    auto e = EducationExtractor::Create(&error);
    INFO(error);
    REQUIRE(e);
    return e;
  }();
  static const PlaceCheckLexicons lexicons{SharedLexicons().places(), SharedLexicons().dates(),
                                           skills->taxonomy(), education->degrees()};
  return lexicons;
}

TEST_CASE("CouldBePlace", "[place_check]") {
  const std::vector<std::pair<std::string, bool>> rows = {
      // Places: towns, regions, countries, codes the place lexicon knows.
      {"Leeds, UK", true},
      {"Bangalore, India", true},
      {"Rowville", true},      // unknown to every lexicon: kept
      {"MD", true},            // Maryland, before it is a degree
      {"ME", true},            // Maine
      {"India.", true},
      {"Kyiv (remote from 2020)", true},
      {"remote", true},        // a work mode answers "where" too
      {"Remote, US", true},
      {"", true},              // nothing to judge
      // Not places: the rest of a sentence, date words, skills, degrees.
      {"continued", false},
      {"from April", false},
      {"method statements and materials", false},
      {"June", false},
      {"Sep.", false},
      {"Present", false},
      {"PhD.", false},
      {"Document management", false},
      {"Python", false},
      // Lists: several parts, none a known region or country.
      {"CSS, Java Script, VB Script, MS Access", false},  // a skill among them
      {"Win NT, SQL", false},                              // two parts, one a skill
      {"Cylinder Heads, Gear Box, Clutch Housing", false}, // three parts
      {"Aundh, Pune", true},                               // two unknown parts: a town and its city
      {"Aundh, Pune, Maharashtra", true},                  // a region names it
      {"Commerce, Kathmandu, Nepal; Tel: 4410356", true},  // so does a country, before a ';'
      {"Python, UK", true},                                // a country in the list keeps it
      // Words no place name holds: a lower-case word that is no connector, a noun in -ment.
      {"Newcastle upon Tyne", true},
      {"Rio de Janeiro", true},
      {"Frankfurt am Main", true},
      {"Bay of Islands", true},
      {"Based in Durham, NC", true},                       // a region names it
      {"General Management", false},
      {"Development", false},
      {"Document", false},
      {"Process Management, 3 utilities", false},
      {"Server administration", false},
      {"Chadstone based", false},
      {"Assembled by Antonia", false},
  };
  for (const auto& [text, can] : rows) {
    INFO("text: \"" << text << "\"");
    CHECK(CouldBePlace(text, Lexicons()) == can);
  }
}

TEST_CASE("DropImplausiblePlaces clears jobs' and schools' places that cannot be places", "[place_check]") {
  Document doc;
  doc.entities.experience.resize(2);
  doc.entities.experience[0].location = "Leeds, UK";
  doc.entities.experience[1].location = "June";
  doc.entities.education.resize(1);
  doc.entities.education[0].location = "PhD.";
  DropImplausiblePlaces(Lexicons(), &doc);
  CHECK(doc.entities.experience[0].location == "Leeds, UK");
  CHECK(doc.entities.experience[1].location.empty());
  CHECK(doc.entities.education[0].location.empty());
}

}  // namespace
}  // namespace cvparse
