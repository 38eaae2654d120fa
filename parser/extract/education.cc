#include "extract/education.h"

#include <algorithm>
#include <optional>
#include <unordered_set>
#include <utility>

#include "extract/written_degree.h"
#include "layout/entries.h"
#include "layout/heading_lexicon.h"
#include "regex/pattern.h"
#include "text/ascii_search.h"
#include "text/ascii.h"

namespace cvparse {
namespace {

constexpr char kMask = '\x01';        // stands for a date, grade or rank in LineInfo::masked
constexpr size_t kMaxEntryLines = 200;
constexpr size_t kMaxSectionLines = 2000;
constexpr size_t kMaxCourses = 200;

// ---------------------------------------------------------------------------
// Small text helpers.

bool IsSpace(char c) { return c == ' ' || c == '\t'; }
bool IsOneOf(char c, std::string_view set) { return set.find(c) != std::string_view::npos; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    c = AsciiLowerChar(c);
  }
  return out;
}

bool StartsWithFolded(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && Lower(s.substr(0, prefix.size())) == prefix;
}

// True when "in " or "of " (any case) follows s[at], after any spaces: "X
// degree in Y", "Master of Z".
bool InOrOfFollows(std::string_view s, size_t at) {
  while (at < s.size() && s[at] == ' ') ++at;
  const std::string_view word = s.substr(at, 3);
  return StartsWithFolded(word, "in ") || StartsWithFolded(word, "of ");
}

std::string_view Trim(std::string_view s, std::string_view chars = " \t") {
  while (!s.empty() && IsOneOf(s.front(), chars)) s.remove_prefix(1);
  while (!s.empty() && IsOneOf(s.back(), chars)) s.remove_suffix(1);
  return s;
}

// Trims [*b, *e) of `s` of spaces, masks and the given punctuation.
void TrimRange(std::string_view s, size_t* b, size_t* e, std::string_view chars) {
  while (*b < *e && (IsSpace(s[*b]) || s[*b] == kMask || IsOneOf(s[*b], chars))) ++*b;
  while (*e > *b && (IsSpace(s[*e - 1]) || s[*e - 1] == kMask || IsOneOf(s[*e - 1], chars))) --*e;
}

// ---------------------------------------------------------------------------
// Line analysis.

enum class Column { kNone, kDegree, kInstitution, kYear, kGrade, kArea, kLocation };

enum class ChunkKind { kOther, kDegree, kInstitution, kPlace };

struct Chunk {
  size_t begin = 0, end = 0;  // in norm, trimmed
  int cell = 0;               // index of the tab-separated cell
  ChunkKind kind = ChunkKind::kOther;
  int degree = -1;            // index of its first degree in LineInfo::degrees
  bool masked_only = false;   // nothing but dates, grades, ranks and punctuation
  bool generic = false;       // "CIM Certificate in Digital Marketing": a qualification outside the lexicon
  size_t name_begin = 0, name_end = 0;  // kInstitution: the school's name (see InstitutionName)
};

enum class LineRole { kNormal, kCourses, kNote, kTableHeader };

struct LineInfo {
  size_t index = 0;
  const Line* line = nullptr;
  std::string masked;  // norm with dates, grades and ranks replaced by kMask
  LineRole role = LineRole::kNormal;
  std::vector<DegreeMatch> degrees;
  std::vector<InstitutionWord> institutions;
  std::vector<GradeMatch> grades;
  std::vector<RankMatch> ranks;
  std::vector<DateMatch> dates;
  std::vector<Chunk> chunks;
  int cells = 1;
  std::vector<Course> courses;  // kCourses lines
};

const Pattern& CourseLabel() {
  static const StaticPattern p(
      R"((?i)^((?:(?:relevant|selected|key|core|major|main|related|graduate|undergraduate|postgraduate|advanced|elective)\s+)*(?:course\s?work|courses?|modules?|subjects?|classes)(?:\s+taken)?(?:\s*\([^)]{0,20}\))?|主修课程|核心课程|相关课程|专业课程|主要课程|课程)\s*:\s*(.*)$)");
  return *p;
}

// Lines that describe something else than the degree: no grade or degree is read there.
const Pattern& NoteLabel() {
  static const StaticPattern p(
      R"((?i)^(?:(?:master'?s?|bachelor'?s?|ph\.?d\.?|doctoral|senior|final[\s\-]year|undergraduate|graduate|capstone|honou?rs)\s+)?(?:thesis|dissertation|project|design|research|advisor|adviser|supervisor|supervisors|activities|societies|clubs|论文|毕业论文|毕业设计|导师|研究方向|Masterarbeit|Bachelorarbeit|Diplomarbeit|Abschlussarbeit|mémoire|stage)\s*:)");
  return *p;
}

bool IsNoteText(std::string_view text) { return NoteLabel().Contains(Trim(text)); }

// "Certificate in Digital Marketing", "Diploma of Nursing", "Certificate for
// Reading Recovery Teachers", "Teaching Credential in English", "Minor degree
// in Philosophy", "Degree in Engineering (Metallurgy)"; a whole chunk
// of a few capitalised words ending in one ("Computer System Technician
// Diploma", "Paralegal Certificate (1999)", "Special Education Teacher
// Certification") or opening with "Certificate" ("Certificate Mediation and
// Dispute Resolution"); and a capitalised one inside prose ("Progressive
// certification to attain National Certificate in Motor Industry"): kept as
// a degree of unknown level. Only read in education sections, where such a
// line is a qualification the candidate lists with the degrees.
const Pattern& GenericQualification() {
  static const StaticPattern p(
      R"(^(?:((?i:.{0,40}?\b(?:certificate|diploma|certification|credential|degree)))\s+(?i:in|of|for)\s+\S)"
      R"(|((?:[A-Z][A-Za-z'&\-]*\s+){1,5}(?:Diploma|Certificate|Certification|Credential))\s*(?:\([^()]{0,30}\)\s*)?$)"
      R"(|(Certificate(?:\s+(?:[A-Z][A-Za-z'\-]*|and|of|&)){1,6})\s*$))"
      R"(|\b((?:[A-Z][A-Za-z'&\-]*\s+){1,4}(?:Certificate|Diploma))\s+(?:in|of)\s+[A-Z])");
  return *p;
}

// Verbs that open a sentence about a qualification: "Earned certificate in Excel".
bool IsAttainmentVerb(std::string_view word) {
  for (std::string_view verb : {"earned", "awarded", "received", "completed", "obtained", "attained", "achieved",
                                "gained", "holds", "holding", "pursuing", "pursued", "graduated"}) {
    if (word.size() == verb.size() && StartsWithFolded(word, verb)) return true;
  }
  return false;
}

// The start of the capitalised words (or numbers) right before `keyword` in
// `text`: "Equivalent to a Two-year Technical Degree" => "Two-year Technical
// Degree", "Level 6 Higher Certificate" stays whole; `keyword` when the word
// before it is in lower case, a label ("Qualification: Degree"), a grade
// ("2:1 Degree") or a verb ("Earned certificate").
size_t CapitalisedRunBefore(std::string_view text, size_t keyword) {
  size_t begin = keyword;
  while (begin > 0) {
    size_t e = begin;
    while (e > 0 && text[e - 1] == ' ') --e;
    size_t b = e;
    while (b > 0 && text[b - 1] != ' ') --b;
    const std::string_view word = text.substr(b, e - b);
    if (b == e || !(IsAsciiUpper(text[b]) || IsAsciiDigit(text[b])) || word.find_first_of(":/") != std::string_view::npos ||
        IsAttainmentVerb(word)) {
      break;
    }
    begin = b;
  }
  return begin;
}

// "Certificate of Appreciation", "Certificate for Academic Excellence",
// "Certificate of Completion": honours and attendance, not qualifications.
bool NamesAnHonour(std::string_view text) {
  for (std::string_view word : {"appreciation", "participation", "completion", "merit", "excellence", "achievement",
                                "attendance", "recognition"}) {
    if (ContainsNoCase(text, word)) return true;
  }
  return false;
}

// Where GenericQualification finds the qualification in `text` ("CIM
// Certificate" of "CIM Certificate in X", all of "X Diploma", "National
// Certificate" in prose); false when there is none. The "X in Y" form
// starts at the capitalised words before its keyword; a lower-case keyword
// after a lower-case word is prose ("I completed a minor degree in
// philosophy"), not a qualification.
// *names_subject tells the "Certificate X" form, whose subject is in its name.
bool FindGenericQualification(std::string_view text, size_t* begin, size_t* end, bool* names_subject = nullptr) {
  constexpr size_t kInGroup = 0, kSubjectGroup = 2, kProseGroup = 3;  // the prose form starts at its capitals
  // Every form names one of these words (in any case): most lines name none,
  // and skip the pattern.
  const bool has_keyword = ContainsNoCase(text, "certificat") || ContainsNoCase(text, "diploma") ||
                           ContainsNoCase(text, "credential") || ContainsNoCase(text, "degree");
  Match m;
  if (!has_keyword || !GenericQualification().Find(text, 0, &m)) return false;
  for (size_t g = 0; g < m.groups.size(); ++g) {
    if (!m.groups[g].matched) continue;
    *begin = g == kProseGroup ? m.groups[g].begin : 0;
    *end = m.groups[g].end;
    if (names_subject) *names_subject = g == kSubjectGroup;
    if (g == kInGroup) {
      size_t keyword = text.rfind(' ', *end - 1);
      keyword = keyword == std::string_view::npos ? 0 : keyword + 1;
      *begin = CapitalisedRunBefore(text, keyword);
      if (*begin == keyword && keyword > 0 && IsAsciiLower(text[keyword])) return false;
      // "a high degree of fluency": "degree" names a subject only with "in".
      std::string_view rest = text.substr(*end);
      while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
      if (StartsWithFolded(text.substr(keyword), "degree") && !StartsWithFolded(rest, "in ")) return false;
    }
    // The subject follows the keyword; an honour is named there.
    if (NamesAnHonour(text.substr(*begin, *end - *begin + 40))) return false;
    return true;
  }
  return false;
}

// Table header cells: "Degree", "Institute / Board", "Year", "Score".
Column HeaderWord(std::string_view word) {
  static const std::pair<std::string_view, Column> kWords[] = {
      {"degree", Column::kDegree},       {"qualification", Column::kDegree}, {"qualifications", Column::kDegree},
      {"course", Column::kDegree},       {"program", Column::kDegree},       {"programme", Column::kDegree},
      {"examination", Column::kDegree},  {"exam", Column::kDegree},          {"level", Column::kDegree},
      {"学历", Column::kDegree},         {"学位", Column::kDegree},
      {"institution", Column::kInstitution}, {"institute", Column::kInstitution},
      {"university", Column::kInstitution},  {"school", Column::kInstitution},
      {"college", Column::kInstitution},     {"board", Column::kInstitution},
      {"school/college", Column::kInstitution}, {"学校", Column::kInstitution}, {"院校", Column::kInstitution},
      {"year", Column::kYear},           {"years", Column::kYear},           {"period", Column::kYear},
      {"dates", Column::kYear},          {"date", Column::kYear},            {"duration", Column::kYear},
      {"year of passing", Column::kYear}, {"passing year", Column::kYear},   {"时间", Column::kYear},
      {"grade", Column::kGrade},         {"score", Column::kGrade},          {"marks", Column::kGrade},
      {"percentage", Column::kGrade},    {"cgpa", Column::kGrade},           {"gpa", Column::kGrade},
      {"result", Column::kGrade},        {"class", Column::kGrade},          {"grade/score", Column::kGrade},
      {"成绩", Column::kGrade},
      {"major", Column::kArea},          {"specialization", Column::kArea},  {"specialisation", Column::kArea},
      {"field", Column::kArea},          {"subject", Column::kArea},         {"branch", Column::kArea},
      {"stream", Column::kArea},         {"专业", Column::kArea},
      {"location", Column::kLocation},   {"city", Column::kLocation},        {"place", Column::kLocation},
  };
  std::string folded = Lower(Trim(word));
  for (const auto& [w, column] : kWords) {
    if (folded == w) return column;
  }
  return Column::kNone;
}

// "Degree\tInstitution\tYear\tGrade" => {degree, institution, year, grade}.
bool ParseTableHeader(std::string_view norm, std::vector<Column>* columns) {
  std::vector<Column> out;
  size_t start = 0;
  while (start <= norm.size()) {
    size_t tab = norm.find('\t', start);
    std::string_view cell = norm.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    Column first = Column::kNone;
    size_t part_start = 0;
    while (part_start <= cell.size()) {
      size_t slash = cell.find('/', part_start);
      std::string_view part = cell.substr(part_start, slash == std::string_view::npos ? std::string_view::npos
                                                                                        : slash - part_start);
      Column c = HeaderWord(part);
      if (c == Column::kNone) return false;
      if (first == Column::kNone) first = c;
      if (slash == std::string_view::npos) break;
      part_start = slash + 1;
    }
    out.push_back(first);
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  if (out.size() < 2) return false;
  *columns = std::move(out);
  return true;
}

// Words that never belong to a place name.
bool NotPlaceWord(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "department", "dept", "dept.", "faculty", "campus", "program", "programme", "honours", "honors", "hons",
      "minor", "major", "list", "scholarship", "thesis", "dissertation", "level", "class", "grade", "member",
      "science", "engineering", "studies", "technology", "management", "mathematics", "arts"};
  std::string folded = Lower(word);
  for (std::string_view w : kWords) {
    if (folded == w) return true;
  }
  return false;
}

// "Boston", "Austin, TX" parts, "Zagreb (Croatia)", "Memphis, TN 38103".
bool PlaceLike(std::string_view text) {
  text = Trim(text);
  if (text.empty() || text.size() > 40 || text.find(':') != std::string_view::npos) return false;
  static constexpr std::string_view kConnectors[] = {"de", "di", "da", "du", "del", "della", "la", "le", "les",
                                                     "am", "an", "im", "upon", "on", "sur", "en", "y", "and"};
  size_t words = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    if (pos >= text.size()) break;
    size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(pos, end - pos);
    pos = end;
    ++words;
    if (words > 5) return false;
    if (NotPlaceWord(word)) return false;
    std::string_view core = Trim(word, "()");
    if (core.empty()) return false;
    bool all_digits = std::all_of(core.begin(), core.end(), IsAsciiDigit);
    if (all_digits) {
      if (pos < text.size() || core.size() < 4 || core.size() > 6 || words == 1) return false;  // a ZIP at the end
      continue;
    }
    for (char c : core) {
      if (IsAsciiDigit(c)) return false;
    }
    unsigned char lead = static_cast<unsigned char>(core[0]);
    if (lead >= 0xE0) return false;  // CJK and symbols: not read as places here
    bool capital = IsAsciiUpper(core[0]) || lead >= 0xC0;
    if (!capital) {
      bool connector = false;
      for (std::string_view c : kConnectors) connector = connector || core == c;
      if (!connector || words == 1) return false;
    }
  }
  return words > 0;
}

// Does s hold a letter or digit (any non-ASCII byte counts)?
bool HasWordChar(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    return IsAsciiUpper(c) || IsAsciiLower(c) || IsAsciiDigit(c) || static_cast<unsigned char>(c) >= 0x80;
  });
}

// Is every byte of [b, e) a mask, a space or punctuation?
bool MaskedOnly(std::string_view s, size_t b, size_t e) {
  bool any_mask = false;
  for (size_t i = b; i < e; ++i) {
    if (s[i] == kMask) {
      any_mask = true;
      continue;
    }
    if (!IsOneOf(s[i], " \t()[],;:-/|.")) return false;
  }
  return any_mask || b == e;
}

// The end of [b, e) without a trailing parenthesis that holds only masks:
// "Holbein-Gymnasium Augsburg (Note 1,9)" => "Holbein-Gymnasium Augsburg".
size_t WithoutMaskedParen(std::string_view masked, size_t b, size_t e) {
  while (e > b && IsSpace(masked[e - 1])) --e;
  if (e <= b || masked[e - 1] != ')') return e;
  size_t open = masked.rfind('(', e - 1);
  if (open == std::string_view::npos || open < b || !MaskedOnly(masked, open + 1, e - 1)) return e;
  while (open > b && IsSpace(masked[open - 1])) --open;
  return open;
}

void Chunkify(LineInfo* info) {
  const std::string& s = info->masked;
  const size_t n = s.size();
  int depth = 0, cell = 0;
  size_t start = 0;
  auto emit = [&](size_t b, size_t e) {
    TrimRange(s, &b, &e, ",;|:-");
    // A parenthesis left alone by the cut: "(part-time" is kept, "()" dropped.
    if (b >= e) return;
    Chunk chunk;
    chunk.begin = b;
    chunk.end = e;
    chunk.cell = cell;
    chunk.masked_only = MaskedOnly(s, b, e);
    if (info->chunks.size() < 64) info->chunks.push_back(chunk);
  };
  for (size_t i = 0; i < n; ++i) {
    char c = s[i];
    if (c == '\t') {
      emit(start, i);
      start = i + 1;
      depth = 0;
      ++cell;
      continue;
    }
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (depth > 0) continue;
    size_t sep = 0;
    if (c == ',' || c == ';' || c == '|') {
      sep = 1;
    } else if (c == '-' && i > 0 && s[i - 1] == ' ' && i + 1 < n && s[i + 1] == ' ') {
      sep = 1;
    } else if (c == '-' && i > 0 && s[i - 1] == ' ' && i + 2 < n && s[i + 1] == '-' && s[i + 2] == ' ') {
      sep = 2;  // "XYZ COLLEGE -- Sometown, NJ"
    } else if (c == '.' && i + 2 < n && s[i + 1] == '.' && s[i + 2] == '.') {
      sep = 3;
      while (i + sep < n && s[i + sep] == '.') ++sep;
    } else if (s.compare(i, 3, "\xE2\x80\xA6") == 0) {  // "…" used as a dot leader
      sep = 3;
    }
    if (sep == 0) continue;
    emit(start, i);
    start = i + sep;
    i += sep - 1;
  }
  emit(start, n);
  info->cells = cell + 1;
}

// Is `word` written in lower case? "école" and "the" yes; "École", "MIT",
// "2019" and CJK no.
bool LowerWord(std::string_view word) {
  if (word.empty()) return false;
  unsigned char lead = static_cast<unsigned char>(word[0]);
  if (lead >= 0xC0 && lead < 0xE0 && word.size() >= 2) {
    unsigned cp = ((lead & 0x1Fu) << 6) | (static_cast<unsigned char>(word[1]) & 0x3Fu);
    return (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) || (cp >= 0x100 && cp <= 0x17F && cp % 2 == 1);
  }
  return IsAsciiLower(word[0]);
}

// Small words inside a school's name: "University of X", "Universidad de la Y",
// "Texas A&M", "State University College of New York at Buffalo".
bool NameConnector(std::string_view word) {
  static constexpr std::string_view kConnectors[] = {"of", "de", "di", "da", "du", "des", "del", "della", "la", "le",
                                                     "der", "die", "das", "für", "and", "at", "von", "y", "e", "&",
                                                     "in", "for", "the", "et", "do", "dos", "d'", "à",
                                                     "au", "aux", "les", "los", "las", "el", "upon", "am",
                                                     "an", "zu", "sur"};
  for (std::string_view c : kConnectors) {
    if (word == c) return true;
  }
  return false;
}

// Does text end in a word that a name goes on after: "CITY COLLEGE OF",
// "Institute of Construction Management and"?
bool OpenEnded(std::string_view text) {
  text = Trim(text);
  size_t space = text.rfind(' ');
  std::string last = Lower(text.substr(space == std::string_view::npos ? 0 : space + 1));
  return space != std::string_view::npos && (last == "of" || last == "and" || last == "&" || last == "for");
}

// Calls f(begin, end) for each space-separated word of s[b, e), left to
// right, until f returns false.
template <typename F>
void ForEachWord(std::string_view s, size_t b, size_t e, F f) {
  size_t pos = b;
  while (pos < e) {
    while (pos < e && IsSpace(s[pos])) ++pos;
    if (pos >= e) break;
    size_t end = pos;
    while (end < e && !IsSpace(s[end])) ++end;
    if (!f(pos, end)) return;
    pos = end;
  }
}

// Can `before` open an institution name that goes on with an institution
// word? "The University", "Kings Grammar School", "St. Kevin's Community
// College" yes; "Double diplôme franco-allemand avec la Hochschule" no (prose
// that mentions a school).
bool NameLeadsTo(std::string_view before) {
  bool ok = true;
  ForEachWord(before, 0, before.size(), [&](size_t b, size_t e) {
    std::string_view word = before.substr(b, e - b);
    ok = !LowerWord(word) || NameConnector(word);
    return ok;
  });
  return ok;
}

// A year in parentheses, as in a citation: "Simmons, T.J. (2005). Title".
bool HasParenYear(std::string_view s) {
  for (size_t i = 0; i + 5 < s.size(); ++i) {
    if (s[i] == '(' && IsAsciiDigit(s[i + 1]) && IsAsciiDigit(s[i + 2]) && IsAsciiDigit(s[i + 3]) && IsAsciiDigit(s[i + 4]) &&
        (s[i + 5] == ')' || (i + 6 < s.size() && IsAsciiLower(s[i + 5]) && s[i + 6] == ')'))) {
      return true;
    }
  }
  return false;
}

// The school's name in chunk [chunk_b, chunk_e) of a line, around its
// institution word w: prose before "at" / "from" / "for" / a label's colon
// and lower-case prose after the name are left out; a parenthesis after it
// stays ("(UESTC)", "(Rolla, MO)").
//   "Lecturer at the Institute of Information Technology" => "Institute of Information Technology"
//   "Formerly: Blackstone School of Law"                 => "Blackstone School of Law"
//   "University of Oslo with courses in computer networks" => "University of Oslo"
//   "University of Chicago in the"                        => "University of Chicago"
//   "Manchester University Degree"                        => "Manchester University"
// Returns false when the chunk names no school: the word alone ("College"
// as a table label, "Placement 1: School:"), a citation ("Simmons, T.J.
// (2005). Educating School ..."), an award ("York University Entrance
// Scholarship"), a programme or a job ("EDUCAUSE Institute Leadership
// Program", "Middle School English Teacher"), a degree ("Completed High
// school"), prose before the word, or a lower-case word followed by prose
// ("Sponsored school newspaper").
bool InstitutionName(const LineInfo& info, size_t chunk_b, size_t chunk_e, const InstitutionWord& w, size_t* name_b,
                     size_t* name_e) {
  std::string_view norm = info.line->norm;
  std::string_view masked = info.masked;
  size_t b = chunk_b;
  std::string_view before = norm.substr(chunk_b, w.begin - chunk_b);
  if (HasParenYear(before)) return false;
  for (std::string_view cut : {": ", " at ", " from ", " for "}) {
    size_t at = before.rfind(cut);
    if (at != std::string_view::npos && chunk_b + at + cut.size() > b) b = chunk_b + at + cut.size();
  }
  while (b < w.begin && IsSpace(norm[b])) ++b;
  if (norm.substr(b, 4) == "the ") b += 4;  // "at the University of Oslo"
  size_t first_end = norm.find(' ', b);
  if (first_end != std::string_view::npos && first_end < w.begin &&
      DegreeLexicon::IsStudyVerb(norm.substr(b, first_end - b))) {
    b = first_end + 1;  // "Completed High school from ..."
  }
  // "Al Jarah high school": a lower-case word before a lower-case school word belongs to it.
  size_t lead_end = w.begin;
  while (lead_end > b && IsSpace(norm[lead_end - 1])) --lead_end;
  size_t prev_word = lead_end;
  while (prev_word > b && !IsSpace(norm[prev_word - 1])) --prev_word;
  if (!(LowerWord(norm.substr(w.begin, w.end - w.begin)) && LowerWord(norm.substr(prev_word, lead_end - prev_word)))) {
    prev_word = w.begin;
  }
  // "Anna Gem Science Park Higher secondary School": a school type of the
  // degree lexicon right before the word belongs to the name.
  for (const DegreeMatch& d : info.degrees) {
    if (d.begin > b && d.begin < prev_word && d.end <= w.begin && !HasWordChar(norm.substr(d.end, w.begin - d.end))) {
      prev_word = d.begin;
    }
  }
  if (!NameLeadsTo(norm.substr(b, prev_word - b))) return false;
  // After the word: capitalised words, connectors and parentheses.
  static constexpr std::string_view kAward[] = {"scholarship", "scholarships", "award", "awards", "prize",
                                                "medal", "fellowship", "bursary"};
  static constexpr std::string_view kQualification[] = {"degree", "diploma", "certificate"};
  // A programme or a job at a school: "EDUCAUSE Institute Leadership
  // Program", "Middle School English Teacher".
  static constexpr std::string_view kNotSchool[] = {"program", "programme", "training", "cohort", "workshop",
                                                    "seminar", "teacher", "principal", "director", "coordinator"};
  auto is_one_of = [](std::string_view word, auto& list) {
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
  };
  size_t e = w.end;
  size_t last_word = w.end;  // the end of the last word that is no trailing connector
  size_t pos = w.end;
  while (pos < chunk_e) {
    while (pos < chunk_e && IsSpace(norm[pos])) ++pos;
    if (pos >= chunk_e) break;
    if (norm[pos] == '(') {
      size_t close = norm.find(')', pos);
      if (close == std::string_view::npos || close >= chunk_e) break;
      pos = e = last_word = close + 1;
      continue;
    }
    // "the School. Menu planning": a sentence ends after a long word and its dot.
    size_t prev = e;
    while (prev > w.begin && !IsSpace(norm[prev - 1])) --prev;
    if (norm[e - 1] == '.' && e - prev > 5) break;
    size_t end = pos;
    while (end < chunk_e && !IsSpace(norm[end]) && norm[end] != '(') ++end;
    std::string_view word = norm.substr(pos, end - pos);
    const std::string folded = Lower(word);
    if (is_one_of(folded, kAward) || is_one_of(folded, kNotSchool)) return false;
    const bool qualification = is_one_of(folded, kQualification);
    if (masked[pos] == kMask || qualification || (!HasWordChar(word) && word != "&")) break;
    if (LowerWord(word) && !NameConnector(word)) {
      // "Sponsored school newspaper": a lower-case school word in prose (but
      // "Al Jarah high school with average of 85%" ends at "with").
      static constexpr std::string_view kProseStart[] = {"with", "on", "from", "since", "during", "where",
                                                         "which", "till", "until", "to", "by", "as"};
      const bool prose_start = is_one_of(word, kProseStart);
      if (!prose_start && last_word == w.end && LowerWord(norm.substr(w.begin, w.end - w.begin))) return false;
      break;
    }
    if (word.back() == ':') {  // "TMI The Episcopal School of Texas: Responsible for hiring"
      if (end - 1 > pos) e = last_word = end - 1;
      break;
    }
    e = end;
    if (!(LowerWord(word) && word != "of" && word != "and")) last_word = end;
    pos = end;
  }
  // Trailing "in the", "at": the start of prose, not of a name ("of" and "and" may go on on the next line).
  e = last_word;
  while (e > b && (IsSpace(norm[e - 1]) || norm[e - 1] == ',')) --e;
  // The word alone ("College"), but an acronym alone is a name ("MIT", "TAFE").
  bool acronym = std::none_of(w.word.begin(), w.word.end(), IsAsciiLower);
  if (b == w.begin && e == w.end && !acronym) return false;
  for (const DegreeMatch& d : info.degrees) {
    if (d.begin <= b && e <= d.end) return false;  // "High school": a degree, not a name
  }
  *name_b = b;
  *name_e = e;
  return true;
}

// Does a job noun follow the degree that ends at `end`, before a connector
// ("in", "at", ...) or the end of the chunk? A chunk that opens with such a
// degree names a job or a role: "High School English Teacher", "PhD
// Researcher at X", "PhD Committee Member".
bool JobAfterDegree(std::string_view norm, size_t end, size_t chunk_end) {
  static constexpr std::string_view kJobs[] = {
      "teacher",  "teachers", "principal", "coordinator", "director", "counselor", "counsellor", "instructor",
      "lecturer", "tutor",    "coach",     "researcher",  "assistant", "intern",   "manager",   "supervisor",
      "member",   "examiner", "mentor",    "reviewer"};  // "PhD Committee Member", "MSc Thesis Examiner"
  bool job = false;
  ForEachWord(norm, end, chunk_end, [&](size_t b, size_t e) {
    const std::string word = Lower(Trim(norm.substr(b, e - b), ".,;:()"));
    if (NameConnector(word)) return false;
    job = std::find(std::begin(kJobs), std::end(kJobs), word) != std::end(kJobs);
    return !job;
  });
  return job;
}

void Classify(LineInfo* info) {
  for (Chunk& chunk : info->chunks) {
    if (chunk.masked_only) continue;
    int first_degree = -1;
    for (size_t d = 0; d < info->degrees.size(); ++d) {
      const DegreeMatch& m = info->degrees[d];
      if (m.begin >= chunk.begin && m.end <= chunk.end) {
        const bool job = m.begin == chunk.begin && JobAfterDegree(info->line->norm, m.end, chunk.end);
        if (!job) first_degree = static_cast<int>(d);
        break;
      }
    }
    // An institution word counts even inside a degree name ("Whitehaven Magnet High
    // School"), unless the chunk starts with that degree ("High School Diploma").
    bool institution = false;
    for (const InstitutionWord& w : info->institutions) {
      if (w.begin >= chunk.begin && w.end <= chunk.end &&
          InstitutionName(*info, chunk.begin, chunk.end, w, &chunk.name_begin, &chunk.name_end)) {
        institution = true;
        break;
      }
    }
    chunk.degree = first_degree;
    // "Completed Masters in Law from California University": a degree before
    // the school's name makes a degree chunk, whose school comes after "from".
    bool degree_first = first_degree >= 0 && (info->degrees[first_degree].begin == chunk.begin ||
                                              (institution && info->degrees[first_degree].end <= chunk.name_begin));
    if (degree_first) {
      chunk.kind = ChunkKind::kDegree;
    } else if (institution) {
      chunk.kind = ChunkKind::kInstitution;
    } else if (first_degree >= 0) {
      chunk.kind = ChunkKind::kDegree;
    } else if (size_t b = 0, e = 0;
               FindGenericQualification(std::string_view(info->line->norm).substr(chunk.begin, chunk.end - chunk.begin), &b, &e)) {
      chunk.generic = true;
    } else if (PlaceLike(std::string_view(info->line->norm).substr(chunk.begin, chunk.end - chunk.begin))) {
      chunk.kind = ChunkKind::kPlace;
    }
  }
}

// ---------------------------------------------------------------------------
// Courses.

const Pattern& CourseGrade() {
  static const StaticPattern p(
      R"((?i)^\s*([A-F][+\-]?|A\*|\d{1,3}(?:[.,]\d{1,2})?(?:\s*/\s*\d{1,3}(?:[.,]\d{1,2})?)?\s*%?|pass|merit|distinction|credit|HD|P|S|优秀|良好|中等|及格)\s*$)");
  return *p;
}

}  // namespace

std::vector<Course> ParseCourseList(const Line& line, size_t from, std::string_view text) {
  std::vector<Course> out;
  std::string_view s = line.norm;
  if (from >= s.size()) return out;
  int depth = 0;
  size_t start = from;
  auto emit = [&](size_t b, size_t e) {
    while (b < e && (IsSpace(s[b]) || s[b] == '-')) ++b;
    while (e > b && (IsSpace(s[e - 1]) || s[e - 1] == '.')) --e;
    if (b >= e || e - b > 100 || out.size() >= kMaxCourses) return;
    std::string_view item = s.substr(b, e - b);
    if (Lower(item) == "etc" || Lower(item) == "and more") return;
    if (StartsWithFolded(item, "and ")) {
      b += 4;
      item = s.substr(b, e - b);
    }
    Course course;
    size_t name_end = e;
    if (item.back() == ')') {
      size_t open = item.rfind('(');
      if (open != std::string_view::npos && open > 0) {
        std::string_view inner = item.substr(open + 1, item.size() - open - 2);
        if (CourseGrade().FullMatch(inner)) {
          course.grade = std::string(Trim(inner));
          name_end = b + open;
          // The grade as written: "A*" loses its '*' in norm.
          size_t inner_begin = b + open + 1, inner_end = e - 1;
          Span raw = line.RawSpan(inner_begin, inner_end);
          if (!text.empty() && raw.end <= text.size() && raw.begin < raw.end) {
            course.grade = std::string(Trim(text.substr(raw.begin, raw.end - raw.begin)));
          }
        }
      }
    }
    std::string_view name = Trim(s.substr(b, name_end - b));
    if (name.empty()) return;
    course.name = std::string(name);
    Span span = line.RawSpan(b, e);
    course.span_begin = span.begin;
    course.span_end = span.end;
    out.push_back(std::move(course));
  };
  for (size_t i = from; i < s.size(); ++i) {
    char c = s[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (depth > 0) continue;
    size_t sep = 0;
    if (c == ',' || c == ';' || c == '|' || c == '\t') sep = 1;
    else if (s.compare(i, 3, "\xE3\x80\x81") == 0) sep = 3;  // 、
    if (sep == 0) continue;
    emit(start, i);
    start = i + sep;
    i += sep - 1;
  }
  emit(start, s.size());
  return out;
}

std::string CourseText(const Course& course) {
  return course.grade.empty() ? course.name : course.name + " (" + course.grade + ")";
}

namespace {

// ---------------------------------------------------------------------------
// Entry assembly.

struct Used {
  size_t line = 0;
  size_t begin = 0, end = 0;
};

bool DateOnly(const LineInfo& info);

class EntryReader {
 public:
  EntryReader(const DegreeLexicon& degrees, const PlaceLexicon& places, std::string_view text,
              std::vector<LineInfo>& lines, const std::vector<Column>* columns)
      : degrees_(degrees), places_(places), text_(text), lines_(lines), columns_(columns) {}

  // Reads lines [first, last) of lines_ into *out; false when the entry has
  // neither a degree nor an institution.
  bool Read(size_t first, size_t last, Education* out);

 private:
  std::string_view Norm(size_t li) const { return lines_[li].line->norm; }
  std::string_view Text(size_t li, const Chunk& c) const { return Norm(li).substr(c.begin, c.end - c.begin); }
  Column ColumnOf(size_t li, const Chunk& c) const {
    if (!columns_ || lines_[li].cells != static_cast<int>(columns_->size())) return Column::kNone;
    return (*columns_)[static_cast<size_t>(c.cell)];
  }
  void Use(size_t li, size_t b, size_t e) { used_.push_back({li, b, e}); }
  bool IsUsed(size_t li, size_t b, size_t e) const {
    for (const Used& u : used_) {
      if (u.line == li && u.begin < e && b < u.end) return true;
    }
    return false;
  }

  void ReadDegree(Education* out);
  void ReadArea(size_t li, size_t ci, size_t degree_end, Education* out);
  void ReadAreaOnNextLine(size_t li, Education* out);
  void ReadLabelledArea(Education* out);
  void ReadInstitution(Education* out);
  void ReadLocation(Education* out);
  void ReadDates(Education* out);
  void ReadGrade(Education* out);
  void ReadCourses(Education* out);
  void ReadHighlights(Education* out);
  std::string Location(size_t li, size_t from_chunk, size_t* last_chunk);
  std::string NameContinuation(std::string_view name, size_t next);
  bool SchoolAfterConnector(size_t li, Education* out);

  const DegreeLexicon& degrees_;
  const PlaceLexicon& places_;
  std::string_view text_;  // Document::text
  std::vector<LineInfo>& lines_;
  const std::vector<Column>* columns_;
  size_t first_ = 0, last_ = 0;
  std::vector<Used> used_;
  size_t institution_line_ = SIZE_MAX, institution_chunk_ = SIZE_MAX;
  size_t degree_line_ = SIZE_MAX;
};

// The end of "(Hons)", " Hons", " (Honours)", " with Honours" or " Degree"
// right after a degree ("BS Degree in Software Engineering").
size_t AbsorbHonours(std::string_view s, size_t end) {
  static const StaticPattern kHons(
      R"((?i)^\s*(?:\(\s*(?:hons|honours|honors|hon)\.?\s*\)|(?:with\s+)?(?:hons|honours|honors)\b\.?|degree\b))");
  Match m;
  if (kHons->Find(s.substr(end), 0, &m) && m.begin == 0) return end + m.end;
  return end;
}

void EntryReader::ReadDegree(Education* out) {
  // First the degree chunk with an unambiguous alias, else a contextual one.
  for (int pass = 0; pass < 2 && out->degree.empty(); ++pass) {
    for (size_t li = first_; li < last_ && out->degree.empty(); ++li) {
      LineInfo& info = lines_[li];
      if (info.role != LineRole::kNormal) continue;
      for (size_t ci = 0; ci < info.chunks.size(); ++ci) {
        const Chunk& chunk = info.chunks[ci];
        if (chunk.kind != ChunkKind::kDegree || chunk.degree < 0) continue;
        const DegreeMatch& m = info.degrees[static_cast<size_t>(chunk.degree)];
        if (m.contextual && pass == 0) continue;
        std::string_view s = Norm(li);
        // "AWS Certified Solutions Architect – Associate": a certificate's level.
        if (m.contextual) {
          const size_t look_from = m.begin > 80 ? m.begin - 80 : 0;
          if (Lower(s.substr(look_from, m.begin - look_from)).find("certified") != std::string::npos) continue;
        }
        size_t end = m.end;
        // "Bachelor of Design": a bare Bachelor/Master takes "of <Word>" along.
        if ((m.canonical == "Bachelor" || m.canonical == "Master") && end < chunk.end) {
          static const StaticPattern kOfWord(R"(^\s+of\s+[A-Z][A-Za-z]+)");
          Match w;
          if (kOfWord->Find(s.substr(end, chunk.end - end), 0, &w) && w.begin == 0) end += w.end;
        }
        end = std::min(AbsorbHonours(s, end), static_cast<size_t>(chunk.end));
        out->degree = std::string(Trim(s.substr(m.begin, end - m.begin)));
        // "Graduate in Commerce", "ADVANCED STUDIES IN PUBLIC LAW": the alias holds its "in"; the degree is "Graduate".
        if (out->degree.size() > 3 && Lower(out->degree.substr(out->degree.size() - 3)) == " in") {
          out->degree.resize(out->degree.size() - 3);
        }
        out->level = std::string(m.level);
        degree_line_ = li;
        Use(li, m.begin, end);
        ReadArea(li, ci, end, out);
        break;
      }
    }
  }
  if (!out->degree.empty()) return;
  // "CIM Certificate in Digital Marketing", "Level 6 Higher Certificate in ...".
  for (size_t li = first_; li < last_ && out->degree.empty(); ++li) {
    const LineInfo& info = lines_[li];
    if (info.role != LineRole::kNormal) continue;
    for (size_t ci = 0; ci < info.chunks.size(); ++ci) {
      const Chunk& chunk = info.chunks[ci];
      if (chunk.masked_only || chunk.kind == ChunkKind::kInstitution) continue;
      std::string_view text = Text(li, chunk);
      size_t found_begin = 0, found_end = 0;
      bool names_subject = false;
      if (!FindGenericQualification(text, &found_begin, &found_end, &names_subject)) continue;
      size_t end = chunk.begin + found_end;
      out->degree = std::string(Trim(text.substr(found_begin, found_end - found_begin)));
      degree_line_ = li;
      Use(li, chunk.begin + found_begin, end);
      if (!names_subject) ReadArea(li, ci, end, out);  // "Certificate Mediation and Dispute Resolution, Issuer Ltd"
      break;
    }
  }
}

// "M.Sc. I completed a ...", "M.A. A model demonstration proposal for ...":
// after the degree comes a sentence, not a field of study.
bool StartsSentence(std::string_view area) {
  for (std::string_view opener : {"I ", "A ", "An ", "The ", "My ", "We "}) {
    if (area.size() > opener.size() && area.substr(0, opener.size()) == opener &&
        IsAsciiLower(area[opener.size()])) {
      return true;
    }
  }
  return false;
}

// "in" left alone by a line break ("Diploma in" / "Embedded"), "III." (a
// list's roman numeral): no field of study.
bool NoArea(std::string_view area) {
  area = Trim(area, " .");
  const std::string folded = Lower(area);
  if (folded == "in" || folded == "of" || folded == "en" || folded == "at" || folded == "from") return true;
  return !area.empty() && area.size() <= 4 &&
         std::all_of(area.begin(), area.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

void EntryReader::ReadArea(size_t li, size_t ci, size_t degree_end, Education* out) {
  LineInfo& info = lines_[li];
  const Chunk& chunk = info.chunks[ci];
  std::string_view s = Norm(li);
  std::string_view masked = info.masked;
  size_t p = degree_end;
  auto skip_spaces = [&] {
    while (p < chunk.end && s[p] == ' ') ++p;
  };
  skip_spaces();
  // A school qualification followed by ':' and a list: the subjects are courses.
  if (p < s.size() && s[p] == ':' && out->level == "secondary") {
    std::vector<Course> subjects = ParseCourseList(*info.line, p + 1, text_);
    if (!subjects.empty()) {
      for (Course& c : subjects) out->courses.push_back(std::move(c));
      Use(li, p, s.size());
      return;
    }
  }
  std::string paren;
  size_t paren_begin = 0, paren_end = 0;
  if (p < chunk.end && s[p] == '(') {
    size_t close = s.find(')', p);
    if (close != std::string_view::npos && close < chunk.end) {
      std::string_view inner = Trim(s.substr(p + 1, close - p - 1));
      DegreeMatch ignored;
      bool abbreviation = degrees_.LookupExact(inner, &ignored);
      bool masked_inner = MaskedOnly(masked, p + 1, close);
      if (!abbreviation && !masked_inner && !inner.empty()) {
        paren = std::string(inner);
        paren_begin = p + 1;
        paren_end = close;
      }
      Use(li, p, close + 1);
      p = close + 1;
      skip_spaces();
    }
  }
  auto take = [&](size_t b, size_t e) {
    // Cut at a parenthesis, " with ", "minor" and an institution connector.
    std::string_view text = s.substr(b, e - b);
    size_t cut = text.size();
    for (std::string_view stop : {" (", "(", " at ", " from ", " - "}) {
      size_t at = text.find(stop);
      if (at != std::string_view::npos && at > 0) cut = std::min(cut, at);
    }
    for (size_t i = 0; i < cut; ++i) {
      if (masked[b + i] == kMask) {
        cut = i;
        break;
      }
    }
    std::string_view area = Trim(text.substr(0, cut), " .:-");
    if (!HasWordChar(area) || NoArea(area) || StartsWithFolded(area, "minor") || StartsSentence(area)) return false;
    if (area.size() >= 6 && Lower(area.substr(area.size() - 6)) == " minor") return false;
    out->area = std::string(area);
    Use(li, b, b + cut);
    return true;
  };
  bool degree_follows = false;
  for (const DegreeMatch& d : info.degrees) degree_follows = degree_follows || d.begin == p;
  // "Ph.D. August 1991 Political Science": the area after a date.
  size_t q = p;
  while (q < chunk.end && (masked[q] == kMask || s[q] == ' ')) ++q;
  std::string_view rest = s.substr(q, chunk.end - q);
  // "B.E from University of Madras": a school, not an area.
  bool school_next = StartsWithFolded(rest, "from ") || StartsWithFolded(rest, "at ");
  if (q < chunk.end && !degree_follows && !school_next) {
    p = q;
    size_t skip = 0;
    for (std::string_view word : {"in ", "of ", "for ", "en ", ": ", ":", "- "}) {
      if (StartsWithFolded(rest, word)) {
        skip = word.size();
        break;
      }
    }
    if (take(p + skip, chunk.end)) return;
  }
  // ", Computer Science": the next chunk of the same cell.
  if (ci + 1 < info.chunks.size()) {
    const Chunk& next = info.chunks[ci + 1];
    bool comma = next.begin > 0 && s.substr(chunk.end, next.begin - chunk.end).find(',') != std::string_view::npos;
    if (comma && next.cell == chunk.cell && !next.masked_only &&
        (next.kind == ChunkKind::kOther || next.kind == ChunkKind::kPlace) && ColumnOf(li, next) == Column::kNone) {
      if (take(next.begin, next.end)) return;
    }
  }
  if (!paren.empty()) {
    out->area = paren;
    Use(li, paren_begin, paren_end);
    return;
  }
  // "统计学 硕士": the words before the degree in its chunk.
  // (A chunk without a degree may come from a line that has none at all.)
  const DegreeMatch* m = chunk.degree >= 0 ? &info.degrees[static_cast<size_t>(chunk.degree)] : nullptr;
  if (m != nullptr && m->begin > chunk.begin) {
    std::string_view before = Trim(s.substr(chunk.begin, m->begin - chunk.begin), " -(");
    // "Course: Bachelor of Arts", "Completed High school": a label or a verb, not the area.
    bool label = (!before.empty() && before.back() == ':') || DegreeLexicon::IsStudyVerb(before);
    before = Trim(before, " :");
    if (!label && HasWordChar(before) && before.size() <= 80 && !StartsSentence(before)) {
      out->area = std::string(before);
      Use(li, chunk.begin, m->begin);
      return;
    }
  }
  // "计算机科学与技术 \t 硕士": the cell before, or a table's area column.
  for (size_t k = 0; k < info.chunks.size(); ++k) {
    const Chunk& other = info.chunks[k];
    if (ColumnOf(li, other) == Column::kArea && !other.masked_only) {
      out->area = std::string(Text(li, other));
      Use(li, other.begin, other.end);
      return;
    }
  }
  if (ci > 0 && chunk.begin == 0 + chunk.begin) {
    const Chunk& prev = info.chunks[ci - 1];
    bool whole_cell = prev.cell + 1 == chunk.cell && (ci < 2 || info.chunks[ci - 2].cell != prev.cell);
    if (whole_cell && !prev.masked_only && (prev.kind == ChunkKind::kOther || prev.kind == ChunkKind::kPlace) &&
        ColumnOf(li, prev) == Column::kNone) {
      out->area = std::string(Text(li, prev));
      Use(li, prev.begin, prev.end);
      return;
    }
  }
  // "BSc (Hons)" then "Marketing" on a line of its own.
  bool ends_line = true;
  for (size_t k = ci + 1; k < info.chunks.size(); ++k) ends_line = ends_line && info.chunks[k].masked_only;
  if (ends_line && (rest.empty() || NoArea(rest))) ReadAreaOnNextLine(li + 1, out);  // "Diploma in" / "Embedded"
}

// The area as the first chunk of the line after a degree that ends its own
// line: "BSc (Hons)" / "Marketing", "Bachelor of Arts" / ": Business
// Administration". A few capitalised words that are no school, place, date,
// label or honour ("Dean's List", "Magna Cum Laude").
void EntryReader::ReadAreaOnNextLine(size_t li, Education* out) {
  if (li >= last_ || lines_[li].role != LineRole::kNormal || lines_[li].chunks.empty() || lines_[li].line->bulleted) {
    return;  // a list item is no area
  }
  const LineInfo& info = lines_[li];
  const Chunk& c = info.chunks.front();
  if (c.masked_only || c.generic || c.kind == ChunkKind::kDegree || c.kind == ChunkKind::kInstitution ||
      ColumnOf(li, c) != Column::kNone || IsUsed(li, c.begin, c.end)) {
    return;
  }
  for (const InstitutionWord& w : info.institutions) {
    if (w.begin < c.end && c.begin < w.end) return;  // "University" as a table label
  }
  std::string_view text = Text(li, c);
  if (c.kind == ChunkKind::kPlace && places_.Resolve(text)) return;
  if (text.find(':') != std::string_view::npos || IsNoteText(text) || NoArea(text)) return;
  static constexpr std::string_view kNotArea[] = {"list",  "honors", "honours", "laude", "award", "scholarship",
                                                  "thesis", "dissertation", "expected", "graduated", "minor", "gpa"};
  int words = 0;
  bool ok = true;
  ForEachWord(text, 0, text.size(), [&](size_t b, size_t e) {
    std::string_view word = text.substr(b, e - b);
    std::string folded = Lower(Trim(word, "/()'."));
    for (std::string_view n : kNotArea) ok = ok && folded != n;
    ok = ok && ++words <= 6 && info.masked[c.begin + b] != kMask && (!LowerWord(word) || NameConnector(word));
    return ok;
  });
  if (!ok) return;
  if (text.size() > 2 && text.front() == '(' && text.back() == ')') text = Trim(text.substr(1, text.size() - 2));
  out->area = std::string(text);
  Use(li, c.begin, c.end);
}

// "spécialité Mécanique", "Major: Economics", "Schwerpunkt Controlling".
void EntryReader::ReadLabelledArea(Education* out) {
  static const StaticPattern kMajor(
      R"((?i)^(?:spécialité|specialization|specialisation|speciali[sz]ing in|major(?:ing)? in|major|concentration(?: in)?|schwerpunkt|专业)\s*:?\s*(\S.*)$)");
  for (size_t li = first_; li < last_; ++li) {
    const LineInfo& info = lines_[li];
    if (info.role != LineRole::kNormal) continue;
    for (const Chunk& c : info.chunks) {
      if (c.masked_only || c.kind == ChunkKind::kDegree || c.kind == ChunkKind::kInstitution) continue;
      Match m;
      if (!kMajor->Find(Text(li, c), 0, &m) || m.groups.empty() || !m.groups[0].matched) continue;
      out->area = std::string(Trim(m.groups[0].In(Text(li, c))));
      Use(li, c.begin, c.end);
      return;
    }
  }
}

// The institution name of a chunk, without a trailing "(ACRONYM)".
void SetInstitution(std::string_view text, Education* out) {
  text = Trim(text, " .");
  // "University of Madras in 2007": the date is masked, its connector is not.
  for (std::string_view tail : {" in", " on", " at", " from", " with", " during"}) {
    if (text.size() > tail.size() && Lower(text.substr(text.size() - tail.size())) == tail) {
      text = Trim(text.substr(0, text.size() - tail.size()), " .,");
      break;
    }
  }
  if (!text.empty() && text.back() == ')') {
    size_t open = text.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      std::string_view inner = Trim(text.substr(open + 1, text.size() - open - 2));
      int upper = 0;
      bool ok = inner.size() >= 2 && inner.size() <= 12;
      for (char c : inner) {
        if (IsAsciiUpper(c)) ++upper;
        else if (!(IsAsciiLower(c) || c == '&' || c == '-' || c == '.')) ok = false;
      }
      if (ok && upper >= 2 && IsAsciiUpper(inner[0])) {
        out->acronym = std::string(inner);
        text = Trim(text.substr(0, open));
      }
    }
  }
  out->institution = std::string(text);
}

// A name cut by a line break after "of" / "and" goes on at the start of
// the next line of the entry: "CITY COLLEGE OF" + "NEW YORK", "RV Institute
// of" + "Management". Returns " NEW YORK" (and marks it used), or "".
std::string EntryReader::NameContinuation(std::string_view name, size_t next) {
  if (next >= last_ || !OpenEnded(name)) return "";
  const LineInfo& info = lines_[next];
  if (info.role != LineRole::kNormal || info.chunks.empty()) return "";
  const Chunk& c = info.chunks.front();
  if (c.masked_only || c.kind == ChunkKind::kDegree || c.kind == ChunkKind::kInstitution || c.generic) return "";
  std::string_view text = Text(next, c);
  int words = 0;
  bool name_like = true;
  ForEachWord(text, 0, text.size(), [&](size_t b, size_t e) {
    std::string_view word = text.substr(b, e - b);
    ++words;
    name_like = name_like && (!LowerWord(word) || NameConnector(word)) && info.masked[c.begin + b] != kMask;
    return name_like;
  });
  if (!name_like || words > 5) return "";
  Use(next, c.begin, c.end);
  return " " + std::string(text);
}

void EntryReader::ReadInstitution(Education* out) {
  // A table's institution column first.
  for (size_t li = first_; li < last_; ++li) {
    const LineInfo& info = lines_[li];
    if (info.role != LineRole::kNormal) continue;
    for (size_t ci = 0; ci < info.chunks.size(); ++ci) {
      const Chunk& chunk = info.chunks[ci];
      if (ColumnOf(li, chunk) != Column::kInstitution || chunk.masked_only) continue;
      size_t e = WithoutMaskedParen(info.masked, chunk.begin, chunk.end);
      SetInstitution(Norm(li).substr(chunk.begin, e - chunk.begin), out);
      Use(li, chunk.begin, chunk.end);
      institution_line_ = li;
      institution_chunk_ = ci;
      return;
    }
  }
  // The degree's own line first ("Baccalauréat, mention bien – Lycée Kléber"), its
  // school after "from" first of all; then in order.
  if (degree_line_ != SIZE_MAX && SchoolAfterConnector(degree_line_, out)) return;
  std::vector<size_t> order;
  if (degree_line_ != SIZE_MAX) order.push_back(degree_line_);
  for (size_t li = first_; li < last_; ++li) {
    if (li != degree_line_) order.push_back(li);
  }
  for (size_t li : order) {
    const LineInfo& info = lines_[li];
    if (info.role != LineRole::kNormal) continue;
    for (size_t ci = 0; ci < info.chunks.size(); ++ci) {
      const Chunk& chunk = info.chunks[ci];
      if (chunk.kind != ChunkKind::kInstitution || IsUsed(li, chunk.begin, chunk.begin + 1)) continue;
      size_t pick = ci;
      // "School of Computing, National University of Singapore" => the university.
      std::string_view text = Norm(li).substr(chunk.name_begin, chunk.name_end - chunk.name_begin);
      bool unit = StartsWithFolded(text, "school of") || StartsWithFolded(text, "faculty of") ||
                  StartsWithFolded(text, "department of") || StartsWithFolded(text, "college of") ||
                  StartsWithFolded(text, "dept");
      if (unit) {
        for (size_t k = ci + 1; k < info.chunks.size(); ++k) {
          if (info.chunks[k].kind == ChunkKind::kInstitution) {
            pick = k;
            break;
          }
        }
      }
      const Chunk& chosen = info.chunks[pick];
      size_t e = WithoutMaskedParen(info.masked, chosen.name_begin, chosen.name_end);
      std::string name(Norm(li).substr(chosen.name_begin, e - chosen.name_begin));
      Use(li, chosen.begin, chosen.end);
      if (pick + 1 == info.chunks.size()) name += NameContinuation(name, li + 1);
      SetInstitution(name, out);
      institution_line_ = li;
      institution_chunk_ = pick;
      return;
    }
  }
  // "MSc at Imperial College London": an institution inside the degree chunk.
  for (size_t li = first_; li < last_; ++li) {
    if (SchoolAfterConnector(li, out)) return;
  }
}

// "MSc at Imperial College London", "Bachelor's degree from IBSAR Management
// College": the school after "at" / "from" that follows the degree on line li.
bool EntryReader::SchoolAfterConnector(size_t li, Education* out) {
  const LineInfo& info = lines_[li];
  if (info.role != LineRole::kNormal) return false;
  std::string_view s = Norm(li);
  for (const InstitutionWord& w : info.institutions) {
    if (IsUsed(li, w.begin, w.end)) continue;
    for (std::string_view connector : {" at ", " from "}) {
      size_t at = s.rfind(connector, w.begin);
      if (at == std::string_view::npos || !IsUsed(li, 0, at + 1)) continue;
      size_t b = at + connector.size();
      size_t e = b;
      while (e < s.size() && !IsOneOf(s[e], ",;|\t(") && info.masked[e] != kMask) ++e;
      size_t name_b = 0, name_e = 0;
      if (w.end > e || !InstitutionName(info, b, e, w, &name_b, &name_e)) continue;
      SetInstitution(s.substr(name_b, name_e - name_b), out);
      Use(li, b, e);
      return true;
    }
  }
  return false;
}

// Consecutive place-like chunks from `from_chunk` on line li: "Boston, MA".
std::string EntryReader::Location(size_t li, size_t from_chunk, size_t* last_chunk) {
  const LineInfo& info = lines_[li];
  std::string_view s = Norm(li);
  size_t b = 0, e = 0;
  bool any = false;
  for (size_t k = from_chunk; k < info.chunks.size(); ++k) {
    const Chunk& c = info.chunks[k];
    if (c.masked_only) break;
    if ((c.kind != ChunkKind::kPlace && ColumnOf(li, c) != Column::kLocation) || IsUsed(li, c.begin, c.begin + 1)) {
      break;
    }
    if (!any) b = c.begin;
    e = c.end;
    any = true;
    *last_chunk = k;
  }
  if (!any) return "";
  e = WithoutMaskedParen(info.masked, b, e);
  std::string_view text = s.substr(b, e - b);
  // "Pune (SPPU)": drop a trailing acronym that is not a place.
  if (!text.empty() && text.back() == ')') {
    size_t open = text.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      std::string_view inner = text.substr(open + 1, text.size() - open - 2);
      bool caps = !inner.empty() && std::all_of(inner.begin(), inner.end(), [](char c) { return IsAsciiUpper(c); });
      if (caps && !places_.Resolve(inner)) {
        e = b + open;
        text = Trim(text.substr(0, open));
      }
    }
  }
  Use(li, b, e);
  return std::string(Trim(text));
}

void EntryReader::ReadLocation(Education* out) {
  if (institution_line_ != SIZE_MAX) {
    size_t last = 0;
    std::string loc = Location(institution_line_, institution_chunk_ + 1, &last);
    if (!loc.empty()) {
      out->location = loc;
      return;
    }
  }
  // A line made only of places: "Chendu, CHN".
  for (size_t li = first_; li < last_; ++li) {
    const LineInfo& info = lines_[li];
    if (info.role != LineRole::kNormal) continue;
    size_t places = 0, others = 0;
    const Chunk* last_place = nullptr;
    for (const Chunk& c : info.chunks) {
      if (c.masked_only) continue;
      if (c.kind == ChunkKind::kPlace && !IsUsed(li, c.begin, c.begin + 1)) {
        ++places;
        last_place = &c;
      } else {
        ++others;
      }
    }
    if (places == 0 || others > 0) continue;
    bool resolves = places_.Resolve(Trim(Text(li, *last_place))).has_value();
    if (places < 2 && !resolves) continue;
    size_t first_chunk = 0;
    while (first_chunk < info.chunks.size() && info.chunks[first_chunk].masked_only) ++first_chunk;
    size_t last = 0;
    std::string loc = Location(li, first_chunk, &last);
    if (!loc.empty()) {
      out->location = loc;
      return;
    }
  }
}

// The date of the degree's line, else of the school's line, else of a
// line that is only a date, else the first one ("CPA ..... 2020" lines of
// other things come last).
void EntryReader::ReadDates(Education* out) {
  std::vector<size_t> order;
  auto add = [&](size_t li) {
    if (li < last_ && std::find(order.begin(), order.end(), li) == order.end()) order.push_back(li);
  };
  add(degree_line_);
  add(institution_line_);
  for (size_t li = first_; li < last_; ++li) {
    if (DateOnly(lines_[li])) add(li);
  }
  for (size_t li = first_; li < last_; ++li) add(li);
  for (size_t li : order) {
    const LineInfo& info = lines_[li];
    if (info.role != LineRole::kNormal || info.dates.empty()) continue;
    const DateMatch* best = &info.dates.front();
    for (const DateMatch& m : info.dates) {
      if (m.is_range) {
        best = &m;
        break;
      }
    }
    out->dates = ToDateRange(*best, *info.line);
    Use(li, best->begin, best->end);
    return;
  }
}

void EntryReader::ReadGrade(Education* out) {
  for (size_t li = first_; li < last_; ++li) {
    const LineInfo& info = lines_[li];
    if (info.role != LineRole::kNormal) continue;
    if (!out->grade && !info.grades.empty()) {
      const GradeMatch& g = info.grades.front();
      out->grade = g.grade;
      Span span = info.line->RawSpan(g.begin, g.end);
      out->grade->span_begin = span.begin;
      out->grade->span_end = span.end;
      Use(li, g.begin, g.end);
    }
    if (!out->rank && !info.ranks.empty()) {
      out->rank = info.ranks.front().rank;
      Use(li, info.ranks.front().begin, info.ranks.front().end);
    }
  }
}

void EntryReader::ReadCourses(Education* out) {
  for (size_t li = first_; li < last_; ++li) {
    LineInfo& info = lines_[li];
    if (info.role != LineRole::kCourses) continue;
    for (Course& c : info.courses) {
      if (out->courses.size() < kMaxCourses) out->courses.push_back(std::move(c));
    }
    info.courses.clear();
  }
}

void EntryReader::ReadHighlights(Education* out) {
  for (size_t li = first_; li < last_; ++li) {
    const LineInfo& info = lines_[li];
    std::string_view s = Norm(li);
    if (info.role == LineRole::kNote) {
      out->highlights.emplace_back(Trim(s));
      continue;
    }
    if (info.role != LineRole::kNormal) continue;
    bool line_used = IsUsed(li, 0, s.size());
    if (!line_used) {
      // Nothing of the entry came from this line: keep it whole ('|' items apart).
      size_t start = 0;
      for (size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && s[i] != '|') continue;
        size_t b = start, e = i;
        start = i + 1;
        bool masked_only = MaskedOnly(info.masked, b, e);
        std::string_view item = Trim(s.substr(b, e - b));
        bool places_only = PlaceLike(item);
        if (!item.empty() && !masked_only && !places_only) out->highlights.emplace_back(item);
      }
      continue;
    }
    // A used line: its other chunks ("Dean's List", "Minor in Mathematics", "(part-time)").
    for (const Chunk& c : info.chunks) {
      if (c.masked_only || IsUsed(li, c.begin, c.end) || c.kind == ChunkKind::kPlace) continue;
      if (c.kind == ChunkKind::kInstitution || ColumnOf(li, c) != Column::kNone) continue;
      std::string_view text = Trim(Text(li, c));
      if (text.size() >= 2 && text.front() == '(' && text.back() == ')') text = Trim(text.substr(1, text.size() - 2));
      if (text.size() >= 2) out->highlights.emplace_back(text);
    }
  }
}

bool EntryReader::Read(size_t first, size_t last, Education* out) {
  first_ = first;
  last_ = last;
  used_.clear();
  institution_line_ = institution_chunk_ = degree_line_ = SIZE_MAX;
  ReadGrade(out);
  ReadDegree(out);
  if (out->area.empty()) ReadLabelledArea(out);
  ReadInstitution(out);
  ReadDates(out);
  ReadLocation(out);
  ReadCourses(out);
  ReadHighlights(out);
  if (out->degree.empty() && out->institution.empty()) return false;
  // The entry's span: its first to its last non-blank line.
  out->span_begin = lines_[first].line->span.begin;
  out->span_end = lines_[last - 1].line->span.end;
  return true;
}

// ---------------------------------------------------------------------------
// Cutting a section into entries.

// `generic`: a qualification found by its form ("Certificate in X",
// "National Certificate" in prose) counts too.
bool StartsWithDegree(const LineInfo& info, bool generic = true) {
  if (info.role != LineRole::kNormal) return false;
  for (const Chunk& c : info.chunks) {
    if (c.masked_only) continue;
    if (c.generic) return generic;
    return c.kind == ChunkKind::kDegree && c.degree >= 0 && info.degrees[c.degree].begin == c.begin;
  }
  return false;
}

bool HasKind(const LineInfo& info, ChunkKind kind) {
  if (info.role != LineRole::kNormal) return false;
  for (const Chunk& c : info.chunks) {
    if (c.kind == kind && !c.masked_only) return true;
  }
  return false;
}

bool HasDegree(const LineInfo& info) {
  if (info.role != LineRole::kNormal) return false;
  for (const Chunk& c : info.chunks) {
    if ((c.kind == ChunkKind::kDegree || c.generic) && !c.masked_only) return true;
  }
  return false;
}

// An institution line that names a whole school, not a unit of one
// ("Faculty of Electrical Engineering and Computing" does not start an entry).
bool HasSchool(const LineInfo& info) {
  if (info.role != LineRole::kNormal) return false;
  std::string_view norm = info.line->norm;
  for (const Chunk& c : info.chunks) {
    if (c.kind != ChunkKind::kInstitution || c.masked_only) continue;
    std::string_view text = norm.substr(c.name_begin, c.name_end - c.name_begin);
    bool unit = StartsWithFolded(text, "school of") || StartsWithFolded(text, "faculty of") ||
                StartsWithFolded(text, "department of") || StartsWithFolded(text, "dept");
    if (!unit) return true;
  }
  // "Masters in Immigration Law from California University": the school
  // after "from" / "at" inside the degree's chunk.
  for (const Chunk& c : info.chunks) {
    if (c.kind != ChunkKind::kDegree || c.degree < 0) continue;
    size_t degree_end = info.degrees[c.degree].end;
    for (const InstitutionWord& w : info.institutions) {
      if (w.begin < degree_end || w.end > c.end) continue;
      std::string between = Lower(norm.substr(degree_end, w.begin - degree_end));
      if (between.find(" from ") != std::string::npos || between.find(" at ") != std::string::npos) return true;
    }
  }
  return false;
}

bool Secondary(const LineInfo& info) {
  for (const Chunk& c : info.chunks) {
    if (c.kind == ChunkKind::kDegree && c.degree >= 0) return info.degrees[c.degree].level == "secondary";
  }
  return false;
}

bool DateOnly(const LineInfo& info) {
  if (info.dates.empty() || info.role != LineRole::kNormal) return false;
  for (const Chunk& c : info.chunks) {
    if (!c.masked_only) return false;
  }
  return true;
}

// A line that names nothing of an entry and reads as a heading the
// sectioner missed: a known heading of another section ("Acheivements",
// one edit away counts), a short title over a list ("Skils" then
// "* Grill, sauce"), or capitals ("SELECTED PUBLICATIONS (6 of 27)").
bool StrayHeading(const HeadingLexicon& headings, const std::vector<LineInfo>& lines, size_t i) {
  const LineInfo& info = lines[i];
  if (info.role != LineRole::kNormal || HasDegree(info) || HasKind(info, ChunkKind::kInstitution)) return false;
  if (i > 0 && OpenEnded(lines[i - 1].line->norm)) return false;  // "CITY COLLEGE OF" / "NEW YORK"
  std::string_view norm = info.line->norm;
  // A short title over a list: "Skils" then "* Grill, sauce".
  bool title = !info.line->bulleted && norm.size() <= 30 && info.dates.empty() &&
               std::all_of(norm.begin(), norm.end(), [](char c) { return IsAsciiUpper(c) || IsAsciiLower(c) || c == ' ' || c == '&'; });
  if (title && i + 1 < lines.size() && lines[i + 1].line->bulleted) return true;
  if (norm.size() <= 60) {
    std::string key = HeadingKey(norm);
    std::string_view kind = headings.Lookup(key);
    if (kind.empty()) kind = headings.LookupFuzzy(key);
    if (!kind.empty() && kind != "education" && kind != "courses") return true;
  }
  int upper = 0, lower = 0;
  for (char c : norm) {
    if (IsAsciiLower(c)) ++lower;
    if (IsAsciiUpper(c)) ++upper;
  }
  return upper >= 6 && lower * 5 <= upper;
}

// Cuts the lines of a section into entries, left to right, by the slots an
// entry fills once: a school, a degree, a date. A line that brings a slot
// the current entry already has starts the next entry:
//   * a school line (a unit such as "Faculty of X" does not count);
//   * a date on a line that is only a date or also names a degree or school
//     (a year inside "Dean's List 2019" does not count);
//   * a line that starts with a degree: always after a college degree
//     ("M.Sc. in Civil Engineering" then "Diploma in Civil Engineering");
//     after a school qualification when a school follows it before the
//     next such line, or it carries a date, or it moves between school and
//     higher education ("A-levels: ..." then "BEd (Hons) ..."). "A-levels"
//     then "GCSEs" stay one entry.
// Course, note and table header lines fill no slot.
//
// A school on a line of its own, right above a degree, heads all the degrees below it:
//   Stanford University              entry 1: Stanford, BS
//   BS in Computer Science, 2015
//   MS in Computer Science, 2017     entry 2: MS, shares_school (Stanford)
//   University of Oslo               entry 3: Oslo, PhD (a new school heads
//   PhD in Informatics, 2021         the next group, not entry 2's school)
// A school after its degree ("BS in CS, 2015" / "Stanford University") is
// that degree's, as before.
//
// Returns where each entry starts; lines before the first slot and after a
// stray heading are dropped (their index is not covered: see `keep`).
struct Cut {
  size_t line = 0;
  bool shares_school = false;  // a degree under the school that headed the entry before
};

std::vector<Cut> Segment(const HeadingLexicon& headings, const std::vector<LineInfo>& lines,
                         std::vector<bool>* keep) {
  std::vector<Cut> cuts;
  keep->assign(lines.size(), true);
  bool school = false, degree = false, date = false, secondary = false, skipping = false;
  bool headed = false;  // the entry is under a school header: its own first line, or inherited
  // A school line with no degree, and a degree of the lexicon opening the next line.
  auto heads = [&](size_t i) {
    return HasSchool(lines[i]) && !HasDegree(lines[i]) && i + 1 < lines.size() &&
           StartsWithDegree(lines[i + 1], /*generic=*/false);
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const LineInfo& info = lines[i];
    bool line_school = HasSchool(info);
    bool line_degree = HasDegree(info);
    bool degree_start = StartsWithDegree(info);
    bool line_date = !info.dates.empty() && (DateOnly(info) || line_degree || HasKind(info, ChunkKind::kInstitution));
    bool slot = line_school || line_degree || line_date;
    if (StrayHeading(headings, lines, i)) {
      skipping = true;
      headed = false;
    }
    if (skipping && !(line_school || degree_start)) {
      (*keep)[i] = false;
      continue;
    }
    skipping = false;
    if (cuts.empty()) {
      if (!slot && info.grades.empty() && info.ranks.empty()) {
        (*keep)[i] = false;  // a line before the first entry
        continue;
      }
      cuts.push_back({i, false});
      headed = heads(i);
    } else {
      // Under a header, a school line after the degrees heads the next group.
      bool new_group = line_school && !school && degree && headed;
      bool cut = (line_school && school) || (line_date && date) || new_group;
      if (!cut && degree_start && degree) {
        bool school_follows = false;
        for (size_t k = i; k < lines.size() && k < i + 8; ++k) {
          if (k > i && StartsWithDegree(lines[k])) break;
          if (HasSchool(lines[k])) school_follows = true;
        }
        // "RUTGERS UNIVERSITY / BA in Mathematics / MS in Computer Science":
        // a second degree under a school is a second entry, and so is one
        // with no school at all ("M.Sc. in Civil Engineering / Diploma in
        // Civil Engineering"). Only school qualifications stay together.
        cut = school_follows || line_date || Secondary(info) != secondary || !secondary;
      }
      if (cut) {
        // A college degree of the lexicon: a certificate by its form is often
        // from elsewhere, and "High School Awards" under a high school is no degree.
        const bool shares = headed && !line_school && StartsWithDegree(info, /*generic=*/false) && !Secondary(info);
        cuts.push_back({i, shares});
        headed = shares || heads(i);
        school = degree = date = false;
      }
    }
    if (line_degree && !degree) secondary = Secondary(info);
    school = school || line_school;
    degree = degree || line_degree;
    date = date || line_date;
  }
  return cuts;
}

// Does the courses-section heading name training rather than courses of a degree?
bool IsTrainingHeading(std::string_view heading) {
  std::string h = Lower(heading);
  for (std::string_view w : {"training", "professional development", "cpd", "workshop", "certif", "mooc", "online"}) {
    if (h.find(w) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

EducationExtractor::EducationExtractor(std::unique_ptr<DegreeLexicon> degrees, std::unique_ptr<GradeParser> grades)
    : degrees_(std::move(degrees)), grades_(std::move(grades)) {}

std::unique_ptr<EducationExtractor> EducationExtractor::Create(std::string* error) {
  std::string text;
  if (!LoadLexiconFile("degrees.tsv", &text, error)) return nullptr;
  std::unique_ptr<DegreeLexicon> degrees = DegreeLexicon::Create(text, error);
  if (!degrees) return nullptr;
  if (!LoadLexiconFile("grade_scales.tsv", &text, error)) return nullptr;
  std::unique_ptr<GradeParser> grades = GradeParser::Create(text, error);
  if (!grades) return nullptr;
  return std::unique_ptr<EducationExtractor>(new EducationExtractor(std::move(degrees), std::move(grades)));
}

namespace {

// Fills the facts of one line (not its role-specific parts).
void Analyse(const DegreeLexicon& degrees, const GradeParser& grades, const DateParser& dates, YearMonth as_of,
             const Line& line, size_t index, LineInfo* info) {
  info->index = index;
  info->line = &line;
  info->masked = line.norm;
  const std::string& norm = line.norm;
  info->dates = dates.FindAll(norm, as_of);
  info->ranks = grades.FindRanks(norm);
  info->grades = grades.FindGrades(norm);
  auto mask = [&](size_t b, size_t e) {
    for (size_t i = b; i < e && i < info->masked.size(); ++i) info->masked[i] = kMask;
  };
  for (const DateMatch& m : info->dates) mask(m.begin, m.end);
  for (const RankMatch& m : info->ranks) mask(m.begin, m.end);
  for (const GradeMatch& m : info->grades) mask(m.begin, m.end);
  for (const DegreeMatch& m : degrees.FindDegrees(norm)) {
    bool masked = false;
    for (size_t i = m.begin; i < m.end; ++i) masked = masked || info->masked[i] == kMask;
    if (!masked) info->degrees.push_back(m);
  }
  info->institutions = degrees.FindInstitutionWords(norm);
  Chunkify(info);
  Classify(info);
}

// "Course: Master of Business Information Systems": the label names the
// programme, not a list of courses.
bool NamesDegree(const LineInfo& info, const Match& label) {
  if (label.groups.size() < 2 || !label.groups[1].matched) return false;
  size_t rest = label.groups[1].begin;
  for (const DegreeMatch& m : info.degrees) {
    if (m.begin == rest) return true;
  }
  return false;
}

// Reads a course label line and the lines that continue its list; returns
// the index after the last line used.
size_t ReadCourseLines(const Document& doc, size_t li, size_t end, const Match& label, LineInfo* info,
                       std::vector<LineInfo>* infos, size_t base) {
  const Line& line = *info->line;
  size_t rest = label.groups.size() > 1 && label.groups[1].matched ? label.groups[1].begin : line.norm.size();
  info->role = LineRole::kCourses;
  info->courses = ParseCourseList(line, rest, doc.text);
  bool open = info->courses.empty() || line.norm.back() == ',' || line.norm.back() == ';';
  size_t next = li + 1;
  while (open && next < end) {
    const Line& l = doc.lines[next];
    if (l.blank()) break;
    std::string_view label_text, text;
    if (SplitLabel(l.norm, &label_text, &text) || CourseLabel().Contains(l.norm)) break;
    LineInfo& more = (*infos)[next - base];
    if (!more.dates.empty()) break;  // a dated line belongs to the next entry
    if (l.norm.find(',') == std::string::npos && l.norm.find("\xE3\x80\x81") == std::string::npos) break;
    more.role = LineRole::kCourses;
    more.courses = ParseCourseList(l, 0, doc.text);
    open = l.norm.back() == ',' || l.norm.back() == ';' || info->courses.empty();
    ++next;
  }
  return next;
}

// The entry a course label points to, or -1 for "the most recent entry".
int TargetEntry(const DegreeLexicon& degrees, std::string_view label, const std::vector<Education>& education) {
  label = Trim(label, " \t:-()");
  std::string folded = Lower(label);
  std::string_view level;
  DegreeMatch m;
  if (degrees.LookupExact(label, &m)) {
    level = m.level;
  } else if (std::vector<DegreeMatch> found = degrees.FindDegrees(label); !found.empty()) {
    level = found.front().level;
  } else if (folded.find("undergrad") != std::string::npos || folded.find("bachelor") != std::string::npos) {
    level = "bachelor";
  } else if (folded.find("graduate") != std::string::npos || folded.find("master") != std::string::npos) {
    level = "master";
  } else if (folded.find("phd") != std::string::npos || folded.find("doctor") != std::string::npos) {
    level = "doctorate";
  }
  if (!level.empty()) {
    for (size_t i = 0; i < education.size(); ++i) {
      if (education[i].level == level) return static_cast<int>(i);
    }
  }
  if (folded.size() >= 2) {
    for (size_t i = 0; i < education.size(); ++i) {
      if (!education[i].acronym.empty() && Lower(education[i].acronym) == folded) return static_cast<int>(i);
      if (folded.size() >= 4 && Lower(education[i].institution).find(folded) != std::string::npos) {
        return static_cast<int>(i);
      }
    }
  }
  return -1;
}

// The entry with the latest end (or start) date; the first when none is dated.
int MostRecent(const std::vector<Education>& education) {
  int best = education.empty() ? -1 : 0;
  std::string best_key;
  for (size_t i = 0; i < education.size(); ++i) {
    if (!education[i].dates) continue;
    const DateRange& d = *education[i].dates;
    std::string key = d.present ? "9999" : !d.end.empty() ? d.end : d.start;
    if (key > best_key) {
      best_key = key;
      best = static_cast<int>(i);
    }
  }
  return best;
}

// "Postgraduate:" or "UESTC:" alone or before a list; false for a course line.
bool CourseSectionLabel(std::string_view norm, std::string_view* label, size_t* rest) {
  size_t colon = norm.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return false;
  std::string_view head = Trim(norm.substr(0, colon));
  int words = 1;
  for (char c : head) {
    if (c == ' ') ++words;
    if (IsAsciiDigit(c) || c == ',' || c == '(') return false;
  }
  if (words > 4 || head.empty()) return false;
  *label = head;
  *rest = colon + 1;
  return true;
}

void AttachCourses(const DegreeLexicon& degrees, Document* doc) {
  std::vector<Education>& education = doc->entities.education;
  if (education.empty()) return;
  for (const Section& section : doc->sections) {
    if (section.kind != "courses" || IsTrainingHeading(section.heading)) continue;
    int target = -1;
    size_t end = std::min(section.end_line, doc->lines.size());
    for (size_t li = section.first_line; li < end; ++li) {
      const Line& line = doc->lines[li];
      if (line.blank()) continue;
      size_t from = 0;
      if (li == section.first_line && !section.heading.empty()) {
        // Inline content after the heading: "Relevant Courses: A, B".
        size_t colon = line.norm.find(':');
        if (colon == std::string::npos || colon + 1 >= line.norm.size()) continue;
        from = colon + 1;
      }
      std::string_view label;
      size_t rest = 0;
      if (from == 0 && CourseSectionLabel(line.norm, &label, &rest)) {
        target = TargetEntry(degrees, label, education);
        from = rest;
        if (Trim(std::string_view(line.norm).substr(from)).empty()) continue;
      }
      int index = target >= 0 ? target : MostRecent(education);
      if (index < 0) return;
      std::vector<Course>& courses = education[static_cast<size_t>(index)].courses;
      for (Course& c : ParseCourseList(line, from, doc->text)) {
        if (courses.size() < kMaxCourses) courses.push_back(std::move(c));
      }
    }
  }
}

bool CollegeLevel(std::string_view level) {
  return DegreeLexicon::LevelRank(level) >= DegreeLexicon::LevelRank("associate");
}

// A qualification under a heading the sectioner does not know ("PROFESSIONAL"
// over "Diploma in Business Administration (City & Guilds)") counts when it
// opens its line and says more than a bare degree word; a short ambiguous
// alias must go on with "in" / "of" there. Not "Undergraduate" over a list
// of courses taught, "MD Anderson Cancer Center", an MBA mentioned inside a
// sentence, or a label over names ("Ph.D. students: Amara Osei (2022–)"
// under ADVISING).
bool ListedQualification(const std::vector<LineInfo>& entry, const Education& e) {
  if (e.degree.empty() || e.area.find(':') != std::string::npos) return false;
  if (!e.level.empty() && e.area.empty() && e.institution.empty()) return false;
  const std::string degree = Lower(e.degree);
  return std::any_of(entry.begin(), entry.end(), [&](const LineInfo& info) {
    std::string_view norm = info.line->norm;
    const size_t start = norm.find_first_not_of(" \t");
    if (start == std::string_view::npos || !StartsWithFolded(norm.substr(start), degree)) return false;
    for (const DegreeMatch& m : info.degrees) {
      if (m.begin != start) continue;
      return !m.contextual || InOrOfFollows(norm, m.end);
    }
    return true;  // a qualification outside the lexicon ("Certificate and Diploma")
  });
}

// The label that ends at `colon` in `norm`: from the previous cell break.
std::string_view LabelBefore(std::string_view norm, size_t colon) {
  const size_t cut = norm.find_last_of(",;|\t", colon);
  const size_t start = cut == std::string_view::npos ? 0 : cut + 1;
  return norm.substr(start, colon - start);
}

// "Career goal:", "Objective:", "Seeking:": what follows is wished for, not held.
bool NamesAWish(std::string_view label) {
  for (std::string_view word : {"goal", "objective", "seek", "aim", "aspir", "interest", "plan", "target"}) {
    if (ContainsNoCase(label, word)) return true;
  }
  return false;
}

// A degree the header or the summary states, when no section gives one: it
// opens its line or a cell and names its subject with "in" / "of" ("IAE
// Tours, Master in company management", "Qualification: Degree in
// Engineering (Metallurgy)"). Not "Seeking a Master in ...", "Career goal:
// PhD in Physics", "MBA with 10 years of ...". School-leaving qualifications are left out: a header that
// lists schooling is a flattened education list, whose entries cannot be
// cut apart reliably without its heading.
bool StatedQualification(const std::vector<LineInfo>& entry, const Education& e) {
  constexpr int kMaxTries = 16;  // occurrences looked at per line
  if (e.degree.empty() || e.area.empty() || e.level == "secondary") return false;
  const std::string degree = Lower(e.degree);
  for (const LineInfo& info : entry) {
    const std::string norm = Lower(info.line->norm);
    size_t at = norm.find(degree);
    for (int tries = 0; at != std::string::npos && tries < kMaxTries; ++tries, at = norm.find(degree, at + 1)) {
      size_t before = at;
      while (before > 0 && norm[before - 1] == ' ') --before;
      if ((before == 0 || IsOneOf(norm[before - 1], ",:;|\t")) && InOrOfFollows(norm, at + degree.size()) &&
          !(before > 0 && norm[before - 1] == ':' && NamesAWish(LabelBefore(norm, before - 1)))) {
        return true;
      }
    }
  }
  return false;
}

// The key under which an entry's degree counts once: "master|ms|computer science"
// (dots, spaces and dashes of the degree left out).
std::string DegreeKey(const Education& e, bool with_area) {
  std::string degree;  // "M.B.A." and "MBA" are one degree
  for (char c : Lower(e.degree)) {
    if (c != '.' && c != ' ' && c != '-') degree.push_back(c);
  }
  return e.level + "|" + degree + "|" + (with_area ? Lower(e.area) : std::string());
}

// Appends the qualifications read under unknown headings that the education
// sections do not already give ("Ph.D." after the name in a "NAME AND TITLE"
// part and under Education), and each once.
void AddUnlessListed(std::vector<Education> listed, std::vector<Education>* education) {
  std::unordered_set<std::string> known, without_area;
  auto remember = [&](const Education& e, const std::string& bare) {
    known.insert(DegreeKey(e, true));
    known.insert(bare);
    if (e.area.empty()) without_area.insert(bare);
  };
  for (const Education& e : *education) remember(e, DegreeKey(e, false));
  for (Education& e : listed) {
    // An entry without an area repeats any entry with that degree; one with
    // an area, an entry with that degree and area, or with none.
    const std::string bare = DegreeKey(e, false);
    if (known.count(e.area.empty() ? bare : DegreeKey(e, true)) > 0 || without_area.count(bare) > 0) continue;
    remember(e, bare);
    education->push_back(std::move(e));
  }
}

// How Extract reads a section: as education; for college degrees only (a
// certificates section when there is no education section, "PROFESSIONAL
// DEVELOPMENT" over a university and its degrees); for the qualifications
// listed under a heading the sectioner does not know; or not at all. A
// heading of another kind that names education counts as education
// ("EDUCATION, AFFILIATIONS & SKILLS", read as skills).
enum class SectionUse { kSkip, kEducation, kCollegeOnly, kUnknownHeading };

SectionUse UseOf(const Section& section, bool has_education) {
  if (section.kind == "education") return SectionUse::kEducation;
  if (section.kind != "work" && ContainsNoCase(section.heading, "education")) {
    return SectionUse::kCollegeOnly;
  }
  if (section.kind == "certificates" && !has_education) return SectionUse::kCollegeOnly;
  if (section.kind == "other") return SectionUse::kUnknownHeading;
  return SectionUse::kSkip;
}

// The degree and area as the first line of the entry that holds both writes them.
std::string WrittenIn(const std::vector<LineInfo>& entry, const Education& e) {
  if (e.degree.empty() || e.area.empty()) return "";
  for (const LineInfo& info : entry) {
    if (std::string written = WrittenDegree(info.line->norm, e.degree, e.area); !written.empty()) return written;
  }
  return "";
}

// Reads the entries of `section` and calls take(entry lines, education) for
// each one that has a degree or an institution: the facts of every line,
// then the roles (table header, course list, note), then the cut into
// entries (Segment), or one entry per line when `line_entries` (a header or
// a summary, whose lines are no entries of a list).
template <typename Take>
void ReadSection(const DegreeLexicon& degrees, const GradeParser& grades, const Lexicons& base, YearMonth as_of,
                 const Document& doc, const Section& section, bool line_entries, Take take) {
  size_t first = section.body_begin();
  size_t end = std::min({section.end_line, doc.lines.size(), first + kMaxSectionLines});
  if (first >= end) return;
  std::vector<LineInfo> infos(end - first);
  for (size_t li = first; li < end; ++li) {
    Analyse(degrees, grades, base.dates(), as_of, doc.lines[li], li, &infos[li - first]);
  }
  std::vector<Column> columns;
  for (size_t li = first; li < end; ++li) {
    LineInfo& info = infos[li - first];
    const Line& line = doc.lines[li];
    if (line.blank() || info.role != LineRole::kNormal) continue;
    std::vector<Column> header;
    if (columns.empty() && ParseTableHeader(line.norm, &header)) {
      columns = std::move(header);
      info.role = LineRole::kTableHeader;
      continue;
    }
    Match label;
    if (CourseLabel().Find(line.norm, 0, &label) && !NamesDegree(info, label)) {
      li = ReadCourseLines(doc, li, end, label, &info, &infos, first) - 1;
      continue;
    }
    if (IsNoteText(line.norm)) info.role = LineRole::kNote;
  }
  std::vector<LineInfo> lines;
  for (LineInfo& info : infos) {
    if (!info.line->blank() && info.role != LineRole::kTableHeader) lines.push_back(std::move(info));
  }
  std::vector<bool> keep(lines.size(), true);
  std::vector<Cut> cuts;
  if (line_entries) {
    for (size_t i = 0; i < lines.size(); ++i) cuts.push_back({i, false});
  } else {
    cuts = Segment(base.headings(), lines, &keep);
  }
  cuts.push_back({lines.size(), false});
  Education before;  // the school (institution, acronym, place) of the entry read last
  for (size_t c = 0; c + 1 < cuts.size(); ++c) {
    std::vector<LineInfo> entry;
    for (size_t i = cuts[c].line; i < cuts[c + 1].line && entry.size() < kMaxEntryLines; ++i) {
      if (keep[i]) entry.push_back(std::move(lines[i]));
    }
    if (entry.empty()) continue;
    EntryReader reader(degrees, base.places(), doc.text, entry, columns.empty() ? nullptr : &columns);
    Education education;
    if (!reader.Read(0, entry.size(), &education)) continue;
    education.written = WrittenIn(entry, education);
    if (cuts[c].shares_school && education.institution.empty()) {
      education.institution = before.institution;
      education.acronym = before.acronym;
      if (education.location.empty()) education.location = before.location;
    }
    before.institution = education.institution;
    before.acronym = education.acronym;
    before.location = education.location;
    take(entry, education);
  }
}

}  // namespace

void EducationExtractor::Extract(const Lexicons& base, YearMonth as_of, Document* doc) const {
  const bool has_education = std::any_of(doc->sections.begin(), doc->sections.end(),
                                         [](const Section& s) { return s.kind == "education"; });
  std::vector<Education> listed;
  for (const Section& section : doc->sections) {
    const SectionUse use = UseOf(section, has_education);
    if (use == SectionUse::kSkip) continue;
    ReadSection(*degrees_, *grades_, base, as_of, *doc, section, false, [&](const std::vector<LineInfo>& entry, Education& e) {
      if (use == SectionUse::kUnknownHeading) {
        if (ListedQualification(entry, e)) listed.push_back(std::move(e));
        return;
      }
      // From a certificates section only a school with a college degree:
      // "Project Management Institute, 2015" there is a certificate's issuer.
      if (use == SectionUse::kCollegeOnly && !CollegeLevel(e.level)) return;
      doc->entities.education.push_back(std::move(e));
    });
  }
  AddUnlessListed(std::move(listed), &doc->entities.education);
  // No education anywhere: a degree the header or the summary states
  // ("Qualification: Degree in Engineering (Metallurgy)", "IAE Tours, Master
  // in company management").
  if (doc->entities.education.empty() && !has_education) {
    std::vector<Education> stated;
    for (const Section& section : doc->sections) {
      if (section.kind != "basics" && section.kind != "summary") continue;
      ReadSection(*degrees_, *grades_, base, as_of, *doc, section, true, [&](const std::vector<LineInfo>& entry, Education& e) {
        if (StatedQualification(entry, e)) stated.push_back(std::move(e));
      });
    }
    AddUnlessListed(std::move(stated), &doc->entities.education);
  }
  AttachCourses(*degrees_, doc);
}

}  // namespace cvparse
