// Scoring a set of documents: which fields exist, per-document results, and
// the micro-averaged totals per field.
//
//   gold {"0001": titles ["Java Developer", "Team Lead"]}, predicted titles ["java developer"]
//   gold {"0002": titles []}                              (not labelled: not scored)
//   => titles: docs 1, gold 2, predicted 1, TP 1 FP 0 FN 1, P 1.0, R 0.5, F1 0.667
//
// A document is scored on a field only when it has a gold value for it that
// survives normalisation (an empty list or null means "not labelled"), and,
// when the gold file lists `_available` fields, only when the field is among
// them. The headline figure is the mean fuzzy F1 over the fields that scored
// at least one document.
#ifndef CVPARSE_TOOLS_EVAL_SCORE_H_
#define CVPARSE_TOOLS_EVAL_SCORE_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "eval_match.h"

namespace cvparse::tools::eval {

struct FieldSpec {
  std::string_view name;   // the gold file's key
  MatchKind kind;
};

// Every field the scorer knows, in report order. The dotin set labels all but
// phones and urls; corpus gold files may label those too.
inline constexpr FieldSpec kFields[] = {
    {"name", MatchKind::kName},
    {"emails", MatchKind::kEmail},
    {"phones", MatchKind::kPhone},
    {"urls", MatchKind::kUrl},
    {"locations", MatchKind::kText},
    {"skills", MatchKind::kText},
    {"skills_tech", MatchKind::kText},
    {"degrees", MatchKind::kText},
    {"institutions", MatchKind::kText},
    {"graduation_years", MatchKind::kYear},
    {"employers", MatchKind::kText},
    {"titles", MatchKind::kText},
    {"employment_dates", MatchKind::kDates},
    {"years_of_experience", MatchKind::kYears},
};

// Field name => values. "name" holds zero or one value.
using FieldValues = std::map<std::string, std::vector<std::string>, std::less<>>;

struct GoldDoc {
  std::string id;                 // "0001"
  FieldValues fields;             // "name" => {"Ann Lee"}; for the name, see name_alts
  std::vector<std::string> name_alts;  // every Name span; empty: use fields["name"]
  std::set<std::string, std::less<>> available;  // empty: every field may be scored
};

struct DocResult {
  std::string id;
  std::string error;   // why the document could not be parsed ("" when it was)
  std::map<std::string, FieldResult, std::less<>> fields;  // every kFields entry
};

struct FieldTotals {
  std::string field;
  size_t docs = 0;       // documents scored on the field
  size_t gold = 0;       // gold values on those documents (after deduplication)
  size_t predicted = 0;  // predicted values on those documents
  Counts exact, fuzzy;
};

struct Report {
  size_t documents = 0;
  size_t failed = 0;                 // documents that could not be parsed
  std::vector<FieldTotals> fields;   // kFields order, unscored fields included (docs 0)
  std::vector<DocResult> docs;

  // Mean F1 over the fields with docs > 0 (0 when none).
  double MeanF1(bool fuzzy) const;
  size_t ScoredFields() const;
  const FieldTotals* Find(std::string_view field) const;
};

// Scores one document's predictions against its gold labels on every field.
DocResult ScoreDocument(const GoldDoc& gold, const FieldValues& predicted);

// Adds up the per-document results (micro-average).
Report Aggregate(std::vector<DocResult> docs);

}  // namespace cvparse::tools::eval

#endif  // CVPARSE_TOOLS_EVAL_SCORE_H_
