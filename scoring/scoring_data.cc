#include "scoring_data.h"

#include <mutex>

#include "lexicon/tsv.h"

namespace cvparse::scoring {

namespace {

const char* const kRoles[] = {"required", "preferred", "duties", "about", "title", "location"};

}  // namespace

std::string HeadingKey(std::string_view text) {
  auto is_trim = [](char c) {
    return c == ' ' || c == '\t' || c == ':' || c == '.' || c == '-' || c == '*' || c == '#' ||
           c == '=' || c == '_' || c == '|' || c == '[' || c == ']' || c == '(' || c == ')';
  };
  while (!text.empty() && is_trim(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_trim(text.back())) text.remove_suffix(1);
  // Full-width colon.
  if (text.size() >= 3 && text.substr(text.size() - 3) == "\xEF\xBC\x9A") text.remove_suffix(3);
  std::string folded = FoldCase(text);
  // Curly apostrophes read as straight ones: "What you’ll do".
  std::string out;
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      i += 2;
    } else {
      out += folded[i];
    }
  }
  return out;
}

const ScoringData* ScoringData::Get(std::string* error) {
  static std::once_flag once;
  static std::unique_ptr<ScoringData> data;
  static std::string load_error;
  std::call_once(once, [&] {
    auto loaded = std::unique_ptr<ScoringData>(new ScoringData());
    if (loaded->Load(&load_error)) data = std::move(loaded);
  });
  if (!data && error) *error = load_error;
  return data.get();
}

bool ScoringData::Load(std::string* error) {
  skills_ = SkillsExtractor::Create(error);
  if (!skills_) return false;

  std::string text;
  if (!LoadLexiconFile("degrees.tsv", &text, error)) return false;
  degrees_ = DegreeLexicon::Create(text, error);
  if (!degrees_) return false;

  // Every form of each skill, from the rows the taxonomy was built from.
  if (!LoadLexiconFile("skills.tsv", &text, error)) return false;
  std::vector<TsvRow> rows;
  if (!ParseTsv(text, "skills.tsv", 1, &rows, error)) return false;
  std::unordered_map<int, const TsvRow*> by_line;
  for (const TsvRow& row : rows) by_line[row.line] = &row;
  const SkillTaxonomy& taxonomy = skills_->taxonomy();
  forms_.resize(taxonomy.size());
  for (size_t i = 0; i < taxonomy.size(); ++i) {
    const Skill& skill = taxonomy.skill(static_cast<int>(i));
    forms_[i].push_back(skill.name);
    if (skill.context_only) context_only_.insert(static_cast<int>(i));
    auto it = by_line.find(skill.line);
    if (it == by_line.end() || it->second->fields.size() < 3) continue;
    for (std::string_view alias : SplitAlternatives(it->second->fields[2])) {
      if (alias != skill.name) forms_[i].emplace_back(alias);
    }
  }

  std::string_view headings = EmbeddedFile("jd_headings.tsv");
  if (headings.empty()) {
    *error = "jd_headings.tsv: not embedded in this build";
    return false;
  }
  rows.clear();
  if (!ParseTsv(headings, "jd_headings.tsv", 2, &rows, error)) return false;
  for (const TsvRow& row : rows) {
    std::string_view role = row.fields[0];
    bool known = false;
    for (const char* r : kRoles) known = known || role == r;
    if (!known) {
      *error = "jd_headings.tsv:" + std::to_string(row.line) + ": unknown role '" + std::string(role) + "'";
      return false;
    }
    for (std::string_view heading : SplitAlternatives(row.fields[1])) {
      std::string key = HeadingKey(heading);
      auto [it, inserted] = headings_.emplace(key, std::string(role));
      if (!inserted && it->second != role) {
        *error = "jd_headings.tsv:" + std::to_string(row.line) + ": '" + std::string(heading) +
                 "' is already a " + it->second + " heading";
        return false;
      }
    }
  }
  return true;
}

const std::vector<std::string>& ScoringData::forms(int index) const {
  static const std::vector<std::string> kNone;
  if (index < 0 || static_cast<size_t>(index) >= forms_.size()) return kNone;
  return forms_[static_cast<size_t>(index)];
}

std::string_view ScoringData::HeadingRole(std::string_view text) const {
  if (text.size() > 80) return "";
  auto it = headings_.find(HeadingKey(text));
  return it == headings_.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace cvparse::scoring
