// Invariants of a JobProfile, shared by the profile (YAML) and jd fuzz
// targets: what cvparse/profile.h promises of any profile LoadProfileYaml
// accepts, and that ProfileToYaml writes YAML it reads back unchanged.
//
//   CheckProfile(p, "derived")    => aborts on "derived: required[3]: weight 0"
//   CheckRoundTrip(p)             => aborts on "round trip: title \"a\" != \"b\""
#ifndef CVPARSE_TESTS_FUZZ_PROFILE_CHECK_H_
#define CVPARSE_TESTS_FUZZ_PROFILE_CHECK_H_

#include <string>
#include <vector>

#include "cvparse/profile.h"
#include "fuzz_check.h"

namespace cvparse::fuzz {

// The loader's limits (scoring/profile_yaml.cc): kept in step by hand, as
// they are the documented contract rather than an implementation detail.
inline constexpr size_t kProfileMaxItems = 500;
inline constexpr size_t kProfileMaxStringBytes = 300;

inline void CheckText(const std::string& s, const char* what, const char* field, bool allow_empty) {
  FUZZ_CHECK(allow_empty || !s.empty(), "%s: empty %s", what, field);
  FUZZ_CHECK(s.size() <= kProfileMaxStringBytes, "%s: %s of %zu bytes", what, field, s.size());
  for (unsigned char c : s) {
    FUZZ_CHECK(c >= 0x20 || c == '\t', "%s: %s holds control character 0x%02x", what, field, c);
  }
}

inline void CheckTextList(const std::vector<std::string>& list, const char* what, const char* field) {
  FUZZ_CHECK(list.size() <= kProfileMaxItems, "%s: %s has %zu entries", what, field, list.size());
  for (const std::string& s : list) CheckText(s, what, field, /*allow_empty=*/false);
}

inline void CheckSkills(const std::vector<ProfileSkill>& skills, const char* what, const char* list) {
  FUZZ_CHECK(skills.size() <= kProfileMaxItems, "%s: %s has %zu skills", what, list, skills.size());
  for (const ProfileSkill& s : skills) {
    CheckText(s.name, what, "a skill name", /*allow_empty=*/false);
    FUZZ_CHECK(s.weight >= 0.01 && s.weight <= 100, "%s: %s: %s has weight %g", what, list,
               s.name.c_str(), s.weight);
    FUZZ_CHECK(s.min_years >= 0 && s.min_years <= 60, "%s: %s: %s has min_years %d", what, list,
               s.name.c_str(), s.min_years);
    CheckTextList(s.synonyms, what, "synonyms");
    CheckTextList(s.alternatives, what, "alternatives");
  }
}

inline void CheckProfile(const JobProfile& p, const char* what) {
  CheckText(p.title, what, "title", /*allow_empty=*/true);
  CheckText(p.location, what, "location", /*allow_empty=*/true);
  CheckTextList(p.title_keywords, what, "title_keywords");
  CheckSkills(p.required, what, "required");
  CheckSkills(p.preferred, what, "preferred");
  FUZZ_CHECK(p.experience.min_years >= 0 && p.experience.min_years <= 60, "%s: experience %d years",
             what, p.experience.min_years);
  FUZZ_CHECK(p.education.level.empty() || DegreeLevelRank(p.education.level) > 0,
             "%s: education level '%s'", what, p.education.level.c_str());
  CheckTextList(p.education.fields, what, "education fields");
  const CategoryWeights& w = p.weights;
  for (double v : {w.required, w.preferred, w.experience, w.education, w.title}) {
    FUZZ_CHECK(v >= 0 && v <= 1000, "%s: a category weight of %g", what, v);
  }
  FUZZ_CHECK(w.required + w.preferred + w.experience + w.education + w.title > 0,
             "%s: every category weight is 0", what);
}

// Everything LoadProfileYaml reads (the `source` notes are comments only).
inline bool SameSkills(const std::vector<ProfileSkill>& a, const std::vector<ProfileSkill>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].name != b[i].name || a[i].weight != b[i].weight || a[i].min_years != b[i].min_years ||
        a[i].synonyms != b[i].synonyms || a[i].alternatives != b[i].alternatives) {
      return false;
    }
  }
  return true;
}

inline void CheckRoundTrip(const JobProfile& p) {
  std::string yaml = ProfileToYaml(p);
  JobProfile back;
  Status status = LoadProfileYaml(yaml, "round-trip.yaml", &back);
  FUZZ_CHECK(status.ok(), "round trip: ProfileToYaml wrote YAML that does not load: %s\n%.2000s",
             status.message().c_str(), yaml.c_str());
  FUZZ_CHECK(back.title == p.title, "round trip: title \"%s\" != \"%s\"", back.title.c_str(),
             p.title.c_str());
  FUZZ_CHECK(back.location == p.location, "round trip: location \"%s\" != \"%s\"",
             back.location.c_str(), p.location.c_str());
  FUZZ_CHECK(back.title_keywords == p.title_keywords, "round trip: title_keywords differ\n%.2000s",
             yaml.c_str());
  FUZZ_CHECK(SameSkills(back.required, p.required), "round trip: required differ\n%.2000s", yaml.c_str());
  FUZZ_CHECK(SameSkills(back.preferred, p.preferred), "round trip: preferred differ\n%.2000s",
             yaml.c_str());
  FUZZ_CHECK(back.experience.min_years == p.experience.min_years &&
                 back.experience.required == p.experience.required,
             "round trip: experience differs\n%.2000s", yaml.c_str());
  FUZZ_CHECK(back.education.level == p.education.level && back.education.fields == p.education.fields &&
                 back.education.required == p.education.required,
             "round trip: education differs\n%.2000s", yaml.c_str());
  const CategoryWeights &w = p.weights, &v = back.weights;
  FUZZ_CHECK(w.required == v.required && w.preferred == v.preferred && w.experience == v.experience &&
                 w.education == v.education && w.title == v.title,
             "round trip: weights differ\n%.2000s", yaml.c_str());
}

}  // namespace cvparse::fuzz

#endif  // CVPARSE_TESTS_FUZZ_PROFILE_CHECK_H_
