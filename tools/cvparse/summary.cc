#include "summary.h"

#include <sstream>
#include <string_view>

namespace cvparse::tools {
namespace {

constexpr size_t kSkillsShown = 12;
constexpr size_t kNamesShown = 3;  // certificates and awards named before "+N more"

// "2019-05 to present", "2011 to 2014", "2005" (one date), "" (none).
std::string DatesText(const std::optional<DateRange>& dates) {
  if (!dates || dates->start.empty()) return dates && !dates->end.empty() ? dates->end : "";
  if (dates->present) return dates->start + " to present";
  if (dates->end.empty()) return dates->start;
  return dates->start + " to " + dates->end;
}

// 263 => "21 years 11 months"; 12 => "1 year".
std::string MonthsText(int months) {
  auto unit = [](int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  int years = months / 12, rest = months % 12;
  if (years == 0) return unit(rest, "month", "months");
  return unit(years, "year", "years") + (rest ? " " + unit(rest, "month", "months") : "");
}

// "  name:" padded so that every value starts in one column.
std::ostringstream& Label(std::ostringstream& out, std::string_view label) {
  constexpr size_t kWidth = 16;  // "  publications: "
  out << "  " << label << ':' << std::string(label.size() + 3 < kWidth ? kWidth - label.size() - 3 : 1, ' ');
  return out;
}

// A line of a list: the dates in a column, then the text.
void ListLine(std::ostringstream& out, const std::string& dates, const std::string& text) {
  out << "    " << dates << std::string(dates.size() < 20 ? 20 - dates.size() : 1, ' ') << text << '\n';
}

// "Founder and CEO, Saltmarsh Bakery Co. (Halifax, NS)"; a project by its name.
std::string ExperienceText(const Experience& e) {
  std::string text = !e.position.empty() ? e.position : e.name;
  if (!e.organization.empty()) text += (text.empty() ? "" : ", ") + e.organization;
  if (!e.location.empty()) text += " (" + e.location + ")";
  if (e.kind != "work") text += "  [" + e.kind + "]";
  return text;
}

// "Bachelor of Commerce in Finance, Dalhousie University (GPA 3.8/4.0)": the
// degree as written when it is known, else degree "in" area.
std::string EducationText(const Education& e) {
  std::string text = e.written;  // "BSc (Hons) Physics" as the résumé has it
  if (text.empty()) {
    text = e.degree;
    if (!e.area.empty()) text += (text.empty() ? "" : " in ") + e.area;
  }
  if (!e.institution.empty()) text += (text.empty() ? "" : ", ") + e.institution;
  if (e.grade) text += " (" + e.grade->raw + ")";
  return text;
}

template <typename T, typename Name>
std::string NamesText(const std::vector<T>& items, size_t shown, Name name) {
  std::string text;
  for (size_t i = 0; i < items.size() && i < shown; ++i) text += (i ? ", " : "") + name(items[i]);
  if (items.size() > shown) text += " (+" + std::to_string(items.size() - shown) + " more)";
  return text;
}

void Contact(std::ostringstream& out, const Document& doc) {
  const cvparse::Contact& c = doc.contact;
  Label(out, "name") << (c.name ? c.name->value : "(not found)") << '\n';
  for (const Found& e : c.emails) Label(out, "email") << e.value << '\n';
  for (const Phone& p : c.phones) {
    Label(out, "phone") << p.raw;
    if (!p.e164.empty()) out << "  (" << p.e164 << ')';
    out << '\n';
  }
  for (const Profile& p : c.profiles) Label(out, "profile") << p.network << " " << p.username << '\n';
  if (c.website) Label(out, "website") << c.website->value << '\n';
  if (c.location) Label(out, "location") << c.location->raw << '\n';
}

void Sections(std::ostringstream& out, const Document& doc) {
  out << "  sections:\n";
  for (const Section& s : doc.sections) {
    auto [first, last] = VisibleLines(doc, s);
    out << "    " << s.kind << std::string(s.kind.size() < 14 ? 14 - s.kind.size() : 1, ' ')
        << "lines " << first << "-" << last;
    if (!s.heading.empty()) out << "  \"" << s.heading << '"';
    out << '\n';
  }
}

void Experience(std::ostringstream& out, const Entities& e) {
  if (e.experience.empty()) return;
  if (e.total_experience_months > 0) {
    Label(out, "experience") << MonthsText(e.total_experience_months)
                             << " of work (dated positions, overlaps merged)\n";
  } else {
    out << "  experience:\n";
  }
  for (const cvparse::Experience& item : e.experience) ListLine(out, DatesText(item.dates), ExperienceText(item));
}

void Education(std::ostringstream& out, const Entities& e) {
  if (e.education.empty()) return;
  out << "  education:\n";
  for (const cvparse::Education& item : e.education) ListLine(out, DatesText(item.dates), EducationText(item));
}

void Lists(std::ostringstream& out, const Entities& e) {
  if (!e.skills.empty()) {
    Label(out, "skills") << e.skills.size() << ": "
        << NamesText(e.skills, kSkillsShown, [](const SkillSummary& s) { return s.name; }) << '\n';
  }
  if (!e.languages.empty()) {
    Label(out, "languages") << NamesText(e.languages, e.languages.size(), [](const Language& l) {
      return l.fluency.empty() ? l.language : l.language + " (" + l.fluency + ")";
    }) << '\n';
  }
  if (!e.test_scores.empty()) {
    Label(out, "tests") << NamesText(e.test_scores, e.test_scores.size(), [](const TestScore& t) {
      return t.score.empty() ? t.test : t.test + " " + t.score;
    }) << '\n';
  }
  if (!e.certificates.empty()) {
    Label(out, "certificates") << NamesText(e.certificates, kNamesShown, [](const Certificate& c) { return c.name; })
        << '\n';
  }
  if (!e.awards.empty()) {
    Label(out, "awards") << NamesText(e.awards, kNamesShown, [](const Award& a) { return a.title; }) << '\n';
  }
  if (!e.publications.empty()) Label(out, "publications") << e.publications.size() << '\n';
}

}  // namespace

std::string Summarize(const Document& doc, const std::string& path) {
  std::ostringstream out;
  out << path << "  (" << doc.encoding << ", " << doc.lines.size() << " lines)\n";
  Contact(out, doc);
  Experience(out, doc.entities);
  Education(out, doc.entities);
  Lists(out, doc.entities);
  Sections(out, doc);
  for (const Diagnostic& d : doc.warnings) Label(out, "warning") << d.message << '\n';
  return out.str();
}

}  // namespace cvparse::tools
