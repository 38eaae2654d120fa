// Tells header lines that cannot be a person's name: "Sample Resume for Head
// Waitress", "Editor Resume Template", "Medical Assistant", "Career Centre".
//
//   filter.Rejects("Assistant Bank Manager") => true   (title words)
//   filter.Rejects("Sample")                 => true   (not_name_words.tsv)
//   filter.Rejects("Jane Baker")             => false  ("baker" is allowed)
//   filter.Rejects("Emory Wiza")             => false
#ifndef CVPARSE_EXTRACT_NAME_FILTER_H_
#define CVPARSE_EXTRACT_NAME_FILTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace cvparse {

class NameFilter {
 public:
  // From the text of not_name_words.tsv and job_titles.tsv. Returns nullptr
  // and sets *error ("FILE:LINE: reason") on a malformed row.
  static std::unique_ptr<NameFilter> Create(std::string_view not_name_words_tsv,
                                            std::string_view job_titles_tsv, std::string* error);

  // True when a word or a multi-word title of the lexicons occurs in `text`
  // as whole words, or a CJK title term occurs anywhere in it.
  bool Rejects(std::string_view text) const;

 private:
  NameFilter() = default;
  std::unordered_set<std::string> words_;                // folded single words
  std::vector<std::vector<std::string>> phrases_;        // folded multi-word terms
  std::vector<std::string> cjk_terms_;  // matched anywhere: CJK text has no spaces
};

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_NAME_FILTER_H_
