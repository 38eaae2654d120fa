// Experience: jobs, research, projects and volunteer roles, from their sections.
//
//   Experience                                        (section kind "work")
//   Northwind Analytics, Inc. — Austin, TX
//   Staff Software Engineer, Jan 2022 – Present
//   • Lead a 6-person platform team ...
//   Senior Software Engineer, Jan 2019 – Dec 2021
//   • Rebuilt invoice generation ...
//     => {work, org "Northwind Analytics, Inc.", position "Staff Software Engineer",
//         location "Austin, TX", 2022-01..present, current, highlights [...]}
//        {work, org "Northwind Analytics, Inc." (carried over), position "Senior
//         Software Engineer", 2019-01..2021-12, 36 months}
//
//   RESEARCH EXPERIENCE                               (section kind "research")
//   A Relevance Relation Extraction framework for cross-domain recommender system
//   2022 - 2023
//   – Keywords: Recommendation, Knowledge graph, relevance relation extraction
//   - Background: ...
//     => {research, name "A Relevance Relation ...", 2022..2023, keywords [Recommendation,
//         Knowledge graph, relevance relation extraction], parts [Keywords, Background, ...]}
//
// Sections read, and the kind their entries get:
//   work, teaching           => "work"
//   research                 => "research" (a position when the header names a
//                               title and an organisation, else a project with a name)
//   projects                 => "project"
//   volunteer, activities    => "volunteer" (activities headed "memberships" or
//                               "affiliations" are skipped: they are not roles)
//   service and other kinds are not read; but a section of kind "other"
//   whose heading the lexicon does not know is read as jobs when its heading
//   line is the employer of a first job with a title and dates (an employer
//   in capitals that the sectioner took for a heading: "TANDEM AUSTRALIA
//   DEVELOPMENT" / "Senior Developer (A/P)" / "July 1996 to October 1996").
// A work entry whose header is a career break ("Career break", "Sabbatical";
// job_titles.tsv kind "break") gets kind "break": kept, but never counted.
//
// Each section is cut with SplitEntries (layout/entries.h). Per entry:
//   * Header lines give position, organisation and location (positions:
//     ParsePositionHeader) or name, role and organisation (projects:
//     ParseProjectHeader); see extract/experience_header.h. Labelled header
//     lines ("Company: ...", "Role: ...", "Designation: ...", "Location: ...")
//     fill those fields directly ("Company:", "Employer:", "Position:",
//     "Designation:" win over what the header lines suggest; "Client:" and
//     "Role:" only fill what is missing). A table header row
//     ("Period<TAB>Employer<TAB>Role") is skipped.
//   * A job whose header names no position takes the title that opens its
//     first line of text ("Researcher at the Secretariat of State ...",
//     "Kitchen Manager, Managing all the kitchen staff ..."), and the
//     employer after " at " when it has none. A note of three words or more in
//     brackets after a position is dropped ("(part time to 2011, ...)").
//   * An organisation that names an award ("Managerial Excellence Award",
//     "Received Florida Wine Spectator Award for") is dropped: a line of the
//     job's text read as a header.
//   * A work or volunteer position needs a title word for its head
//     (NamesPosition) unless a label named it; the candidate's own name (a
//     page's running header) is neither position nor organisation.
//   * In a section of dated jobs, an undated entry with no position is text
//     of the job before it (a bullet that lost its glyph), unless it names
//     an employer (organisation words) and the next entry is a dated role
//     with none: "Automatic Data Processing, Inc." / "Global provider of ..."
//     / "DIVISION VICE PRESIDENT/GENERAL MANAGER (2003 to 2007)".
//   * Several roles at one employer: an entry with a position but no
//     organisation takes the organisation (and location) of the entry just
//     before it in the section when their dates touch or overlap (or either
//     has none). An employer-only entry right before such roles ("Google
//     2015 – Present" over "Senior Engineer (2020 – Present)") is dropped.
//   * Body lines: list items and labelled lines become highlights (list marks
//     removed, "Label: text" kept whole); lines that wrap a list item join
//     it; other prose becomes the summary. Keyword-like labelled parts
//     ("Keywords", "Tech stack", "Technologies", "Environment", "技术栈")
//     fill keywords and are not repeated as highlights. Every labelled part
//     is kept in `parts`.
//   * months: CountMonths (extract/experience_totals.h): inclusive, year-only
//     start = January, year-only end = December, single dates 0.
//   * A section written as a flat list (every line a list item at one indent,
//     e.g. "- **tiny-signals** — a 2 kB state library") gives one item per
//     line: projects always, other kinds when the lines carry dates.
// The current job told as a sentence in the summary or the header
// ("Currently employed with Sister Nancy's High School, Waukegan, Illinois
// as a Business Teacher.") is added, undated, when its header reading names
// an employer and a title and no job read so far names that employer.
// A compound position gets its roles (SplitCompoundRoles: "Founder and CEO"
// => Founder, CEO). Then FillExperienceTotals sets total_experience_months and gaps.
#ifndef CVPARSE_EXTRACT_EXPERIENCE_H_
#define CVPARSE_EXTRACT_EXPERIENCE_H_

#include <memory>
#include <string>
#include <string_view>

#include "cvparse/document.h"
#include "extract/experience_header.h"
#include "lexicon/lexicons.h"

namespace cvparse {

class ExperienceExtractor {
 public:
  // Loads job_titles.tsv and org_suffixes.tsv. Returns nullptr and sets
  // *error ("job_titles.tsv:LINE: reason") when a file is missing or malformed.
  static std::unique_ptr<ExperienceExtractor> Create(std::string* error);

  // Appends the entries of doc's experience-like sections to
  // doc->entities.experience, in document order, and fills the totals.
  // Thread-safe.
  void Extract(const Lexicons& base, YearMonth as_of, Document* doc) const;

  const RoleLexicon& roles() const { return *roles_; }

 private:
  explicit ExperienceExtractor(std::unique_ptr<RoleLexicon> roles);
  std::unique_ptr<RoleLexicon> roles_;
};

// The Experience::kind for entries of a section; "" when the section is not read.
std::string ExperienceKindFor(const Section& section);

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_EXPERIENCE_H_
