#include "extract/experience_header.h"

#include <algorithm>
#include <iterator>
#include <span>
#include <unordered_map>

#include "lexicon/tsv.h"
#include "text/ascii_search.h"
#include "text/job_sentence.h"
#include "text/ascii.h"
#include "text/words.h"

namespace cvparse {

// ---------------------------------------------------------------------------
// The role lexicon.

enum class TermKind { kTitle, kBreak, kLegal, kWord, kPlaceholder };

struct RoleLexicon::Term {
  TermKind kind = TermKind::kTitle;
  bool cjk = false;
  std::string text;                  // folded; CJK terms match it anywhere
  std::vector<std::string> tokens;   // Latin terms: folded words
};

namespace {

constexpr size_t kMaxHeaderLines = 8;
constexpr size_t kMaxPieces = 40;

bool IsDelimiter(char c) {
  switch (c) {
    case ' ': case '\t': case ',': case ';': case ':': case '(': case ')': case '[': case ']':
    case '{': case '}': case '|': case '"': case '!': case '?': case '&': case '+':
    case '*': case '#': case '<': case '>': case '=':
      return true;
    default:
      return false;
  }
}

bool IsTrimmable(char c) { return c == '.' || c == '-' || c == '\'' || c == '`'; }

struct Token {
  std::string_view text;
  size_t end = 0;  // byte after the token in the folded text
};

std::vector<Token> Tokenize(std::string_view folded) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && IsDelimiter(folded[i])) ++i;
    size_t start = i;
    while (i < folded.size() && !IsDelimiter(folded[i])) ++i;
    size_t b = start, e = i;
    while (b < e && IsTrimmable(folded[b])) ++b;
    while (e > b && IsTrimmable(folded[e - 1])) --e;
    if (e > b) tokens.push_back({folded.substr(b, e - b), e});
  }
  return tokens;
}

// True when the UTF-8 text holds a CJK ideograph, kana or hangul (U+2E80..U+D7FF).
bool HasCjk(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xE2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0xBA) return true;
    if (c >= 0xE3 && c <= 0xED) return true;
  }
  return false;
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Collapses runs of spaces and tabs into one space.
std::string Squeeze(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : TrimSpaces(s)) {
    if (c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// ASCII letters, and bytes of other scripts.
int LetterCount(std::string_view s) {
  int letters = 0;
  for (char c : s) letters += IsAsciiUpper(c) || IsAsciiLower(c) || static_cast<unsigned char>(c) >= 0x80;
  return letters;
}

int WordCount(std::string_view s) {
  int words = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ' || c == '\t';
    if (!sp && !in) ++words;
    in = !sp;
  }
  return words;
}

// Header text that names neither a job nor an employer: an e-mail address or
// a web address with a path ("Leigh03@hotmail.com", "Facebook.com/MonashECD"),
// or a page's running header ("Resume of Nolan", "RESUME", "Résumé: Jane Doe").
bool ContactOrBanner(std::string_view text) {
  if (text.find('@') != std::string_view::npos || text.find("://") != std::string_view::npos) return true;
  if (text.find('/') != std::string_view::npos && text.find(".com") != std::string_view::npos) return true;
  std::string_view first = text.substr(0, text.find(' '));
  while (!first.empty() && (first.back() == ':' || first.back() == ',' || first.back() == '-')) first.remove_suffix(1);
  const std::string folded = FoldCase(first);
  if (folded == "resume" || folded == "résumé" || folded == "resumé") return true;
  // "CURRICULUM VITAE", "Curriculum Vitae of Jane Doe".
  return FoldCase(text.substr(0, 16)) == "curriculum vitae";
}

// "Continued…", "(continued)", "cont'd": the mark of a job carried over to
// the next page ("Jackson Associates, continued").
bool ContinuedMark(std::string_view text) {
  std::string f = FoldCase(TrimSpaces(text));
  std::string word;
  for (char c : f) {
    if (IsAsciiLower(c) || c == '\'') word.push_back(c);
  }
  return word == "continued" || word == "cont'd" || word == "contd";
}

// Prose cut into a header is no position: eight words or more ("Taught
// popular and well-received tutorials at the XML Conference"), or a first
// word all in lower case ("underwriting departments which dealt with",
// "of 6 hrs"; "iOS Developer" keeps its capital).
bool ProsePosition(std::string_view position) {
  if (WordCount(position) >= 8) return true;
  if (position.empty() || !IsAsciiLower(position[0])) return false;
  for (char c : position) {
    if (c == ' ') break;
    if (IsAsciiUpper(c)) return false;
  }
  return true;
}

// "Conshohocken", "Bellows Falls": one or two words, each a capital and then
// lower-case letters.
bool TownName(std::string_view text) {
  text = TrimSpaces(text);
  if (text.empty() || WordCount(text) > 2) return false;
  bool word_start = true;
  for (char c : text) {
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start ? !IsAsciiUpper(c) : !IsAsciiLower(c)) return false;
    word_start = false;
  }
  return true;
}

}  // namespace

RoleLexicon::RoleLexicon() = default;
RoleLexicon::~RoleLexicon() = default;

std::unique_ptr<RoleLexicon> RoleLexicon::Create(std::string_view job_titles_tsv,
                                                 std::string_view org_suffixes_tsv, std::string* error) {
  std::string ignored;
  if (error == nullptr) error = &ignored;
  auto lexicon = std::unique_ptr<RoleLexicon>(new RoleLexicon());
  struct File {
    std::string_view data, name;
  };
  for (const File& file : {File{job_titles_tsv, "job_titles.tsv"}, File{org_suffixes_tsv, "org_suffixes.tsv"}}) {
    std::vector<TsvRow> rows;
    if (!ParseTsv(file.data, file.name, 3, &rows, error)) return nullptr;
    if (rows.empty()) {
      *error = std::string(file.name) + ":0: no terms";
      return nullptr;
    }
    bool titles_file = file.name == "job_titles.tsv";
    for (const TsvRow& row : rows) {
      std::string_view kind = row.fields[0];
      TermKind term_kind;
      if (titles_file && kind == "title") {
        term_kind = TermKind::kTitle;
      } else if (titles_file && kind == "break") {
        term_kind = TermKind::kBreak;
      } else if (!titles_file && kind == "legal") {
        term_kind = TermKind::kLegal;
      } else if (!titles_file && kind == "word") {
        term_kind = TermKind::kWord;
      } else if (!titles_file && kind == "placeholder") {
        term_kind = TermKind::kPlaceholder;
      } else {
        *error = std::string(file.name) + ":" + std::to_string(row.line) + ": unknown kind '" +
                 std::string(kind) + "'";
        return nullptr;
      }
      std::vector<std::string_view> forms = SplitAlternatives(row.fields[2]);
      if (forms.empty()) {
        *error = std::string(file.name) + ":" + std::to_string(row.line) + ": no terms";
        return nullptr;
      }
      for (std::string_view form : forms) {
        Term term;
        term.kind = term_kind;
        term.text = FoldCase(form);
        term.cjk = HasCjk(term.text);
        if (!term.cjk) {
          for (const Token& t : Tokenize(term.text)) term.tokens.emplace_back(t.text);
          if (term.tokens.empty()) {
            *error = std::string(file.name) + ":" + std::to_string(row.line) + ": term '" +
                     std::string(form) + "' has no word";
            return nullptr;
          }
        }
        lexicon->terms_.push_back(std::move(term));
      }
    }
  }
  lexicon->BuildIndex();
  return lexicon;
}

void RoleLexicon::BuildIndex() {
  for (uint32_t t = 0; t < terms_.size(); ++t) {
    const Term& term = terms_[t];
    if (term.kind == TermKind::kPlaceholder) {
      placeholders_.insert(term.text);
      continue;
    }
    if (term.cjk) {
      cjk_terms_.push_back(t);
      continue;
    }
    by_first_token_[term.tokens[0]].push_back(t);
    if (term.tokens.size() == 1 && term.kind == TermKind::kTitle) one_word_titles_[term.tokens[0]].push_back(t);
  }
}

RoleHits RoleLexicon::Find(std::string_view text) const {
  RoleHits hits;
  std::string folded = FoldCase(text);
  std::vector<Token> tokens = Tokenize(folded);
  auto record = [&](TermKind kind, int begin, int end) {
    switch (kind) {
      case TermKind::kTitle:
        if (hits.first_title_begin < 0 || begin < hits.first_title_begin) {
          hits.first_title_begin = begin;
          hits.first_title_end = end;
        }
        ++hits.titles;
        hits.last_title = std::max(hits.last_title, end);
        break;
      case TermKind::kBreak:
        hits.career_break = true;
        break;
      case TermKind::kPlaceholder:
        break;
      case TermKind::kLegal:
        hits.legal = true;
        [[fallthrough]];
      case TermKind::kWord:
        ++hits.orgs;
        if (hits.first_org_begin < 0 || begin < hits.first_org_begin) hits.first_org_begin = begin;
        hits.last_org = std::max(hits.last_org, end);
        break;
    }
  };
  // A CJK term can only be inside text that holds CJK characters.
  if (HasCjk(folded)) {
    for (uint32_t t : cjk_terms_) {
      const Term& term = terms_[t];
      for (size_t pos = folded.find(term.text); pos != std::string::npos;
           pos = folded.find(term.text, pos + term.text.size())) {
        record(term.kind, static_cast<int>(pos), static_cast<int>(pos + term.text.size()));
      }
    }
  }
  std::vector<uint32_t> part_hits;
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string_view word = tokens[i].text;
    if (auto it = by_first_token_.find(word); it != by_first_token_.end()) {
      for (uint32_t t : it->second) {
        const Term& term = terms_[t];
        size_t n = term.tokens.size();
        if (i + n > tokens.size()) continue;
        bool match = true;
        for (size_t k = 1; k < n && match; ++k) match = tokens[i + k].text == term.tokens[k];
        if (match) {
          record(term.kind, static_cast<int>(tokens[i].text.data() - folded.data()),
                 static_cast<int>(tokens[i + n - 1].end));
        }
      }
    }
    // A title word may be one part of a compound: "SAP-Beraterin", "Developer/Analyst".
    // Each such title counts once per compound, and not again when it is the whole word.
    if (word.find_first_of("-/") == std::string_view::npos) continue;
    part_hits.clear();
    size_t start = 0;
    while (start <= word.size()) {
      size_t dash = word.find_first_of("-/", start);
      std::string_view part = word.substr(start, dash == std::string_view::npos ? word.npos : dash - start);
      if (auto it = one_word_titles_.find(part); it != one_word_titles_.end() && part != word) {
        for (uint32_t t : it->second) {
          if (std::find(part_hits.begin(), part_hits.end(), t) != part_hits.end()) continue;
          part_hits.push_back(t);
          record(terms_[t].kind, static_cast<int>(tokens[i].text.data() - folded.data()),
                 static_cast<int>(tokens[i].end));
        }
      }
      if (dash == std::string_view::npos) break;
      start = dash + 1;
    }
  }
  return hits;
}

bool RoleLexicon::Placeholder(std::string_view text) const {
  std::string folded = FoldCase(text);
  std::string words;
  for (const Token& t : Tokenize(folded)) {
    if (!words.empty()) words.push_back(' ');
    words.append(t.text);
  }
  return !words.empty() && placeholders_.count(words) > 0;
}

bool RoleLexicon::OnlyLegal(std::string_view text) const {
  std::string folded = FoldCase(text);
  std::vector<Token> tokens = Tokenize(folded);
  if (tokens.empty()) return false;
  size_t i = 0;
  while (i < tokens.size()) {
    size_t best = 0;
    for (const Term& term : terms_) {
      if (term.kind != TermKind::kLegal || term.cjk) continue;
      size_t n = term.tokens.size();
      if (i + n > tokens.size() || n <= best) continue;
      bool match = true;
      for (size_t k = 0; k < n && match; ++k) match = tokens[i + k].text == term.tokens[k];
      if (match) best = n;
    }
    if (best == 0) return false;
    i += best;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Cleaning and cutting header lines.

size_t EnumeratorLength(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && text[i] == ' ') ++i;
  size_t start = i;
  if (i < text.size() && text[i] == '#') {
    while (i < text.size() && text[i] == '#') ++i;
    if (i < text.size() && text[i] != ' ') return 0;
    while (i < text.size() && text[i] == ' ') ++i;
    return i;
  }
  bool paren = i < text.size() && text[i] == '(';
  if (paren) ++i;
  size_t digits = 0;
  while (i < text.size() && IsAsciiDigit(text[i]) && digits < 3) {
    ++i;
    ++digits;
  }
  if (digits == 0 || digits > 2 || i >= text.size()) return 0;
  if (paren) {
    if (text[i] != ')') return 0;
    ++i;
  } else if (text[i] == '.' || text[i] == ')') {
    ++i;
  } else if (text.substr(i, 3) == "\xE3\x80\x81") {  // "、"
    i += 3;
    while (i < text.size() && text[i] == ' ') ++i;
    return i;
  } else {
    return 0;
  }
  // "1.5 years", "2.0" are numbers, not list marks.
  if (i < text.size() && IsAsciiDigit(text[i])) return 0;
  if (i < text.size() && text[i] != ' ' && text[i] != '\t' && static_cast<unsigned char>(text[i]) < 0x80) {
    return 0;
  }
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  (void)start;
  return i;
}

namespace {

bool IsConnector(std::string_view folded);

// After a date was blanked inside "(graduate seminar, Spring 2024)" or
// "(remote from 2020)": drops the separators and connector words left
// dangling before the closing bracket, keeping the line's length.
void TidyBracket(std::string* s, size_t open, size_t close) {
  size_t end = close;  // exclusive end of the content
  for (int guard = 0; guard < 8; ++guard) {
    while (end > open + 1 && std::string_view(" \t,;:-/").find((*s)[end - 1]) != std::string_view::npos) --end;
    size_t word = end;
    while (word > open + 1 && (*s)[word - 1] != ' ' && (*s)[word - 1] != '(' && (*s)[word - 1] != '[') --word;
    if (word == end || !IsConnector(FoldCase(std::string_view(*s).substr(word, end - word)))) break;
    end = word;
  }
  if (end == close) return;
  (*s)[end] = (*s)[close];
  for (size_t k = end + 1; k <= close; ++k) (*s)[k] = ' ';
}

// "20XX", "19xx": a template's stand-in for a year is a date too, and is no
// employer ("20XX  20XX, Shamrock Building Supplies"). Blanked like dates.
void BlankTemplateYears(std::string* s) {
  for (size_t i = 0; i + 4 <= s->size(); ++i) {
    const char* c = s->data() + i;
    bool year = (c[0] == '1' || c[0] == '2') && IsAsciiDigit(c[1]) && (c[2] == 'x' || c[2] == 'X') &&
                (c[3] == 'x' || c[3] == 'X');
    bool alone = (i == 0 || !IsAsciiAlnum(c[-1])) && (i + 4 == s->size() || !IsAsciiAlnum(c[4]));
    if (!year || !alone) continue;
    (*s)[i] = '\t';
    for (size_t k = i + 1; k < i + 4; ++k) (*s)[k] = ' ';
    i += 3;
  }
}

// "http://www.abb.com", "www.acme.co.uk": a web address and nothing else.
bool WebAddress(std::string_view text) {
  text = TrimSpaces(text);
  if (text.empty() || text.find(' ') != std::string_view::npos) return false;
  std::string f = FoldCase(text);
  return f.find("://") != std::string::npos || f.rfind("www.", 0) == 0;
}

// A copy of the norm line, same length, with dates, list marks and emptied
// brackets blanked. Dates leave a '\t' so they cut segments.
std::string CleanLine(std::string_view norm, const HeaderContext& context) {
  std::string s(norm);
  size_t skip = EnumeratorLength(s);
  // "Present: Associate Art Editor": an end date written as a label.
  if (size_t colon = s.find(':'); skip == 0 && colon != std::string::npos && colon > 0 && colon <= 20 &&
                                  context.dates.ParseExact(std::string_view(s).substr(0, colon), context.as_of)) {
    skip = colon + 1;
  }
  for (size_t i = 0; i < skip && i < s.size(); ++i) s[i] = ' ';
  for (const DateMatch& m : context.dates.FindAll(norm, context.as_of)) {
    if (m.begin >= m.end || m.end > s.size()) continue;
    s[m.begin] = '\t';
    for (size_t i = m.begin + 1; i < m.end; ++i) s[i] = ' ';
  }
  BlankTemplateYears(&s);
  // Brackets: blank the empty ones, flatten tabs inside the others.
  std::vector<size_t> open;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '(' || c == '[') {
      open.push_back(i);
    } else if ((c == ')' || c == ']') && !open.empty()) {
      size_t o = open.back();
      open.pop_back();
      bool empty = true;
      for (size_t k = o + 1; k < i; ++k) {
        unsigned char ch = static_cast<unsigned char>(s[k]);
        if (IsAsciiAlnum(s[k]) || ch >= 0x80) empty = false;
      }
      // "Asea Brown Boveri [http://www.abb.com]": the employer's web address
      // goes, so that the name before it is not taken for contact details.
      if (WebAddress(std::string_view(s).substr(o + 1, i - o - 1))) empty = true;
      for (size_t k = o; k <= i; ++k) {
        if (empty) s[k] = ' ';
        else if (s[k] == '\t') s[k] = ' ';
      }
      if (!empty) TidyBracket(&s, o, i);
    }
  }
  return s;
}

struct Range {
  size_t begin = 0, end = 0;
  std::string_view In(std::string_view s) const { return s.substr(begin, end - begin); }
};

Range TrimRange(std::string_view s, Range r) {
  auto junk = [](char c) {
    return c == ' ' || c == '\t' || c == ',' || c == ';' || c == ':' || c == '|' || c == '-' || c == '/';
  };
  while (r.begin < r.end && junk(s[r.begin])) ++r.begin;
  // A bracket left open at the end once a date was blanked: "Paralegal (2013" / "present)".
  while (r.end > r.begin && (junk(s[r.end - 1]) || s[r.end - 1] == '(')) --r.end;
  // A trailing middle dot "·" (C2 B7).
  while (r.end >= r.begin + 2 && s.substr(r.end - 2, 2) == "\xC2\xB7") {
    r.end -= 2;
    while (r.end > r.begin && junk(s[r.end - 1])) --r.end;
  }
  return r;
}

// Cuts a cleaned line into segments at column gaps, '|', " - " and " · ",
// outside brackets.
std::vector<Range> Segments(std::string_view s) {
  std::vector<Range> out;
  int depth = 0;
  size_t start = 0;
  auto cut = [&](size_t at, size_t next) {
    Range r = TrimRange(s, {start, at});
    if (r.end > r.begin) out.push_back(r);
    start = next;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (depth > 0) continue;
    bool before_space = i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t';
    bool after_space = i + 1 >= s.size() || s[i + 1] == ' ' || s[i + 1] == '\t';
    if (c == '\t' || c == '|') {
      cut(i, i + 1);
    } else if (c == '-' && before_space && after_space) {
      cut(i, i + 1);
    } else if (c == '-' && before_space && i + 1 < s.size() && s[i + 1] == '-' &&
               (i + 2 >= s.size() || s[i + 2] == ' ' || s[i + 2] == '\t')) {
      cut(i, i + 2);  // "DYNTEK -- Drupal Developer": a typed dash
      ++i;
    } else if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xB7' && before_space &&
               (i + 2 >= s.size() || s[i + 2] == ' ')) {
      cut(i, i + 2);
      ++i;
    }
  }
  cut(s.size(), s.size());
  return out;
}

// Cuts a segment into pieces at commas and semicolons outside brackets
// ("1,200" stays whole).
std::vector<Range> Pieces(std::string_view s, Range seg) {
  std::vector<Range> out;
  int depth = 0;
  size_t start = seg.begin;
  for (size_t i = seg.begin; i < seg.end; ++i) {
    char c = s[i];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (depth > 0) continue;
    bool comma = c == ';' || (c == ',' && !(i > seg.begin && IsAsciiDigit(s[i - 1]) && i + 1 < seg.end &&
                                              IsAsciiDigit(s[i + 1])));
    if (comma) {
      Range r = TrimRange(s, {start, i});
      if (r.end > r.begin) out.push_back(r);
      start = i + 1;
    }
  }
  Range r = TrimRange(s, {start, seg.end});
  if (r.end > r.begin) out.push_back(r);
  return out;
}

bool HasLetter(std::string_view s) {
  for (char c : s) {
    if (IsAsciiUpper(c) || IsAsciiLower(c) || static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

Range WithoutTrailingConnector(std::string_view s, Range r) {
  size_t space = s.substr(r.begin, r.end - r.begin).rfind(' ');
  if (space == std::string_view::npos || space == 0) return r;
  if (!IsConnector(FoldCase(s.substr(r.begin + space + 1, r.end - r.begin - space - 1)))) return r;
  return TrimRange(s, {r.begin, r.begin + space});
}

// "Presently working as ", "Worked as a ": a job told as a sentence. The
// length of that opening, 0 when there is none.
size_t WorkedAsLength(std::string_view text) {
  const std::string f = FoldCase(text.substr(0, std::min(text.size(), kJobSentencePrefix)));
  const size_t verb = JobVerbEnd(f);
  size_t at = verb == 0 ? 0 : WordEnd(f, verb, {"as "});
  if (at == 0) return 0;
  for (std::string_view article : {"a ", "an "}) {
    if (f.compare(at, article.size(), article) == 0) at += article.size();
  }
  return at;
}

// "Presently working with ", "Worked at ", "Employed by ": a job told as a sentence that
// names the employer first ("Presently working with Interra Systems Pvt Ltd
// as Executive - HRD"). The length of that opening, 0 when there is none.
size_t WorkingWithLength(std::string_view text) {
  const std::string f = FoldCase(text.substr(0, std::min(text.size(), kJobSentencePrefix)));
  const size_t verb = JobVerbEnd(f);
  return verb == 0 ? 0 : WordEnd(f, verb, {"with ", "at ", "for ", "in ", "by "});
}

// The employer and the position of "working with <employer> as <position>",
// once the opening is skipped: false when no " as " follows the name or no
// title word follows " as ".
bool SplitWorkingWith(std::string_view s, Range seg, const RoleLexicon& roles, Range* org, Range* title) {
  std::string_view text = s.substr(seg.begin, seg.end - seg.begin);
  size_t lead = WorkingWithLength(text);
  if (lead == 0) return false;
  size_t as = text.find(" as ", lead);
  if (as == std::string_view::npos || as == lead) return false;
  size_t from = as + 4;
  for (std::string_view article : {"a ", "an "}) {
    if (text.compare(from, article.size(), article) == 0) from += article.size();
  }
  if (roles.Find(text.substr(from)).titles == 0) return false;
  *org = TrimRange(s, {seg.begin + lead, seg.begin + as});
  *title = TrimRange(s, {seg.begin + from, seg.end});
  return org->end > org->begin && title->end > title->begin;
}

bool IsConnector(std::string_view folded) {
  return folded == "to" || folded == "since" || folded == "from" || folded == "until" || folded == "till" ||
         folded == "and" || folded == "at" || folded == "in" || folded == "bis" || folded == "seit";
}

bool IsRemoteWord(std::string_view text) {
  std::string f = FoldCase(TrimSpaces(text));
  return f == "remote" || f.rfind("remote ", 0) == 0 || f == "hybrid" || f == "on-site" || f == "onsite" ||
         f == "worldwide" || f == "various locations" || f == "multiple locations" || f == "home-based" ||
         f == "work from home" || f == "télétravail" || f == "远程";
}

bool AllCaps(std::string_view s) {
  int upper = 0;
  for (char c : s) {
    if (IsAsciiLower(c)) return false;
    if (IsAsciiUpper(c)) ++upper;
  }
  return upper >= 4;
}

// "Kyiv (remote)" => base "Kyiv", inner "remote"; false when `s` does not end in a bracket.
bool SplitTrailingBracket(std::string_view s, std::string_view* base, std::string_view* inner) {
  s = TrimSpaces(s);
  if (s.empty() || s.back() != ')') return false;
  int depth = 0;
  for (size_t i = s.size(); i-- > 0;) {
    if (s[i] == ')') ++depth;
    if (s[i] == '(' && --depth == 0) {
      *base = TrimSpaces(s.substr(0, i));
      *inner = TrimSpaces(s.substr(i + 1, s.size() - i - 2));
      return true;
    }
  }
  return false;
}

// "(An ISO 9002 Company)", "(subsidiary of Hewlett Packard)": a note of three
// words or more in brackets, alone in its piece, tells about the employer
// and names neither it nor the position. ("(TELCO)", "(P)" are short.)
bool BracketedNote(std::string_view text) {
  text = TrimSpaces(text);
  std::string_view base, inner;
  return SplitTrailingBracket(text, &base, &inner) && base.empty() && WordCount(inner) >= 3;
}

enum class Kind { kUnknown, kTitle, kOrg, kPlace, kBreak };

struct Piece {
  size_t line = 0;
  size_t seg = 0;   // global segment number
  Range range;
  Kind kind = Kind::kUnknown;
  bool used = false;
  bool city_like = false;
};

class HeaderReader {
 public:
  HeaderReader(const std::vector<std::string>& lines, const HeaderContext& context) : context_(context) {
    for (size_t i = 0; i < lines.size() && i < kMaxHeaderLines; ++i) cleaned_.push_back(CleanLine(lines[i], context));
  }

  HeaderFields Read();

 private:
  std::string_view Text(const Piece& p) const {
    return std::string_view(cleaned_[p.line]).substr(p.range.begin, p.range.end - p.range.begin);
  }
  // The text from piece a to piece b (same segment), spaces squeezed.
  std::string Join(size_t a, size_t b) const {
    const Piece& pa = pieces_[a];
    const Piece& pb = pieces_[b];
    if (pa.line != pb.line || pa.seg != pb.seg) return Squeeze(Text(pa)) + ", " + Squeeze(Text(pb));
    return Squeeze(std::string_view(cleaned_[pa.line]).substr(pa.range.begin, pb.range.end - pa.range.begin));
  }

  bool IsPlace(std::string_view text) const;
  bool ResolvesWithoutDots(std::string_view text) const;
  bool CityLike(std::string_view text) const;
  // `text` is a region code written in capitals ("CO") and the piece before
  // it, `previous` in `s`, a town that is no organisation.
  bool RegionAfterTown(std::string_view s, Range previous, std::string_view text) const;
  Kind Classify(std::string_view text) const;
  // "Fuhrer, Flournoy, Hunter & Morton": surnames before "Name & Name" are
  // one firm's name; glues those pieces into one.
  void GlueFirmName(std::string_view s, std::vector<Piece>* pieces) const;
  bool Surname(std::string_view text) const;
  bool TownAndRegion(std::string_view text) const;
  size_t OrgAfterTitle(std::string_view text) const;
  void Cut();
  int First(Kind kind) const;
  // Takes piece i and the following pieces of its segment while `more` holds.
  template <typename Pred>
  std::string Take(int i, Pred more);

  const HeaderContext& context_;
  std::vector<std::string> cleaned_;
  std::vector<Piece> pieces_;
  std::vector<size_t> segment_line_;  // global segment => line
};

bool HeaderReader::RegionAfterTown(std::string_view s, Range previous, std::string_view text) const {
  text = TrimSpaces(text);
  if (text.size() != 2 || !IsAsciiUpper(text[0]) || !IsAsciiUpper(text[1]) || !context_.places.Resolve(text)) {
    return false;
  }
  std::string_view town = s.substr(previous.begin, previous.end - previous.begin);
  return CityLike(town) && context_.roles.Find(town).orgs == 0;
}

// "City", "City, ST", "City, State": a template's stand-in for the place of a
// job ("NAME OF COMPANY, City, ST"), never an employer.
bool TemplatePlace(std::string_view text) { return FoldCase(TrimSpaces(text)) == "city"; }

// "ST" / "State" after "City": the rest of the stand-in "City, ST".
bool TemplateRegionAfterCity(std::string_view s, Range previous, std::string_view text) {
  std::string f = FoldCase(TrimSpaces(text));
  return (f == "st" || f == "state") && FoldCase(TrimSpaces(s.substr(previous.begin, previous.end - previous.begin))) == "city";
}

bool HeaderReader::IsPlace(std::string_view text) const {
  text = TrimSpaces(text);
  if (text.empty()) return false;
  if (TemplatePlace(text)) return true;
  if (context_.places.Resolve(text)) return true;
  if (ResolvesWithoutDots(text)) return true;
  if (IsRemoteWord(text)) return true;
  std::string_view base, inner;
  if (SplitTrailingBracket(text, &base, &inner)) {
    bool inner_place = context_.places.Resolve(inner).has_value() || IsRemoteWord(inner);
    if (inner_place && (base.empty() || CityLike(base) || context_.places.Resolve(base))) return true;
  }
  return false;
}

// "N.H.", "VT.", "INDIA.": a known region written with dots. One word only;
// legal forms ("Co.", "Inc.") are glued to the name before them earlier.
bool HeaderReader::ResolvesWithoutDots(std::string_view text) const {
  if (text.find('.') == std::string_view::npos || WordCount(text) != 1 || text.size() > 40) return false;
  std::string bare;
  for (char c : text) {
    if (c != '.') bare.push_back(c);
  }
  return !bare.empty() && context_.places.Resolve(bare).has_value();
}

// "Houston, TX", "Pune, India": a town-like name, a comma and a known region.
bool HeaderReader::TownAndRegion(std::string_view text) const {
  size_t comma = text.rfind(',');
  if (comma == std::string_view::npos) return false;
  return CityLike(text.substr(0, comma)) && context_.places.Resolve(TrimSpaces(text.substr(comma + 1))).has_value();
}

// "Myownfoodsite.com", "careercup.com": a business named by its web domain.
bool DomainName(std::string_view text) {
  std::string f = FoldCase(TrimSpaces(text));
  if (f.find(' ') != std::string::npos) return false;
  for (std::string_view tld : {".com", ".net", ".org", ".io", ".biz", ".co.uk", ".in"}) {
    if (f.size() > tld.size() + 1 && f.compare(f.size() - tld.size(), tld.size(), tld) == 0) return true;
  }
  return false;
}

bool HeaderReader::CityLike(std::string_view text) const {
  text = TrimSpaces(text);
  if (DomainName(text)) return false;
  std::string_view base, inner;
  if (SplitTrailingBracket(text, &base, &inner) && !base.empty()) text = base;
  if (text.empty() || text.size() > 40 || WordCount(text) > 3) return false;
  unsigned char first = static_cast<unsigned char>(text[0]);
  if (!(IsAsciiUpper(text[0]) || first >= 0x80)) return false;
  for (char c : text) {
    if (IsAsciiDigit(c) || c == '&' || c == '@' || c == '/') return false;
  }
  RoleHits hits = context_.roles.Find(text);
  if (hits.titles > 0 || hits.orgs > 0 || hits.career_break) return false;
  // "CFS", "SMH": acronyms, not towns.
  int upper = 0, lower = 0;
  for (char c : text) {
    if (IsAsciiUpper(c)) ++upper;
    if (IsAsciiLower(c)) ++lower;
  }
  if (lower == 0 && upper > 0 && !context_.places.Resolve(text)) return false;
  return true;
}

// Where the organisation starts in "Special Education Teacher AAA High School":
// every title word before every organisation word, and a capitalised word
// after the last title word. npos when the text is not written that way.
size_t HeaderReader::OrgAfterTitle(std::string_view text) const {
  if (!IsAsciiText(text)) return std::string_view::npos;
  RoleHits hits = context_.roles.Find(text);
  if (hits.titles == 0 || hits.orgs == 0 || hits.career_break || hits.first_org_begin <= hits.last_title) {
    return std::string_view::npos;
  }
  size_t at = static_cast<size_t>(hits.last_title);
  if (at >= text.size() || text[at] != ' ') return std::string_view::npos;
  while (at < text.size() && text[at] == ' ') ++at;
  if (at >= text.size() || !(IsAsciiUpper(text[at]) || IsAsciiDigit(text[at]))) return std::string_view::npos;
  return at;
}

// One capitalised word that is no title, organisation word or known place.
bool HeaderReader::Surname(std::string_view text) const {
  text = TrimSpaces(text);
  if (!TownName(text) || WordCount(text) != 1 || context_.places.Resolve(text)) return false;
  RoleHits hits = context_.roles.Find(text);
  return hits.titles == 0 && hits.orgs == 0 && !hits.career_break;
}

// Partnerships are named after their partners, and the names are cut at the
// commas: "Cohen, Jayson & Foster, PA" => "Cohen", "Jayson & Foster", "PA".
// A piece "Name & Name" (or "Name and Name") with only surnames before it in
// its segment takes them back: "Cohen, Jayson & Foster".
// A partnership's legal form right after `end` in `s` (", LLP", " P.A.", " PC").
bool LegalFormFollows(std::string_view s, size_t end) {
  std::string_view rest = s.substr(std::min(end, s.size()));
  while (!rest.empty() && (rest.front() == ',' || rest.front() == ' ')) rest.remove_prefix(1);
  std::string form;
  for (char c : rest.substr(0, 6)) {
    if (c == ',' || c == ' ') break;
    if (c != '.') form.push_back(AsciiLowerChar(c));
  }
  for (std::string_view legal : {"llp", "llc", "pa", "pc", "plc", "ltd", "lp"}) {
    if (form == legal) return true;
  }
  return false;
}

void HeaderReader::GlueFirmName(std::string_view s, std::vector<Piece>* pieces) const {
  constexpr size_t kMaxPartners = 6;  // and a bound on the work for a line of commas
  if (pieces->size() > kMaxPieces) return;
  for (size_t i = 1; i < pieces->size(); ++i) {
    std::string_view text = TrimSpaces((*pieces)[i].range.In(s));
    // "Cohen, Jayson & Foster", "Smith, Jones and Brown, LLP"; not "Maths,
    // Physics and Chemistry": with "and", a legal form must close the name.
    size_t amp = text.find(" & ");
    size_t width = 3;
    if (amp == std::string_view::npos) {
      amp = text.find(" and ");
      width = 5;
      if (amp == std::string_view::npos || !LegalFormFollows(s, (*pieces)[i].range.end)) continue;
    }
    // The last name may carry the legal form glued to it: "Pruitt, LLP".
    std::string_view last = text.substr(amp + width);
    last = last.substr(0, last.find(','));
    if (!Surname(text.substr(0, amp)) || !Surname(last)) continue;
    size_t first = i;
    while (first > 0 && i - first < kMaxPartners && Surname((*pieces)[first - 1].range.In(s))) {
      --first;
    }
    if (first == i) continue;
    (*pieces)[first].range.end = (*pieces)[i].range.end;
    pieces->erase(pieces->begin() + static_cast<long>(first) + 1, pieces->begin() + static_cast<long>(i) + 1);
    i = first;
  }
}

Kind HeaderReader::Classify(std::string_view text) const {
  // Words in a trailing bracket ("Technical Advisor (contract)") weigh less:
  // the head noun comes before it.
  std::string_view base, inner;
  std::string_view head = text;
  if (SplitTrailingBracket(text, &base, &inner) && !base.empty()) head = base;
  RoleHits hits = context_.roles.Find(head);
  if (hits.titles == 0 && hits.orgs == 0 && !hits.career_break && head.size() != text.size()) {
    hits = context_.roles.Find(text);
  }
  if (hits.career_break) return Kind::kBreak;
  if (hits.titles == 0 && hits.orgs == 0 && IsPlace(text)) return Kind::kPlace;
  if (hits.legal) return Kind::kOrg;
  if (hits.titles > 0 && hits.orgs == 0) return Kind::kTitle;
  if (hits.orgs > 0 && hits.titles == 0) return Kind::kOrg;
  // "Manager of Classroom Technology": a title opening the text and taking
  // an "of" phrase is the head noun, whatever organisation words follow.
  if (hits.titles > 0 && !hits.legal && hits.first_title_begin == 0 && IsAsciiText(head) &&
      head.substr(static_cast<size_t>(hits.first_title_end)).rfind(" of ", 0) == 0) {
    return Kind::kTitle;
  }
  if (hits.titles > 0) return hits.last_title > hits.last_org ? Kind::kTitle : Kind::kOrg;
  if (AllCaps(text) && !context_.places.Resolve(text)) return Kind::kOrg;
  return Kind::kUnknown;
}

void HeaderReader::Cut() {
  size_t seg_number = 0;
  for (size_t line = 0; line < cleaned_.size(); ++line) {
    std::string_view s = cleaned_[line];
    std::vector<Range> segments = Segments(s);
    // "Title at Company", "Title @ Company"; after "Worked as", also "with",
    // "for" and "in": "Worked as Deputy Manager with Genius Consultants Ltd".
    std::vector<Range> split;
    for (Range seg : segments) {
      if (Range org, title; SplitWorkingWith(s, seg, context_.roles, &org, &title)) {
        split.push_back(org);
        split.push_back(title);
        continue;
      }
      std::string_view text = s.substr(seg.begin, seg.end - seg.begin);
      size_t prose = WorkedAsLength(text);
      seg.begin += prose;
      text.remove_prefix(prose);
      // The first two always; all five after "Worked as".
      constexpr std::string_view kConnectors[] = {" at ", " @ ", " with ", " for ", " in "};
      const size_t connectors = prose > 0 ? std::size(kConnectors) : 2;
      size_t at = std::string_view::npos, width = 0;
      for (std::string_view connector : std::span(kConnectors, connectors)) {
        size_t found = text.find(connector);
        if (found < at) {
          at = found;
          width = connector.size();
        }
      }
      // "Intern engineer / SII, Rennes": a spaced slash before a name with no
      // title word ("Technical Consultant / Senior Analyst Programmer" is one
      // position).
      if (size_t slash = text.find(" / "); slash < at && context_.roles.Find(text.substr(slash + 3)).titles == 0) {
        at = slash;
        width = 3;
      }
      if (at != std::string_view::npos && context_.roles.Find(text.substr(0, at)).titles > 0 &&
          text.find('(') > at) {
        split.push_back({seg.begin, seg.begin + at});
        split.push_back(TrimRange(s, {seg.begin + at + width, seg.end}));
      } else {
        split.push_back(seg);
      }
    }
    for (Range seg : split) {
      std::vector<Range> ranges = Pieces(s, seg);
      std::vector<Piece> pieces;
      for (Range r : ranges) {
        r = WithoutTrailingConnector(s, r);  // "Bangalore from" once the date is blanked
        std::string_view text = s.substr(r.begin, r.end - r.begin);
        if (!HasLetter(text) || IsConnector(FoldCase(text))) continue;
        if (context_.dates.ParseExact(text, context_.as_of)) continue;  // "Present" left over
        if (context_.roles.Placeholder(text)) continue;  // "Company Name", "Confidential"
        if (ContinuedMark(text)) continue;
        // "@myownfoodtwitter", "Leigh03@hotmail.com": contact details, not
        // a piece to fill an empty field with.
        if (text.find('@') != std::string_view::npos) continue;
        if (BracketedNote(text)) continue;
        // ", Inc." / ", Ltd." belong to the name before them; but a region
        // code after a town is the region ("Summit Ridge Bank, Boulder, CO":
        // CO is Colorado here, not "Co.").
        if (!pieces.empty() && context_.roles.OnlyLegal(text) && !RegionAfterTown(s, pieces.back().range, text)) {
          pieces.back().range.end = r.end;
          continue;
        }
        Piece p;
        p.line = line;
        p.seg = seg_number;
        if (size_t org = OrgAfterTitle(text); org != std::string_view::npos) {
          // "Special Education Teacher AAA High School": two pieces.
          p.range = TrimRange(s, {r.begin, r.begin + org});
          pieces.push_back(p);
          r.begin += org;
        }
        p.range = r;
        pieces.push_back(p);
      }
      GlueFirmName(s, &pieces);
      // Places: "Texas, USA", "New York, NY" glue into one piece. The town
      // before them ("Austin") is glued on when the location is chosen, once
      // it is known not to be the organisation ("Brightwater Ads, New York, NY").
      std::vector<bool> place(pieces.size());
      for (size_t i = 0; i < pieces.size(); ++i) {
        std::string_view text = pieces[i].range.In(s);
        place[i] = (IsPlace(text) && (context_.roles.Find(text).orgs == 0 ||
                                      (i > 0 && RegionAfterTown(s, pieces[i - 1].range, text)))) ||
                   (i > 0 && TemplateRegionAfterCity(s, pieces[i - 1].range, text));
      }
      for (size_t i = pieces.size(); i-- > 1;) {
        if (!place[i] || !place[i - 1]) continue;
        std::string_view text = pieces[i].range.In(s);
        // "remote" is not a region
        if (!context_.places.Resolve(text) && !TemplateRegionAfterCity(s, pieces[i - 1].range, text)) continue;
        pieces[i - 1].range.end = pieces[i].range.end;
        pieces.erase(pieces.begin() + static_cast<long>(i));
        place.erase(place.begin() + static_cast<long>(i));
      }
      for (size_t i = 0; i < pieces.size(); ++i) {
        Piece& p = pieces[i];
        std::string_view text = p.range.In(s);
        p.kind = place[i] ? Kind::kPlace : Classify(text);
        p.city_like = place[i] || CityLike(text);
        // "Haimao Technology (Shanghai)": a town in brackets after a name;
        // "Product Manager (Houston, TX)": a known place after a title.
        std::string_view base, inner;
        bool bracket = (p.kind == Kind::kOrg || p.kind == Kind::kTitle) && SplitTrailingBracket(text, &base, &inner) &&
                       !base.empty();
        bool town = bracket && (p.kind == Kind::kOrg ? context_.places.Resolve(inner) ||
                                                           (CityLike(inner) && WordCount(inner) <= 2)
                                                     : IsPlace(inner) || TownAndRegion(inner));
        if (town) {
          size_t open = p.range.begin + static_cast<size_t>(inner.data() - text.data()) - 1;
          Piece town = p;
          town.range = {open + 1, p.range.end - 1};
          town.kind = Kind::kPlace;
          town.city_like = true;
          p.range = TrimRange(s, {p.range.begin, open});
          if (pieces_.size() < kMaxPieces) pieces_.push_back(p);
          if (pieces_.size() < kMaxPieces) pieces_.push_back(town);
          continue;
        }
        if (pieces_.size() < kMaxPieces) pieces_.push_back(p);
      }
      segment_line_.push_back(line);
      ++seg_number;
    }
  }
}

int HeaderReader::First(Kind kind) const {
  for (size_t i = 0; i < pieces_.size(); ++i) {
    if (pieces_[i].kind == kind && !pieces_[i].used) return static_cast<int>(i);
  }
  return -1;
}

template <typename Pred>
std::string HeaderReader::Take(int i, Pred more) {
  size_t last = static_cast<size_t>(i);
  pieces_[last].used = true;
  while (last + 1 < pieces_.size() && pieces_[last + 1].seg == pieces_[i].seg && !pieces_[last + 1].used &&
         more(pieces_[last + 1])) {
    ++last;
    pieces_[last].used = true;
  }
  return Join(static_cast<size_t>(i), last);
}

HeaderFields HeaderReader::Read() {
  HeaderFields out;
  Cut();
  if (pieces_.empty()) return out;

  // "Conshohocken" before "PA": a town written before its region is part of
  // the location, never the employer ("Volunteer, Cradles to Crayons •
  // Conshohocken, PA"; "Cupertino, CA  Summer 2004").
  // Only a plain town name: one or two capitalised words ("CME Group-Chicago,
  // IL" and "Jack E. Carter, PA" name the employer).
  // Text cut one word a line keeps the order: "San" / "Antonio," / "TX" is
  // one place too, read from its region back.
  std::vector<bool> town(pieces_.size(), false);
  for (size_t i = pieces_.size() - 1; i-- > 0;) {
    const Piece& next = pieces_[i + 1];
    const bool same_seg = next.seg == pieces_[i].seg;
    const bool next_line_alone = next.line == pieces_[i].line + 1 && WordCount(Text(pieces_[i])) == 1 &&
                                 WordCount(Text(next)) == 1;
    if (pieces_[i].kind == Kind::kUnknown && pieces_[i].city_like && TownName(Text(pieces_[i])) &&
        (same_seg || next_line_alone) && next.kind == Kind::kPlace &&
        ((same_seg && context_.places.Resolve(TrimSpaces(Text(next)))) ||
         (next_line_alone && (town[i + 1] || context_.places.Resolve(TrimSpaces(Text(next))))))) {
      pieces_[i].kind = Kind::kPlace;
      town[i] = true;
    }
  }

  // "San" / "Antonio," / "TX" => "San Antonio, TX".
  auto take_town = [&](size_t k) {
    pieces_[k].used = true;
    std::string location = Squeeze(Text(pieces_[k]));
    while (k + 1 < pieces_.size() && town[k] && !pieces_[k + 1].used && pieces_[k + 1].kind == Kind::kPlace) {
      ++k;
      pieces_[k].used = true;
      location += (town[k] ? " " : ", ") + Squeeze(Text(pieces_[k]));
    }
    return location;
  };

  int brk = First(Kind::kBreak);
  if (brk >= 0) {
    out.is_break = true;
    out.position = Squeeze(Text(pieces_[brk]));
    return out;
  }

  int title = First(Kind::kTitle);
  int org = First(Kind::kOrg);
  out.position_from_lexicon = title >= 0;
  auto unknown = [&](size_t i) { return pieces_[i].kind == Kind::kUnknown && !pieces_[i].used; };

  if (title < 0 && org < 0) {
    // No words to go by. Two segments or lines: "Position — Organisation";
    // one: "Organisation, Town".
    int first = -1, second = -1;
    for (size_t i = 0; i < pieces_.size(); ++i) {
      if (!unknown(i)) continue;
      if (first < 0) first = static_cast<int>(i);
      else if (pieces_[i].seg != pieces_[first].seg) {
        second = static_cast<int>(i);
        break;
      }
    }
    if (first < 0) {
      // Only places.
      int place = First(Kind::kPlace);
      if (place >= 0) {
        out.location = town[static_cast<size_t>(place)] ? take_town(static_cast<size_t>(place))
                                                        : Take(place, [](const Piece&) { return true; });
      }
      return out;
    }
    if (second >= 0) {
      pieces_[first].kind = Kind::kTitle;
      pieces_[second].kind = Kind::kOrg;
      title = first;
      org = second;
    } else {
      pieces_[first].kind = Kind::kOrg;
      org = first;
    }
  } else if (org < 0) {
    // A title: the organisation is an unknown piece, preferably in another
    // segment, and one that is no prose before one that is ("Research and
    // assist with developing marketing material", a wrapped line above
    // "Owner, Myownfoodsite.com"). Prose taken for want of a name is dropped
    // later, and the job then borrows no employer ("Consultant — various clients").
    for (bool prose_too : {false, true}) {
      auto candidate = [&](size_t i) {
        return unknown(i) && (prose_too || !ProseOrganization(context_.roles, Text(pieces_[i])));
      };
      for (size_t i = 0; i < pieces_.size() && org < 0; ++i) {
        if (candidate(i) && pieces_[i].seg != pieces_[title].seg) org = static_cast<int>(i);
      }
      for (size_t i = static_cast<size_t>(title) + 1; i < pieces_.size() && org < 0; ++i) {
        if (candidate(i) && pieces_[i].seg == pieces_[title].seg) org = static_cast<int>(i);
      }
    }
    // Else one before the title in its segment, unless it is a known place or
    // one word that reads like a town ("Conshohocken, Software Engineer"):
    // "PTC Therapeutics, Software Engineering Contractor".
    for (int i = 0; i < title && org < 0; ++i) {
      const Piece& p = pieces_[static_cast<size_t>(i)];
      std::string_view text = TrimSpaces(Text(p));
      if (unknown(static_cast<size_t>(i)) && p.seg == pieces_[title].seg && !context_.places.Resolve(text) &&
          !(TownName(text) && WordCount(text) == 1)) {
        org = i;
      }
    }
    if (org >= 0) pieces_[org].kind = Kind::kOrg;
  } else if (title < 0) {
    // An organisation: the position is an unknown piece before it on its
    // line ("Industrial Training (SIWES) — Lagos State Ministry of Works"),
    // else one on another line or in a later segment that does not look like
    // a town.
    for (size_t i = 0; i < pieces_.size() && title < 0; ++i) {
      if (unknown(i) && pieces_[i].line == pieces_[org].line && pieces_[i].seg < pieces_[org].seg) {
        title = static_cast<int>(i);
      }
    }
    for (size_t i = 0; i < pieces_.size() && title < 0; ++i) {
      if (unknown(i) && pieces_[i].line != pieces_[org].line && !pieces_[i].city_like) title = static_cast<int>(i);
    }
    for (size_t i = 0; i < pieces_.size() && title < 0; ++i) {
      if (unknown(i) && pieces_[i].seg != pieces_[org].seg && !pieces_[i].city_like) title = static_cast<int>(i);
    }
    if (title >= 0) pieces_[title].kind = Kind::kTitle;
  }

  if (title >= 0) out.position = Take(title, [](const Piece& p) { return p.kind == Kind::kTitle; });
  if (org >= 0) out.organization = Take(org, [](const Piece& p) { return p.kind == Kind::kOrg; });

  // Location: a place piece; else the piece after the organisation in its
  // segment; else a short capitalised piece left over in another segment.
  int place = First(Kind::kPlace);
  if (place < 0 && org >= 0) {
    size_t after = static_cast<size_t>(org) + 1;
    while (after < pieces_.size() && pieces_[after].used && pieces_[after].seg == pieces_[org].seg) ++after;
    if (after < pieces_.size() && unknown(after) && pieces_[after].seg == pieces_[org].seg &&
        WordCount(Text(pieces_[after])) <= 4) {
      place = static_cast<int>(after);
    }
  }
  if (place < 0) {
    for (size_t i = 0; i < pieces_.size() && place < 0; ++i) {
      if (!unknown(i) || !pieces_[i].city_like) continue;
      bool own_segment = (title < 0 || pieces_[i].seg != pieces_[title].seg) &&
                         (org < 0 || pieces_[i].seg != pieces_[org].seg);
      if (own_segment) place = static_cast<int>(i);
    }
  }
  if (place >= 0) {
    // "Austin" before "TX": the town of "Austin, TX".
    int from = place;
    if (pieces_[place].kind == Kind::kPlace && place > 0 && unknown(place - 1) &&
        pieces_[place - 1].seg == pieces_[place].seg && pieces_[place - 1].city_like) {
      from = place - 1;
    }
    if (town[static_cast<size_t>(from)]) {
      out.location = take_town(static_cast<size_t>(from));
    } else {
      out.location = Take(from, [](const Piece& p) { return p.kind == Kind::kPlace || p.kind == Kind::kUnknown; });
    }
  }
  // "Spotify (Stockholm)": a town in brackets after the organisation.
  std::string_view org_base, org_inner;
  if (out.location.empty() && SplitTrailingBracket(out.organization, &org_base, &org_inner) && !org_base.empty() &&
      (context_.places.Resolve(org_inner) || (CityLike(org_inner) && WordCount(org_inner) <= 2))) {
    std::string base(org_base), inner(org_inner);
    out.location = inner;
    out.organization = base;
  }

  // Pieces after the position in its segment: "Registered Nurse, Cardiac
  // Step-Down Unit" on a line of its own belongs to the position; "Run
  // Director, Cramond" after "Parkrun —" is a town.
  if (title >= 0) {
    size_t line = pieces_[title].line;
    size_t segments_on_line = 0;
    for (size_t line_of : segment_line_) segments_on_line += line_of == line;
    for (size_t i = static_cast<size_t>(title) + 1; i < pieces_.size(); ++i) {
      if (pieces_[i].seg != pieces_[title].seg) break;
      if (!unknown(i)) continue;
      pieces_[i].used = true;
      if (segments_on_line > 1 && pieces_[i].city_like && out.location.empty()) {
        out.location = Squeeze(Text(pieces_[i]));
      } else {
        out.position += ", " + Squeeze(Text(pieces_[i]));
      }
    }
  }
  if (ProsePosition(out.position) || ContactOrBanner(out.position)) {
    out.position.clear();
    out.position_from_lexicon = false;
  }
  // "June", "Nov.": a month word of a date split over lines is no organisation,
  // nor is chart debris with fewer than two letters ("$M", "(P)").
  if (ContactOrBanner(out.organization) || LetterCount(out.organization) < 2 ||
      (WordCount(out.organization) == 1 && context_.dates.IsDateWord(out.organization))) {
    out.organization.clear();
  }
  return out;
}

// "[tiny-signals](https://github.com/x/tiny-signals)" => "tiny-signals".
std::string StripMarkdownLinks(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '[') {
      size_t close = text.find(']', i);
      if (close != std::string_view::npos && close + 1 < text.size() && text[close + 1] == '(') {
        size_t end = text.find(')', close);
        if (end != std::string_view::npos) {
          out.append(text.substr(i + 1, close - i - 1));
          i = end + 1;
          continue;
        }
      }
    }
    out.push_back(text[i]);
    ++i;
  }
  return out;
}

bool RoleLike(const RoleHits& hits) {
  return hits.titles > 0 && (hits.orgs == 0 || hits.last_title > hits.last_org);
}

bool OrgLike(const RoleHits& hits) { return (hits.legal || hits.orgs > 0) && hits.titles == 0; }

}  // namespace

HeaderFields ParsePositionHeader(const std::vector<std::string>& lines, const HeaderContext& context) {
  HeaderReader reader(lines, context);
  return reader.Read();
}

namespace {

// "Miles ford Auto shop", "Sunrise bakery": a short capitalised name whose
// last word is an organisation word, and half of whose words at least are
// capitalised, is a name typed partly in lower case, not a sentence; unless
// its first word is a verb form ("Managed retail store"). Not "Data
// warehousing systems", "MSD interview committee".
bool NamedByHeadNoun(const RoleLexicon& roles, std::string_view org) {
  org = TrimSpaces(org);
  while (!org.empty() && (org.back() == '.' || org.back() == ',')) org.remove_suffix(1);
  if (org.empty() || !IsAsciiUpper(org[0]) || !IsAsciiText(org) || WordCount(org) > 5) return false;
  std::string_view first = org.substr(0, org.find(' '));
  auto ends_with = [&](std::string_view suffix) {
    return first.size() >= suffix.size() + 3 && first.substr(first.size() - suffix.size()) == suffix;
  };
  if (ends_with("ed") || ends_with("ing")) return false;
  int capitalised = 0, lower = 0;
  for (size_t i = 0; i < org.size(); ++i) {
    if (i > 0 && org[i - 1] != ' ') continue;
    capitalised += IsAsciiUpper(org[i]);
    lower += IsAsciiLower(org[i]);
  }
  if (lower > capitalised) return false;
  RoleHits hits = roles.Find(org);
  return hits.orgs > 0 && hits.titles == 0 && hits.last_org == static_cast<int>(org.size());
}

}  // namespace

// Prose cut into a header is no organisation: two or more words in
// lower case besides connectors, legal forms and brackets ("Writing press
// releases", "Oversaw/managed external contractors", "Process Automatic
// Invoice run twice a week"). Names keep their capitals: "Ministry of Physical
// Planning and works" has one such word, "invivodata, inc." and "Vistula Pay
// sp. z o.o." end in legal forms, "Hartley Crane & Co. Chartered Accountants
// (Big-4 network member)" has its lower case in brackets.
bool ProseOrganization(const RoleLexicon& roles, std::string_view org) {
  if (NamedByHeadNoun(roles, org)) return false;
  static constexpr std::string_view kConnectors[] = {"a",  "an", "and", "at", "by", "de",   "der", "des",
                                                     "di", "du", "et",  "for", "from", "in", "la",  "le",
                                                     "of", "on", "the", "to", "und",  "von", "with", "y"};
  int lower = 0;
  ForEachUnbracketedWord(org, " \t/", [&](std::string_view word, size_t begin) {
    if (!IsAsciiLower(word[0])) return true;
    if (roles.OnlyLegal(org.substr(begin))) return false;
    std::string_view bare = word;
    while (!bare.empty() && (bare.back() == ',' || bare.back() == '.' || bare.back() == ';')) bare.remove_suffix(1);
    if (std::find(std::begin(kConnectors), std::end(kConnectors), bare) != std::end(kConnectors)) return true;
    return ++lower < 2;
  });
  return lower >= 2;
}

std::string WithoutNote(std::string_view position) {
  std::string_view base, inner;
  if (!SplitTrailingBracket(position, &base, &inner) || base.empty()) return std::string(position);
  if (WordCount(inner) < 3) return std::string(position);
  while (!base.empty() && (base.back() == ',' || base.back() == '-' || base.back() == ' ')) base.remove_suffix(1);
  return std::string(base);
}

bool NamesPosition(const RoleLexicon& roles, std::string_view line) {
  if (WordCount(line) > 8) return false;
  RoleHits hits = roles.Find(line);
  if (RoleLike(hits)) return true;
  // "Manager of Academic Technology and Finance", "Director for Legal
  // Services": a title opening the line and taking a phrase is its head.
  if (hits.titles == 0 || hits.legal || hits.first_title_begin != 0 || !IsAsciiText(line)) return false;
  std::string_view rest = line.substr(std::min(line.size(), static_cast<size_t>(hits.first_title_end)));
  return rest.rfind(" of ", 0) == 0 || rest.rfind(" for ", 0) == 0;
}

ProjectFields ParseProjectHeader(const std::vector<std::string>& lines, const HeaderContext& context,
                                 bool list_item) {
  ProjectFields out;
  bool have_name = false;
  for (size_t li = 0; li < lines.size() && li < kMaxHeaderLines; ++li) {
    std::string s = CleanLine(StripMarkdownLinks(lines[li]), context);
    std::vector<Range> segs = Segments(s);
    if (segs.empty()) continue;
    if (have_name) {
      // Later header lines: a role or an organisation.
      std::string text = Squeeze(std::string_view(s).substr(segs.front().begin, segs.back().end - segs.front().begin));
      RoleHits hits = context.roles.Find(text);
      if (out.role.empty() && RoleLike(hits) && WordCount(text) <= 8) out.role = text;
      else if (out.organization.empty() && OrgLike(hits)) out.organization = text;
      continue;
    }
    have_name = true;
    if (list_item) {
      // "name — what it is" / "name: what it is".
      Range first = segs.front();
      std::string_view whole = std::string_view(s).substr(first.begin, segs.back().end - first.begin);
      size_t colon = std::string_view(s).substr(first.begin, first.end - first.begin).find(": ");
      if (segs.size() > 1) {
        std::string rest(std::string_view(s).substr(segs[1].begin, segs.back().end - segs[1].begin));
        for (char& c : rest) {
          if (c == '|') c = ' ';
        }
        out.description = Squeeze(rest);
        segs.resize(1);
      } else if (colon != std::string_view::npos) {
        out.description = Squeeze(whole.substr(colon + 2));
        segs.front().end = first.begin + colon;
      }
    }
    // Peel a trailing role, organisation or place segment.
    while (segs.size() > 1) {
      std::string text = Squeeze(std::string_view(s).substr(segs.back().begin, segs.back().end - segs.back().begin));
      RoleHits hits = context.roles.Find(text);
      if (out.role.empty() && RoleLike(hits) && WordCount(text) <= 6) {
        out.role = text;
      } else if (out.organization.empty() && OrgLike(hits) && WordCount(text) <= 8 &&
                 (IsAsciiUpper(text[0]) || static_cast<unsigned char>(text[0]) >= 0x80)) {
        out.organization = text;
      } else if (context.places.Resolve(text) || IsRemoteWord(text)) {
        // a place: not kept for projects
      } else {
        break;
      }
      segs.pop_back();
    }
    Range name{segs.front().begin, segs.back().end};
    // "网络 ,项目组长": a role after the last comma.
    if (out.role.empty()) {
      std::vector<Range> pieces = Pieces(s, name);
      if (pieces.size() > 1) {
        std::string text = Squeeze(std::string_view(s).substr(pieces.back().begin, pieces.back().end - pieces.back().begin));
        if (RoleLike(context.roles.Find(text)) && WordCount(text) <= 4) {
          out.role = text;
          name.end = pieces[pieces.size() - 2].end;
        }
      }
    }
    std::string name_text = Squeeze(std::string_view(s).substr(name.begin, name.end - name.begin));
    // A trailing tech list: "(Python, FastAPI, React)", "(C++17)".
    std::string_view base, inner;
    if (SplitTrailingBracket(name_text, &base, &inner) && !base.empty() && WordCount(base) >= 2) {
      std::vector<std::string> items;
      size_t start = 0;
      bool prose = false;
      while (start <= inner.size()) {
        size_t comma = inner.find_first_of(",;", start);
        std::string_view item = TrimSpaces(inner.substr(start, comma == std::string_view::npos ? inner.npos : comma - start));
        if (!item.empty()) {
          if (WordCount(item) > 4) prose = true;
          items.emplace_back(item);
        }
        if (comma == std::string_view::npos) break;
        start = comma + 1;
      }
      bool capital = !inner.empty() && (IsAsciiUpper(inner[0]) || static_cast<unsigned char>(inner[0]) >= 0x80);
      if (!prose && !items.empty() && items.size() <= 12 && (items.size() > 1 || capital)) {
        out.keywords = std::move(items);
        name_text = std::string(base);
      }
    }
    // "... at Alipay": the organisation, when written.
    size_t at = name_text.rfind(" at ");
    if (out.organization.empty() && at != std::string::npos) {
      std::string_view org = std::string_view(name_text).substr(at + 4);
      bool capitalised = !org.empty() && WordCount(org) <= 4;
      for (size_t i = 0; capitalised && i < org.size(); ++i) {
        if (i == 0 || org[i - 1] == ' ') capitalised = IsAsciiUpper(org[i]) || static_cast<unsigned char>(org[i]) >= 0x80;
      }
      if (capitalised) out.organization = std::string(org);
    }
    out.name = std::move(name_text);
  }
  return out;
}

}  // namespace cvparse
