#include "extract/grades.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

#include "lexicon/tsv.h"
#include "regex/pattern.h"
#include "text/ascii_search.h"
#include "text/ascii.h"

namespace cvparse {
namespace {

constexpr double kKnownScales[] = {4, 4.3, 4.33, 4.5, 5, 6, 7, 10, 20, 30, 100, 110};

bool IsOneOf(char c, std::string_view set) { return set.find(c) != std::string_view::npos; }

// True when the code point that ends at byte `at` is a letter, a number or
// '_' (what RE2's [\pL\pN_] matches).
bool FollowsWordChar(std::string_view text, size_t at) {
  if (at == 0) return false;
  int32_t i = static_cast<int32_t>(at);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(text.data()), 0, i, c);
  return c == '_' || (c >= 0 && (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK)) != 0);
}

// FindAll for the label patterns, whose Latin words must start a word: a
// match that follows a letter, number or '_' is dropped and the search goes
// on from the next byte (unless `exempt` names a group that took part: CJK
// labels need no word start). Written in the pattern as (?:^|[^\pL\pN_]),
// the check would cost RE2 ~1.5 ms of start-up per pattern for the Unicode
// tables, a tenth of the whole start-up for the six label patterns.
std::vector<Match> FindAllAtWordStart(const Pattern& pattern, std::string_view text, int exempt = -1) {
  std::vector<Match> out;
  Match m;
  for (size_t pos = 0; pos <= text.size() && pattern.Find(text, pos, &m);) {
    const bool exempted = exempt >= 0 && m.groups[static_cast<size_t>(exempt)].matched;
    if (!exempted && FollowsWordChar(text, m.begin)) {
      pos = m.begin + 1;
      continue;
    }
    pos = m.end > m.begin ? m.end : m.end + 1;
    out.push_back(std::move(m));
  }
  return out;
}

bool HasAsciiDigit(std::string_view text) {
  return text.find_first_of("0123456789") != std::string_view::npos;
}

// "3,55" and "3.55" => 3.55.
double ToNumber(std::string_view s) {
  std::string copy(s);
  std::replace(copy.begin(), copy.end(), ',', '.');
  return std::strtod(copy.c_str(), nullptr);
}

bool KnownScale(double scale) {
  for (double s : kKnownScales) {
    if (scale > s - 0.001 && scale < s + 0.001) return true;
  }
  return false;
}

bool HasCjkByte(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0xE3) return true;
  }
  return false;
}

// Escapes a lexicon alias for RE2; spaces and '-' match runs of spaces or dashes.
std::string Escape(std::string_view alias) {
  std::string out;
  for (char c : alias) {
    if (c == ' ' || c == '-') {
      if (out.size() < 7 || out.compare(out.size() - 7, 7, "[\\s\\-]+") != 0) out += "[\\s\\-]+";
    } else if (IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80) {
      out += c;
    } else {
      out += '\\';
      out += c;
    }
  }
  return out;
}

// Lower-case ASCII, runs of spaces and dashes as one space.
std::string Key(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '-' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// An alternation of aliases, longest first.
std::string Alternation(std::vector<std::string> aliases) {
  std::sort(aliases.begin(), aliases.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out;
  for (const std::string& a : aliases) {
    if (!out.empty()) out += '|';
    out += Escape(a);
  }
  return out.empty() ? std::string("\\x{FFFE}\\x{FFFF}") : out;
}

// Is [begin, end) a cell of its own: "(First)", ", 2:1", "92%" alone?
bool IsCell(std::string_view text, size_t begin, size_t end) {
  size_t k = begin;
  while (k > 0 && text[k - 1] == ' ') --k;
  if (k > 0 && !IsOneOf(text[k - 1], "([,-\t:|;/")) return false;
  k = end;
  while (k < text.size() && text[k] == ' ') ++k;
  if (k >= text.size()) return true;
  if (text[k] == '.') return k + 1 >= text.size() || text[k + 1] == ' ';
  return IsOneOf(text[k], ")],-\t|;/");
}

struct Named {
  std::string name;
  int ordinal = 0;
  double normalized = -1;
  bool needs_cell = false;  // a single word: "First", "Merit", "2.1"
};

struct Candidate {
  GradeMatch match;
  int priority = 0;  // lower wins on the same start
};

}  // namespace

double GuessGpaScale(double value) {
  if (value < 0) return 0;
  if (value <= 4.0) return 4.0;
  if (value <= 5.0) return 5.0;
  if (value <= 10.0) return 10.0;
  if (value <= 100.0) return 100.0;
  return 0;
}

double NormalizeGrade(std::string_view kind, double value, double scale) {
  if (kind == "german") {
    if (value < 1.0 || value > 5.0) return -1;
    return std::clamp((5.0 - value) / 4.0, 0.0, 1.0);
  }
  if (scale <= 0 || value < 0) return -1;
  return std::clamp(value / scale, 0.0, 1.0);
}

struct GradeParser::Impl {
  std::unique_ptr<Pattern> gpa, percentage, german;  // labelled numbers
  std::unique_ptr<Pattern> uk_class, mention;
  std::unique_ptr<Pattern> fraction, percent;
  std::unique_ptr<Pattern> rank_of, rank_top, rank_cjk_top;
  std::unordered_map<std::string, Named> classes;   // Key(alias) => class
  std::unordered_map<std::string, Named> mentions;

  void Labelled(std::string_view text, const Pattern& pattern, std::string_view kind,
                std::vector<Candidate>* out) const;
};

namespace {

const char kNumberTail[] =
    R"(\s*(?:\([^)]{0,24}\)\s*)?[:=]?\s*(?:of\s+|is\s+)?(\d{1,3}(?:[.,]\d{1,3})?)(?:\s*(%))?(?:\s*(?:/|out of)\s*(\d{1,3}(?:[.,]\d{1,2})?))?)";

constexpr int kLabelCjkGroup = 1;  // groups[1]: the CJK label of a LabelPattern

std::unique_ptr<Pattern> LabelPattern(const std::vector<std::string>& latin, const std::vector<std::string>& cjk,
                                      std::string_view tail) {
  // Used with FindAllAtWordStart(..., kLabelCjkGroup): the Latin label must start a word.
  std::string p = "(?i)(?:(" + Alternation(latin) + ")|(" + Alternation(cjk) + "))";
  p += tail;
  return std::make_unique<Pattern>(p);
}

}  // namespace

void GradeParser::Impl::Labelled(std::string_view text, const Pattern& pattern, std::string_view kind,
                                 std::vector<Candidate>* out) const {
  for (const Match& m : FindAllAtWordStart(pattern, text, kLabelCjkGroup)) {
    if (m.groups.size() < 5) continue;
    const Group& label = m.groups[0].matched ? m.groups[0] : m.groups[1];
    const Group& number = m.groups[2];
    if (!label.matched || !number.matched) continue;
    if (m.end < text.size() && (IsAsciiDigit(text[m.end]) || text[m.end] == '/' ||
                                (text[m.end] == '.' && m.end + 1 < text.size() && IsAsciiDigit(text[m.end + 1])))) {
      continue;
    }
    double value = ToNumber(number.In(text));
    bool percent = m.groups[3].matched;
    bool has_scale = m.groups[4].matched;
    double scale = has_scale ? ToNumber(m.groups[4].In(text)) : 0;
    Grade g;
    if (percent) {
      if (value > 100) continue;
      g.kind = "percentage";
      g.scale = 100;
    } else if (kind == "german") {
      if (value < 1.0 || value > 5.0 || has_scale) continue;
      g.kind = "german";
      g.scale = 5;
    } else if (kind == "percentage") {
      if (has_scale && scale > 0 && (scale < 99.99 || scale > 100.01)) {
        g.kind = "points";
        g.scale = scale;
      } else {
        g.kind = "percentage";
        g.scale = 100;
      }
    } else {  // gpa
      g.kind = "gpa";
      if (has_scale) {
        g.scale = scale;
      } else {
        g.scale = GuessGpaScale(value);
        g.scale_guessed = true;
      }
    }
    if (g.scale <= 0 || (g.kind != "german" && value > g.scale + 1e-9)) continue;
    g.value = value;
    g.normalized = NormalizeGrade(g.kind, value, g.scale);
    size_t end = m.end;
    g.raw = std::string(text.substr(label.begin, end - label.begin));
    out->push_back({{std::move(g), label.begin, end}, 0});
  }
}

GradeParser::GradeParser(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
GradeParser::~GradeParser() = default;

std::unique_ptr<GradeParser> GradeParser::Create(std::string_view tsv, std::string* error) {
  std::vector<TsvRow> rows;
  if (!ParseTsv(tsv, "grade_scales.tsv", 5, &rows, error)) return nullptr;
  auto impl = std::make_unique<Impl>();
  auto fail = [&](int line, const std::string& why) {
    if (error) *error = "grade_scales.tsv:" + std::to_string(line) + ": " + why;
    return nullptr;
  };
  std::vector<std::string> latin[4], cjk[4];  // gpa, percentage, german, rank
  std::vector<std::string> class_aliases, mention_aliases;
  for (const TsvRow& r : rows) {
    std::string_view kind = r.fields[0];
    std::vector<std::string_view> aliases = SplitAlternatives(r.fields[4]);
    if (aliases.empty()) return fail(r.line, "no aliases");
    int label = kind == "label_gpa" ? 0 : kind == "label_percentage" ? 1 : kind == "label_german" ? 2
              : kind == "label_rank" ? 3 : -1;
    if (label >= 0) {
      for (std::string_view a : aliases) (HasCjkByte(a) ? cjk[label] : latin[label]).emplace_back(a);
      continue;
    }
    if (kind != "uk_class" && kind != "fr_mention") return fail(r.line, "unknown kind '" + std::string(kind) + "'");
    Named named;
    named.name = std::string(r.fields[1]);
    char* stop = nullptr;
    std::string ordinal(r.fields[2]), normalized(r.fields[3]);
    named.ordinal = static_cast<int>(std::strtol(ordinal.c_str(), &stop, 10));
    if (ordinal.empty() || *stop != '\0' || named.ordinal <= 0) return fail(r.line, "bad ordinal '" + ordinal + "'");
    named.normalized = std::strtod(normalized.c_str(), &stop);
    if (normalized.empty() || *stop != '\0' || named.normalized < 0 || named.normalized > 1) {
      return fail(r.line, "bad normalized value '" + normalized + "' (want 0..1)");
    }
    auto& map = kind == "uk_class" ? impl->classes : impl->mentions;
    for (std::string_view a : aliases) {
      Named copy = named;
      copy.needs_cell = a.find(' ') == std::string_view::npos && a.find(':') == std::string_view::npos &&
                        a.find('(') == std::string_view::npos;
      map.emplace(Key(a), copy);  // the first row wins
      (kind == "uk_class" ? class_aliases : mention_aliases).emplace_back(a);
    }
  }
  for (int i = 0; i < 4; ++i) {
    if (latin[i].empty() && cjk[i].empty()) return fail(0, "a label kind has no rows");
  }
  impl->gpa = LabelPattern(latin[0], cjk[0], kNumberTail);
  impl->percentage = LabelPattern(latin[1], cjk[1], kNumberTail);
  impl->german = LabelPattern(latin[2], cjk[2], kNumberTail);
  // These three, like the label patterns, are matched at word starts only.
  impl->uk_class = std::make_unique<Pattern>("(?i)(" + Alternation(class_aliases) + ")");
  impl->mention = std::make_unique<Pattern>("(?i)(mention)\\s*[«\"':]?\\s*(" +
                                            Alternation(mention_aliases) + ")\\s*[»\"']?");
  impl->fraction = std::make_unique<Pattern>(R"((\d{1,3}(?:[.,]\d{1,2})?)\s*/\s*(\d{1,3}(?:[.,]\d{1,2})?))");
  impl->percent = std::make_unique<Pattern>(R"((\d{1,3}(?:[.,]\d{1,2})?)\s*%)");
  impl->rank_of = LabelPattern(
      latin[3], cjk[3],
      R"(\s*[:=]?\s*(?:no\.?\s*|#\s*)?(\d{1,4})(?:st|nd|rd|th)?\s*(?:/|of|out of|among|in)\s*(\d{1,5}))");
  impl->rank_top = std::make_unique<Pattern>("(?i)(?:(" + Alternation(latin[3]) +
                                             ")\\s*[:=]?\\s*)?(top)\\s*(\\d{1,2}(?:\\.\\d{1,2})?)\\s*%");
  impl->rank_cjk_top = std::make_unique<Pattern>("(?:(" + Alternation(cjk[3]) +
                                                 ")\\s*[:=]?\\s*)?(前)\\s*(\\d{1,2}(?:\\.\\d{1,2})?)\\s*%");
  return std::unique_ptr<GradeParser>(new GradeParser(std::move(impl)));
}

std::vector<RankMatch> GradeParser::FindRanks(std::string_view text) const {
  std::vector<RankMatch> out;
  // Every rank pattern needs a digit, and the "top N %" ones a '%' as well.
  if (!HasAsciiDigit(text)) return out;
  for (const Match& m : FindAllAtWordStart(*impl_->rank_of, text, kLabelCjkGroup)) {
    if (m.groups.size() < 4 || !m.groups[2].matched || !m.groups[3].matched) continue;
    const Group& label = m.groups[0].matched ? m.groups[0] : m.groups[1];
    if (m.end < text.size() && IsAsciiDigit(text[m.end])) continue;
    int position = std::atoi(std::string(m.groups[2].In(text)).c_str());
    int total = std::atoi(std::string(m.groups[3].In(text)).c_str());
    if (position < 1 || total < position) continue;
    RankMatch r;
    r.begin = label.begin;
    r.end = m.end;
    r.rank.raw = std::string(text.substr(r.begin, r.end - r.begin));
    r.rank.position = position;
    r.rank.total = total;
    out.push_back(std::move(r));
  }
  for (const Pattern* p : {impl_->rank_top.get(), impl_->rank_cjk_top.get()}) {
    if (text.find('%') == std::string_view::npos) break;
    const bool word_start = p == impl_->rank_top.get();
    for (const Match& m : word_start ? FindAllAtWordStart(*p, text) : p->FindAll(text)) {
      if (m.groups.size() < 3 || !m.groups[1].matched || !m.groups[2].matched) continue;
      double percent = ToNumber(m.groups[2].In(text));
      if (percent <= 0 || percent > 100) continue;
      RankMatch r;
      r.begin = m.groups[0].matched ? m.groups[0].begin : m.groups[1].begin;
      r.end = m.end;
      r.rank.raw = std::string(text.substr(r.begin, r.end - r.begin));
      r.rank.top_percent = percent;
      out.push_back(std::move(r));
    }
  }
  std::sort(out.begin(), out.end(), [](const RankMatch& a, const RankMatch& b) { return a.begin < b.begin; });
  std::vector<RankMatch> kept;
  for (RankMatch& r : out) {
    if (!kept.empty() && r.begin < kept.back().end) continue;
    kept.push_back(std::move(r));
  }
  return kept;
}

std::vector<GradeMatch> GradeParser::FindGrades(std::string_view text) const {
  std::vector<Candidate> candidates;
  // Each pattern below is skipped on text that lacks a literal it needs:
  // numbers need an ASCII digit (RE2's \d), fractions a '/', percentages a
  // '%', French mentions the word. These shortcuts are exact, and spare most
  // lines of an education section a dozen RE2 calls.
  const bool digits = HasAsciiDigit(text);
  if (digits) {
    impl_->Labelled(text, *impl_->gpa, "gpa", &candidates);
    impl_->Labelled(text, *impl_->percentage, "percentage", &candidates);
    impl_->Labelled(text, *impl_->german, "german", &candidates);
  }

  for (const Match& m : FindAllAtWordStart(*impl_->uk_class, text)) {
    const Group& g = m.groups[0];
    if (!g.matched || (g.end < text.size() && IsAsciiAlnum(text[g.end]))) continue;
    auto it = impl_->classes.find(Key(g.In(text)));
    if (it == impl_->classes.end()) continue;
    if (it->second.needs_cell && !IsCell(text, g.begin, g.end)) continue;
    Grade grade;
    grade.raw = std::string(g.In(text));
    grade.kind = "uk_class";
    grade.value = it->second.ordinal;
    grade.normalized = it->second.normalized;
    candidates.push_back({{std::move(grade), g.begin, g.end}, 1});
  }
  const bool mention_word = ContainsNoCase(text, "mention");
  for (const Match& m : mention_word ? FindAllAtWordStart(*impl_->mention, text) : std::vector<Match>()) {
    if (m.groups.size() < 2 || !m.groups[0].matched || !m.groups[1].matched) continue;
    if (m.groups[1].end < text.size() && IsAsciiAlnum(text[m.groups[1].end])) continue;
    auto it = impl_->mentions.find(Key(m.groups[1].In(text)));
    if (it == impl_->mentions.end()) continue;
    Grade grade;
    grade.raw = std::string(text.substr(m.groups[0].begin, m.end - m.groups[0].begin));
    grade.kind = "fr_mention";
    grade.value = it->second.ordinal;
    grade.scale = 20;
    grade.normalized = it->second.normalized;
    candidates.push_back({{std::move(grade), m.groups[0].begin, m.end}, 1});
  }
  const bool slash = digits && text.find('/') != std::string_view::npos;
  for (const Match& m : slash ? impl_->fraction->FindAll(text) : std::vector<Match>()) {
    if (m.begin > 0 && (IsAsciiDigit(text[m.begin - 1]) || IsOneOf(text[m.begin - 1], "./,:-"))) continue;
    if (m.end < text.size() && (IsAsciiDigit(text[m.end]) || text[m.end] == '/' ||
                                ((text[m.end] == '.' || text[m.end] == ',' || text[m.end] == '-') &&
                                 m.end + 1 < text.size() && IsAsciiDigit(text[m.end + 1])))) {
      continue;
    }
    std::string_view num = m.groups[0].In(text);
    double value = ToNumber(num);
    double scale = ToNumber(m.groups[1].In(text));
    bool decimals = num.find_first_of(".,") != std::string_view::npos;
    if (!KnownScale(scale) || value > scale || (!decimals && scale < 10)) continue;
    Grade grade;
    grade.raw = std::string(text.substr(m.begin, m.end - m.begin));
    grade.kind = (scale <= 10) ? "gpa" : "points";
    grade.value = value;
    grade.scale = scale;
    grade.normalized = NormalizeGrade(grade.kind, value, scale);
    candidates.push_back({{std::move(grade), m.begin, m.end}, 2});
  }
  const bool percent_sign = digits && text.find('%') != std::string_view::npos;
  for (const Match& m : percent_sign ? impl_->percent->FindAll(text) : std::vector<Match>()) {
    if (m.begin > 0 && (IsAsciiDigit(text[m.begin - 1]) || IsOneOf(text[m.begin - 1], ".,"))) continue;
    if (!IsCell(text, m.begin, m.end)) continue;
    double value = ToNumber(m.groups[0].In(text));
    if (value > 100) continue;
    Grade grade;
    grade.raw = std::string(text.substr(m.begin, m.end - m.begin));
    grade.kind = "percentage";
    grade.value = value;
    grade.scale = 100;
    grade.normalized = value / 100;
    candidates.push_back({{std::move(grade), m.begin, m.end}, 3});
  }

  std::vector<RankMatch> ranks = FindRanks(text);
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.match.begin != b.match.begin) return a.match.begin < b.match.begin;
    if (a.match.end != b.match.end) return a.match.end > b.match.end;
    return a.priority < b.priority;
  });
  std::vector<GradeMatch> out;
  for (Candidate& c : candidates) {
    bool overlaps = !out.empty() && c.match.begin < out.back().end;
    for (const RankMatch& r : ranks) overlaps = overlaps || (c.match.begin < r.end && r.begin < c.match.end);
    if (!overlaps) out.push_back(std::move(c.match));
  }
  return out;
}

}  // namespace cvparse
