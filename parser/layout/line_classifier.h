// Line classification: is this line a section heading, and of what kind?
//
// Combines the heading lexicon with layout cues, so both known and unknown
// headings are found:
//
//   "EDUCATION"                 => heading, kind "education" (lexicon)
//   "Work Experience:"          => heading, kind "work"
//   "## Projects"               => heading, kind "projects"
//   "一、教育背景"                => heading, kind "education"
//   "Skills: Python, SQL"       => heading, kind "skills", inline content after the colon
//   "EXPERIANCE"                => heading, kind "work" (one typo, with a layout cue)
//   "TEACHING & OUTREACH"       => heading, kind "other" (ALL CAPS, blank line before)
//   "Career Experience/Job History" => heading, kind "work" (two known headings as one)
//   "Employee Leadership & Training" => not a heading (one part known, no heading layout)
//   "Languages\tChinese, IELTS" => not a heading (a row of a skills table)
//   "- Skills"                  => not a heading (a list item)
#ifndef CVPARSE_LAYOUT_LINE_CLASSIFIER_H_
#define CVPARSE_LAYOUT_LINE_CLASSIFIER_H_

#include <string>
#include <vector>

#include "cvparse/document.h"
#include "layout/heading_lexicon.h"

namespace cvparse {

struct HeadingMatch {
  bool is_heading = false;
  std::string kind;          // canonical key, "other" for unknown headings
  bool from_lexicon = false;
  size_t label_end = 0;      // norm bytes of the heading label (all of it unless inline)
  bool inline_content = false;  // "Skills: Python" — content follows on the same line
};

// Classifies lines[index] using its neighbours for layout cues.
HeadingMatch ClassifyHeading(const std::vector<Line>& lines, size_t index,
                             const HeadingLexicon& lexicon);

}  // namespace cvparse

#endif  // CVPARSE_LAYOUT_LINE_CLASSIFIER_H_
