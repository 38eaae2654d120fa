#include "layout/line_classifier.h"

#include <utility>

#include "regex/pattern.h"
#include "text/ascii.h"

namespace cvparse {
namespace {

constexpr size_t kMaxHeadingBytes = 60;
constexpr int kMaxLexiconWords = 6;
constexpr int kMaxUnknownWords = 5;

int CountWords(std::string_view key) {
  if (key.empty()) return 0;
  int words = 1;
  for (char c : key) words += (c == ' ');
  return words;
}

bool HasLetter(std::string_view s) {
  for (unsigned char c : s) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
    if (c >= 0x80) return true;  // non-ASCII letters (CJK, accented)
  }
  return false;
}

// Letters, ASCII or not (a UTF-8 lead byte counts one).
int CountLetters(std::string_view s) {
  int n = 0;
  for (char c : s) n += IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0xC0;
  return n;
}

// All ASCII letters upper case and at least three of them: "WORK EXPERIENCE".
bool IsAllCaps(std::string_view s) {
  int upper = 0;
  for (unsigned char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++upper;
  }
  return upper >= 3;
}

// Every word of 4+ letters starts with a capital: "Highlights of Employment".
bool IsTitleCase(std::string_view s) {
  size_t i = 0;
  bool any = false;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    std::string_view w = s.substr(start, i - start);
    if (w.size() < 4) continue;
    if (!(w[0] >= 'A' && w[0] <= 'Z')) return false;
    any = true;
  }
  return any;
}

bool BlankOrEdge(const std::vector<Line>& lines, size_t index, int step) {
  if (step < 0 && index == 0) return true;
  size_t other = index + step;
  if (other >= lines.size()) return true;
  return lines[other].blank();
}

// "RESUME", "Curriculum Vitae", "Europass": a title line, not content.
bool IsTitleLine(std::string_view norm) {
  static const StaticPattern kTitle(
      R"((?i)^\W*(?:curriculum vitae|résumé|resume|cv|europass|bio-?data|lebenslauf|个人简历|简历)\W*$)");
  return kTitle->FullMatch(norm);
}

// True when no content line (other than a title such as "RESUME") comes before `index`.
bool IsFirstContentLine(const std::vector<Line>& lines, size_t index) {
  for (size_t i = 0; i < index; ++i) {
    if (!lines[i].blank() && !IsTitleLine(lines[i].norm)) return false;
  }
  return true;
}

const Line* NextNonBlank(const std::vector<Line>& lines, size_t index) {
  for (size_t i = index + 1; i < lines.size(); ++i) {
    if (!lines[i].blank()) return &lines[i];
  }
  return nullptr;
}

const Line* PreviousNonBlank(const std::vector<Line>& lines, size_t index) {
  for (size_t i = index; i-- > 0;) {
    if (!lines[i].blank()) return &lines[i];
  }
  return nullptr;
}

// Keys of bilingual headings, either order: "教育背景 education", "education 教育背景".
std::string_view LookupBilingual(const HeadingLexicon& lexicon, std::string_view key) {
  auto non_ascii = [](char c) { return static_cast<unsigned char>(c) >= 0x80; };
  if (key.empty()) return {};
  const bool cjk_first = non_ascii(key[0]);
  size_t split = 0;
  while (split < key.size() && non_ascii(key[split]) == cjk_first) ++split;
  if (split >= key.size()) return {};
  // Latin first: the other script must start a new word ("compétences" is one word).
  if (!cjk_first && key[split - 1] != ' ') return {};
  std::string_view cjk = key.substr(0, split);
  std::string_view latin = key.substr(split);
  if (!cjk_first) std::swap(cjk, latin);
  while (!cjk.empty() && cjk.back() == ' ') cjk.remove_suffix(1);
  while (!cjk.empty() && cjk.front() == ' ') cjk.remove_prefix(1);
  while (!latin.empty() && latin.back() == ' ') latin.remove_suffix(1);
  while (!latin.empty() && latin.front() == ' ') latin.remove_prefix(1);
  std::string_view kind = lexicon.Lookup(cjk);
  return kind.empty() ? lexicon.Lookup(latin) : kind;
}

// Lines that are contact details or dated entries, never headings.
// A school qualification is content too: "A levels:" heads the grades and
// school of an education entry, it opens no section.
bool LooksLikeContent(std::string_view norm) {
  static const StaticPattern kContent(
      R"((?i)@|https?:|www\.|\b(?:19|20)\d\d\b|\d{3,}|\b(?:inc|llc|ltd|corp|gmbh|university|college|institute|school)\b\.?|)"
      R"(\b(?:gce\s+)?(?:a|as|o)[- ]levels?\b|\b(?:i?gcses?|highers)\b)");
  return kContent->Contains(norm);
}

bool LooksLikeContact(std::string_view norm) {
  static const StaticPattern kContact(R"(@|\+?\d[\d\s().-]{7,}\d|(?i:linkedin|github))");
  return kContact->Contains(norm);
}

bool IsMarkdownHeading(std::string_view norm) {
  size_t hashes = 0;
  while (hashes < norm.size() && norm[hashes] == '#') ++hashes;
  return hashes > 0 && hashes <= 6 && hashes < norm.size() && norm[hashes] == ' ';
}

}  // namespace

// "Career Experience/Job History", "Volunteer Work & Job History": two
// headings written as one. The first part found in the lexicon names it,
// but work wins over volunteer.
// With `both`, each part must be known: "Training and overseeing staff" and
// "Employee Leadership & Training" are list items that name one heading.
// With `fuzzy`, a part may be one edit away from a known heading (pass
// `both` with it: one fuzzy part alone names lines like "Project/Role"):
// "PROFESSIONAL AFFLIATIONS AND MEMBERSHPS".
std::string_view LookupCombined(const HeadingLexicon& lexicon, std::string_view key, bool both,
                                bool fuzzy = false) {
  for (std::string_view joint : {"/", " & ", " and "}) {
    size_t at = key.find(joint);
    if (at == std::string_view::npos) continue;
    std::string_view left = key.substr(0, at), right = key.substr(at + joint.size());
    while (!left.empty() && left.back() == ' ') left.remove_suffix(1);
    while (!right.empty() && right.front() == ' ') right.remove_prefix(1);
    if (left.empty() || right.empty()) continue;
    std::string_view kind = fuzzy ? lexicon.LookupFuzzy(left) : lexicon.Lookup(left);
    std::string_view right_kind = fuzzy ? lexicon.LookupFuzzy(right) : lexicon.Lookup(right);
    if (both && (kind.empty() || right_kind.empty())) continue;
    // Jobs and unpaid work under one heading: the jobs name it ("Volunteer
    // Work and Job History" lists paid jobs as well).
    if (kind == "volunteer" && right_kind == "work") return right_kind;
    if (kind.empty()) kind = right_kind;
    if (!kind.empty()) return kind;
  }
  return {};
}

HeadingMatch ClassifyHeading(const std::vector<Line>& lines, size_t index,
                             const HeadingLexicon& lexicon) {
  HeadingMatch result;
  const Line& line = lines[index];
  const std::string& norm = line.norm;
  if (norm.empty() || norm.size() > 200) return result;

  const bool blank_before = BlankOrEdge(lines, index, -1);
  const bool blank_after = BlankOrEdge(lines, index, +1);
  const bool markdown = IsMarkdownHeading(norm);
  const bool caps = IsAllCaps(norm);
  const bool colon = norm.back() == ':';
  const bool first = IsFirstContentLine(lines, index);
  const bool has_tab = norm.find('\t') != std::string::npos;

  // 1. The whole line is a known heading.
  if (norm.size() <= kMaxHeadingBytes && !has_tab) {
    std::string key = HeadingKey(norm);
    // "Professional Work History;": a semicolon typed for the colon. Not on
    // one word: "Leadership;" is an item of a list.
    bool semicolon = false;
    if (key.size() > 1 && key.back() == ';' && key.find(';') == key.size() - 1 && CountWords(key) >= 2) {
      key.pop_back();
      while (!key.empty() && key.back() == ' ') key.pop_back();
      semicolon = true;
    }
    // "Other University Service (Selected)": a note after a known heading.
    for (std::string_view note : {" (selected)", " (selection)", " (partial list)"}) {
      if (key.size() > note.size() && key.compare(key.size() - note.size(), note.size(), note) == 0 &&
          !lexicon.Lookup(std::string_view(key).substr(0, key.size() - note.size())).empty()) {
        key.resize(key.size() - note.size());
        break;
      }
    }
    int words = CountWords(key);
    if (!key.empty() && words <= kMaxLexiconWords) {
      std::string_view kind = lexicon.Lookup(key);
      bool layout_cue = caps || colon || semicolon || markdown || (blank_before && blank_after);
      if (kind.empty()) kind = LookupBilingual(lexicon, key);
      // Combined headings: both parts known, or one with a heading's layout.
      if (kind.empty()) kind = LookupCombined(lexicon, key, !layout_cue);
      if (kind.empty() && layout_cue && !first) kind = lexicon.LookupFuzzy(key);
      if (kind.empty() && layout_cue && !first) kind = LookupCombined(lexicon, key, true, true);
      // Flattened text keeps one blank line at most: a Title Case line next to
      // one is cue enough for the suffix rule ("Highlights of Employment").
      bool suffix_cue = layout_cue || ((blank_before || blank_after) && IsTitleCase(norm));
      if (kind.empty() && suffix_cue && !first && words <= 4 && !LooksLikeContent(norm)) {
        kind = lexicon.LookupSuffix(key);
      }
      // A list item is a heading only when styled like one: "■ EDUCATION",
      // or "■ Education" after a blank line when no further item follows, or
      // a lone bullet (no item before or after it) naming a known heading,
      // as in flattened text where every heading wears a "■".
      const Line* next = NextNonBlank(lines, index);
      const Line* previous = PreviousNonBlank(lines, index);
      bool in_list = next != nullptr && next->bulleted;
      bool lone_bullet = !in_list && (previous == nullptr || !previous->bulleted) &&
                         !lexicon.Lookup(key).empty();
      bool allowed =
          !line.bulleted || (words <= 3 && (caps || (blank_before && !in_list) || lone_bullet));
      if (!kind.empty() && allowed) {
        result = {true, std::string(kind), true, norm.size(), false};
        return result;
      }
    }
  }

  // 2. "Skills: Python, SQL" — a known heading with its content inline.
  size_t colon_pos = norm.find(':');
  if (!line.bulleted && colon_pos != std::string::npos && colon_pos >= 2 && colon_pos <= 40 &&
      colon_pos + 1 < norm.size() && blank_before) {
    std::string key = HeadingKey(std::string_view(norm).substr(0, colon_pos));
    if (CountWords(key) <= 4) {
      std::string_view kind = lexicon.Lookup(key);
      if (!kind.empty() && kind != "basics") {
        result = {true, std::string(kind), true, colon_pos + 1, true};
        return result;
      }
    }
  }

  // 3. Unknown headings, by layout alone.
  if (first || line.bulleted || has_tab || norm.size() > 40) return result;
  std::string key = HeadingKey(norm);
  if (key.empty() || CountWords(key) > kMaxUnknownWords || !HasLetter(key)) return result;
  char last = norm.back();
  if (last == '.' || last == ',' || last == ';' || norm.find(',') != std::string::npos) return result;
  if (LooksLikeContent(norm)) return result;
  for (char c : key) {
    if (c >= '0' && c <= '9') return result;  // "OSHA 10" is a certificate
  }
  // A name line above contact details ("JANE DOE" then "jane@x.com | 555 ...").
  if (const Line* next = NextNonBlank(lines, index); next != nullptr && LooksLikeContact(next->norm)) {
    return result;
  }
  bool looks = false;
  if (markdown && norm.rfind("# ", 0) != 0) looks = true;             // "## Teaching"
  // "TEACHING"; not "MIT" or "IBM": three letters in capitals, alone on a
  // line, are an organisation's name far more often than a heading the
  // lexicon does not know.
  if (caps && blank_before && (blank_after || !colon) && CountLetters(key) >= 4) looks = true;
  if (colon && blank_before && CountWords(key) <= 3 && !caps) {
    // "Teaching:" alone on its line, Title Case.
    looks = norm.size() >= 2 && norm[0] >= 'A' && norm[0] <= 'Z';
  }
  if (looks) result = {true, "other", false, norm.size(), false};
  return result;
}

}  // namespace cvparse
