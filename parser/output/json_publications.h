// JSON output of the publications (extract/publications.h).
//
// JSON Resume "publications":
//   [{"name": "RRE: A Relevance Relation Extraction framework ...",
//     "publisher": "IEEE International Conference on Acoustics, Speech and Signal Processing",
//     "releaseDate": "2024", "url": "https://doi.org/10.1000/xyz",
//     "summary": "Submitted. score 23/17/17(max score 24)"}]
// "summary" is the status in words, then what else the item says.
//
// x-cvparse "publications" (same order):
//   [{"span": [a, b], "authors": ["Jiayang Gu", "Xovee Xu"], "ownerPosition": 1,
//     "venueRaw": "ICASSP", "venue": "IEEE International ...", "venueAbbr": "ICASSP",
//     "status": "submitted", "year": "2024"}]
// Empty fields are left out; "ownerPosition" is written only when the owner
// was found among the authors. A URL that is not a plain ASCII URI is dropped.
#ifndef CVPARSE_OUTPUT_JSON_PUBLICATIONS_H_
#define CVPARSE_OUTPUT_JSON_PUBLICATIONS_H_

#include <nlohmann/json.hpp>

#include "cvparse/document.h"

namespace cvparse {

void AppendPublicationsJson(const Document& doc, nlohmann::ordered_json* resume, nlohmann::ordered_json* ext);

}  // namespace cvparse

#endif  // CVPARSE_OUTPUT_JSON_PUBLICATIONS_H_
