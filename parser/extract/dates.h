// Dates: finds and parses date points and ranges the way résumés write them.
//
//   "Software Engineer, Google  Jan 2019 – Present"  => [2019-01 .. present]
//   "2021.9- 2024.6"                                  => [2021-09 .. 2024-06]
//   "2018–19"                                         => [2018 .. 2019]
//   "Expected May 2025"                               => 2025-05, expected
//   "2021年9月至今"                                    => [2021-09 .. present]
//   "GPA 3.8/4.0", "+86 173-2603-1722", "ISO 9001"    => nothing
//
// The grammar is a table of named rules in dates.cc ("yyyy.m", "mon yyyy",
// "dd/mm/yyyy", ...), duckling style; the words (month names in 11 languages,
// "present", seasons, quarters, "expected", range words) come from two data
// files, parser/lexicons/months.tsv and parser/lexicons/date_words.tsv, whose
// text is handed to DateParser::Create. The module depends only on RE2 and the
// standard library.
//
// How text is read:
//   * Digits are ASCII; the caller's normaliser maps full-width digits. Raw
//     dashes (– — ‒ − ～ 〜 ...) are accepted as range separators anyway.
//   * Years are 4 digits in 1950..2100. Two-digit years appear only in
//     "Sep '21", "Sep-21", "Summer '20", "2018–19" and "8/07 - 12/09"; "'yy"
//     means 20yy when 20yy <= as_of.year + 10, otherwise 19yy. "m/yy" is read
//     only as both ends of a range or before a present word ("1/09 to
//     Present"): alone, "3/04" may be a fraction or a day.
//   * A match never starts or ends inside a word or number: "12021", "2021s",
//     "FY2021" and "CS2110" hold no date. A number glued to other digits by
//     punctuation ("173-2019-1722", "ISO 9001:2015", "1.2.2019") is a date only
//     as part of a longer match.
//   * A bare year right after an all-caps word of 2-6 letters ("CS 2050",
//     "ECE 2020") is not reported alone; it may still start a range
//     ("IBM 2019 - 2021").
//   * Numeric day/month order: "15/09/2019" is day-first because 15 > 12,
//     "09/15/2019" month-first because 15 > 12; when both are <= 12
//     ("03/04/2019") the date is read DAY-FIRST (3 April). There is no
//     prefer_month_first switch yet; a US-centric caller that needs one should
//     add it to Create rather than post-process. In a range both ends use one
//     reading: day-first if both ends are valid that way and start <= end,
//     else month-first under the same test, else each end on its own.
//   * "2011-12" with a plain unspaced '-' or '/' and a second part 01..12 is
//     December 2011 ("yyyy-mm"); "2011 - 12", "2011–12" and "2012-13" are
//     year ranges ("yyyy - yy").
//   * "Present" and the other present words resolve to the as_of month. Alone
//     they are a date only for ParseExact; FindAll reports them only as the
//     end of a range, so "my current role" holds no date.
//   * A range needs start <= end, compared at the coarser precision of its
//     two ends ("2019 - Jun 2019" is fine). A range ending in a present word
//     is always accepted. "Jan - Mar 2020" takes the start year from the end
//     (and "Nov - Feb 2020" starts in 2019).
#ifndef CVPARSE_EXTRACT_DATES_H_
#define CVPARSE_EXTRACT_DATES_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cvparse {

enum class DatePrecision { kYear, kSeason, kQuarter, kMonth, kDay };

struct PartialDate {
  int year = 0;   // 4-digit year
  int month = 0;  // 1-12, 0 when unknown. Seasons and quarters set a
                  // representative month: spring=3, summer=6, fall/autumn=9,
                  // winter=12; Q1=1, Q2=4, Q3=7, Q4=10.
  int day = 0;    // 1-31, 0 when unknown
  DatePrecision precision = DatePrecision::kYear;
  bool present = false;   // "Present", "now", "至今": year/month set from as_of
  bool expected = false;  // "Expected May 2025", "May 2025 (expected)"

  // "2021" (kYear), "2021-09" (kSeason, kQuarter, kMonth), "2021-09-15"
  // (kDay). A present date prints its as_of month ("2026-11"), or its year
  // alone when as_of.month was 0.
  std::string Iso() const;

  friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

struct YearMonth {
  int year = 0;
  int month = 0;  // 1-12, or 0 when only the year is known
};

struct DateMatch {
  size_t begin = 0, end = 0;  // byte offsets of the whole match in the text,
                              // including an "Expected"/"(expected)" marker
  PartialDate start;
  std::optional<PartialDate> end_date;  // set for ranges
  bool is_range = false;
  // The name of the rule that matched, e.g. "yyyy.m" or, for a range,
  // "yyyy.m - yyyy.m" / "mon yyyy - present" / "yyyy - yy". Points into the
  // DateParser, so it is valid as long as the parser lives.
  std::string_view rule;
};

class DateParser {
 public:
  // Builds the parser from the text of months.tsv and date_words.tsv and
  // compiles every pattern. On success returns the parser and leaves *error
  // untouched. On malformed data (wrong column count, a month outside 1-12, an
  // unknown kind, a form that names two different months, a pattern RE2
  // rejects) returns nullptr and sets *error to a message that starts with
  // "months.tsv:LINE: " or "date_words.tsv:LINE: " (LINE is 1-based; 0 when
  // the problem is the file as a whole, such as a month with no names).
  // `error` may be null.
  static std::unique_ptr<DateParser> Create(std::string_view months_tsv,
                                            std::string_view date_words_tsv,
                                            std::string* error);

  ~DateParser();
  DateParser(const DateParser&) = delete;
  DateParser& operator=(const DateParser&) = delete;

  // Every date and range in `text` (UTF-8), left to right, not overlapping.
  // Where candidates overlap the longest wins (a range beats its two points,
  // "15 Sep 2019" beats "Sep 2019"); on a tie the earlier one, then the rule
  // listed first. Present words alone and month names without a year are not
  // reported. Returns an empty vector when there is no date; never fails.
  // Thread-safe.
  std::vector<DateMatch> FindAll(std::string_view text, YearMonth as_of) const;

  // `text` must be exactly one date or range; spaces and punctuation around it
  // are allowed ("(2019 - Present)", "May 2018,"), anything else is not
  // ("Graduated May 2018" fails). Unlike FindAll, a present word alone
  // ("Present", "至今") is accepted. Returns nullopt when the text is not
  // exactly one date. Thread-safe.
  std::optional<DateMatch> ParseExact(std::string_view text,
                                      YearMonth as_of) const;

  // True when `word` alone is a month, season, quarter or present word
  // ("June", "Nov.", "Summer", "Present"), in any case. Thread-safe.
  bool IsDateWord(std::string_view word) const;

  // FindAll without the check that skips the rules a text cannot match (and
  // without the memory of texts read before). Slower; for tests that show
  // the check never skips a rule that would have matched.
  std::vector<DateMatch> FindAllUnfiltered(std::string_view text, YearMonth as_of) const;

  // The rules that name seasons, quarters or CJK months are compiled when a
  // text first needs them, not by Create. This compiles them now and returns
  // false, with *error set as Create would, when one does not compile; such a
  // rule then never matches. For tests, and for a program that checks a
  // lexicon of its own. Thread-safe.
  bool CheckDeferredRules(std::string* error) const;

  // FindAll and ParseExact remember the texts the calling thread read last,
  // since the extractors read each line several times. Parser::Parse calls
  // this at the start of each document, so that nothing is remembered from
  // one document to the next (a batch of similar résumés would otherwise be
  // read faster than any one of them).
  static void ForgetTexts();

 private:
  struct Impl;
  explicit DateParser(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_DATES_H_
