// JSON for experience entries: JSON Resume work[], projects[] and volunteer[],
// plus the x-cvparse "experience", "totalExperienceMonths" and "gaps" keys.
//
//   Experience{work, org "Northwind Analytics, Inc.", position "Staff Software Engineer",
//              location "Austin, TX", 2022-01..present}
//     => work[]: {"name": "Northwind Analytics, Inc.", "position": "Staff Software Engineer",
//                 "location": "Austin, TX", "startDate": "2022-01", "highlights": [...]}
//        (no endDate: the position is current)
//   Experience{research, name "A Relevance Relation ...", 2022..2023, keywords [...]}
//     => projects[]: {"name": "A Relevance Relation ...", "startDate": "2022", "endDate": "2023",
//                     "keywords": [...], "highlights": [...], "type": "research"}
//   Experience{volunteer, org "River Almond Restoration Trust", position "Volunteer Coordinator"}
//     => volunteer[]: {"organization": "...", "position": "...", "startDate": "2019"}
//
// Which array: kind "work" and research positions (a position and an
// organisation, no project name) go to work[]; other research and "project"
// go to projects[] (type "research" / "project"; "entity" is the
// organisation, "roles" the position, "description" the summary);
// "volunteer" goes to volunteer[]. Career breaks (kind "break") appear only
// in the extension. Empty fields are left out; dates are the ISO prefixes
// of DateRange, which the JSON Resume iso8601 pattern accepts.
//
// Extension, x-cvparse.experience: one object per entry in document order:
//   {"kind": "work", "organization": "...", "position": "...",
//    "roles": ["Founder", "CEO"] (only when the position joins several: "Founder and CEO"),
//    "name": "...",
//    "span": [b, e], "current": true, "months": 59, "location": "Austin, TX",
//    "dates": {"start": "2022-01", "end": "2026-11", "present": true,
//              "precision": "month", "span": [b, e]},
//    "datesRule": "mon yyyy - present",
//    "parts": [{"label": "Keywords", "text": "...", "span": [b, e]}]}
// and x-cvparse.totalExperienceMonths (a number) and x-cvparse.gaps
// ([{"from": "2018-06", "to": "2020-09", "months": 27}]).
#ifndef CVPARSE_OUTPUT_JSON_EXPERIENCE_H_
#define CVPARSE_OUTPUT_JSON_EXPERIENCE_H_

#include <nlohmann/json.hpp>

#include "cvparse/document.h"

namespace cvparse {

// Adds work/projects/volunteer to *resume (appending when the arrays exist)
// and experience/totalExperienceMonths/gaps to *ext.
void AppendExperienceJson(const Document& doc, nlohmann::ordered_json* resume, nlohmann::ordered_json* ext);

}  // namespace cvparse

#endif  // CVPARSE_OUTPUT_JSON_EXPERIENCE_H_
