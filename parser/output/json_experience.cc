#include "output/json_experience.h"

#include "extract/experience_totals.h"
#include "output/json_build.h"

namespace cvparse {
namespace {

void SetList(JsonObject& object, const char* key, const std::vector<std::string>& values) {
  if (!values.empty()) object.Set(key, values);
}

void SetDates(JsonObject& object, const Experience& item) {
  if (!item.dates) return;
  object.SetIfNotEmpty("startDate", item.dates->start);
  if (!item.current) object.SetIfNotEmpty("endDate", item.dates->end);
}

json WorkJson(const Experience& item) {
  JsonObject out(7);
  out.SetIfNotEmpty("name", item.organization);
  out.SetIfNotEmpty("position", item.position);
  out.SetIfNotEmpty("location", item.location);
  SetDates(out, item);
  out.SetIfNotEmpty("summary", item.summary);
  SetList(out, "highlights", item.highlights);
  return std::move(out).Build();
}

json ProjectJson(const Experience& item) {
  JsonObject out(9);
  const std::string& name = !item.name.empty()       ? item.name
                            : !item.position.empty() ? item.position
                                                     : item.organization;
  out.SetIfNotEmpty("name", name);
  out.SetIfNotEmpty("description", item.summary);
  SetList(out, "highlights", item.highlights);
  SetList(out, "keywords", item.keywords);
  SetDates(out, item);
  out.SetIfNotEmpty("entity", item.organization);
  out.Set("type", item.kind == "research" ? "research" : "project");
  if (!item.position.empty() && !item.name.empty()) out.Set("roles", json::array_t{item.position});
  return std::move(out).Build();
}

json VolunteerJson(const Experience& item) {
  JsonObject out(6);
  out.SetIfNotEmpty("organization", item.organization);
  out.SetIfNotEmpty("position", item.position);
  SetDates(out, item);
  out.SetIfNotEmpty("summary", item.summary);
  SetList(out, "highlights", item.highlights);
  return std::move(out).Build();
}

json PartJson(const LabelledPart& p) {
  JsonObject part(3);
  part.Set("label", p.label);
  part.Set("text", p.text);
  part.Set("span", SpanJson(p.span_begin, p.span_end));
  return std::move(part).Build();
}

json StatedJson(const StatedExperience& s) {
  JsonObject statement(4);
  statement.Set("text", s.text);
  statement.Set("years", s.years);
  statement.Set("atLeast", s.at_least);
  statement.Set("span", SpanJson(s.span_begin, s.span_end));
  return std::move(statement).Build();
}

json GapJson(const Gap& g) {
  JsonObject gap(3);
  gap.Set("from", g.from);
  gap.Set("to", g.to);
  gap.Set("months", g.months);
  return std::move(gap).Build();
}

json ExtJson(const Experience& item) {
  JsonObject out(13);
  out.Set("kind", item.kind);
  out.SetIfNotEmpty("organization", item.organization);
  out.SetIfNotEmpty("position", item.position);
  SetList(out, "roles", item.roles);
  out.SetIfNotEmpty("name", item.name);
  out.Set("span", SpanJson(item.span_begin, item.span_end));
  out.Set("current", item.current);
  out.Set("months", item.months);
  out.SetIfNotEmpty("location", item.location);
  SetList(out, "keywords", item.keywords);
  if (item.dates) {
    out.Set("dates", DateRangeJson(*item.dates));
    out.SetIfNotEmpty("datesRule", item.dates->rule);
  }
  if (!item.parts.empty()) out.Set("parts", ArrayJson(item.parts, PartJson));
  return std::move(out).Build();
}

void Append(json* resume, const char* key, json item) {
  if (!resume->contains(key) || !(*resume)[key].is_array()) (*resume)[key] = json::array();
  (*resume)[key].push_back(std::move(item));
}

}  // namespace

void AppendExperienceJson(const Document& doc, json* resume, json* ext) {
  const Entities& e = doc.entities;
  json::array_t items;
  items.reserve(e.experience.size());
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
    (*ext)["statedExperience"] = ArrayJson(e.stated_experience, StatedJson);
    // The same first statement under the key that résumé evaluations read
    // ("years_of_experience" in any top-level object; see the dotin README).
    (*ext)["years_of_experience"] = e.stated_experience.front().text;
  }
  if (!e.gaps.empty()) (*ext)["gaps"] = ArrayJson(e.gaps, GapJson);
}

}  // namespace cvparse
