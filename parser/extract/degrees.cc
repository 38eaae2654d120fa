#include "extract/degrees.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "lexicon/tsv.h"
#include "text/ascii.h"

namespace cvparse {
namespace {

enum class Mode { kAny, kCase, kContext };

struct Row {
  std::string canonical;
  std::string level;
  Mode mode = Mode::kAny;
};

struct Alias {
  std::string text;
  size_t row = 0;
  bool cjk = false;     // holds a CJK character: no word boundaries needed
  bool dotted = false;  // "M.E.", "Ph.D."
  int letters = 0;      // letters and digits
  char second = 0;      // the folded second character past the first, 0 for none (SecondChar)
};

constexpr size_t kNone = std::string_view::npos;

char Fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The folded character after s[pos], skipping the dots, apostrophes, spaces
// and hyphens that MatchAlias lets come between the characters of an alias;
// 0 at the end. An alias can match at text[pos] only when its own
// SecondChar equals the text's ("B.Sc", "BSc", "B. Sc" all give 's').
char SecondChar(std::string_view s, size_t pos) {
  for (size_t i = pos + 1; i < s.size(); ++i) {
    const char c = s[i];
    if (c != '.' && c != '\'' && c != ' ' && c != '-') return Fold(c);
  }
  return 0;
}

// Decodes the code point starting at text[i]; *len receives its length.
uint32_t DecodeAt(std::string_view text, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (i + n > text.size()) n = 1;
  uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  *len = n;
  return cp;
}

bool IsCjk(uint32_t cp) {
  return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFF00 && cp <= 0xFFEF);
}

// A letter or digit that would continue a Latin word.
bool IsWordCodePoint(uint32_t cp) {
  if (cp < 0x80) return IsAsciiAlnum(static_cast<char>(cp));
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;
  return cp >= 0x370 && cp <= 0x52F;
}

bool WordCharBefore(std::string_view text, size_t pos) {
  if (pos == 0) return false;
  size_t start = pos - 1;
  while (start > 0 && IsContinuation(text[start])) --start;
  size_t len = 0;
  return IsWordCodePoint(DecodeAt(text, start, &len));
}

bool WordCharAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  size_t len = 0;
  return IsWordCodePoint(DecodeAt(text, pos, &len));
}

bool HasCjk(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    if (IsCjk(DecodeAt(s, i, &len))) return true;
    i += len;
  }
  return false;
}

// Matches `alias` at text[pos]; returns the end of the match or kNone.
size_t MatchAlias(std::string_view text, size_t pos, std::string_view alias, bool case_sensitive) {
  const size_t n = text.size();
  size_t i = pos;
  bool first = true;
  for (size_t j = 0; j < alias.size(); ++j) {
    char a = alias[j];
    if (a == '.' || a == '\'') {
      if (i < n && text[i] == a) {
        ++i;
        if (a == '.') {
          while (i < n && text[i] == ' ') ++i;  // "Ph. D."
        }
      }
      continue;
    }
    if (a == '-') {
      if (i < n && (text[i] == '-' || text[i] == ' ')) ++i;
      continue;
    }
    if (a == ' ') {
      size_t k = i;
      while (k < n && (text[k] == ' ' || text[k] == '-')) ++k;
      if (k == i && !(i > pos && (text[i - 1] == '.' || text[i - 1] == ' '))) return kNone;
      i = k;
      continue;
    }
    if (!first && i < n) {
      if (text[i] == '.') {
        ++i;
        while (i < n && text[i] == ' ') ++i;
      } else if (text[i] == '\'') {
        ++i;
      }
    }
    if (i >= n) return kNone;
    char t = text[i];
    if (case_sensitive ? t != a : Fold(t) != Fold(a)) return kNone;
    ++i;
    first = false;
  }
  while (i > pos && text[i - 1] == ' ') --i;
  return i;
}

// "M.S." and "Ph.D" are dotted; "MS." is not.
bool Dotted(std::string_view s) {
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    if (s[i] == '.' && IsAsciiAlnum(s[i - 1]) && (IsAsciiAlnum(s[i + 1]) || s[i + 1] == ' ')) return true;
  }
  return false;
}

// `s` with its ASCII letters folded to lower case.
std::string Folded(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) out += Fold(ch);
  return out;
}

// A product or job word after a short alias: "MS Office", "BA Analyst",
// "ASSOCIATE DIRECTOR" (any case).
bool IsStopWord(std::string_view word) {
  static constexpr std::string_view kStop[] = {
      "office",  "word",    "excel",    "access",     "powerpoint", "outlook", "project", "projects",
      "teams",   "sql",     "visio",    "windows",    "dynamics",   "azure",   "dos",     "exchange",
      "sharepoint", "paint", "edge",    "analyst",    "analysts",   "manager", "team",    "intern",
      "student", "students", "program", "programme", "professor",  "director", "dean",   "editor",
      "assistant", "consultant"};
  const std::string folded = Folded(word);
  return std::find(std::begin(kStop), std::end(kStop), folded) != std::end(kStop);
}

bool IsOneOf(char c, std::string_view set) { return set.find(c) != std::string_view::npos; }

// "Pursuing BS Degree in ...", "Completed MS in ...": a verb of study
// before a degree is a degree context too.
bool AfterStudyVerb(std::string_view text, size_t k) {
  size_t b = k;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\t') --b;
  if (b > 0 && text[b - 1] != '\t') {
    // Only the first word of the line or cell: "He completed MS" is prose.
    size_t p = b - 1;
    while (p > 0 && text[p - 1] == ' ') --p;
    if (p > 0 && !IsOneOf(text[p - 1], "\t,;|:")) return false;
  }
  return DegreeLexicon::IsStudyVerb(text.substr(b, k - b));
}

// "BS Degree": the word "degree" right after a short alias makes it one.
bool BeforeDegreeWord(std::string_view text, size_t end) {
  size_t k = end;
  while (k < text.size() && text[k] == ' ') ++k;
  if (k == end || text.size() - k < 6) return false;
  return Folded(text.substr(k, 6)) == "degree" && (k + 6 == text.size() || !IsAsciiAlnum(text[k + 6]));
}

// The degree-context rule for short aliases (see degrees.h).
bool InDegreeContext(std::string_view text, size_t begin, size_t end) {
  size_t k = begin;
  while (k > 0 && text[k - 1] == ' ') --k;
  bool after_comma = false;
  if (k > 0) {
    char c = text[k - 1];
    bool middle_dot = k >= 2 && text.substr(k - 2, 2) == "\xC2\xB7";
    if (!(IsOneOf(c, "\t,;|():/-") || (c >= '0' && c <= '9') || middle_dot || AfterStudyVerb(text, k) ||
          BeforeDegreeWord(text, end))) {
      return false;
    }
    after_comma = c == ',';
  }
  k = end;
  while (k < text.size() && text[k] == ' ') ++k;
  if (k >= text.size()) return !after_comma;
  char c = text[k];
  if (c == '(') return true;
  if (c == '-' && k + 1 < text.size() && IsAsciiAlnum(text[k + 1])) return false;  // "MA-based"
  if (IsOneOf(c, ",)\t;|:-/") || (c >= '0' && c <= '9')) return !after_comma;
  size_t w = k;
  while (w < text.size() && (IsAsciiAlnum(text[w]) || static_cast<unsigned char>(text[w]) >= 0x80)) ++w;
  std::string_view word = text.substr(k, w - k);
  if (word.empty()) return false;
  const std::string folded = Folded(word);
  if (folded == "in" || folded == "of" || folded == "en" || folded == "degree" || folded == "hons" ||
      folded == "honours" || folded == "honors") {
    return true;
  }
  bool capital = (word[0] >= 'A' && word[0] <= 'Z') || static_cast<unsigned char>(word[0]) >= 0x80;
  return capital && !IsStopWord(word);
}

// The capitals form of a long case-sensitive alias made of title-case words:
// "Master" => "MASTER", "Post Graduate" => "POST GRADUATE", so that a
// heading-style "POSTGRADUATE IN POLITICAL SCIENCE" reads like "Postgraduate
// in ...". Empty for short aliases and for mixed-case abbreviations, whose
// capitals would be another word ("MArch" is not "MARCH", "BEd" not "BED").
std::string CapitalsForm(std::string_view alias) {
  int letters = 0;
  bool word_start = true, lower = false;
  for (char c : alias) {
    if (c == ' ' || c == '-') {
      word_start = true;
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0x80) return "";
    const bool upper = c >= 'A' && c <= 'Z';
    if (upper && !word_start) return "";       // "MArch", "BScEcon", "XII"
    if (!upper && word_start && !(c >= '0' && c <= '9')) return "";  // "Post graduate"
    if (c >= 'a' && c <= 'z') lower = true;
    if (IsAsciiAlnum(c)) ++letters;
    word_start = false;
  }
  if (letters < 5 || !lower) return "";
  std::string out(alias);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

bool ParseMode(std::string_view s, Mode* mode) {
  if (s == "any") *mode = Mode::kAny;
  else if (s == "case") *mode = Mode::kCase;
  else if (s == "context") *mode = Mode::kContext;
  else return false;
  return true;
}

}  // namespace

struct DegreeLexicon::Impl {
  std::vector<Row> rows;
  std::vector<Alias> degrees;
  std::vector<Alias> institutions;
  // Aliases by the folded first byte of the text they can match; `cjk` only
  // those holding a CJK character, the ones that can start inside a word.
  struct ByFirst {
    std::array<std::vector<size_t>, 256> all, cjk;
  };
  ByFirst degrees_by_first;
  ByFirst institutions_by_first;

  // The longest alias of `aliases` at text[pos]; returns its index or kNone.
  // *restricted tells whether the match needs a degree context: a "context"
  // alias written without dots, or a dotted alias of 3 letters or fewer
  // written without its dots ("ME" for "M.E."). A dotted alias written
  // without dots must also keep its letter case ("March" is not "M.Arch.").
  size_t Longest(std::string_view text, size_t pos, const std::vector<Alias>& aliases,
                 const ByFirst& by_first, size_t* end, bool* restricted) const {
    size_t best = kNone, best_end = 0;
    bool best_restricted = false;
    bool left_word = WordCharBefore(text, pos);
    const unsigned char first = static_cast<unsigned char>(Fold(text[pos]));
    const std::vector<size_t>& candidates = left_word ? by_first.cjk[first] : by_first.all[first];
    if (candidates.empty()) return kNone;
    // Only where an alias may start: SecondChar walks a run of separators,
    // and a line of 2 MB of dashes must not be walked at every dash.
    const char second = SecondChar(text, pos);
    for (size_t index : candidates) {
      const Alias& alias = aliases[index];
      if (alias.second != 0 && alias.second != second) continue;  // cheap test before MatchAlias
      const Row& row = rows[alias.row];
      bool case_sensitive = row.mode != Mode::kAny;
      size_t e = MatchAlias(text, pos, alias.text, case_sensitive);
      if (e == kNone || e < best_end) continue;
      if (!alias.cjk && WordCharAt(text, e)) continue;
      bool text_dotted = Dotted(text.substr(pos, e - pos + 1));
      bool needs_context = row.mode == Mode::kContext && !text_dotted;
      if (alias.dotted && !text_dotted) {
        if (!case_sensitive && MatchAlias(text, pos, alias.text, true) != e) continue;
        needs_context = needs_context || alias.letters <= 3;
      }
      if (e == best_end && (best == kNone || needs_context || !best_restricted)) continue;
      best = index;
      best_end = e;
      best_restricted = needs_context;
    }
    if (best != kNone) {
      if (best_end < text.size() && text[best_end] == '.') ++best_end;  // "BSc." takes its dot
      *end = best_end;
      *restricted = best_restricted;
    }
    return best;
  }
};

DegreeLexicon::DegreeLexicon(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DegreeLexicon::~DegreeLexicon() = default;

std::unique_ptr<DegreeLexicon> DegreeLexicon::Create(std::string_view tsv, std::string* error) {
  std::vector<TsvRow> rows;
  if (!ParseTsv(tsv, "degrees.tsv", 5, &rows, error)) return nullptr;
  auto impl = std::make_unique<Impl>();
  auto fail = [&](int line, const std::string& why) {
    if (error) *error = "degrees.tsv:" + std::to_string(line) + ": " + why;
    return nullptr;
  };
  for (const TsvRow& r : rows) {
    std::string_view kind = r.fields[0];
    Row row;
    row.canonical = std::string(r.fields[1]);
    row.level = std::string(r.fields[2]);
    if (!ParseMode(r.fields[3], &row.mode)) return fail(r.line, "unknown match mode '" + std::string(r.fields[3]) + "'");
    bool institution = kind == "institution";
    if (!institution && kind != "degree") return fail(r.line, "unknown kind '" + std::string(kind) + "'");
    if (!institution && LevelRank(row.level) == 0) return fail(r.line, "unknown level '" + row.level + "'");
    if (institution && row.mode == Mode::kContext) return fail(r.line, "institution words cannot use 'context'");
    std::vector<std::string_view> aliases = SplitAlternatives(r.fields[4]);
    if (aliases.empty()) return fail(r.line, "no aliases");
    impl->rows.push_back(std::move(row));
    // A case-sensitive title-case alias also matches in capitals (CapitalsForm).
    std::vector<std::string> capitals;
    if (impl->rows.back().mode != Mode::kAny) {
      for (std::string_view a : aliases) {
        if (std::string c = CapitalsForm(a); !c.empty()) capitals.push_back(std::move(c));
      }
    }
    for (const std::string& c : capitals) aliases.push_back(c);
    for (std::string_view a : aliases) {
      if (a.empty() || a[0] == '.' || a[0] == ' ' || a[0] == '-' || a[0] == '\'') {
        return fail(r.line, "alias '" + std::string(a) + "' must start with a letter or digit");
      }
      Alias alias{std::string(a), impl->rows.size() - 1, HasCjk(a), Dotted(a), 0};
      for (char c : a) alias.letters += IsAsciiAlnum(c) ? 1 : 0;
      alias.second = SecondChar(a, 0);
      auto& list = institution ? impl->institutions : impl->degrees;
      auto& index = institution ? impl->institutions_by_first : impl->degrees_by_first;
      const bool cjk = alias.cjk;
      list.push_back(std::move(alias));
      unsigned char first = static_cast<unsigned char>(Fold(a[0]));
      index.all[first].push_back(list.size() - 1);  // looked up by the folded first byte of the text
      if (cjk) index.cjk[first].push_back(list.size() - 1);
    }
  }
  return std::unique_ptr<DegreeLexicon>(new DegreeLexicon(std::move(impl)));
}

std::vector<DegreeMatch> DegreeLexicon::FindDegrees(std::string_view text) const {
  std::vector<DegreeMatch> out;
  size_t pos = 0;
  while (pos < text.size() && out.size() < 64) {
    if (IsContinuation(text[pos])) {
      ++pos;
      continue;
    }
    size_t end = 0;
    bool contextual = false;
    size_t index = impl_->Longest(text, pos, impl_->degrees, impl_->degrees_by_first, &end, &contextual);
    if (index != kNone) {
      const Row& row = impl_->rows[impl_->degrees[index].row];
      if (!contextual || InDegreeContext(text, pos, end)) {
        out.push_back({pos, end, row.canonical, row.level, contextual});
        pos = end;
        continue;
      }
    }
    size_t len = 1;
    DecodeAt(text, pos, &len);
    pos += len;
  }
  return out;
}

bool DegreeLexicon::LookupExact(std::string_view text, DegreeMatch* match) const {
  auto trim = [](char c) { return c == ' ' || c == '\t' || c == ':' || c == '-' || c == '(' || c == ')' || c == ','; };
  while (!text.empty() && trim(text.front())) text.remove_prefix(1);
  while (!text.empty() && trim(text.back())) text.remove_suffix(1);
  if (text.empty()) return false;
  // Only the aliases that can start at text[0], in lexicon order (as Longest;
  // a scan of all 528 degree aliases, and their capitals, was 5 % of a
  // batch's instructions).
  const char second = SecondChar(text, 0);
  for (size_t index : impl_->degrees_by_first.all[static_cast<unsigned char>(Fold(text[0]))]) {
    const Alias& alias = impl_->degrees[index];
    if (alias.second != 0 && alias.second != second) continue;
    const Row& row = impl_->rows[alias.row];
    bool case_sensitive = row.mode != Mode::kAny && alias.text.size() < 4;
    size_t end = MatchAlias(text, 0, alias.text, case_sensitive);
    if (end != kNone && end < text.size() && text[end] == '.') ++end;
    if (end == text.size()) {
      *match = {0, end, row.canonical, row.level, false};
      return true;
    }
  }
  return false;
}

std::vector<InstitutionWord> DegreeLexicon::FindInstitutionWords(std::string_view text) const {
  std::vector<InstitutionWord> out;
  size_t pos = 0;
  while (pos < text.size() && out.size() < 64) {
    if (IsContinuation(text[pos])) {
      ++pos;
      continue;
    }
    size_t end = 0;
    bool restricted = false;
    size_t index = impl_->Longest(text, pos, impl_->institutions, impl_->institutions_by_first, &end, &restricted);
    if (index != kNone) {
      out.push_back({pos, end, impl_->institutions[index].text});
      pos = end;
      continue;
    }
    size_t len = 1;
    DecodeAt(text, pos, &len);
    pos += len;
  }
  return out;
}

bool DegreeLexicon::IsStudyVerb(std::string_view word) {
  static constexpr std::string_view kVerbs[] = {"pursuing", "completed", "completing", "earned", "obtained",
                                                "received", "awarded", "attained"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), Folded(word)) != std::end(kVerbs);
}

int DegreeLexicon::LevelRank(std::string_view level) {
  static constexpr std::string_view kLevels[] = {"secondary", "diploma",   "associate", "bachelor",
                                                 "master",    "doctorate", "postdoc"};
  for (size_t i = 0; i < std::size(kLevels); ++i) {
    if (level == kLevels[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

}  // namespace cvparse
