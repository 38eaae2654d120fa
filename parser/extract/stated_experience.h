// Experience the candidate states in words, as written: "12+ years of broad-
// based project management expertise", "Almost 7 years as an art editor",
// "5years 5Months", "Seven years of experience". ATS users compare it with
// the months counted from dated positions (Entities::total_experience_months).
//
// A duration counts only with experience words around it ("experience",
// "expertise", "industry", "career", "as a ..."); "2 years old", "a 4-year
// degree" and "(3 years)" after a skill do not.
#ifndef CVPARSE_EXTRACT_STATED_EXPERIENCE_H_
#define CVPARSE_EXTRACT_STATED_EXPERIENCE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cvparse/document.h"

namespace cvparse {

struct StatedDuration {
  std::string text;      // "12+ years", "5years 5Months", "Seven years"
  double years = 0;      // 12, 5.42, 7
  bool at_least = false; // "12+", "over", "more than"
  size_t begin = 0, end = 0;  // byte offsets in the line's norm
};

class StatedExperienceFinder {
 public:
  // From the text of number_words.tsv; nullptr and *error on bad data.
  static std::unique_ptr<StatedExperienceFinder> Create(std::string_view number_words_tsv,
                                                        std::string* error);
  ~StatedExperienceFinder();

  // The experience durations stated in one normalised line.
  std::vector<StatedDuration> Find(std::string_view norm) const;

  // Fills doc->entities.stated_experience from every line.
  void Extract(Document* doc) const;

 private:
  struct Impl;
  explicit StatedExperienceFinder(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_STATED_EXPERIENCE_H_
