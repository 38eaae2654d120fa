// ResumeView: the facts of a parsed résumé the scorer needs, indexed by line.
//
//   line 31 "- Designed the gateway in Go ..."
//     => SectionOf(31) = the "work" section, EntryOf(31) = entry 0
//        {kind work, title "Senior Backend Engineer · Vistula Pay", 2021-05..present}
//   years: merged months of the positions / 12, or "8 years of experience" in the summary
//   degrees: {master, "Master's degree in Computer Science", line 22}, ...
//   title lines: the headline under the name, each position (latest first)
//
// Built from Document::entities (experience, education) as the parser filled
// them; education falls back to the degree lexicon over the education
// section when the parser found no education entries.
#ifndef CVPARSE_SCORING_RESUME_VIEW_H_
#define CVPARSE_SCORING_RESUME_VIEW_H_

#include <string>
#include <vector>

#include "cvparse/document.h"
#include "extract/dates.h"
#include "scoring_data.h"

namespace cvparse::scoring {

struct ViewEntry {
  std::string kind;        // work, research, project, volunteer, break
  std::string title;       // "Senior Backend Engineer · Vistula Pay", or the project name
  std::string position;    // for title matching; "" for projects
  size_t first_line = 0;   // lines [first_line, end_line) of Document::lines
  size_t end_line = 0;
  int first_month = -1;    // month index (year * 12 + month - 1), -1 when undated
  int last_month = -1;
  std::string end_iso;     // "2023-10", "present", ""
  bool position_entry = false;  // counts as professional experience
};

struct DegreeFact {
  int rank = 0;            // DegreeLevelRank
  std::string level;       // "master"
  std::string text;        // the degree line as written (trimmed)
  std::string area;        // field of study when known
  size_t line = 0;         // index into Document::lines
  Span span;               // of the degree
};

struct TitleLine {
  std::string text;        // normalised line text
  size_t line = 0;         // index into Document::lines
  Span span;
  double factor = 1.0;     // 1 headline or latest position, 0.8 older positions
  std::string where;       // "headline", "position", "summary"
};

struct StatedYears {
  double years = 0;
  size_t line = 0;
  Span span;
};

class ResumeView {
 public:
  ResumeView(const Document& doc, const ScoringData& data, YearMonth as_of);

  const Document& doc() const { return doc_; }
  YearMonth as_of() const { return as_of_; }
  int as_of_month() const { return as_of_month_; }

  // The section / entry holding line `line`, or -1.
  int SectionOf(size_t line) const;
  int EntryOf(size_t line) const;
  // The line holding byte `offset` of Document::text (the last line when past the end).
  size_t LineOfOffset(uint32_t offset) const;

  const std::vector<ViewEntry>& entries() const { return entries_; }
  const std::vector<DegreeFact>& degrees() const { return degrees_; }
  const std::vector<TitleLine>& titles() const { return titles_; }
  // Months of professional experience, overlaps merged.
  int position_months() const { return position_months_; }
  const StatedYears& stated_years() const { return stated_; }

 private:
  void IndexSections();
  void ReadEntries();
  void ReadDegrees(const ScoringData& data);
  void ReadTitles();
  void ReadStatedYears();

  const Document& doc_;
  YearMonth as_of_;
  int as_of_month_ = 0;
  std::vector<int> line_section_;
  std::vector<int> line_entry_;
  std::vector<ViewEntry> entries_;
  std::vector<DegreeFact> degrees_;
  std::vector<TitleLine> titles_;
  int position_months_ = 0;
  StatedYears stated_;
};

// Month index of a year and month: year * 12 + month - 1.
inline int MonthIndexOf(int year, int month) { return year * 12 + (month > 0 ? month - 1 : 0); }

}  // namespace cvparse::scoring

#endif  // CVPARSE_SCORING_RESUME_VIEW_H_
