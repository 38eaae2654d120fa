#include "extract/experience_totals.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace cvparse {
namespace {

bool ReadNumber(std::string_view text, size_t pos, size_t digits, int* value) {
  if (pos + digits > text.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + digits; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    v = v * 10 + (text[i] - '0');
  }
  *value = v;
  return true;
}

std::string IsoMonth(MonthIndex index) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", (index / 12) % 10000, index % 12 + 1);
  return buf;
}

}  // namespace

std::optional<MonthIndex> ParseIsoMonth(std::string_view iso, bool end) {
  int year = 0, month = 0;
  if (!ReadNumber(iso, 0, 4, &year) || year < 1000) return std::nullopt;
  if (iso.size() == 4) return year * 12 + (end ? 11 : 0);
  if (iso.size() < 7 || iso[4] != '-' || !ReadNumber(iso, 5, 2, &month) || month < 1 || month > 12) {
    return std::nullopt;
  }
  return year * 12 + month - 1;
}

std::optional<MonthInterval> RangeMonths(const DateRange& range, YearMonth as_of) {
  std::optional<MonthIndex> first = ParseIsoMonth(range.start, false);
  if (!first || range.end.empty()) return std::nullopt;
  std::optional<MonthIndex> last = ParseIsoMonth(range.end, true);
  if (!last) return std::nullopt;
  if (as_of.year > 0) {
    MonthIndex now = as_of.year * 12 + (as_of.month > 0 ? as_of.month - 1 : 11);
    if (*first > now) return std::nullopt;
    last = std::min(*last, now);
  }
  if (*last < *first) return std::nullopt;
  return MonthInterval{*first, *last};
}

int CountMonths(const DateRange& range, YearMonth as_of) {
  std::optional<MonthInterval> interval = RangeMonths(range, as_of);
  return interval ? interval->last - interval->first + 1 : 0;
}

bool CountsAsPosition(const Experience& item) {
  if (item.kind == "work") return true;
  return item.kind == "research" && item.name.empty() && !item.position.empty() && !item.organization.empty();
}

ExperienceTotals MeasureIntervals(std::vector<MonthInterval> intervals, int min_gap_months) {
  ExperienceTotals totals;
  if (intervals.empty()) return totals;
  std::sort(intervals.begin(), intervals.end(),
            [](const MonthInterval& a, const MonthInterval& b) { return a.first < b.first; });
  std::vector<MonthInterval> merged;
  for (const MonthInterval& i : intervals) {
    if (!merged.empty() && i.first <= merged.back().last + 1) {
      merged.back().last = std::max(merged.back().last, i.last);
    } else {
      merged.push_back(i);
    }
  }
  for (size_t k = 0; k < merged.size(); ++k) {
    totals.months += merged[k].last - merged[k].first + 1;
    if (k == 0) continue;
    int gap = merged[k].first - (merged[k - 1].last + 1);
    if (gap >= min_gap_months) totals.gaps.push_back({IsoMonth(merged[k - 1].last + 1), IsoMonth(merged[k].first), gap});
  }
  return totals;
}

void FillExperienceTotals(YearMonth as_of, Entities* entities) {
  std::vector<MonthInterval> intervals;
  for (const Experience& item : entities->experience) {
    if (!CountsAsPosition(item) || !item.dates) continue;
    if (std::optional<MonthInterval> interval = RangeMonths(*item.dates, as_of)) intervals.push_back(*interval);
  }
  ExperienceTotals totals = MeasureIntervals(std::move(intervals));
  entities->total_experience_months = totals.months;
  entities->gaps = std::move(totals.gaps);
}

}  // namespace cvparse
