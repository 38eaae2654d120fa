#include "eval_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cvparse::tools::eval {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

constexpr size_t kMaxListed = 8;      // values shown per list in FormatWorst
constexpr size_t kMaxValueBytes = 60;

double Round4(double value) { return std::round(value * 10000.0) / 10000.0; }

std::string Fixed(double value, int decimals = 3) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

std::string Pad(std::string text, size_t width, bool right) {
  if (text.size() >= width) return text;
  std::string fill(width - text.size(), ' ');
  return right ? fill + text : text + fill;
}

// "value" with JSON escapes, cut at a character boundary near kMaxValueBytes.
std::string Quote(const std::string& value) {
  std::string text = value;
  if (text.size() > kMaxValueBytes) {
    size_t cut = kMaxValueBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "...";
  }
  return json(text).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string List(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size() && i < kMaxListed; ++i) {
    if (i > 0) out += " | ";
    out += items[i];
  }
  if (items.size() > kMaxListed) out += " | ... " + std::to_string(items.size() - kMaxListed) + " more";
  return out;
}

ordered_json CountsJson(const Counts& counts) {
  return ordered_json{{"tp", counts.tp},
                      {"fp", counts.fp},
                      {"fn", counts.fn},
                      {"precision", Round4(counts.Precision())},
                      {"recall", Round4(counts.Recall())},
                      {"f1", Round4(counts.F1())}};
}

bool Selected(std::string_view field, std::string_view only_field) {
  return only_field.empty() || field == only_field;
}

}  // namespace

std::string FormatTable(const Report& report, std::string_view only_field) {
  std::string out = Pad("field", 20, false) + Pad("docs", 6, true) + Pad("gold", 7, true) +
                    Pad("pred", 7, true) + " |  fuzzy P      R     F1 |  exact F1\n";
  for (const FieldTotals& field : report.fields) {
    if (!Selected(field.field, only_field)) continue;
    out += Pad(field.field, 20, false) + Pad(std::to_string(field.docs), 6, true);
    if (field.docs == 0) {
      out += "      -      - |  (not labelled)\n";
      continue;
    }
    out += Pad(std::to_string(field.gold), 7, true) + Pad(std::to_string(field.predicted), 7, true) +
           " |  " + Pad(Fixed(field.fuzzy.Precision()), 7, true) +
           Pad(Fixed(field.fuzzy.Recall()), 7, true) + Pad(Fixed(field.fuzzy.F1()), 7, true) +
           " |  " + Pad(Fixed(field.exact.F1()), 8, true) + "\n";
  }
  if (only_field.empty()) {
    out += Pad("mean F1 over " + std::to_string(report.ScoredFields()) + " scored fields", 56, false) +
           Pad(Fixed(report.MeanF1(true)), 7, true) + " |  " +
           Pad(Fixed(report.MeanF1(false)), 8, true) + "\n";
  }
  return out;
}

std::string FormatWorst(const Report& report, size_t worst, std::string_view only_field) {
  std::string out;
  if (worst == 0) return out;
  for (const FieldTotals& totals : report.fields) {
    if (totals.docs == 0 || !Selected(totals.field, only_field)) continue;
    // (errors, document index) of every document with an error on this field.
    std::vector<std::pair<size_t, size_t>> ranked;
    for (size_t d = 0; d < report.docs.size(); ++d) {
      auto it = report.docs[d].fields.find(totals.field);
      if (it == report.docs[d].fields.end() || !it->second.scored) continue;
      size_t errors = it->second.fuzzy.fp + it->second.fuzzy.fn;
      if (errors > 0) ranked.emplace_back(errors, d);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    if (ranked.empty()) continue;  // no errors on this field
    if (ranked.size() > worst) ranked.resize(worst);
    out += "\n" + totals.field + ": worst " + std::to_string(ranked.size()) + " of " +
           std::to_string(totals.docs) + " documents\n";
    for (const auto& [errors, d] : ranked) {
      const DocResult& doc = report.docs[d];
      const FieldResult& field = doc.fields.at(totals.field);
      std::vector<bool> gold_paired(field.gold.size()), predicted_paired(field.predicted.size());
      std::vector<std::string> matched, missed, wrong;
      for (const auto& [g, p] : field.fuzzy_pairs) {
        gold_paired[g] = predicted_paired[p] = true;
        matched.push_back(Quote(field.gold[g].original) + " ~ " + Quote(field.predicted[p].original));
      }
      bool name = field.exact.tp + field.exact.fn == 1 && totals.field == "name";
      for (size_t g = 0; g < field.gold.size(); ++g) {
        if (!gold_paired[g] && !(name && !matched.empty())) missed.push_back(Quote(field.gold[g].original));
      }
      for (size_t p = 0; p < field.predicted.size(); ++p) {
        if (!predicted_paired[p]) wrong.push_back(Quote(field.predicted[p].original));
      }
      out += "  " + doc.id + "  " + std::to_string(field.fuzzy.fn) + " missed, " +
             std::to_string(field.fuzzy.fp) + " wrong, " + std::to_string(field.fuzzy.tp) +
             " matched" + (doc.error.empty() ? "" : "  (not parsed: " + doc.error + ")") + "\n";
      if (!missed.empty()) out += "    missed:  " + List(missed) + "\n";
      if (!wrong.empty()) out += "    wrong:   " + List(wrong) + "\n";
      if (!matched.empty()) out += "    matched: " + List(matched) + "\n";
    }
  }
  return out;
}

ordered_json ToJson(const Report& report, const std::string& set_name) {
  ordered_json out;
  out["set"] = set_name;
  out["documents"] = report.documents;
  out["failed"] = report.failed;
  out["scored_fields"] = report.ScoredFields();
  out["mean_f1"] = {{"fuzzy", Round4(report.MeanF1(true))}, {"exact", Round4(report.MeanF1(false))}};
  ordered_json fields = ordered_json::object();
  for (const FieldTotals& field : report.fields) {
    if (field.docs == 0) continue;
    fields[field.field] = {{"docs", field.docs},
                           {"gold", field.gold},
                           {"predicted", field.predicted},
                           {"fuzzy", CountsJson(field.fuzzy)},
                           {"exact", CountsJson(field.exact)}};
  }
  out["fields"] = std::move(fields);
  return out;
}

BaselineCheck CompareWithBaseline(const Report& report, const json& baseline, double tolerance,
                                  std::string_view only_field) {
  BaselineCheck check;
  if (!baseline.is_object() || !baseline.contains("fields") || !baseline["fields"].is_object()) {
    check.error = "no \"fields\" object";
    return check;
  }
  auto compare = [&](const std::string& what, double now, double recorded) {
    // At the precision recorded: an unrounded F1 differs from its own record by up to 0.00005.
    double delta = Round4(now) - recorded;
    std::string line = what + ": F1 " + Fixed(now) + ", recorded " + Fixed(recorded) + " (" +
                       (delta >= 0 ? "+" : "") + Fixed(delta) + ")";
    if (delta < -tolerance - 1e-9) check.regressions.push_back(line);
    else if (delta > tolerance + 1e-9) check.notes.push_back(line + ": improved, re-record");
  };
  for (const auto& [name, recorded] : baseline["fields"].items()) {
    if (!Selected(name, only_field)) continue;
    const json* f1 = nullptr;
    if (recorded.is_object() && recorded.contains("fuzzy") && recorded["fuzzy"].is_object() &&
        recorded["fuzzy"].contains("f1") && recorded["fuzzy"]["f1"].is_number()) {
      f1 = &recorded["fuzzy"]["f1"];
    }
    if (f1 == nullptr) {
      check.error = "fields." + name + ".fuzzy.f1 is missing or not a number";
      return check;
    }
    const FieldTotals* now = report.Find(name);
    if (now == nullptr || now->docs == 0) {
      check.regressions.push_back(name + ": recorded F1 " + Fixed(f1->get<double>()) +
                                  " but no document is scored on it now");
      continue;
    }
    compare(name, now->fuzzy.F1(), f1->get<double>());
    if (recorded.contains("docs") && recorded["docs"].is_number_unsigned() &&
        recorded["docs"].get<size_t>() != now->docs) {
      check.notes.push_back(name + ": " + std::to_string(now->docs) + " documents scored, " +
                            std::to_string(recorded["docs"].get<size_t>()) + " recorded");
    }
  }
  for (const FieldTotals& field : report.fields) {
    if (field.docs > 0 && Selected(field.field, only_field) && !baseline["fields"].contains(field.field)) {
      check.notes.push_back(field.field + ": scored now but not recorded");
    }
  }
  if (only_field.empty() && baseline.contains("mean_f1") && baseline["mean_f1"].is_object() &&
      baseline["mean_f1"].contains("fuzzy") && baseline["mean_f1"]["fuzzy"].is_number()) {
    compare("mean", report.MeanF1(true), baseline["mean_f1"]["fuzzy"].get<double>());
  }
  if (baseline.contains("documents") && baseline["documents"].is_number_unsigned() &&
      baseline["documents"].get<size_t>() != report.documents) {
    check.notes.push_back(std::to_string(report.documents) + " documents evaluated, " +
                          std::to_string(baseline["documents"].get<size_t>()) + " recorded");
  }
  return check;
}

}  // namespace cvparse::tools::eval
