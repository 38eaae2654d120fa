// A "Languages" section that lists programming languages is a skills section.
//
//   Languages    : C#, C, C++, JAVA, T-SQL          => kind "skills"
//   Web Server   : IIS, Tomcat
//
//   Languages: English (fluent), French (basic)     => stays "languages"
//   Languages: English, Python, SQL                 => stays: it names a human language
//
// The heading lexicon cannot tell the two apart ("Languages" heads both in
// skill tables), so the sectioner calls both "languages"; this runs after it,
// before the extractors read the sections. A languages section is retyped
// when it names no human language and no language test, and at least two
// skills of the taxonomy that are not context-only.
#ifndef CVPARSE_EXTRACT_TECH_LANGUAGE_SECTIONS_H_
#define CVPARSE_EXTRACT_TECH_LANGUAGE_SECTIONS_H_

#include "cvparse/document.h"
#include "extract/languages.h"
#include "extract/skill_taxonomy.h"

namespace cvparse {

void RetypeTechLanguageSections(const LanguageLexicon& languages, const SkillTaxonomy& skills, Document* doc);

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_TECH_LANGUAGE_SECTIONS_H_
