// Languages and language test scores.
//
//   LANGUAGES                                         (a languages section)
//   English (fluent), Urdu (native), Arabic (basic)   => English/Fluent, Urdu/Native, Arabic/Basic
//   Dutch<TAB>native / English<TAB>C2                 => Dutch/Native, English/C2
//   English  C1  C2  C1  C1  C1   (Europass grid)     => English/C1 (the most frequent level)
//   中文(母语)Mandarin (native);英语 English (IELTS 7.5) => Chinese/Native, English/"IELTS 7.5"
//   Languages<TAB>Chinese, IELTS 7.0 (7.5 7.5 6.0 6.5) (a row of a skills table)
//     => Chinese; test IELTS 7.0 [7.5 7.5 6.0 6.5]; English inferred from it, fluency "IELTS 7.0"
//   Welsh language: conversational                    => Welsh/Conversational (a row named by a language)
//   GRE General: 326 (V 158, Q 168, AW 4.0)           => test GRE 326 [V 158, Q 168, AW 4.0] (anywhere)
//   Languages: Python, Go, Bash                       => nothing (no human language: a skills row)
//
// Where languages are read: every line of a section of kind "languages"; any
// line whose label (before ':', a tab or a dot leader) is a languages label
// ("Languages", "语言", "Sprachkenntnisse"), a language name ("英语:", "Welsh
// language:") or a fluency word ("Mother tongue: Croatian"), provided the row
// names a human language or a test; and, in skills sections, list items that
// start with a language name. Languages are NOT read from prose elsewhere
// ("reports in Arabic and English" in a work entry is not a language claim).
// Test scores are read on every line; outside the language contexts above a
// test needs a valid score ("GRE tunnels" is not a test), and tests flagged
// ctx in languages.tsv (CAE, FCE, ...) are not read at all.
//
// A line is cut into items at ',', ';', '|' and tabs outside parentheses.
// Evidence (a fluency word, a CEFR level A1-C2, a test score) belongs to the
// language of its own item: the text after the language name, else before the
// first name of the item ("Fluent in English and French"), else after the
// last; an item with no language gives its evidence to the previous item's
// languages ("Dutch<TAB>native"), except a test of another language ("Chinese,
// IELTS 7.0" does not make IELTS a fluency of Chinese). Fluency reported: the
// fluency word's canonical form, else the most frequent CEFR level, else the
// first test ("JLPT N2"), else the section heading's fluency word ("Mother
// tongue(s)" → Native), else "". A language listed without any of these takes
// the first test of that language found elsewhere in the document.
// Mandarin/普通话 are reported as Chinese; one Language per canonical name.
#ifndef CVPARSE_EXTRACT_LANGUAGES_H_
#define CVPARSE_EXTRACT_LANGUAGES_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cvparse/document.h"
#include "extract/dates.h"
#include "extract/skill_taxonomy.h"

namespace cvparse {

class Lexicons;

// A test score found in a text, offsets into that text.
struct FoundTest {
  size_t begin = 0, end = 0;  // from the test name to the score or the closing ')' of sub-scores
  std::string test;           // canonical: "IELTS", "CET-6"
  std::string score;          // "7.0", "560", "N2", "B2", "5"; "" when none was written
  std::vector<std::string> sub_scores;  // "7.5" or "L 8.0" or "Reading 28", as written
  std::string language;       // "English"; "" for GRE/GMAT
};

// The data of languages.tsv: language names, fluency words, tests, row labels.
class LanguageLexicon {
 public:
  enum class Kind { kLanguage, kFluency, kTest, kLabel };
  struct Entry {
    Kind kind = Kind::kLanguage;
    std::string canonical;
    std::string info;        // language: ISO code; test: its language ("" for none)
    std::string grammar;     // test: band, points, level, jlpt, cefr, grade, tdn
    int min = 0, max = 0;    // test: the score range (CEFR levels as 1..6)
    bool context_only = false;
  };
  struct Hit {
    size_t begin = 0, end = 0;
    int entry = 0;
  };

  // Parses languages.tsv. Returns nullptr and sets *error to
  // "languages.tsv:LINE: reason" on bad data.
  static std::unique_ptr<LanguageLexicon> Create(std::string_view tsv, std::string* error);
  // Create on the bundled languages.tsv. The skills and languages extractors
  // share one (it takes ~4 M instructions to build).
  static std::shared_ptr<const LanguageLexicon> Load(std::string* error);

  // Language names, fluency words and labels in `text` (not tests), whole tokens.
  std::vector<Hit> FindWords(std::string_view text) const;
  // Test scores in `text`, left to right. With in_context false, tests flagged
  // ctx and tests without a valid score are left out.
  std::vector<FoundTest> FindTests(std::string_view text, bool in_context) const;
  // CEFR levels written as a token of their own ("C1", "B2+"); Hit::entry is
  // the level, A1 = 1 ... C2 = 6. Case-sensitive: "c1" is not a level.
  static std::vector<Hit> FindCefr(std::string_view text);

  // "Languages", "语言", "Language skills": a label of a language row.
  bool IsLanguageLabel(std::string_view label) const;
  // The canonical language that the whole of `text` names ("英语", "Welsh
  // language", "English"), or "".
  std::string LanguageNamed(std::string_view text) const;
  // The canonical fluency that the whole of `text` names ("native", "流利"), or "".
  std::string FluencyNamed(std::string_view text) const;
  // True when the list item is about a human language: it starts with a
  // language name ("English (fluent)") or holds a test score ("IELTS 7.0").
  bool IsLanguageItem(std::string_view item) const;
  // True when `norm` is a language row outside a languages section: its label
  // is a languages label, a language name or a fluency word, and the row holds
  // a language name or a test.
  bool IsLanguageRow(std::string_view norm) const;
  // True when `text` names a human language or a language test anywhere
  // ("Polish (native)", "IELTS 7.5"; not "C#, Java, Python").
  bool NamesLanguageOrTest(std::string_view text) const;

  const Entry& entry(int index) const { return entries_[static_cast<size_t>(index)]; }

 private:
  std::vector<Entry> entries_;
  PhraseMatcher words_;  // languages, fluency words, labels
  PhraseMatcher tests_{PhraseMatcher::Options{true}};
};

// The label of a list row and where its text starts: "Languages: a, b",
// "Languages<TAB>a, b", "Languages ........ a, b", "Web Technologies<TAB>: a".
// A label is 1-5 words, at most 40 bytes, without ',', ';', '|' or '('. Returns
// false when the row has no label.
bool SplitRowLabel(std::string_view norm, std::string_view* label, size_t* text_begin);

class LanguagesExtractor {
 public:
  static std::unique_ptr<LanguagesExtractor> Create(std::string* error);
  static std::unique_ptr<LanguagesExtractor> Create(std::shared_ptr<const LanguageLexicon> lexicon);
  // Fills doc->entities.languages and doc->entities.test_scores.
  void Extract(const Lexicons& base, YearMonth as_of, Document* doc) const;

  const LanguageLexicon& lexicon() const { return *lexicon_; }

 private:
  std::shared_ptr<const LanguageLexicon> lexicon_;
};

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_LANGUAGES_H_
