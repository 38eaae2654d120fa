#include "eval_match.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <set>
#include <tuple>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace cvparse::tools::eval {
namespace {

// Unicode NFKC, then full case folding.
icu::UnicodeString NfkcFold(std::string_view value) {
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(value.data(), static_cast<int32_t>(value.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_SUCCESS(status) && nfkc != nullptr) {
    icu::UnicodeString normalized = nfkc->normalize(text, status);
    if (U_SUCCESS(status)) text = normalized;
  }
  text.foldCase();
  return text;
}

std::string ToUtf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

bool IsSeparator(UChar32 c) {
  if (c == '+' || c == '#') return false;
  if (u_isUWhiteSpace(c)) return true;
  switch (u_charType(c)) {
    case U_CONNECTOR_PUNCTUATION: case U_DASH_PUNCTUATION: case U_START_PUNCTUATION:
    case U_END_PUNCTUATION: case U_INITIAL_PUNCTUATION: case U_FINAL_PUNCTUATION:
    case U_OTHER_PUNCTUATION: case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL: case U_OTHER_SYMBOL: case U_CONTROL_CHAR: case U_FORMAT_CHAR:
      return true;
    default:
      return false;
  }
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Dice of two sorted, deduplicated word lists.
double DiceOfWords(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() && b.empty()) return 0.0;
  size_t common = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else ++common, ++i, ++j;
  }
  return 2.0 * double(common) / double(a.size() + b.size());
}

// The years written in NFKC-folded text, in order: 4-digit 1900-2099, and
// 2-digit after "m/" or "mm/" (1/09) or an apostrophe ('15, ’15).
std::vector<int> YearsIn(std::string_view text) {
  std::vector<int> years;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsDigit(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsDigit(text[j])) ++j;
    std::string_view run = text.substr(i, j - i);
    if (run.size() == 4) {
      int year = std::atoi(std::string(run).c_str());
      if (year >= 1900 && year <= 2099) years.push_back(year);
    } else if (run.size() == 2 && (j == text.size() || text[j] != '/')) {
      bool after_month = false;
      if (i >= 2 && text[i - 1] == '/') {
        size_t k = i - 1;
        size_t digits = 0;
        while (k > 0 && IsDigit(text[k - 1])) {
          --k;
          ++digits;
        }
        after_month = digits >= 1 && digits <= 2 && (k == 0 || text[k - 1] != '/');
      }
      bool after_apostrophe = (i >= 1 && text[i - 1] == '\'') ||
                              (i >= 3 && text.substr(i - 3, 3) == "\xE2\x80\x99");
      if (after_month || after_apostrophe) {
        int yy = (run[0] - '0') * 10 + (run[1] - '0');
        years.push_back(yy <= 40 ? 2000 + yy : 1900 + yy);
      }
    }
    i = j;
  }
  return years;
}

bool HasPresentWord(std::string_view normalized) {
  static const std::set<std::string, std::less<>> kPresent = {
      "present", "current", "currently", "now", "today", "date", "ongoing", "onwards", "continuing"};
  for (const std::string& word : Words(normalized)) {
    if (kPresent.count(word) > 0) return true;
  }
  return false;
}

std::optional<std::string> DatesKey(std::string_view value) {
  std::string folded = ToUtf8(NfkcFold(value));
  std::vector<int> years = YearsIn(folded);
  if (years.empty()) return std::nullopt;
  std::string key = std::to_string(years.front()) + "-";
  if (years.size() >= 2) {
    key += std::to_string(years.back());
  } else if (HasPresentWord(NormalizeText(folded))) {
    key += "present";
  }
  return key;
}

std::optional<std::string> LatestYearKey(std::string_view value) {
  std::string folded = ToUtf8(NfkcFold(value));
  int latest = 0;
  size_t i = 0;
  while (i < folded.size()) {
    if (!IsDigit(folded[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < folded.size() && IsDigit(folded[j])) ++j;
    if (j - i == 4) {
      int year = std::atoi(folded.substr(i, 4).c_str());
      if (year >= 1900 && year <= 2099) latest = std::max(latest, year);
    }
    i = j;
  }
  if (latest == 0) return std::nullopt;
  return std::to_string(latest);
}

std::string FormatNumber(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4g", value);
  return buffer;
}

std::optional<std::string> YearsKey(std::string_view value) {
  static const std::string_view kWords[] = {"one", "two", "three", "four", "five",
                                            "six", "seven", "eight", "nine", "ten"};
  std::string folded = ToUtf8(NfkcFold(value));
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c & 0x80) != 0; };
  // The first number, in digits ("8.5") or as a word ("six").
  std::optional<double> number;
  for (size_t i = 0; i < folded.size() && !number;) {
    size_t j = i;
    if (IsDigit(folded[i])) {
      while (j < folded.size() && IsDigit(folded[j])) ++j;
      if (j + 1 < folded.size() && folded[j] == '.' && IsDigit(folded[j + 1])) {
        ++j;
        while (j < folded.size() && IsDigit(folded[j])) ++j;
      }
      number = std::strtod(folded.substr(i, j - i).c_str(), nullptr);
    } else if (is_letter(folded[i])) {
      while (j < folded.size() && is_letter(folded[j])) ++j;
      std::string_view word = std::string_view(folded).substr(i, j - i);
      for (size_t n = 0; n < std::size(kWords); ++n) {
        if (word == kWords[n]) number = double(n + 1);
      }
    } else {
      ++j;
    }
    i = j;
  }
  if (!number) return std::nullopt;
  bool months = folded.find("month") != std::string::npos &&
                folded.find("year") == std::string::npos && folded.find("yr") == std::string::npos;
  return FormatNumber(months ? *number / 12.0 : *number);
}

std::optional<std::string> EmailKey(std::string_view value) {
  std::string folded = ToUtf8(NfkcFold(value));
  std::string out;
  for (char c : folded) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out.push_back(c);
  }
  for (size_t at = out.find("mailto:"); at != std::string::npos; at = out.find("mailto:")) {
    out.erase(at, 7);
  }
  if (out.empty()) return std::nullopt;
  return out;
}

std::optional<std::string> UrlKey(std::string_view value) {
  std::string out;
  for (char c : ToUtf8(NfkcFold(value))) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out.push_back(c);
  }
  for (std::string_view scheme : {"https://", "http://"}) {
    if (out.rfind(scheme, 0) == 0) {
      out.erase(0, scheme.size());
      break;
    }
  }
  if (out.rfind("www.", 0) == 0) out.erase(0, 4);
  while (!out.empty() && out.back() == '/') out.pop_back();
  if (out.empty()) return std::nullopt;
  return out;
}

std::optional<std::string> PhoneKey(std::string_view value) {
  std::string digits;
  for (char c : ToUtf8(NfkcFold(value))) {
    if (IsDigit(c)) digits.push_back(c);
  }
  if (digits.size() < 6) return std::nullopt;
  return digits;
}

std::vector<Value> Keyed(MatchKind kind, const std::vector<std::string>& values) {
  std::vector<Value> out;
  std::set<std::string> seen;
  for (const std::string& value : values) {
    std::optional<std::string> key = NormalizeValue(kind, value);
    if (!key || key->empty() || !seen.insert(*key).second) continue;
    out.push_back({value, *key});
  }
  return out;
}

}  // namespace

std::string NormalizeText(std::string_view value) {
  icu::UnicodeString text = NfkcFold(value);
  // Code points, '&' spelled out.
  std::vector<UChar32> chars;
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (c == '&') {
      chars.insert(chars.end(), {'a', 'n', 'd'});
    } else {
      chars.push_back(c);
    }
  }
  icu::UnicodeString out;
  bool pending_space = false;
  for (size_t i = 0; i < chars.size(); ++i) {
    UChar32 c = chars[i];
    if (c == '.' && i > 0 && i + 1 < chars.size() && u_isalpha(chars[i - 1]) && u_isalpha(chars[i + 1])) {
      continue;  // B.Tech => btech
    }
    if (IsSeparator(c)) {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) out.append(static_cast<UChar32>(' '));
    pending_space = false;
    out.append(c);
  }
  return ToUtf8(out);
}

std::vector<std::string> Words(std::string_view normalized) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < normalized.size()) {
    size_t space = normalized.find(' ', start);
    if (space == std::string_view::npos) space = normalized.size();
    if (space > start) words.emplace_back(normalized.substr(start, space - start));
    start = space + 1;
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

double Dice(std::string_view normalized_a, std::string_view normalized_b) {
  return DiceOfWords(Words(normalized_a), Words(normalized_b));
}

std::optional<std::string> NormalizeValue(MatchKind kind, std::string_view value) {
  switch (kind) {
    case MatchKind::kText:
    case MatchKind::kName: {
      std::string normalized = NormalizeText(value);
      if (normalized.empty()) return std::nullopt;
      return normalized;
    }
    case MatchKind::kEmail: return EmailKey(value);
    case MatchKind::kYear: return LatestYearKey(value);
    case MatchKind::kDates: return DatesKey(value);
    case MatchKind::kYears: return YearsKey(value);
    case MatchKind::kUrl: return UrlKey(value);
    case MatchKind::kPhone: return PhoneKey(value);
  }
  return std::nullopt;
}

double Similarity(MatchKind kind, std::string_view gold_key, std::string_view predicted_key) {
  if (gold_key == predicted_key) return 1.0;
  switch (kind) {
    case MatchKind::kText:
    case MatchKind::kName:
      return Dice(gold_key, predicted_key);
    case MatchKind::kDates: {
      std::string_view gold_start = gold_key.substr(0, gold_key.find('-'));
      std::string_view predicted_start = predicted_key.substr(0, predicted_key.find('-'));
      return !gold_start.empty() && gold_start == predicted_start ? 0.75 : 0.0;
    }
    case MatchKind::kYears: {
      double diff = std::fabs(std::strtod(std::string(gold_key).c_str(), nullptr) -
                              std::strtod(std::string(predicted_key).c_str(), nullptr));
      return diff <= 0.5 + 1e-9 ? std::max(kFuzzyThreshold, 1.0 - diff) : 0.0;
    }
    case MatchKind::kPhone: {
      std::string_view shorter = gold_key.size() <= predicted_key.size() ? gold_key : predicted_key;
      std::string_view longer = gold_key.size() <= predicted_key.size() ? predicted_key : gold_key;
      bool suffix = shorter.size() >= 7 && longer.substr(longer.size() - shorter.size()) == shorter;
      return suffix ? 0.75 : 0.0;
    }
    case MatchKind::kEmail:
    case MatchKind::kYear:
    case MatchKind::kUrl:
      return 0.0;
  }
  return 0.0;
}

FieldResult ScoreField(MatchKind kind, const std::vector<std::string>& gold,
                       const std::vector<std::string>& predicted) {
  FieldResult result;
  result.gold = Keyed(kind, gold);
  result.predicted = Keyed(kind, predicted);
  if (kind == MatchKind::kName && result.predicted.size() > 1) result.predicted.resize(1);
  result.scored = !result.gold.empty();
  if (!result.scored) return result;

  if (kind == MatchKind::kName) {
    bool exact = false;
    size_t best = 0;
    double best_similarity = -1;
    if (!result.predicted.empty()) {
      for (size_t g = 0; g < result.gold.size(); ++g) {
        if (result.gold[g].key == result.predicted[0].key) exact = true;
        double similarity = Similarity(kind, result.gold[g].key, result.predicted[0].key);
        if (similarity > best_similarity) {
          best_similarity = similarity;
          best = g;
        }
      }
    }
    bool fuzzy = best_similarity >= kFuzzyThreshold;
    bool any = !result.predicted.empty();
    result.exact = {exact ? 1u : 0u, any && !exact ? 1u : 0u, exact ? 0u : 1u};
    result.fuzzy = {fuzzy ? 1u : 0u, any && !fuzzy ? 1u : 0u, fuzzy ? 0u : 1u};
    if (fuzzy) result.fuzzy_pairs.emplace_back(best, 0);
    return result;
  }

  // Exact: keys are unique on each side, so equal keys pair one-to-one.
  size_t equal = 0;
  for (const Value& g : result.gold) {
    for (const Value& p : result.predicted) {
      if (g.key == p.key) ++equal;
    }
  }
  result.exact = {equal, result.predicted.size() - equal, result.gold.size() - equal};

  // Fuzzy: every pair above the threshold, best first, each value used once.
  // Text keys are split into words once, not once per pair.
  bool text = kind == MatchKind::kText;
  std::vector<std::vector<std::string>> gold_words, predicted_words;
  if (text) {
    for (const Value& g : result.gold) gold_words.push_back(Words(g.key));
    for (const Value& p : result.predicted) predicted_words.push_back(Words(p.key));
  }
  std::vector<std::tuple<double, size_t, size_t>> candidates;
  for (size_t g = 0; g < result.gold.size(); ++g) {
    for (size_t p = 0; p < result.predicted.size(); ++p) {
      double similarity = text ? DiceOfWords(gold_words[g], predicted_words[p])
                               : Similarity(kind, result.gold[g].key, result.predicted[p].key);
      if (similarity >= kFuzzyThreshold) candidates.emplace_back(similarity, g, p);
    }
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
  std::vector<bool> gold_used(result.gold.size()), predicted_used(result.predicted.size());
  for (const auto& [similarity, g, p] : candidates) {
    if (gold_used[g] || predicted_used[p]) continue;
    gold_used[g] = predicted_used[p] = true;
    result.fuzzy_pairs.emplace_back(g, p);
  }
  size_t paired = result.fuzzy_pairs.size();
  result.fuzzy = {paired, result.predicted.size() - paired, result.gold.size() - paired};
  return result;
}

}  // namespace cvparse::tools::eval
