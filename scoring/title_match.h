// Job-title and field-of-study matching by words, with a light stemmer.
//
//   TitleCredit("data analyst", "Senior Data Analyst, Maplewave")        => 1.0  (whole phrase)
//   TitleCredit("machine learning research engineer",
//               "Machine Learning Researcher")                            => 0.6  (3 of 4 words x 0.8)
//   TitleCredit("registered nurse", "Nursing Assistant (STNA)")           => 0    (less than half)
//   SameWord("researcher", "research") = SameWord("analyst", "analysis") = true
//
// Words are case-folded runs of letters and digits; "and", "of", "the", ...
// and seniority words ("senior", "lead", "ii") are not counted.
#ifndef CVPARSE_SCORING_TITLE_MATCH_H_
#define CVPARSE_SCORING_TITLE_MATCH_H_

#include <string>
#include <string_view>
#include <vector>

namespace cvparse::scoring {

// Case-folded words of `text`; stop and seniority words dropped when `content_only`.
std::vector<std::string> Words(std::string_view text, bool content_only);

// True when two folded words are one word up to an ending: equal, a plural
// 's', or sharing a prefix of 4+ bytes with at most 3 bytes left on each side.
bool SameWord(std::string_view a, std::string_view b);

// 1 when the words of `phrase` occur in `line` in order and adjacent; else
// 0.8 x the share of its content words found in `line` when that share is at
// least one half; else 0.
double TitleCredit(std::string_view phrase, std::string_view line);

// Like TitleCredit for a field of study in an education line: 1 whole, 0.5
// when at least half of its content words are there, else 0.
double FieldCredit(std::string_view field, std::string_view line);

// Seniority and level words that a derived title keyword leaves out.
bool IsSeniorityWord(std::string_view folded_word);

}  // namespace cvparse::scoring

#endif  // CVPARSE_SCORING_TITLE_MATCH_H_
