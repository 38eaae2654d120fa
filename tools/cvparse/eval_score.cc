#include "eval_score.h"

#include <utility>

namespace cvparse::tools::eval {
namespace {

const std::vector<std::string>& Get(const FieldValues& values, std::string_view field) {
  static const std::vector<std::string> kEmpty;
  auto it = values.find(field);
  return it == values.end() ? kEmpty : it->second;
}

}  // namespace

DocResult ScoreDocument(const GoldDoc& gold, const FieldValues& predicted) {
  DocResult result;
  result.id = gold.id;
  for (const FieldSpec& spec : kFields) {
    std::vector<std::string> gold_values = Get(gold.fields, spec.name);
    if (spec.kind == MatchKind::kName && !gold_values.empty() && !gold.name_alts.empty()) {
      gold_values = gold.name_alts;
    }
    if (!gold.available.empty() && gold.available.count(spec.name) == 0) gold_values.clear();
    result.fields.emplace(std::string(spec.name),
                          ScoreField(spec.kind, gold_values, Get(predicted, spec.name)));
  }
  return result;
}

Report Aggregate(std::vector<DocResult> docs) {
  Report report;
  report.documents = docs.size();
  for (const FieldSpec& spec : kFields) {
    FieldTotals totals;
    totals.field = std::string(spec.name);
    for (const DocResult& doc : docs) {
      auto it = doc.fields.find(spec.name);
      if (it == doc.fields.end() || !it->second.scored) continue;
      const FieldResult& field = it->second;
      ++totals.docs;
      totals.gold += spec.kind == MatchKind::kName ? 1 : field.gold.size();
      totals.predicted += field.predicted.size();
      totals.exact += field.exact;
      totals.fuzzy += field.fuzzy;
    }
    report.fields.push_back(std::move(totals));
  }
  for (const DocResult& doc : docs) {
    if (!doc.error.empty()) ++report.failed;
  }
  report.docs = std::move(docs);
  return report;
}

double Report::MeanF1(bool fuzzy) const {
  double sum = 0;
  size_t n = 0;
  for (const FieldTotals& field : fields) {
    if (field.docs == 0) continue;
    sum += fuzzy ? field.fuzzy.F1() : field.exact.F1();
    ++n;
  }
  return n == 0 ? 0.0 : sum / double(n);
}

size_t Report::ScoredFields() const {
  size_t n = 0;
  for (const FieldTotals& field : fields) n += field.docs > 0 ? 1 : 0;
  return n;
}

const FieldTotals* Report::Find(std::string_view field) const {
  for (const FieldTotals& totals : fields) {
    if (totals.field == field) return &totals;
  }
  return nullptr;
}

}  // namespace cvparse::tools::eval
