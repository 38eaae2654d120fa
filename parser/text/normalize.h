// Line splitting and normalisation for matching.
//
// Splits the decoded text at \n, \r\n and \r, and gives each line a
// normalised copy (Line::norm) with a byte-offset map back to the original:
//
//   "☎ (+86) 173‐2603‐1722"   => "(+86) 173-2603-1722"      (glyph dropped, dash unified)
//   "– GPA： 3.50／4.0"        => "GPA: 3.50/4.0", bulleted  (full-width → ASCII)
//   "2021.9 – 2024.6"          => "2021.9 - 2024.6"
//   "Skills\t\tPython,  Java"  => "Skills\tPython, Java"      (tabs and 3+ spaces: one '\t')
//   "● **Work:** done"         => "Work: done", bulleted     (Markdown emphasis dropped)
//   "Python • Java • SQL"      => "Python | Java | SQL"       (inline bullets separate items)
//
// Rules: Unicode spaces → ' '; runs of 1-2 spaces → ' '; tabs and runs of 3+
// spaces → '\t' (a column gap); dashes and tildes → '-'; curly quotes →
// ASCII; full-width forms → ASCII; zero-width characters and variation
// selectors dropped; pictographs and decorative symbols dropped (at the start
// of a line a bullet glyph sets Line::bulleted); '*' dropped (Markdown
// emphasis); leading and trailing whitespace trimmed. Letters keep their case.
#ifndef CVPARSE_TEXT_NORMALIZE_H_
#define CVPARSE_TEXT_NORMALIZE_H_

#include <string_view>
#include <vector>

#include "cvparse/document.h"

namespace cvparse {

// Splits `text` into lines and normalises each one.
std::vector<Line> SplitLines(std::string_view text);

// Normalises one line. `line_text` starts at byte `base` of the document.
Line NormalizeLine(std::string_view line_text, uint32_t base);

}  // namespace cvparse

#endif  // CVPARSE_TEXT_NORMALIZE_H_
