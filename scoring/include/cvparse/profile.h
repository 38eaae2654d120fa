// Job profiles: what a job asks for, as a scorer can use it.
//
// A profile is written by hand in YAML or derived from a job description
// (cvparse/jd.h), then printed as YAML to edit and reuse:
//
//   title: Machine Learning Research Engineer
//   title_keywords: [machine learning research engineer, research engineer]
//   experience: {min_years: 2, required: false}
//   education:
//     level: master              # secondary, diploma, associate, bachelor, master, doctorate
//     fields: [Computer Science, Machine Learning]
//     required: true
//   location: Hangzhou, China    # informational: reported, never scored
//   required:
//     - PyTorch                  # a name alone: weight 1
//     - name: Recommender Systems
//       weight: 2
//       min_years: 1
//       synonyms: [recsys, recommendation]
//     - name: Go                 # any one of Go, Java, Kotlin satisfies the item
//       alternatives: [Java, Kotlin]
//   preferred:
//     - Ray
//   weights: {required: 45, preferred: 15, experience: 15, education: 15, title: 10}
//
//   => JobProfile{title "Machine Learning Research Engineer", 2 required, 1 preferred, ...}
//
// Every keyword a user writes (names, synonyms, title keywords, fields) is
// matched literally on whole tokens, case-insensitively; nothing in a profile
// is ever compiled as a pattern. Names that are skills of the taxonomy
// (parser/lexicons/skills.tsv) also match the taxonomy's aliases and case
// rules ("Pytorch" finds PyTorch, "JS" finds JavaScript).
#ifndef CVPARSE_PROFILE_H_
#define CVPARSE_PROFILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "cvparse/status.h"

namespace cvparse {

// One skill or keyword the job asks for.
struct ProfileSkill {
  std::string name;                   // "PyTorch"; a taxonomy skill or any literal keyword
  double weight = 1.0;                // relative weight inside its category, 0 < weight <= 100
  int min_years = 0;                  // 0: no minimum
  std::vector<std::string> synonyms;  // extra spellings, matched literally
  std::vector<std::string> alternatives;  // other skills that satisfy the item as well
                                      // ("Go or Java"): taxonomy names bring their aliases
  std::string source;                 // derived profiles: where in the job description
                                      // ("line 12: 3+ years of Python"); written as a comment
};

struct ProfileEducation {
  std::string level;                  // "" (none), secondary, diploma, associate, bachelor,
                                      // master, doctorate
  std::vector<std::string> fields;    // "Computer Science"; matched literally
  bool required = false;              // a missing level then caps the score
  std::string source;
};

struct ProfileExperience {
  int min_years = 0;                  // overall years of professional experience; 0: none
  bool required = false;              // fewer years then caps the score
  std::string source;
};

// Points of each category when all are present; see score.h for the formula.
struct CategoryWeights {
  double required = 45;
  double preferred = 15;
  double experience = 15;
  double education = 15;
  double title = 10;
};

struct JobProfile {
  std::string title;
  std::vector<std::string> title_keywords;  // phrases a matching job title holds
  std::vector<ProfileSkill> required;
  std::vector<ProfileSkill> preferred;
  ProfileExperience experience;
  ProfileEducation education;
  std::string location;
  CategoryWeights weights;
};

// Reads a YAML profile. `source_name` prefixes error messages. On failure
// returns Status::InvalidInput with "SOURCE:LINE:COLUMN: reason" (1-based)
// and leaves *profile in an unspecified state. Unknown keys, wrong types,
// empty names, negative weights or years and unknown degree levels are
// errors; so are more than 500 items or inputs over 1 MB.
Status LoadProfileYaml(std::string_view yaml, std::string_view source_name, JobProfile* profile);

// The profile as commented YAML that LoadProfileYaml reads back to an equal
// profile (the `source` notes become comments and are not read back).
std::string ProfileToYaml(const JobProfile& profile);

// The rank of a degree level: secondary 1, diploma 2, associate 3, bachelor 4,
// master 5, doctorate 6, postdoc 7; 0 for "" or an unknown word.
int DegreeLevelRank(std::string_view level);

}  // namespace cvparse

#endif  // CVPARSE_PROFILE_H_
