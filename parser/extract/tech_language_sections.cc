#include "extract/tech_language_sections.h"

namespace cvparse {
namespace {

constexpr int kMinSkills = 2;

int CountSkills(const SkillTaxonomy& skills, std::string_view text) {
  int count = 0;
  for (const SkillMatch& match : skills.FindAll(text)) count += !skills.skill(match.skill).context_only;
  return count;
}

}  // namespace

void RetypeTechLanguageSections(const LanguageLexicon& languages, const SkillTaxonomy& skills, Document* doc) {
  for (Section& section : doc->sections) {
    if (section.kind != "languages") continue;
    int named_skills = 0;
    bool human = false;
    for (size_t i = section.first_line; i < section.end_line && !human; ++i) {
      const std::string& norm = doc->lines[i].norm;
      human = languages.NamesLanguageOrTest(norm);
      named_skills += CountSkills(skills, norm);
    }
    if (!human && named_skills >= kMinSkills) section.kind = "skills";
  }
}

}  // namespace cvparse
