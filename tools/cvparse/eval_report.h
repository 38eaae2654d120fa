// Presenting an evaluation: the per-field table, the worst documents, the
// metrics as JSON (also the baseline file format) and the baseline check.
//
// Table (FormatTable):
//
//   field                 docs   gold   pred |  fuzzy P      R     F1 |  exact F1
//   name                   103    103     30 |    0.567  0.165  0.256 |     0.135
//   ...
//   mean F1 over 12 scored fields                             0.106 |     0.094
//
// JSON (ToJson), the format --record writes and --baseline reads:
//
//   {"set": "dotin-dev", "documents": 126, "failed": 0,
//    "scored_fields": 12, "mean_f1": {"fuzzy": 0.1064, "exact": 0.0942},
//    "fields": {"name": {"docs": 103, "gold": 103, "predicted": 30,
//                        "fuzzy": {"tp": 17, "fp": 13, "fn": 86,
//                                  "precision": 0.5667, "recall": 0.165, "f1": 0.2556},
//                        "exact": {...}}, ...}}
//
// Ratios are rounded to 4 decimals; fields that scored no document are left out.
#ifndef CVPARSE_TOOLS_EVAL_REPORT_H_
#define CVPARSE_TOOLS_EVAL_REPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval_score.h"

namespace cvparse::tools::eval {

// The per-field table; `only_field` ("" for all) restricts it to one field.
std::string FormatTable(const Report& report, std::string_view only_field);

// For each field (or only `only_field`), the `worst` documents with the most
// fuzzy errors (FP + FN), showing what was missed, what was wrong, and what
// matched (fields without errors are left out):
//
//   titles: worst 3 of 122 documents
//     0042  5 missed, 1 wrong, 1 matched
//       missed:  "Senior Analyst" | "Team Lead" | ...
//       wrong:   "Curriculum Vitae"
//       matched: "Java Developer" ~ "Java Dev"
std::string FormatWorst(const Report& report, size_t worst, std::string_view only_field);

// The metrics; see the file comment.
nlohmann::ordered_json ToJson(const Report& report, const std::string& set_name);

// Compares with recorded metrics (ToJson's format). A field regresses when its
// fuzzy F1 is more than `tolerance` below the recorded one (a field recorded
// but no longer scored counts as F1 0); the mean is checked the same way.
// `only_field` ("" for all) restricts the check to one field (and skips the mean).
struct BaselineCheck {
  std::vector<std::string> regressions;  // "titles: F1 0.412, recorded 0.450 (-0.038)"
  std::vector<std::string> notes;        // improvements beyond the tolerance, other drift
  std::string error;                     // the baseline is malformed ("" when fine)
};
BaselineCheck CompareWithBaseline(const Report& report, const nlohmann::json& baseline,
                                  double tolerance, std::string_view only_field);

}  // namespace cvparse::tools::eval

#endif  // CVPARSE_TOOLS_EVAL_REPORT_H_
