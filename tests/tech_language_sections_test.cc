// Tests for parser/extract/tech_language_sections.h: which "Languages"
// sections list programming languages.
#include "extract/tech_language_sections.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/skills.h"
#include "shared_lexicons.h"

namespace cvparse {
namespace {

// The section kinds of `text` after the retyping.
std::vector<std::string> KindsAfterRetyping(const std::string& text) {
  const SkillsExtractor& skills = SharedCreated<SkillsExtractor>();
  Document doc = Sectioned(text);
  RetypeTechLanguageSections(skills.languages(), skills.taxonomy(), &doc);
  return KindsOf(doc);
}

struct Row {
  std::string text;
  std::vector<std::string> kinds;
};

TEST_CASE("RetypeTechLanguageSections: programming languages are skills", "[tech_languages]") {
  const std::vector<Row> rows = {
      {"Jane Doe\n\nLanguages\n: C#, C, C++, JAVA, T-SQL\n", {"basics", "skills"}},
      {"Jane Doe\n\nLanguages: Python, Go, Bash\n", {"basics", "skills"}},
      {"Jane Doe\n\nLanguages\nC/C++/C#, Java (Android), PHP, SQL\n", {"basics", "skills"}},
      {"Jane Doe\n\nLANGUAGES\nJava\nJavaScript\n\nEDUCATION\nBSc Physics, 2010\n",
       {"basics", "skills", "education"}},
      // Human languages, alone or beside skills: a languages section.
      {"Jane Doe\n\nLanguages\nEnglish (fluent), French (basic)\n", {"basics", "languages"}},
      {"Jane Doe\n\nLanguages\nEnglish, Python, SQL\n", {"basics", "languages"}},
      {"Jane Doe\n\nLanguages\nMother tongue: Croatian\n", {"basics", "languages"}},
      {"Jane Doe\n\nLanguages\nIELTS 7.5, Java, SQL\n", {"basics", "languages"}},
      // Too little to tell: one skill, or none.
      {"Jane Doe\n\nLanguages\nJava\n", {"basics", "languages"}},
      {"Jane Doe\n\nLanguages\nsee my profile\n", {"basics", "languages"}},
      {"Jane Doe\n\nLanguages\n", {"basics", "languages"}},
      // Other sections are left alone.
      {"Jane Doe\n\nSkills\nEnglish, French\n", {"basics", "skills"}},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(KindsAfterRetyping(row.text) == row.kinds);
  }
}

}  // namespace
}  // namespace cvparse
