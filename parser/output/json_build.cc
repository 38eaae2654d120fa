#include "output/json_build.h"

namespace cvparse {

json DateRangeJson(const DateRange& d) {
  JsonObject dates(6);
  dates.SetIfNotEmpty("start", d.start);
  dates.SetIfNotEmpty("end", d.end);
  if (d.present) dates.Set("present", true);
  if (d.expected) dates.Set("expected", true);
  dates.SetIfNotEmpty("precision", d.precision);
  dates.Set("span", SpanJson(d.span_begin, d.span_end));
  return std::move(dates).Build();
}

}  // namespace cvparse
