#include "extract/date_lexicon.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <utility>

#include "extract/date_text.h"
#include "extract/month_words.h"

namespace cvparse {
namespace {

using namespace date_text;  // NOLINT: the helpers dates.cc uses too

// Calls fn(line_no, fields) for each data line. Returns false and sets *error
// when fn returns a non-empty message.
template <typename Fn>
bool ForEachDataLine(std::string_view text, std::string_view file, Fn fn, std::string* error) {
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (line_no == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    std::vector<std::string_view> fields = Split(trimmed, '\t');
    for (auto& f : fields) f = Trim(f);
    std::string msg = fn(fields);
    if (!msg.empty()) {
      *error = std::string(file) + ":" + std::to_string(line_no) + ": " + msg;
      return false;
    }
  }
  return true;
}

// Splits "a|b|c" into forms; returns an error message on an empty form.
std::string SplitForms(std::string_view field, std::vector<std::string>* out) {
  for (std::string_view f : Split(field, '|')) {
    f = Trim(f);
    if (f.empty()) return "empty form in '" + std::string(field) + "'";
    out->emplace_back(f);
  }
  return "";
}

// Forms that should go to the CJK month list: they start with a digit or a
// character outside the alphabetic scripts.
bool IsCjkForm(std::string_view form) {
  char32_t c = DecodeAt(form, 0).cp;
  return IsAsciiDigit(c) || c >= 0x2E80;
}

}  // namespace

std::string_view MonthStem(std::string_view form) {
  return form.size() > 1 && form.back() == '.' ? form.substr(0, form.size() - 1) : form;
}

bool LoadMonths(std::string_view tsv, DateLexicon* lex, std::string* error) {
  std::map<std::string, std::pair<int, size_t>> seen;  // lower form -> month, line
  size_t line_no = 0;
  bool ok = ForEachDataLine(
      tsv, "months.tsv",
      [&](const std::vector<std::string_view>& fields) -> std::string {
        ++line_no;
        if (fields.size() >= 2 && fields[0] == "lang" && fields[1] == "month") return "";
        if (fields.size() != 3) {
          return "expected 3 TAB-separated columns (lang, month, forms), got " +
                 std::to_string(fields.size());
        }
        if (fields[0].empty()) return "empty language code";
        int month = ParseSmallInt(fields[1]);
        if (month < 1 || month > 12) return "month must be 1-12, got '" + std::string(fields[1]) + "'";
        std::vector<std::string> forms;
        if (std::string msg = SplitForms(fields[2], &forms); !msg.empty()) return msg;
        for (const std::string& f : forms) {
          if (!IsCjkForm(f)) {
            if (std::string problem = MonthWords::Problem(MonthStem(f)); !problem.empty()) return problem;
          }
          auto [it, inserted] = seen.emplace(AsciiLower(f), std::make_pair(month, line_no));
          if (!inserted && it->second.first != month) {
            return "form '" + f + "' names month " + std::to_string(month) +
                   " here but month " + std::to_string(it->second.first) + " elsewhere";
          }
          (IsCjkForm(f) ? lex->cjk_month_forms : lex->month_forms)[month].push_back(f);
        }
        return "";
      },
      error);
  if (!ok) return false;
  for (int m = 1; m <= 12; ++m) {
    if (lex->month_forms[m].empty() && lex->cjk_month_forms[m].empty()) {
      *error = "months.tsv:0: month " + std::to_string(m) + " has no names";
      return false;
    }
  }
  return true;
}

bool LoadDateWords(std::string_view tsv, DateLexicon* lex, std::string* error) {
  std::map<std::pair<std::string, std::string>, std::string> seen;  // (kind, form) -> value
  bool ok = ForEachDataLine(
      tsv, "date_words.tsv",
      [&](const std::vector<std::string_view>& fields) -> std::string {
        if (fields.size() != 3) {
          return "expected 3 TAB-separated columns (kind, value, forms), got " +
                 std::to_string(fields.size());
        }
        std::string_view kind = fields[0], value = fields[1];
        std::vector<std::string> forms;
        if (std::string msg = SplitForms(fields[2], &forms); !msg.empty()) return msg;
        for (const std::string& f : forms) {
          auto [it, inserted] = seen.emplace(std::make_pair(std::string(kind), AsciiLower(f)),
                                             std::string(value));
          if (!inserted && it->second != value) {
            return "form '" + f + "' has value '" + std::string(value) + "' here but '" +
                   it->second + "' elsewhere";
          }
        }
        std::vector<std::string>* dest = nullptr;
        if (kind == "present") {
          dest = &lex->present;
        } else if (kind == "present_end") {
          dest = &lex->present_end;
        } else if (kind == "expected") {
          dest = &lex->expected;
        } else if (kind == "season_suffix") {
          dest = &lex->season_suffix;
        } else if (kind == "range_sep") {
          dest = &lex->range_sep;
        } else if (kind == "season") {
          static constexpr std::string_view kNames[] = {"spring", "summer", "autumn", "winter"};
          auto it = std::find(std::begin(kNames), std::end(kNames), value);
          if (it == std::end(kNames)) {
            return "season value must be spring, summer, autumn or winter, got '" +
                   std::string(value) + "'";
          }
          dest = &lex->season[it - std::begin(kNames)];
        } else if (kind == "quarter") {
          int q = ParseSmallInt(value);
          if (q < 1 || q > 4) return "quarter value must be 1-4, got '" + std::string(value) + "'";
          dest = &lex->quarter[q];
        } else {
          return "unknown kind '" + std::string(kind) +
                 "' (want present, present_end, expected, season, season_suffix, quarter or "
                 "range_sep)";
        }
        dest->insert(dest->end(), forms.begin(), forms.end());
        return "";
      },
      error);
  if (!ok) return false;
  if (lex->present.empty()) {
    *error = "date_words.tsv:0: no 'present' words";
    return false;
  }
  return true;
}

bool DotIsOptional(const std::string& stem, const std::set<std::string>& all_lower) {
  return CodePointCount(stem) >= 4 || all_lower.count(AsciiLower(stem)) > 0;
}

}  // namespace cvparse
