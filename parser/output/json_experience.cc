#include "output/json_experience.h"

#include "extract/experience_totals.h"

namespace cvparse {
namespace {

using json = nlohmann::ordered_json;

void SetIfNotEmpty(json& object, const char* key, const std::string& value) {
  if (!value.empty()) object[key] = value;
}

void SetList(json& object, const char* key, const std::vector<std::string>& values) {
  if (values.empty()) return;
  json list = json::array();
  for (const std::string& v : values) list.push_back(v);
  object[key] = std::move(list);
}

void SetDates(json& object, const Experience& item) {
  if (!item.dates) return;
  SetIfNotEmpty(object, "startDate", item.dates->start);
  if (!item.current) SetIfNotEmpty(object, "endDate", item.dates->end);
}

json Span(uint32_t begin, uint32_t end) { return json::array({begin, end}); }

json WorkJson(const Experience& item) {
  json out = json::object();
  SetIfNotEmpty(out, "name", item.organization);
  SetIfNotEmpty(out, "position", item.position);
  SetIfNotEmpty(out, "location", item.location);
  SetDates(out, item);
  SetIfNotEmpty(out, "summary", item.summary);
  SetList(out, "highlights", item.highlights);
  return out;
}

json ProjectJson(const Experience& item) {
  json out = json::object();
  std::string name = item.name;
  if (name.empty()) name = !item.position.empty() ? item.position : item.organization;
  SetIfNotEmpty(out, "name", name);
  SetIfNotEmpty(out, "description", item.summary);
  SetList(out, "highlights", item.highlights);
  SetList(out, "keywords", item.keywords);
  SetDates(out, item);
  SetIfNotEmpty(out, "entity", item.organization);
  out["type"] = item.kind == "research" ? "research" : "project";
  if (!item.position.empty() && !item.name.empty()) out["roles"] = json::array({item.position});
  return out;
}

json VolunteerJson(const Experience& item) {
  json out = json::object();
  SetIfNotEmpty(out, "organization", item.organization);
  SetIfNotEmpty(out, "position", item.position);
  SetDates(out, item);
  SetIfNotEmpty(out, "summary", item.summary);
  SetList(out, "highlights", item.highlights);
  return out;
}

json ExtJson(const Experience& item) {
  json out = json::object();
  out["kind"] = item.kind;
  SetIfNotEmpty(out, "organization", item.organization);
  SetIfNotEmpty(out, "position", item.position);
  SetIfNotEmpty(out, "name", item.name);
  out["span"] = Span(item.span_begin, item.span_end);
  out["current"] = item.current;
  out["months"] = item.months;
  SetIfNotEmpty(out, "location", item.location);
  SetList(out, "keywords", item.keywords);
  if (item.dates) {
    const DateRange& d = *item.dates;
    json dates = json::object();
    SetIfNotEmpty(dates, "start", d.start);
    SetIfNotEmpty(dates, "end", d.end);
    if (d.present) dates["present"] = true;
    if (d.expected) dates["expected"] = true;
    SetIfNotEmpty(dates, "precision", d.precision);
    dates["span"] = Span(d.span_begin, d.span_end);
    out["dates"] = std::move(dates);
    SetIfNotEmpty(out, "datesRule", d.rule);
  }
  if (!item.parts.empty()) {
    json parts = json::array();
    for (const LabelledPart& p : item.parts) {
      parts.push_back({{"label", p.label}, {"text", p.text}, {"span", Span(p.span_begin, p.span_end)}});
    }
    out["parts"] = std::move(parts);
  }
  return out;
}

void Append(json* resume, const char* key, json item) {
  if (!resume->contains(key) || !(*resume)[key].is_array()) (*resume)[key] = json::array();
  (*resume)[key].push_back(std::move(item));
}

}  // namespace

void AppendExperienceJson(const Document& doc, nlohmann::ordered_json* resume, nlohmann::ordered_json* ext) {
  const Entities& e = doc.entities;
  json items = json::array();
  for (const Experience& item : e.experience) {
    if (item.kind == "work" || (item.kind == "research" && CountsAsPosition(item))) {
      Append(resume, "work", WorkJson(item));
    } else if (item.kind == "research" || item.kind == "project") {
      Append(resume, "projects", ProjectJson(item));
    } else if (item.kind == "volunteer") {
      Append(resume, "volunteer", VolunteerJson(item));
    }
    items.push_back(ExtJson(item));
  }
  if (!items.empty()) (*ext)["experience"] = std::move(items);
  (*ext)["totalExperienceMonths"] = e.total_experience_months;
  if (!e.stated_experience.empty()) {
    json stated = json::array();
    for (const StatedExperience& s : e.stated_experience) {
      stated.push_back({{"text", s.text}, {"years", s.years}, {"atLeast", s.at_least}, {"span", json::array({s.span_begin, s.span_end})}});
    }
    (*ext)["statedExperience"] = std::move(stated);
    // The same first statement under the key that résumé evaluations read
    // ("years_of_experience" in any top-level object; see the dotin README).
    (*ext)["years_of_experience"] = e.stated_experience.front().text;
  }
  if (!e.gaps.empty()) {
    json gaps = json::array();
    for (const Gap& g : e.gaps) gaps.push_back({{"from", g.from}, {"to", g.to}, {"months", g.months}});
    (*ext)["gaps"] = std::move(gaps);
  }
}

}  // namespace cvparse
