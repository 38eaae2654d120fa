#include "output/json_build.h"

namespace cvparse {

void FreeShallowTree(json& tree) {
  if (tree.is_array()) {
    json::array_t& items = tree.get_ref<json::array_t&>();
    for (json& item : items) {
      if (item.is_structured()) FreeShallowTree(item);
    }
    items.clear();
  } else if (tree.is_object()) {
    json::object_t& members = tree.get_ref<json::object_t&>();
    for (auto& member : members) {
      if (member.second.is_structured()) FreeShallowTree(member.second);
    }
    members.clear();
  }
}

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
