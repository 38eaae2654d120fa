#include "layout/action_verbs.h"

#include <vector>

#include "lexicon/tsv.h"

namespace cvparse {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// "identify", "apply": the y turns into "ie" before -s and -d.
bool EndsInConsonantY(const std::string& verb) {
  return verb.size() > 1 && verb.back() == 'y' && !IsVowel(verb[verb.size() - 2]);
}

// "analyze" => analyzed; "identify" => identified; "audit" => audited, auditted
// (the doubled form is harmless when wrong: no such word occurs).
void AddPast(const std::string& verb, std::unordered_set<std::string>* forms) {
  if (verb.ends_with("e")) {
    forms->insert(verb + "d");
  } else if (EndsInConsonantY(verb)) {
    forms->insert(verb.substr(0, verb.size() - 1) + "ied");
  } else {
    forms->insert(verb + "ed");
    forms->insert(verb + verb.back() + "ed");
  }
}

void AddPresent(const std::string& verb, std::unordered_set<std::string>* forms) {
  forms->insert(verb);
  if (EndsInConsonantY(verb)) {
    forms->insert(verb.substr(0, verb.size() - 1) + "ies");
  } else if (verb.ends_with("s") || verb.ends_with("x") || verb.ends_with("sh") || verb.ends_with("ch")) {
    forms->insert(verb + "es");
  } else {
    forms->insert(verb + "s");
  }
}

}  // namespace

std::unique_ptr<ActionVerbs> ActionVerbs::Create(std::string_view tsv, std::string* error) {
  std::vector<TsvRow> rows;
  if (!ParseTsv(tsv, "action_verbs.tsv", 2, &rows, error)) return nullptr;
  auto verbs = std::unique_ptr<ActionVerbs>(new ActionVerbs());
  for (const TsvRow& row : rows) {
    std::string verb = FoldCase(row.fields[0]);
    std::string_view form = row.fields[1];
    if (form == "all") {
      AddPresent(verb, &verbs->forms_);
      AddPast(verb, &verbs->forms_);
    } else if (form == "past") {
      AddPast(verb, &verbs->forms_);
    } else if (form == "as-is") {
      verbs->forms_.insert(verb);
    } else {
      *error = "action_verbs.tsv:" + std::to_string(row.line) + ": unknown forms '" + std::string(form) +
               "' (all, past or as-is)";
      return nullptr;
    }
  }
  return verbs;
}

bool ActionVerbs::OpensLine(std::string_view norm) const {
  std::string first;
  int words = 0;
  bool in_word = false;
  for (char c : norm) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
    if (words == 1 && !space) first.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  while (!first.empty() && (first.back() == ',' || first.back() == ':')) first.pop_back();
  return words >= 3 && forms_.count(first) > 0;
}

}  // namespace cvparse
