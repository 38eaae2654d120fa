#include "extract/experience.h"

#include <algorithm>
#include <cstdlib>

#include "extract/compound_roles.h"
#include "extract/experience_totals.h"
#include "layout/entries.h"
#include "lexicon/tsv.h"
#include "text/ascii.h"
#include "text/ascii_search.h"

namespace cvparse {
namespace {

constexpr size_t kMaxItemsPerSection = 200;

// Letters of a name: ASCII letters and the bytes of other scripts.
bool IsNameByte(char c) { return IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80; }

// "records", "and New Engineering Contract", "headed the claims team": a
// header piece that starts with a lower-case word is a sentence fragment, not
// an organisation. "eBay" and "iGate" (a capital second letter) stay.
bool FragmentNotOrganization(std::string_view org) {
  return org.size() >= 2 && IsAsciiLower(org[0]) && IsAsciiLower(org[1]);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

enum class LabelRole { kNone, kKeywords, kOrganization, kPosition, kLocation, kName };

LabelRole RoleOfLabel(std::string_view label) {
  std::string f = FoldCase(Trim(label));
  static const char* const kKeywords[] = {
      "keywords", "key words", "keyword", "tech stack", "technologies", "technology", "tech", "tools",
      "tools used", "environment", "stack", "skills used", "frameworks", "technologies used",
      "key technologies", "technical environment", "tech used", "technologien", "werkzeuge",
      "herramientas", "tecnologías", "outils", "environnement technique", "技术栈", "关键词",
      "关键字", "技术", "工具", "使用技术", "开发工具", "开发环境"};
  static const char* const kOrganization[] = {"company", "employer", "organisation", "organization", "firm",
                                              "client", "company name", "employer name", "公司", "单位",
                                              "unternehmen", "arbeitgeber", "entreprise", "empresa"};
  static const char* const kPosition[] = {"role", "position", "title", "designation", "job title", "post",
                                          "position held", "my role", "职位", "岗位", "担任角色", "角色",
                                          "position occupée", "funktion", "cargo", "puesto"};
  static const char* const kLocation[] = {"location", "place", "city", "based in", "地点", "ort", "lieu"};
  static const char* const kName[] = {"project", "project name", "project title", "项目名称", "项目"};
  for (const char* k : kKeywords) if (f == k) return LabelRole::kKeywords;
  for (const char* k : kOrganization) if (f == k) return LabelRole::kOrganization;
  for (const char* k : kPosition) if (f == k) return LabelRole::kPosition;
  for (const char* k : kLocation) if (f == k) return LabelRole::kLocation;
  for (const char* k : kName) if (f == k) return LabelRole::kName;
  return LabelRole::kNone;
}

// "Company:", "Employer:", "Position:", "Designation:", "Job title:": labels
// that name the employer or the position itself. "Client:" names a customer
// and "Role:" often a task ("Role: Digital marketing through creative writing").
bool NamesTheField(std::string_view label) {
  std::string f = FoldCase(Trim(label));
  for (const char* k : {"company", "employer", "company name", "employer name", "organisation", "organization",
                        "position", "designation", "job title", "position held", "title"}) {
    if (f == k) return true;
  }
  return false;
}

std::vector<std::string> SplitKeywords(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t cut = std::string_view::npos;
    size_t width = 1;
    for (size_t i = start; i < text.size(); ++i) {
      if (text[i] == ',' || text[i] == ';' || text[i] == '|') {
        cut = i;
        break;
      }
      if (text.substr(i, 3) == "\xE3\x80\x81") {  // "、"
        cut = i;
        width = 3;
        break;
      }
    }
    std::string_view item = Trim(text.substr(start, cut == std::string_view::npos ? text.npos : cut - start));
    while (!item.empty() && (item.back() == '.' || item.back() == ' ')) item.remove_suffix(1);
    if (!item.empty() && out.size() < 50) out.emplace_back(item);
    if (cut == std::string_view::npos) break;
    start = cut + width;
  }
  return out;
}

// "Period<TAB>Employer<TAB>Role": a table's column names.
bool IsTableHeaderRow(std::string_view norm) {
  static const char* const kColumns[] = {
      "period", "dates", "date", "duration", "from", "to", "years", "year", "employer", "company",
      "organisation", "organization", "role", "position", "title", "job title", "designation", "location",
      "city", "place", "responsibilities", "description", "project", "team", "time", "时间", "公司", "职位",
      "岗位", "单位", "项目"};
  size_t cells = 0;
  size_t start = 0;
  while (start <= norm.size()) {
    size_t tab = norm.find('\t', start);
    std::string f = FoldCase(Trim(norm.substr(start, tab == std::string_view::npos ? norm.npos : tab - start)));
    bool known = false;
    for (const char* k : kColumns) known = known || f == k;
    if (!known) return false;
    ++cells;
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cells >= 2;
}

// "HackHarbor 2023 — Best Use of Public Data award" under Activities: an
// award (the awards extractor's business), not a role.
bool MentionsAward(std::string_view text) {
  std::string f = FoldCase(text);
  for (const char* w : {"award", "prize", "winner", "finalist", "medal", "scholarship", "honou", "获奖", "奖"}) {
    if (f.find(w) != std::string::npos) return true;
  }
  return false;
}

struct Built {
  Experience item;
  bool org_written = false;  // the organisation came from this entry's own text
  bool position_named = false;  // the position came from a "Position:" / "Designation:" label
};

class SectionReader {
 public:
  SectionReader(const Document& doc, const Section& section, std::string kind, const HeaderContext& context,
                const Lexicons& lexicons)
      : doc_(doc), section_(section), kind_(std::move(kind)), context_(context), lexicons_(lexicons) {}

  std::vector<Experience> Read();

 private:
  void ReadEntry(const Entry& entry);
  bool ReadListEntry(const Entry& entry);
  Experience NewItem(size_t first_line, size_t end_line, const std::optional<DateRange>& dates) const;
  void FillHeader(const std::vector<std::string>& header, bool list_item, Built* built) const;
  void FillBody(const std::vector<size_t>& body, Experience* item) const;
  // True when `text` is a date and nothing else: "2011", "1986:", "present)".
  bool OnlyDate(std::string_view text) const;
  void TitleFromText(const Entry& entry, Built* built) const;
  bool TitleFromLine(std::string_view text, Built* built) const;
  // True when `text` is the candidate's name: "Lorri L. Rowell", "Adelaida Kozey".
  bool NamesCandidate(std::string_view text) const;
  void MergeStrays();
  bool HeadsNextRole(size_t i) const;
  void CarryEmployers();

  const Document& doc_;
  const Section& section_;
  std::string kind_;
  const HeaderContext& context_;
  const Lexicons& lexicons_;
  std::vector<Built> built_;
};

Experience SectionReader::NewItem(size_t first_line, size_t end_line, const std::optional<DateRange>& dates) const {
  Experience item;
  item.kind = kind_;
  item.dates = dates;
  if (dates) {
    item.current = dates->present;
    item.months = CountMonths(*dates, context_.as_of);
  }
  if (first_line < end_line && end_line <= doc_.lines.size()) {
    item.span_begin = doc_.lines[first_line].span.begin;
    item.span_end = doc_.lines[end_line - 1].span.end;
  }
  return item;
}

void SectionReader::FillHeader(const std::vector<std::string>& header, bool list_item, Built* built) const {
  Experience& item = built->item;
  if (item.kind == "project") {
    ProjectFields p = ParseProjectHeader(header, context_, list_item);
    item.name = std::move(p.name);
    item.position = std::move(p.role);
    item.organization = std::move(p.organization);
    item.keywords = std::move(p.keywords);
    if (!p.description.empty()) item.summary = std::move(p.description);
    built->org_written = !item.organization.empty();
    return;
  }
  HeaderFields h = ParsePositionHeader(header, context_);
  if (item.kind == "research" && !(h.position_from_lexicon && !h.organization.empty())) {
    // A research project, not a position.
    ProjectFields p = ParseProjectHeader(header, context_, list_item);
    item.name = std::move(p.name);
    item.position = std::move(p.role);
    item.organization = std::move(p.organization);
    item.keywords = std::move(p.keywords);
    if (!p.description.empty()) item.summary = std::move(p.description);
    built->org_written = !item.organization.empty();
    return;
  }
  if (h.is_break) item.kind = "break";
  item.position = std::move(h.position);
  item.organization = std::move(h.organization);
  item.location = std::move(h.location);
  built->org_written = !item.organization.empty();
}

bool SectionReader::OnlyDate(std::string_view text) const {
  while (!text.empty() && (text.back() == ':' || text.back() == ')' || text.back() == '.' || text.back() == ',')) {
    text.remove_suffix(1);
  }
  return !text.empty() && context_.dates.ParseExact(text, context_.as_of).has_value();
}

void SectionReader::FillBody(const std::vector<size_t>& body, Experience* item) const {
  bool last_was_item = false;
  int item_indent = 0;
  for (size_t idx : body) {
    if (idx >= doc_.lines.size()) continue;
    const Line& line = doc_.lines[idx];
    if (line.blank()) continue;
    std::string_view norm = line.norm;
    std::string_view label, text;
    bool labelled = SplitLabel(norm, &label, &text);
    if (labelled && RoleOfLabel(label) == LabelRole::kKeywords) {
      last_was_item = false;
      continue;
    }
    // "Duration: Jan 2018 - Mar 2020": the entry's dates, not a highlight.
    if (labelled && context_.dates.ParseExact(text, context_.as_of)) continue;
    if (!labelled && IsColonlessLabelLine(norm)) continue;  // Europass "Business or sector ...": a part
    size_t skip = EnumeratorLength(norm);
    std::string_view content = Trim(norm.substr(std::min(skip, norm.size())));
    if (content.empty() || OnlyDate(content)) continue;  // "1986:" under "1984": the end of the dates
    bool list_item = line.bulleted || skip > 0 || labelled;
    if (list_item) {
      item->highlights.emplace_back(content);
      last_was_item = true;
      item_indent = line.indent;
    } else if (last_was_item && !item->highlights.empty() &&
               (IsAsciiLower(content.front()) || line.indent > item_indent)) {
      item->highlights.back() += ' ';
      item->highlights.back() += content;
    } else {
      if (!item->summary.empty()) item->summary += ' ';
      item->summary += content;
      last_was_item = false;
    }
  }
}

// One item per line for sections written as a flat list.
bool SectionReader::ReadListEntry(const Entry& entry) {
  std::vector<size_t> lines;
  int indent = -1;
  for (size_t i = entry.first_line; i < entry.end_line && i < doc_.lines.size(); ++i) {
    const Line& line = doc_.lines[i];
    if (line.blank()) continue;
    if (!line.bulleted) return false;
    if (indent < 0) indent = line.indent;
    if (std::abs(line.indent - indent) > 1) return false;
    lines.push_back(i);
  }
  if (lines.size() < 2) return false;
  std::vector<std::optional<DateRange>> dates(lines.size());
  size_t dated = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    const Line& line = doc_.lines[lines[k]];
    std::vector<DateMatch> found = context_.dates.FindAll(line.norm, context_.as_of);
    if (found.empty()) continue;
    const DateMatch* best = &found.front();
    for (const DateMatch& m : found) {
      if (m.is_range) {
        best = &m;
        break;
      }
    }
    dates[k] = ToDateRange(*best, line);
    ++dated;
  }
  bool projects = kind_ == "project" && dated == 0;
  if (!projects && dated * 2 < lines.size()) return false;
  Built* current = nullptr;
  for (size_t k = 0; k < lines.size(); ++k) {
    const Line& line = doc_.lines[lines[k]];
    if (projects || dates[k]) {
      Built built;
      built.item = NewItem(lines[k], lines[k] + 1, dates[k]);
      FillHeader({line.norm}, /*list_item=*/true, &built);
      built_.push_back(std::move(built));
      current = &built_.back();
    } else if (current != nullptr) {
      FillBody({lines[k]}, &current->item);
      current->item.span_end = line.span.end;
    }
  }
  return true;
}

void SectionReader::ReadEntry(const Entry& entry) {
  if (ReadListEntry(entry)) return;
  Built built;
  built.item = NewItem(entry.first_line, entry.end_line, entry.dates);
  Experience& item = built.item;
  std::vector<std::string> header;
  std::string labelled_org, labelled_position, labelled_location, labelled_name;
  bool named_org = false, named_position = false;  // "Company:", "Designation:" (not "Client:", "Role:")
  auto take_label = [&](std::string_view norm) {
    std::string_view label, text;
    if (!SplitLabel(norm, &label, &text)) return false;
    switch (RoleOfLabel(label)) {
      case LabelRole::kOrganization:
        labelled_org = std::string(text);
        named_org = NamesTheField(label);
        return true;
      case LabelRole::kPosition:
        labelled_position = std::string(text);
        named_position = NamesTheField(label);
        return true;
      case LabelRole::kLocation: labelled_location = std::string(text); return true;
      case LabelRole::kName: labelled_name = std::string(text); return true;
      case LabelRole::kKeywords: return true;
      case LabelRole::kNone: return false;
    }
    return false;
  };
  for (size_t idx : entry.header_lines) {
    if (idx >= doc_.lines.size()) continue;
    const std::string& norm = doc_.lines[idx].norm;
    if (IsTableHeaderRow(norm)) continue;
    if (take_label(norm)) continue;
    // "Other positions held at Chrysler:", "Significant Accomplishments:": a
    // lead-in to what follows, neither a title nor an organisation.
    if (!norm.empty() && norm.back() == ':' && entry.header_lines.size() > 1) continue;
    header.push_back(norm);
  }
  std::vector<size_t> body;
  for (size_t idx : entry.bullet_lines) {
    if (idx >= doc_.lines.size()) continue;
    std::string_view label, text;
    if (SplitLabel(doc_.lines[idx].norm, &label, &text) && RoleOfLabel(label) != LabelRole::kKeywords &&
        take_label(doc_.lines[idx].norm)) {
      continue;
    }
    body.push_back(idx);
  }
  if (header.empty() && labelled_name.empty() && labelled_org.empty() && labelled_position.empty() &&
      !entry.dates) {
    // No header at all: body text under the heading (an intro line).
    if (body.empty()) return;
  }
  if (section_.kind == "activities" && !header.empty() && MentionsAward(header.front())) return;
  if (!header.empty()) FillHeader(header, /*list_item=*/false, &built);
  // A field named by its label wins over one guessed from the header lines.
  if (!labelled_org.empty() && (item.organization.empty() || named_org)) {
    item.organization = labelled_org;
    built.org_written = true;
  }
  if (!labelled_position.empty() && (item.position.empty() || named_position)) {
    item.position = labelled_position;
    built.position_named = named_position;
  }
  if (item.location.empty() && !labelled_location.empty()) item.location = labelled_location;
  if (!labelled_name.empty() && (item.kind == "project" || item.kind == "research")) item.name = labelled_name;
  item.parts = entry.parts;
  for (const LabelledPart& part : entry.parts) {
    if (RoleOfLabel(part.label) != LabelRole::kKeywords) continue;
    for (std::string& k : SplitKeywords(part.text)) {
      if (std::find(item.keywords.begin(), item.keywords.end(), k) == item.keywords.end()) item.keywords.push_back(k);
    }
  }
  FillBody(body, &item);
  if (item.position.empty() && (item.kind == "work" || item.kind == "volunteer")) TitleFromText(entry, &built);
  if (item.kind != "project" && item.kind != "research") item.position = WithoutNote(item.position);
  if (item.name.empty() && item.position.empty() && item.organization.empty() && !item.dates &&
      item.highlights.empty() && item.summary.empty()) {
    return;
  }
  if (built_.size() < kMaxItemsPerSection) built_.push_back(std::move(built));
}

// A job whose header named no position, and whose first line of text (after
// its dates) opens with one: "Researcher at the Secretariat of State in charge
// of French universities", "Kitchen Manager, Managing all the kitchen staff,
// ...", "Served as Teacher Assistant for Grades 2 and 3 at Rockport
// Elementary", "Part time lecturer/faculty member of the United States
// International" (a header too long to be read as a position).
// The title runs to the first comma, colon, dash, full stop or connector;
// it must have a title word for its head noun (NamesPosition), start with a
// capital and not open with an action verb. After " at " / " with " / " of
// the " / " to the ", a capitalised name up to the next comma or colon is the
// employer when the header named none.
void SectionReader::TitleFromText(const Entry& entry, Built* built) const {
  // The lines of the header, then the first body line.
  size_t last = entry.end_line;
  for (size_t idx : entry.bullet_lines) {
    if (idx < doc_.lines.size() && !OnlyDate(Trim(doc_.lines[idx].norm))) {
      last = idx + 1;
      break;
    }
  }
  for (size_t idx = entry.first_line; idx < last && idx < doc_.lines.size(); ++idx) {
    std::string_view norm = doc_.lines[idx].norm;
    if (doc_.lines[idx].blank() || OnlyDate(Trim(norm))) continue;
    if (TitleFromLine(norm, built)) return;
  }
}

bool SectionReader::TitleFromLine(std::string_view text, Built* built) const {
  text = Trim(text.substr(std::min(EnumeratorLength(text), text.size())));
  for (std::string_view lead : {"Served as ", "Worked as ", "Working as ", "Employed as "}) {
    if (text.substr(0, lead.size()) == lead) {
      text.remove_prefix(lead.size());
      if (text.substr(0, 2) == "a ") text.remove_prefix(2);
      if (text.substr(0, 3) == "an ") text.remove_prefix(3);
      break;
    }
  }
  if (text.empty() || !(text[0] >= 'A' && text[0] <= 'Z') || lexicons_.action_verbs().OpensLine(text)) return false;
  size_t cut = text.size(), rest = std::string_view::npos;
  for (std::string_view stop : {", ", ": ", " - ", ". ", " (", ";"}) cut = std::min(cut, text.find(stop));
  for (std::string_view connector : {" at ", " with ", " of the ", " to the ", " for ", " in the "}) {
    size_t at = text.find(connector);
    if (at < cut) {
      cut = at;
      bool names_employer = connector != " for " && connector != " in the ";
      rest = names_employer ? at + connector.size() : std::string_view::npos;
    }
  }
  if (cut == text.size() && text.back() == '.') --cut;
  std::string_view title = Trim(text.substr(0, cut));
  if (title.empty() || title.find('"') != std::string_view::npos || std::count(title.begin(), title.end(), ' ') >= 6 ||
      !NamesPosition(context_.roles, title)) {
    return false;
  }
  built->item.position = std::string(title);
  if (rest == std::string_view::npos || !built->item.organization.empty()) return true;
  std::string_view org = text.substr(rest);
  if (org.substr(0, 4) == "the ") org.remove_prefix(4);
  // A full stop ends the name, but not after "St", "Co", "Inc": abbreviations.
  size_t stop = org.find(". ");
  while (stop != std::string_view::npos) {
    size_t word = org.rfind(' ', stop);
    word = word == std::string_view::npos ? 0 : word + 1;
    if (stop - word > 3) break;
    stop = org.find(". ", stop + 2);
  }
  org = Trim(org.substr(0, std::min({org.find(", "), org.find(": "), stop, org.find(" - ")})));
  while (!org.empty() && (org.back() == '.' || org.back() == ',')) org.remove_suffix(1);
  if (org.empty() || !(org[0] >= 'A' && org[0] <= 'Z') || std::count(org.begin(), org.end(), ' ') >= 8 ||
      ProseOrganization(context_.roles, org)) {
    return true;
  }
  built->item.organization = std::string(org);
  built->org_written = true;
  return true;
}

// The words of two letters or more of `text`, case-folded.
std::vector<std::string> NameWords(std::string_view text) {
  std::vector<std::string> words;
  std::string folded = FoldCase(text);
  size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && !IsNameByte(folded[i])) ++i;
    size_t start = i;
    while (i < folded.size() && IsNameByte(folded[i])) ++i;
    if (i - start >= 2) words.push_back(folded.substr(start, i - start));
  }
  return words;
}

// "Managerial Excellence Award", "Received Florida Wine Spectator Award for":
// an award won in a job, read from a line under it, is no employer.
bool NamesAnAward(std::string_view org) {
  for (const std::string& word : NameWords(org)) {
    if (word == "award" || word == "awards" || word == "prize") return true;
  }
  return false;
}

bool SectionReader::NamesCandidate(std::string_view text) const {
  if (text.empty() || !doc_.contact.name) return false;
  std::vector<std::string> name = NameWords(doc_.contact.name->value);
  std::vector<std::string> words = NameWords(text);
  if (words.size() < 2 || name.size() < 2) return false;
  for (const std::string& w : words) {
    if (std::find(name.begin(), name.end(), w) == name.end()) return false;
  }
  return true;
}

bool DatesTouch(const Experience& a, const Experience& b, YearMonth as_of) {
  if (!a.dates || !b.dates) return true;
  std::optional<MonthInterval> x = RangeMonths(*a.dates, as_of);
  std::optional<MonthInterval> y = RangeMonths(*b.dates, as_of);
  if (!x || !y) return true;
  if (x->first <= y->last + 1 && y->first <= x->last + 1) return true;  // overlap or touch
  return std::abs(x->first - y->last) <= 3 || std::abs(y->first - x->last) <= 3;
}

// In a section of dated jobs, an undated entry with no position is text of
// the job before it that the splitter took for a header: a bullet whose
// glyph was lost ("Shared budgetary controls with senior management"), a
// "Significant Accomplishments:" line. Its text joins that job's highlights.
void SectionReader::MergeStrays() {
  if (kind_ != "work" && kind_ != "volunteer") return;
  bool any_dated = false;
  for (const Built& b : built_) any_dated = any_dated || b.item.dates.has_value();
  if (!any_dated) return;
  std::vector<Built> kept;
  for (size_t i = 0; i < built_.size(); ++i) {
    Built& b = built_[i];
    Experience& item = b.item;
    bool stray = !item.dates && item.position.empty() && item.kind == kind_ && !HeadsNextRole(i);
    if (!stray || kept.empty()) {
      kept.push_back(std::move(b));
      continue;
    }
    Experience& prev = kept.back().item;
    for (const std::string* text : {&item.organization, &item.name, &item.location, &item.summary}) {
      if (!text->empty()) prev.highlights.push_back(*text);
    }
    for (std::string& h : item.highlights) prev.highlights.push_back(std::move(h));
    prev.span_end = std::max(prev.span_end, item.span_end);
  }
  built_ = std::move(kept);
}

// "Automatic Data Processing, Inc." / "Roseland, NJ" / "Global provider of
// integrated computing ..." / "DIVISION VICE PRESIDENT/GENERAL MANAGER (2003
// to 2007)": an undated employer (a name with organisation words) whose next
// entry is a dated role with no employer heads that role; it is no stray.
bool SectionReader::HeadsNextRole(size_t i) const {
  if (i + 1 >= built_.size()) return false;
  const Experience& item = built_[i].item;
  const Experience& next = built_[i + 1].item;
  if (item.organization.empty() || next.kind != item.kind || next.position.empty() || !next.organization.empty() ||
      !next.dates) {
    return false;
  }
  return context_.roles.Find(item.organization).orgs > 0 && !ProseOrganization(context_.roles, item.organization) &&
         !FragmentNotOrganization(item.organization);
}

void SectionReader::CarryEmployers() {
  std::vector<bool> drop(built_.size(), false);
  for (size_t i = 1; i < built_.size(); ++i) {
    Experience& item = built_[i].item;
    Experience& prev = built_[i - 1].item;
    if (item.kind != prev.kind || item.kind == "project" || item.kind == "break" || !item.name.empty()) continue;
    if (item.position.empty() || !item.organization.empty() || prev.organization.empty()) continue;
    if (!DatesTouch(prev, item, context_.as_of)) continue;
    item.organization = prev.organization;
    if (item.location.empty()) item.location = prev.location;
    if (prev.position.empty() && prev.highlights.empty() && prev.summary.empty() && item.dates) drop[i - 1] = true;
  }
  std::vector<Built> kept;
  for (size_t i = 0; i < built_.size(); ++i) {
    if (!drop[i]) kept.push_back(std::move(built_[i]));
  }
  built_ = std::move(kept);
}

std::vector<Experience> SectionReader::Read() {
  std::vector<Entry> entries = SplitEntries(doc_, section_, lexicons_, context_.as_of);
  for (const Entry& entry : entries) {
    if (built_.size() >= kMaxItemsPerSection) break;
    ReadEntry(entry);
  }
  MergeStrays();
  CarryEmployers();
  // After the carry: a job whose own header held only a fragment or prose
  // ("Writing press releases"), or the candidate's name (a page's running
  // header: "Shelli Genaro Kuvalis" atop page 2), keeps no employer rather
  // than borrowing its neighbour's; nor is that name a position.
  for (Built& b : built_) {
    if (b.item.kind != "project" && (FragmentNotOrganization(b.item.organization) || NamesAnAward(b.item.organization) ||
                                     ProseOrganization(context_.roles, b.item.organization) ||
                                     NamesCandidate(b.item.organization))) {
      b.item.organization.clear();
    }
    if (NamesCandidate(b.item.position)) b.item.position.clear();
    // A position is one only with a title word for its head ("Dorm Resident
    // Assistant", "Manager of Academic Technology"), unless a "Position:"
    // label names it; not "Digital marketing through creative writing",
    // "B2B Gift Card Ordering System", "Houston", "2 hours monthly".
    if ((b.item.kind == "volunteer" || b.item.kind == "work") && !b.position_named &&
        !NamesPosition(context_.roles, b.item.position)) {
      b.item.position.clear();
    }
  }
  std::vector<Experience> out;
  out.reserve(built_.size());
  for (Built& b : built_) out.push_back(std::move(b.item));
  return out;
}

// True when a line ends in a colon: a heading or a lead-in, never an employer.
bool EndsInColon(std::string_view text) {
  text = Trim(text);
  return !text.empty() && text.back() == ':';
}

// Two-column and flattened layouts leave an employer written in capitals
// alone on its line, and the sectioner takes it for the heading of a section
// it does not know ("TANDEM AUSTRALIA DEVELOPMENT" / "Senior Developer (A/P)"
// / "July 1996 to October 1996"). Such a section is read as jobs, its heading
// line the first header line, when that first job names the heading as its
// employer, a position and dates. Then each job in it with an employer, a
// position and dates is kept. Not a heading that names a position ("MARKETING
// MANAGER"), ends in a colon or goes on over the next line ("MEMBERSHIP OF
// PROFESSIONAL" / "ASSOCIATIONS:").
std::vector<Experience> JobsUnderEmployerHeading(const Document& doc, const Section& section,
                                                 const HeaderContext& context, const Lexicons& lexicons) {
  if (section.kind != "other" || section.from_lexicon || section.heading.empty() || section.inline_content ||
      EndsInColon(section.heading) || context.roles.Find(section.heading).titles > 0) {
    return {};
  }
  for (size_t i = section.first_line + 1; i < section.end_line && i < doc.lines.size(); ++i) {
    if (doc.lines[i].blank()) continue;
    if (EndsInColon(doc.lines[i].norm)) return {};
    break;
  }
  Section as_work = section;
  as_work.kind = "work";
  as_work.heading.clear();  // the heading line is read as the first line of the first job
  SectionReader reader(doc, as_work, "work", context, lexicons);
  std::vector<Experience> jobs = reader.Read();
  auto complete = [](const Experience& e) {
    return e.kind == "work" && !e.organization.empty() && !e.position.empty() && e.dates.has_value();
  };
  if (jobs.empty() || !complete(jobs.front()) || section.heading.find(jobs.front().organization) == std::string::npos) {
    return {};
  }
  std::vector<Experience> kept;
  for (Experience& e : jobs) {
    if (!complete(e)) continue;
    // "Volunteer Intake Assistant" under "GULF COAST LEGAL AID": unpaid, so
    // no months of work experience.
    if (ContainsNoCase(e.position, "volunteer")) e.kind = "volunteer";
    kept.push_back(std::move(e));
  }
  return kept;
}

// True when a job already read names `org`, or a name that holds it or that
// it holds ("School" and "Sister Nancy's High School" differ).
bool EmployerKnown(const std::vector<Experience>& jobs, std::string_view org) {
  std::string f = FoldCase(org);
  for (const Experience& e : jobs) {
    if (e.organization.empty()) continue;
    std::string g = FoldCase(e.organization);
    if (g == f || (g.size() >= 4 && f.find(g) != std::string::npos && g.find(' ') != std::string::npos) ||
        g.find(f) != std::string::npos) {
      return true;
    }
  }
  return false;
}

// "Currently employed with Sister Nancy's High School, Waukegan, Illinois as a
// Business Teacher.", "Presently working as a Business Analyst Intern at
// Walrus Systems.": the current job told in a summary or the header. The
// first such sentence whose header reading names an employer and a title.
// Where the first sentence of `text` ends: at ". " after a word of three
// letters or more and before a capital, so that "St. Patrick's" and "Sr."
// do not end it.
size_t SentenceEnd(std::string_view text) {
  for (size_t dot = text.find(". "); dot != std::string_view::npos; dot = text.find(". ", dot + 1)) {
    size_t word = dot;
    while (word > 0 && IsAsciiAlpha(text[word - 1])) --word;
    size_t next = dot + 2;
    while (next < text.size() && text[next] == ' ') ++next;
    if (dot - word >= 3 && (next >= text.size() || IsAsciiUpper(text[next]))) return dot;
  }
  return text.size();
}

std::optional<Experience> CurrentJobInSummary(const Document& doc, const Section& section,
                                              const HeaderContext& context) {
  constexpr size_t kMaxText = 8000;  // a summary is short; a hostile one is cut
  std::string text;
  for (size_t i = section.first_line; i < section.end_line && i < doc.lines.size() && text.size() < kMaxText; ++i) {
    if (doc.lines[i].blank()) continue;
    if (!text.empty()) text += ' ';
    text += doc.lines[i].norm;
  }
  if (text.size() > kMaxText) text.resize(kMaxText);
  std::string lower = text;
  for (char& c : lower) c = AsciiLowerChar(c);
  constexpr size_t kMaxSentence = 300;
  int tries = 0;
  for (std::string_view adverb : {"currently ", "presently "}) {
    for (size_t at = lower.find(adverb); at != std::string::npos && tries < 8; at = lower.find(adverb, at + 1)) {
      if (at > 0 && lower[at - 1] != ' ') continue;
      std::string_view rest = std::string_view(lower).substr(at + adverb.size());
      if (rest.rfind("working ", 0) != 0 && rest.rfind("employed ", 0) != 0) continue;
      ++tries;
      std::string sentence = text.substr(at, kMaxSentence);
      sentence.resize(SentenceEnd(sentence));
      while (!sentence.empty() && (sentence.back() == '.' || sentence.back() == ' ')) sentence.pop_back();
      HeaderFields h = ParsePositionHeader({sentence}, context);
      if (h.organization.empty() || !h.position_from_lexicon || ProseOrganization(context.roles, h.organization) ||
          FragmentNotOrganization(h.organization)) {
        continue;
      }
      Experience job;
      job.kind = "work";
      job.organization = std::move(h.organization);
      job.position = std::move(h.position);
      job.location = std::move(h.location);
      job.current = true;
      job.span_begin = section.span.begin;
      job.span_end = section.span.end;
      return job;
    }
  }
  return std::nullopt;
}

}  // namespace

std::string ExperienceKindFor(const Section& section) {
  const std::string& k = section.kind;
  if (k == "work" || k == "teaching") return "work";
  if (k == "research") return "research";
  if (k == "projects") return "project";
  if (k == "volunteer") return "volunteer";
  if (k == "activities") {
    std::string heading = FoldCase(section.heading);
    if (heading.find("member") != std::string::npos || heading.find("affiliat") != std::string::npos) return "";
    return "volunteer";
  }
  return "";
}

ExperienceExtractor::ExperienceExtractor(std::unique_ptr<RoleLexicon> roles) : roles_(std::move(roles)) {}

std::unique_ptr<ExperienceExtractor> ExperienceExtractor::Create(std::string* error) {
  std::string titles, orgs;
  if (!LoadLexiconFile("job_titles.tsv", &titles, error)) return nullptr;
  if (!LoadLexiconFile("org_suffixes.tsv", &orgs, error)) return nullptr;
  std::unique_ptr<RoleLexicon> roles = RoleLexicon::Create(titles, orgs, error);
  if (!roles) return nullptr;
  return std::unique_ptr<ExperienceExtractor>(new ExperienceExtractor(std::move(roles)));
}

void ExperienceExtractor::Extract(const Lexicons& base, YearMonth as_of, Document* doc) const {
  HeaderContext context{*roles_, base.places(), base.dates(), as_of};
  for (const Section& section : doc->sections) {
    std::string kind = ExperienceKindFor(section);
    if (kind.empty()) {
      for (Experience& item : JobsUnderEmployerHeading(*doc, section, context, base)) {
        doc->entities.experience.push_back(std::move(item));
      }
      continue;
    }
    SectionReader reader(*doc, section, kind, context, base);
    for (Experience& item : reader.Read()) doc->entities.experience.push_back(std::move(item));
  }
  for (const Section& section : doc->sections) {
    if (section.kind != "summary" && section.kind != "basics") continue;
    std::optional<Experience> job = CurrentJobInSummary(*doc, section, context);
    if (job && !EmployerKnown(doc->entities.experience, job->organization)) {
      // The current job: first, as in a list written newest first.
      doc->entities.experience.insert(doc->entities.experience.begin(), std::move(*job));
    }
  }
  for (Experience& item : doc->entities.experience) item.roles = SplitCompoundRoles(*roles_, item.position);
  FillExperienceTotals(as_of, &doc->entities);
}

}  // namespace cvparse
