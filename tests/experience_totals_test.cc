// Tests for parser/extract/experience_totals.h: month counts, merged totals
// and gaps. The reference month is November 2026.
#include "extract/experience_totals.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "date_ranges.h"

namespace cvparse {
namespace {

constexpr YearMonth kAsOf{2026, 11};

// "2021-09" .. "present" as the date module writes it: the end holds the as-of month.
DateRange Present(std::string start) { return Range(std::move(start), "2026-11", true); }

struct MonthRow {
  DateRange range;
  int months;
};

TEST_CASE("CountMonths: one range", "[experience_totals]") {
  const std::vector<MonthRow> rows = {
      {Range("2022", "2023"), 24},             // year-only: Jan 2022 .. Dec 2023
      {Range("2023-08", "2023-10"), 3},        // inclusive
      {Range("2019-11", "2020-04"), 6},
      {Range("2019-01", "2019-01"), 1},
      {Range("2019", "2019-06"), 6},           // Jan .. Jun
      {Range("2019-06", "2020"), 19},          // Jun 2019 .. Dec 2020
      {Range("2019-09-15", "2021-06-30"), 22}, // days are ignored
      {Present("2022-01"), 59},                // Jan 2022 .. Nov 2026
      {Present("2021"), 71},
      {Range("2025-09", "2027-06"), 15},       // an end after as-of is cut at as-of
  };
  for (const MonthRow& row : rows) {
    INFO(row.range.start << " .. " << row.range.end);
    CHECK(CountMonths(row.range, kAsOf) == row.months);
  }
}

TEST_CASE("CountMonths: not a range", "[experience_totals]") {
  const std::vector<DateRange> none = {
      Range("2021", ""),            // a single date
      Range("", "2021"),            // no start
      Range("2021-05", "2020-01"),  // ends before it starts
      Range("2027-01", "2028-01"),  // starts after as-of
      Range("garbage", "2020"),
      Range("2020-13", "2021"),
  };
  for (const DateRange& r : none) {
    INFO(r.start << " .. " << r.end);
    CHECK(CountMonths(r, kAsOf) == 0);
  }
}

TEST_CASE("ParseIsoMonth", "[experience_totals]") {
  CHECK(ParseIsoMonth("2021", false) == 2021 * 12);
  CHECK(ParseIsoMonth("2021", true) == 2021 * 12 + 11);
  CHECK(ParseIsoMonth("2021-09", false) == 2021 * 12 + 8);
  CHECK(ParseIsoMonth("2021-09-15", true) == 2021 * 12 + 8);
  CHECK_FALSE(ParseIsoMonth("21-09", false));
  CHECK_FALSE(ParseIsoMonth("", false));
  CHECK_FALSE(ParseIsoMonth("2021-00", false));
}

struct TotalsRow {
  const char* what;
  std::vector<DateRange> ranges;
  int months;
  std::vector<Gap> gaps;
};

bool SameGaps(const std::vector<Gap>& a, const std::vector<Gap>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].from != b[i].from || a[i].to != b[i].to || a[i].months != b[i].months) return false;
  }
  return true;
}

std::string GapsText(const std::vector<Gap>& gaps) {
  std::string out;
  for (const Gap& g : gaps) out += g.from + ".." + g.to + "(" + std::to_string(g.months) + ") ";
  return out;
}

TEST_CASE("FillExperienceTotals: merged months and gaps", "[experience_totals]") {
  const std::vector<TotalsRow> rows = {
      {"one range", {Range("2019-01", "2019-12")}, 12, {}},
      {"two touching ranges", {Range("2019-01", "2019-12"), Range("2020-01", "2020-06")}, 18, {}},
      {"overlap counts once", {Range("2017-02", "2021-03"), Range("2020-01", "2022-06")}, 65, {}},
      {"nested range", {Range("2010", "2020"), Range("2012-03", "2013-04")}, 132, {}},
      {"present", {Present("2022-01")}, 59, {}},
      {"present overlapping a past job", {Present("2020-06"), Range("2019-01", "2020-12")}, 95, {}},
      {"two-month gap is not reported", {Range("2019-01", "2019-06"), Range("2019-09", "2019-12")}, 10, {}},
      {"three-month gap", {Range("2019-01", "2019-06"), Range("2019-10", "2019-12")}, 9,
       {{"2019-07", "2019-10", 3}}},
      {"career break (corpus/017)",
       {Present("2022-10"), Range("2020-09", "2022-09"), Range("2014-01", "2018-05"), Range("2011-08", "2013-12")},
       50 + 25 + 53 + 29,
       {{"2018-06", "2020-09", 27}}},
      {"order does not matter",
       {Range("2020-09", "2022-09"), Range("2014-01", "2018-05")},
       25 + 53,
       {{"2018-06", "2020-09", 27}}},
      {"year-only ends are December, starts January", {Range("2013", "2014"), Range("2015", "2017")}, 60, {}},
      {"year-only gap", {Range("2010", "2012"), Range("2015", "2016")}, 60, {{"2013-01", "2015-01", 24}}},
      {"two gaps", {Range("2010-01", "2010-12"), Range("2012-01", "2012-12"), Range("2014-01", "2014-06")}, 30,
       {{"2011-01", "2012-01", 12}, {"2013-01", "2014-01", 12}}},
      {"single dates are left out", {Range("2019", ""), Range("2020-01", "2020-03")}, 3, {}},
      {"future start is left out", {Range("2027-01", "2028-01"), Range("2020-01", "2020-03")}, 3, {}},
      {"nothing", {}, 0, {}},
      {"day precision", {Range("2019-09-15", "2021-06-30"), Range("2021-07-01", "2026-11")}, 87, {}},
  };
  for (const TotalsRow& row : rows) {
    INFO(row.what);
    Entities entities;
    for (const DateRange& r : row.ranges) {
      Experience e;
      e.kind = "work";
      e.dates = r;
      entities.experience.push_back(e);
    }
    FillExperienceTotals(kAsOf, &entities);
    CHECK(entities.total_experience_months == row.months);
    INFO("gaps: " << GapsText(entities.gaps));
    CHECK(SameGaps(entities.gaps, row.gaps));
  }
}

TEST_CASE("FillExperienceTotals: only positions count", "[experience_totals]") {
  Entities entities;
  auto add = [&](const char* kind, DateRange r, const char* name = "", const char* position = "",
                 const char* org = "") {
    Experience e;
    e.kind = kind;
    e.dates = r;
    e.name = name;
    e.position = position;
    e.organization = org;
    entities.experience.push_back(e);
  };
  add("work", Range("2020-01", "2020-12"));
  add("project", Range("2015-01", "2015-12"), "A demo system");
  add("volunteer", Range("2016-01", "2016-12"), "", "Volunteer Coordinator", "River Trust");
  add("break", Range("2021-01", "2021-12"), "", "Career break");
  add("research", Range("2017-01", "2017-12"), "A relevance relation framework");
  add("research", Range("2018-01", "2018-12"), "", "Research Scientist", "Voltaic Materials Inc.");
  FillExperienceTotals(kAsOf, &entities);
  CHECK(entities.total_experience_months == 24);  // the work year and the research position
  REQUIRE(entities.gaps.size() == 1);
  CHECK(entities.gaps[0].from == "2019-01");
  CHECK(entities.gaps[0].to == "2020-01");
  CHECK(entities.gaps[0].months == 12);

  CHECK(CountsAsPosition(entities.experience[0]));
  CHECK_FALSE(CountsAsPosition(entities.experience[1]));
  CHECK_FALSE(CountsAsPosition(entities.experience[2]));
  CHECK_FALSE(CountsAsPosition(entities.experience[3]));
  CHECK_FALSE(CountsAsPosition(entities.experience[4]));
  CHECK(CountsAsPosition(entities.experience[5]));
}

}  // namespace
}  // namespace cvparse
