// What cvparse predicts for each scored field, read from its JSON Resume
// output the way the dotin evaluation's own scorer reads it (its README,
// "How JSON Resume output is read"), so that `cvparse eval --via-json`
// measures what a scorer outside the project sees:
//
//   name              basics.name
//   emails            basics.email
//   locations         basics.location ("city, region, countryCode") and
//                     work[].location
//   degrees           education[].studyType, followed by the area when the
//                     study type does not already contain it
//   institutions      education[].institution
//   graduation_years  education[].endDate
//   employers         work[].name
//   titles            work[].position
//   employment_dates  work[].startDate - endDate (no endDate: "present")
//   skills            skills[].name and skills[].keywords
//   skills_tech       the keywords of groups named like tech / tools /
//                     software / programming / computer
//   years_of_experience  a "years_of_experience" or "months_of_experience"
//                     value at the top level or in any top-level object
//
// PredictedFields (eval_predict.h) reads the Document instead, with the
// mappings that suit the gold best; the two differ where the JSON Resume
// schema has no place for a value (research positions live in projects[]).
#ifndef CVPARSE_TOOLS_EVAL_PREDICT_JSON_H_
#define CVPARSE_TOOLS_EVAL_PREDICT_JSON_H_

#include <nlohmann/json.hpp>

#include "eval_score.h"

namespace cvparse::tools::eval {

FieldValues PredictedFieldsFromJson(const nlohmann::json& resume);

}  // namespace cvparse::tools::eval

#endif  // CVPARSE_TOOLS_EVAL_PREDICT_JSON_H_
