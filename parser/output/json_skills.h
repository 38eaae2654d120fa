// JSON output of the skills (extract/skills.h).
//
// JSON Resume "skills": one item per group as written in the skills section,
// then one per taxonomy category for the skills found without a group:
//
//   "skills": [
//     {"name": "Developer Tools", "keywords": ["Python", "Java", "C++"]},
//     {"name": "Frameworks", "keywords": ["PyTorch", "ROS", "Ray", "MATLAB"]},
//     {"name": "ML Research", "keywords": ["Knowledge Graphs", "Recommender Systems"]}
//   ]
//
// x-cvparse:
//   "skills": [{"name": "Python", "category": "programming_language", "group": "Developer Tools",
//               "mentions": 3, "months": 14, "lastUsed": "2023-10", "spans": [[a, b], ...]}]
//   "skillMentions": [{"name": "PyTorch", "raw": "Pytorch", "category": "data_ml",
//                      "group": "Frameworks", "section": "skills", "span": [a, b]}]
// A skill not in the taxonomy has no "category". Empty fields, months 0 and
// empty lists are left out. "skillMentions" holds at most kMaxSkillMentions
// entries (document order); "skillMentionsTruncated": true says it was cut.
#ifndef CVPARSE_OUTPUT_JSON_SKILLS_H_
#define CVPARSE_OUTPUT_JSON_SKILLS_H_

#include <cstddef>

#include <nlohmann/json.hpp>

#include "cvparse/document.h"

namespace cvparse {

inline constexpr size_t kMaxSkillMentions = 300;

void AppendSkillsJson(const Document& doc, nlohmann::ordered_json* resume, nlohmann::ordered_json* ext);

}  // namespace cvparse

#endif  // CVPARSE_OUTPUT_JSON_SKILLS_H_
