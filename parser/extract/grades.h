// Grades and ranks: GPAs, percentages, German marks, UK degree classes and
// class ranks, as written on education lines.
//
//   "GPA: 3.50/4.0"            => gpa 3.5 / 4.0, normalized 0.875
//   "GPA: 3.55/5.0"            => gpa 3.55 / 5.0, normalized 0.71
//   "CGPA 8.6/10"              => gpa 8.6 / 10, normalized 0.86
//   "GPA 3.5"                  => gpa 3.5 / 4.0 (scale guessed), normalized 0.875
//   "92%", "Percentage: 85"    => percentage 92 / 100, 85 / 100
//   "8.1 / 10", "110/110"      => gpa 8.1 / 10; points 110 / 110
//   "Note 1,7"                 => german 1.7 / 5, normalized (5 - 1.7) / 4 = 0.825
//   "2:1", "First Class"       => uk_class, normalized 0.8, 1.0
//   "mention « très bien »"    => fr_mention 16 / 20, normalized 0.8
//   "Rank: 3/130", "top 5%"    => rank position 3 of 130; top 5 %
//   "3.10 Python", "Rank 3", "2021.9 - 2024.6", "Sep 2019"  => nothing
//
// Kinds and their normalised value (0..1, 1 is best):
//   gpa         value / scale. Explicit scales: "/4", "/4.0", "/4.3", "/5", "/10" ...
//               When no scale is written (a "GPA" label and a number) it is
//               guessed and Grade::scale_guessed is set:
//                 value <= 4.0 -> 4.0;  <= 5.0 -> 5.0;  <= 10 -> 10;  <= 100 -> 100.
//               A Chinese GPA ("绩点 3.6") follows the same rule: most Chinese
//               universities report on 4.0 and write the scale when it is 5.0.
//   percentage  value / 100 ("92%", "Percentage: 85", "(72%)").
//   points      value / scale for other written scales: "16/20" (France),
//               "110/110" (Italy), "450/500" after a "Marks" label.
//   german      1.0 is best, 4.0 the lowest pass, 5.0 a fail; scale is 5 and
//               normalized = (5 - value) / 4, clamped to 0..1 ("Note 1,7" ->
//               0.825, "1,0" -> 1.0, "4,0" -> 0.25). Needs a German label
//               ("Note", "Abschlussnote", ...) and a value in 1.0..5.0.
//   uk_class    value is the class ordinal (1 best), scale 0; normalized from
//               grade_scales.tsv: First / Distinction 1.0, 2:1 / Merit 0.8,
//               undivided second 0.7, 2:2 0.6, Third 0.4, Pass / Ordinary 0.3.
//               One-word names ("First", "Merit", "Pass", "2.1") count only
//               as a cell of their own: "(First)", ", 2:1", "— Merit".
//   fr_mention  value is the lowest mark out of 20 the mention needs, scale
//               20: très bien 16 (0.8), bien 14 (0.7), assez bien 12 (0.6),
//               passable 10 (0.5).
// An unlabelled fraction is a grade only when its scale is a known one (4,
// 4.3, 4.5, 5, 6, 7, 10, 20, 30, 100, 110), the value is not above it, and
// the value has decimals or the scale is 10 or more ("3/4" is not a grade).
// An unlabelled percentage must be a cell of its own ("92%", "(72%)").
// Ranks are found first; a grade never overlaps a rank ("top 10%").
#ifndef CVPARSE_EXTRACT_GRADES_H_
#define CVPARSE_EXTRACT_GRADES_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cvparse/entities.h"

namespace cvparse {

struct GradeMatch {
  Grade grade;                 // span_begin/span_end left 0: offsets are below
  size_t begin = 0, end = 0;   // in the searched text
};

struct RankMatch {
  Rank rank;
  size_t begin = 0, end = 0;
};

class GradeParser {
 public:
  // Builds the parser from the text of grade_scales.tsv. Returns nullptr and
  // sets *error ("grade_scales.tsv:LINE: reason") on a bad row.
  static std::unique_ptr<GradeParser> Create(std::string_view tsv, std::string* error);

  ~GradeParser();
  GradeParser(const GradeParser&) = delete;
  GradeParser& operator=(const GradeParser&) = delete;

  // Every grade in `text`, left to right, not overlapping, none inside a
  // rank. Never fails.
  std::vector<GradeMatch> FindGrades(std::string_view text) const;

  // Every rank in `text`, left to right.
  std::vector<RankMatch> FindRanks(std::string_view text) const;

 private:
  struct Impl;
  explicit GradeParser(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The scale a bare GPA value is read on (see above); 0 when the value is
// out of range (negative or above 100).
double GuessGpaScale(double value);

// value / scale, or the German formula; -1 when it cannot be computed.
double NormalizeGrade(std::string_view kind, double value, double scale);

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_GRADES_H_
