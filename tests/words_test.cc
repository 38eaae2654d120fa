// Tests for parser/text/words.h.
#include "text/words.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace cvparse {
namespace {

std::vector<std::string> Words(std::string_view text, std::string_view separators) {
  std::vector<std::string> out;
  ForEachUnbracketedWord(text, separators, [&](std::string_view word, size_t begin) {
    CHECK(text.substr(begin, word.size()) == word);  // begin is the word's offset
    out.emplace_back(word);
    return true;
  });
  return out;
}

TEST_CASE("ForEachUnbracketedWord: the words outside brackets", "[words]") {
  struct Row {
    std::string text;
    std::vector<std::string> words;
  };
  const std::vector<Row> rows = {
      {"Kyiv (remote from 2020)", {"Kyiv"}},
      {"Hartley Crane & Co. (Big-4 network member) Leeds", {"Hartley", "Crane", "&", "Co.", "Leeds"}},
      {"a [b c] d", {"a", "d"}},
      {"(a (b) c) d", {"d"}},               // brackets nest
      {"a) b", {"a)", "b"}},                // a stray closer opens nothing
      {"  a,,b ;c  ", {"a", "b", "c"}},     // runs of separators
      {"", {}},
      {"(unclosed note", {}},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(Words(row.text, " ,;") == row.words);
  }
}

TEST_CASE("ForEachUnbracketedWord: stops when the visitor says so", "[words]") {
  std::vector<std::string> seen;
  ForEachUnbracketedWord("one two three", " ", [&](std::string_view word, size_t) {
    seen.emplace_back(word);
    return word != "two";
  });
  CHECK(seen == std::vector<std::string>{"one", "two"});
}

}  // namespace
}  // namespace cvparse
