// Tests for parser/output/json_build.h: the helpers that build the output tree.
#include "output/json_build.h"

#include <catch2/catch.hpp>

#include <vector>

namespace cvparse {
namespace {

TEST_CASE("JsonObject writes what operator[] writes, in the order set", "[json]") {
  json by_index = json::object();
  by_index["name"] = "Ada";
  by_index["span"] = json::array({3, 7});
  by_index["current"] = true;

  JsonObject built(2);  // one member more than the room reserved
  built.Set("name", "Ada");
  built.SetIfNotEmpty("empty", "");
  built.Set("span", SpanJson(3, 7));
  built.Set("current", true);
  CHECK(std::move(built).Build().dump() == by_index.dump());
  CHECK(by_index.dump() == R"({"name":"Ada","span":[3,7],"current":true})");
}

TEST_CASE("ArrayJson maps a list", "[json]") {
  std::vector<Span> spans = {{0, 4}, {5, 9}};
  CHECK(ArrayJson(spans, [](Span s) { return SpanJson(s); }).dump() == "[[0,4],[5,9]]");
  CHECK(ArrayJson(std::vector<Span>{}, [](Span s) { return SpanJson(s); }).dump() == "[]");
}

TEST_CASE("FreeShallowTree empties a tree and keeps its type", "[json]") {
  json tree = json::parse(R"({"a": [1, {"b": ["x", {"c": []}]}], "d": "text", "e": {}})");
  FreeShallowTree(tree);
  CHECK(tree == json::object());
  json list = json::parse(R"([[1, 2], {"k": "v"}, "s"])");
  FreeShallowTree(list);
  CHECK(list == json::array());
  json leaf = "text";
  FreeShallowTree(leaf);
  CHECK(leaf == "text");
}

}  // namespace
}  // namespace cvparse
