// Tests for tools/cvparse/summary.h: the readable report of one résumé.
#include "tools/cvparse/summary.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "date_ranges.h"

namespace cvparse::tools {
namespace {

Experience Job(std::string position, std::string organization, std::optional<DateRange> dates,
               std::string kind = "work") {
  Experience e;
  e.kind = std::move(kind);
  e.position = std::move(position);
  e.organization = std::move(organization);
  e.dates = std::move(dates);
  return e;
}

struct Row {
  const char* what;
  Document doc;
  std::vector<std::string> lines;  // each must be a whole line of the summary
};

bool HasLine(const std::string& text, const std::string& line) {
  return ("\n" + text).find("\n" + line + "\n") != std::string::npos;
}

TEST_CASE("Summarize: one line per entity", "[summary]") {
  std::vector<Row> rows;
  {
    Document doc;
    Experience founder = Job("Founder and CEO", "Saltmarsh Bakery Co.", Range("2019-05", "2026-11", true));
    founder.location = "Halifax, NS";
    doc.entities.experience = {founder, Job("Barista", "", Range("2008", "2011")),
                               Job("", "", Range("2020", ""), "project")};
    doc.entities.experience.back().name = "Tiny Signals";
    doc.entities.total_experience_months = 263;
    rows.push_back({"jobs, present, a project by its name", doc,
                    {"  experience:   21 years 11 months of work (dated positions, overlaps merged)",
                     "    2019-05 to present  Founder and CEO, Saltmarsh Bakery Co. (Halifax, NS)",
                     "    2008 to 2011        Barista", "    2020                Tiny Signals  [project]"}});
  }
  {
    Document doc;
    doc.entities.experience = {Job("Analyst", "Acme", std::nullopt)};
    doc.entities.total_experience_months = 12;
    rows.push_back({"no dates; one year", doc,
                    {"  experience:   1 year of work (dated positions, overlaps merged)", "                        Analyst, Acme"}});
  }
  {
    Document doc;
    doc.entities.experience = {Job("Analyst", "Acme", std::nullopt)};
    rows.push_back({"no months counted", doc, {"  experience:"}});
  }
  {
    Document doc;
    Education ms;
    ms.degree = "M.E.";
    ms.area = "Computer Science";
    ms.institution = "UESTC";
    ms.dates = Range("2021-09", "2024-06");
    ms.grade = Grade{};
    ms.grade->raw = "GPA: 3.50/4.0";
    Education school;
    school.institution = "Arlington High School";
    Education hons;
    hons.degree = "BSc";
    hons.area = "Physics";
    hons.written = "BSc (Hons) Physics";
    doc.entities.education = {ms, school, hons};
    rows.push_back({"education", doc,
                    {"  education:", "    2021-09 to 2024-06  M.E. in Computer Science, UESTC (GPA: 3.50/4.0)",
                     "                        Arlington High School", "                        BSc (Hons) Physics"}});
  }
  {
    Document doc;
    for (int i = 1; i <= 14; ++i) doc.entities.skills.push_back({"S" + std::to_string(i), "", "", 1, 0, ""});
    doc.entities.languages = {{"English", "C1", false, 0, 0}, {"Polish", "", false, 0, 0}};
    doc.entities.test_scores = {{"IELTS", "7.5", {}, "English", 0, 0}, {"GRE", "", {}, "", 0, 0}};
    doc.entities.awards = {{"A1", "", "", "", 0, 0}, {"A2", "", "", "", 0, 0}, {"A3", "", "", "", 0, 0},
                           {"A4", "", "", "", 0, 0}};
    doc.entities.certificates = {{"PMP", "", "", 0, 0}};
    doc.entities.publications.resize(2);
    rows.push_back({"lists", doc,
                    {"  skills:       14: S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12 (+2 more)",
                     "  languages:    English (C1), Polish", "  tests:        IELTS 7.5, GRE",
                     "  awards:       A1, A2, A3 (+1 more)", "  certificates: PMP", "  publications: 2"}});
  }
  for (const Row& row : rows) {
    const std::string text = Summarize(row.doc, "cv.txt");
    INFO(row.what << "\n" << text);
    for (const std::string& line : row.lines) {
      INFO(line);
      CHECK(HasLine(text, line));
    }
  }
}

TEST_CASE("Summarize: nothing found prints no entity block", "[summary]") {
  Document doc;
  doc.encoding = "UTF-8";
  const std::string text = Summarize(doc, "empty.txt");
  CHECK(HasLine(text, "empty.txt  (UTF-8, 0 lines)"));
  CHECK(HasLine(text, "  name:         (not found)"));
  for (const char* label : {"experience:", "education:", "skills:", "languages:", "awards:"}) {
    INFO(label);
    CHECK(text.find(label) == std::string::npos);
  }
}

}  // namespace
}  // namespace cvparse::tools
