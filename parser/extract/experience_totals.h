// Experience totals: months of professional experience and the gaps between positions.
//
//   work  Jan 2019 – Present (as of 2026-11)   =>  95 months
//   work  2013 – 2015                          =>  36 months (a year-only start is
//                                                  January, a year-only end December)
//   work  Feb 2017 – Mar 2021 and Jan 2020 – Jun 2022 (overlap)
//                                              =>  merged: Feb 2017 – Jun 2022, 65 months
//   work  Jan 2014 – May 2018, then Sep 2020 – Present
//                                              =>  gap {from 2018-06, to 2020-09, 27 months}
//
// Rules:
//   * A range counts from its first month to its last, both included. Days
//     are ignored ("2019-09-15" is September 2019). A single date (no end) is
//     not a range: 0 months. "Present" ends at the as-of month; a range that
//     ends after as_of is cut there; one that starts after it is left out.
//   * The total counts the entries that are positions: kind "work", and
//     kind "research" entries read as positions (a position and an
//     organisation, no project name). Projects, volunteer roles and career
//     breaks never count. Overlapping and touching ranges are merged first,
//     so concurrent jobs count once.
//   * A gap is a stretch of at least 3 months between two merged ranges of
//     positions: `from` is the month after the earlier range ended, `to` the
//     month the next one started, `months` the months in between (to - from).
//     Because year-only starts read as January and year-only ends as December,
//     a gap is never made longer than the text allows.
#ifndef CVPARSE_EXTRACT_EXPERIENCE_TOTALS_H_
#define CVPARSE_EXTRACT_EXPERIENCE_TOTALS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "cvparse/entities.h"
#include "extract/dates.h"

namespace cvparse {

// Months since year 0: year * 12 + (month - 1).
using MonthIndex = int;

struct MonthInterval {
  MonthIndex first = 0;  // inclusive
  MonthIndex last = 0;   // inclusive
};

// "2021", "2021-09", "2021-09-15" => a month index; `end` chooses December for
// a year alone (else January). nullopt for anything else.
std::optional<MonthIndex> ParseIsoMonth(std::string_view iso, bool end);

// The months a range covers (see the rules above); nullopt when it has no
// start, no end, or ends before it starts.
std::optional<MonthInterval> RangeMonths(const DateRange& range, YearMonth as_of);

// The inclusive month count of a range; 0 when RangeMonths gives nothing.
int CountMonths(const DateRange& range, YearMonth as_of);

// True for entries that count as professional experience.
bool CountsAsPosition(const Experience& item);

struct ExperienceTotals {
  int months = 0;
  std::vector<Gap> gaps;
};

// Merges the intervals and measures them. Gaps shorter than `min_gap_months` are not reported.
ExperienceTotals MeasureIntervals(std::vector<MonthInterval> intervals, int min_gap_months = 3);

// Fills entities->total_experience_months and entities->gaps from
// entities->experience.
void FillExperienceTotals(YearMonth as_of, Entities* entities);

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_EXPERIENCE_TOTALS_H_
