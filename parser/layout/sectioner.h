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

#include "cvparse/document.h"
#include "layout/heading_lexicon.h"

namespace cvparse {

// Fills doc->sections from doc->lines.
void FindSections(const HeadingLexicon& lexicon, Document* doc);

}  // namespace cvparse

#endif  // CVPARSE_LAYOUT_SECTIONER_H_
