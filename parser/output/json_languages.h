// JSON output of the languages and test scores (extract/languages.h).
//
// JSON Resume "languages": [{"language": "Chinese"}, {"language": "English", "fluency": "IELTS 7.0"}]
//
// x-cvparse:
//   "languages":  [{"language": "English", "fluency": "IELTS 7.0", "inferred": true, "span": [a, b]}]
//   "testScores": [{"test": "IELTS", "score": "7.0", "subScores": ["7.5", "7.5", "6.0", "6.5"],
//                   "language": "English", "span": [a, b]}]
// "inferred" is written only when true (the language is known only from a
// test). Empty fields are left out.
#ifndef CVPARSE_OUTPUT_JSON_LANGUAGES_H_
#define CVPARSE_OUTPUT_JSON_LANGUAGES_H_

#include <nlohmann/json.hpp>

#include "cvparse/document.h"

namespace cvparse {

void AppendLanguagesJson(const Document& doc, nlohmann::ordered_json* resume, nlohmann::ordered_json* ext);

}  // namespace cvparse

#endif  // CVPARSE_OUTPUT_JSON_LANGUAGES_H_
