// Matching one field of one résumé against its gold labels, as the
// evaluation set's README defines it (/work/shared/eval/dotin-dev/README.md,
// "How predictions are scored").
//
// 1. Normalise (NormalizeText): NFKC, case folding, '&' => "and", dots between
//    letters dropped, every other punctuation or symbol except '+' and '#'
//    becomes a space, whitespace collapsed.
//      "B.Tech  in Computer Sci." => "btech in computer sci"
//      "R&D / C++, C#"            => "randd c++ c#"
//      "ＳＱＬ-Server"              => "sql server"
// 2. Reduce each value to its key for the field (NormalizeValue); values with
//    no key cannot be scored and are dropped; equal keys count once.
// 3. Pair gold and predicted values one-to-one, greedily, best similarity
//    first; each value is used once. TP = pairs, FP = unpaired predictions,
//    FN = unpaired gold values. Two scores:
//      exact: keys equal;
//      fuzzy: similarity >= 0.5 (per kind, below).
//
// Per kind:
//   kText  keys are normalised text; fuzzy = Dice of the word sets,
//          2|A∩B| / (|A|+|B|) >= 0.5. Against gold "Senior Java Developer":
//            "senior java developer" exact and fuzzy (1.0)
//            "Java Developer"        fuzzy only (0.8)
//            "Developer"             fuzzy only (0.5, just)
//            "Java Engineer"         neither (0.4)
//   kName  like kText, but the single prediction matches when it matches ANY
//          of the gold alternatives (name_alts): one TP, or one FN (+ one FP
//          when something was predicted).
//   kEmail lower-cased, spaces and "mailto:" removed; exact only.
//            "MAILTO: Ann.Lee@X.com" == "ann.lee@x.com"
//   kYear  the latest 4-digit year (1900-2099) in the value; exact only.
//            "Oct. 2009 - Jan. 2014" => "2014"; "May" => not scored
//   kDates "START-END": START the first year, END the last year when there
//          are two, "present" when a present word is there
//          (present/current/currently/now/today/date/ongoing/onwards/
//          continuing), else empty. Years are 4-digit (1900-2099), or 2-digit
//          after "mm/" or an apostrophe ("1/09", "Jan '15"; 00-40 => 20yy).
//          Fuzzy needs only the same START year.
//            "Jan 2015 - Present" => "2015-present"
//            "2003-2005"          => "2003-2005"; fuzzy-matches "2003-present"
//            "1/09 to Present"    => "2009-present"
//            "Mar. to Apr."       => not scored
//          CAVEAT: "1989-90" reads as "1989-" (one year; "2005-06" may be a
//          month), so it fuzzy- but not exact-matches "1989 - 1990".
//   kYears the first number, or number word one..ten, read as years, or as
//          months when only months are mentioned; fuzzy allows |a-b| <= 0.5.
//            "10+ years of experience" => 10; "Six years" => 6;
//            "18 months" => 1.5; "New York, NY" => not scored
//   Extensions (the README never labels these; used by corpus/ gold files):
//   kUrl   case-folded, scheme, "www." and trailing '/' removed; exact only.
//            "https://www.GitHub.com/ann/" == "github.com/ann"
//   kPhone digits only (at least 6); fuzzy also accepts one being a suffix of
//          the other with at least 7 digits ("+1 650 555 0100" ~ "650-555-0100").
#ifndef CVPARSE_TOOLS_EVAL_MATCH_H_
#define CVPARSE_TOOLS_EVAL_MATCH_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cvparse::tools::eval {

enum class MatchKind { kText, kName, kEmail, kYear, kDates, kYears, kUrl, kPhone };

// Steps 1-5 of the README's normalisation (see the file comment).
std::string NormalizeText(std::string_view value);

// The distinct words of a normalised string.
std::vector<std::string> Words(std::string_view normalized);

// 2|A∩B| / (|A|+|B|) over the word sets of two normalised strings; 0 when both are empty.
double Dice(std::string_view normalized_a, std::string_view normalized_b);

// The key a value is compared by, or nullopt when it cannot be scored.
std::optional<std::string> NormalizeValue(MatchKind kind, std::string_view value);

// Similarity of two keys of `kind` in [0, 1]; a fuzzy match needs >= kFuzzyThreshold.
double Similarity(MatchKind kind, std::string_view gold_key, std::string_view predicted_key);
inline constexpr double kFuzzyThreshold = 0.5;

// True positives, false positives and false negatives, with the usual ratios
// (0 when undefined).
struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp == 0 ? 0.0 : double(tp) / double(tp + fp); }
  double Recall() const { return tp + fn == 0 ? 0.0 : double(tp) / double(tp + fn); }
  double F1() const {
    return 2 * tp + fp + fn == 0 ? 0.0 : 2.0 * double(tp) / double(2 * tp + fp + fn);
  }
  Counts& operator+=(const Counts& other) {
    tp += other.tp;
    fp += other.fp;
    fn += other.fn;
    return *this;
  }
};

// A value as given and its key.
struct Value {
  std::string original;
  std::string key;
};

// One field of one document, scored. `scored` is false when no gold value
// survived normalisation: the document is then not scored on the field.
struct FieldResult {
  bool scored = false;
  std::vector<Value> gold;       // deduplicated by key; for kName, the alternatives
  std::vector<Value> predicted;  // deduplicated by key
  Counts exact, fuzzy;
  // Fuzzy pairs (gold index, predicted index), best first.
  std::vector<std::pair<size_t, size_t>> fuzzy_pairs;
};

// Scores the predictions of one document against its gold values for a
// field of `kind`. For kName, `gold` holds the alternatives and only the
// first prediction counts.
FieldResult ScoreField(MatchKind kind, const std::vector<std::string>& gold,
                       const std::vector<std::string>& predicted);

}  // namespace cvparse::tools::eval

#endif  // CVPARSE_TOOLS_EVAL_MATCH_H_
