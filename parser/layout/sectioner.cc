#include "layout/sectioner.h"

#include "layout/line_classifier.h"

namespace cvparse {
namespace {

// Closes `section` at `end_line`, trimming trailing blank lines from its span.
void Close(const std::vector<Line>& lines, size_t end_line, Section* section) {
  section->end_line = end_line;
  size_t last = end_line;
  while (last > section->first_line && lines[last - 1].blank()) --last;
  uint32_t begin = lines[section->first_line].span.begin;
  if (section->heading.empty()) {
    // The header: start at its first non-blank line.
    size_t first = section->first_line;
    while (first < last && lines[first].blank()) ++first;
    if (first < last) begin = lines[first].span.begin;
  }
  uint32_t end = last > section->first_line ? lines[last - 1].span.end : begin;
  section->span = {begin, std::max(begin, end)};
}

bool HasText(const std::vector<Line>& lines, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    if (!lines[i].blank()) return true;
  }
  return false;
}

size_t MarkdownLevel(std::string_view norm) {
  size_t level = 0;
  while (level < norm.size() && norm[level] == '#') ++level;
  return level;
}

// Classifies every line. Unknown Markdown headings deeper than the known
// ones are entry titles ("### Engineer - Acme" under "## Experience").
std::vector<HeadingMatch> ClassifyAll(const HeadingLexicon& lexicon, const std::vector<Line>& lines) {
  std::vector<HeadingMatch> matches(lines.size());
  size_t known_level = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    matches[i] = ClassifyHeading(lines, i, lexicon);
    size_t level = MarkdownLevel(lines[i].norm);
    if (matches[i].is_heading && matches[i].from_lexicon && level > 0) {
      known_level = known_level == 0 ? level : std::min(known_level, level);
    }
  }
  if (known_level == 0) return matches;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (matches[i].is_heading && !matches[i].from_lexicon &&
        MarkdownLevel(lines[i].norm) > known_level) {
      matches[i] = HeadingMatch();
    }
  }
  return matches;
}

constexpr size_t kUnknownLookahead = 3;
constexpr size_t kJobsLookahead = 24;

// A year, 1900-2099, standing alone: "2019", "Jan 2019-Present", "(2003 to 2007)".
bool HasYear(std::string_view s) {
  auto digit = [&](size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    if ((i > 0 && digit(i - 1)) || digit(i + 4)) continue;
    bool century = (s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0');
    if (century && digit(i + 2) && digit(i + 3)) return true;
  }
  return false;
}

std::string KeyOf(const std::vector<Line>& lines, size_t i, const HeadingMatch& h) {
  return HeadingKey(std::string_view(lines[i].norm).substr(0, h.label_end));
}

// Inside a work section, a heading that names a part of an entry
// ("Responsibilities:", "Achievements") or that the lexicon does not know
// (an employer or title in capitals: "ACI WORLDWIDE (PACIFIC)") belongs to
// the entries when a dated line follows it before the next known section
// heading: more jobs come after it; a part heading written as a label
// ("Responsibilities:") belongs to the last job too. Flattened résumés lose the indentation
// that told such sub-headings from sections.
void KeepEntryParts(const HeadingLexicon& lexicon, const PositionTest& names_position,
                    const std::vector<Line>& lines, std::vector<HeadingMatch>* headings) {
  std::string_view kind = "basics";
  size_t section_start = 0;
  // Unknown headings in capitals only: an employer line. "Current Research:"
  // and other Title Case labels name sections.
  auto part = [&](size_t i) {
    const HeadingMatch& h = (*headings)[i];
    // A part label the section lexicon does not know ("Responsibilities:" after a
    // blank line) is found by layout alone, and is a part all the same.
    if (lexicon.IsEntryPart(kind, KeyOf(lines, i, h))) return true;
    if (h.from_lexicon) return false;
    const std::string& norm = lines[i].norm;
    bool lower = false;
    for (char c : norm) lower = lower || (c >= 'a' && c <= 'z');
    return !lower && !norm.empty() && norm.back() != ':';
  };
  // An unknown heading must be the header of a dated entry: the date within
  // the next kUnknownLookahead lines. A part heading may precede long text.
  auto dated_line_follows = [&](size_t i) {
    size_t seen = 0;
    bool unknown = !(*headings)[i].from_lexicon;
    for (size_t j = i + 1; j < lines.size(); ++j) {
      if (lines[j].blank()) continue;
      if (unknown && ++seen > kUnknownLookahead) return false;
      if ((*headings)[j].is_heading && !part(j)) return false;
      if (HasYear(lines[j].norm)) return true;
    }
    return false;
  };
  // An unknown heading in capitals with two dated lines or more below it
  // before the next section heading: more jobs follow, so it is an employer
  // of the work section however far below it its date is (flattened
  // two-column text: "HELIOS", "&", "MATHESON,", "New", "York,", "2014").
  // One dated line is not enough: that may be the one date of an unknown section.
  // The look stops after kJobsLookahead lines with text, so that a long run
  // of such headings costs linear time.
  auto more_jobs_follow = [&](size_t i) {
    int dated = 0;
    size_t seen = 0;
    for (size_t j = i + 1; j < lines.size(); ++j) {
      if (lines[j].blank()) continue;
      if (++seen > kJobsLookahead) return false;
      if ((*headings)[j].is_heading && !part(j)) break;
      if (HasYear(lines[j].norm) && ++dated >= 2) return true;
    }
    return false;
  };
  // An unknown heading that names a position, below a dated line of the
  // section: the title of the job that date opened.
  auto title_below_date = [&](size_t i, size_t from) {
    if (!names_position || (*headings)[i].from_lexicon || !names_position(lines[i].norm)) return false;
    for (size_t j = from + 1; j < i; ++j) {
      if (HasYear(lines[j].norm)) return true;
    }
    return false;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    HeadingMatch& h = (*headings)[i];
    if (!h.is_heading) continue;
    // "Responsibilities:" written as a label is a part even after the last job.
    bool label = !lines[i].norm.empty() && lines[i].norm.back() == ':' &&
                 lexicon.IsEntryPart(kind, KeyOf(lines, i, h));
    const bool entries = kind == "work" || kind == "projects";
    auto kept = [&] {
      return dated_line_follows(i) || label || title_below_date(i, section_start) ||
             (!h.from_lexicon && more_jobs_follow(i));
    };
    if (entries && part(i) && kept()) {
      h = HeadingMatch();
      continue;
    }
    kind = h.kind;
    section_start = i;
  }
}

}  // namespace

void FindSections(const HeadingLexicon& lexicon, Document* doc, const PositionTest& names_position,
                  const PositionTest& names_skill) {
  const std::vector<Line>& lines = doc->lines;
  doc->sections.clear();
  Section current;
  current.kind = "basics";
  bool open = true;
  std::vector<HeadingMatch> headings = ClassifyAll(lexicon, lines);
  KeepEntryParts(lexicon, names_position, lines, &headings);
  if (names_skill) {
    for (size_t i = 0; i < lines.size(); ++i) {
      if (headings[i].is_heading && !headings[i].from_lexicon && names_skill(lines[i].norm)) {
        headings[i] = HeadingMatch();
      }
    }
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    const HeadingMatch& heading = headings[i];
    if (!heading.is_heading) continue;
    if (open && (i > current.first_line) &&
        (!current.heading.empty() || HasText(lines, current.first_line, i))) {
      Close(lines, i, &current);
      doc->sections.push_back(std::move(current));
    }
    current = Section();
    current.kind = heading.kind;
    current.from_lexicon = heading.from_lexicon;
    current.inline_content = heading.inline_content;
    current.first_line = i;
    size_t label_end = heading.label_end;
    std::string_view label = std::string_view(lines[i].norm).substr(0, label_end);
    if (heading.inline_content && !label.empty() && label.back() == ':') label.remove_suffix(1);
    current.heading = std::string(label);
    current.heading_span = lines[i].RawSpan(0, label.size());
    open = true;
  }
  if (open && !lines.empty() &&
      (!current.heading.empty() || HasText(lines, current.first_line, lines.size()))) {
    Close(lines, lines.size(), &current);
    doc->sections.push_back(std::move(current));
  }
}

}  // namespace cvparse
