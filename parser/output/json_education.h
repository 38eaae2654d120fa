// JSON for education entries: JSON Resume education[] plus x-cvparse "education".
//
//   Education{institution "University of Electronic Science and Technology of China",
//             acronym "UESTC", degree "M.E.", level master, area "Computer Science and
//             Technology", 2021-09..2024-06, grade "GPA: 3.50/4.0", courses [...]}
//     => education[]: {"institution": "University of Electronic Science and Technology of China",
//                      "area": "Computer Science and Technology", "studyType": "M.E.",
//                      "startDate": "2021-09", "endDate": "2024-06", "score": "GPA: 3.50/4.0",
//                      "courses": ["Machine Learning (94)", "Formal Method (92)", ...]}
//        x-cvparse.education[]: {"span": [b, e], "written": "M.E. in Computer Science and
//                      Technology" (degree and area as one line writes them), "acronym": "UESTC", "level": "master",
//                      "location": "Chendu, CHN",
//                      "dates": {"start": "2021-09", "end": "2024-06", "precision": "month",
//                                "span": [b, e]},
//                      "datesRule": "yyyy.m - yyyy.m",
//                      "grade": {"raw": "GPA: 3.50/4.0", "kind": "gpa", "value": 3.5,
//                                "scale": 4.0, "normalized": 0.875, "span": [b, e]},
//                      "rank": {"raw": "Rank: 3/130", "position": 3, "total": 130},
//                      "courses": [{"name": "Machine Learning", "grade": "94", "span": [b, e]}],
//                      "highlights": ["Dean's List (6 quarters)"]}
//
// Dates: a range gives startDate and endDate; a range ending "Present" gives
// startDate only (ext: "present": true); a single date is the graduation
// date and gives endDate only. "Expected May 2026" gives endDate "2026-05"
// and ext "expected": true. Grades: "scaleGuessed": true when no scale was
// written (see extract/grades.h); "normalized" is left out when unknown.
// Ext entries are in the same order as education[]; empty fields are left out.
#ifndef CVPARSE_OUTPUT_JSON_EDUCATION_H_
#define CVPARSE_OUTPUT_JSON_EDUCATION_H_

#include <nlohmann/json.hpp>

#include "cvparse/document.h"

namespace cvparse {

// Adds "education" to *resume and to *ext (nothing when there is no entry).
void AppendEducationJson(const Document& doc, nlohmann::ordered_json* resume, nlohmann::ordered_json* ext);

}  // namespace cvparse

#endif  // CVPARSE_OUTPUT_JSON_EDUCATION_H_
