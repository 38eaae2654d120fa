// Building the nlohmann::ordered_json output tree without needless copies.
//
// An ordered_json object keeps its members in a std::vector of
// pair<const std::string, json>. That pair cannot be moved (its key is
// const), so each time the vector grows every member is deep-copied;
// operator[] also scans the keys before appending, and a braced list like
// {{"name", x}, {"span", y}} builds and copies a [key, value] array per
// member. The output code adds every key of an object once, so JsonObject
// appends members straight into a vector reserved up front. Members keep
// the order in which they are added: dump() writes the same text.
#ifndef CVPARSE_OUTPUT_JSON_BUILD_H_
#define CVPARSE_OUTPUT_JSON_BUILD_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "cvparse/document.h"

namespace cvparse {

using json = nlohmann::ordered_json;

// An object under construction. Each key must be set at most once.
class JsonObject {
 public:
  // capacity: the most members the object can get (more still work, slower).
  explicit JsonObject(size_t capacity) { members_.reserve(capacity); }

  template <typename Value>
  void Set(const char* key, Value&& value) {
    members_.emplace_back(key, std::forward<Value>(value));
  }
  void SetIfNotEmpty(const char* key, const std::string& value) {
    if (!value.empty()) Set(key, value);
  }

  json Build() && { return json(std::move(members_)); }

 private:
  json::object_t members_;
};

// An empty object with room for `capacity` members, for the objects that
// are filled with operator[] (see above: growing past it copies them all).
inline json EmptyObject(size_t capacity) { return JsonObject(capacity).Build(); }

// [begin, end]: a span, or a range of lines.
inline json SpanJson(size_t begin, size_t end) {
  json::array_t span;
  span.reserve(2);
  span.emplace_back(begin);
  span.emplace_back(end);
  return json(std::move(span));
}
inline json SpanJson(Span span) { return SpanJson(span.begin, span.end); }

// [item_json(x) for each x in list]
template <typename T, typename ItemJson>
json ArrayJson(const std::vector<T>& list, ItemJson item_json) {
  json::array_t out;
  out.reserve(list.size());
  for (const T& x : list) out.push_back(item_json(x));
  return json(std::move(out));
}

// Empties `tree` from the leaves up. ~basic_json moves every descendant
// through a heap stack so that deeply nested input cannot overflow the call
// stack; the output tree is a few levels deep, and a container that is
// already empty skips that work.
void FreeShallowTree(json& tree);

// x-cvparse's "dates": {"start": ..., "end": ..., "present": true,
// "expected": true, "precision": ..., "span": [b, e]} (empty fields left out).
json DateRangeJson(const DateRange& dates);

}  // namespace cvparse

#endif  // CVPARSE_OUTPUT_JSON_BUILD_H_
