// What cvparse predicts for each scored field, read from a parsed Document.
//
//   name              contact.name
//   emails            contact.emails
//   phones            contact.phones (raw)
//   urls              contact.urls, contact.website
//   locations         contact.location (raw, else "city, region"), plus every
//                     experience[] and education[] location
//   skills            skill mentions as written (skill_mentions[].raw), one per
//                     spelling; when there are no mentions, skills[].name.
//                     The gold spans are what the text says, so the raw form
//                     is the fair one ("JS" is gold "JS", not "JavaScript").
//   skills_tech       the same, restricted to mentions whose table group reads
//                     like tech/tools/software/programming/computer, or whose
//                     taxonomy category is a technical one (kTechCategories)
//   degrees           education[].degree as written, followed by the area when
//                     the degree does not already contain it ("B.Tech" +
//                     "Computer Science" => "B.Tech Computer Science"); the
//                     level when no degree was written
//   institutions      education[].institution
//   graduation_years  education[].dates: the end, else the start
//   employers         experience[] of kind "work": organization
//   titles            experience[] position, every kind but "project"
//   employment_dates  experience[] of kind "work": dates, written
//                     "2015-01 - present", "2012 - 2015-06" or "2019"
//   years_of_experience  entities.total_experience_months, as "N months"
#ifndef CVPARSE_TOOLS_EVAL_PREDICT_H_
#define CVPARSE_TOOLS_EVAL_PREDICT_H_

#include <string>
#include <string_view>

#include "cvparse/document.h"
#include "eval_score.h"

namespace cvparse::tools::eval {

FieldValues PredictedFields(const Document& doc);

// True for a skills group named like tech / tools / software / programming /
// computer ("Technical Skills"): its keywords count as skills_tech.
bool IsTechGroupName(std::string_view group);

// The degree string of an education entry, read the same way from a Document
// and from JSON Resume (studyType, area): the degree, followed by the area
// when the degree does not already contain it. An entry that names only its
// area ("Major Special Education") still names a course.
std::string DegreeWithArea(std::string degree, std::string_view area);

}  // namespace cvparse::tools::eval

#endif  // CVPARSE_TOOLS_EVAL_PREDICT_H_
