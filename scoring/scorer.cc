// The score formula (documented in cvparse/score.h) applied to one document.
#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>

#include "cvparse/score.h"
#include "lexicon/tsv.h"
#include "regex/pattern.h"
#include "resume_view.h"
#include "scoring_data.h"
#include "term_index.h"
#include "title_match.h"

namespace cvparse {

using scoring::ResumeView;
using scoring::TermHit;
using scoring::TermItem;

namespace {

constexpr size_t kMaxEvidence = 4;
constexpr size_t kMaxHitsPerItem = 500;

struct Context {
  const char* name;
  double strength;
};

bool IsExperienceSection(const std::string& kind) {
  return kind == "work" || kind == "research" || kind == "projects" || kind == "volunteer" ||
         kind == "teaching" || kind == "activities";
}

Context SectionContext(const std::string& kind) {
  if (IsExperienceSection(kind)) return {"experience", 0.9};
  if (kind == "certificates") return {"certificate", 1.0};
  if (kind == "publications") return {"publication", 0.9};
  if (kind == "summary") return {"summary", 0.8};
  if (kind == "basics") return {"headline", 0.8};
  if (kind == "education") return {"education", 0.8};
  if (kind == "awards") return {"award", 0.7};
  if (kind == "courses") return {"course", 0.7};
  if (kind == "skills") return {"skills", 0.6};
  return {"other", 0.5};
}

// 1.0 within 2 years of as_of, then 0.05 less per year, at least 0.6; 0.9 undated.
double Recency(const scoring::ViewEntry& entry, int as_of_month) {
  if (entry.last_month < 0) return 0.9;
  double years = std::max(0, as_of_month - entry.last_month) / 12.0;
  if (years <= 2) return 1.0;
  return std::max(0.6, 1.0 - 0.05 * (years - 2));
}

double Round(double value, double unit) { return std::round(value / unit) * unit; }

std::string FormatYears(double years) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", years);
  return buffer;
}

// "Java (3 years)", "Python - 36 months", "Java- Exprience - 36 months" after
// a match, or "3+ years of Python" before it: months, or 0.
int NoteMonths(std::string_view norm, size_t begin, size_t end) {
  static const StaticPattern kAfter(
      R"(^[\s:,(\-]*(?:exp[a-z]*[\s:\-]*)?(\d{1,2}(?:\.\d)?)\s*\+?\s*(years?|yrs?|months?)\b)",
      Pattern::Options{true, false});
  static const StaticPattern kBefore(
      R"((\d{1,2}(?:\.\d)?)\s*\+?\s*(years?|yrs?)['’]?\s+(?:of\s+)?(?:(?:hands-on|professional|industry|commercial)\s+)?(?:experience\s+(?:in|with|using)\s+)?$)",
      Pattern::Options{true, false});
  Match m;
  if (end <= norm.size() && kAfter->Find(norm.substr(end, 48), 0, &m) && m.groups.size() >= 2) {
    std::string_view text = norm.substr(end, 48);
    double value = std::atof(std::string(m.groups[0].In(text)).c_str());
    bool months = m.groups[1].In(text).substr(0, 1) == "m" || m.groups[1].In(text).substr(0, 1) == "M";
    return static_cast<int>(months ? value : value * 12);
  }
  if (begin <= norm.size()) {
    size_t from = begin > 48 ? begin - 48 : 0;
    std::string_view text = norm.substr(from, begin - from);
    if (kBefore->Find(text, 0, &m) && !m.groups.empty()) {
      return static_cast<int>(std::atof(std::string(m.groups[0].In(text)).c_str()) * 12);
    }
  }
  return 0;
}

int MergedMonths(std::vector<std::pair<int, int>> ranges) {
  if (ranges.empty()) return 0;
  std::sort(ranges.begin(), ranges.end());
  int total = 0;
  int first = ranges[0].first, last = ranges[0].second;
  for (size_t i = 1; i < ranges.size(); ++i) {
    if (ranges[i].first <= last + 1) {
      last = std::max(last, ranges[i].second);
    } else {
      total += last - first + 1;
      first = ranges[i].first;
      last = ranges[i].second;
    }
  }
  return total + last - first + 1;
}

YearMonth ResolveAsOf(const ScoreOptions& options) {
  if (options.as_of_year > 0) return {options.as_of_year, options.as_of_month > 0 ? options.as_of_month : 12};
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1};
}

}  // namespace

struct Scorer::Impl {
  const scoring::ScoringData* data = nullptr;
  JobProfile profile;
  std::unique_ptr<scoring::TermIndex> terms;

  Evidence MakeEvidence(const ResumeView& view, size_t line, Span span, double* strength) const;
  void ScoreSkills(const ResumeView& view, const std::vector<TermHit>& hits, double req_points,
                   double pref_points, ScoreResult* result) const;
  void ScoreExperience(const ResumeView& view, double points, ScoreResult* result) const;
  void ScoreEducation(const ResumeView& view, double points, ScoreResult* result) const;
  void ScoreTitle(const ResumeView& view, const std::vector<scoring::TitleLine>& titles, double points,
                  ScoreResult* result) const;
  ScoreResult ScoreView(const Document& doc, YearMonth as_of) const;
};

Scorer::Scorer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Scorer::~Scorer() = default;

const JobProfile& Scorer::profile() const { return impl_->profile; }

// `parser` is unused since the scoring data stopped reading the parser's
// lexicons; it stays in the public signature, which callers already use.
std::unique_ptr<Scorer> Scorer::Create(const Parser& /*parser*/, const JobProfile& profile, std::string* error) {
  auto impl = std::make_unique<Impl>();
  impl->data = scoring::ScoringData::Get(error);
  if (!impl->data) return nullptr;
  impl->profile = profile;
  impl->terms = std::make_unique<scoring::TermIndex>(profile, *impl->data);
  return std::unique_ptr<Scorer>(new Scorer(std::move(impl)));
}

Evidence Scorer::Impl::MakeEvidence(const ResumeView& view, size_t line, Span span, double* strength) const {
  const Document& doc = view.doc();
  Evidence ev;
  ev.line = line + 1;
  ev.span = span;
  if (span.end <= doc.text.size() && span.begin <= span.end) ev.text = std::string(doc.Text(span));
  int s = view.SectionOf(line);
  Context context{"other", 0.5};
  if (s >= 0) {
    const Section& section = doc.sections[static_cast<size_t>(s)];
    ev.section = section.kind;
    ev.heading = section.heading;
    context = SectionContext(section.kind);
  }
  int e = view.EntryOf(line);
  if (e >= 0) {
    const scoring::ViewEntry& entry = view.entries()[static_cast<size_t>(e)];
    ev.entry = entry.title;
    ev.entry_end = entry.end_iso;
    context = {"experience", Recency(entry, view.as_of_month())};
  }
  ev.context = context.name;
  ev.strength = context.strength;
  *strength = context.strength;
  return ev;
}

void Scorer::Impl::ScoreSkills(const ResumeView& view, const std::vector<TermHit>& hits, double req_points,
                               double pref_points, ScoreResult* result) const {
  const std::vector<TermItem>& items = terms->items();
  const Document& doc = view.doc();
  double req_weight = 0, pref_weight = 0;
  for (const TermItem& item : items) (item.required ? req_weight : pref_weight) += item.skill.weight;

  // The first kMaxHitsPerItem hits of an item are plenty to find its best places.
  std::vector<std::vector<const TermHit*>> by_item(items.size());
  for (const TermHit& hit : hits) {
    if (hit.item < items.size() && by_item[hit.item].size() < kMaxHitsPerItem) by_item[hit.item].push_back(&hit);
  }
  for (size_t k = 0; k < items.size(); ++k) {
    const TermItem& item = items[k];
    ItemScore score;
    score.category = item.required ? "required" : "preferred";
    score.item = item.canonical;
    score.weight = item.skill.weight;
    score.required = item.required;
    double category_points = item.required ? req_points : pref_points;
    double category_weight = item.required ? req_weight : pref_weight;
    score.max_points = category_weight > 0 ? category_points * item.skill.weight / category_weight : 0;

    // The strongest evidence per place (an entry, else a section).
    std::map<long, std::pair<double, Evidence>> places;
    std::vector<std::pair<int, int>> ranges;
    int note_months = 0;
    for (const TermHit* hit : by_item[k]) {
      double strength = 0;
      Evidence ev = MakeEvidence(view, hit->line, hit->span, &strength);
      int entry = view.EntryOf(hit->line);
      int section = view.SectionOf(hit->line);
      long key = entry >= 0 ? entry : (section >= 0 ? 100000L + section : 200000L + static_cast<long>(hit->line));
      auto it = places.find(key);
      if (it == places.end() || it->second.first < strength) places[key] = {strength, std::move(ev)};
      if (entry >= 0) {
        const scoring::ViewEntry& e = view.entries()[static_cast<size_t>(entry)];
        if (e.first_month >= 0 && e.last_month >= e.first_month) ranges.push_back({e.first_month, e.last_month});
      }
      if (item.skill.min_years > 0 && hit->line < doc.lines.size()) {
        note_months = std::max(note_months, NoteMonths(doc.lines[hit->line].norm, hit->norm_begin, hit->norm_end));
      }
    }
    std::vector<std::pair<double, Evidence>> ranked;
    for (auto& [key, value] : places) ranked.push_back(std::move(value));
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    if (!ranked.empty()) {
      score.found = true;
      double best = ranked[0].first;
      double others = static_cast<double>(std::min<size_t>(2, ranked.size() - 1));
      score.credit = std::min(1.0, best + 0.1 * others);
      std::string context = ranked[0].second.context;
      if (context == "skills") {
        score.note = ranked.size() == 1 ? "skills list only" : "skills list, also mentioned elsewhere";
      } else if (context == "experience") {
        score.note = "used in " + std::string(ranked[0].second.entry.empty() ? "an experience section"
                                                                             : "\"" + ranked[0].second.entry + "\"");
      } else {
        score.note = "found in " + context;
      }
      if (item.skill.min_years > 0) {
        int months = std::max(MergedMonths(ranges), note_months);
        if (months < 12 * item.skill.min_years) {
          double factor = 0.5 + 0.5 * months / (12.0 * item.skill.min_years);
          score.credit *= factor;
          score.note += "; " + FormatYears(months / 12.0) + " of " + std::to_string(item.skill.min_years) +
                        " years";
          result->flags.push_back(item.canonical + ": " + FormatYears(months / 12.0) + " of " +
                                  std::to_string(item.skill.min_years) + " years asked");
        } else {
          score.note += "; " + FormatYears(months / 12.0) + " years";
        }
      }
      for (size_t i = 0; i < ranked.size() && i < kMaxEvidence; ++i) score.evidence.push_back(std::move(ranked[i].second));
    } else {
      score.note = item.required ? "missing (required)" : "missing";
      if (item.required) result->flags.push_back("missing required skill: " + item.canonical);
    }
    score.points = score.max_points * score.credit;
    result->items.push_back(std::move(score));
  }
}

void Scorer::Impl::ScoreExperience(const ResumeView& view, double points, ScoreResult* result) const {
  const ProfileExperience& asked = profile.experience;
  ItemScore score;
  score.category = "experience";
  score.item = std::to_string(asked.min_years) + "+ years of experience";
  score.required = asked.required;
  score.max_points = points;
  double dated = view.position_months() / 12.0;
  const scoring::StatedYears& stated = view.stated_years();
  double years = std::max(dated, stated.years);
  result->years = Round(years, 0.1);
  score.found = years > 0;
  score.credit = asked.min_years > 0 ? std::min(1.0, years / asked.min_years) : 1.0;
  if (stated.years > dated) {
    score.note = FormatYears(years) + " years, as stated";
    double strength = 0;
    score.evidence.push_back(MakeEvidence(view, stated.line, stated.span, &strength));
  } else {
    score.note = FormatYears(years) + " years of dated positions";
    const Document& doc = view.doc();
    for (const scoring::ViewEntry& e : view.entries()) {
      if (!e.position_entry || e.first_line >= doc.lines.size()) continue;
      double strength = 0;
      Evidence ev = MakeEvidence(view, e.first_line, doc.lines[e.first_line].span, &strength);
      ev.text = e.title;
      score.evidence.push_back(std::move(ev));
      if (score.evidence.size() >= kMaxEvidence) break;
    }
  }
  if (years < asked.min_years) {
    score.note += "; " + std::to_string(asked.min_years) + " asked";
    if (asked.required) {
      result->flags.push_back("experience: " + FormatYears(years) + " of " + std::to_string(asked.min_years) +
                              " years required");
    }
  }
  score.points = points * score.credit;
  result->items.push_back(std::move(score));
}

void Scorer::Impl::ScoreEducation(const ResumeView& view, double points, ScoreResult* result) const {
  const ProfileEducation& asked = profile.education;
  ItemScore score;
  score.category = "education";
  score.item = asked.level.empty() ? "" : asked.level;
  if (!asked.fields.empty()) {
    std::string fields;
    for (const std::string& f : asked.fields) fields += (fields.empty() ? "" : " or ") + f;
    score.item += (score.item.empty() ? "" : " in ") + fields;
  }
  score.required = asked.required && !asked.level.empty();
  score.max_points = points;
  int want = DegreeLevelRank(asked.level);
  const scoring::DegreeFact* best = nullptr;
  for (const scoring::DegreeFact& fact : view.degrees()) {
    if (!best || fact.rank > best->rank) best = &fact;
  }
  double level_credit = 0;
  if (best) {
    result->degree = best->level;
    if (want > 0) level_credit = best->rank >= want ? 1.0 : (best->rank == want - 1 ? 0.5 : 0.0);
  }
  double field_credit = 0;
  const scoring::DegreeFact* field_fact = nullptr;
  for (const std::string& field : asked.fields) {
    for (const scoring::DegreeFact& fact : view.degrees()) {
      double c = std::max(scoring::FieldCredit(field, fact.area), scoring::FieldCredit(field, fact.text));
      if (c > field_credit) {
        field_credit = c;
        field_fact = &fact;
      }
    }
  }
  if (want > 0 && !asked.fields.empty()) {
    score.credit = 0.7 * level_credit + 0.3 * field_credit;
  } else if (want > 0) {
    score.credit = level_credit;
  } else {
    score.credit = field_credit;
  }
  score.found = score.credit > 0;
  if (best) {
    score.note = best->level + (best->area.empty() ? "" : " in " + best->area);
    if (want > 0 && best->rank < want) score.note += "; " + asked.level + " asked";
    if (!asked.fields.empty() && field_credit == 0) score.note += "; field not matched";
    double strength = 0;
    score.evidence.push_back(MakeEvidence(view, best->line, best->span, &strength));
    score.evidence.back().text = best->text;
    if (field_fact && field_fact != best) {
      score.evidence.push_back(MakeEvidence(view, field_fact->line, field_fact->span, &strength));
      score.evidence.back().text = field_fact->text;
    }
  } else {
    score.note = "no degree found";
  }
  if (score.required && level_credit < 1.0) {
    result->flags.push_back("education: " + asked.level + " required, " +
                            (best ? best->level + " found" : std::string("no degree found")));
  }
  score.points = points * score.credit;
  result->items.push_back(std::move(score));
}

// When a résumé has no title lines (no headline, position or summary, as in
// text whose lines were flattened into one), a title keyword written anywhere
// still counts, at 0.6.
static std::vector<scoring::TitleLine> TitlesAnywhere(const ResumeView& view, const std::vector<std::string>& keywords) {
  std::vector<scoring::TitleLine> out;
  const Document& doc = view.doc();
  auto lower = [](std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (const std::string& keyword : keywords) {
    std::string want = lower(keyword);
    if (want.size() < 3) continue;
    for (size_t i = 0; i < doc.lines.size(); ++i) {
      const Line& line = doc.lines[i];
      if (line.norm.size() < want.size()) continue;
      std::string text = lower(line.norm);
      size_t at = 0;
      while ((at = text.find(want, at)) != std::string::npos) {
        size_t end = at + want.size();
        if ((at == 0 || !alnum(text[at - 1])) && (end >= text.size() || !alnum(text[end]))) break;
        at = end;
      }
      if (at == std::string::npos) continue;
      out.push_back({line.norm.substr(at, want.size()), i, line.RawSpan(at, at + want.size()), 0.6, "text"});
      break;
    }
  }
  return out;
}

void Scorer::Impl::ScoreTitle(const ResumeView& view, const std::vector<scoring::TitleLine>& titles, double points,
                              ScoreResult* result) const {
  ItemScore score;
  score.category = "title";
  score.item = profile.title_keywords.empty() ? profile.title : profile.title_keywords.front();
  score.max_points = points;
  const scoring::TitleLine* best_line = nullptr;
  for (const std::string& keyword : profile.title_keywords) {
    for (const scoring::TitleLine& line : titles) {
      double c = scoring::TitleCredit(keyword, line.text) * line.factor;
      if (c > score.credit) {
        score.credit = c;
        best_line = &line;
        score.item = keyword;
      }
    }
  }
  score.found = score.credit > 0;
  if (best_line) {
    score.note = best_line->where + ": \"" + best_line->text.substr(0, 80) + "\"";
    double strength = 0;
    score.evidence.push_back(MakeEvidence(view, best_line->line, best_line->span, &strength));
    score.evidence.back().text = best_line->text.substr(0, 160);
  } else {
    score.note = "no matching title";
  }
  score.points = points * score.credit;
  result->items.push_back(std::move(score));
}

ScoreResult Scorer::Impl::ScoreView(const Document& doc, YearMonth as_of) const {
  ScoreResult result;
  ResumeView view(doc, *data, as_of);
  const CategoryWeights& w = profile.weights;
  bool has_req = false, has_pref = false;
  for (const TermItem& item : terms->items()) (item.required ? has_req : has_pref) = true;
  bool has_exp = profile.experience.min_years > 0;
  bool has_edu = !profile.education.level.empty() || !profile.education.fields.empty();
  // A résumé that names no job title (no headline, position or summary line,
  // and no title keyword anywhere) is not marked down for it: the category
  // is left out.
  std::vector<scoring::TitleLine> anywhere;
  const std::vector<scoring::TitleLine>* titles = &view.titles();
  if (titles->empty() && !profile.title_keywords.empty()) {
    anywhere = TitlesAnywhere(view, profile.title_keywords);
    titles = &anywhere;
  }
  bool has_title = !profile.title_keywords.empty() && !titles->empty();
  double active = (has_req ? w.required : 0) + (has_pref ? w.preferred : 0) + (has_exp ? w.experience : 0) +
                  (has_edu ? w.education : 0) + (has_title ? w.title : 0);
  double scale = active > 0 ? 100.0 / active : 0;

  ScoreSkills(view, terms->FindAll(view), has_req ? w.required * scale : 0, has_pref ? w.preferred * scale : 0,
              &result);
  if (has_exp) ScoreExperience(view, w.experience * scale, &result);
  if (has_edu) ScoreEducation(view, w.education * scale, &result);
  if (has_title) {
    ScoreTitle(view, *titles, w.title * scale, &result);
  } else if (!profile.title_keywords.empty()) {
    ItemScore none;
    none.category = "title";
    none.item = profile.title_keywords.front();
    none.note = "the résumé names no job title; category left out";
    result.items.push_back(std::move(none));
  }

  // Category totals, in the formula's order.
  for (const char* name : {"required", "preferred", "experience", "education", "title"}) {
    CategoryScore category{name, 0, 0};
    bool any = false;
    for (const ItemScore& item : result.items) {
      if (item.category != name) continue;
      any = true;
      category.points += item.points;
      category.max_points += item.max_points;
    }
    if (any && category.max_points > 0) result.categories.push_back(category);
  }
  for (const CategoryScore& c : result.categories) result.raw += c.points;

  // The cap.
  double req_weight = 0, missing_weight = 0;
  bool missing = false;
  double degree_penalty = 0, experience_penalty = 0;
  for (const ItemScore& item : result.items) {
    if (item.category == "required") {
      req_weight += item.weight;
      if (!item.found) {
        missing_weight += item.weight;
        missing = true;
      }
    }
    if (item.category == "education" && item.required) {
      int want = DegreeLevelRank(profile.education.level);
      if (DegreeLevelRank(result.degree) < want) {
        degree_penalty = 10;
        missing = true;
      }
    }
    if (item.category == "experience" && item.required && item.credit < 1.0) {
      experience_penalty = 10 * (1 - item.credit);
      missing = true;
    }
  }
  if (missing) {
    double m = req_weight > 0 ? missing_weight / req_weight : 0;
    result.cap = std::min(89.0, 100 - 50 * m - degree_penalty - experience_penalty);
  }
  result.total = Round(std::clamp(std::min(result.raw, result.cap), 0.0, 100.0), 0.1);
  result.raw = Round(result.raw, 0.01);
  result.cap = Round(result.cap, 0.1);

  if (doc.contact.name) result.name = doc.contact.name->value;
  if (doc.contact.location) {
    result.location = doc.contact.location->raw;
    if (!profile.location.empty()) {
      std::string theirs = FoldCase(result.location);
      for (const std::string& word : scoring::Words(profile.location, true)) {
        if (word.size() >= 3 && theirs.find(word) != std::string::npos) result.location_match = true;
      }
    }
  }
  return result;
}

ScoreResult Scorer::Score(const Document& doc, const ScoreOptions& options) const {
  return impl_->ScoreView(doc, ResolveAsOf(options));
}

}  // namespace cvparse
