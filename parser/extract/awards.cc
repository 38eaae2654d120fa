#include "extract/awards.h"

#include <algorithm>
#include <cctype>

#include "lexicon/lexicons.h"
#include "lexicon/tsv.h"
#include "regex/pattern.h"
#include "text/ascii.h"

namespace cvparse {
namespace {

const Pattern& OrdinalStart() {
  static const StaticPattern p(R"((?i)^\d+(?:st|nd|rd|th)\b)");
  return *p;
}

// "... awarded by X", "... from X": an award's awarder.
const Pattern& AwarderBy() {
  static const StaticPattern p(R"((?:\b(?:awarded|granted|presented|conferred)\s+by|\bby|\bfrom)\s+((?:the\s+)?[A-Z][^,;()]{2,80}))");
  return *p;
}

// "... of the X University": an award's awarder.
const Pattern& AwarderOfOrg() {
  static const StaticPattern p(
      R"(\b(?:of|at)\s+((?:the\s+)?[A-Z][^,;()]*?\b(?:University|College|Institute|School|Academy|Foundation|)"
      R"(Society|Association|Council|Ministry|Department|Government|Corporation|Company|Laboratory|Bank|Agency|)"
      R"(Federation|Committee|Board)\b[^,;()]*))");
  return *p;
}

// "... issued by X" at the end: a certificate's issuer.
const Pattern& IssuerBy() {
  static const StaticPattern p(R"((?:\b(?:issued|awarded|granted|certified)\s+by|\bby|\bfrom)\s+((?:the\s+)?[A-Z][^,;()]{1,60})$)");
  return *p;
}

// "NPTEL: Programming in Java": a certificate's issuer before a colon.
const Pattern& IssuerPrefix() {
  static const StaticPattern p(R"(^([A-Z][\w&/.+-]*(?:\s+[A-Z][\w&/.+-]*){0,2}):\s+\S)");
  return *p;
}

using std::string;
using std::string_view;

constexpr size_t kMaxItems = 200;
constexpr size_t kMaxInterests = 60;
constexpr size_t kMaxInterestBytes = 160;

// ---------------------------------------------------------------- text helpers

string_view Trim(string_view s, string_view chars = " \t") {
  while (!s.empty() && chars.find(s.front()) != string_view::npos) s.remove_prefix(1);
  while (!s.empty() && chars.find(s.back()) != string_view::npos) s.remove_suffix(1);
  return s;
}

string Lower(string_view s) {
  string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsHigh(char c) { return static_cast<unsigned char>(c) >= 0x80; }
bool IsCjkLead(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u >= 0xE3 && u <= 0xE9;
}
bool HasCjk(string_view s) { return std::any_of(s.begin(), s.end(), IsCjkLead); }
bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || IsHigh(c); }

void ReplaceAll(string* s, string_view from, string_view to) {
  size_t pos = 0;
  while ((pos = s->find(from, pos)) != string::npos) {
    s->replace(pos, from.size(), to);
    pos += to.size();
  }
}

std::vector<string_view> Words(string_view s) {
  std::vector<string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// Trims spaces and separators, including the ideographic comma and full stop.
string_view TrimSeparators(string_view s) {
  for (int guard = 0; guard < 20; ++guard) {
    size_t before = s.size();
    s = Trim(s, " \t,;:-|/.");
    for (string_view cjk : {"\u3001", "\u3002", "\uFF0C", "\uFF1B"}) {
      if (s.substr(0, cjk.size()) == cjk) s.remove_prefix(cjk.size());
      if (s.size() >= cjk.size() && s.substr(s.size() - cjk.size()) == cjk) s.remove_suffix(cjk.size());
    }
    if (s.size() == before) break;
  }
  return s;
}

// Removes "()", "( , )", "(exp. )": parentheses left with no letters or digits.
string DropEmptyParens(string s) {
  for (int guard = 0; guard < 20; ++guard) {
    bool changed = false;
    size_t open = 0;
    while ((open = s.find('(', open)) != string::npos) {
      size_t close = s.find(')', open);
      if (close == string::npos) break;
      string_view inner = string_view(s).substr(open + 1, close - open - 1);
      bool empty = std::none_of(inner.begin(), inner.end(), [](char c) { return IsWordChar(c); });
      if (empty) {
        s.erase(open, close - open + 1);
        changed = true;
      } else {
        open = close;
      }
    }
    if (!changed) break;
  }
  return s;
}

string CollapseSpaces(string_view s) {
  string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Tidies a title or name after dates and IDs were cut out of it.
string Tidy(string_view text) {
  string s(text);
  for (string_view mark : {"\u00AE", "\u2122", "\u00A9"}) ReplaceAll(&s, mark, "");
  s = DropEmptyParens(std::move(s));
  ReplaceAll(&s, " ,", ",");
  ReplaceAll(&s, ",,", ",");
  ReplaceAll(&s, "( ", "(");
  ReplaceAll(&s, " )", ")");
  s = CollapseSpaces(s);
  for (int guard = 0; guard < 5; ++guard) {
    size_t n = s.size();
    ReplaceAll(&s, " - ,", ",");
    ReplaceAll(&s, ", -", " -");
    ReplaceAll(&s, "- -", "-");
    if (s.size() == n) break;
  }
  return string(TrimSeparators(s));
}

// A segment of a line cut at " - ", ", ", " | " and tabs outside parentheses and quotes.
struct Segment {
  string_view sep;   // the separator before it ("" for the first)
  string_view text;  // trimmed
};

std::vector<Segment> Segments(string_view s) {
  std::vector<Segment> out;
  int depth = 0;
  bool quote = false;
  size_t start = 0;
  string_view sep;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (c == '"') quote = !quote;
    if (depth > 0 || quote) continue;
    size_t len = 0;
    if (c == '\t') len = 1;
    else if (c == ',' && !(i > 0 && IsAsciiDigit(s[i - 1]) && i + 1 < s.size() && IsAsciiDigit(s[i + 1]))) len = 1;
    else if (c == '|' ) len = 1;
    else if (c == ' ' && i + 2 < s.size() && s[i + 1] == '-' && s[i + 2] == ' ') len = 3;
    if (len == 0) continue;
    out.push_back({sep, Trim(s.substr(start, i - start))});
    sep = s.substr(i, len);
    start = i + len;
    i += len - 1;
  }
  out.push_back({sep, Trim(s.substr(start))});
  std::vector<Segment> kept;
  for (const Segment& seg : out) {
    if (!TrimSeparators(seg.text).empty()) kept.push_back(seg);
  }
  return kept;
}

string JoinSegments(const std::vector<Segment>& segs, size_t from, size_t to) {
  string out;
  for (size_t i = from; i < to && i < segs.size(); ++i) {
    if (!out.empty()) {
      string_view sep = segs[i].sep;
      if (sep == "\t") out += HasCjk(segs[i].text) ? " " : ", ";
      else if (sep == ",") out += ", ";
      else if (sep == "|") out += " | ";
      else out += sep;
    }
    out += segs[i].text;
  }
  return out;
}

bool ContainsWordCi(string_view text, string_view word_lower) {
  string lower = Lower(text);
  size_t pos = 0;
  while ((pos = lower.find(word_lower, pos)) != string::npos) {
    bool left = pos == 0 || !IsWordChar(lower[pos - 1]);
    size_t end = pos + word_lower.size();
    bool right = end >= lower.size() || !IsWordChar(lower[end]);
    if (left && right) return true;
    ++pos;
  }
  return false;
}

bool IsSmallWord(string_view w) {
  static const char* const kSmall[] = {"of", "and", "the", "for", "in", "on", "at", "de", "du", "des", "la",
                                       "le", "&", "und", "für", "y", "del", "da", "di"};
  for (const char* s : kSmall) {
    if (w == s) return true;
  }
  return false;
}

// "PMI", "ISC2", "AACN", "ASME".
bool IsAcronym(string_view w) {
  if (w.size() < 2 || w.size() > 8) return false;
  int upper = 0;
  for (char c : w) {
    if (IsAsciiUpper(c)) ++upper;
    else if (!IsAsciiDigit(c) && c != '&' && c != '-') return false;
  }
  return upper >= 2;
}

// Every word capitalised (small words aside), no digits: "Prairie Cloud Systems".
bool TitleCase(string_view s, size_t max_words) {
  std::vector<string_view> words = Words(s);
  if (words.empty() || words.size() > max_words) return false;
  for (string_view w : words) {
    w = Trim(w, "(),.'");
    if (w.empty() || IsSmallWord(Lower(w))) continue;
    if (!(IsAsciiUpper(w[0]) || IsHigh(w[0]))) return false;
    if (std::any_of(w.begin(), w.end(), IsAsciiDigit) && !IsAcronym(w)) return false;
  }
  string_view first = Trim(words[0], "(\"'");
  return !first.empty() && (IsAsciiUpper(first[0]) || IsHigh(first[0]));
}

bool HasOrgKeyword(string_view s) {
  static const char* const kOrg[] = {
      "association", "institute", "institution", "foundation", "board", "council", "society", "university",
      "college", "academy", "department", "inc", "ltd", "llc", "corporation", "corp", "group", "authority",
      "agency", "commission", "services", "cross", "organization", "organisation", "federation", "alliance",
      "consortium", "ministry", "bureau", "registry", "chamber", "school", "laboratory", "lab", "bank",
      "government", "committee", "company", "systems", "technologies", "tech", "labs", "partners", "ag",
      "gmbh", "plc", "symposium", "conference", "hackathon", "contest", "competition", "olympiad",
      "challenge", "league"};
  for (const char* k : kOrg) {
    if (ContainsWordCi(s, k)) return true;
  }
  return false;
}

bool IsAwardish(string_view s) {
  static const char* const kAward[] = {"award", "awards", "prize", "scholarship", "fellowship", "medal",
                                       "grant", "honour", "honor", "honours", "honors", "of the year", "winner",
                                       "mention", "place", "finalist", "runner-up", "runner up", "runners-up",
                                       "star", "distinction", "dean's list", "bursary", "trophy", "champion",
                                       "certificate", "recognition", "best", "top", "rank", "gold", "silver",
                                       "bronze"};
  for (const char* k : kAward) {
    if (ContainsWordCi(s, k)) return true;
  }
  return OrdinalStart().Contains(s);
}

// An organisation or event name that can be an awarder: "Turkish AI Symposium".
bool IsOrgLike(string_view s) {
  s = TrimSeparators(s);
  if (HasCjk(s)) return false;  // no capitals to tell a name from a prize level
  if (s.empty() || s.find('"') != string_view::npos || s.find('$') != string_view::npos) return false;
  if (IsAwardish(s)) return false;
  return TitleCase(s, 9);
}

bool IsLevelWord(string_view w) {
  static const char* const kLevel[] = {"professional", "associate", "specialty", "speciality", "foundation",
                                       "foundations", "practitioner", "expert", "advanced", "intermediate",
                                       "senior", "junior", "level", "fundamentals", "master", "green", "black",
                                       "yellow", "white", "elite", "beginner", "basic", "entry", "core",
                                       "developer", "administrator", "architect", "engineer", "analyst"};
  string lower = Lower(Trim(w, "(),."));
  for (const char* l : kLevel) {
    if (lower == l) return true;
  }
  return false;
}

const Pattern& CredentialId() {
  static const StaticPattern p(
      R"((?i)[,;]?\s*\(?\s*\b(?:credential\s*(?:id|#)|certificate\s*(?:id|no\.?|number|#)|cert\.?\s*(?:id|no\.?|#)|)"
      R"(licen[cs]e\s*(?:#|no\.?|number)|registration\s*(?:#|no\.?|number)|id\s*[:#])\s*[:#]?\s*)"
      R"([A-Za-z0-9][A-Za-z0-9.\-/]*\)?)");
  return *p;
}

const Pattern& ExpiryWord() {
  static const StaticPattern p(
      R"((?i)(?:\b(?:exp(?:ires|ired|iry|iring)?|valid\s+(?:until|through|till|to)|until|renew(?:ed|s|al)?|)"
      R"(due)\b\.?:?\s*(?:on|in)?\s*)$)");
  return *p;
}

const Pattern& ItemMarker() {
  static const StaticPattern p(R"(^(?:\[\d{1,3}\]\s*|\(\d{1,3}\)\s+|\d{1,3}[.)]\s+))");
  return *p;
}

// ---------------------------------------------------------------- list items

struct ListItem {
  size_t line = 0;
  size_t skip = 0;               // bytes of a number marker at the start of norm
  std::vector<size_t> more;      // the lines under it
};

bool IsProseLine(string_view norm) {
  if (HasCjk(norm)) return norm.size() > 30;
  for (string_view w : Words(norm)) {
    w = Trim(w, "(),.;:\"'");
    if (w.size() >= 3 && IsAsciiLower(w[0]) && !IsSmallWord(w)) return true;
  }
  return false;
}

// A line after a blank that cannot belong to the list: a heading the sectioner
// missed ("ACHIEVEMENTS & EXTRA-CURRICULAR ACTIVITIES") or text dedented below
// the list's items (a part title after an indented list).
bool EndsSection(const Line& line, const Line& first_item) {
  if (line.bulleted) return false;
  if (line.indent < first_item.indent) return true;
  int upper = 0, lower = 0;
  for (char c : line.norm) {
    if (IsAsciiUpper(c)) ++upper;
    if (IsAsciiLower(c)) ++lower;
  }
  return lower == 0 && upper >= 10 && Words(line.norm).size() >= 2 &&
         std::none_of(line.norm.begin(), line.norm.end(), IsAsciiDigit);
}

// Erases the date matches from `t`, except those inside quotes ("CodeSprint 2023").
void EraseDates(string* t, std::vector<std::pair<size_t, size_t>> cuts) {
  for (auto it = cuts.rbegin(); it != cuts.rend(); ++it) {
    if (it->first > t->size() || it->second > t->size() || it->second < it->first) continue;
    if (std::count(t->begin(), t->begin() + it->first, '"') % 2 == 1) continue;
    t->erase(it->first, it->second - it->first);
  }
}

std::vector<ListItem> SplitList(const Document& doc, const Section& section, const DateParser& dates,
                                YearMonth as_of) {
  size_t begin = section.body_begin();
  size_t end = std::min(section.end_line, doc.lines.size());
  bool has_bullets = false;
  for (size_t i = begin; i < end; ++i) {
    const Line& line = doc.lines[i];
    if (!line.blank() && (line.bulleted || ItemMarker().Contains(line.norm))) has_bullets = true;
  }
  std::vector<ListItem> items;
  bool blank_before = true;
  bool item_dated = false;
  for (size_t i = begin; i < end && items.size() < kMaxItems; ++i) {
    const Line& line = doc.lines[i];
    if (line.blank()) {
      blank_before = true;
      continue;
    }
    if (!items.empty() && blank_before && EndsSection(line, doc.lines[items.front().line])) break;
    Match m;
    bool marked = ItemMarker().Find(line.norm, 0, &m) && m.begin == 0;
    bool date_only = dates.ParseExact(line.norm, as_of).has_value();
    bool dated = date_only || !dates.FindAll(line.norm, as_of).empty();
    bool start;
    if (items.empty()) {
      start = true;
    } else if (has_bullets) {
      start = marked || line.bulleted || (blank_before && !date_only);
    } else if (date_only) {
      start = false;
    } else if (blank_before) {
      start = true;
    } else {
      const Line& prev = doc.lines[items.back().more.empty() ? items.back().line : items.back().more.back()];
      char first = line.norm.empty() ? ' ' : line.norm.front();
      bool wrapped = IsAsciiLower(first) || (!prev.norm.empty() && prev.norm.back() == ',');
      start = !(wrapped || (item_dated && !dated && IsProseLine(line.norm)));
    }
    if (start) {
      items.push_back({i, marked ? m.end : 0, {}});
      item_dated = dated;
    } else {
      items.back().more.push_back(i);
      item_dated = item_dated || dated;
    }
    blank_before = false;
  }
  return items;
}

}  // namespace

// ---------------------------------------------------------------- creation

std::unique_ptr<AwardsExtractor> AwardsExtractor::CreateFromData(string_view certificates_tsv, string* error) {
  string local_error;
  if (!error) error = &local_error;
  std::vector<TsvRow> rows;
  if (!ParseTsv(certificates_tsv, "certificates.tsv", 2, &rows, error)) return nullptr;
  auto extractor = std::unique_ptr<AwardsExtractor>(new AwardsExtractor());
  for (const TsvRow& row : rows) {
    string_view issuer = Trim(row.fields[1]);
    std::vector<string_view> patterns = SplitAlternatives(row.fields[0]);
    if (issuer.empty() || patterns.empty()) {
      *error = "certificates.tsv:" + std::to_string(row.line) + ": empty pattern or issuer";
      return nullptr;
    }
    for (string_view p : patterns) {
      IssuerRule rule;
      rule.pattern = string(p);
      rule.folded = Lower(p);
      rule.exact_case = std::none_of(p.begin(), p.end(), IsAsciiLower);
      rule.issuer = string(issuer);
      extractor->issuers_.push_back(std::move(rule));
    }
  }
  std::stable_sort(extractor->issuers_.begin(), extractor->issuers_.end(),
                   [](const IssuerRule& a, const IssuerRule& b) { return a.pattern.size() > b.pattern.size(); });
  return extractor;
}

std::unique_ptr<AwardsExtractor> AwardsExtractor::Create(string* error) {
  string local_error;
  if (!error) error = &local_error;
  string text;
  if (!LoadLexiconFile("certificates.tsv", &text, error)) return nullptr;
  return CreateFromData(text, error);
}

string AwardsExtractor::KnownIssuer(string_view name) const {
  string lower = Lower(name);
  for (const IssuerRule& rule : issuers_) {
    string_view hay = rule.exact_case ? name : string_view(lower);
    string_view needle = rule.exact_case ? string_view(rule.pattern) : string_view(rule.folded);
    size_t pos = 0;
    while ((pos = hay.find(needle, pos)) != string_view::npos) {
      size_t end = pos + needle.size();
      bool left = pos == 0 || !std::isalnum(static_cast<unsigned char>(hay[pos - 1]));
      bool right = end >= hay.size() || !std::isalnum(static_cast<unsigned char>(hay[end])) ||
                   !std::isalnum(static_cast<unsigned char>(needle.back()));
      if (left && right) return rule.issuer;
      ++pos;
    }
  }
  return "";
}

// ---------------------------------------------------------------- awards

Award AwardsExtractor::ParseAward(const DateParser& dates, YearMonth as_of, string_view title,
                                  const std::vector<string>& summary) const {
  Award award;
  string t(title);
  std::vector<DateMatch> found = dates.FindAll(t, as_of);
  for (const DateMatch& d : found) {
    if (award.date.empty()) award.date = d.start.Iso();
  }
  std::vector<std::pair<size_t, size_t>> cuts;
  for (const DateMatch& d : found) cuts.push_back({d.begin, d.end});
  EraseDates(&t, cuts);
  // Date-only summary lines give the date; the rest is the summary.
  for (const string& s : summary) {
    if (dates.ParseExact(s, as_of)) {
      if (award.date.empty()) award.date = dates.ParseExact(s, as_of)->start.Iso();
      continue;
    }
    if (!award.summary.empty()) award.summary += " ";
    award.summary += string(Trim(s));
  }
  t = DropEmptyParens(t);
  std::vector<Segment> segs = Segments(t);
  string full = Tidy(JoinSegments(segs, 0, segs.size()));
  award.title = full;

  // "... by X", "... from X".
  Match m;
  if (AwarderBy().Find(full, 0, &m) && IsOrgLike(m.groups[0].In(full))) {
    award.awarder = Tidy(m.groups[0].In(full));
    award.title = Tidy(string_view(full).substr(0, m.begin));
    if (award.title.empty()) award.title = full;
    return award;
  }
  if (segs.size() >= 2) {
    string_view last = TrimSeparators(segs.back().text);
    string_view first = TrimSeparators(segs.front().text);
    if (IsOrgLike(last)) {
      award.awarder = string(last);
      award.title = Tidy(JoinSegments(segs, 0, segs.size() - 1));
      return award;
    }
    if (IsOrgLike(first) && IsAwardish(JoinSegments(segs, 1, segs.size()))) {
      award.awarder = string(first);
      return award;
    }
  }
  if (AwarderOfOrg().Find(full, 0, &m)) award.awarder = Tidy(m.groups[0].In(full));
  return award;
}

// ---------------------------------------------------------------- certificates

Certificate AwardsExtractor::ParseCertificate(const DateParser& dates, YearMonth as_of, string_view line,
                                              string_view extra_date) const {
  Certificate cert;
  string t(line);
  // Credential IDs and licence numbers.
  for (int guard = 0; guard < 5; ++guard) {
    Match m;
    if (!CredentialId().Find(t, 0, &m)) break;
    t.erase(m.begin, m.end - m.begin);
  }
  // Dates: the first that is not an expiry or renewal is the date; all leave the name.
  std::vector<DateMatch> found = dates.FindAll(t, as_of);
  std::vector<std::pair<size_t, size_t>> cuts;
  for (const DateMatch& d : found) {
    size_t window = std::min<size_t>(d.begin, 24);
    string_view before = string_view(t).substr(d.begin - window, window);
    Match m;
    string matched = Lower(string_view(t).substr(d.begin, d.end - d.begin));
    if (matched.find("exp") != string::npos && matched.find("expected") == string::npos) {
      cuts.push_back({d.begin, d.end});  // "exp. 03/2026", read by the date parser as a marker
      continue;
    }
    if (ExpiryWord().Find(before, 0, &m)) {
      cuts.push_back({d.begin - window + m.begin, d.end});
      continue;
    }
    if (cert.date.empty()) cert.date = d.start.Iso();
    cuts.push_back({d.begin, d.end});
  }
  EraseDates(&t, cuts);
  if (cert.date.empty() && !extra_date.empty()) {
    if (std::optional<DateMatch> d = dates.ParseExact(extra_date, as_of)) cert.date = d->start.Iso();
  }
  t = DropEmptyParens(t);

  // "Name, Issuer", "Name - Issuer", "Name (Issuer)" is left to the segments.
  std::vector<Segment> segs = Segments(t);
  if (segs.empty()) return cert;
  size_t issuer_seg = string_view::npos;
  for (size_t i = 1; i < segs.size(); ++i) {
    string_view s = TrimSeparators(segs[i].text);
    std::vector<string_view> words = Words(s);
    if (words.empty() || IsLevelWord(words[0])) continue;
    bool known = false;
    for (const IssuerRule& rule : issuers_) known = known || rule.issuer == s;
    bool acronym = words.size() == 1 && IsAcronym(words[0]);
    bool formal = (Lower(words[0]) == "the" || Lower(s.substr(0, 9)) == "state of " ||
                   Lower(s.substr(0, 14)) == "government of " || HasOrgKeyword(s)) &&
                  TitleCase(s, 8);
    if (known || acronym || formal) {
      issuer_seg = i;
      break;
    }
  }
  std::vector<Segment> name_segs;
  for (size_t i = 0; i < segs.size(); ++i) {
    if (i == issuer_seg) cert.issuer = string(TrimSeparators(segs[i].text));
    else name_segs.push_back(segs[i]);
  }
  string name = Tidy(JoinSegments(name_segs, 0, name_segs.size()));

  // "... issued by X" / "... from X".
  if (cert.issuer.empty()) {
    Match m;
    if (IssuerBy().Find(name, 0, &m) && TitleCase(m.groups[0].In(name), 6)) {
      cert.issuer = Tidy(m.groups[0].In(name));
      name = Tidy(string_view(name).substr(0, m.begin));
    }
  }
  // "NPTEL: Programming in Java", "Microsoft Certified: Azure ...".
  if (cert.issuer.empty()) {
    Match m;
    if (IssuerPrefix().Find(name, 0, &m)) {
      string_view prefix = m.groups[0].In(name);
      bool certified = false;
      for (string_view suffix : {" Certified", " Certification", " Certificate"}) {
        if (prefix.size() > suffix.size() && prefix.substr(prefix.size() - suffix.size()) == suffix) {
          prefix.remove_suffix(suffix.size());
          certified = true;
        }
      }
      std::vector<string_view> words = Words(prefix);
      bool single_brand = words.size() == 1 && (IsAcronym(words[0]) || std::count_if(words[0].begin(), words[0].end(),
                                                                                      IsAsciiUpper) >= 2);
      string known = KnownIssuer(name);
      if (!known.empty()) cert.issuer = known;
      else if (certified || single_brand) cert.issuer = string(prefix);
    }
  }
  if (cert.issuer.empty()) cert.issuer = KnownIssuer(name);
  cert.name = name;
  return cert;
}

// ---------------------------------------------------------------- interests

std::vector<string> SplitInterests(string_view text) {
  std::vector<string> out;
  int depth = 0;
  size_t start = 0;
  auto flush = [&](size_t end) {
    string_view item = TrimSeparators(text.substr(start, end - start));
    if (item.size() >= 4 && Lower(item.substr(0, 4)) == "and ") item = TrimSeparators(item.substr(4));
    if (!item.empty() && item.size() <= kMaxInterestBytes && out.size() < kMaxInterests) {
      out.push_back(CollapseSpaces(item));
    }
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (depth > 0) continue;
    size_t len = 0;
    if (c == ',' || c == ';' || c == '|' || c == '\t') len = 1;
    for (string_view sep : {"\u00B7", "\u2022", "\u3001", "\uFF0C", "\uFF1B"}) {
      if (text.substr(i, sep.size()) == sep) len = sep.size();
    }
    if (c == '.' && (i + 1 == text.size() || text[i + 1] == ' ')) len = 1;  // sentence end
    if (len == 0) continue;
    flush(i);
    start = i + len;
    i += len - 1;
  }
  flush(text.size());
  return out;
}

namespace {

bool IsInterestLabel(string_view label) {
  string l = Lower(Trim(label, " \t"));
  for (string_view k : {"hobbies", "hobby", "interests", "hobbies and interests", "hobbies & interests",
                        "interests and hobbies", "personal interests", "hobbys", "loisirs",
                        "\u7231\u597D", "\u5174\u8DA3\u7231\u597D"}) {
    if (l == k) return true;
  }
  return false;
}

// "Hobbies\t: Cricket, Reading" => label "Hobbies", text "Cricket, Reading".
bool SplitAnyLabel(string_view norm, string_view* label, string_view* text) {
  size_t colon = norm.find(':');
  if (colon == string_view::npos || colon == 0 || colon > 40) return false;
  *label = Trim(norm.substr(0, colon), " \t");
  *text = Trim(norm.substr(colon + 1), " \t");
  return !label->empty() && !text->empty();
}

void AddInterests(std::vector<string>* interests, const std::vector<string>& items) {
  for (const string& item : items) {
    if (interests->size() >= kMaxInterests) return;
    string folded = FoldCase(item);
    bool seen = std::any_of(interests->begin(), interests->end(),
                            [&](const string& have) { return FoldCase(have) == folded; });
    if (!seen) interests->push_back(item);
  }
}

}  // namespace

// ---------------------------------------------------------------- the document

void AwardsExtractor::CompilePatterns() const {
  for (const Pattern* p : {&OrdinalStart(), &AwarderBy(), &AwarderOfOrg(), &IssuerBy(), &IssuerPrefix(),
                           &CredentialId(), &ExpiryWord(), &ItemMarker()}) {
    (void)p;
  }
}

void AwardsExtractor::Extract(const Lexicons& base, YearMonth as_of, Document* doc) const {
  const DateParser& dates = base.dates();
  string owner = doc->contact.name ? FoldCase(doc->contact.name->value) : "";
  for (const Section& section : doc->sections) {
    bool awards = section.kind == "awards";
    bool certificates = section.kind == "certificates";
    bool interests = section.kind == "interests";
    if (awards || certificates) {
      for (const ListItem& item : SplitList(*doc, section, dates, as_of)) {
        const Line& first = doc->lines[item.line];
        string_view title = string_view(first.norm).substr(std::min(item.skip, first.norm.size()));
        const Line& last = doc->lines[item.more.empty() ? item.line : item.more.back()];
        if (awards) {
          std::vector<string> summary;
          for (size_t li : item.more) summary.push_back(doc->lines[li].norm);
          Award award = ParseAward(dates, as_of, title, summary);
          if (award.title.empty()) continue;
          Span b = first.RawSpan(std::min(item.skip, first.norm.size()), first.norm.size());
          Span e = last.RawSpan(0, last.norm.size());
          award.span_begin = b.begin;
          award.span_end = std::max(b.begin, e.end);
          doc->entities.awards.push_back(std::move(award));
          continue;
        }
        // Certificates: "A (2022); B (2023)" holds two.
        string extra_date;
        for (size_t li : item.more) {
          if (dates.ParseExact(doc->lines[li].norm, as_of)) extra_date = doc->lines[li].norm;
        }
        size_t offset = std::min(item.skip, first.norm.size());
        size_t part_begin = offset;
        for (size_t i = offset; i <= first.norm.size(); ++i) {
          if (i < first.norm.size() && first.norm[i] != ';') continue;
          string_view part = string_view(first.norm).substr(part_begin, i - part_begin);
          Certificate cert = ParseCertificate(dates, as_of, part, extra_date);
          if (!cert.name.empty()) {
            size_t lo = part_begin, hi = i;
            while (lo < hi && (first.norm[lo] == ' ' || first.norm[lo] == '\t')) ++lo;
            while (hi > lo && (first.norm[hi - 1] == ' ' || first.norm[hi - 1] == '\t')) --hi;
            Span b = first.RawSpan(lo, hi);
            Span e = i == first.norm.size() ? last.RawSpan(0, last.norm.size()) : b;
            cert.span_begin = b.begin;
            cert.span_end = std::max(b.end, e.end);
            doc->entities.certificates.push_back(std::move(cert));
          }
          part_begin = i + 1;
        }
      }
      continue;
    }
    if (interests) {
      size_t begin = section.body_begin();
      size_t end = std::min(section.end_line, doc->lines.size());
      string paragraph;
      const Line* first_line = nullptr;
      bool blank_before = false;
      auto flush = [&] {
        AddInterests(&doc->entities.interests, SplitInterests(paragraph));
        paragraph.clear();
      };
      for (size_t i = begin; i < end; ++i) {
        const Line& line = doc->lines[i];
        if (line.blank()) {
          flush();
          blank_before = true;
          continue;
        }
        if (first_line && blank_before && EndsSection(line, *first_line)) break;
        if (!first_line) first_line = &line;
        blank_before = false;
        string_view norm = line.norm;
        // A sign-off after the last section: "München, 12. März 2025", the owner's name.
        if (!owner.empty() && FoldCase(norm) == owner) break;
        std::vector<DateMatch> found = dates.FindAll(norm, as_of);
        if (!found.empty() && found.front().start.precision == DatePrecision::kDay && Words(norm).size() <= 6) break;
        string_view label, text;
        if (SplitAnyLabel(norm, &label, &text) && Words(label).size() <= 3) norm = text;
        bool wrapped = !paragraph.empty() && !line.bulleted &&
                       (paragraph.back() == ',' || (!norm.empty() && IsAsciiLower(norm.front())));
        if (!wrapped) flush();
        if (!paragraph.empty()) paragraph.push_back(' ');
        paragraph.append(norm);
      }
      flush();
      continue;
    }
    // "Hobbies: Cricket, Reading, Chess" inside personal details and the like.
    if (section.kind == "basics" || section.kind == "other" || section.kind == "summary" ||
        section.kind == "skills") {
      size_t end = std::min(section.end_line, doc->lines.size());
      for (size_t i = section.first_line; i < end; ++i) {
        string_view label, text;
        if (SplitAnyLabel(doc->lines[i].norm, &label, &text) && IsInterestLabel(label)) {
          AddInterests(&doc->entities.interests, SplitInterests(text));
        }
      }
    }
  }
}

}  // namespace cvparse
