#include "term_index.h"

#include <algorithm>
#include <set>

#include "lexicon/tsv.h"

namespace cvparse::scoring {

namespace {

constexpr size_t kMaxLineBytes = 1u << 20;

bool EndsWithLetter(const std::string& s) {
  if (s.empty()) return false;
  char c = s.back();
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Sections where a context-only skill needs no further proof.
bool ListSection(const std::string& kind) {
  return kind == "skills" || kind == "certificates" || kind == "courses" || kind == "education";
}

// A line where a context-only skill is not running prose: a list ("a, b, c"),
// or a short line that is not a sentence (a heading, a position, a list item).
bool ListLike(std::string_view norm) {
  int separators = 0;
  for (char c : norm) separators += (c == ',' || c == '|' || c == ';' || c == '\t' || c == '/');
  if (separators >= 2) return true;
  return norm.size() <= 80 && !norm.empty() && norm.back() != '.';
}

// The position in `line.norm` that byte `raw` of the document maps to.
size_t NormOffset(const Line& line, uint32_t raw) {
  for (size_t i = 0; i < line.norm.size() && i < line.offsets.size(); ++i) {
    if (line.offsets[i] >= raw) return i;
  }
  return line.norm.size();
}

}  // namespace

TermIndex::TermIndex(const JobProfile& profile, const ScoringData& data) {
  for (const ProfileSkill& s : profile.required) AddItem(s, true, data);
  for (const ProfileSkill& s : profile.preferred) AddItem(s, false, data);
  matcher_.Compile();
}

void TermIndex::AddForm(const std::string& form, int id, bool case_sensitive) {
  if (form.empty() || form.size() > 200) return;
  matcher_.Add(form, id, case_sensitive);
  if (case_sensitive) return;
  if (form.size() >= 4 && EndsWithLetter(form) && form.back() != 's' && form.back() != 'S') {
    matcher_.Add(form + "s", id, false);
  }
  if (form.find(' ') != std::string::npos) {
    std::string hyphenated = form;
    std::replace(hyphenated.begin(), hyphenated.end(), ' ', '-');
    matcher_.Add(hyphenated, id, false);
  }
}

// Hit ids: item * 4 + kind.
constexpr int kTaxonomyForm = 0;
constexpr int kLiteralForm = 1;
constexpr int kContextForm = 2;

std::string TermIndex::AddName(const std::string& name, int index, const ScoringData& data, TermItem* item) {
  int skill = data.taxonomy().Lookup(name);
  if (skill < 0) {
    AddForm(name, index * 4 + kLiteralForm, false);
    return name;
  }
  const Skill& known = data.taxonomy().skill(skill);
  item->taxonomy_names.push_back(known.name);
  int kind = known.context_only ? kContextForm : kTaxonomyForm;
  for (const std::string& form : data.forms(skill)) AddForm(form, index * 4 + kind, known.case_sensitive);
  return known.name;
}

void TermIndex::AddItem(const ProfileSkill& skill, bool required, const ScoringData& data) {
  // One item per skill: a skill both required and preferred stays required.
  int known = data.taxonomy().Lookup(skill.name);
  std::string key = FoldCase(known >= 0 ? data.taxonomy().skill(known).name : skill.name);
  for (const TermItem& other : items_) {
    if (FoldCase(other.canonical.substr(0, other.canonical.find(" / "))) == key) return;
  }
  TermItem item;
  item.skill = skill;
  item.required = required;
  int index = static_cast<int>(items_.size());
  item.canonical = AddName(skill.name, index, data, &item);
  for (const std::string& alternative : skill.alternatives) {
    item.canonical += " / " + AddName(alternative, index, data, &item);
  }
  for (const std::string& synonym : skill.synonyms) AddForm(synonym, index * 4 + kLiteralForm, false);
  items_.push_back(std::move(item));
}

std::vector<TermHit> TermIndex::FindAll(const ResumeView& view) const {
  const Document& doc = view.doc();
  std::vector<TermHit> hits;
  std::set<uint32_t> starts;
  for (size_t i = 0; i < doc.lines.size(); ++i) {
    const Line& line = doc.lines[i];
    if (line.blank()) continue;
    std::string_view norm(line.norm);
    if (norm.size() > kMaxLineBytes) norm = norm.substr(0, kMaxLineBytes);
    std::vector<PhraseMatcher::Hit> found = matcher_.FindAll(norm);
    if (found.empty()) continue;
    int section = view.SectionOf(i);
    bool list_section = section >= 0 && ListSection(doc.sections[static_cast<size_t>(section)].kind);
    bool list_like = ListLike(norm);
    for (const PhraseMatcher::Hit& h : found) {
      size_t item = static_cast<size_t>(h.id / 4);
      if (item >= items_.size()) continue;
      // Context-only taxonomy forms in running text: left to the parser's mentions below.
      // A form of several words ("Epic EHR") is never ambiguous.
      bool multi_word = norm.substr(h.begin, h.end - h.begin).find(' ') != std::string_view::npos;
      if (h.id % 4 == kContextForm && !list_section && !list_like && !multi_word) continue;
      Span span = line.RawSpan(h.begin, h.end);
      if (!starts.insert(span.begin).second) continue;
      hits.push_back({item, i, span, h.begin, h.end});
    }
  }
  // What the parser's skills matcher found (with its context rules), for taxonomy items.
  for (const SkillMention& m : doc.entities.skill_mentions) {
    if (starts.count(m.span_begin) > 0) continue;
    for (size_t k = 0; k < items_.size(); ++k) {
      const std::vector<std::string>& names = items_[k].taxonomy_names;
      if (std::find(names.begin(), names.end(), m.name) == names.end()) continue;
      size_t line = view.LineOfOffset(m.span_begin);
      if (line >= doc.lines.size()) break;
      starts.insert(m.span_begin);
      const Line& where = doc.lines[line];
      hits.push_back({k, line, {m.span_begin, m.span_end}, NormOffset(where, m.span_begin),
                      NormOffset(where, m.span_end)});
      break;
    }
  }
  std::sort(hits.begin(), hits.end(), [](const TermHit& a, const TermHit& b) { return a.span.begin < b.span.begin; });
  return hits;
}

}  // namespace cvparse::scoring
