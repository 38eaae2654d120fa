// Fuzz target: the date grammar (extract/dates.h) on arbitrary text.
//
//   "Jan 2019 – Present, 2021.9-2024.6"
//       ─DateParser::FindAll─▶ [0, 19) 2019-01..2026-11, [21, 33) 2021-09..2024-06
//
// Checked on every match of FindAll, and on what ParseExact returns for the
// whole input and for the text of each match:
//   * 0 <= begin < end <= text size; FindAll's matches are in order and do
//     not overlap;
//   * Iso() of each end is ^\d{4}(-\d{2}(-\d{2})?)?$ with a real month/day;
//   * a range has both ends (and a point only one), and a range that does
//     not end in a present word does not end in an earlier year than it
//     starts.
// Two reference months are used: 2026-11 and 1999 with no month (where a
// present date prints as a bare year). A violation aborts (fuzz_check.h).
//
// Built as a libFuzzer binary with -DCVPARSE_FUZZ=ON (tools/fuzz.sh) and, in
// every build, as dates_replay (replay_main.cc).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "cvparse/parse.h"
#include "extract/dates.h"
#include "fuzz_check.h"
#include "lexicon/lexicons.h"

namespace {

using cvparse::DateMatch;
using cvparse::PartialDate;

const cvparse::DateParser& TheDateParser() {
  static const cvparse::Parser* parser = [] {
    std::string error;
    auto created = cvparse::Parser::Create(&error);
    FUZZ_CHECK(created != nullptr, "Parser::Create: %s", error.c_str());
    return created.release();
  }();
  return parser->lexicons().dates();
}

void CheckDate(const PartialDate& date, std::string_view what) {
  std::string iso = date.Iso();
  FUZZ_CHECK(cvparse::fuzz::IsIsoDatePrefix(iso), "%.*s: Iso() \"%s\"",
             static_cast<int>(what.size()), what.data(), iso.c_str());
  FUZZ_CHECK(date.month >= 0 && date.month <= 12 && date.day >= 0 && date.day <= 31 &&
                 (date.day == 0 || date.month != 0),
             "%.*s: year %d month %d day %d", static_cast<int>(what.size()), what.data(),
             date.year, date.month, date.day);
}

void CheckMatch(const DateMatch& match, std::string_view text) {
  FUZZ_CHECK(match.begin < match.end && match.end <= text.size(), "match [%zu, %zu), text size %zu",
             match.begin, match.end, text.size());
  FUZZ_CHECK(!match.rule.empty(), "a match without a rule name");
  CheckDate(match.start, "start");
  FUZZ_CHECK(match.is_range == match.end_date.has_value(), "is_range %d but end_date %s",
             match.is_range, match.end_date ? "set" : "unset");
  if (match.end_date) {
    CheckDate(*match.end_date, "end");
    if (!match.end_date->present) {
      FUZZ_CHECK(match.start.year <= match.end_date->year, "range %s .. %s (rule %.*s)",
                 match.start.Iso().c_str(), match.end_date->Iso().c_str(),
                 static_cast<int>(match.rule.size()), match.rule.data());
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const cvparse::DateParser& dates = TheDateParser();
  for (cvparse::YearMonth as_of : {cvparse::YearMonth{2026, 11}, cvparse::YearMonth{1999, 0}}) {
    size_t previous_end = 0;
    for (const DateMatch& match : dates.FindAll(text, as_of)) {
      CheckMatch(match, text);
      FUZZ_CHECK(match.begin >= previous_end, "match at %zu overlaps the previous one ending at %zu",
                 match.begin, previous_end);
      previous_end = match.end;
      std::string_view matched = text.substr(match.begin, match.end - match.begin);
      if (auto exact = dates.ParseExact(matched, as_of)) CheckMatch(*exact, matched);
    }
    if (auto exact = dates.ParseExact(text, as_of)) CheckMatch(*exact, text);
  }
  return 0;
}
