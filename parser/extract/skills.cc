#include "extract/skills.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <climits>
#include <map>
#include <utility>

#include "lexicon/lexicons.h"
#include "lexicon/tsv.h"

namespace cvparse {
namespace {

constexpr size_t kMaxRowBytes = 4096;   // longer rows are read up to here
constexpr size_t kMaxRowLines = 8;      // a row joins at most this many lines
constexpr size_t kMaxMentions = 5000;   // per document; the rest of a huge input is not read
constexpr size_t kMaxUnknownBytes = 40;
constexpr int kMaxUnknownWords = 4;

constexpr std::string_view kIdeographicComma = "\xE3\x80\x81";  // 、

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// A leading '.' is a dot leader only when another '.' or a space follows (".NET" stays).
bool LeaderDot(std::string_view s, size_t i) {
  return s[i] == '.' && (i + 1 >= s.size() || s[i + 1] == '.' || IsSpace(s[i + 1]));
}

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && (IsSpace(s.front()) || s.front() == '-' || LeaderDot(s, 0))) s.remove_prefix(1);
  while (!s.empty() && (IsSpace(s.back()) || s.back() == '-' || s.back() == ',')) s.remove_suffix(1);
  return s;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && AsciiLower(s.substr(0, prefix.size())) == prefix;
}

// Labels that make a line of running text a skills list: "Tools: ...".
bool IsSkillLabel(std::string_view label) {
  static const std::array<std::string_view, 44> kLabels = {
      "skills", "skill", "technical skills", "key skills", "skills used", "tools", "tooling", "tools used",
      "technologies", "technology", "technologies used", "tech", "tech stack", "stack", "technology stack",
      "environment", "tools and technologies", "tools & technologies", "languages", "programming languages",
      "frameworks", "libraries", "software", "platforms", "keywords", "key words", "methods", "techniques",
      "tools/technologies", "technologies/tools", "built with", "using", "关键词", "技术栈", "技术", "工具",
      "技能", "开发环境", "kenntnisse", "technologien", "werkzeuge", "outils", "herramientas", "tecnologías"};
  std::string key = FoldCase(label);
  return std::find(kLabels.begin(), kLabels.end(), key) != kLabels.end();
}

// "Tools: Excel, Word": a line whose row label is a skills word.
bool IsSkillsLabelled(std::string_view norm) {
  std::string_view label;
  size_t begin = 0;
  return SplitRowLabel(norm, &label, &begin) && IsSkillLabel(label);
}

// A token of a URL or e-mail address: no skill is read inside it.
std::vector<std::pair<size_t, size_t>> UrlRanges(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (IsSpace(text[i]) || text[i] == '(' || text[i] == '<')) ++i;
    size_t j = i;
    while (j < text.size() && !IsSpace(text[j])) ++j;
    std::string_view token = text.substr(i, j - i);
    if (token.find("://") != std::string_view::npos || token.find('@') != std::string_view::npos ||
        StartsWithNoCase(token, "www.") || token.find(".com/") != std::string_view::npos ||
        token.find(".org/") != std::string_view::npos || token.find(".io/") != std::string_view::npos) {
      out.push_back({i, j});
    }
    i = j;
  }
  return out;
}

size_t CountLetters(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = 1;
    char32_t c = DecodeUtf8At(s, i, &len);
    if (IsAlnumCp(c) && !(c >= '0' && c <= '9')) ++n;
    i += len;
  }
  return n;
}

// Proficiency words before an unknown item: "familiar with Dubbo" → "Dubbo".
std::string_view StripProficiency(std::string_view s) {
  static const std::array<std::string_view, 14> kPrefixes = {
      "basic knowledge of ", "working knowledge of ", "knowledge of ", "familiar with ", "familiarity with ",
      "proficient in ",      "proficient with ",      "experience with ", "experience in ", "expert in ",
      "expertise in ",       "a little ",             "some ",            "exposure to "};
  for (std::string_view p : kPrefixes) {
    if (StartsWithNoCase(s, p)) return TrimView(s.substr(p.size()));
  }
  static const std::array<std::string_view, 8> kCjkPrefixes = {"熟练掌握", "熟练使用", "熟练", "熟悉",
                                                              "了解",     "精通",     "掌握", "使用"};
  for (std::string_view p : kCjkPrefixes) {
    if (s.substr(0, p.size()) == p) return TrimView(s.substr(p.size()));
  }
  return s;
}

// The connectors that may cut an item in two: " and ", " & ", '/', 及 ...
size_t ConnectorAt(std::string_view text, size_t i, size_t end) {
  static const std::array<std::string_view, 9> kWords = {" and ", " And ", " AND ", " or ", " & ",
                                                         " / ",   "及",    "和",    "与"};
  for (std::string_view w : kWords) {
    if (i + w.size() <= end && text.substr(i, w.size()) == w) return w.size();
  }
  if (text[i] == '/') return 1;
  return 0;
}

// True when the text of a run of skills, up to `end`, is named as skills: it
// ends in "skills" or the next word is "skills", "skill" or "abilities"
// ("excellent communication and interpersonal skills", "strong analytical
// abilities"). A soft skill said so in running text is one.
bool NamedAsSkills(std::string_view text, size_t end) {
  static const std::array<std::string_view, 4> kWords = {"skills", "skill", "abilities", "ability"};
  auto is_word = [](std::string_view w) {
    std::string lower = AsciiLower(w);
    return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
  };
  size_t start = end;
  while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
  if (is_word(text.substr(start, end - start))) return true;
  size_t i = end;
  while (i < text.size() && IsSpace(text[i])) ++i;
  if (i == end) return false;
  size_t j = i;
  while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
  return is_word(text.substr(i, j - i));
}

// Gap text between two adjacent skills of a list: ", ", " and ", " (", "/".
bool IsListGap(std::string_view gap) {
  if (gap.size() > 12 || gap.find_first_not_of(' ') == std::string_view::npos) return false;
  size_t i = 0;
  while (i < gap.size()) {
    char c = gap[i];
    if (c == ' ' || c == ',' || c == '/' || c == '|' || c == ';' || c == '&' || c == '+' || c == '(' ||
        c == ')' || c == '\t') {
      ++i;
      continue;
    }
    if (gap.substr(i, 3) == kIdeographicComma || gap.substr(i, 3) == "及" || gap.substr(i, 3) == "和" ||
        gap.substr(i, 3) == "与") {
      i += 3;
      continue;
    }
    size_t j = i;
    while (j < gap.size() && gap[j] != ' ') ++j;
    std::string word = AsciiLower(gap.substr(i, j - i));
    if (word != "and" && word != "or") return false;
    i = j;
  }
  return true;
}

int ToMonth(const std::string& iso, bool is_end) {
  if (iso.size() < 4) return -1;
  int year = 0;
  for (size_t i = 0; i < 4; ++i) {
    if (iso[i] < '0' || iso[i] > '9') return -1;
    year = year * 10 + (iso[i] - '0');
  }
  int month = is_end ? 12 : 1;
  if (iso.size() >= 7 && iso[4] == '-' && iso[5] >= '0' && iso[5] <= '1' && iso[6] >= '0' && iso[6] <= '9') {
    month = (iso[5] - '0') * 10 + (iso[6] - '0');
    if (month < 1 || month > 12) month = is_end ? 12 : 1;
  }
  return year * 12 + (month - 1);
}

// The text of a skills row joined from several lines, with where each byte came from.
struct RowText {
  std::string text;
  std::vector<std::pair<uint32_t, uint32_t>> where;  // per byte: line index, offset in its norm
  // Appends line.norm from byte `from` on.
  void Append(const Line& line, uint32_t index, size_t from = 0) {
    if (!text.empty()) {
      text.push_back(' ');
      where.push_back({index, 0});
    }
    from = std::min(from, line.norm.size());
    size_t room = kMaxRowBytes > text.size() ? kMaxRowBytes - text.size() : 0;
    size_t n = std::min(room, line.norm.size() - from);
    text.append(line.norm, from, n);
    for (size_t i = 0; i < n; ++i) where.push_back({index, static_cast<uint32_t>(from + i)});
  }
  Span Map(const Document& doc, size_t begin, size_t end) const {
    if (where.empty() || begin >= end || end > where.size()) return {};
    auto [lb, ob] = where[begin];
    auto [le, oe] = where[end - 1];
    Span first = doc.lines[lb].RawSpan(ob, ob + 1);
    Span last = doc.lines[le].RawSpan(oe, oe + 1);
    return {first.begin, std::max(first.begin, last.end)};
  }
};

int ParenDepthAfter(std::string_view text) {
  int depth = 0;
  for (char c : text) {
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
  }
  return depth;
}

bool StartsLower(std::string_view s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }

bool IsTextSection(const std::string& kind) {
  static const std::array<std::string_view, 11> kKinds = {
      "work",     "research", "projects",     "summary", "volunteer", "activities",
      "teaching", "languages", "certificates", "courses", "other"};
  return std::find(kKinds.begin(), kKinds.end(), kind) != kKinds.end();
}

// A header this long means the headings were not found (a flattened or
// unusual layout): its text is read for skills like any running text.
constexpr size_t kLongHeaderLines = 12;

bool ReadForSkills(const Document& doc, const Section& section) {
  if (IsTextSection(section.kind)) return true;
  if (section.kind != "basics") return false;
  size_t lines = 0;
  for (size_t i = section.first_line; i < section.end_line && i < doc.lines.size(); ++i) {
    if (!doc.lines[i].blank()) ++lines;
  }
  return lines > kLongHeaderLines;
}

}  // namespace

std::unique_ptr<SkillsExtractor> SkillsExtractor::Create(std::string* error) {
  std::shared_ptr<const LanguageLexicon> languages = LanguageLexicon::Load(error);
  return languages ? Create(std::move(languages), error) : nullptr;
}

std::unique_ptr<SkillsExtractor> SkillsExtractor::Create(std::shared_ptr<const LanguageLexicon> languages,
                                                         std::string* error) {
  std::string text;
  if (!LoadLexiconFile("skills.tsv", &text, error)) return nullptr;
  auto extractor = std::unique_ptr<SkillsExtractor>(new SkillsExtractor());
  extractor->taxonomy_ = SkillTaxonomy::Create(text, EmbeddedImage("skills.tsv"), error);
  if (!extractor->taxonomy_) return nullptr;
  extractor->languages_ = std::move(languages);
  return extractor;
}

std::vector<SkillMatch> SkillsExtractor::Matches(std::string_view text) const {
  text = text.substr(0, std::min(text.size(), kMaxRowBytes));
  std::vector<SkillMatch> matches = taxonomy_->FindAll(text);
  std::vector<std::pair<size_t, size_t>> urls = UrlRanges(text);
  if (urls.empty()) return matches;
  std::vector<SkillMatch> kept;
  for (const SkillMatch& m : matches) {
    bool in_url = std::any_of(urls.begin(), urls.end(),
                              [&](const auto& u) { return m.begin < u.second && m.end > u.first; });
    if (!in_url) kept.push_back(m);
  }
  return kept;
}

SkillRow SkillsExtractor::SplitRow(std::string_view row) const { return SplitRow(row, Matches(row)); }

SkillRow SkillsExtractor::SplitRow(std::string_view row, const std::vector<SkillMatch>& matches) const {
  row = row.substr(0, std::min(row.size(), kMaxRowBytes));
  SkillRow out;
  size_t start = 0;
  std::string_view label;
  size_t begin = 0;
  if (SplitRowLabel(row, &label, &begin)) {
    std::string_view gap = row.substr(label.size(), begin - label.size());
    bool tab_only = gap.find(':') == std::string_view::npos && gap.find('.') == std::string_view::npos;
    std::string_view rest = row.substr(begin);
    bool listed = rest.find_first_of(",;|") != std::string_view::npos ||
                  rest.find(kIdeographicComma) != std::string_view::npos;
    // "Python<TAB>Java<TAB>C++" is a list of skills in columns, not a group.
    if (!(tab_only && !listed && taxonomy_->Lookup(label) >= 0)) {
      out.group = std::string(label);
      out.group_begin = 0;
      out.group_end = label.size();
      start = begin;
    }
  }
  // Matches are sorted and do not overlap: per-byte flags and binary searches
  // keep every row linear (a row of 1,000 skills is no quadratic trap).
  std::vector<bool> inside(row.size(), false);
  for (const SkillMatch& m : matches) {
    for (size_t i = m.begin + 1; i < m.end && i < row.size(); ++i) inside[i] = true;
  }
  auto inside_match = [&](size_t i) { return i < inside.size() && inside[i]; };
  auto first_from = [&](size_t a) {
    return std::lower_bound(matches.begin(), matches.end(), a,
                            [](const SkillMatch& m, size_t x) { return m.begin < x; });
  };
  auto known_in = [&](size_t a, size_t b) {
    auto it = first_from(a);
    return it != matches.end() && it->end <= b;
  };
  // Hard separators outside parentheses.
  std::vector<std::pair<size_t, size_t>> pieces;
  int depth = 0;
  size_t piece = start;
  for (size_t i = start; i < row.size(); ++i) {
    char c = row[i];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (depth > 0 || inside_match(i)) continue;
    size_t width = 0;
    if (c == ',' || c == ';' || c == '|' || c == '\t') width = 1;
    if (row.substr(i, 3) == kIdeographicComma) width = 3;
    if (width == 0) continue;
    if (i > piece) pieces.push_back({piece, i});
    piece = i + width;
    i += width - 1;
  }
  if (row.size() > piece) pieces.push_back({piece, row.size()});
  // Soft connectors, cut only next to a known skill.
  for (const auto& [a, b] : pieces) {
    std::vector<std::pair<size_t, size_t>> cuts;  // connector [begin, end)
    int d = 0;
    for (size_t i = a; i < b; ++i) {
      char c = row[i];
      if (c == '(' || c == '[') ++d;
      if ((c == ')' || c == ']') && d > 0) --d;
      if (d > 0 || inside_match(i)) continue;
      size_t w = ConnectorAt(row, i, b);
      if (w == 0) continue;
      cuts.push_back({i, i + w});
      i += w - 1;
    }
    size_t from = a;
    for (size_t k = 0; k < cuts.size(); ++k) {
      auto [cb, ce] = cuts[k];
      size_t next = k + 1 < cuts.size() ? cuts[k + 1].first : b;
      bool cut = known_in(from, cb) || known_in(ce, next);
      if (cut && row.substr(cb, ce - cb).find('/') != std::string_view::npos) {
        // "MATLAB/Simulink", "C/C++": a skill touches the slash. "FI/CO", "S/4",
        // "IFRS 9 / 15": keep. Otherwise both neighbours need 3+ bytes and a letter.
        size_t lb = cb, rb = ce;
        while (lb > from && row[lb - 1] == ' ') --lb;
        while (rb < next && row[rb] == ' ') ++rb;
        auto after = first_from(rb);
        bool touches = (after != matches.end() && after->begin == rb) ||
                       (after != matches.begin() && std::prev(after)->end == lb);
        size_t left = lb, right = rb;
        while (left > from && row[left - 1] != ' ') --left;
        while (right < next && row[right] != ' ') ++right;
        std::string_view lw = row.substr(left, lb - left), rw = row.substr(rb, right - rb);
        cut = touches || (lw.size() >= 3 && rw.size() >= 3 && CountLetters(lw) > 0 && CountLetters(rw) > 0);
      }
      if (!cut) continue;
      if (cb > from) out.items.push_back({from, cb});
      from = ce;
    }
    if (b > from) out.items.push_back({from, b});
  }
  // Trim each item.
  std::vector<std::pair<size_t, size_t>> trimmed;
  for (auto [a, b] : out.items) {
    while (a < b && (IsSpace(row[a]) || LeaderDot(row.substr(0, b), a))) ++a;
    while (b > a && IsSpace(row[b - 1])) --b;
    if (b > a) trimmed.push_back({a, b});
  }
  out.items = std::move(trimmed);
  return out;
}

std::vector<RowMention> SkillsExtractor::ReadSkillsRow(std::string_view row, std::string_view carried,
                                                       const DateParser* dates) const {
  row = row.substr(0, std::min(row.size(), kMaxRowBytes));
  std::vector<RowMention> out;
  const bool language_row = languages_->IsLanguageRow(row);
  std::vector<SkillMatch> matches = Matches(row);
  SkillRow split = SplitRow(row, matches);
  std::string group = split.group.empty() ? std::string(carried) : split.group;
  if (!split.group.empty() && !language_row) {
    int label_skill = taxonomy_->Lookup(split.group);
    if (label_skill >= 0) {
      out.push_back({split.group_begin, split.group_end, label_skill, taxonomy_->skill(label_skill).name, group});
    }
  }
  // A lone all-caps word is a sub-heading ("SELF-ASSESSMENT"), not a skill.
  bool subheading = false;
  if (split.group.empty() && split.items.size() == 1 && matches.empty()) {
    std::string_view only = row.substr(split.items[0].first, split.items[0].second - split.items[0].first);
    bool lower = false, upper = false;
    for (size_t i = 0; i < only.size();) {
      size_t len = 1;
      char32_t c = DecodeUtf8At(only, i, &len);
      lower = lower || u_islower(static_cast<UChar32>(c));
      upper = upper || u_isupper(static_cast<UChar32>(c));
      i += len;
    }
    subheading = upper && !lower && CountLetters(only) >= 6;
  }
  for (const auto& [a, b] : split.items) {
    std::string_view item = row.substr(a, b - a);
    if (languages_->IsLanguageItem(item)) continue;
    // Parenthesised spans of the item.
    std::vector<std::pair<size_t, size_t>> parens;
    int depth = 0;
    size_t open = 0;
    for (size_t i = a; i < b; ++i) {
      if (row[i] == '(' || row[i] == '[') {
        if (depth++ == 0) open = i;
      } else if ((row[i] == ')' || row[i] == ']') && depth > 0) {
        if (--depth == 0) parens.push_back({open, i + 1});
      }
    }
    if (depth > 0) parens.push_back({open, b});
    bool outside = false;
    auto from = std::lower_bound(matches.begin(), matches.end(), a,
                                 [](const SkillMatch& m, size_t x) { return m.begin < x; });
    for (auto it = from; it != matches.end() && it->begin < b; ++it) {
      const SkillMatch& m = *it;
      if (m.end > b) continue;
      out.push_back({m.begin, m.end, m.skill, taxonomy_->skill(m.skill).name, group});
      bool in_paren = std::any_of(parens.begin(), parens.end(),
                                  [&](const auto& p) { return m.begin >= p.first && m.end <= p.second; });
      if (!in_paren) outside = true;
    }
    if (outside || language_row || subheading) continue;
    // An item the taxonomy does not know: kept when it looks like a skill.
    size_t cut = parens.empty() ? b : parens.front().first;
    std::string_view head = row.substr(a, cut - a);
    size_t etc = head.find("等");
    if (etc != std::string_view::npos) head = head.substr(0, etc);
    std::string_view name = TrimView(StripProficiency(TrimView(head)));
    if (name.empty() || name.size() > kMaxUnknownBytes || CountLetters(name) < 2) continue;
    char last = name.back();
    if (last == '.' || last == ':' || last == '!' || last == '?') continue;
    if (name.find("://") != std::string_view::npos || name.find('@') != std::string_view::npos) continue;
    int words = 0;
    bool stop_first = false;
    size_t w = 0;
    while (w < name.size()) {
      while (w < name.size() && name[w] == ' ') ++w;
      size_t e = w;
      while (e < name.size() && name[e] != ' ') ++e;
      if (e == w) break;
      std::string word = AsciiLower(name.substr(w, e - w));
      static const std::array<std::string_view, 6> kConnectors = {"and", "&", "of", "or", "/", "-"};
      if (std::find(kConnectors.begin(), kConnectors.end(), word) == kConnectors.end()) ++words;
      if (w == 0 && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        stop_first = true;  // "15 / 16 implementation"
      } else if (w == 0) {
        static const std::array<std::string_view, 14> kStop = {"and", "or",  "with", "in", "for", "of", "the",
                                                                "a",   "an",  "to",   "on", "at",  "by", "from"};
        stop_first = std::find(kStop.begin(), kStop.end(), word) != kStop.end();
      }
      w = e;
    }
    if (words > kMaxUnknownWords || words == 0 || stop_first) continue;
    if (!languages_->FluencyNamed(name).empty()) continue;
    // Only fluency phrases ("Proficient user Proficient user")?
    size_t covered = 0;
    for (const LanguageLexicon::Hit& h : languages_->FindWords(name)) {
      if (languages_->entry(h.entry).kind == LanguageLexicon::Kind::kFluency) covered += h.end - h.begin;
    }
    if (covered * 2 >= CountLetters(name) && covered > 0) continue;
    if (dates != nullptr && !dates->FindAll(name, YearMonth{2100, 12}).empty()) continue;
    size_t begin = static_cast<size_t>(name.data() - row.data());
    out.push_back({begin, begin + name.size(), -1, std::string(name), group});
  }
  std::sort(out.begin(), out.end(), [](const RowMention& x, const RowMention& y) { return x.begin < y.begin; });
  return out;
}

std::vector<RowMention> SkillsExtractor::ReadTextLine(std::string_view line, const std::set<int>& confirmed) const {
  line = line.substr(0, std::min(line.size(), kMaxRowBytes));
  std::vector<RowMention> out;
  std::vector<SkillMatch> matches = Matches(line);
  if (matches.empty()) return out;
  std::string_view label;
  size_t begin = 0;
  if (SplitRowLabel(line, &label, &begin) && (IsSkillLabel(label) || languages_->IsLanguageLabel(label))) {
    for (const SkillMatch& m : matches) {
      if (m.begin >= begin) out.push_back({m.begin, m.end, m.skill, taxonomy_->skill(m.skill).name, ""});
    }
    return out;
  }
  // Runs of adjacent skills: a ctx skill counts in a run that holds a non-ctx one.
  size_t run_start = 0;
  for (size_t i = 0; i <= matches.size(); ++i) {
    bool run_ends = i == matches.size() ||
                    (i > run_start && !IsListGap(line.substr(matches[i - 1].end, matches[i].begin - matches[i - 1].end)));
    if (!run_ends) continue;
    bool anchored = false;
    for (size_t k = run_start; k < i; ++k) {
      if (!taxonomy_->skill(matches[k].skill).context_only) anchored = true;
    }
    bool run_of_many = i - run_start >= 2;
    bool named_as_skills = i > run_start && NamedAsSkills(line, matches[i - 1].end);
    for (size_t k = run_start; k < i; ++k) {
      const Skill& skill = taxonomy_->skill(matches[k].skill);
      bool soft_named = skill.category == "soft_skill" && named_as_skills;
      // A ctx form of several words ("Apache Spark", "Go language") is not ambiguous,
      // except for soft skills ("problem solving").
      bool spelled_out = skill.category != "soft_skill" &&
                         line.substr(matches[k].begin, matches[k].end - matches[k].begin).find(' ') !=
                             std::string_view::npos;
      if (!skill.context_only || spelled_out || soft_named || (anchored && run_of_many) ||
          confirmed.count(matches[k].skill) > 0) {
        out.push_back({matches[k].begin, matches[k].end, matches[k].skill, skill.name, ""});
      }
    }
    run_start = i;
  }
  return out;
}

void SkillsExtractor::Extract(const Lexicons& base, YearMonth /*as_of*/, Document* doc) const {
  struct Found {
    SkillMention mention;
    std::string key;  // "#index" or the folded unknown name
  };
  std::vector<Found> found;
  std::set<int> confirmed;
  auto add = [&](const RowMention& m, Span span, const std::string& section) {
    if (found.size() >= kMaxMentions) return;
    Found f;
    f.mention.name = m.name;
    f.mention.category = m.skill >= 0 ? taxonomy_->skill(m.skill).category : "";
    f.mention.group = m.group;
    f.mention.section = section;
    f.mention.span_begin = span.begin;
    f.mention.span_end = span.end;
    f.mention.raw = std::string(doc->Text(span));
    f.key = m.skill >= 0 ? "#" + std::to_string(m.skill) : FoldCase(m.name);
    found.push_back(std::move(f));
  };

  // Skills sections: rows of a list.
  for (const Section& section : doc->sections) {
    if (section.kind != "skills") continue;
    size_t first = section.body_begin();
    std::vector<std::pair<RowText, std::string>> rows;  // text, carried group
    std::string carried;
    bool open = false;
    size_t row_lines = 0;
    for (size_t i = first; i < section.end_line && i < doc->lines.size(); ++i) {
      const Line& line = doc->lines[i];
      if (line.blank()) {
        open = false;
        carried.clear();
        continue;
      }
      std::string_view norm = line.norm;
      if (norm.size() > 1 && norm.back() == ':' && norm.size() <= 41 &&
          norm.find_first_of(",;|\t") == std::string_view::npos) {
        carried = std::string(TrimView(norm.substr(0, norm.size() - 1)));
        open = false;
        continue;
      }
      if (open && !line.bulleted && row_lines < kMaxRowLines) {
        const std::string& prev = rows.back().first.text;
        char end = prev.empty() ? ' ' : prev.back();
        bool continues = ParenDepthAfter(prev) > 0 || end == ',' || end == '/' || end == '&' ||
                         (norm[0] == '(') || StartsLower(norm);
        if (continues) {
          rows.back().first.Append(line, static_cast<uint32_t>(i));
          ++row_lines;
          continue;
        }
      }
      RowText text;
      // "Skills: Python, SQL": the section's own label is no group.
      size_t from = 0;
      if (i == section.first_line && section.inline_content) {
        size_t colon = norm.find(':');
        if (colon != std::string_view::npos) from = colon + 1;
      }
      text.Append(line, static_cast<uint32_t>(i), from);
      rows.push_back({std::move(text), carried});
      open = true;
      row_lines = 1;
    }
    for (const auto& [text, group] : rows) {
      if (found.size() >= kMaxMentions) break;
      for (const RowMention& m : ReadSkillsRow(text.text, group, &base.dates())) {
        add(m, text.Map(*doc, m.begin, m.end), section.kind);
        if (m.skill >= 0) confirmed.insert(m.skill);
      }
    }
  }

  // Running text.
  for (const Section& section : doc->sections) {
    // Other sections (education, awards ...): only a line labelled as skills
    // ("Programming languages: C#, ASP", "Software: Excel, Word").
    const bool labelled_only = !ReadForSkills(*doc, section);
    if (labelled_only && section.kind == "skills") continue;
    size_t first = section.body_begin();
    for (size_t i = first; i < section.end_line && i < doc->lines.size(); ++i) {
      if (found.size() >= kMaxMentions) break;
      const Line& line = doc->lines[i];
      if (line.blank() || languages_->IsLanguageRow(line.norm)) continue;
      if (labelled_only && !IsSkillsLabelled(line.norm)) continue;
      if (section.kind == "languages") {
        bool names_language = false;
        for (const LanguageLexicon::Hit& h : languages_->FindWords(line.norm)) {
          if (languages_->entry(h.entry).kind == LanguageLexicon::Kind::kLanguage) names_language = true;
        }
        if (names_language) continue;
      }
      for (const RowMention& m : ReadTextLine(line.norm, confirmed)) {
        add(m, line.RawSpan(m.begin, m.end), section.kind);
      }
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Found& a, const Found& b) { return a.mention.span_begin < b.mention.span_begin; });

  // One summary per skill.
  struct Acc {
    SkillSummary summary;
    std::vector<const Found*> mentions;
    size_t first_grouped = SIZE_MAX;
    size_t first = SIZE_MAX;
  };
  std::vector<Acc> accs;
  std::map<std::string, size_t> index;
  for (size_t k = 0; k < found.size(); ++k) {
    const Found& f = found[k];
    auto [it, inserted] = index.emplace(f.key, accs.size());
    if (inserted) {
      Acc acc;
      acc.summary.name = f.mention.name;
      acc.summary.category = f.mention.category;
      acc.first = k;
      accs.push_back(std::move(acc));
    }
    Acc& acc = accs[it->second];
    ++acc.summary.mentions;
    acc.mentions.push_back(&f);
    if (!f.mention.group.empty() && acc.summary.group.empty()) {
      acc.summary.group = f.mention.group;
      acc.first_grouped = k;
    }
  }
  const std::vector<Experience>& experience = doc->entities.experience;
  for (Acc& acc : accs) {
    std::vector<std::pair<int, int>> ranges;
    int latest = INT_MIN;
    std::string last_used;
    for (const Experience& e : experience) {
      if (!e.dates || e.dates->start.empty()) continue;
      bool mentioned = std::any_of(acc.mentions.begin(), acc.mentions.end(), [&](const Found* f) {
        return f->mention.span_begin >= e.span_begin && f->mention.span_end <= e.span_end &&
               e.span_end > e.span_begin;
      });
      if (!mentioned) continue;
      const std::string& end_iso = e.dates->end.empty() ? e.dates->start : e.dates->end;
      int s = ToMonth(e.dates->start, false);
      int t = ToMonth(end_iso, true);
      if (s < 0 || t < s) continue;
      ranges.push_back({s, t});
      if (t > latest) {
        latest = t;
        last_used = end_iso;
      }
    }
    std::sort(ranges.begin(), ranges.end());
    int months = 0, cur_s = 0, cur_e = -1;
    for (const auto& [s, t] : ranges) {
      if (cur_e >= cur_s && s <= cur_e + 1) {
        cur_e = std::max(cur_e, t);
        continue;
      }
      if (cur_e >= cur_s) months += cur_e - cur_s + 1;
      cur_s = s;
      cur_e = t;
    }
    if (cur_e >= cur_s) months += cur_e - cur_s + 1;
    acc.summary.months = months;
    acc.summary.last_used = last_used;
  }
  std::stable_sort(accs.begin(), accs.end(), [](const Acc& a, const Acc& b) {
    bool ga = a.first_grouped != SIZE_MAX, gb = b.first_grouped != SIZE_MAX;
    if (ga != gb) return ga;
    return ga ? a.first_grouped < b.first_grouped : a.first < b.first;
  });
  doc->entities.skills.clear();
  for (const Acc& acc : accs) doc->entities.skills.push_back(acc.summary);
  doc->entities.skill_mentions.clear();
  for (Found& f : found) doc->entities.skill_mentions.push_back(std::move(f.mention));
}

}  // namespace cvparse
