// Dates: named rules over RE2, duckling style. See dates.h for what is read
// and how; this file holds the rule table and the glue that turns point
// matches into ranges. The words come from date_lexicon.h.
//
// How a search runs:
//   1. Every point rule (kPointRules, below) whose needs the text meets is
//      run over it (a rule naming {MON} over a copy with its month words
//      masked, month_words.h) and reports
//      every match at every start position. Each match is checked at its two
//      edges: a match inside a word or number is dropped; one glued to digits
//      by punctuation ("173-2019-1722") is kept but marked, so it can only be
//      the inner end of a range.
//   2. "Expected" before a point or "(expected)" after it widens the match.
//   3. Ranges are built from pairs of points joined by a separator ("-", "–",
//      "to", "至", ...), named "<start rule> - <end rule>". A start may lack
//      its year ("Jan - Mar 2020", "Sep 15 - Oct 3, 2019"). "2019/2020" joins
//      two bare years with '/'. One range rule is not two points: "yyyy - yy"
//      ("2018–19").
//   4. The longest non-overlapping candidates win (FindAll), or the one that
//      covers the whole text (ParseExact).
#include "extract/dates.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <iterator>
#include <map>
#include <mutex>
#include <set>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "extract/date_lexicon.h"
#include "extract/date_text.h"
#include "extract/month_words.h"
#include "extract/word_presence.h"
#include "lexicon/tsv.h"

namespace cvparse {
namespace {

using re2::RE2;
using re2::StringPiece;

constexpr int kMinYear = 1950;
constexpr int kMaxYear = 2100;

using namespace date_text;  // NOLINT: the character classes shared with month_words.cc

// Spaces and punctuation that may surround a date in ParseExact.
bool IsSpaceOrPunct(char32_t c) {
  if (c < 0x80) return !IsAsciiAlnum(c);
  return (c >= 0x80 && c <= 0xBF) || (c >= 0x2000 && c <= 0x206F) ||
         (c >= 0x2190 && c <= 0x21FF) || c == 0x2212 ||
         (c >= 0x2500 && c <= 0x25FF) || (c >= 0x3000 && c <= 0x303F) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF01 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
         (c >= 0xFF5B && c <= 0xFF65) || c == 0xFEFF;
}

// Punctuation that glues two numbers into one token: "173-2603", "9001:2015".
bool IsConnector(char32_t c) {
  return c == '-' || c == '.' || c == '/' || c == ':' || c == '~' ||
         c == '_' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

bool IsCurrencyOrNumberSign(char32_t c) {
  return c == '$' || c == '#' || c == 0xA3 || c == 0xA5 || c == 0x20AC ||
         c == 0x20B9 || c == 0x2116 || c == 0xFFE5;
}

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

// ---------------------------------------------------------------------------
// Regex building blocks. Placeholders in the rule patterns are replaced by
// these, or by alternations built from the lexicons.

// Horizontal white space, including no-break and ideographic spaces. Never a
// newline: a date does not span lines.
constexpr std::string_view kSp =
    R"([\t \x{00A0}\x{2000}-\x{200B}\x{202F}\x{205F}\x{3000}])";
// A dash (ASCII or Unicode, repeated: "--") or one tilde (~ ～ 〜).
constexpr std::string_view kDash =
    R"((?:[\-\x{2010}-\x{2015}\x{2212}\x{FE58}\x{FE63}\x{FF0D}]+|[~\x{301C}\x{FF5E}]))";
// An apostrophe before a two-digit year: ' ‘ ’ ′ `.
constexpr std::string_view kApos = R"(['\x{2018}\x{2019}\x{2032}`])";
// An ordinal suffix after a day: 1st 2nd 3rd 15th 1er 15.
constexpr std::string_view kOrd = R"((?:st|nd|rd|th|er|\.))";
// An alternation that never matches, for an empty word list.
constexpr std::string_view kNever = R"([^\x00-\x{10FFFF}])";

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  size_t pos = 0;
  while ((pos = s->find(from, pos)) != std::string::npos) {
    s->replace(pos, from.size(), to);
    pos += to.size();
  }
}

// One word or phrase as a regex: metacharacters quoted, inner spaces match
// any run of horizontal space.
std::string WordPattern(std::string_view form) {
  std::string out;
  std::vector<std::string_view> parts = Split(form, ' ');
  bool first = true;
  for (std::string_view part : parts) {
    if (part.empty()) continue;
    if (!first) out += std::string(kSp) + "+";
    out += RE2::QuoteMeta(StringPiece(part.data(), part.size()));
    first = false;
  }
  return out;
}

// A non-capturing alternation, longest form first so that "September" is
// preferred to "Sep" at the same position.
std::string Alternation(std::vector<std::pair<std::string, std::string>> forms_and_patterns) {
  if (forms_and_patterns.empty()) return std::string(kNever);
  std::stable_sort(forms_and_patterns.begin(), forms_and_patterns.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  std::string out = "(?:";
  std::set<std::string> seen;
  bool first = true;
  for (const auto& [form, pattern] : forms_and_patterns) {
    if (!seen.insert(pattern).second) continue;
    if (!first) out += '|';
    out += pattern;
    first = false;
  }
  out += ')';
  return out;
}

std::string WordAlternation(const std::vector<std::string>& forms) {
  std::vector<std::pair<std::string, std::string>> fp;
  for (const std::string& f : forms) fp.emplace_back(f, WordPattern(f));
  return Alternation(std::move(fp));
}

// Seasons and quarters: the month each starts in.
enum Season { kSpring, kSummer, kAutumn, kWinter };
constexpr int kSeasonMonth[] = {3, 6, 9, 12};
constexpr int kQuarterMonth[] = {0, 1, 4, 7, 10};

// ---------------------------------------------------------------------------
// Candidates and rules.

enum class Kind {
  kPoint,       // a date on its own
  kMonthOnly,   // "Jan": only the start of "Jan - Mar 2020"
  kMonthDay,    // "Sep 15": only the start of "Sep 15 - Oct 3, 2019"
  kPresent,     // "Present": a range end, or alone in ParseExact
  kPresentEnd,  // "date": only a range end
  kShortNumeric,  // "8/07": only an end of "8/07 - 12/09" or "1/09 to Present"
  kRange,
};

struct Candidate {
  size_t begin = 0, end = 0;
  PartialDate start;
  std::optional<PartialDate> end_date;
  std::string_view rule;
  Kind kind = Kind::kPoint;
  int order = 0;             // tie-break: lower wins
  bool left_ok = true;       // not glued to a number on the left
  bool right_ok = true;      // not glued to a number on the right
  bool caps_prefixed = false;  // bare year after "CS", "ISO": not alone
  // "03/04/2019": both readings, for ranges to agree on one.
  bool numeric_dm = false;
  int num_a = 0, num_b = 0;
  size_t len() const { return end - begin; }
};

struct Context;
using Groups = std::span<const std::string_view>;  // [0] = whole match, [i] = group i
// The most groups of a rule, the whole match included (checked in Create).
constexpr int kMaxGroups = 8;
using Producer = bool (*)(const Context&, const Groups&, Candidate*);

// What a text must hold for a rule to have a chance: checked once per text,
// so that the RE2 calls of the rules that cannot match are skipped (each call
// has a fixed cost; most lines match two or three of the 28 rules, and seven
// runs in eight used to find nothing). A rule table entry lists the
// characters one of which it needs (kNeedsDash | kNeedsDot: either); what is
// read off the pattern is needed as well: a digit for "\d" (FindAll reads
// only texts with one, but ParseExact also reads "Present" alone), four
// digits in a row for "\d{4}", an apostrophe for {APOS}, and a word of each
// list the pattern names ({MON}, {SEASON}, ...; see kRuleWordLists).
enum Needs : unsigned {
  kNeedsDigit = 0,           // nothing beyond what the pattern implies (its \d: kNeedsAnyDigit)
  kNeedsDash = 1u << 0,      // '-'
  kNeedsDot = 1u << 1,       // '.'
  kNeedsSlash = 1u << 2,     // '/'
  kNeedsCjkYear = 1u << 3,   // 年 or 년
  kNeedsYear4 = 1u << 4,     // four ASCII digits in a row
  kNeedsApos = 1u << 5,      // ' ‘ ’ ′ or `
  kNeedsYearSep = 1u << 6,   // four digits then '-', '.' or '/': "2019-"
  kNeedsSepYear = 1u << 7,   // '-', '.' or '/' then four digits: "/2019"
  kNeedsAnyDigit = 1u << 8,  // an ASCII digit, for a pattern with \d (RE2's \d is [0-9])
  kNeedsWordList = 1u << 9,  // the first of the kRuleWordLists bits
};

struct CollectedCandidates {
  std::vector<Candidate> points, ranges;
};

struct PointRuleDef {
  std::string_view name;
  Kind kind;
  std::string_view pattern;
  Producer produce;
  unsigned needs_any = kNeedsDigit;  // one of the Needs bits, or any of several (kNeedsDash | kNeedsDot)
  unsigned needs_all = kNeedsDigit;  // all of these bits
};

// A space that {SP} matches: keep in step with kSp.
bool IsRuleSpace(char32_t c) {
  return c == '\t' || c == ' ' || c == 0x00A0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

// The key under which a month, season or quarter word is looked up: case
// folded, each run of spaces one ' ', without a final '.' ("Sept." and
// "sept" give "sept").
std::string WordKey(std::string_view word) {
  const std::string folded = FoldCase(word);
  std::string key;
  for (size_t i = 0; i < folded.size();) {
    CodePoint c = DecodeAt(folded, i);
    if (IsRuleSpace(c.cp)) {
      if (!key.empty() && key.back() != ' ') key.push_back(' ');
    } else {
      key.append(folded, i, c.len);
    }
    i += c.len;
  }
  if (!key.empty() && key.back() == '.') key.pop_back();
  return key;
}

// Identifies which month, season or quarter a word names. The words come
// from the rules' {MON}, {SEASON} and {QUARTER} groups, so they are known
// forms; a lookup is enough (no regex).
struct WordMatchers {
  std::unordered_map<std::string, int> month_by_key, season_month_by_key, quarter_month_by_key;

  static int Find(const std::unordered_map<std::string, int>& map, std::string_view s) {
    auto it = map.find(WordKey(s));
    return it == map.end() ? 0 : it->second;
  }
  int MonthOf(std::string_view s) const { return Find(month_by_key, s); }
  int SeasonMonthOf(std::string_view s) const { return Find(season_month_by_key, s); }
  int QuarterMonthOf(std::string_view s) const { return Find(quarter_month_by_key, s); }
};

struct Context {
  const WordMatchers& words;
  YearMonth as_of;
};

// Why a compiled rule cannot be used, or "" when it can.
std::string RuleProblem(const RE2& re) {
  if (!re.ok()) {
    return "does not compile: " + re.error() + " (at '" + re.error_arg() +
           "'); check the words in months.tsv/date_words.tsv";
  }
  if (re.NumberOfCapturingGroups() + 1 > kMaxGroups) return "has more groups than kMaxGroups";
  return "";
}

}  // namespace

struct DateParser::Impl {
  // A rule's RE2 compiled on first use, by whichever thread needs it first.
  struct DeferredRegex {
    std::string pattern;  // placeholders expanded
    RE2::Options options;
    std::once_flag once;
    std::unique_ptr<RE2> re;
  };
  struct CompiledRule {
    std::string_view name;
    Kind kind;
    Producer produce;
    std::unique_ptr<RE2> re;                  // compiled in Create, or null when deferred
    std::unique_ptr<DeferredRegex> deferred;  // set when `re` is null
    unsigned needs_any;  // Needs bits: run only on texts that have one of them (any text, for 0)
    unsigned needs_all;  // ... and all of these
    bool on_masked;      // names {MON}: runs on the text with its month words masked

    const RE2& Regex() const {
      if (re) return *re;
      std::call_once(deferred->once, [d = deferred.get()] {
        d->re = std::make_unique<RE2>(d->pattern, d->options);
      });
      return *deferred->re;
    }
  };
  std::vector<CompiledRule> rules;
  std::unique_ptr<RE2> yy_range;     // "yyyy - yy"
  std::unique_ptr<RE2> sep;          // between two ends of a range
  std::unique_ptr<RE2> slash_sep;    // "2019/2020"
  std::unique_ptr<RE2> exp_prefix;   // "Expected " before a date (matched at the end of a window)
  std::unique_ptr<RE2> exp_suffix;   // " (expected)" after a date
  // Month, season, quarter, present and expected words that can be written
  // without a '.', in ASCII lower case: the words CapsPrefixed must not count.
  std::unordered_set<std::string> bare_date_words;
  // Which of the kRuleWordLists other than {MON} may have a word in a text
  // (bit i: list i).
  WordPresence rule_words;
  MonthWords month_words;
  WordMatchers words;
  std::set<std::string, std::less<>> range_names;

  std::string_view RangeName(std::string_view a, std::string_view b) const {
    std::string key = std::string(a) + " - " + std::string(b);
    auto it = range_names.find(key);
    return it == range_names.end() ? std::string_view("range") : std::string_view(*it);
  }

  unsigned NeedsMet(std::string_view text, bool has_month_words) const;
  // With `filter`, skips the rules whose NeedsMet bits the text lacks.
  void CollectPoints(std::string_view text, YearMonth as_of, bool filter,
                     std::vector<Candidate>* out) const;
  CollectedCandidates CollectFresh(std::string_view text, YearMonth as_of, bool filter) const;
  // The points and ranges of a text (CollectPoints, ExtendExpected and
  // CollectRanges), remembered per thread for the current document. The
  // reference stays valid until this thread's next Collect or ForgetTexts.
  const CollectedCandidates& Collect(std::string_view text, YearMonth as_of) const;
  void ExtendExpected(std::string_view text, std::vector<Candidate>* points) const;
  void CollectRanges(std::string_view text, const std::vector<Candidate>& points,
                     std::vector<Candidate>* out) const;
  bool CapsPrefixed(std::string_view text, size_t begin) const;
};

namespace {

bool Year4(std::string_view s, int* y) {
  if (s.size() != 4) return false;
  *y = ParseSmallInt(s);
  return *y >= kMinYear && *y <= kMaxYear;
}

// "'21" -> 2021, "'99" -> 1999: 20yy unless that is more than ten years after
// as_of (or after 2050 when as_of.year is unknown).
bool Year2(std::string_view s, YearMonth as_of, int* y) {
  int yy = ParseSmallInt(s);
  if (s.size() != 2 || yy < 0) return false;
  int pivot = as_of.year > 0 ? as_of.year + 10 : 2050;
  *y = 2000 + yy > pivot ? 1900 + yy : 2000 + yy;
  return *y >= kMinYear && *y <= kMaxYear;
}

bool SetMonth(Candidate* c, int y, int m, DatePrecision p = DatePrecision::kMonth) {
  if (m < 1 || m > 12) return false;
  c->start.year = y;
  c->start.month = m;
  c->start.precision = p;
  return true;
}

bool SetDay(Candidate* c, int y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return false;
  c->start.year = y;
  c->start.month = m;
  c->start.day = d;
  c->start.precision = DatePrecision::kDay;
  return true;
}

// --- producers -------------------------------------------------------------

// (yyyy)(sep)(m)(sep)(d), both separators the same.
bool ProduceYmdSep(const Context&, const Groups& g, Candidate* c) {
  int y;
  if (g[2] != g[4] || !Year4(g[1], &y)) return false;
  return SetDay(c, y, ParseSmallInt(g[3]), ParseSmallInt(g[5]));
}

// (yyyy)(m)(d)
bool ProduceYmd(const Context&, const Groups& g, Candidate* c) {
  int y;
  return Year4(g[1], &y) && SetDay(c, y, ParseSmallInt(g[2]), ParseSmallInt(g[3]));
}

// Reads a/b/yyyy day-first or month-first; false when that reading is invalid.
bool ReadNumericDm(int a, int b, int y, bool month_first, PartialDate* out) {
  int d = month_first ? b : a, m = month_first ? a : b;
  if (m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return false;
  *out = PartialDate{y, m, d, DatePrecision::kDay, false, false};
  return true;
}

// (a)(sep)(b)(sep)(yyyy): day-first unless only month-first is valid.
bool ProduceDmyNumeric(const Context&, const Groups& g, Candidate* c) {
  int y;
  if (g[2] != g[4] || !Year4(g[5], &y)) return false;
  c->numeric_dm = true;
  c->num_a = ParseSmallInt(g[1]);
  c->num_b = ParseSmallInt(g[3]);
  if (ReadNumericDm(c->num_a, c->num_b, y, false, &c->start)) {
    c->rule = "dd/mm/yyyy";
    return true;
  }
  if (ReadNumericDm(c->num_a, c->num_b, y, true, &c->start)) {
    c->rule = "mm/dd/yyyy";
    return true;
  }
  return false;
}

// (d)(mon)(yyyy)
bool ProduceDayMonYear(const Context& ctx, const Groups& g, Candidate* c) {
  int y;
  return Year4(g[3], &y) && SetDay(c, y, ctx.words.MonthOf(g[2]), ParseSmallInt(g[1]));
}

// (mon)(d)(yyyy)
bool ProduceMonDayYear(const Context& ctx, const Groups& g, Candidate* c) {
  int y;
  return Year4(g[3], &y) && SetDay(c, y, ctx.words.MonthOf(g[1]), ParseSmallInt(g[2]));
}

// (mon)(yyyy)
bool ProduceMonYear(const Context& ctx, const Groups& g, Candidate* c) {
  int y;
  return Year4(g[2], &y) && SetMonth(c, y, ctx.words.MonthOf(g[1]));
}

// (mon)(yy)
bool ProduceMonYy(const Context& ctx, const Groups& g, Candidate* c) {
  int y;
  return Year2(g[2], ctx.as_of, &y) && SetMonth(c, y, ctx.words.MonthOf(g[1]));
}

// (m)(yy): "8/07" is August 2007.
bool ProduceNumMonthYy(const Context& ctx, const Groups& g, Candidate* c) {
  int y;
  return Year2(g[2], ctx.as_of, &y) && SetMonth(c, y, ParseSmallInt(g[1]));
}

// (yyyy)(m)
bool ProduceYearNumMonth(const Context&, const Groups& g, Candidate* c) {
  int y;
  return Year4(g[1], &y) && SetMonth(c, y, ParseSmallInt(g[2]));
}

// (yyyy)(mon)
bool ProduceYearMon(const Context& ctx, const Groups& g, Candidate* c) {
  int y;
  return Year4(g[1], &y) && SetMonth(c, y, ctx.words.MonthOf(g[2]));
}

// (m)(yyyy)
bool ProduceNumMonthYear(const Context&, const Groups& g, Candidate* c) {
  int y;
  return Year4(g[2], &y) && SetMonth(c, y, ParseSmallInt(g[1]));
}

// (season)(yyyy)
bool ProduceSeasonYear(const Context& ctx, const Groups& g, Candidate* c) {
  int y;
  return Year4(g[2], &y) && SetMonth(c, y, ctx.words.SeasonMonthOf(g[1]), DatePrecision::kSeason);
}

// (season)(yy)
bool ProduceSeasonYy(const Context& ctx, const Groups& g, Candidate* c) {
  int y;
  return Year2(g[2], ctx.as_of, &y) &&
         SetMonth(c, y, ctx.words.SeasonMonthOf(g[1]), DatePrecision::kSeason);
}

// (yyyy)(season)
bool ProduceYearSeason(const Context& ctx, const Groups& g, Candidate* c) {
  int y;
  return Year4(g[1], &y) && SetMonth(c, y, ctx.words.SeasonMonthOf(g[2]), DatePrecision::kSeason);
}

// (quarter)(yyyy)
bool ProduceQuarterYear(const Context& ctx, const Groups& g, Candidate* c) {
  int y;
  return Year4(g[2], &y) &&
         SetMonth(c, y, ctx.words.QuarterMonthOf(g[1]), DatePrecision::kQuarter);
}

// (yyyy)(quarter)
bool ProduceYearQuarter(const Context& ctx, const Groups& g, Candidate* c) {
  int y;
  return Year4(g[1], &y) &&
         SetMonth(c, y, ctx.words.QuarterMonthOf(g[2]), DatePrecision::kQuarter);
}

// (yyyy)
bool ProduceYear(const Context&, const Groups& g, Candidate* c) {
  int y;
  if (!Year4(g[1], &y)) return false;
  c->start.year = y;
  c->start.precision = DatePrecision::kYear;
  return true;
}

PartialDate PresentDate(YearMonth as_of) {
  PartialDate d;
  d.year = as_of.year;
  d.month = as_of.month >= 1 && as_of.month <= 12 ? as_of.month : 0;
  d.precision = d.month != 0 ? DatePrecision::kMonth : DatePrecision::kYear;
  d.present = true;
  return d;
}

bool ProducePresent(const Context& ctx, const Groups&, Candidate* c) {
  c->start = PresentDate(ctx.as_of);
  return true;
}

// (mon)
bool ProduceMonthOnly(const Context& ctx, const Groups& g, Candidate* c) {
  c->start.month = ctx.words.MonthOf(g[1]);
  c->start.precision = DatePrecision::kMonth;
  return c->start.month != 0;
}

// (mon)(d), (d)(mon): the year comes from the end of the range. The day is
// checked against that year in CollectRanges.
bool ProduceMonthDay(const Context& ctx, const Groups& g, Candidate* c) {
  c->start.month = ctx.words.MonthOf(g[1]);
  c->start.day = ParseSmallInt(g[2]);
  c->start.precision = DatePrecision::kDay;
  return c->start.month != 0 && c->start.day >= 1 && c->start.day <= 31;
}
bool ProduceDayMonth(const Context& ctx, const Groups& g, Candidate* c) {
  c->start.month = ctx.words.MonthOf(g[2]);
  c->start.day = ParseSmallInt(g[1]);
  c->start.precision = DatePrecision::kDay;
  return c->start.month != 0 && c->start.day >= 1 && c->start.day <= 31;
}

// The point rules, in priority order (an earlier rule wins a tie in length).
// Placeholders: {SP} horizontal space, {APOS} apostrophe, {ORD} ordinal
// suffix, {MON} a month name (a word MonthWords finds; these rules run on the
// text with those words masked, see month_words.h), {CJKMON} a CJK month ("九月", "9月", "9월"),
// {SEASON}, {SSUFFIX} ("semester"), {QUARTER}, {PRESENT}, {PRESENT_END}.
// Every {...} word placeholder is non-capturing; the producers' group numbers
// count the explicit parentheses only.
const PointRuleDef kPointRules[] = {
    {"yyyy-mm-dd", Kind::kPoint, R"((\d{4})([\-./])(\d{1,2})([\-./])(\d{1,2}))", ProduceYmdSep,
     kNeedsDash | kNeedsDot | kNeedsSlash, kNeedsYearSep},
    {"yyyy年m月d日", Kind::kPoint,
     R"((\d{4}){SP}*[年년]{SP}*(\d{1,2}){SP}*[月월]{SP}*(\d{1,2}){SP}*[日일号號])", ProduceYmd,
     kNeedsCjkYear},
    // Renamed "mm/dd/yyyy" by the producer when read month-first.
    {"dd/mm/yyyy", Kind::kPoint, R"((\d{1,2})([\-./])(\d{1,2})([\-./])(\d{4}))",
     ProduceDmyNumeric, kNeedsDash | kNeedsDot | kNeedsSlash, kNeedsSepYear},
    {"d mon yyyy", Kind::kPoint,
     R"((\d{1,2}){ORD}?{SP}*(?:[\-/]{SP}*)?(?:de{SP}+)?({MON}){SP}*(?:[\-/,.]{SP}*)?(?:(?:de|del){SP}+)?(\d{4}))",
     ProduceDayMonYear},
    {"mon d, yyyy", Kind::kPoint, R"(({MON}){SP}*(\d{1,2}){ORD}?(?:{SP}*,{SP}*|{SP}+)(\d{4}))",
     ProduceMonDayYear},
    {"mon yyyy", Kind::kPoint,
     R"(({MON})(?:{SP}*[\-/,.]?{SP}*|{SP}+(?:de|del|of){SP}+)(\d{4}))", ProduceMonYear},
    {"mon 'yy", Kind::kPoint, R"(({MON}){SP}*{APOS}{SP}?(\d{2}))", ProduceMonYy},
    {"mon-yy", Kind::kPoint, R"(({MON})-(\d{2}))", ProduceMonYy, kNeedsDash},
    {"yyyy年m月", Kind::kPoint, R"((\d{4}){SP}*[年년]{SP}*(\d{1,2}){SP}*[月월])",
     ProduceYearNumMonth, kNeedsCjkYear},
    {"yyyy年 mon", Kind::kPoint, R"((\d{4})(?:{SP}*[年년]{SP}*|{SP}+)({CJKMON}))", ProduceYearMon},
    {"yyyy.m", Kind::kPoint, R"((\d{4})\.(\d{1,2}))", ProduceYearNumMonth, kNeedsDot, kNeedsYearSep},
    {"yyyy-mm", Kind::kPoint, R"((\d{4})-(\d{1,2}))", ProduceYearNumMonth, kNeedsDash, kNeedsYearSep},
    {"yyyy/mm", Kind::kPoint, R"((\d{4})/(\d{1,2}))", ProduceYearNumMonth, kNeedsSlash, kNeedsYearSep},
    {"mm/yyyy", Kind::kPoint, R"((\d{1,2}){SP}?/{SP}?(\d{4}))", ProduceNumMonthYear, kNeedsSlash},
    {"mm.yyyy", Kind::kPoint, R"((\d{1,2})\.(\d{4}))", ProduceNumMonthYear, kNeedsDot, kNeedsSepYear},
    {"mm-yyyy", Kind::kPoint, R"((\d{1,2})-(\d{4}))", ProduceNumMonthYear, kNeedsDash, kNeedsSepYear},
    // Alone, "3/04" may be a fraction or a day: only a range end (CollectRanges).
    {"m/yy", Kind::kShortNumeric, R"((\d{1,2})/(\d{2}))", ProduceNumMonthYy, kNeedsSlash},
    {"season yyyy", Kind::kPoint,
     R"(({SEASON})(?:{SP}*{SSUFFIX})?(?:{SP}*[\-/,.]?{SP}*|{SP}+(?:de|of){SP}+)(\d{4}))",
     ProduceSeasonYear},
    {"season 'yy", Kind::kPoint, R"(({SEASON})(?:{SP}*{SSUFFIX})?{SP}*{APOS}{SP}?(\d{2}))",
     ProduceSeasonYy},
    {"yyyy season", Kind::kPoint, R"((\d{4}){SP}*[年년]?{SP}*({SEASON})(?:{SP}*{SSUFFIX})?)",
     ProduceYearSeason},
    {"quarter yyyy", Kind::kPoint, R"(({QUARTER}){SP}*[\-/,']?{SP}*(\d{4}))", ProduceQuarterYear},
    {"yyyy quarter", Kind::kPoint, R"((\d{4})(?:[\-/]|{SP}*[年년]?{SP}*)({QUARTER}))",
     ProduceYearQuarter},
    {"yyyy年", Kind::kPoint, R"((\d{4}){SP}*[年년])", ProduceYear, kNeedsCjkYear},
    {"yyyy", Kind::kPoint, R"((\d{4}))", ProduceYear},
    {"present", Kind::kPresent, R"(({PRESENT}))", ProducePresent},
    {"present", Kind::kPresentEnd, R"(({PRESENT_END}))", ProducePresent},
    {"mon", Kind::kMonthOnly, R"(({MON}))", ProduceMonthOnly},
    {"mon d", Kind::kMonthDay, R"(({MON}){SP}*(\d{1,2}){ORD}?)", ProduceMonthDay},
    {"d mon", Kind::kMonthDay, R"((\d{1,2}){ORD}?{SP}*(?:de{SP}+)?({MON}))", ProduceDayMonth},
};

// The word lists a rule pattern may name; a rule that names list i needs one
// of its words in the text (kNeedsWordList << i).
constexpr std::string_view kRuleWordLists[] = {"{MON}", "{CJKMON}", "{SEASON}", "{QUARTER}",
                                               "{PRESENT}", "{PRESENT_END}"};
// {MON} is found by MonthWords, the other lists by WordPresence.
constexpr size_t kMonWordList = 0;

// A rule whose pattern names one of these word lists is compiled when a text
// first needs it rather than in Create: few résumés hold a season, a quarter
// or a CJK month, and these six rules are 43 % of the date grammar's RE2
// program (2,328 of 5,352 instructions), so a run that never meets one skips
// their compilation, about a third of the grammar's start-up.
constexpr unsigned kDeferredNeeds = (kNeedsWordList << 1) | (kNeedsWordList << 2) | (kNeedsWordList << 3);
static_assert(kRuleWordLists[1] == "{CJKMON}" && kRuleWordLists[2] == "{SEASON}" &&
              kRuleWordLists[3] == "{QUARTER}");

// The Needs bits a rule's pattern implies, beyond its table entry's.
unsigned NeedsOfPattern(std::string_view pattern) {
  unsigned needs = 0;
  if (pattern.find(R"(\d)") != std::string_view::npos) needs |= kNeedsAnyDigit;
  if (pattern.find(R"(\d{4})") != std::string_view::npos) needs |= kNeedsYear4;
  if (pattern.find("{APOS}") != std::string_view::npos) needs |= kNeedsApos;
  for (size_t i = 0; i < std::size(kRuleWordLists); ++i) {
    if (pattern.find(kRuleWordLists[i]) != std::string_view::npos) needs |= kNeedsWordList << i;
  }
  return needs;
}

constexpr std::string_view kYyRangeName = "yyyy - yy";
constexpr std::string_view kSlashRangeName = "yyyy/yyyy";
constexpr int kRangeOrder = 1000;

// Compares two dates at the coarser of their precisions; seasons compare by
// year only ("Winter 2019 - Spring 2019" is a valid academic range).
int Compare(const PartialDate& a, const PartialDate& b) {
  if (a.year != b.year) return a.year < b.year ? -1 : 1;
  if (a.precision == DatePrecision::kSeason || b.precision == DatePrecision::kSeason) return 0;
  if (a.month == 0 || b.month == 0) return 0;
  if (a.month != b.month) return a.month < b.month ? -1 : 1;
  if (a.day == 0 || b.day == 0 || a.day == b.day) return 0;
  return a.day < b.day ? -1 : 1;
}

// Left edge of a match at `b`: returns false when the match starts inside a
// word or number; clears *ok when it is glued to a number on the left.
bool CheckLeftEdge(std::string_view text, size_t b, bool* ok) {
  *ok = true;
  if (b == 0) return true;
  char32_t first = DecodeAt(text, b).cp;
  CodePoint prev = DecodeBefore(text, b);
  if (IsWordChar(first) && IsWordChar(prev.cp)) return false;
  if (IsAsciiDigit(first)) {
    if (IsCurrencyOrNumberSign(prev.cp)) return false;
    if (IsConnector(prev.cp) && IsAsciiAlnum(DecodeBefore(text, b - prev.len).cp)) *ok = false;
  }
  return true;
}

// Right edge of a match ending at `e`; same contract as CheckLeftEdge.
bool CheckRightEdge(std::string_view text, size_t e, bool* ok) {
  *ok = true;
  if (e >= text.size()) return true;
  char32_t last = DecodeBefore(text, e).cp;
  CodePoint next = DecodeAt(text, e);
  if (IsWordChar(last) && IsWordChar(next.cp)) return false;
  if (IsAsciiDigit(last)) {
    if (next.cp == '%' || next.cp == 0x2030 || next.cp == 0xFF05) return false;
    if (IsConnector(next.cp) && IsAsciiDigit(DecodeAt(text, e + next.len).cp)) *ok = false;
  }
  return true;
}

size_t NextCodePoint(std::string_view text, size_t i) {
  CodePoint c = DecodeAt(text, i);
  return i + (c.len == 0 ? 1 : c.len);
}

// Runs `re` over `searched` at every start position; calls fn(begin, end,
// groups) for each match found. `searched` is `text` or its masked copy (see
// month_words.h), of the same length; the groups are views of `text`.
template <typename Fn>
void ForEachMatch(const RE2& re, std::string_view searched, std::string_view text, Fn fn) {
  const int n = std::min(re.NumberOfCapturingGroups() + 1, kMaxGroups);
  std::array<StringPiece, kMaxGroups> sp;
  std::array<std::string_view, kMaxGroups> groups;
  StringPiece whole(searched.data(), searched.size());
  size_t pos = 0;
  while (pos < searched.size() &&
         re.Match(whole, pos, searched.size(), RE2::UNANCHORED, sp.data(), n)) {
    for (int i = 0; i < n; ++i) {
      groups[i] = sp[i].data() == nullptr
                      ? std::string_view()
                      : text.substr(static_cast<size_t>(sp[i].data() - searched.data()), sp[i].size());
    }
    const size_t b = static_cast<size_t>(sp[0].data() - searched.data());
    fn(b, b + sp[0].size(), Groups(groups.data(), static_cast<size_t>(n)));
    pos = NextCodePoint(searched, b);
  }
}

template <typename Fn>
void ForEachMatch(const RE2& re, std::string_view text, Fn fn) {
  ForEachMatch(re, text, text, fn);
}

}  // namespace

bool DateParser::Impl::CapsPrefixed(std::string_view text, size_t begin) const {
  size_t i = begin;
  size_t spaces = 0;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t')) {
    --i;
    ++spaces;
  }
  if (spaces == 0) return false;
  size_t word_end = i;
  while (i > 0 && IsAsciiAlpha(static_cast<unsigned char>(text[i - 1]))) --i;
  size_t n = word_end - i;
  if (n < 2 || n > 6) return false;
  if (i > 0 && IsWordChar(DecodeBefore(text, i).cp)) return false;
  std::string_view word = text.substr(i, n);
  for (char ch : word) {
    if (ch < 'A' || ch > 'Z') return false;
  }
  return bare_date_words.count(AsciiLower(word)) == 0;
}

unsigned DateParser::Impl::NeedsMet(std::string_view text, bool has_month_words) const {
  unsigned met = 0;
  auto is_sep = [](char ch) { return ch == '-' || ch == '.' || ch == '/'; };
  int digits_in_row = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    if (is_sep(ch) && digits_in_row >= 4) met |= kNeedsYearSep;  // the run just before ch
    digits_in_row = IsAsciiDigit(static_cast<unsigned char>(ch)) ? digits_in_row + 1 : 0;
    if (digits_in_row == 1) met |= kNeedsAnyDigit;
    if (digits_in_row == 4) {
      met |= kNeedsYear4;
      if (i >= 4 && is_sep(text[i - 4])) met |= kNeedsSepYear;
    }
    switch (ch) {
      case '-': met |= kNeedsDash; break;
      case '.': met |= kNeedsDot; break;
      case '/': met |= kNeedsSlash; break;
      case '\'': case '`': met |= kNeedsApos; break;
      default: break;
    }
  }
  for (std::string_view apos : {"\u2018", "\u2019", "\u2032"}) {
    if (text.find(apos) != std::string_view::npos) met |= kNeedsApos;
  }
  if (text.find("年") != std::string_view::npos || text.find("년") != std::string_view::npos) {
    met |= kNeedsCjkYear;
  }
  if (has_month_words) met |= kNeedsWordList << kMonWordList;
  met |= rule_words.Find(text) * kNeedsWordList;  // list i -> kNeedsWordList << i
  return met;
}

void DateParser::Impl::CollectPoints(std::string_view text, YearMonth as_of, bool filter,
                                     std::vector<Candidate>* out) const {
  const Context ctx{words, as_of};
  const std::vector<MonthWords::Span> month_spans = month_words.Find(text);
  const unsigned met = filter ? NeedsMet(text, !month_spans.empty()) : ~0u;
  std::string masked;  // made for the first rule that names {MON}
  for (size_t r = 0; r < rules.size(); ++r) {
    const CompiledRule& rule = rules[r];
    if ((rule.needs_all & met) != rule.needs_all) continue;
    if (rule.needs_any != kNeedsDigit && (rule.needs_any & met) == 0) continue;
    if (rule.on_masked && masked.empty()) masked = MonthWords::Mask(text, month_spans);
    const RE2& re = rule.Regex();
    if (!re.ok()) continue;  // a deferred rule that failed to compile (see CheckDeferredRules)
    ForEachMatch(re, rule.on_masked ? std::string_view(masked) : text, text,
                 [&](size_t b, size_t e, const Groups& g) {
      Candidate c;
      c.begin = b;
      c.end = e;
      c.rule = rule.name;
      c.kind = rule.kind;
      c.order = static_cast<int>(r);
      if (!CheckLeftEdge(text, b, &c.left_ok) || !CheckRightEdge(text, e, &c.right_ok)) return;
      if (!rule.produce(ctx, g, &c)) return;
      if (rule.name == "yyyy") c.caps_prefixed = CapsPrefixed(text, b);
      out->push_back(c);
    });
  }
}

void DateParser::Impl::ExtendExpected(std::string_view text, std::vector<Candidate>* points) const {
  constexpr size_t kWindow = 80;
  for (Candidate& c : *points) {
    if (c.kind != Kind::kPoint) continue;
    // "Expected May 2025", "Expected: 2025", "预计2025年6月".
    size_t from = c.begin > kWindow ? c.begin - kWindow : 0;
    while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
    StringPiece window(text.data() + from, c.begin - from);
    StringPiece m;
    if (c.begin > 0 && RE2::PartialMatch(window, *exp_prefix, &m)) {
      size_t nb = static_cast<size_t>(m.data() - text.data());
      bool unused;
      if (CheckLeftEdge(text, nb, &unused)) {
        c.begin = nb;
        c.left_ok = true;
        c.caps_prefixed = false;
        c.start.expected = true;
      }
    }
    // "May 2025 (expected)", "May 2025 expected".
    StringPiece rest(text.data() + c.end, text.size() - c.end);
    if (RE2::Consume(&rest, *exp_suffix)) {
      size_t ne = static_cast<size_t>(rest.data() - text.data());
      bool unused;
      if (CheckRightEdge(text, ne, &unused)) {
        c.end = ne;
        c.right_ok = true;
        c.start.expected = true;
      }
    }
  }
}

namespace {

// Both ends of a range under one reading of "a/b/yyyy"; false when no common
// reading keeps start <= end (each end then keeps its own reading).
bool AgreeNumericDm(const Candidate& a, const Candidate& b, PartialDate* s, PartialDate* e) {
  for (bool month_first : {false, true}) {
    PartialDate ps, pe;
    if (ReadNumericDm(a.num_a, a.num_b, a.start.year, month_first, &ps) &&
        ReadNumericDm(b.num_a, b.num_b, b.start.year, month_first, &pe) && Compare(ps, pe) <= 0) {
      ps.expected = a.start.expected;
      pe.expected = b.start.expected;
      *s = ps;
      *e = pe;
      return true;
    }
  }
  return false;
}

}  // namespace

void DateParser::Impl::CollectRanges(std::string_view text,
                                     const std::vector<Candidate>& points,
                                     std::vector<Candidate>* out) const {
  std::multimap<size_t, const Candidate*> by_begin;
  for (const Candidate& p : points) by_begin.emplace(p.begin, &p);

  StringPiece whole(text.data(), text.size());
  for (const Candidate& a : points) {
    if (a.kind != Kind::kPoint && a.kind != Kind::kMonthOnly && a.kind != Kind::kMonthDay &&
        a.kind != Kind::kShortNumeric) {
      continue;
    }
    if (a.end >= text.size()) continue;
    for (const RE2* sep_re : {sep.get(), slash_sep.get()}) {
      const bool slash = sep_re == slash_sep.get();
      if (slash && a.rule != "yyyy") continue;
      StringPiece m;
      if (!sep_re->Match(whole, a.end, text.size(), RE2::ANCHOR_START, &m, 1)) continue;
      const size_t b_begin = a.end + m.size();
      auto [lo, hi] = by_begin.equal_range(b_begin);
      for (auto it = lo; it != hi; ++it) {
        const Candidate& b = *it->second;
        Candidate r;
        r.kind = Kind::kRange;
        r.begin = a.begin;
        r.end = b.end;
        r.order = kRangeOrder + a.order;
        r.left_ok = a.left_ok;
        r.right_ok = b.right_ok;
        PartialDate s = a.start, e = b.start;
        if (slash) {
          if (b.rule != "yyyy" || Compare(s, e) >= 0) continue;
          r.rule = kSlashRangeName;
        } else if (a.kind == Kind::kMonthOnly || a.kind == Kind::kMonthDay) {
          // "Jan - Mar 2020", "Sep 15 - Oct 3, 2019": the start takes its
          // year from the end, or the year before when it would come after.
          const DatePrecision want =
              a.kind == Kind::kMonthOnly ? DatePrecision::kMonth : DatePrecision::kDay;
          if (b.kind != Kind::kPoint || b.start.precision != want) continue;
          s.year = b.start.year;
          if (Compare(s, b.start) > 0) --s.year;
          if (s.year < kMinYear || s.day > DaysInMonth(s.year, s.month)) continue;
          r.rule = RangeName(a.rule, b.rule);
        } else if (a.kind == Kind::kShortNumeric) {
          // "8/07-12/09", "1/09 to Present": m/yy only between such ends.
          const bool present = b.kind == Kind::kPresent || b.kind == Kind::kPresentEnd;
          if (!present && (b.kind != Kind::kShortNumeric || Compare(s, e) > 0)) continue;
          r.rule = RangeName(a.rule, b.rule);
        } else if (b.kind == Kind::kPresent || b.kind == Kind::kPresentEnd) {
          r.rule = RangeName(a.rule, b.rule);
        } else if (b.kind == Kind::kPoint) {
          if (!(a.numeric_dm && b.numeric_dm && AgreeNumericDm(a, b, &s, &e)) &&
              Compare(s, e) > 0) {
            continue;
          }
          // The rule names follow the reading the ends agreed on.
          std::string_view an = a.rule, bn = b.rule;
          if (a.numeric_dm) an = s.day == a.num_a ? "dd/mm/yyyy" : "mm/dd/yyyy";
          if (b.numeric_dm) bn = e.day == b.num_a ? "dd/mm/yyyy" : "mm/dd/yyyy";
          r.rule = RangeName(an, bn);
        } else {
          continue;
        }
        r.start = s;
        r.end_date = e;
        out->push_back(r);
      }
    }
  }

  // "2018–19", "2020/21", "2019 - 20".
  ForEachMatch(*yy_range, text, [&](size_t b, size_t e, const Groups& g) {
    Candidate r;
    r.kind = Kind::kRange;
    r.begin = b;
    r.end = e;
    r.rule = kYyRangeName;
    r.order = kRangeOrder;
    if (!CheckLeftEdge(text, b, &r.left_ok) || !CheckRightEdge(text, e, &r.right_ok)) return;
    int y;
    if (!Year4(g[1], &y)) return;
    const int yy = ParseSmallInt(g[3]);
    // "2011-12" unspaced with a plain '-' or '/' is December 2011 ("yyyy-mm").
    if ((g[2] == "-" || g[2] == "/") && yy >= 1 && yy <= 12) return;
    int end_year = y / 100 * 100 + yy;
    if (end_year <= y) end_year += 100;
    if (end_year - y > 10 || end_year > kMaxYear) return;
    r.start.year = y;
    r.end_date = PartialDate{end_year, 0, 0, DatePrecision::kYear, false, false};
    out->push_back(r);
  });
}

std::string PartialDate::Iso() const {
  char buf[32];
  if (precision == DatePrecision::kYear || month == 0) {
    std::snprintf(buf, sizeof(buf), "%04d", year);
  } else if (precision == DatePrecision::kDay && day != 0) {
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
  } else {
    std::snprintf(buf, sizeof(buf), "%04d-%02d", year, month);
  }
  return buf;
}

DateParser::DateParser(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DateParser::~DateParser() = default;

std::unique_ptr<DateParser> DateParser::Create(std::string_view months_tsv,
                                               std::string_view date_words_tsv,
                                               std::string* error) {
  std::string local_error;
  if (error == nullptr) error = &local_error;
  DateLexicon lex;
  if (!LoadMonths(months_tsv, &lex, error) || !LoadDateWords(date_words_tsv, &lex, error)) {
    return nullptr;
  }

  std::set<std::string> all_month_lower;
  for (int m = 1; m <= 12; ++m) {
    for (const auto& f : lex.month_forms[m]) all_month_lower.insert(AsciiLower(f));
  }
  auto impl = std::make_unique<Impl>();
  std::vector<std::pair<std::string, std::string>> cjk_all;
  for (int m = 1; m <= 12; ++m) {
    for (const std::string& f : lex.month_forms[m]) {
      const std::string stem(MonthStem(f));
      const bool dot_required = stem.size() != f.size() && !DotIsOptional(stem, all_month_lower);
      impl->month_words.Add(stem, dot_required);
      if (!dot_required) impl->bare_date_words.insert(AsciiLower(stem));
    }
    for (const std::string& f : lex.cjk_month_forms[m]) cjk_all.emplace_back(f, WordPattern(f));
  }
  std::vector<std::string> all_seasons;
  for (const auto& s : lex.season) all_seasons.insert(all_seasons.end(), s.begin(), s.end());
  std::vector<std::string> all_quarters;
  for (const auto& q : lex.quarter) all_quarters.insert(all_quarters.end(), q.begin(), q.end());

  const std::string cjk_mon = Alternation(cjk_all);
  const std::string season = WordAlternation(all_seasons);
  const std::string quarter = WordAlternation(all_quarters);
  const std::string expected = WordAlternation(lex.expected);
  const std::vector<std::pair<std::string_view, std::string>> placeholders = {
      {"{SP}", std::string(kSp)},
      {"{DASH}", std::string(kDash)},
      {"{APOS}", std::string(kApos)},
      {"{ORD}", std::string(kOrd)},
      {"{MON}", std::string(MonthWords::kMaskPattern)},
      {"{CJKMON}", cjk_mon},
      {"{SEASON}", season},
      {"{SSUFFIX}", WordAlternation(lex.season_suffix)},
      {"{QUARTER}", quarter},
      {"{PRESENT}", WordAlternation(lex.present)},
      {"{PRESENT_END}", WordAlternation(lex.present_end)},
      {"{EXPECTED}", expected},
  };

  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  auto expand = [&](std::string_view pattern) {
    std::string p(pattern);
    for (const auto& [from, to] : placeholders) ReplaceAll(&p, from, to);
    return p;
  };
  auto compile = [&](std::string_view name, std::string_view pattern) -> std::unique_ptr<RE2> {
    auto re = std::make_unique<RE2>(expand(pattern), options);
    if (const std::string problem = RuleProblem(*re); !problem.empty()) {
      *error = "dates.cc: rule '" + std::string(name) + "' " + problem;
      return nullptr;
    }
    return re;
  };

  for (const PointRuleDef& def : kPointRules) {
    const unsigned needs_all = def.needs_all | NeedsOfPattern(def.pattern);
    std::unique_ptr<RE2> re;
    std::unique_ptr<Impl::DeferredRegex> deferred;
    if (needs_all & kDeferredNeeds) {
      deferred = std::make_unique<Impl::DeferredRegex>();
      deferred->pattern = expand(def.pattern);
      deferred->options = options;
    } else {
      re = compile(def.name, def.pattern);
      if (re == nullptr) return nullptr;
    }
    impl->rules.push_back({def.name, def.kind, def.produce, std::move(re), std::move(deferred), def.needs_any,
                           needs_all,
                           def.pattern.find(kRuleWordLists[kMonWordList]) != std::string_view::npos});
  }

  // Range separators: dashes and CJK words need no space around them, other
  // words need space on both sides ("2019 to 2021").
  std::vector<std::string> spaced, unspaced;
  for (const std::string& w : lex.range_sep) {
    (IsWordChar(DecodeAt(w, 0).cp) ? spaced : unspaced).push_back(w);
  }
  const std::string sep_pattern = "(?:{SP}*{DASH}{SP}*|{SP}*" + WordAlternation(unspaced) +
                                  "{SP}*|{SP}+" + WordAlternation(spaced) + "{SP}+)";
  struct Extra {
    std::unique_ptr<RE2>* dest;
    std::string_view name;
    std::string pattern;
  };
  std::vector<Extra> extras = {
      {&impl->yy_range, kYyRangeName, R"((\d{4})({SP}*(?:{DASH}|/){SP}*)(\d{2}))"},
      {&impl->sep, "range separator", sep_pattern},
      {&impl->slash_sep, "yyyy/yyyy separator", "{SP}*/{SP}*"},
      {&impl->exp_prefix, "expected prefix", R"(({EXPECTED}){SP}*[:(\[\x{FF1A}\x{FF08}]?{SP}*$)"},
      {&impl->exp_suffix, "expected suffix",
       R"((?:{SP}*[(\[\x{FF08}]{SP}*{EXPECTED}{SP}*[)\]\x{FF09}]|{SP}+{EXPECTED}))"},
  };
  for (int m = 1; m <= 12; ++m) {
    for (const auto* forms : {&lex.month_forms[m], &lex.cjk_month_forms[m]}) {
      for (const std::string& f : *forms) impl->words.month_by_key.emplace(WordKey(f), m);
    }
  }
  for (int s = 0; s < 4; ++s) {
    for (const std::string& f : lex.season[s]) {
      impl->words.season_month_by_key.emplace(WordKey(f), kSeasonMonth[s]);
    }
  }
  for (int q = 1; q <= 4; ++q) {
    for (const std::string& f : lex.quarter[q]) {
      impl->words.quarter_month_by_key.emplace(WordKey(f), kQuarterMonth[q]);
    }
  }
  for (Extra& x : extras) {
    *x.dest = compile(x.name, x.pattern);
    if (*x.dest == nullptr) return nullptr;
  }
  for (const auto* list : {&all_seasons, &all_quarters, &lex.expected, &lex.present}) {
    for (const std::string& f : *list) impl->bare_date_words.insert(AsciiLower(f));
  }
  // The forms of each of the kRuleWordLists, in its order, but {MON}, which
  // MonthWords finds.
  std::vector<std::string> cjk_forms;
  for (const auto& forms : lex.cjk_month_forms) cjk_forms.insert(cjk_forms.end(), forms.begin(), forms.end());
  const std::vector<std::string>* list_forms[] = {nullptr,      &cjk_forms,  &all_seasons,
                                                  &all_quarters, &lex.present, &lex.present_end};
  static_assert(std::size(list_forms) == std::size(kRuleWordLists));
  for (size_t i = 0; i < std::size(kRuleWordLists); ++i) {
    if (i == kMonWordList) continue;
    for (const std::string& form : *list_forms[i]) impl->rule_words.Add(static_cast<unsigned>(i), form);
  }

  // Every "A - B" range name a result can carry.
  std::vector<std::string_view> starts, ends;
  for (const PointRuleDef& def : kPointRules) {
    if (def.kind == Kind::kPoint || def.kind == Kind::kMonthOnly || def.kind == Kind::kMonthDay ||
        def.kind == Kind::kShortNumeric) {
      starts.push_back(def.name);
    }
    if (def.kind == Kind::kPoint || def.kind == Kind::kPresent || def.kind == Kind::kShortNumeric) {
      ends.push_back(def.name);
    }
  }
  starts.push_back("mm/dd/yyyy");
  ends.push_back("mm/dd/yyyy");
  for (std::string_view a : starts) {
    for (std::string_view b : ends) {
      impl->range_names.insert(std::string(a) + " - " + std::string(b));
    }
  }
  return std::unique_ptr<DateParser>(new DateParser(std::move(impl)));
}

namespace {

DateMatch ToMatch(const Candidate& c) {
  DateMatch m;
  m.begin = c.begin;
  m.end = c.end;
  m.start = c.start;
  m.end_date = c.end_date;
  m.is_range = c.kind == Kind::kRange;
  m.rule = c.rule;
  return m;
}

// Longest first, then leftmost, then the rule listed first.
bool Better(const Candidate& a, const Candidate& b) {
  if (a.len() != b.len()) return a.len() > b.len();
  if (a.begin != b.begin) return a.begin < b.begin;
  return a.order < b.order;
}

}  // namespace

// The extractors read the same lines more than once (the entry splitter, then
// the entry's header, the education and award readers), and each reading
// runs the date rules: ~20 RE2 calls a line. So each thread remembers the
// candidates of the texts of the current document (ForgetTexts). The result
// depends only on the text, as_of and the parser, which form the key. The
// memory stays bounded: the cache is emptied when it holds kCollectCacheSize
// texts.
namespace {

struct CollectKey {
  const void* parser;
  int year, month;
  std::string text;
  bool operator==(const CollectKey& o) const {
    return parser == o.parser && year == o.year && month == o.month && text == o.text;
  }
};

struct CollectKeyHash {
  size_t operator()(const CollectKey& k) const {
    return std::hash<std::string>()(k.text) ^ std::hash<const void*>()(k.parser) ^
           (static_cast<size_t>(k.year) * 13 + static_cast<size_t>(k.month));
  }
};

using CollectCache = std::unordered_map<CollectKey, CollectedCandidates, CollectKeyHash>;

CollectCache& ThreadCollectCache() {
  thread_local CollectCache cache;
  return cache;
}

}  // namespace

void DateParser::ForgetTexts() { ThreadCollectCache().clear(); }

const CollectedCandidates& DateParser::Impl::Collect(std::string_view text, YearMonth as_of) const {
  constexpr size_t kCollectCacheSize = 4096;
  CollectCache& cache = ThreadCollectCache();
  CollectKey key{this, as_of.year, as_of.month, std::string(text)};
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  CollectedCandidates c = CollectFresh(text, as_of, /*filter=*/true);
  if (cache.size() >= kCollectCacheSize) cache.clear();
  return cache.emplace(std::move(key), std::move(c)).first->second;
}

CollectedCandidates DateParser::Impl::CollectFresh(std::string_view text, YearMonth as_of,
                                                   bool filter) const {
  CollectedCandidates c;
  CollectPoints(text, as_of, filter, &c.points);
  ExtendExpected(text, &c.points);
  CollectRanges(text, c.points, &c.ranges);
  return c;
}

namespace {

// FindAll's choice among the candidates of a text.
std::vector<DateMatch> SelectMatches(const CollectedCandidates& collected) {
  const std::vector<Candidate>& points = collected.points;
  const std::vector<Candidate>& ranges = collected.ranges;

  std::vector<const Candidate*> pool;
  for (const Candidate& p : points) {
    if (p.kind == Kind::kPoint && p.left_ok && p.right_ok && !p.caps_prefixed) pool.push_back(&p);
  }
  for (const Candidate& r : ranges) {
    if (r.left_ok && r.right_ok) pool.push_back(&r);
  }
  std::sort(pool.begin(), pool.end(),
            [](const Candidate* a, const Candidate* b) { return Better(*a, *b); });

  // Chosen matches by begin; they never overlap, so only the neighbours of a
  // new candidate can overlap it.
  std::map<size_t, const Candidate*> chosen;
  for (const Candidate* c : pool) {
    auto next = chosen.lower_bound(c->begin);
    if (next != chosen.end() && next->first < c->end) continue;
    if (next != chosen.begin() && std::prev(next)->second->end > c->begin) continue;
    chosen.emplace(c->begin, c);
  }
  std::vector<DateMatch> out;
  out.reserve(chosen.size());
  for (const auto& [begin, c] : chosen) out.push_back(ToMatch(*c));
  return out;
}

}  // namespace

std::vector<DateMatch> DateParser::FindAll(std::string_view text, YearMonth as_of) const {
  // Everything FindAll reports holds an ASCII digit: every point rule needs
  // one, a range needs such a point at one end at least, and present words or
  // month names alone are not reported. Most lines have none: skip the rules.
  if (text.find_first_of("0123456789") == std::string_view::npos) return {};
  return SelectMatches(impl_->Collect(text, as_of));
}

bool DateParser::IsDateWord(std::string_view word) const {
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  return !word.empty() && impl_->bare_date_words.count(AsciiLower(word)) > 0;
}

bool DateParser::CheckDeferredRules(std::string* error) const {
  for (const Impl::CompiledRule& rule : impl_->rules) {
    if (const std::string problem = RuleProblem(rule.Regex()); !problem.empty()) {
      if (error) *error = "dates.cc: rule '" + std::string(rule.name) + "' " + problem;
      return false;
    }
  }
  return true;
}

std::vector<DateMatch> DateParser::FindAllUnfiltered(std::string_view text, YearMonth as_of) const {
  if (text.find_first_of("0123456789") == std::string_view::npos) return {};
  return SelectMatches(impl_->CollectFresh(text, as_of, /*filter=*/false));
}

std::optional<DateMatch> DateParser::ParseExact(std::string_view text, YearMonth as_of) const {
  const CollectedCandidates& collected = impl_->Collect(text, as_of);
  const std::vector<Candidate>& points = collected.points;
  const std::vector<Candidate>& ranges = collected.ranges;

  auto only_punct = [&](size_t from, size_t to) {
    for (size_t i = from; i < to;) {
      CodePoint c = DecodeAt(text, i);
      if (!IsSpaceOrPunct(c.cp)) return false;
      i += c.len;
    }
    return true;
  };
  const Candidate* best = nullptr;
  auto consider = [&](const Candidate& c) {
    if (c.kind != Kind::kPoint && c.kind != Kind::kPresent && c.kind != Kind::kRange) return;
    if (!only_punct(0, c.begin) || !only_punct(c.end, text.size())) return;
    if (best == nullptr || Better(c, *best)) best = &c;
  };
  for (const Candidate& p : points) consider(p);
  for (const Candidate& r : ranges) consider(r);
  if (best == nullptr) return std::nullopt;
  return ToMatch(*best);
}

}  // namespace cvparse
