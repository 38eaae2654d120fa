// Entities: the structured entries extracted from a résumé's sections.
//
// Each struct maps onto a JSON Resume item (see json_resume.h for the exact
// mapping); fields the schema cannot hold go to the x-cvparse block. Every
// entity keeps the Span of the text it came from.
#ifndef CVPARSE_ENTITIES_H_
#define CVPARSE_ENTITIES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cvparse {

struct Span;  // document.h

// A date or a range, normalised to ISO 8601 prefixes.
struct DateRange {
  std::string start;       // "2021", "2021-09", "2021-09-15"; "" when unknown
  std::string end;         // same forms; "" for a single date or an open range
  bool present = false;    // the end was "Present"/"至今" (end holds the as-of month)
  bool expected = false;   // "Expected May 2025"
  std::string precision;   // of the start: "year", "season", "quarter", "month", "day"
  std::string rule;        // the date rule that matched, e.g. "yyyy.m - yyyy.m"
  uint32_t span_begin = 0, span_end = 0;
};

// A labelled sub-line of an entry: "Keywords: Recommendation, Knowledge graph".
struct LabelledPart {
  std::string label;   // as written, without the colon: "Keywords"
  std::string text;
  uint32_t span_begin = 0, span_end = 0;
};

// A block of lines inside a section that describes one thing (a job, a
// degree, a project), found by the entry splitter.
struct Entry {
  size_t first_line = 0;                 // index into Document::lines
  size_t end_line = 0;                   // exclusive
  std::vector<size_t> header_lines;      // non-bullet lines before the body
  std::vector<size_t> bullet_lines;      // list items and body lines
  std::optional<DateRange> dates;        // the entry's main date or range
  std::vector<LabelledPart> parts;
};

struct Grade {
  std::string raw;          // "3.55/5.0", "CGPA 8.6/10", "92%", "First Class Honours", "1,7"
  std::string kind;         // "gpa", "percentage", "uk_class", "german", "points"
  double value = 0;         // 3.55
  double scale = 0;         // 5.0 (100 for percentages; 0 when unknown)
  double normalized = -1;   // 0..1, 1 is best; -1 when unknown
  bool scale_guessed = false;  // no scale was written; `scale` was inferred from the value
  uint32_t span_begin = 0, span_end = 0;
};

struct Rank {
  std::string raw;          // "Rank: 3/130", "top 5%"
  int position = 0;         // 3
  int total = 0;            // 130
  double top_percent = 0;   // 5 for "top 5%"
};

struct Course {
  std::string name;
  std::string grade;        // as written: "94", "A", "" when none
  uint32_t span_begin = 0, span_end = 0;
};

struct Education {
  std::string institution;
  std::string acronym;       // "UESTC" when written "(UESTC)"
  std::string degree;        // as written: "M.E.", "B.Tech", "本科"
  std::string level;         // secondary, diploma, associate, bachelor, master, doctorate, postdoc
  std::string area;          // field of study
  std::string written;       // degree and area as written together: "Bachelor of Science in Nursing"
  std::string location;
  std::optional<DateRange> dates;
  std::optional<Grade> grade;
  std::optional<Rank> rank;
  std::vector<Course> courses;
  std::vector<std::string> highlights;
  uint32_t span_begin = 0, span_end = 0;
};

// Work, research, project and volunteer entries share one shape.
struct Experience {
  std::string kind;          // "work", "research", "project", "volunteer", "break" (career break)
  std::string organization;
  std::string position;
  std::vector<std::string> roles;  // the titles a compound position joins: "Founder and CEO" => Founder, CEO
  std::string name;          // project or research title
  std::string location;
  std::optional<DateRange> dates;
  bool current = false;
  int months = 0;            // length of the dated range, 0 when unknown
  std::vector<std::string> highlights;
  std::vector<std::string> keywords;
  std::vector<LabelledPart> parts;
  std::string summary;
  uint32_t span_begin = 0, span_end = 0;
};

struct Publication {
  std::string title;
  std::vector<std::string> authors;
  int owner_position = 0;    // 1-based position of the résumé's owner among authors, 0 unknown
  std::string venue_raw;     // as written: "ICASSP", "IJSI"
  std::string venue;         // full name from the venues lexicon, else venue_raw
  std::string venue_abbr;    // "ICASSP": written or from the venues lexicon
  std::string status;        // published, accepted, in_press, submitted, under_review, preprint
  std::string year;
  std::string url;
  std::string summary;       // what the item says besides the citation ("score 23/17/17")
  uint32_t span_begin = 0, span_end = 0;
};

// One mention of a skill in the text.
struct SkillMention {
  std::string name;          // canonical: "PyTorch"
  std::string category;      // taxonomy category
  std::string raw;           // as written: "Pytorch"
  std::string group;         // the skills-table group it was listed under: "Frameworks"
  std::string section;       // section kind where it was found
  uint32_t span_begin = 0, span_end = 0;
};

// All mentions of one skill, with experience from the dated entries it appears in.
struct SkillSummary {
  std::string name;
  std::string category;
  std::string group;
  int mentions = 0;
  int months = 0;            // months of the dated entries mentioning it (overlaps merged)
  std::string last_used;     // ISO end of the latest entry mentioning it
};

struct TestScore {
  std::string test;          // "IELTS", "TOEFL", "CET-6", "JLPT", "GRE"
  std::string score;         // "7.0", "105", "N2"
  std::vector<std::string> sub_scores;  // "7.5", "7.5", "6.0", "6.5" (or "L 8.0")
  std::string language;      // the language it certifies: "English"
  uint32_t span_begin = 0, span_end = 0;
};

struct Language {
  std::string language;      // "English"
  std::string fluency;       // as written or derived: "Native", "C1", "IELTS 7.0"
  bool inferred = false;     // only known from a test score
  uint32_t span_begin = 0, span_end = 0;
};

struct Award {
  std::string title;
  std::string date;          // ISO
  std::string awarder;
  std::string summary;
  uint32_t span_begin = 0, span_end = 0;
};

struct Certificate {
  std::string name;
  std::string issuer;
  std::string date;          // ISO
  uint32_t span_begin = 0, span_end = 0;
};

// A gap between consecutive positions.
struct Gap {
  std::string from;          // ISO month after the previous position ended
  std::string to;            // ISO month the next one started
  int months = 0;
};

// Experience stated in words: "12+ years of project management expertise".
struct StatedExperience {
  std::string text;          // as written, without the qualifier: "12+ years"
  double years = 0;          // 12; months become a fraction ("5 years 6 months" => 5.5)
  bool at_least = false;     // "12+", "over", "more than"
  uint32_t span_begin = 0, span_end = 0;
};

struct Entities {
  std::vector<Education> education;
  std::vector<Experience> experience;   // work, research, projects, volunteer in document order
  std::vector<Publication> publications;
  std::vector<SkillMention> skill_mentions;
  std::vector<SkillSummary> skills;
  std::vector<Language> languages;
  std::vector<TestScore> test_scores;
  std::vector<Award> awards;
  std::vector<Certificate> certificates;
  std::vector<std::string> interests;
  int total_experience_months = 0;      // work positions, overlaps merged
  std::vector<StatedExperience> stated_experience;
  std::vector<Gap> gaps;
};

}  // namespace cvparse

#endif  // CVPARSE_ENTITIES_H_
