// Presenting scores: JSON for programs, an explanation for people, table and CSV rows.
//
// JSON of one résumé (one line of `cvparse score --format jsonl`):
//
//   {"source": "corpus/000.txt", "rank": 1, "score": 93.1, "raw": 93.12, "cap": 100,
//    "name": "Jiayang Gu", "years": 0, "degree": "master",
//    "categories": {"required": {"points": 55.3, "max": 56.3}, "preferred": {...}, ...},
//    "items": [
//      {"category": "required", "item": "PyTorch", "weight": 1, "found": true, "required": true,
//       "credit": 0.6, "points": 5.6, "max": 9.4, "note": "skills list only",
//       "evidence": [{"line": 104, "span": [4702, 4709], "text": "Pytorch", "section": "skills",
//                     "heading": "SKILLS", "context": "skills", "strength": 0.6}]},
//      {"category": "required", "item": "Kotlin", "found": false, "points": 0, "max": 9.4,
//       "note": "missing (required)", "evidence": []}, ...],
//    "flags": ["missing required skill: Kotlin"]}
//
// "line" is 1-based, "span" is [begin, end) in bytes of the decoded text (the
// same convention as the x-cvparse block of the parse output). A failed
// input is {"source": ..., "error": "not a text document ..."}.
//
// The explanation (`--explain`):
//
//   #1  93.1  corpus/000.txt  Jiayang Gu
//     required    55.3 / 56.3
//       + Recommender Systems   11.3 / 11.3  line 29  "Recommendation"  (research: "A Relevance Relation ...", 2023)
//       ~ PyTorch                5.6 /  9.4  line 104 "Pytorch"  skills list only
//       - Kotlin                 0.0 /  9.4  MISSING (required)
//     ...
//     flags: missing required skill: Kotlin (score capped at 89)
#ifndef CVPARSE_SCORE_REPORT_H_
#define CVPARSE_SCORE_REPORT_H_

#include <string>

#include <nlohmann/json.hpp>

#include "cvparse/profile.h"
#include "cvparse/score.h"

namespace cvparse {

// The JSON object of one scored résumé. `rank` 0 leaves "rank" out (streams).
nlohmann::ordered_json ScoreToJson(const ScoreResult& result, const std::string& source, int rank);

// The JSON object of one input that could not be scored.
nlohmann::ordered_json ScoreErrorJson(const std::string& source, const std::string& error);

// The profile as JSON (the header of `--format json`).
nlohmann::ordered_json ProfileToJson(const JobProfile& profile);

// The explanation of one score for people (several lines, ending in '\n').
std::string ExplainScore(const ScoreResult& result, const std::string& source, int rank);

// Table and CSV rows, with their headers. Table columns are padded to fit a
// terminal; CSV follows RFC 4180 quoting.
std::string TableHeader();
std::string TableRow(const ScoreResult& result, const std::string& source, int rank);
std::string CsvHeader();
std::string CsvRow(const ScoreResult& result, const std::string& source, int rank);

}  // namespace cvparse

#endif  // CVPARSE_SCORE_REPORT_H_
