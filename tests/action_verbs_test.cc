// Tests for parser/layout/action_verbs.h: a line => does it open with an
// action verb (body text of a job), from the shipped action_verbs.tsv.
#include "layout/action_verbs.h"

#include <catch2/catch.hpp>

#include <string>

#include "shared_lexicons.h"

namespace cvparse {
namespace {

const ActionVerbs& Verbs() { return SharedLexicons().action_verbs(); }

struct Row {
  const char* line;
  bool opens;
};

TEST_CASE("ActionVerbs: lines that open with an action verb", "[action_verbs]") {
  const Row rows[] = {
      {"Analyzed test results and defect data", true},
      {"Manages a team of 12 engineers", true},
      {"Identified and fixed memory leaks", true},  // -ied
      {"Led a team of four", true},                  // irregular past
      {"Cut escaped defects by 40%", true},
      {"Programmed the PLC controllers", true},      // doubled consonant
      {"Responsible for the payroll of 300 staff", true},
      {"tested the release candidates", true},       // lower case
      {"Designed, built and ran the pipeline", true},
      // Negatives: titles and headers.
      {"Program Manager, Acme Corp", false},  // "program" only counts as "programmed"
      {"Test Lead, QA", false},
      {"Managing Director, Kestrel Ltd", false},  // no -ing forms
      {"Marketing Manager", false},
      {"Lead Data Analyst", false},
      {"Certified Public Accountant", false},
      {"Developed APIs", false},  // fewer than three words
      {"Senior Software Engineer", false},
      {"", false},
  };
  for (const Row& row : rows) {
    INFO(row.line);
    CHECK(Verbs().OpensLine(row.line) == row.opens);
  }
}

TEST_CASE("ActionVerbs: bad data is refused", "[action_verbs]") {
  std::string error;
  CHECK(ActionVerbs::Create("manage\tall\ndevelop\tsometimes\n", &error) == nullptr);
  CHECK(error == "action_verbs.tsv:2: unknown forms 'sometimes' (all, past or as-is)");
  CHECK(ActionVerbs::Create("manage\n", &error) == nullptr);
}

}  // namespace
}  // namespace cvparse
