#include "extract/publications.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <memory>

#include "lexicon/image_words.h"
#include "lexicon/lexicons.h"
#include "lexicon/tsv.h"
#include "regex/pattern.h"
#include "text/ascii.h"

namespace cvparse {
namespace {

constexpr size_t kMaxItemBytes = 4000;
constexpr size_t kMaxItems = 300;
constexpr size_t kMaxAuthors = 100;

using std::string;
using std::string_view;

// ---------------------------------------------------------------- text helpers

string_view Trim(string_view s, string_view chars = " \t\n") {
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

// Lead bytes of U+3000..U+9FFF (CJK punctuation, kana, ideographs).
bool IsCjkLead(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u >= 0xE3 && u <= 0xE9;
}

bool HasCjk(string_view s) {
  return std::any_of(s.begin(), s.end(), IsCjkLead);
}

bool StartsWithWord(string_view text, string_view word_lower) {
  if (text.size() < word_lower.size()) return false;
  if (Lower(text.substr(0, word_lower.size())) != word_lower) return false;
  if (text.size() == word_lower.size()) return true;
  char next = text[word_lower.size()];
  return !(std::isalnum(static_cast<unsigned char>(next)) || IsHigh(next));
}

std::vector<string_view> SplitOn(string_view s, char sep) {
  std::vector<string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

std::vector<string_view> Tokens(string_view s) {
  std::vector<string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t' && s[j] != '\n') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

void ReplaceAll(string* s, string_view from, string_view to) {
  if (from.empty()) return;
  size_t pos = 0;
  while ((pos = s->find(from, pos)) != string::npos) {
    s->replace(pos, from.size(), to);
    pos += to.size();
  }
}

string CollapseSpaces(string_view s) {
  string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty() && out.back() != '\n' && c != '\n') out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Dashes, quotes and equal-contribution marks the normaliser may not have seen
// (ParseItem is also called on raw text).
string NormalizeCitation(string_view in) {
  string s(in);
  for (string_view dash : {"\u2013", "\u2014", "\u2012", "\u2212", "\u2010", "\u2011"}) ReplaceAll(&s, dash, "-");
  for (string_view dq : {"\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB"}) ReplaceAll(&s, dq, "\"");
  for (string_view sq : {"\u2018", "\u2019"}) ReplaceAll(&s, sq, "'");
  for (string_view mark : {"\u2020", "\u2021", "\u00A7", "\u00B6", "\u00AE", "\u2122", "*"}) ReplaceAll(&s, mark, "");
  for (string_view sup : {"\u00B9", "\u00B2", "\u00B3", "\u2070", "\u2074", "\u2075", "\u2076", "\u2077", "\u2078",
                          "\u2079"}) {
    ReplaceAll(&s, sup, "");
  }
  ReplaceAll(&s, "\u00A0", " ");
  ReplaceAll(&s, "\u3002", ". ");  // ideographic full stop
  return CollapseSpaces(s);
}

// ---------------------------------------------------------------- patterns

const Pattern& ItemMarker() {
  static const StaticPattern p(R"(^(?:\[[A-Za-z]{0,3}\d{1,3}\]\s*|\(\d{1,3}\)\s+|\d{1,3}[.)]\s+))");
  return *p;
}
// "[label](target)". The length limits are checked by FindMarkdownLink, not
// written as {0,300}: counted repetitions make RE2 build one state per count
// (that pattern took 10 ms to compile, longer than a whole résumé's parse).
const Pattern& MarkdownLink() {
  static const StaticPattern p(R"(\[([^\]\n]*)\]\(([^)\s]*)\))");
  return *p;
}
constexpr size_t kMaxLinkLabel = 300;
constexpr size_t kMaxLinkTarget = 500;

// The first link whose label and target are within the limits. At a given
// '[' the match is unique (the label stops at the first ']'), so a link that
// is too long is skipped, and the search goes on from the next byte.
bool FindMarkdownLink(std::string_view text, Match* m) {
  for (size_t pos = 0; MarkdownLink().Find(text, pos, m); pos = m->begin + 1) {
    const Group& label = m->groups[0];
    const Group& target = m->groups[1];
    if (label.end - label.begin <= kMaxLinkLabel && target.end - target.begin <= kMaxLinkTarget) return true;
  }
  return false;
}
const Pattern& Doi() {
  static const StaticPattern p(R"((?i)(?:\bdoi:?\s*|https?://(?:dx\.)?doi\.org/)(10\.\d{4,9}/[^\s"<>]+))");
  return *p;
}
const Pattern& ArxivId() {
  static const StaticPattern p(R"((?i)\barxiv:?\s*(?:abs/)?(\d{4}\.\d{4,5}(?:v\d+)?))");
  return *p;
}
const Pattern& Url() {
  static const StaticPattern p(R"(https?://[^\s<>"\]\)]+)");
  return *p;
}
const Pattern& ApaYear() {
  static const StaticPattern p(R"(\(((?:19|20)\d\d)[a-z]?(?:,[^()]{0,30})?\)\.?)");
  return *p;
}
const Pattern& AcmYear() {
  static const StaticPattern p(R"(\.\s+((?:19|20)\d\d)\.\s)");
  return *p;
}
const Pattern& YearToken() {
  static const StaticPattern p(R"((?:^|[^\d\-/:.])((?:19[5-9]|20\d)\d)(?:$|[^\d\-/]))");
  return *p;
}
const Pattern& VenueIntro() {
  static const StaticPattern p(
      R"((?i)\b(?:submitted|accepted|published|presented|appear(?:s|ed|ing)?|under review|in review|)"
      R"(under submission|in press|forthcoming)(?:\s+for\s+publication)?\s+(?:to|at|in|by|on|with|for)\s+)"
      R"((?:the\s+)?)");
  return *p;
}
const Pattern& ChineseTypeMark() {
  static const StaticPattern p(R"(\s*\[(?:J|C|M|D|P|R|S|N|A|Z|EB/OL|J/OL|C/OL)\]\s*$)");
  return *p;
}

struct StatusCue {
  const char* status;
  const char* pattern;
};

// In priority order; the first that matches wins.
const StatusCue kStatusCues[] = {
    {"under_review",
     R"((?i)\b(?:under review|in review|under submission|under revision|revise and resubmit|major revision|)"
     R"(minor revision)\b|审稿中|在审)"},
    {"submitted", R"((?i)\bsubmitted\b|已投稿|投稿中)"},
    {"in_press", R"((?i)\bin press\b|印刷中)"},
    {"accepted", R"((?i)\b(?:accepted|to appear|forthcoming)\b|已录用|已接收|录用)"},
    {"published", R"((?i)\bpublished\b|已发表|已出版)"},
    {"preprint", R"((?i)\b(?:arxiv|preprint|biorxiv|medrxiv|chemrxiv|techrxiv|ssrn)\b|\bcorr\s+abs)"},
};

const Pattern& StatusPattern(size_t i) {
  // Never destroyed, like a StaticPattern (see regex/pattern.h for why).
  static const auto* const patterns = [] {
    auto* v = new std::vector<std::unique_ptr<Pattern>>;
    for (const StatusCue& cue : kStatusCues) v->push_back(std::make_unique<Pattern>(cue.pattern));
    return v;
  }();
  return *(*patterns)[i];
}

// ---------------------------------------------------------------- sentences

bool IsAbbreviation(string_view word_lower) {
  static const char* const kAbbr[] = {
      "proc", "conf", "int", "intl", "trans", "vol", "no", "nos", "pp", "eds", "ed", "al", "vs", "etc",
      "jr", "sr", "st", "dr", "prof", "mr", "ms", "mrs", "symp", "rev", "lett", "sci", "eng", "comput",
      "assoc", "natl", "nat", "univ", "dept", "res", "appl", "phys", "chem", "soc", "inst", "technol",
      "syst", "inf", "math", "anal", "mach", "intell", "commun", "electron", "mater", "biomed", "ann",
      "adv", "am", "eur", "jpn", "lect", "mag", "tech", "fig", "eq", "ch", "sec", "approx", "cf", "inc",
      "ltd", "co", "corp", "acad", "acoust", "mech", "manag", "netw", "softw", "e.g", "i.e", "p"};
  for (const char* a : kAbbr) {
    if (word_lower == a) return true;
  }
  return false;
}

// Is the '.' at text[i] the end of a sentence?
bool IsSentenceEnd(string_view text, size_t i) {
  size_t j = i + 1;
  while (j < text.size() && text[j] == ' ') ++j;
  if (j >= text.size() || text[j] == '\n') return true;
  if (IsAsciiDigit(text[j])) return true;
  if (IsAsciiLower(text[j])) {
    // A lower-case word starts a sentence only when it is a preprint server: ". arXiv preprint".
    string next = Lower(text.substr(j, 8));
    return next.rfind("arxiv", 0) == 0 || next.rfind("biorxiv", 0) == 0 || next.rfind("medrxiv", 0) == 0;
  }
  size_t k = i;
  while (k > 0 && (std::isalpha(static_cast<unsigned char>(text[k - 1])) || text[k - 1] == '.')) --k;
  string_view word = text.substr(k, i - k);
  if (word.size() == 1 && IsAsciiUpper(word[0])) return false;  // an initial
  return !IsAbbreviation(Lower(word));
}

struct Piece {
  size_t begin = 0, end = 0;  // offsets into the text, trimmed
};

// Splits at line breaks and sentence ends ". ", "? ", "! ", "." before CJK.
std::vector<Piece> SplitSentences(string_view text) {
  std::vector<Piece> out;
  size_t start = 0;
  auto flush = [&](size_t end) {
    size_t b = start, e = end;
    while (b < e && (text[b] == ' ' || text[b] == '\n' || text[b] == '\t')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t' || text[e - 1] == '.')) --e;
    if (e > b) out.push_back({b, e});
  };
  for (size_t i = 0; i < text.size() && out.size() < 64; ++i) {
    char c = text[i];
    if (c == '\n') {
      flush(i);
      start = i + 1;
      continue;
    }
    if (c != '.' && c != '?' && c != '!') continue;
    size_t j = i + 1;
    bool followed_ok = j >= text.size() || text[j] == ' ' || text[j] == '\n' || (c == '.' && IsCjkLead(text[j]));
    if (!followed_ok) continue;
    if (c == '.' && !IsSentenceEnd(text, i)) continue;
    flush(c == '.' ? i : i + 1);
    start = i + 1;
  }
  flush(text.size());
  return out;
}

string_view PieceText(string_view text, const Piece& p) { return text.substr(p.begin, p.end - p.begin); }

// ---------------------------------------------------------------- names

bool IsParticle(string_view t) {
  static const char* const kParticles[] = {"van", "der", "de", "den", "von", "da", "di", "del", "della", "la",
                                           "le", "du", "bin", "binti", "al", "el", "dos", "das", "y", "ten",
                                           "ter", "zu", "af", "ibn", "st."};
  for (const char* p : kParticles) {
    if (t == p) return true;
  }
  return false;
}

// "S.", "J.K.", "J.-P.", "MK", "K".
bool IsInitialsToken(string_view t) {
  t = Trim(t, ",");
  if (t.empty() || t.size() > 8) return false;
  int letters = 0;
  bool dot = false;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (IsAsciiUpper(c)) {
      ++letters;
    } else if (c == '.') {
      dot = true;
    } else if (c != '-') {
      return false;
    }
  }
  if (letters == 0 || letters > 4) return false;
  return dot || letters <= 3;
}

bool IsInitialsPart(string_view part) {
  std::vector<string_view> toks = Tokens(part);
  if (toks.empty()) return false;
  return std::all_of(toks.begin(), toks.end(), IsInitialsToken);
}

bool IsNameWord(string_view t) {
  t = Trim(t, ",.");
  if (t.empty()) return false;
  if (!IsAsciiUpper(t[0]) && !IsHigh(t[0])) return false;
  for (char c : t) {
    if (!(std::isalpha(static_cast<unsigned char>(c)) || IsHigh(c) || c == '-' || c == '\'' || c == '.')) return false;
  }
  return true;
}

bool IsCjkName(string_view part) {
  part = Trim(part);
  if (part.empty() || part.size() > 18) return false;
  return std::all_of(part.begin(), part.end(), IsHigh) && HasCjk(part);
}

bool IsNameLike(string_view part) {
  if (IsCjkName(part)) return true;
  std::vector<string_view> toks = Tokens(part);
  if (toks.empty() || toks.size() > 5) return false;
  bool word = false;
  for (string_view t : toks) {
    if (IsInitialsToken(t) || IsParticle(t)) continue;
    if (!IsNameWord(t)) return false;
    word = true;
  }
  return word;
}

bool HasInitial(string_view part) {
  for (string_view t : Tokens(part)) {
    if (IsInitialsToken(t)) return true;
  }
  return false;
}

bool IsSingleWordName(string_view part) {
  if (IsCjkName(part)) return false;
  std::vector<string_view> toks = Tokens(part);
  return toks.size() == 1 && !IsInitialsToken(toks[0]) && IsNameWord(toks[0]);
}

// Folded tokens of a name, dots and commas removed: "Gu, J." => {"gu", "j"}.
std::vector<string> NameTokens(string_view name) {
  string folded = FoldCase(name);
  for (char& c : folded) {
    if (c == '.' || c == ',' || c == '(' || c == ')') c = ' ';
  }
  std::vector<string> out;
  for (string_view t : Tokens(folded)) out.emplace_back(t);
  return out;
}

string FirstChar(string_view s) {
  if (s.empty()) return "";
  unsigned char c = static_cast<unsigned char>(s[0]);
  size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  return string(s.substr(0, std::min(n, s.size())));
}

// ---------------------------------------------------------------- venue text

bool IsVenueStopWord(string_view w) {
  static const char* const kStop[] = {"of", "on", "in", "for", "and", "the", "a", "an", "to", "with", "de",
                                      "du", "la", "und", "für", "et", "&", "at"};
  for (const char* s : kStop) {
    if (w == s) return true;
  }
  return false;
}

// Title-case text short enough to be a venue: "Findings of EMNLP", "Stat Med".
bool VenueLike(string_view v) {
  v = Trim(v, " ,.;:");
  if (v.empty() || v.size() > 200) return false;
  if (v.find("http") != string_view::npos) return false;
  if (HasCjk(v)) return true;
  std::vector<string_view> toks = Tokens(v);
  if (toks.empty() || toks.size() > 20) return false;
  int content = 0, capital = 0;
  for (string_view t : toks) {
    string_view w = Trim(t, "(),.:;\"'");
    if (w.empty() || IsVenueStopWord(Lower(w))) continue;
    ++content;
    if (IsAsciiUpper(w[0]) || IsAsciiDigit(w[0]) || IsHigh(w[0]) || Lower(w) == "arxiv") ++capital;
  }
  if (content == 0) return false;
  string_view first = Trim(toks[0], "(\"'");
  if (first.empty() || !(IsAsciiUpper(first[0]) || IsHigh(first[0]) || IsAsciiDigit(first[0]))) return false;
  return capital * 10 >= content * 6;
}

// Cuts venue text at the first volume, pages, year or lower-case remark:
//   "ICASSP, score 23/17" => "ICASSP" (tail "score 23/17")
//   "Journal of X, 23(141), 1-38" => "Journal of X"
string_view CutVenue(string_view cand, string_view* tail) {
  size_t cut = cand.size();
  for (size_t i = 0; i < cand.size(); ++i) {
    char c = cand[i];
    if (c == ';') {
      cut = i;
      break;
    }
    if (c == ',' && i + 2 <= cand.size()) {
      string_view after = Trim(cand.substr(i + 1), " ");
      if (after.empty() || IsAsciiDigit(after[0]) || IsAsciiLower(after[0]) || StartsWithWord(after, "vol") ||
          StartsWithWord(after, "no") || StartsWithWord(after, "pp") || StartsWithWord(after, "pages")) {
        cut = i;
        break;
      }
    }
    if (c == ' ' && i + 1 < cand.size()) {
      string_view after = cand.substr(i + 1);
      if (StartsWithWord(after, "vol") || StartsWithWord(after, "pp") ||
          (IsAsciiDigit(after[0]) && after.size() > 1 && after.find_first_not_of("0123456789") != string_view::npos &&
           after[after.find_first_not_of("0123456789")] == '(')) {
        cut = i;
        break;
      }
      if (after[0] == '(' && after.size() > 1 && IsAsciiDigit(after[1])) {
        cut = i;
        break;
      }
    }
    if (c == ':' && i + 1 < cand.size() && (IsAsciiDigit(cand[i + 1]) || (cand[i + 1] == ' ' && i + 2 < cand.size() &&
                                                                      IsAsciiDigit(cand[i + 2])))) {
      cut = i;
      break;
    }
  }
  if (tail) *tail = Trim(cand.substr(cut), " ,;:.");
  return Trim(cand.substr(0, cut), " ,.;:");
}

// A sentence of prose (a remark worth keeping in the summary).
bool IsProse(string_view s) {
  if (HasCjk(s)) return s.size() > 12;
  int lower_words = 0;
  for (string_view t : Tokens(s)) {
    string_view w = Trim(t, "(),.:;\"'");
    if (w.size() >= 3 && IsAsciiLower(w[0])) ++lower_words;
  }
  return lower_words >= 3;
}

string CleanTitle(string_view t) {
  t = Trim(t, " \t\n,.;:\"'");
  string s(t);
  Match m;
  if (ChineseTypeMark().Find(s, 0, &m)) s.erase(m.begin);
  return string(Trim(s, " ,.;:\"'"));
}

string CleanAuthorText(string_view t) { return string(Trim(t, " \t\n,;:")); }

}  // namespace

// ---------------------------------------------------------------- authors

std::vector<string> SplitAuthors(string_view text, bool* et_al) {
  if (et_al) *et_al = false;
  string t = NormalizeCitation(text);
  ReplaceAll(&t, "\n", " ");
  string lower = Lower(t);
  for (string_view marker : {"et al.", "et al", "etc."}) {
    size_t pos = lower.find(marker);
    if (pos != string::npos && (pos == 0 || !std::isalpha(static_cast<unsigned char>(lower[pos - 1])))) {
      t.replace(pos, marker.size(), ",");
      lower.replace(pos, marker.size(), ",");
      if (et_al) *et_al = true;
    }
  }
  for (string_view sep : {" and ", "&", ";", "\u3001", "\uFF0C", " und ", " et "}) ReplaceAll(&t, sep, ",");
  std::vector<string> parts;
  for (string_view p : SplitOn(t, ',')) {
    p = Trim(p, " \t");
    if (StartsWithWord(p, "and")) p = Trim(p.substr(3));
    if (!p.empty() && p != "." ) parts.emplace_back(p);
    if (parts.size() > kMaxAuthors * 2) break;
  }
  std::vector<string> out;
  bool all_single = !parts.empty() && parts.size() % 2 == 0 &&
                    std::all_of(parts.begin(), parts.end(), [](const string& p) { return IsSingleWordName(p); });
  for (size_t i = 0; i < parts.size() && out.size() < kMaxAuthors; ++i) {
    bool pair = false;
    if (i + 1 < parts.size() && IsSingleWordName(parts[i])) {
      if (IsInitialsPart(parts[i + 1])) {
        pair = true;  // "Iyer, S."
      } else if (all_single) {
        pair = true;  // "Gu, Jiayang, Yao, Fengming"
      } else if (i == 0 && IsSingleWordName(parts[1]) && (parts.size() == 2 || Tokens(parts[2]).size() >= 2)) {
        pair = true;  // MLA "Gu, Jiayang, and Fengming Yao"
      }
    }
    string author = pair ? parts[i] + ", " + parts[i + 1] : parts[i];
    if (pair) ++i;
    // "Yao." => "Yao"; "Moreau, L." keeps its initial's dot.
    std::vector<string_view> toks = Tokens(author);
    if (!author.empty() && author.back() == '.' && !toks.empty()) {
      bool vancouver = toks.size() >= 2 && author.find(',') == string::npos && !IsInitialsToken(toks.front());
      if (!IsInitialsToken(toks.back()) || vancouver) author.pop_back();  // "Yao." "Hansson P."
    }
    author = string(Trim(author, " \t,"));
    if (!author.empty()) out.push_back(author);
  }
  return out;
}

bool LooksLikeAuthors(string_view text, string_view owner) {
  text = Trim(text, " \t\n,.;:");
  if (text.empty() || text.size() > 800) return false;
  bool et_al = false;
  std::vector<string> parts = SplitAuthors(text, &et_al);
  if (parts.empty()) return false;
  for (const string& p : parts) {
    if (!IsNameLike(p)) return false;
  }
  if (parts.size() == 1 && !et_al) {
    const string& p = parts[0];
    return HasInitial(p) || IsCjkName(p) || (!owner.empty() && AuthorIsOwner(p, owner));
  }
  return true;
}

bool AuthorIsOwner(string_view author, string_view owner) {
  if (author.empty() || owner.empty()) return false;
  // A CJK name anywhere in the owner's name ("ZHAO Yuchen (赵雨辰)").
  string owner_cjk;
  for (string_view t : Tokens(owner)) {
    string_view w = Trim(t, "()");
    if (IsCjkName(w)) owner_cjk = string(w);
  }
  if (!owner_cjk.empty() && author.find(owner_cjk) != string_view::npos) return true;

  // Latin part of the owner's name, without parentheses, titles and credentials.
  string latin;
  int depth = 0;
  for (char c : owner) {
    if (c == '(') ++depth;
    else if (c == ')') depth = std::max(0, depth - 1);
    else if (depth == 0) latin.push_back(c);
  }
  std::vector<string> otoks;
  for (string& t : NameTokens(latin)) {
    if (t == "dr" || t == "prof" || t == "mr" || t == "ms" || t == "mrs" || t == "phd") continue;
    if (IsCjkName(t)) continue;
    otoks.push_back(std::move(t));
  }
  std::vector<string> atoks = NameTokens(author);
  if (otoks.empty() || atoks.empty()) return false;
  if (otoks.size() == 1) return std::find(atoks.begin(), atoks.end(), otoks[0]) != atoks.end();
  const std::pair<const string*, const string*> orders[] = {{&otoks.back(), &otoks.front()},
                                                            {&otoks.front(), &otoks.back()}};
  for (auto [surname, given] : orders) {
    auto it = std::find(atoks.begin(), atoks.end(), *surname);
    if (it == atoks.end()) continue;
    std::vector<string> others(atoks.begin(), it);
    others.insert(others.end(), it + 1, atoks.end());
    if (others.empty()) return true;
    string initial = FirstChar(*given);
    for (const string& o : others) {
      if (FirstChar(o) == initial) return true;
    }
  }
  return false;
}

int OwnerPosition(const std::vector<string>& authors, string_view owner) {
  if (owner.empty()) return 0;
  for (size_t i = 0; i < authors.size(); ++i) {
    if (AuthorIsOwner(authors[i], owner)) return static_cast<int>(i) + 1;
  }
  return 0;
}

// ---------------------------------------------------------------- one citation

std::unique_ptr<PublicationsExtractor> PublicationsExtractor::CreateFromData(string_view venues_tsv,
                                                                             string* error) {
  string local_error;
  if (!error) error = &local_error;
  auto extractor = std::unique_ptr<PublicationsExtractor>(new PublicationsExtractor());
  extractor->venues_tsv_ = string(venues_tsv);  // the rows are views into this copy
  if (!VenueLexicon::ReadRows(extractor->venues_tsv_, &extractor->venue_rows_, error)) return nullptr;
  return extractor;
}

void PublicationsExtractor::CompilePatterns() const {
  for (const Pattern* p : {&ItemMarker(), &MarkdownLink(), &Doi(), &ArxivId(), &Url(), &ApaYear(), &AcmYear(),
                           &YearToken(), &VenueIntro(), &ChineseTypeMark()}) {
    (void)p;
  }
  for (size_t k = 0; k < std::size(kStatusCues); ++k) StatusPattern(k);
  venues();
}

const VenueLexicon& PublicationsExtractor::venues() const {
  std::call_once(venues_built_, [this] {
    venues_ = VenueLexicon::FromRows(venue_rows_, EmbeddedImage("venues.tsv"), LexiconSourceHash(venues_tsv_));
  });
  return *venues_;
}

std::unique_ptr<PublicationsExtractor> PublicationsExtractor::Create(string* error) {
  string text;
  string local_error;
  if (!error) error = &local_error;
  if (!LoadLexiconFile("venues.tsv", &text, error)) return nullptr;
  return CreateFromData(text, error);
}

std::optional<Publication> PublicationsExtractor::ParseItem(string_view item, string_view owner) const {
  if (item.size() > kMaxItemBytes) item = item.substr(0, kMaxItemBytes);
  string text = NormalizeCitation(item);
  Publication pub;

  // Links: "[here](#)" => "here"; a real target is a URL candidate.
  string link_url;
  for (int guard = 0; guard < 20; ++guard) {
    Match m;
    if (!FindMarkdownLink(text, &m)) break;
    string label(m.groups[0].In(text));
    string target(m.groups[1].In(text));
    if (link_url.empty() && target.rfind("http", 0) == 0) link_url = target;
    text.replace(m.begin, m.end - m.begin, label);
  }
  // URL: a DOI, then an arXiv id, then any http(s) link. They leave the text.
  {
    Match m;
    if (Doi().Find(text, 0, &m)) {
      string id(Trim(m.groups[0].In(text), ".,;)"));
      pub.url = "https://doi.org/" + id;
      text.erase(m.begin, m.end - m.begin);
    }
    if (ArxivId().Find(text, 0, &m)) {
      if (pub.url.empty()) pub.url = "https://arxiv.org/abs/" + string(m.groups[0].In(text));
    }
    for (int guard = 0; guard < 10 && Url().Find(text, 0, &m); ++guard) {
      string u(Trim(text.substr(m.begin, m.end - m.begin), ".,;"));
      if (pub.url.empty()) pub.url = u;
      text.erase(m.begin, m.end - m.begin);
    }
    if (pub.url.empty() && !link_url.empty()) pub.url = link_url;
    text = CollapseSpaces(text);
  }

  string_view t = Trim(text);
  if (t.empty()) return std::nullopt;
  string authors_text, title, year;
  string_view rest;
  size_t first_break = t.find('\n');
  string_view first_line = first_break == string_view::npos ? t : t.substr(0, first_break);
  bool done = false;

  // 1. A quoted title.
  size_t q1 = t.find('"');
  if (q1 != string_view::npos && q1 < first_line.size()) {
    size_t q2 = t.find('"', q1 + 1);
    if (q2 != string_view::npos && q2 - q1 > 4) {
      string_view before = Trim(t.substr(0, q1), " \t\n,.:;");
      bool authors_ok = before.empty();
      if (!authors_ok) {
        std::vector<string> parts = SplitAuthors(before);
        authors_ok = !parts.empty() && std::all_of(parts.begin(), parts.end(), [](const string& p) {
          return IsNameLike(p);
        });
      }
      if (authors_ok) {
        authors_text = string(before);
        title = CleanTitle(t.substr(q1 + 1, q2 - q1 - 1));
        rest = Trim(t.substr(q2 + 1), " \t\n,.;:");
        if (authors_text.empty()) {
          std::vector<Piece> s = SplitSentences(rest);
          if (!s.empty() && LooksLikeAuthors(PieceText(rest, s[0]), owner)) {
            authors_text = string(PieceText(rest, s[0]));
            rest = Trim(rest.substr(s[0].end), " \t\n,.;:");
          }
        }
        done = true;
      }
    }
  }

  // 2. APA "(2022)." or ACM ". 2022." right after the authors.
  auto after_authors = [&](string_view after) {
    after = Trim(after, " \t\n,.;:");
    std::vector<Piece> s = SplitSentences(after);
    if (s.empty()) return;
    title = CleanTitle(PieceText(after, s[0]));
    rest = Trim(after.substr(s[0].end), " \t\n,.;:?!");
  };
  if (!done) {
    for (const Pattern* p : {&ApaYear(), &AcmYear()}) {
      Match m;
      if (!p->Find(t, 0, &m) || m.begin == 0) continue;
      string_view before = t.substr(0, p == &AcmYear() ? m.begin + 1 : m.begin);
      if (before.find('\n') != string_view::npos) continue;
      std::vector<string> parts = SplitAuthors(before);
      if (parts.empty() || !std::all_of(parts.begin(), parts.end(), [](const string& a) { return IsNameLike(a); }))
        continue;
      authors_text = CleanAuthorText(before);
      year = string(m.groups[0].In(t));
      after_authors(t.substr(m.end));
      done = true;
      break;
    }
  }

  // 3. Field lines: title line then authors line, or authors line then title line.
  if (!done && first_break != string_view::npos) {
    std::vector<string_view> lines;
    for (string_view l : SplitOn(t, '\n')) {
      l = Trim(l);
      if (!l.empty()) lines.push_back(l);
    }
    if (lines.size() >= 2) {
      bool a0 = LooksLikeAuthors(lines[0], owner), a1 = LooksLikeAuthors(lines[1], owner);
      if (a0 && a1) {  // both read as names: the owner's line is the authors
        bool o0 = OwnerPosition(SplitAuthors(lines[0]), owner) > 0;
        bool o1 = OwnerPosition(SplitAuthors(lines[1]), owner) > 0;
        if (o1 && !o0) a0 = false;
        else a1 = false;
      }
      if (a1 && !a0) {
        title = CleanTitle(lines[0]);
        authors_text = CleanAuthorText(lines[1]);
        size_t after = lines[1].data() + lines[1].size() - t.data();
        rest = Trim(t.substr(after), " \t\n,.;:");
        done = true;
      }
    }
  }

  // 4. The longest author-like prefix of the first line ending at ". " or the line end.
  if (!done) {
    size_t best = string_view::npos;
    int tried = 0;
    for (size_t i = 0; i <= first_line.size() && tried < 60; ++i) {
      bool end = i == first_line.size();
      if (!end && !(first_line[i] == '.' && (i + 1 == first_line.size() || first_line[i + 1] == ' '))) continue;
      ++tried;
      if (LooksLikeAuthors(first_line.substr(0, end ? i : i + 1), owner)) best = i;
    }
    if (best != string_view::npos) {
      string_view after = t.substr(std::min(best + 1, t.size()));
      authors_text = CleanAuthorText(first_line.substr(0, best + 1 <= first_line.size() ? best + 1 : best));
      after_authors(after);
      done = !title.empty();
      if (!done) authors_text.clear();
    }
  }

  // 5. Sentences: the title first, the authors maybe second.
  if (!done) {
    std::vector<Piece> s = SplitSentences(t);
    if (s.empty()) return std::nullopt;
    title = CleanTitle(PieceText(t, s[0]));
    size_t next = s[0].end;
    if (s.size() >= 2 && LooksLikeAuthors(PieceText(t, s[1]), owner)) {
      authors_text = string(PieceText(t, s[1]));
      next = s[1].end;
    }
    rest = Trim(t.substr(next), " \t\n,.;:?!");
  }
  if (title.empty()) return std::nullopt;
  pub.title = title;
  if (!authors_text.empty()) {
    pub.authors = SplitAuthors(authors_text);
    pub.owner_position = OwnerPosition(pub.authors, owner);
  }

  // Venue.
  std::vector<Piece> rest_sentences = SplitSentences(rest);
  size_t venue_sentence = string_view::npos;
  string venue_tail;
  string rest_lower = Lower(rest);
  bool preprint_server = false;
  for (string_view server : {"arxiv", "biorxiv", "medrxiv", "chemrxiv", "techrxiv", "ssrn", "corr abs"}) {
    size_t pos = rest_lower.find(server);
    if (pos == string::npos) continue;
    bool boundary = (pos == 0 || !std::isalnum(static_cast<unsigned char>(rest_lower[pos - 1])));
    if (!boundary) continue;
    ResolvedVenue v = venues().Resolve(server == "corr abs" ? string_view("arXiv") : rest.substr(pos, server.size()));
    pub.venue_raw = v.raw;
    pub.venue = v.name;
    pub.venue_abbr = v.abbr;
    preprint_server = true;
    for (size_t i = 0; i < rest_sentences.size(); ++i) {
      if (rest_sentences[i].begin <= pos && pos < rest_sentences[i].end) venue_sentence = i;
    }
    break;
  }
  bool only_status_so_far = true;
  for (size_t i = 0; !preprint_server && i < rest_sentences.size() && i < 4; ++i) {
    string_view s = PieceText(rest, rest_sentences[i]);
    string_view cand;
    Match m;
    if (VenueIntro().Find(s, 0, &m)) {
      cand = s.substr(m.end);
    } else if (StartsWithWord(s, "in") || StartsWithWord(s, "proc") || StartsWithWord(s, "proceedings")) {
      cand = s;
    } else if (only_status_so_far) {
      cand = s;
    }
    bool status_only = false;
    for (size_t k = 0; k < std::size(kStatusCues); ++k) status_only = status_only || StatusPattern(k).Contains(s);
    status_only = status_only && s.size() < 40 && m.end == 0;
    if (!status_only) only_status_so_far = false;
    if (cand.empty()) continue;
    string_view tail;
    string_view cut = CutVenue(cand, &tail);
    string_view lead = Trim(cut);
    if (StartsWithWord(lead, "in")) lead = Trim(lead.substr(2));
    if (!VenueLike(lead) && !(StartsWithWord(lead, "proc") || StartsWithWord(lead, "proceedings"))) continue;
    ResolvedVenue v = venues().Resolve(cut);
    if (v.name.empty()) continue;
    pub.venue_raw = v.raw;
    pub.venue = v.name;
    pub.venue_abbr = v.abbr;
    venue_sentence = i;
    if (!tail.empty() && IsAsciiLower(tail[0]) && !StartsWithWord(tail, "vol") && !StartsWithWord(tail, "pp") &&
        !StartsWithWord(tail, "no") && !StartsWithWord(tail, "pages")) {
      venue_tail = string(tail);
    }
    break;
  }

  // Status: cue words anywhere but in the title.
  string status_text = string(t);
  if (size_t pos = status_text.find(title); pos != string::npos) status_text.erase(pos, title.size());
  for (size_t k = 0; k < std::size(kStatusCues); ++k) {
    if (StatusPattern(k).Contains(status_text)) {
      pub.status = kStatusCues[k].status;
      break;
    }
  }
  if (pub.status.empty() && !pub.venue.empty()) pub.status = "published";

  // Year: the APA/ACM year, else the last year after the title.
  if (year.empty()) {
    for (string_view where : {rest, string_view(authors_text)}) {
      for (const Match& m : YearToken().FindAll(where)) year = string(m.groups[0].In(where));
      if (!year.empty()) break;
    }
  }
  pub.year = year;

  // Summary: a remark after the venue, and prose sentences.
  std::vector<string> remarks;
  if (!venue_tail.empty()) remarks.push_back(venue_tail);
  for (size_t i = 0; i < rest_sentences.size() && remarks.size() < 6; ++i) {
    if (i == venue_sentence) continue;
    string_view s = PieceText(rest, rest_sentences[i]);
    if (IsProse(s)) remarks.emplace_back(Trim(s, " ,;:"));
  }
  for (size_t i = 0; i < remarks.size(); ++i) {
    if (i) pub.summary += ". ";
    pub.summary += remarks[i];
  }

  if (pub.authors.empty() && pub.venue.empty() && pub.year.empty() && pub.status.empty()) return std::nullopt;
  return pub;
}

// ---------------------------------------------------------------- items of a section

namespace {

struct ItemLine {
  size_t line = 0;
  size_t skip = 0;  // bytes of the number marker at the start of norm
};

bool HasYear(string_view s) { return YearToken().Contains(s); }

// A short line with no sentence punctuation: "Journal Articles", "Preprints and Workshop Papers".
bool IsSubheading(string_view norm) {
  norm = Trim(norm);
  if (norm.empty()) return false;
  if (norm.front() == '(' && norm.back() == ')') return true;  // a note: "(* denotes equal contribution)"
  if (norm.size() > 60 || HasYear(norm)) return false;
  char last = norm.back();
  if (last == '.' || last == ',' || last == ';') return false;
  return Tokens(norm).size() <= 6 && norm.find(',') == string_view::npos && norm.find('"') == string_view::npos;
}

// An ALL-CAPS line after a blank: a heading the sectioner missed ("GRANTS AND FUNDING").
bool IsMissedHeading(const Line& line) {
  if (line.bulleted) return false;
  int upper = 0, lower = 0;
  for (char c : line.norm) {
    if (IsAsciiUpper(c)) ++upper;
    if (IsAsciiLower(c)) ++lower;
  }
  return lower == 0 && upper >= 10 && Tokens(line.norm).size() >= 2 && !HasYear(line.norm) &&
         line.norm.find('"') == string::npos;
}

// Does `line` continue the wrapped text of `prev` (rather than start a new field)?
bool Continues(const Line& first, const Line& prev, const Line& line) {
  string_view p = prev.norm, l = line.norm;
  if (l.empty() || p.empty()) return false;
  if (line.indent > first.indent) return true;
  char c = l.front();
  if (IsAsciiLower(c) || IsAsciiDigit(c) || c == '(' || c == ',' || c == ')') return true;
  char last = p.back();
  if (last == ',' || last == ';' || last == ':' || last == '-' || last == '&') return true;
  for (string_view w : {" and", " of", " in", " on", " for", " the", " to", " with", " at"}) {
    if (p.size() >= w.size() && Lower(p.substr(p.size() - w.size())) == w) return true;
  }
  size_t quotes = std::count(p.begin(), p.end(), '"');
  if (quotes % 2 == 1) return true;
  if (std::count(p.begin(), p.end(), '(') > std::count(p.begin(), p.end(), ')')) return true;
  return false;
}

std::vector<std::vector<ItemLine>> SplitItems(const Document& doc, const Section& section) {
  size_t begin = section.body_begin();
  size_t end = std::min(section.end_line, doc.lines.size());
  bool has_markers = false;
  for (size_t i = begin; i < end; ++i) {
    const Line& line = doc.lines[i];
    if (!line.blank() && (line.bulleted || ItemMarker().Contains(line.norm))) has_markers = true;
  }
  std::vector<std::vector<ItemLine>> items;
  bool blank_before = true;
  for (size_t i = begin; i < end && items.size() < kMaxItems; ++i) {
    const Line& line = doc.lines[i];
    if (line.blank()) {
      blank_before = true;
      continue;
    }
    if (!items.empty() && blank_before && IsMissedHeading(line)) break;
    Match m;
    bool marked = ItemMarker().Find(line.norm, 0, &m) && m.begin == 0;
    size_t skip = marked ? m.end : 0;
    bool start;
    if (has_markers && (marked || line.bulleted)) {
      start = true;
    } else if (!items.empty() && !blank_before) {
      start = false;
    } else if (IsSubheading(line.norm)) {
      blank_before = true;  // the next line starts an item
      continue;
    } else {
      start = true;
    }
    if (start) items.emplace_back();
    if (!items.empty()) items.back().push_back({i, skip});
    blank_before = false;
  }
  if (has_markers) return items;
  // Unnumbered: a block whose every line is a dated citation is one item a line.
  std::vector<std::vector<ItemLine>> out;
  for (auto& item : items) {
    bool per_line = item.size() >= 2;
    for (const ItemLine& il : item) {
      const Line& line = doc.lines[il.line];
      if (!HasYear(line.norm) || line.norm.size() < 40 || line.indent > doc.lines[item[0].line].indent) {
        per_line = false;
      }
    }
    if (per_line) {
      for (const ItemLine& il : item) out.push_back({il});
    } else {
      out.push_back(std::move(item));
    }
  }
  return out;
}

}  // namespace

void PublicationsExtractor::Extract(const Lexicons& base, YearMonth as_of, Document* doc) const {
  (void)base;
  (void)as_of;
  string owner = doc->contact.name ? doc->contact.name->value : "";
  for (const Section& section : doc->sections) {
    if (section.kind != "publications") continue;
    for (const std::vector<ItemLine>& item : SplitItems(*doc, section)) {
      if (item.empty()) continue;
      string text;
      const Line& first = doc->lines[item[0].line];
      for (size_t k = 0; k < item.size() && text.size() < kMaxItemBytes; ++k) {
        const Line& line = doc->lines[item[k].line];
        string_view norm = string_view(line.norm).substr(std::min(item[k].skip, line.norm.size()));
        if (k > 0) {
          const Line& prev = doc->lines[item[k - 1].line];
          bool wrapped = Continues(first, prev, line);
          if (wrapped && !text.empty() && text.back() == '-' && text.size() >= 2 &&
              std::isalpha(static_cast<unsigned char>(text[text.size() - 2])) && !norm.empty() &&
              IsAsciiLower(norm[0])) {
            // "vision-" + "language" => "vision-language"
          } else {
            text.push_back(wrapped ? ' ' : '\n');
          }
        }
        text.append(norm);
      }
      std::optional<Publication> pub = ParseItem(text, owner);
      if (!pub) continue;
      const Line& last = doc->lines[item.back().line];
      Span b = first.RawSpan(std::min(item[0].skip, first.norm.size()), first.norm.size());
      Span e = last.RawSpan(0, last.norm.size());
      pub->span_begin = b.begin;
      pub->span_end = std::max(b.begin, e.end);
      doc->entities.publications.push_back(std::move(*pub));
    }
  }
}

}  // namespace cvparse
