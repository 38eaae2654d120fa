// Education: degrees, schools, grades and courses, from sections of kind
// "education" and "courses", and college degrees under another heading that
// names education ("EDUCATION, AFFILIATIONS & SKILLS") or, with no
// education section, under a certificates heading.
//
//   EDUCATION
//   University of Electronic Science and Technology of China (UESTC)
//   M.E. in Computer Science and Technology
//   – GPA: 3.50/4.0
//   Chendu, CHN
//   2021.9- 2024.6
//     => {institution "University of Electronic Science and Technology of China",
//         acronym "UESTC", degree "M.E.", level master, area "Computer Science and
//         Technology", location "Chendu, CHN", 2021-09..2024-06, gpa 3.5/4.0 (0.875)}
//   B.S. in Computer Science, Minor in Mathematics, May 2016          GPA: 3.7/4.0
//     => {degree "B.S.", level bachelor, area "Computer Science", dates 2016-05 (one date:
//         the graduation), gpa 3.7/4.0}
//   2017年9月 - 2020年6月    华中理工科技大学    计算机科学与技术    硕士
//     => {institution "华中理工科技大学", degree "硕士", level master, area "计算机科学与技术"}
//   Qualification   Institute / Board        Year      Score     (a table header row: column roles)
//   12th (HSC)      Kendriya Vidyalaya No. 2, Pune (CBSE)   2020   92%
//     => {institution "Kendriya Vidyalaya No. 2", location "Pune", degree "12th", level
//         secondary, percentage 92}
//
//   SELECTED COURSES
//   - Postgraduate:
//   Machine Learning (94), Formal Method (92), Advanced Algorithm Design and Analysis(86)
//     => courses {Machine Learning, 94}, ... attached to the master's entry
//
// How a section is cut into entries. SplitEntries (layout/entries.h) is
// not used here: its "header block until the next date" rule cuts common
// education layouts in the wrong place (Europass "date / degree / school";
// "School, City   Expected May 2026 / degree / coursework" followed by a
// school whose date comes last). Instead each entry fills three slots once,
// a school, a degree and a date, and a line that brings a slot the entry
// already has starts the next one (Segment in education.cc has the details:
// units such as "Faculty of X" and years inside "Dean's List 2019" do not
// count; "A-levels" then "GCSEs" stay together). Lines before the first
// entry, and from a heading the sectioner missed ("Skils", "SELECTED
// PUBLICATIONS") to the next school or degree, are dropped. A school alone
// on a line right above a degree heads every college degree below it until
// the next school ("Stanford University" / "BS ..., 2015" / "MS ..., 2017":
// both Stanford's); a school below its degree stays that degree's.
//
// How an entry is read. Each line is cut into chunks at tabs, commas, semicolons, '|', " - ",
// " -- ", '·' and dot leaders (never inside parentheses, dates or grades). Then:
//   * degree: the first chunk that starts with a degree of the lexicon
//     (extract/degrees.h), else the first chunk holding one; a short
//     ambiguous alias ("MS", "BA") only when no other degree is in the entry.
//     "(Hons)" / "(Honours)" after it belong to it; a parenthesised
//     abbreviation after it ("Bachelor of Design (B.Des.)") is skipped.
//     A bare "Bachelor"/"Master" takes "of <Word>" along ("Bachelor of
//     Horticulture", not in the lexicon);
//     "Certificate in X" / "Diploma in X", a chunk of a few capitalised
//     words ending in "Diploma" / "Certificate" ("Computer System Technician
//     Diploma") and a capitalised one in prose ("... to attain National
//     Certificate in Motor Industry") are kept with level "". "Graduate in
//     X" is "Graduate".
//   * area: after the degree: "in X", "of X", ": X", ", X" (the next chunk,
//     when it is not a school or a minor), or the words right after it ("MSc Computer
//     Science"); else a parenthesis after it ("B.Tech (CSE)"); else the words
//     before it in its cell ("统计学 硕士", not a label "Course:" or a
//     verb "Completed") or the cell before it when that is not a school or
//     date ("计算机科学与技术 \t 硕士"); else, when the degree ends its line
//     (or only "in" / "of" follows it: "Diploma in" / "Embedded Systems"),
//     the next line's first chunk if it is a few capitalised words and no
//     school, place, date, label or honour ("BSc (Hons)" / "Marketing");
//     else a labelled chunk ("spécialité Mécanique", "Major: Economics").
//     "Minor in X" and a lone ")" are not the area. "Degree" right after
//     the degree belongs to it ("BS Degree in Software Engineering").
//   * institution: the column "Institution" of a table, else the first chunk
//     with an institution word (University, College, 大学, ...), on the
//     degree's line first; "School of X, University of Y" takes Y. The words
//     before the institution word must read as a name ("Double diplôme avec
//     la Hochschule Karlsruhe" is prose). "X (ABC)" sets the acronym "ABC".
//     The name is cut out of its chunk: not what comes before "at" / "from"
//     / "for" / a label's colon ("Lecturer at the Institute of X"), nor
//     lower-case prose or "Degree" after it ("University of Oslo with
//     courses in ...", "Manchester University Degree"). A name that ends in
//     "of" / "and" goes on at the start of the next line ("CITY COLLEGE OF"
//     / "NEW YORK"). No school: the word alone ("College" as a table label),
//     a citation ("Simmons, T.J. (2005). ... School"), an award ("York
//     University Entrance Scholarship"), a programme or a job ("EDUCAUSE
//     Institute Leadership Program", "Middle School English Teacher"),
//     "Sponsored school newspaper". A school after "from" / "at" in the
//     degree's chunk comes first ("Bachelor's degree from IBSAR Management
//     College, University of Chicago").
//   * location: the place-like chunks after the institution on its line
//     ("Boston, MA"), else a line made only of place-like chunks ("Chendu, CHN").
//   * dates: the first date (a range preferred) on the degree's line, else
//     the school's line, else a date-only line, else any line. A single date
//     is the graduation date: JSON endDate.
//   * grade / rank: the first ones found (extract/grades.h), not counting
//     thesis, project and course lines.
//   * courses: "Relevant Coursework: a, b", "Courses (grade):" followed by
//     lines of courses, "主修课程：a、b"; "A-levels: Maths (A*), Physics (B)".
//     A course's grade is the parenthesis at its end: "Operating Systems (A)".
//   * highlights: lines that gave none of the fields above ("Dean's List",
//     "Thesis: ..."), and the other chunks of lines that did ("Minor in
//     Mathematics", "Dean's List" after "GPA: 3.8/4.0 •").
// An entry with neither a degree nor an institution is dropped.
//
// Courses sections: lines "Label:" switch the target entry: a label naming a
// level ("Postgraduate", "Graduate", "Master", "硕士" => the master's entry;
// "Undergraduate", "Bachelor", "本科" => the bachelor's) or an institution or
// acronym ("UESTC:"); an unlabelled list goes to the most recent entry (the
// latest end date). Sections headed as training or professional development
// ("TRAINING", "Continuing Professional Development") are not courses of a
// degree and are skipped.
#ifndef CVPARSE_EXTRACT_EDUCATION_H_
#define CVPARSE_EXTRACT_EDUCATION_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cvparse/document.h"
#include "extract/degrees.h"
#include "extract/grades.h"
#include "lexicon/lexicons.h"

namespace cvparse {

class EducationExtractor {
 public:
  // Loads degrees.tsv and grade_scales.tsv. Returns nullptr and sets *error
  // ("degrees.tsv:LINE: reason") when a file is missing or malformed.
  static std::unique_ptr<EducationExtractor> Create(std::string* error);

  // Appends the entries of doc's education sections to
  // doc->entities.education in document order and attaches the courses of
  // its courses sections. Thread-safe.
  void Extract(const Lexicons& base, YearMonth as_of, Document* doc) const;

  const DegreeLexicon& degrees() const { return *degrees_; }
  const GradeParser& grades() const { return *grades_; }

 private:
  EducationExtractor(std::unique_ptr<DegreeLexicon> degrees, std::unique_ptr<GradeParser> grades);
  std::unique_ptr<DegreeLexicon> degrees_;
  std::unique_ptr<GradeParser> grades_;
};

// Splits a course list into courses: "Machine Learning (94), Operating
// Systems(A)" => {Machine Learning, 94}, {Operating Systems, A}. `from` is
// where the list starts in line.norm. Separators: , ; | 、 (outside
// parentheses). Spans are filled from the line; when `text` (the
// Document::text) is given, grades are copied as written there ("A*",
// which norm writes "A").
std::vector<Course> ParseCourseList(const Line& line, size_t from, std::string_view text = {});

// "Machine Learning (94)"; the name alone when there is no grade.
std::string CourseText(const Course& course);

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_EDUCATION_H_
