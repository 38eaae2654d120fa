#include "extract/languages.h"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "lexicon/lexicons.h"
#include "lexicon/tsv.h"
#include "text/ascii.h"

namespace cvparse {
namespace {

constexpr size_t kMaxLineBytes = 4096;  // longer lines are read up to here
constexpr size_t kMaxFillerBytes = 30;  // between a test name and its score
constexpr size_t kMaxTests = 100;        // test scores kept per document
constexpr size_t kMaxLanguageLines = 2000;  // lines read as language lines per document

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (IsSpace(s.front()) || s.front() == '-')) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// True when the code point at `pos` (or the one before `pos`) is a letter or digit.
bool AlnumAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  size_t len = 1;
  return IsAlnumCp(DecodeUtf8At(text, pos, &len));
}
bool AlnumBefore(std::string_view text, size_t pos) {
  if (pos == 0 || pos > text.size()) return false;
  size_t p = pos - 1;
  while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
  size_t len = 1;
  return IsAlnumCp(DecodeUtf8At(text, p, &len));
}

int CefrIndex(std::string_view level) {  // "A1" → 1 ... "C2" → 6, else 0
  if (level.size() != 2 || level[0] < 'A' || level[0] > 'C' || (level[1] != '1' && level[1] != '2')) return 0;
  return (level[0] - 'A') * 2 + (level[1] - '0');
}

std::string CefrName(int index) {
  if (index < 1 || index > 6) return "";
  return std::string(1, static_cast<char>('A' + (index - 1) / 2)) + static_cast<char>('1' + (index - 1) % 2);
}

// Reads an unsigned number "7", "7.5", "105" at pos; returns its length (0 if none).
size_t ReadNumber(std::string_view text, size_t pos, double* value, bool* has_fraction) {
  size_t i = pos;
  while (i < text.size() && IsAsciiDigit(text[i]) && i - pos < 5) ++i;
  if (i == pos || (i < text.size() && IsAsciiDigit(text[i]))) return 0;
  *has_fraction = false;
  size_t int_end = i;
  if (i + 1 < text.size() && text[i] == '.' && IsAsciiDigit(text[i + 1])) {
    ++i;
    while (i < text.size() && IsAsciiDigit(text[i]) && i - int_end < 4) ++i;
    *has_fraction = true;
  }
  *value = std::stod(std::string(text.substr(pos, i - pos)));
  return i - pos;
}

bool IsYear(double v) { return v >= 1950 && v <= 2100; }

// Words skipped between a test name and its score: "TOEFL iBT: 105", "HSK Level 5".
bool IsFillerWord(std::string_view word) {
  static const std::array<std::string_view, 26> kWords = {
      "ibt",   "pbt",    "itp",   "cbt",     "academic", "general", "training", "ukvi",    "overall",
      "score", "scores", "band",  "total",   "level",    "grade",   "result",   "results", "i",
      "ii",    "test",   "of",    "成绩",    "分数",     "总分",    "考试",     "mark"};
  std::string lower = AsciiLower(word);
  return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
}

// Sub-scores in parentheses: "(7.5 7.5 6.0 6.5)", "(L 8.0 R 7.5 W 6.5 S 7.0)",
// "(Reading 28, Listening 27)", "(V 158, Q 168, AW 4.0)". At least two, every
// token a number or a label (letters) with a number; no years.
bool ParseSubScores(std::string_view inner, std::vector<std::string>* out) {
  std::vector<std::string> subs;
  size_t i = 0;
  std::string label;
  while (i < inner.size()) {
    char c = inner[i];
    if (IsSpace(c) || c == ',' || c == ';' || c == '/' || c == ':' || c == '=') {
      ++i;
      continue;
    }
    if (IsAsciiDigit(c)) {
      double v = 0;
      bool frac = false;
      size_t n = ReadNumber(inner, i, &v, &frac);
      if (n == 0 || v >= 1000 || IsYear(v)) return false;
      std::string number(inner.substr(i, n));
      subs.push_back(label.empty() ? number : label + " " + number);
      label.clear();
      i += n;
      if (i < inner.size() && IsAsciiAlpha(inner[i])) return false;
      continue;
    }
    size_t len = 1;
    char32_t cp = DecodeUtf8At(inner, i, &len);
    if (!IsAlnumCp(cp) || !label.empty()) return false;  // two labels in a row: not scores
    size_t j = i;
    while (j < inner.size()) {
      size_t l = 1;
      char32_t x = DecodeUtf8At(inner, j, &l);
      if (!IsAlnumCp(x) || (x < 0x80 && IsAsciiDigit(static_cast<char>(x)))) break;
      j += l;
    }
    if (j - i > 12) return false;
    label = std::string(inner.substr(i, j - i));
    i = j;
  }
  if (!label.empty() || subs.size() < 2) return false;
  *out = std::move(subs);
  return true;
}

}  // namespace

// -- LanguageLexicon ---------------------------------------------------------------

std::unique_ptr<LanguageLexicon> LanguageLexicon::Create(std::string_view tsv, std::string* error) {
  std::vector<TsvRow> rows;
  if (!ParseTsv(tsv, "languages.tsv", 5, &rows, error)) return nullptr;
  auto lexicon = std::unique_ptr<LanguageLexicon>(new LanguageLexicon());
  lexicon->words_.Reserve(tsv.size());
  auto fail = [&](int line, const std::string& why) {
    *error = "languages.tsv:" + std::to_string(line) + ": " + why;
    return nullptr;
  };
  std::vector<std::pair<int, std::string>> test_languages;  // checked once every language is known
  for (const TsvRow& row : rows) {
    if (row.fields.size() != 5) {
      return fail(row.line, "expected 5 tab-separated fields, found " + std::to_string(row.fields.size()));
    }
    Entry entry;
    std::string_view kind = row.fields[0];
    if (kind == "language") {
      entry.kind = Kind::kLanguage;
    } else if (kind == "fluency") {
      entry.kind = Kind::kFluency;
    } else if (kind == "test") {
      entry.kind = Kind::kTest;
    } else if (kind == "label") {
      entry.kind = Kind::kLabel;
    } else {
      return fail(row.line, "unknown kind '" + std::string(kind) + "' (expected language, fluency, test or label)");
    }
    entry.canonical = std::string(row.fields[1]);
    if (entry.canonical.empty()) return fail(row.line, "empty canonical name");
    entry.info = std::string(row.fields[3]);
    if (entry.kind == Kind::kTest) {
      if (entry.info.empty()) return fail(row.line, "a test needs a language (or '-')");
      if (entry.info == "-") entry.info.clear();
      if (!entry.info.empty()) test_languages.push_back({row.line, entry.info});
      std::vector<std::string_view> parts = SplitAlternatives(row.fields[4], ',');
      if (parts.empty()) return fail(row.line, "a test needs a score grammar");
      std::string_view grammar = parts[0];
      size_t colon = grammar.find(':');
      entry.grammar = std::string(grammar.substr(0, colon));
      static const std::array<std::string_view, 7> kGrammars = {"band", "points", "level", "jlpt",
                                                                "cefr", "grade",  "tdn"};
      if (std::find(kGrammars.begin(), kGrammars.end(), entry.grammar) == kGrammars.end()) {
        return fail(row.line, "unknown score grammar '" + entry.grammar + "'");
      }
      bool ranged = entry.grammar == "points" || entry.grammar == "level" || entry.grammar == "cefr";
      if (ranged != (colon != std::string_view::npos)) {
        return fail(row.line, "score grammar '" + std::string(grammar) + "': points, level and cefr take a range A-B, the others none");
      }
      if (ranged) {
        std::string_view range = grammar.substr(colon + 1);
        size_t dash = range.find('-');
        if (dash == std::string_view::npos) return fail(row.line, "bad range '" + std::string(range) + "'");
        std::string_view lo = range.substr(0, dash), hi = range.substr(dash + 1);
        if (entry.grammar == "cefr") {
          entry.min = CefrIndex(lo);
          entry.max = CefrIndex(hi);
        } else {
          bool digits = !lo.empty() && !hi.empty() && lo.size() < 6 && hi.size() < 6 &&
                        std::all_of(lo.begin(), lo.end(), IsAsciiDigit) && std::all_of(hi.begin(), hi.end(), IsAsciiDigit);
          if (digits) {
            entry.min = std::stoi(std::string(lo));
            entry.max = std::stoi(std::string(hi));
          }
        }
        if (entry.min <= 0 && entry.max <= 0) return fail(row.line, "bad range '" + std::string(range) + "'");
        if (entry.min > entry.max) return fail(row.line, "range '" + std::string(range) + "' runs backwards");
      }
      for (size_t k = 1; k < parts.size(); ++k) {
        if (parts[k] != "ctx") return fail(row.line, "unknown flag '" + std::string(parts[k]) + "' (expected ctx)");
        entry.context_only = true;
      }
    } else if (!row.fields[4].empty()) {
      return fail(row.line, "only tests have a score grammar");
    }
    int index = static_cast<int>(lexicon->entries_.size());
    PhraseMatcher& matcher = entry.kind == Kind::kTest ? lexicon->tests_ : lexicon->words_;
    std::vector<std::string_view> forms = {row.fields[1]};
    for (std::string_view form : SplitAlternatives(row.fields[2])) forms.push_back(form);
    for (std::string_view form : forms) {
      int clash = matcher.Add(form, index, false);
      if (clash >= 0) {
        return fail(row.line, "form '" + std::string(form) + "' also belongs to '" +
                                  lexicon->entries_[static_cast<size_t>(clash)].canonical + "'");
      }
    }
    lexicon->entries_.push_back(std::move(entry));
  }
  lexicon->words_.Compile();
  lexicon->tests_.Compile();
  for (const auto& [line, language] : test_languages) {
    const std::string& wanted = language;  // clang 14 cannot capture a structured binding
    bool known = std::any_of(lexicon->entries_.begin(), lexicon->entries_.end(), [&](const Entry& e) {
      return e.kind == Kind::kLanguage && e.canonical == wanted;
    });
    if (!known) return fail(line, "unknown test language '" + language + "'");
  }
  return lexicon;
}

std::vector<LanguageLexicon::Hit> LanguageLexicon::FindWords(std::string_view text) const {
  std::vector<Hit> out;
  for (const PhraseMatcher::Hit& h : words_.FindAll(text.substr(0, std::min(text.size(), kMaxLineBytes)))) {
    out.push_back({h.begin, h.end, h.id});
  }
  return out;
}

std::vector<LanguageLexicon::Hit> LanguageLexicon::FindCefr(std::string_view text) {
  std::vector<Hit> out;
  size_t n = std::min(text.size(), kMaxLineBytes);
  for (size_t i = 0; i + 1 < n; ++i) {
    int level = CefrIndex(text.substr(i, 2));
    if (level == 0 || AlnumBefore(text, i)) continue;
    size_t end = i + 2;
    if (end < n && text[end] == '+') ++end;
    if (AlnumAt(text, end)) continue;
    out.push_back({i, end, level});
    i = end - 1;
  }
  return out;
}

std::vector<FoundTest> LanguageLexicon::FindTests(std::string_view text, bool in_context) const {
  std::vector<FoundTest> out;
  text = text.substr(0, std::min(text.size(), kMaxLineBytes));
  for (const PhraseMatcher::Hit& hit : tests_.FindAll(text)) {
    if (!out.empty() && hit.begin < out.back().end) continue;  // inside the last test's sub-scores
    const Entry& entry = entries_[static_cast<size_t>(hit.id)];
    if (entry.context_only && !in_context) continue;
    // Skip filler words and punctuation up to the score.
    size_t p = hit.end;
    int open_parens = 0;
    while (p < text.size() && p - hit.end <= kMaxFillerBytes) {
      char c = text[p];
      if (IsSpace(c) || c == ':' || c == '=' || c == '-' || c == ',' || c == ')') {
        ++p;
      } else if (c == '(') {
        // "(CAE)": an acronym in parentheses is skipped whole.
        size_t close = text.find(')', p);
        if (close != std::string_view::npos && close - p <= 8 && close > p + 1 &&
            std::all_of(text.begin() + static_cast<long>(p) + 1, text.begin() + static_cast<long>(close),
                        [](char x) { return x >= 'A' && x <= 'Z'; })) {
          p = close + 1;
        } else {
          ++open_parens;
          ++p;
        }
      } else {
        size_t w = p;
        while (w < text.size()) {
          size_t l = 1;
          char32_t x = DecodeUtf8At(text, w, &l);
          if (!IsAlnumCp(x) || (x < 0x80 && IsAsciiDigit(static_cast<char>(x)))) break;
          w += l;
        }
        if (w > p && IsFillerWord(text.substr(p, w - p)) && !(entry.grammar == "grade" && w - p == 1)) {
          p = w;
          continue;
        }
        break;
      }
    }
    // The score itself.
    std::string score;
    size_t q = p;
    const std::string& g = entry.grammar;
    double v = 0;
    bool frac = false;
    auto cefr_at = [&](size_t at) -> int {
      if (at + 1 >= text.size() || AlnumAt(text, at + 2) || AlnumBefore(text, at)) return 0;
      return CefrIndex(text.substr(at, 2));
    };
    if (p < text.size()) {
      if (g == "band") {
        size_t n = ReadNumber(text, p, &v, &frac);
        double twice = v * 2;
        if (n > 0 && v <= 9 && twice == static_cast<int>(twice) && !AlnumAt(text, p + n)) {
          score = std::string(text.substr(p, n));
          q = p + n;
        }
      } else if (g == "points") {
        size_t n = ReadNumber(text, p, &v, &frac);
        if (n > 0 && !frac && v >= entry.min && v <= entry.max && !IsYear(v) && !AlnumAt(text, p + n)) {
          score = std::string(text.substr(p, n));
          q = p + n;
          if (q + 1 < text.size() && text[q] == '/' && IsAsciiDigit(text[q + 1])) {
            ++q;
            while (q < text.size() && IsAsciiDigit(text[q])) ++q;
          }
        }
      } else if (g == "level") {
        size_t n = ReadNumber(text, p, &v, &frac);
        if (n > 0 && !frac && v >= entry.min && v <= entry.max) {
          score = std::string(text.substr(p, n));
          q = p + n;
          if (text.substr(q, 3) == "级") q += 3;
          if (AlnumAt(text, q)) score.clear();
        }
      } else if (g == "jlpt") {
        if (p + 1 < text.size() && (text[p] == 'N' || text[p] == 'n') && text[p + 1] >= '1' && text[p + 1] <= '5' &&
            !AlnumAt(text, p + 2)) {
          score = std::string("N") + text[p + 1];
          q = p + 2;
        }
      } else if (g == "cefr") {
        int level = cefr_at(p);
        if (level == 0 && p + 2 < text.size() && text[p + 2] == '+') level = CefrIndex(text.substr(p, 2));
        if (level >= entry.min && level <= entry.max && level > 0) {
          score = CefrName(level);
          q = p + 2;
          if (q < text.size() && text[q] == '+') ++q;
        }
      } else if (g == "grade") {
        int level = cefr_at(p);
        size_t n = ReadNumber(text, p, &v, &frac);
        if (level > 0) {
          score = CefrName(level);
          q = p + 2;
        } else if (n > 0 && !frac && v >= 80 && v <= 230) {
          score = std::string(text.substr(p, n));
          q = p + n;
        } else if (text[p] >= 'A' && text[p] <= 'C' && !AlnumAt(text, p + 1)) {
          score = std::string(1, text[p]);
          q = p + 1;
        }
      } else if (g == "tdn") {
        if (text.substr(p, 3) == "TDN") {
          size_t d = p + 3;
          while (d < text.size() && text[d] == ' ') ++d;
          if (d < text.size() && text[d] >= '3' && text[d] <= '5' && !AlnumAt(text, d + 1)) {
            score = std::string("TDN ") + text[d];
            q = d + 1;
          }
        } else if (p + 2 < text.size() && IsAsciiDigit(text[p]) && text[p + 1] == 'x' && IsAsciiDigit(text[p + 2]) &&
                   !AlnumAt(text, p + 3)) {
          score = std::string(text.substr(p, 3));
          q = p + 3;
        } else {
          size_t n = ReadNumber(text, p, &v, &frac);
          if (n > 0 && !frac && v <= 20 && !AlnumAt(text, p + n)) {
            score = std::string(text.substr(p, n));
            q = p + n;
          }
        }
      }
    }
    if (score.empty() && !in_context) continue;
    FoundTest test;
    test.begin = hit.begin;
    test.end = score.empty() ? hit.end : q;
    test.test = entry.canonical;
    test.score = score;
    test.language = entry.info;
    if (!score.empty()) {
      // Close a parenthesis opened before the score: "CET-6(532)".
      size_t r = q;
      while (r < text.size() && IsSpace(text[r])) ++r;
      if (open_parens > 0 && r < text.size() && text[r] == ')') {
        test.end = r + 1;
      } else if (r < text.size() && text[r] == '(') {
        size_t close = text.find(')', r);
        if (close != std::string_view::npos && close - r <= 100 &&
            ParseSubScores(text.substr(r + 1, close - r - 1), &test.sub_scores)) {
          test.end = close + 1;
        }
      }
    }
    out.push_back(std::move(test));
  }
  return out;
}

bool LanguageLexicon::IsLanguageLabel(std::string_view label) const {
  int id = words_.MatchWhole(label);
  return id >= 0 && entries_[static_cast<size_t>(id)].kind == Kind::kLabel;
}

std::string LanguageLexicon::LanguageNamed(std::string_view text) const {
  text = Trim(text);
  for (std::string_view suffix : {" language", " Language", " LANGUAGE", "语", "語"}) {
    int id = words_.MatchWhole(text);
    if (id >= 0 && entries_[static_cast<size_t>(id)].kind == Kind::kLanguage) {
      return entries_[static_cast<size_t>(id)].canonical;
    }
    if (text.size() > suffix.size() && text.substr(text.size() - suffix.size()) == suffix && suffix[0] == ' ') {
      text.remove_suffix(suffix.size());
    }
  }
  return "";
}

std::string LanguageLexicon::FluencyNamed(std::string_view text) const {
  int id = words_.MatchWhole(Trim(text));
  if (id >= 0 && entries_[static_cast<size_t>(id)].kind == Kind::kFluency) {
    return entries_[static_cast<size_t>(id)].canonical;
  }
  return "";
}

bool LanguageLexicon::IsLanguageItem(std::string_view item) const {
  size_t lead = 0;
  while (lead < item.size() && IsSpace(item[lead])) ++lead;
  for (const Hit& h : FindWords(item)) {
    if (h.begin == lead && entries_[static_cast<size_t>(h.entry)].kind == Kind::kLanguage) return true;
    break;
  }
  return !FindTests(item, false).empty();
}

bool LanguageLexicon::IsLanguageRow(std::string_view norm) const {
  std::string_view label;
  size_t begin = 0;
  if (!SplitRowLabel(norm, &label, &begin)) return false;
  bool labelled = IsLanguageLabel(label) || !LanguageNamed(label).empty() || !FluencyNamed(label).empty();
  if (!labelled) return false;
  if (!LanguageNamed(label).empty()) return true;
  // The first item or two decide; a test name is enough (no score needed).
  return NamesLanguageOrTest(norm.substr(begin, 512));
}

bool LanguageLexicon::NamesLanguageOrTest(std::string_view text) const {
  text = text.substr(0, std::min(text.size(), kMaxLineBytes));
  for (const Hit& h : FindWords(text)) {
    if (entries_[static_cast<size_t>(h.entry)].kind == Kind::kLanguage) return true;
  }
  return !tests_.FindAll(text).empty();
}

bool SplitRowLabel(std::string_view norm, std::string_view* label, size_t* text_begin) {
  size_t n = std::min(norm.size(), kMaxLineBytes);
  size_t sep = std::string_view::npos;
  for (size_t i = 0; i < n && i <= 60; ++i) {
    char c = norm[i];
    if (c == ':' || c == '\t') {
      sep = i;
      break;
    }
    if (c == '.' && i + 2 < n && norm[i + 1] == '.' && norm[i + 2] == '.') {
      sep = i;
      break;
    }
    if (c == ',' || c == ';' || c == '|' || c == '(' || c == ')') return false;
  }
  if (sep == std::string_view::npos || sep == 0) return false;
  std::string_view head = norm.substr(0, sep);
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  if (head.empty() || head.size() > 40) return false;
  int words = 1;
  bool letter = false;
  for (size_t i = 0; i < head.size(); ++i) {
    if (head[i] == ' ') ++words;
    if (IsAsciiAlpha(head[i]) || static_cast<unsigned char>(head[i]) >= 0x80) letter = true;
  }
  if (words > 5 || !letter) return false;
  if (norm[sep] == ':' && sep + 1 < n && norm[sep + 1] == '/') return false;  // "https://"
  size_t p = sep;
  while (p < n && (IsSpace(norm[p]) || norm[p] == '.' || norm[p] == ':')) ++p;
  if (p >= n) return false;
  if (norm[sep] == '\t' && norm[p] == '|') return false;  // two columns of bullets, not a label
  *label = head;
  *text_begin = p;
  return true;
}

// -- LanguagesExtractor ------------------------------------------------------------

namespace {

using Kind = LanguageLexicon::Kind;

struct Evidence {
  size_t begin = 0, end = 0;
  std::string fluency;   // a fluency word's canonical
  int cefr = 0;          // a CEFR level
  std::string test;      // "IELTS 7.0"
  std::string language;  // the test's language
};

struct LanguageAcc {
  std::string name;
  Span span;
  std::string fluency;
  std::vector<int> cefr;
  std::vector<std::string> tests;
  std::string default_fluency;  // from the section heading or row label
  std::string elsewhere;        // a test of this language found outside its items
  bool inferred = false;        // known only from a test
};

class Collector {
 public:
  LanguageAcc& Get(const std::string& name, Span span, const std::string& default_fluency) {
    for (LanguageAcc& acc : langs_) {
      if (acc.name == name) return acc;
    }
    LanguageAcc acc;
    acc.name = name;
    acc.span = span;
    acc.default_fluency = default_fluency;
    langs_.push_back(std::move(acc));
    return langs_.back();
  }
  LanguageAcc* Find(const std::string& name) {
    for (LanguageAcc& acc : langs_) {
      if (acc.name == name) return &acc;
    }
    return nullptr;
  }
  std::vector<LanguageAcc>& all() { return langs_; }

 private:
  std::vector<LanguageAcc> langs_;
};

void AddEvidence(const Evidence& ev, LanguageAcc* acc) {
  if (!ev.fluency.empty()) {
    if (acc->fluency.empty()) acc->fluency = ev.fluency;
  } else if (ev.cefr > 0) {
    acc->cefr.push_back(ev.cefr);
  } else if (!ev.test.empty() && (ev.language.empty() || ev.language == acc->name)) {
    if (!ev.language.empty()) acc->tests.push_back(ev.test);
  }
}

std::string TestLabel(const FoundTest& t) { return t.score.empty() ? t.test : t.test + " " + t.score; }

// Cuts [begin, end) of `text` at ',', ';', '|' and tabs outside parentheses.
std::vector<std::pair<size_t, size_t>> SplitItems(std::string_view text, size_t begin, size_t end) {
  std::vector<std::pair<size_t, size_t>> items;
  int depth = 0;
  size_t start = begin;
  for (size_t i = begin; i < end; ++i) {
    char c = text[i];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (depth == 0 && (c == ',' || c == ';' || c == '|' || c == '\t')) {
      if (i > start) items.push_back({start, i});
      start = i + 1;
    }
  }
  if (end > start) items.push_back({start, end});
  return items;
}

struct LineFacts {
  std::vector<LanguageLexicon::Hit> languages;  // outside tests
  std::vector<Evidence> evidence;               // fluency words, CEFR levels, tests; by position
};

LineFacts ReadLine(const LanguageLexicon& lex, std::string_view norm, const std::vector<FoundTest>& tests) {
  LineFacts facts;
  auto in_test = [&](size_t b, size_t e) {  // tests are sorted and do not overlap
    auto it = std::lower_bound(tests.begin(), tests.end(), b,
                               [](const FoundTest& t, size_t x) { return t.end <= x; });
    return it != tests.end() && it->begin < e;
  };
  for (const LanguageLexicon::Hit& h : lex.FindWords(norm)) {
    if (in_test(h.begin, h.end)) continue;
    const LanguageLexicon::Entry& e = lex.entry(h.entry);
    if (e.kind == Kind::kLanguage) {
      facts.languages.push_back(h);
    } else if (e.kind == Kind::kFluency) {
      facts.evidence.push_back({h.begin, h.end, e.canonical, 0, "", ""});
    }
  }
  for (const LanguageLexicon::Hit& h : LanguageLexicon::FindCefr(norm)) {
    if (!in_test(h.begin, h.end)) facts.evidence.push_back({h.begin, h.end, "", h.entry, "", ""});
  }
  for (const FoundTest& t : tests) facts.evidence.push_back({t.begin, t.end, "", 0, TestLabel(t), t.language});
  std::sort(facts.evidence.begin(), facts.evidence.end(),
            [](const Evidence& a, const Evidence& b) { return a.begin < b.begin; });
  return facts;
}

// Reads the items of one line into the collector (see the rules in languages.h).
void ReadItems(const LanguageLexicon& lex, const Line& line, const LineFacts& facts,
               const std::vector<std::pair<size_t, size_t>>& items, const std::string& forced_language,
               Span forced_span, const std::string& default_fluency, Collector* out) {
  std::vector<std::string> last;
  if (!forced_language.empty()) {
    out->Get(forced_language, forced_span, default_fluency);
    last.push_back(forced_language);
  }
  std::vector<Evidence> pending, carry;
  // Items, hits and evidence are all in text order: walk them together.
  size_t next_lang = 0, next_ev = 0;
  for (const auto& [a, b] : items) {
    std::vector<const LanguageLexicon::Hit*> langs;
    while (next_lang < facts.languages.size() && facts.languages[next_lang].begin < a) ++next_lang;
    for (size_t k = next_lang; k < facts.languages.size() && facts.languages[k].begin < b; ++k) {
      if (facts.languages[k].end <= b) langs.push_back(&facts.languages[k]);
    }
    std::vector<const Evidence*> ev;
    while (next_ev < facts.evidence.size() && facts.evidence[next_ev].begin < a) ++next_ev;
    for (size_t k = next_ev; k < facts.evidence.size() && facts.evidence[k].begin < b; ++k) {
      if (facts.evidence[k].end <= b) ev.push_back(&facts.evidence[k]);
    }
    if (langs.empty()) {
      if (ev.empty()) continue;
      if (!last.empty()) {
        for (const std::string& name : last) {
          LanguageAcc* acc = out->Find(name);
          if (acc == nullptr) continue;
          for (const Evidence* e : ev) AddEvidence(*e, acc);
        }
      } else {
        for (const Evidence* e : ev) pending.push_back(*e);
      }
      continue;
    }
    bool item_has_evidence = false;
    std::vector<std::string> names;
    for (size_t k = 0; k < langs.size(); ++k) {
      const LanguageLexicon::Hit& h = *langs[k];
      const std::string& name = lex.entry(h.entry).canonical;
      LanguageAcc& acc = out->Get(name, line.RawSpan(h.begin, h.end), default_fluency);
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
      size_t window_end = k + 1 < langs.size() ? langs[k + 1]->begin : b;
      std::vector<const Evidence*> mine;
      for (const Evidence* e : ev) {
        if (e->begin >= h.end && e->end <= window_end) mine.push_back(e);
      }
      if (mine.empty()) {
        for (const Evidence* e : ev) {
          if (e->end <= langs.front()->begin) mine.push_back(e);
        }
        // "Fluent: English, French": a labelled prefix carries to the next items.
        if (!mine.empty()) {
          // A view of line.norm itself: a view of a substr() copy would dangle.
          std::string_view between = Trim(std::string_view(line.norm).substr(
              mine.back()->end, langs.front()->begin - mine.back()->end));
          if (between == ":") {
            carry.clear();
            for (const Evidence* e : mine) carry.push_back(*e);
          }
        }
      }
      if (mine.empty()) {
        for (const Evidence* e : ev) {
          if (e->begin >= langs.back()->end) mine.push_back(e);
        }
      }
      for (const Evidence* e : mine) AddEvidence(*e, &acc);
      if (!mine.empty()) item_has_evidence = true;
    }
    if (!item_has_evidence) {
      const std::vector<Evidence>& fallback = !pending.empty() ? pending : carry;
      for (const std::string& name : names) {
        LanguageAcc* acc = out->Find(name);
        if (acc == nullptr) continue;
        for (const Evidence& e : fallback) AddEvidence(e, acc);
      }
    }
    pending.clear();
    last = names;
  }
}

bool InSkillsOrLanguages(const std::string& kind) { return kind == "skills" || kind == "languages"; }

}  // namespace

std::shared_ptr<const LanguageLexicon> LanguageLexicon::Load(std::string* error) {
  std::string text;
  if (!LoadLexiconFile("languages.tsv", &text, error)) return nullptr;
  return Create(text, error);
}

std::unique_ptr<LanguagesExtractor> LanguagesExtractor::Create(std::string* error) {
  std::shared_ptr<const LanguageLexicon> lexicon = LanguageLexicon::Load(error);
  return lexicon ? Create(std::move(lexicon)) : nullptr;
}

std::unique_ptr<LanguagesExtractor> LanguagesExtractor::Create(std::shared_ptr<const LanguageLexicon> lexicon) {
  auto extractor = std::unique_ptr<LanguagesExtractor>(new LanguagesExtractor());
  extractor->lexicon_ = std::move(lexicon);
  return extractor;
}

void LanguagesExtractor::Extract(const Lexicons& /*base*/, YearMonth /*as_of*/, Document* doc) const {
  const LanguageLexicon& lex = *lexicon_;
  Collector collector;
  std::vector<TestScore> scores;
  size_t language_lines = 0;
  for (const Section& section : doc->sections) {
    const bool languages_section = section.kind == "languages";
    std::string default_fluency;
    if (languages_section) {
      for (const LanguageLexicon::Hit& h : lex.FindWords(section.heading)) {
        if (lex.entry(h.entry).kind == Kind::kFluency) default_fluency = lex.entry(h.entry).canonical;
      }
    }
    size_t first = section.body_begin();
    for (size_t i = first; i < section.end_line && i < doc->lines.size(); ++i) {
      const Line& line = doc->lines[i];
      if (line.blank()) continue;
      const std::string_view norm = line.norm;
      const bool row = !languages_section && lex.IsLanguageRow(norm);
      const bool in_context = languages_section || row;
      // Bounds for huge inputs: enough tests, enough language lines.
      if (scores.size() >= kMaxTests && !in_context) continue;
      if (in_context && language_lines >= kMaxLanguageLines) continue;
      std::vector<FoundTest> tests = lex.FindTests(norm, in_context);
      for (const FoundTest& t : tests) {
        if (scores.size() >= kMaxTests) break;
        TestScore score;
        score.test = t.test;
        score.score = t.score;
        score.sub_scores = t.sub_scores;
        score.language = t.language;
        Span span = line.RawSpan(t.begin, t.end);
        score.span_begin = span.begin;
        score.span_end = span.end;
        scores.push_back(std::move(score));
      }
      if (!languages_section && !row && !InSkillsOrLanguages(section.kind)) continue;
      if (++language_lines > kMaxLanguageLines) continue;  // skills lines count too
      LineFacts facts = ReadLine(lex, norm, tests);
      if (languages_section) {
        ReadItems(lex, line, facts, SplitItems(norm, 0, norm.size()), "", {}, default_fluency, &collector);
      } else if (row) {
        std::string_view label;
        size_t begin = 0;
        SplitRowLabel(norm, &label, &begin);
        std::string named = lex.LanguageNamed(label);
        std::string row_fluency = lex.FluencyNamed(label);
        Span label_span = line.RawSpan(0, label.size());
        ReadItems(lex, line, facts, SplitItems(norm, begin, norm.size()), named, label_span, row_fluency,
                  &collector);
      } else {
        // A skills list: only the items that start with a language name.
        std::vector<std::pair<size_t, size_t>> language_items;
        size_t next_lang = 0;
        for (const auto& item : SplitItems(norm, 0, norm.size())) {
          while (next_lang < facts.languages.size() && facts.languages[next_lang].begin < item.first) ++next_lang;
          bool names = next_lang < facts.languages.size() && facts.languages[next_lang].end <= item.second;
          if (names && lex.IsLanguageItem(norm.substr(item.first, item.second - item.first))) {
            language_items.push_back(item);
          }
        }
        if (!language_items.empty()) ReadItems(lex, line, facts, language_items, "", {}, "", &collector);
      }
    }
  }

  // Languages known only from a test; listed languages without a level take one.
  for (const TestScore& score : scores) {
    if (score.language.empty()) continue;
    LanguageAcc* acc = collector.Find(score.language);
    std::string label = score.score.empty() ? score.test : score.test + " " + score.score;
    if (acc == nullptr) {
      LanguageAcc& added = collector.Get(score.language, {score.span_begin, score.span_end}, "");
      added.tests.push_back(label);
      added.inferred = true;
    } else if (acc->elsewhere.empty()) {
      acc->elsewhere = label;
    }
  }
  doc->entities.test_scores = std::move(scores);
  std::vector<Language>& languages = doc->entities.languages;
  languages.clear();
  for (const LanguageAcc& acc : collector.all()) {
    Language language;
    language.language = acc.name;
    language.inferred = acc.inferred;
    if (!acc.fluency.empty()) {
      language.fluency = acc.fluency;
    } else if (!acc.cefr.empty()) {
      std::map<int, int> counts;
      for (int level : acc.cefr) ++counts[level];
      int best = acc.cefr.front();
      for (int level : acc.cefr) {
        if (counts[level] > counts[best]) best = level;
      }
      language.fluency = CefrName(best);
    } else if (!acc.tests.empty()) {
      language.fluency = acc.tests.front();
    } else if (!acc.default_fluency.empty()) {
      language.fluency = acc.default_fluency;
    } else {
      language.fluency = acc.elsewhere;
    }
    language.span_begin = acc.span.begin;
    language.span_end = acc.span.end;
    languages.push_back(std::move(language));
  }
}

}  // namespace cvparse
