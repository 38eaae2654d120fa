#include "resume_view.h"

#include <algorithm>
#include <cstdlib>

#include "cvparse/profile.h"
#include "extract/experience_totals.h"
#include "regex/pattern.h"

namespace cvparse::scoring {

namespace {

constexpr size_t kMaxHeadlineLines = 6;

bool IsExperienceKind(const std::string& kind) {
  return kind == "work" || kind == "research" || kind == "project" || kind == "volunteer";
}

bool LooksLikeContactLine(std::string_view s) {
  if (s.find('@') != std::string_view::npos || s.find("http") != std::string_view::npos ||
      s.find("www.") != std::string_view::npos || s.find(".com") != std::string_view::npos) {
    return true;
  }
  int digits = 0;
  for (char c : s) digits += (c >= '0' && c <= '9');
  return digits >= 7;
}

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

// "M.E. in Computer Science and Technology" with the degree at [0,4) =>
// "Computer Science and Technology".
std::string AreaAfter(std::string_view norm, size_t end) {
  std::string_view rest = norm.substr(std::min(end, norm.size()));
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',' || rest.front() == '.' ||
                           rest.front() == '(' || rest.front() == ')')) {
    rest.remove_prefix(1);
  }
  for (std::string_view lead : {"in ", "of ", "In ", "Of "}) {
    if (rest.substr(0, lead.size()) == lead) rest.remove_prefix(lead.size());
  }
  size_t cut = rest.size();
  for (std::string_view stop : {",", " - ", "\t", "(", " | ", ";", " at "}) {
    size_t at = rest.find(stop);
    if (at != std::string_view::npos) cut = std::min(cut, at);
  }
  return Trim(rest.substr(0, std::min<size_t>(cut, 120)));
}

int WordNumber(std::string_view word) {
  static const char* const kWords[] = {"one",     "two",       "three",    "four",     "five",
                                       "six",     "seven",     "eight",    "nine",     "ten",
                                       "eleven",  "twelve",    "thirteen", "fourteen", "fifteen",
                                       "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  std::string lower;
  for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (size_t i = 0; i < std::size(kWords); ++i) {
    if (lower == kWords[i]) return static_cast<int>(i) + 1;
  }
  return std::atoi(lower.c_str());
}

}  // namespace

ResumeView::ResumeView(const Document& doc, const ScoringData& data, YearMonth as_of)
    : doc_(doc), as_of_(as_of), as_of_month_(MonthIndexOf(as_of.year, as_of.month)) {
  IndexSections();
  ReadEntries();
  ReadDegrees(data);
  ReadTitles();
  ReadStatedYears();
}

void ResumeView::IndexSections() {
  line_section_.assign(doc_.lines.size(), -1);
  line_entry_.assign(doc_.lines.size(), -1);
  for (size_t s = 0; s < doc_.sections.size(); ++s) {
    const Section& section = doc_.sections[s];
    size_t end = std::min(section.end_line, doc_.lines.size());
    for (size_t i = section.first_line; i < end; ++i) line_section_[i] = static_cast<int>(s);
  }
}

int ResumeView::SectionOf(size_t line) const {
  return line < line_section_.size() ? line_section_[line] : -1;
}

int ResumeView::EntryOf(size_t line) const {
  return line < line_entry_.size() ? line_entry_[line] : -1;
}

size_t ResumeView::LineOfOffset(uint32_t offset) const {
  const std::vector<Line>& lines = doc_.lines;
  if (lines.empty()) return 0;
  // The last line whose span begins at or before offset.
  auto it = std::upper_bound(lines.begin(), lines.end(), offset,
                             [](uint32_t value, const Line& line) { return value < line.span.begin; });
  if (it == lines.begin()) return 0;
  return static_cast<size_t>(std::distance(lines.begin(), it)) - 1;
}

void ResumeView::ReadEntries() {
  for (const Experience& e : doc_.entities.experience) {
    if (!IsExperienceKind(e.kind)) continue;
    ViewEntry entry;
    entry.kind = e.kind;
    entry.position = e.position;
    if (!e.position.empty()) {
      entry.title = e.position;
      if (!e.organization.empty()) entry.title += " · " + e.organization;
    } else if (!e.name.empty()) {
      entry.title = e.name;
    } else {
      entry.title = e.organization;
    }
    entry.first_line = LineOfOffset(e.span_begin);
    entry.end_line = LineOfOffset(e.span_end > e.span_begin ? e.span_end - 1 : e.span_begin) + 1;
    if (e.dates) {
      if (std::optional<MonthInterval> months = RangeMonths(*e.dates, as_of_)) {
        entry.first_month = months->first;
        entry.last_month = months->last;
      } else if (std::optional<MonthIndex> start = ParseIsoMonth(e.dates->start, false)) {
        entry.first_month = entry.last_month = *start;
      }
      entry.end_iso = e.dates->present ? "present" : (e.dates->end.empty() ? e.dates->start : e.dates->end);
    }
    entry.position_entry = CountsAsPosition(e);
    int index = static_cast<int>(entries_.size());
    for (size_t i = entry.first_line; i < entry.end_line && i < line_entry_.size(); ++i) {
      if (line_entry_[i] < 0) line_entry_[i] = index;
    }
    entries_.push_back(std::move(entry));
  }
  position_months_ = doc_.entities.total_experience_months;
}

void ResumeView::ReadDegrees(const ScoringData& data) {
  for (const Education& e : doc_.entities.education) {
    DegreeFact fact;
    fact.level = e.level;
    fact.rank = DegreeLevelRank(e.level);
    fact.text = e.degree;
    fact.area = e.area;
    fact.line = LineOfOffset(e.span_begin);
    fact.span = {e.span_begin, e.span_end};
    if (fact.line < doc_.lines.size()) {
      // The line that names the degree, for the explanation.
      for (size_t i = fact.line; i < doc_.lines.size() && doc_.lines[i].span.begin < e.span_end; ++i) {
        if (!e.degree.empty() && doc_.lines[i].norm.find(e.degree) != std::string::npos) {
          fact.line = i;
          fact.text = Trim(doc_.lines[i].norm);
          break;
        }
      }
    }
    degrees_.push_back(std::move(fact));
  }
  if (!degrees_.empty()) return;

  // The parser found no education entries: read degree names in the
  // education sections (anywhere when there is none, unambiguous forms only).
  bool has_education = false;
  for (const Section& s : doc_.sections) has_education = has_education || s.kind == "education";
  for (size_t i = 0; i < doc_.lines.size() && degrees_.size() < 20; ++i) {
    int s = SectionOf(i);
    bool in_education = s >= 0 && doc_.sections[static_cast<size_t>(s)].kind == "education";
    if (has_education && !in_education) continue;
    const Line& line = doc_.lines[i];
    if (line.blank() || line.norm.size() > 400) continue;
    for (const DegreeMatch& m : data.degrees().FindDegrees(line.norm)) {
      if (!in_education && m.contextual) continue;
      DegreeFact fact;
      fact.level = std::string(m.level);
      fact.rank = DegreeLexicon::LevelRank(m.level);
      fact.text = Trim(line.norm);
      fact.area = AreaAfter(line.norm, m.end);
      fact.line = i;
      fact.span = line.RawSpan(m.begin, m.end);
      degrees_.push_back(std::move(fact));
    }
  }
}

void ResumeView::ReadTitles() {
  // The headline: the header lines under the name.
  size_t name_line = doc_.contact.name ? LineOfOffset(doc_.contact.name->span.begin) : SIZE_MAX;
  for (const Section& section : doc_.sections) {
    if (section.kind != "basics") continue;
    size_t taken = 0;
    for (size_t i = section.first_line; i < section.end_line && i < doc_.lines.size(); ++i) {
      const Line& line = doc_.lines[i];
      if (i == name_line || line.blank() || line.norm.size() > 120 || LooksLikeContactLine(line.norm)) continue;
      titles_.push_back({line.norm, i, line.span, 1.0, "headline"});
      if (++taken >= kMaxHeadlineLines) break;
    }
    break;  // the first header only
  }
  // Positions, the latest first.
  std::vector<const ViewEntry*> positions;
  for (const ViewEntry& e : entries_) {
    if (!e.position.empty() && (e.kind == "work" || e.kind == "research")) positions.push_back(&e);
  }
  std::stable_sort(positions.begin(), positions.end(), [](const ViewEntry* a, const ViewEntry* b) {
    return a->last_month > b->last_month;
  });
  for (size_t k = 0; k < positions.size(); ++k) {
    const ViewEntry& e = *positions[k];
    TitleLine title{e.position, e.first_line, {}, k == 0 ? 1.0 : 0.8, "position"};
    for (size_t i = e.first_line; i < e.end_line && i < doc_.lines.size(); ++i) {
      size_t at = doc_.lines[i].norm.find(e.position);
      if (at != std::string::npos) {
        title.line = i;
        title.span = doc_.lines[i].RawSpan(at, at + e.position.size());
        break;
      }
    }
    if (title.span.empty() && title.line < doc_.lines.size()) title.span = doc_.lines[title.line].span;
    titles_.push_back(std::move(title));
  }
  // The first lines of a summary often name the role: "Registered Nurse with 7 years ...".
  for (const Section& section : doc_.sections) {
    if (section.kind != "summary") continue;
    size_t taken = 0;
    for (size_t i = section.first_line + 1; i < section.end_line && i < doc_.lines.size(); ++i) {
      const Line& line = doc_.lines[i];
      if (line.blank()) continue;
      titles_.push_back({line.norm.substr(0, 160), i, line.span, 0.8, "summary"});
      if (++taken >= 2) break;
    }
    break;
  }
}

void ResumeView::ReadStatedYears() {
  static const StaticPattern kYears(
      R"(\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s*\+?\s*(?:years?|yrs?)\b)",
      Pattern::Options{true, false});
  static const StaticPattern kExperience(R"(experi|expérience|erfahrung)", Pattern::Options{true, false});
  for (const Section& section : doc_.sections) {
    if (section.kind != "summary" && section.kind != "basics") continue;
    for (size_t i = section.first_line; i < section.end_line && i < doc_.lines.size(); ++i) {
      const Line& line = doc_.lines[i];
      if (line.blank() || line.norm.size() > 2000) continue;
      for (const Match& m : kYears->FindAll(line.norm)) {
        std::string after = line.norm.substr(m.end, 100);
        if (i + 1 < section.end_line && i + 1 < doc_.lines.size()) after += " " + doc_.lines[i + 1].norm.substr(0, 60);
        if (!kExperience->Contains(after)) continue;
        int years = WordNumber(m.groups[0].In(line.norm));
        if (years <= 0 || years > 50 || years <= stated_.years) continue;
        stated_ = {static_cast<double>(years), i, line.RawSpan(m.begin, m.end)};
      }
    }
  }
}

}  // namespace cvparse::scoring
