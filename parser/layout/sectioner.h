// Section segmentation: groups lines into sections at headings.
//
//   "Jane Doe\njane@example.com\n\nEDUCATION\nMIT\n\nSKILLS\nC++"
//   => basics  (lines 1-2, no heading)
//      education "EDUCATION" (lines 4-5)
//      skills    "SKILLS"    (lines 7-8)
//
// Every line belongs to exactly one section: no text is dropped. Text before
// the first heading is the header, a section of kind "basics".
#ifndef CVPARSE_LAYOUT_SECTIONER_H_
#define CVPARSE_LAYOUT_SECTIONER_H_

#include <functional>
#include <string_view>

#include "cvparse/document.h"
#include "layout/heading_lexicon.h"

namespace cvparse {

// Tells whether a line names a position ("SENIOR DIVISION OPERATIONS EXECUTIVE").
using PositionTest = std::function<bool(std::string_view)>;

// Fills doc->sections from doc->lines. With `names_position`, a heading the
// lexicon does not know, written in capitals inside a work section below a
// dated line, that names a position is the title of a job there, not a new
// section ("Jackson Associates" / "Palatine, IL 2006 to 2009" / "SENIOR
// DIVISION OPERATIONS EXECUTIVE" / "Doubled sales ...").
// With `names_skill`, a line the lexicon does not know that names one skill
// ("GIT", "MATLAB" between blank lines of a flattened skills list) is an item,
// not a heading.
void FindSections(const HeadingLexicon& lexicon, Document* doc, const PositionTest& names_position = {},
                  const PositionTest& names_skill = {});

}  // namespace cvparse

#endif  // CVPARSE_LAYOUT_SECTIONER_H_
