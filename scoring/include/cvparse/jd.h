// Deriving a job profile from a plain-text job description.
//
//   Senior Backend Engineer (Payments)                 => title, title_keywords
//                                                         [senior backend engineer, backend engineer]
//   Requirements                                       (a "required" heading)
//   - 5+ years of professional backend experience      => experience.min_years 5, required
//   - 3+ years of Go or Java                           => Go, Java: required, min_years 3
//   - PostgreSQL and Kafka in production               => PostgreSQL, Kafka: required
//   - Bachelor's degree in Computer Science or a       => education bachelor, [Computer Science],
//     related field                                       required
//   Nice to have                                       (a "preferred" heading)
//   - Kubernetes, Terraform                            => preferred
//   - Experience with gRPC is a plus                   => preferred (the line says so anywhere)
//
// How it reads the text:
//   * Headings ("Requirements", "Must have", "What you'll bring", "Nice to
//     have", "Preferred", "Bonus", "Responsibilities", "About us", "Benefits")
//     come from scoring/data/jd_headings.tsv; a short line ending in ':' or a
//     line that is only a known heading starts a part. A line may also switch
//     itself: "... is a plus", "preferred", "ideally", "bonus" => preferred;
//     "must", "required" => required.
//   * Skills are the taxonomy's (parser/lexicons/skills.tsv, through the
//     parser's skills matcher, with its context rules for ambiguous names).
//     Skills under requirement headings are required; under "nice to have"
//     headings preferred; under duties headings ("Responsibilities", "What
//     you'll do") preferred; under company, benefits and legal headings
//     ignored. Without any heading, skills are required unless the line
//     says otherwise. A skill both required and preferred is required.
//     Soft skills and office tools get weight 0.5 (they say little about fit).
//   * "N+ years", "at least N years", "N-M years" with a skill on the same
//     line => that skill's min_years N; without a skill, or with words like
//     "professional", "industry", "experience" only => overall experience.
//   * Degrees through the parser's degree lexicon: the lowest level named on
//     a requirement line is the required level ("Bachelor's or Master's" =>
//     bachelor); a level on a preferred line alone makes it preferred. "in X
//     or a related field" / "in X, Y or Z" => fields.
//   * The title is a "Job title:"/"Position:" line, else the first line that
//     is not a heading; seniority words and "(...)" or " - team" tails are
//     dropped for the shorter keyword.
#ifndef CVPARSE_JD_H_
#define CVPARSE_JD_H_

#include <memory>
#include <string>
#include <string_view>

#include "cvparse/parse.h"
#include "cvparse/profile.h"
#include "cvparse/status.h"

namespace cvparse {

class ProfileDeriver {
 public:
  // Loads the skills taxonomy, the degree lexicon and the heading table.
  // Returns nullptr and sets *error ("FILE:LINE: reason") on malformed data.
  // The parser must outlive the deriver.
  static std::unique_ptr<ProfileDeriver> Create(const Parser& parser, std::string* error);
  ~ProfileDeriver();

  // Derives a profile from the job description's bytes (decoded like a
  // résumé: UTF-8, UTF-16, legacy encodings). Fails with kNotText for binary
  // or empty input, and with kInvalidInput when the description names no
  // skill, degree, experience or title at all. Thread-safe.
  Status Derive(std::string_view jd_bytes, JobProfile* profile) const;

 private:
  struct Impl;
  explicit ProfileDeriver(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cvparse

#endif  // CVPARSE_JD_H_
