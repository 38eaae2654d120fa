// JSON output: a JSON Resume document (jsonresume.org, schema v1) plus an
// extension block "x-cvparse" for what that schema cannot hold.
//
// Example (abridged) for corpus/000.txt:
//
//   {
//     "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
//     "basics": {
//       "name": "Jiayang Gu",
//       "email": "jiayang.barrygu@gmail.com",
//       "phone": "+8617326031722",
//       "profiles": [{"network": "GitHub", "username": "jkdxg8837.com",
//                     "url": "https://github.com/jkdxg8837.com/"}]
//     },
//     "x-cvparse": {
//       "version": "0.1.0",
//       "asOf": "2026-11",                 // the reference month for "Present"
//       "encoding": "UTF-8",               // detected source encoding
//       "sections": [                      // in document order, every line in one section
//         {"kind": "basics", "heading": "", "fromLexicon": false, "lines": [1, 7], "span": [0, 131]},
//         {"kind": "education", "heading": "EDUCATION", "fromLexicon": true,
//          "lines": [9, 33], "span": [133, 512], "headingSpan": [133, 142]}, ...
//       ],
//       "contact": {
//         "name":   {"value": "Jiayang Gu", "span": [0, 10]},
//         "emails": [{"value": "...", "span": [a, b]}],
//         "phones": [{"raw": "(+86) 173-2603-1722", "e164": "+8617326031722", "span": [a, b]}],
//         "urls":   [{"value": "https://github.com/jkdxg8837.com/", "span": [a, b]}],
//         "location": {"raw": "...", "city": "...", "region": "...", "span": [a, b]}
//       },
//       "warnings": [{"message": "2 invalid UTF-8 sequence(s) replaced by U+FFFD"}]
//     }
//   }
//
// Conventions: "lines" are 1-based and inclusive ([first, last non-blank]);
// "span" is [begin, end) in bytes of the decoded UTF-8 text (after the BOM
// and transcoding, line breaks as in the file). Empty fields are left out.
#ifndef CVPARSE_JSON_RESUME_H_
#define CVPARSE_JSON_RESUME_H_

#include <string>

#include "cvparse/document.h"

namespace cvparse {

struct JsonOptions {
  int as_of_year = 0;   // recorded as x-cvparse.asOf
  int as_of_month = 0;
  bool pretty = true;   // indented (true) or one line (false, for JSONL)
  std::string source;   // when set, recorded as x-cvparse.source (the input path)
};

std::string ToJsonResume(const Document& doc, const JsonOptions& options);

}  // namespace cvparse

#endif  // CVPARSE_JSON_RESUME_H_
