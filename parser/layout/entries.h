// Entry splitting: cuts a section into entries (one job, degree, project...).
//
//   University of Electronic Science and Technology of China (UESTC)   ┐
//   M.E. in Computer Science and Technology                            │ entry 1: header lines,
//   – GPA: 3.50/4.0                                                    │ dates 2021-09..2024-06
//   Chendu, CHN                                                        │
//   2021.9- 2024.6                                                     ┘
//   Zhejiang University of Technology (ZJUT)                           ┐ entry 2
//   ...                                                                ┘
//
// Line facts. A body line is a list item (a bullet glyph, or a list number
// "1." / "2)" on a line without a date), a line opening with an action verb
// ("Analyzed test results ...", see action_verbs.h), a heading that names a
// part of an entry in this kind of section ("Responsibilities:", see
// HeadingLexicon::IsEntryPart), a labelled line ("Label: text", or a
// Europass label without a colon: "Business or sector ..."), or prose (see
// IsProseLine). A dated list item with a deeper list under it is a header:
//   "● Full-Stack Developer — Merlion (Mar 2022 – Present)" / "   ▪ Built ...".
// Page footers ("Page 2 of 6") count as blank lines.
// A line "Title: dates, Company" ("Java Developer: Jan. 2000 - Nov. 2004,
// MJ Design, Cleveland, OH") is no labelled line, and a dated sentence that
// tells a job ("Worked at Bayfront Title Company as a Closing Coordinator
// from June 2009 to December 2011.") is no prose: both are a job's header.
// Inside an entry, a line starting in lower case after a body line continues
// it ("and a CIM Certificate (2020)."), as does one word and a full stop
// after a body line that stops on a lower-case word ("... such as" /
// "HTML."); and an undated line indented 2+
// columns deeper than the entry's first line, after body lines, is body too.
//
// Rules, in order, for each non-blank line L after the heading:
//   1. L starts an entry when it comes back to the entry's first indent after
//      an indented body ("Course project: ...  Fall 2023" after "  Annotated
//      ..."), unless it is prose; or when L and the entry's first line are
//      both numbered list items at one indent ("2) ..." after "1) ...").
//   2. Otherwise a body line never starts an entry.
//   3. L starts an entry when the current entry already has body lines
//      (a new title after the bullets of the last job).
//   4. L starts an entry when the current entry already has a date and the
//      lines from L to the next dated line hold no long body: they are the
//      header block of the next entry ("title / org / location / date" in any
//      order).
// Dates written first: an entry that opens with a line of dates alone
// ("1984" / "1986:", "April 2014") and goes on with a header line takes
// that header, and rules 3 and 4 do not apply to it: only the next dated
// line starts the next entry, and text after its body is more body. (Body
// right after such dates, "Description", means they closed the header block
// above them, and the rules apply as usual.)
// Multiple roles at one employer come out as separate entries; the
// experience extractor carries the employer over.
#ifndef CVPARSE_LAYOUT_ENTRIES_H_
#define CVPARSE_LAYOUT_ENTRIES_H_

#include <string_view>
#include <vector>

#include "cvparse/document.h"
#include "lexicon/lexicons.h"

namespace cvparse {

// Uses the lexicons' dates, action verbs and headings.
std::vector<Entry> SplitEntries(const Document& doc, const Section& section, const Lexicons& lexicons,
                                YearMonth as_of);

// "Keywords: a, b" → {"Keywords", "a, b"}; false when the line is not labelled.
// A label is 1-4 words before a colon, at most 30 bytes.
bool SplitLabel(std::string_view norm, std::string_view* label, std::string_view* text);

// Europass labels written without a colon: "Business or sector Information and
// communication" => {"Business or sector", "Information and communication"}.
// `label` and `text` may be null.
bool IsColonlessLabelLine(std::string_view norm, std::string_view* label = nullptr,
                          std::string_view* text = nullptr);

// Is the line running text rather than a title? True when it
//   * ends a sentence: ';', '!', '?', '。', '；', or '.' after 3+ words where
//     the last word is not an abbreviation ("Inc.", "S.A.S.", "Ltd."); or
//   * has no date and 9+ words, 60% of them starting in lower case; or
//   * is longer than 100 bytes and has no date, or half its words start in
//     lower case.
//   "Supervise 35 associates on the outbound shift. Manage labor planning, safety audits and" => true
//   "Northwind Analytics, Inc. — Austin, TX"                                                  => false
bool IsProseLine(std::string_view norm, bool dated);

// Converts a DateMatch found in `line` to a DateRange with raw spans.
DateRange ToDateRange(const DateMatch& match, const Line& line);

}  // namespace cvparse

#endif  // CVPARSE_LAYOUT_ENTRIES_H_
