// JSON output of the awards, certificates and interests (extract/awards.h).
//
// JSON Resume:
//   "awards":       [{"title": "Outstanding graduates of Zhejiang University of Technology",
//                     "date": "2021", "awarder": "Zhejiang University of Technology",
//                     "summary": "The top 8 % of graduates in the whole grade can take this award"}]
//   "certificates": [{"name": "Basic Life Support (BLS)", "issuer": "American Heart Association",
//                     "date": "2024-03"}]
//   "interests":    [{"name": "Wild swimming"}, {"name": "bird photography"}]
//
// x-cvparse (same order as the JSON Resume arrays):
//   "awards":       [{"span": [a, b]}]
//   "certificates": [{"span": [a, b]}]
// Empty fields are left out.
#ifndef CVPARSE_OUTPUT_JSON_AWARDS_H_
#define CVPARSE_OUTPUT_JSON_AWARDS_H_

#include <nlohmann/json.hpp>

#include "cvparse/document.h"

namespace cvparse {

void AppendAwardsJson(const Document& doc, nlohmann::ordered_json* resume, nlohmann::ordered_json* ext);

}  // namespace cvparse

#endif  // CVPARSE_OUTPUT_JSON_AWARDS_H_
