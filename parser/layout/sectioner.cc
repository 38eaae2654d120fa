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

}  // namespace

void FindSections(const HeadingLexicon& lexicon, Document* doc) {
  const std::vector<Line>& lines = doc->lines;
  doc->sections.clear();
  Section current;
  current.kind = "basics";
  bool open = true;
  const std::vector<HeadingMatch> headings = ClassifyAll(lexicon, lines);
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
