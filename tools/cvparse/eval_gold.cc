#include "eval_gold.h"

#include <algorithm>
#include <fstream>
#include <system_error>

namespace cvparse::tools::eval {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// A list of strings, a single string or null; false on any other shape.
bool Strings(const json& value, std::vector<std::string>* out) {
  out->clear();
  if (value.is_null()) return true;
  if (value.is_string()) {
    out->push_back(value.get<std::string>());
    return true;
  }
  if (!value.is_array()) return false;
  for (const json& item : value) {
    if (item.is_string()) out->push_back(item.get<std::string>());
    else if (item.is_number_integer()) out->push_back(std::to_string(item.get<long long>()));
    else if (!item.is_null()) return false;
  }
  return true;
}

}  // namespace

std::vector<GoldCase> FindGoldCases(const fs::path& dir) {
  std::vector<GoldCase> cases;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return cases;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path& path = it->path();
    if (path.extension() != ".txt" || !it->is_regular_file(ec)) continue;
    fs::path gold = path;
    gold.replace_extension(".gold.json");
    if (!fs::is_regular_file(gold, ec)) continue;
    cases.push_back({path.stem().string(), path, gold});
  }
  std::sort(cases.begin(), cases.end(),
            [](const GoldCase& a, const GoldCase& b) { return a.id < b.id; });
  return cases;
}

bool GoldFromJson(const json& document, const std::string& id, GoldDoc* gold, std::string* error) {
  *gold = GoldDoc();
  gold->id = id;
  if (!document.is_object()) {
    *error = "not a JSON object";
    return false;
  }
  for (const FieldSpec& spec : kFields) {
    auto it = document.find(std::string(spec.name));
    if (it == document.end()) continue;
    std::vector<std::string> values;
    if (!Strings(*it, &values)) {
      *error = "\"" + std::string(spec.name) + "\" should be a list of strings, a string or null";
      return false;
    }
    if (!values.empty()) gold->fields[std::string(spec.name)] = std::move(values);
  }
  for (const char* key : {"name_alts", "_available"}) {
    auto it = document.find(key);
    if (it == document.end()) continue;
    std::vector<std::string> values;
    if (!Strings(*it, &values)) {
      *error = std::string("\"") + key + "\" should be a list of strings";
      return false;
    }
    if (std::string_view(key) == "name_alts") gold->name_alts = std::move(values);
    else gold->available.insert(values.begin(), values.end());
  }
  return true;
}

bool ReadGoldFile(const GoldCase& gold_case, GoldDoc* gold, std::string* error) {
  std::ifstream in(gold_case.gold);
  if (!in) {
    *error = gold_case.gold.string() + ": cannot read";
    return false;
  }
  json document;
  try {
    document = json::parse(in);
  } catch (const json::exception& e) {
    *error = gold_case.gold.string() + ": " + e.what();
    return false;
  }
  if (!GoldFromJson(document, gold_case.id, gold, error)) {
    *error = gold_case.gold.string() + ": " + *error;
    return false;
  }
  return true;
}

}  // namespace cvparse::tools::eval
