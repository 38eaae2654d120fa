#include "output/json_education.h"

#include <cmath>

#include "extract/education.h"
#include "output/json_build.h"

namespace cvparse {
namespace {

// 4 decimals are plenty for a grade and avoid "0.7099999999999999".
double Round4(double x) { return std::round(x * 10000.0) / 10000.0; }

json ResumeItem(const Education& e) {
  JsonObject item(7);
  item.SetIfNotEmpty("institution", e.institution);
  item.SetIfNotEmpty("area", e.area);
  item.SetIfNotEmpty("studyType", e.degree);
  if (e.dates) {
    const DateRange& d = *e.dates;
    if (!d.end.empty()) {
      item.SetIfNotEmpty("startDate", d.start);
      if (!d.present) item.Set("endDate", d.end);
    } else {
      item.SetIfNotEmpty("endDate", d.start);  // one date: the graduation
    }
  }
  if (e.grade) item.SetIfNotEmpty("score", e.grade->raw);
  if (!e.courses.empty()) item.Set("courses", ArrayJson(e.courses, CourseText));
  return std::move(item).Build();
}

json GradeJson(const Grade& g) {
  JsonObject grade(7);
  grade.Set("raw", g.raw);
  grade.Set("kind", g.kind);
  grade.Set("value", Round4(g.value));
  if (g.scale > 0) grade.Set("scale", Round4(g.scale));
  if (g.normalized >= 0) grade.Set("normalized", Round4(g.normalized));
  if (g.scale_guessed) grade.Set("scaleGuessed", true);
  grade.Set("span", SpanJson(g.span_begin, g.span_end));
  return std::move(grade).Build();
}

json RankJson(const Rank& r) {
  JsonObject rank(4);
  rank.Set("raw", r.raw);
  if (r.position > 0) rank.Set("position", r.position);
  if (r.total > 0) rank.Set("total", r.total);
  if (r.top_percent > 0) rank.Set("topPercent", Round4(r.top_percent));
  return std::move(rank).Build();
}

json CourseJson(const Course& c) {
  JsonObject course(3);
  course.Set("name", c.name);
  course.SetIfNotEmpty("grade", c.grade);
  course.Set("span", SpanJson(c.span_begin, c.span_end));
  return std::move(course).Build();
}

json ExtItem(const Education& e) {
  JsonObject item(12);
  item.Set("span", SpanJson(e.span_begin, e.span_end));
  item.SetIfNotEmpty("written", e.written);
  item.SetIfNotEmpty("acronym", e.acronym);
  item.SetIfNotEmpty("level", e.level);
  item.SetIfNotEmpty("location", e.location);
  if (e.dates) {
    item.Set("dates", DateRangeJson(*e.dates));
    item.SetIfNotEmpty("datesRule", e.dates->rule);
    if (e.dates->expected) item.Set("expected", true);
  }
  if (e.grade) item.Set("grade", GradeJson(*e.grade));
  if (e.rank) item.Set("rank", RankJson(*e.rank));
  if (!e.courses.empty()) item.Set("courses", ArrayJson(e.courses, CourseJson));
  if (!e.highlights.empty()) item.Set("highlights", e.highlights);
  return std::move(item).Build();
}

}  // namespace

void AppendEducationJson(const Document& doc, json* resume, json* ext) {
  const std::vector<Education>& education = doc.entities.education;
  if (education.empty()) return;
  (*resume)["education"] = ArrayJson(education, ResumeItem);
  (*ext)["education"] = ArrayJson(education, ExtItem);
}

}  // namespace cvparse
