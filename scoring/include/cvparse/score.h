// Scoring a parsed résumé against a job profile: 0-100, every point traced.
//
//   std::string error;
//   auto parser = cvparse::Parser::Create(&error);
//   auto scorer = cvparse::Scorer::Create(*parser, profile, &error);   // once per profile
//   cvparse::Document doc;
//   parser->Parse(bytes, {}, &doc);
//   cvparse::ScoreResult r = scorer->Score(doc, {2026, 11});
//   // r.total = 87.5; r.items[0] = {"PyTorch", found, 9.0 of 9.0 points,
//   //   evidence: line 104, section skills, span [4690, 4697], "Pytorch"}
//
// THE FORMULA
//
// Five categories, each worth the points of profile.weights (defaults):
//   required skills 45, preferred skills 15, experience 15, education 15, title 10.
// A category the profile does not ask for is left out (so is the title for a
// résumé that names no title) and the points of the others are scaled up so
// that they still sum to 100.
//
// Skills (required and preferred alike). Each place where an item is found
// is an evidence with a strength:
//     context   experience entry (work, research, project, volunteer) 1.0,
//               certificates 1.0, publications 0.9, summary or headline 0.8,
//               education 0.8, awards or courses 0.7, skills list 0.6, other 0.5
//   x recency   experience entries only: the entry ended (or is current) within
//               2 years of the as-of month 1.0, then 0.05 less per year, at
//               least 0.6; an undated entry 0.9.
// credit = min(1, best strength + 0.1 x (other places found, at most 2)).
// An item with min_years Y: when the dated entries mentioning it (or an
// "N years" note beside it) add up to M < 12Y months, credit x= 0.5 + 0.5 M/12Y.
// Category points = points x sum(weight x credit) / sum(weight).
//
// Experience: years = max(merged months of the positions / 12, years stated
// in the summary such as "7 years of experience"); credit = min(1, years / min_years).
//
// Education: level credit 1 when the highest degree found is at or above the
// asked level, 0.5 one level below, else 0; field credit 1 when an education
// entry names an asked field, 0.5 when it holds half its words, else 0.
// credit = 0.7 level + 0.3 field (or the one that is asked for).
//
// Title: for each title keyword and each title line of the résumé (the
// headline under the name, the positions, the first summary lines), 1 when
// the keyword is there whole, else 0.8 x the share of its words there when at
// least half; older positions and summary lines count x 0.8. credit = the
// best. A résumé with no title line at all is searched for the keywords
// anywhere (x 0.6); when none is there either, the category is left out.
//
// Cap: a missing required skill, a required degree level not met or fewer
// years than required caps the total at
//     min(89, 100 - 50 m - 10 e - 10 (1 - x))
// m: weight of the missing required skills / weight of all required skills;
// e: 1 when a required level is not met; x: the experience credit when
// experience is required, else 1. Each such item is flagged.
// total = min(sum of category points, cap), rounded to 0.1.
//
// Keywords are matched on whole tokens, literally (never as patterns): taxonomy
// skills through all their aliases and case rules, other keywords and all
// synonyms case-insensitively, a trailing plural "s" allowed.
#ifndef CVPARSE_SCORE_H_
#define CVPARSE_SCORE_H_

#include <memory>
#include <string>
#include <vector>

#include "cvparse/document.h"
#include "cvparse/parse.h"
#include "cvparse/profile.h"

namespace cvparse {

// Where a profile item was found.
struct Evidence {
  std::string context;     // experience, certificate, publication, summary, education,
                           // award, skills, other
  std::string section;     // the section kind: "work"
  std::string heading;     // the section heading as written: "WORK EXPERIENCE"
  std::string entry;       // the entry's title line, "" outside entries
  std::string entry_end;   // ISO end of the entry's dates ("2023-10"), "present", or ""
  size_t line = 0;         // 1-based
  Span span;               // the match in Document::text
  std::string text;        // the match as written: "Pytorch"
  double strength = 0;     // context x recency, 0..1
};

// One thing the profile asks for, and what the résumé gave for it.
struct ItemScore {
  std::string category;    // required, preferred, experience, education, title
  std::string item;        // "PyTorch", "5+ years", "master in Computer Science", "data analyst"
  double weight = 1;
  bool found = false;
  bool required = false;   // missing => capped and flagged
  double credit = 0;       // 0..1
  double points = 0;       // what it added to the total
  double max_points = 0;   // what it could add
  std::string note;        // "skills list only", "2 of 3 years", "bachelor, master asked"
  std::vector<Evidence> evidence;  // strongest first, at most 4
};

struct CategoryScore {
  std::string name;        // required, preferred, experience, education, title
  double points = 0;
  double max_points = 0;
};

struct ScoreResult {
  double total = 0;        // 0..100 after the cap, one decimal
  double raw = 0;          // before the cap
  double cap = 100;        // 100 when nothing required is missing
  std::vector<CategoryScore> categories;  // only those the profile asks for
  std::vector<ItemScore> items;
  std::vector<std::string> flags;  // "missing required skill: Kotlin", ...
  std::string name;        // the candidate's name, when found
  double years = 0;        // years of experience found
  std::string degree;      // highest degree level found ("master"), "" when none
  std::string location;    // the candidate's location as written, when found
  bool location_match = false;  // it holds the profile's location (informational)
};

struct ScoreOptions {
  int as_of_year = 0;      // the reference month for recency and "Present";
  int as_of_month = 0;     // {0, 0}: today
};

class Scorer {
 public:
  // Prepares the matcher for `profile` (taxonomy aliases resolved, literal
  // keyword index built). Returns nullptr and sets *error when the shipped
  // data is malformed. The parser must outlive the scorer.
  static std::unique_ptr<Scorer> Create(const Parser& parser, const JobProfile& profile,
                                        std::string* error);
  ~Scorer();

  // Scores a document parsed by Parser::Parse. Const and thread-safe.
  ScoreResult Score(const Document& doc, const ScoreOptions& options) const;

  const JobProfile& profile() const;

 private:
  struct Impl;
  explicit Scorer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cvparse

#endif  // CVPARSE_SCORE_H_
