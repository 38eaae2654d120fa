#include "output/json_education.h"

#include <cmath>

#include "extract/education.h"

namespace cvparse {
namespace {

using json = nlohmann::ordered_json;

json Span(uint32_t begin, uint32_t end) { return json::array({begin, end}); }

void SetIfNotEmpty(json& object, const char* key, const std::string& value) {
  if (!value.empty()) object[key] = value;
}

// 4 decimals are plenty for a grade and avoid "0.7099999999999999".
double Round4(double x) { return std::round(x * 10000.0) / 10000.0; }

json ResumeItem(const Education& e) {
  json item = json::object();
  SetIfNotEmpty(item, "institution", e.institution);
  SetIfNotEmpty(item, "area", e.area);
  SetIfNotEmpty(item, "studyType", e.degree);
  if (e.dates) {
    const DateRange& d = *e.dates;
    if (!d.end.empty()) {
      SetIfNotEmpty(item, "startDate", d.start);
      if (!d.present) item["endDate"] = d.end;
    } else {
      SetIfNotEmpty(item, "endDate", d.start);  // one date: the graduation
    }
  }
  if (e.grade) SetIfNotEmpty(item, "score", e.grade->raw);
  if (!e.courses.empty()) {
    json courses = json::array();
    for (const Course& c : e.courses) courses.push_back(CourseText(c));
    item["courses"] = std::move(courses);
  }
  return item;
}

json ExtItem(const Education& e) {
  json item = json::object();
  item["span"] = Span(e.span_begin, e.span_end);
  SetIfNotEmpty(item, "acronym", e.acronym);
  SetIfNotEmpty(item, "level", e.level);
  SetIfNotEmpty(item, "location", e.location);
  if (e.dates) {
    const DateRange& d = *e.dates;
    json dates = json::object();
    SetIfNotEmpty(dates, "start", d.start);
    SetIfNotEmpty(dates, "end", d.end);
    if (d.present) dates["present"] = true;
    if (d.expected) dates["expected"] = true;
    SetIfNotEmpty(dates, "precision", d.precision);
    dates["span"] = Span(d.span_begin, d.span_end);
    item["dates"] = std::move(dates);
    SetIfNotEmpty(item, "datesRule", d.rule);
    if (d.expected) item["expected"] = true;
  }
  if (e.grade) {
    const Grade& g = *e.grade;
    json grade = {{"raw", g.raw}, {"kind", g.kind}, {"value", Round4(g.value)}};
    if (g.scale > 0) grade["scale"] = Round4(g.scale);
    if (g.normalized >= 0) grade["normalized"] = Round4(g.normalized);
    if (g.scale_guessed) grade["scaleGuessed"] = true;
    grade["span"] = Span(g.span_begin, g.span_end);
    item["grade"] = std::move(grade);
  }
  if (e.rank) {
    const Rank& r = *e.rank;
    json rank = {{"raw", r.raw}};
    if (r.position > 0) rank["position"] = r.position;
    if (r.total > 0) rank["total"] = r.total;
    if (r.top_percent > 0) rank["topPercent"] = Round4(r.top_percent);
    item["rank"] = std::move(rank);
  }
  if (!e.courses.empty()) {
    json courses = json::array();
    for (const Course& c : e.courses) {
      json course = {{"name", c.name}};
      SetIfNotEmpty(course, "grade", c.grade);
      course["span"] = Span(c.span_begin, c.span_end);
      courses.push_back(std::move(course));
    }
    item["courses"] = std::move(courses);
  }
  if (!e.highlights.empty()) item["highlights"] = e.highlights;
  return item;
}

}  // namespace

void AppendEducationJson(const Document& doc, json* resume, json* ext) {
  const std::vector<Education>& education = doc.entities.education;
  if (education.empty()) return;
  json items = json::array();
  json ext_items = json::array();
  for (const Education& e : education) {
    items.push_back(ResumeItem(e));
    ext_items.push_back(ExtItem(e));
  }
  (*resume)["education"] = std::move(items);
  (*ext)["education"] = std::move(ext_items);
}

}  // namespace cvparse
