#include "layout/entries.h"

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "lexicon/tsv.h"
#include "text/job_sentence.h"
#include "text/ascii.h"

namespace cvparse {
namespace {

constexpr size_t kLongLine = 100;

const char* PrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kYear: return "year";
    case DatePrecision::kSeason: return "season";
    case DatePrecision::kQuarter: return "quarter";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kDay: return "day";
  }
  return "year";
}

bool IsAlnum(char c) {
  return IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A leading list number: "1. ", "2) ", "(3) ", "4、".
bool Enumerated(std::string_view norm) {
  size_t i = 0;
  bool paren = !norm.empty() && norm[0] == '(';
  if (paren) ++i;
  size_t digits = 0;
  while (i < norm.size() && norm[i] >= '0' && norm[i] <= '9' && digits < 3) {
    ++i;
    ++digits;
  }
  if (digits == 0 || digits > 2 || i >= norm.size()) return false;
  if (norm.substr(i, 3) == "\xE3\x80\x81") return true;  // "、"
  if (paren ? norm[i] != ')' : (norm[i] != '.' && norm[i] != ')')) return false;
  ++i;
  if (i >= norm.size()) return false;
  if (norm[i] >= '0' && norm[i] <= '9') return false;  // "1.5", "2.0"
  return norm[i] == ' ' || static_cast<unsigned char>(norm[i]) >= 0x80;
}

// Columns from the start of the line to `norm_pos` (a tab counts 4, as in Line::indent).
int ColumnOf(const Document& doc, const Line& line, size_t norm_pos) {
  if (norm_pos >= line.offsets.size()) return -1;
  uint32_t end = line.offsets[norm_pos];
  int column = 0;
  for (uint32_t b = line.span.begin; b < end && b < doc.text.size(); ++b) {
    unsigned char c = static_cast<unsigned char>(doc.text[b]);
    if ((c & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
    column += c == '\t' ? 4 : 1;
  }
  return column;
}

struct LineFacts;
int DateColumnWidth(const Document& doc, const Line& line, const LineFacts& f);

struct LineFacts {
  bool blank = true;
  bool body = false;       // list item, labelled line or prose
  bool long_body = false;
  bool dated = false;
  bool prose = false;
  bool labelled = false;
  bool enumerated = false;
  bool starts_lower = false;
  bool joined_end = false;  // the end of a range that starts on an earlier line (JoinDateLinePairs)
  bool date_only = false;   // nothing but dates and punctuation: "1984", "1986:", "(2013 - present)"
  std::vector<DateMatch> dates;
};

// "Page 2", "Page 1 of 6", "page 3/4": a page footer left in the text.
bool IsPageMarker(std::string_view norm) {
  if (norm.size() < 6 || norm.size() > 16) return false;
  if (!((norm[0] == 'P' || norm[0] == 'p') && norm.substr(1, 4) == "age ")) return false;
  size_t i = 5, digits = 0;
  while (i < norm.size() && norm[i] >= '0' && norm[i] <= '9') ++i, ++digits;
  if (digits == 0 || digits > 3) return false;
  std::string_view rest = norm.substr(i);
  if (rest.empty()) return true;
  if (rest.substr(0, 4) == " of ") rest.remove_prefix(4);
  else if (rest.front() == '/') rest.remove_prefix(1);
  else return false;
  if (rest.empty() || rest.size() > 3) return false;
  for (char c : rest) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "Java Developer: Jan. 2000 - Nov. 2004, MJ Design, Cleveland, OH": a date
// range right after the colon, then a comma and a capitalised name. The text
// before the colon is a title, not a label: the line is a job's header.
// ("Duration: Jan 2018 - Mar 2020" has nothing after its range.)
bool DatedHeaderAfterLabel(std::string_view norm, std::string_view label, std::string_view text,
                           const std::vector<DateMatch>& dates) {
  // "Duration: Jan 2018 - Mar 2020, Full-time": the label names the dates.
  const std::string key = FoldCase(label);
  for (std::string_view date_label : {"duration", "period", "dates", "date", "tenure", "time period", "timeline",
                                      "from", "employment period", "working period"}) {
    if (key == date_label) return false;
  }
  size_t at = static_cast<size_t>(text.data() - norm.data());
  for (const DateMatch& m : dates) {
    if (m.begin != at || !m.is_range) continue;
    size_t k = m.end;
    while (k < norm.size() && (norm[k] == ' ' || norm[k] == ')')) ++k;
    if (k >= norm.size() || norm[k] != ',') return false;
    ++k;
    while (k < norm.size() && norm[k] == ' ') ++k;
    return k < norm.size() && IsAsciiUpper(norm[k]);
  }
  return false;
}

// "Worked at Bayfront Title Company as a Closing Coordinator from June 2009
// to December 2011.": a job told as a sentence, with its dates, is a job's
// header even though it reads as prose and opens with a verb. It names the
// employer (a capital right after "at", "with", "for" or "by") and says
// " as "; "Worked with the finance team from 2016 to 2017" and "Served as
// interim lead from Jan 2019 to Jun 2019" are what someone did in a job.
bool OpensJobSentence(std::string_view norm) {
  // The opening is ASCII, so offsets in the folded copy are offsets in norm.
  const std::string f = FoldCase(norm.substr(0, std::min(norm.size(), kJobSentencePrefix)));
  const size_t verb = JobVerbEnd(f);
  const size_t name = verb == 0 ? 0 : WordEnd(f, verb, {"at ", "with ", "for ", "by "});
  return name != 0 && name < norm.size() && IsAsciiUpper(norm[name]) && norm.find(" as ", name) != std::string_view::npos;
}

LineFacts Facts(const Line& line, const Section& section, const Lexicons& lexicons, YearMonth as_of) {
  const DateParser& parser = lexicons.dates();
  LineFacts f;
  f.blank = line.blank() || IsPageMarker(line.norm);
  if (f.blank) return f;
  std::string_view label, text;
  f.dates = parser.FindAll(line.norm, as_of);
  f.dated = !f.dates.empty();
  if (f.dated) {
    f.date_only = true;
    size_t at = 0;
    for (const DateMatch& m : f.dates) {
      for (size_t k = at; k < m.begin && k < line.norm.size(); ++k) f.date_only = f.date_only && !IsAlnum(line.norm[k]);
      at = std::max(at, m.end);
    }
    for (size_t k = at; k < line.norm.size(); ++k) f.date_only = f.date_only && !IsAlnum(line.norm[k]);
  }
  f.labelled = (SplitLabel(line.norm, &label, &text) && !DatedHeaderAfterLabel(line.norm, label, text, f.dates)) ||
               IsColonlessLabelLine(line.norm);
  f.prose = IsProseLine(line.norm, f.dated);
  f.enumerated = Enumerated(line.norm);
  f.starts_lower = IsAsciiLower(line.norm.front());
  // A verb-led line is body even with a date in it: "Administered the network for Acme (1997-1998)".
  f.body = line.bulleted || f.labelled || f.prose || (f.enumerated && !f.dated) ||
           lexicons.action_verbs().OpensLine(line.norm) ||
           (!f.dated && lexicons.headings().IsEntryPart(section.kind, HeadingKey(line.norm)));
  if (f.body && f.dated && !line.bulleted && OpensJobSentence(line.norm)) f.body = false;
  f.long_body = f.body && line.norm.size() > 60;
  return f;
}

// For a line that opens with a date and a column gap ("2019 – present   Senior
// Biostatistician"), the column where the text after the gap starts; else -1.
int DateColumnWidth(const Document& doc, const Line& line, const LineFacts& f) {
  if (f.dates.empty() || f.dates.front().begin != 0) return -1;
  size_t k = f.dates.front().end;
  while (k < line.norm.size() && line.norm[k] == ' ') ++k;
  if (k >= line.norm.size() || line.norm[k] != '\t') return -1;
  ++k;
  if (k >= line.norm.size()) return -1;
  return ColumnOf(doc, line, k);
}

}  // namespace

bool SplitLabel(std::string_view norm, std::string_view* label, std::string_view* text) {
  size_t colon = norm.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 30 || colon + 1 >= norm.size()) return false;
  std::string_view head = norm.substr(0, colon);
  int words = 1;
  for (char c : head) {
    if (c == ' ') ++words;
    if (c == '/' || c == '.' || c == ',' || c == '(' || c == '@' || (c >= '0' && c <= '9')) return false;
  }
  if (words > 4) return false;
  std::string_view rest = norm.substr(colon + 1);
  if (!rest.empty() && rest.front() == '/') return false;  // "https://"
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
  if (rest.empty()) return false;
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  *label = head;
  *text = rest;
  return true;
}

bool IsColonlessLabelLine(std::string_view norm, std::string_view* label, std::string_view* text) {
  static constexpr std::string_view kLabels[] = {
      "Business or sector", "Type of business or sector", "Main activities and responsibilities",
      "Occupation or position held", "Name and address of employer"};
  for (std::string_view l : kLabels) {
    if (norm.size() > l.size() + 1 && norm.substr(0, l.size()) == l &&
        (norm[l.size()] == ' ' || norm[l.size()] == '\t')) {
      if (label != nullptr) *label = l;
      if (text != nullptr) {
        std::string_view rest = norm.substr(l.size());
        while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
        *text = rest;
      }
      return true;
    }
  }
  return false;
}

bool IsProseLine(std::string_view norm, bool dated) {
  while (!norm.empty() && (norm.back() == ' ' || norm.back() == '\t')) norm.remove_suffix(1);
  if (norm.empty()) return false;
  // Words: letters count when a word starts with one.
  int words = 0, letter_words = 0, lower_words = 0;
  std::string_view last_word;
  bool cjk = false;
  size_t i = 0;
  while (i < norm.size()) {
    while (i < norm.size() && (norm[i] == ' ' || norm[i] == '\t')) ++i;
    size_t start = i;
    while (i < norm.size() && norm[i] != ' ' && norm[i] != '\t') ++i;
    if (i == start) break;
    std::string_view w = norm.substr(start, i - start);
    ++words;
    last_word = w;
    char c = w.front();
    if (c == '(' || c == '"' || c == '\'') c = w.size() > 1 ? w[1] : c;
    if (IsAsciiUpper(c) || IsAsciiLower(c)) ++letter_words;
    if (IsAsciiLower(c)) ++lower_words;
    for (char ch : w) cjk = cjk || static_cast<unsigned char>(ch) >= 0xE3;
  }
  // Sentence ends: ". ; ! ?" and the CJK "。；！？".
  if (EndsWith(norm, "\xE3\x80\x82") || EndsWith(norm, "\xEF\xBC\x9B") || norm.back() == ';' ||
      norm.back() == '!' || norm.back() == '?') {
    return words >= 3 || cjk;
  }
  if (norm.back() == '.') {
    // "Northwind Analytics, Inc.", "Tienda S.A.S.": an abbreviation, not a full stop.
    std::string_view w = last_word.substr(0, last_word.size() - 1);
    bool letters_and_dots = !w.empty();
    for (char c : w) letters_and_dots = letters_and_dots && (IsAsciiUpper(c) || IsAsciiLower(c) || c == '.');
    bool abbreviation = letters_and_dots && (w.find('.') != std::string_view::npos ||
                                             (IsAsciiUpper(w.front()) && w.size() <= 4));
    if (!abbreviation && (words >= 3 || cjk)) return true;
  }
  if (!dated && letter_words >= 9 && lower_words * 10 >= letter_words * 6) return true;
  if (norm.size() > kLongLine) {
    if (!dated) return true;
    return letter_words > 0 && lower_words * 2 >= letter_words;
  }
  return false;
}

DateRange ToDateRange(const DateMatch& match, const Line& line) {
  DateRange range;
  range.start = match.start.Iso();
  if (match.end_date) {
    range.end = match.end_date->Iso();
    range.present = match.end_date->present;
  } else if (match.start.precision == DatePrecision::kSeason ||
             match.start.precision == DatePrecision::kQuarter) {
    // "Summer 2024" alone is a three-month stretch, not an open range.
    PartialDate last = match.start;
    last.month += 2;
    if (last.month > 12) {
      last.month -= 12;
      last.year += 1;
    }
    last.precision = DatePrecision::kMonth;
    range.end = last.Iso();
  }
  range.expected = match.start.expected || (match.end_date && match.end_date->expected);
  range.precision = PrecisionName(match.start.precision);
  range.rule = std::string(match.rule);
  Span span = line.RawSpan(match.begin, match.end);
  range.span_begin = span.begin;
  range.span_end = span.end;
  return range;
}

// "... to transform XML to target platform language such as" / "HTML.": one
// word and a full stop after a line that stops on a lower-case word end that
// line's sentence; they are no header.
bool EndsOpenSentence(std::string_view previous, std::string_view line) {
  while (!previous.empty() && (previous.back() == ' ' || previous.back() == '\t')) previous.remove_suffix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (previous.empty() || !IsAsciiLower(previous.back())) return false;
  if (line.size() < 3 || line.back() != '.' || line.find_first_of(" \t") != std::string_view::npos) return false;
  return std::count(line.begin(), line.end(), '.') == 1;  // not "S.A.", "U.S.A."
}

// True when only closing punctuation follows byte `at` of `text`: the ")" of
// "Paralegal (2013" / "present)", the ":" of "1984" / "1986:" (a dash lost
// between two dates leaves them on lines of their own, in flattened text).
namespace {
bool OnlyClosingAfter(std::string_view text, size_t at) {
  if (at > text.size()) return false;
  for (char c : text.substr(at)) {
    if (c != ')' && c != ']' && c != ':' && c != '.' && c != ',' && c != ' ') return false;
  }
  return true;
}
}  // namespace

// A start date and an end date on consecutive lines of their own, as tables
// and flattened text leave them ("January 2012" / "November 2012", "2019" /
// "Present"), are one range: the first line gets the range, the second turns
// into body (a title may follow: "September 2008" / "December 2011" /
// "Senior Consultant" / ...). The start may also end a header line, with the
// end alone on the next ("Drupal Developer, December 2013" / "February
// 2014"); that end neither starts an entry nor ends the header
// ("Engineer - 8/2012" / "Present" / "Minnzon Industries" is one header).
// The date parser decides, on "FIRST - SECOND", whether the two make a range.
void JoinDateLinePairs(const Document& doc, const DateParser& dates, YearMonth as_of, size_t begin, size_t end,
                       std::vector<LineFacts>* facts) {
  auto whole_line_point = [&](size_t i) {
    const LineFacts& f = (*facts)[i - begin];
    return f.dates.size() == 1 && !f.dates[0].is_range && f.dates[0].begin == 0 &&
           OnlyClosingAfter(doc.lines[i].norm, f.dates[0].end);
  };
  // A point that ends line i, and is its last date.
  auto ends_with_point = [&](size_t i) {
    const LineFacts& f = (*facts)[i - begin];
    return !f.dates.empty() && !f.dates.back().is_range && f.dates.back().end == doc.lines[i].norm.size();
  };
  // "Present: Associate Art Editor, Home and Gardens" after "2003": an end
  // date written as the label of the line that holds the title. The length
  // of that label, 0 when there is none.
  auto end_label = [&](size_t i) -> size_t {
    std::string_view norm = doc.lines[i].norm;
    size_t colon = norm.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 20 || colon + 1 >= norm.size()) return 0;
    std::optional<DateMatch> m = dates.ParseExact(norm.substr(0, colon), as_of);
    return m && !m->is_range ? colon : 0;
  };
  for (size_t i = begin; i < end; ++i) {
    if (!ends_with_point(i)) continue;
    size_t next = i + 1;
    while (next < end && (*facts)[next - begin].blank) ++next;
    if (next >= end) break;
    LineFacts& second = (*facts)[next - begin];
    const bool date_line = whole_line_point(i);
    const size_t label = date_line ? end_label(next) : 0;
    if (second.dated && !whole_line_point(next) && label == 0) continue;
    LineFacts& first = (*facts)[i - begin];
    const std::string& first_text = doc.lines[i].norm;
    const size_t start = first.dates.back().begin;
    std::string joined =
        first_text + " - " + (label > 0 ? doc.lines[next].norm.substr(0, label) : doc.lines[next].norm);
    std::vector<DateMatch> found = dates.FindAll(std::string_view(joined).substr(start), as_of);
    if (found.size() != 1 || !found[0].is_range || found[0].begin != 0 ||
        !OnlyClosingAfter(std::string_view(joined).substr(start), found[0].end)) {
      continue;
    }
    DateMatch range = found[0];
    range.begin = start;
    range.end = first_text.size();  // the span stays on the first line
    first.dates.back() = range;
    second.dates.clear();
    second.dated = false;
    if (label > 0) {
      // The rest of the line is the entry's title line, not a labelled part.
      second.labelled = false;
      second.body = false;
      i = next;
      continue;
    }
    second.body = date_line;
    second.joined_end = !date_line;
    second.date_only = true;  // "current" alone is a date only once joined
    i = next;
  }
}

std::vector<Entry> SplitEntries(const Document& doc, const Section& section, const Lexicons& lexicons,
                                YearMonth as_of) {
  const DateParser& dates = lexicons.dates();
  std::vector<Entry> entries;
  size_t begin = section.body_begin();
  size_t end = std::min(section.end_line, doc.lines.size());
  if (begin >= end) return entries;
  std::vector<LineFacts> facts(end - begin);
  for (size_t i = begin; i < end; ++i) facts[i - begin] = Facts(doc.lines[i], section, lexicons, as_of);

  auto next_non_blank = [&](size_t i) {
    for (size_t k = i + 1; k < end; ++k) {
      if (!facts[k - begin].blank) return k;
    }
    return end;
  };
  JoinDateLinePairs(doc, dates, as_of, begin, end, &facts);

  // A dated list item with a deeper list under it is an entry's title:
  // "● Full-Stack Developer — Merlion (Mar 2022 – Present)" / "   ▪ Built ...".
  for (size_t i = begin; i < end; ++i) {
    LineFacts& f = facts[i - begin];
    if (f.blank || !f.body || !f.dated || f.prose || !(doc.lines[i].bulleted || f.enumerated)) continue;
    size_t next = next_non_blank(i);
    if (next >= end) continue;
    const LineFacts& n = facts[next - begin];
    if ((doc.lines[next].bulleted || n.enumerated) && doc.lines[next].indent > doc.lines[i].indent) f.body = false;
  }

  // Does the block from `from` to the next dated line hold only header lines?
  auto header_block_until_date = [&](size_t from) {
    for (size_t i = from; i < end; ++i) {
      const LineFacts& f = facts[i - begin];
      if (f.blank) continue;
      if (f.dated && i > from) return true;
      if (f.dated) return false;  // L itself carries the date: caller decides
      // Body before the next date: L and the lines after it up to that body
      // close the current entry ("Computer Engineer" / "3/1/2011 - Current" /
      // "Teletron Inc." / "New Cityland, CA" / "Supervise team testing ...").
      if (f.long_body || f.body) return false;
    }
    return false;
  };

  Entry current;
  bool open = false, has_body = false, has_date = false;
  int first_indent = 0;         // indent of the entry's first line
  bool first_enumerated = false;
  bool first_bulleted = false;
  int min_body_indent = -1;     // smallest indent among the entry's body lines
  int text_column = -1;         // "2019 – present   Senior ...": where the text after a date column starts
  bool prev_body = false;       // the previous non-blank line was a body line
  size_t prev_line = begin;     // and its index
  bool dates_only = false;      // the entry so far holds only dates: "1984" / "1986:"
  bool dates_first = false;     // the entry opened with a line of dates alone
  auto close = [&](size_t at) {
    if (!open) return;
    current.end_line = at;
    while (current.end_line > current.first_line && doc.lines[current.end_line - 1].blank()) --current.end_line;
    entries.push_back(std::move(current));
    current = Entry();
    open = has_body = has_date = false;
    min_body_indent = -1;
  };

  for (size_t i = begin; i < end; ++i) {
    LineFacts& f = facts[i - begin];
    if (f.blank || f.joined_end) continue;
    const Line& line = doc.lines[i];
    // Lines that continue the one before: "and a CIM Certificate (2020)."
    if (open && prev_body && !f.body && !f.dated && !line.bulleted && !f.enumerated &&
        (f.starts_lower || EndsOpenSentence(doc.lines[prev_line].norm, line.norm))) {
      f.body = true;
    }
    // Text indented under a dated header, after body lines, or under the text
    // column of a "date<TAB>title" line: more body.
    if (open && has_date && !f.body && !f.dated && !line.bulleted &&
        ((line.indent >= first_indent + 2 && (has_body || prev_body)) ||
         (text_column > 0 && line.indent >= text_column - 1))) {
      f.body = true;
    }
    // Dates written first are followed by their header; body right after
    // them ("Description") means they closed the header above instead.
    if (open && dates_only && !f.date_only && f.body) dates_first = false;
    // Under dates written first, text after the body is more body: the
    // next entry opens at its dates ("Assessment" wrapped off a bullet).
    if (open && dates_first && has_body && !f.body && !f.dated) f.body = true;
    bool starts = false;
    if (!open) {
      starts = true;
    } else {
      // Back at the entry's own indent after an indented body: a new entry.
      bool dedent = has_body && min_body_indent > first_indent && line.indent <= first_indent &&
                    (!line.bulleted || first_bulleted) && (!f.body || f.dated || (f.labelled && !f.prose));
      // "2) ..." after "1) ...": sibling list items are sibling entries.
      bool sibling = f.enumerated && first_enumerated && line.indent <= first_indent + 1;
      if (dedent || sibling) {
        starts = true;
      } else if (!f.body) {
        // "1984" / "1986:" / "Kenya Law Reform Commission": dates written
        // before the header they belong to.
        // Under such dates, only the next date opens the next entry.
        if ((dates_only || dates_first) && !f.dated) starts = false;
        else if (has_body) starts = true;
        else if (has_date && (f.dated || (!dates_first && header_block_until_date(i)))) starts = true;
      }
    }
    if (starts) {
      close(i);
      current.first_line = i;
      open = true;
      first_indent = line.indent;
      first_enumerated = f.enumerated;
      first_bulleted = line.bulleted;
      text_column = DateColumnWidth(doc, line, f);
      dates_only = true;
      dates_first = f.date_only;
      if (f.body && (f.dated || f.enumerated)) f.body = false;  // an entry's first line is its header
    }
    std::string_view label, text;
    if (f.labelled && (SplitLabel(line.norm, &label, &text) || IsColonlessLabelLine(line.norm, &label, &text))) {
      Span s = line.RawSpan(static_cast<size_t>(text.data() - line.norm.data()), line.norm.size());
      current.parts.push_back({std::string(label), std::string(text), s.begin, s.end});
    }
    if (f.body && (has_date || !current.header_lines.empty())) {
      current.bullet_lines.push_back(i);
      // Short items before the date ("– GPA: 3.5/4.0") belong to the header block;
      // so does the end date under a start date, before the header it opens.
      if (!(dates_only && f.date_only)) has_body = has_body || has_date || f.long_body;
      if (min_body_indent < 0 || line.indent < min_body_indent) min_body_indent = line.indent;
    } else {
      current.header_lines.push_back(i);
    }
    prev_body = f.body;
    prev_line = i;
    dates_only = dates_only && f.date_only;
    if (f.dated && !current.dates) {
      // Prefer a range on this line; else the first point.
      const DateMatch* best = &f.dates.front();
      for (const DateMatch& m : f.dates) {
        if (m.is_range) {
          best = &m;
          break;
        }
      }
      current.dates = ToDateRange(*best, line);
      has_date = true;
    }
  }
  close(end);
  return entries;
}

}  // namespace cvparse
