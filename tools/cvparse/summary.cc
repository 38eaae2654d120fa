#include "summary.h"

#include <sstream>

namespace cvparse::tools {

std::string Summarize(const Document& doc, const std::string& path) {
  std::ostringstream out;
  const Contact& c = doc.contact;
  out << path << "  (" << doc.encoding << ", " << doc.lines.size() << " lines)\n";
  out << "  name:     " << (c.name ? c.name->value : "(not found)") << '\n';
  for (const Found& e : c.emails) out << "  email:    " << e.value << '\n';
  for (const Phone& p : c.phones) {
    out << "  phone:    " << p.raw;
    if (!p.e164.empty()) out << "  (" << p.e164 << ')';
    out << '\n';
  }
  for (const Profile& p : c.profiles) out << "  profile:  " << p.network << " " << p.username << '\n';
  if (c.website) out << "  website:  " << c.website->value << '\n';
  if (c.location) out << "  location: " << c.location->raw << '\n';
  out << "  sections:\n";
  for (const Section& s : doc.sections) {
    auto [first, last] = VisibleLines(doc, s);
    out << "    " << s.kind << std::string(s.kind.size() < 14 ? 14 - s.kind.size() : 1, ' ')
        << "lines " << first << "-" << last;
    if (!s.heading.empty()) out << "  \"" << s.heading << '"';
    out << '\n';
  }
  for (const Diagnostic& d : doc.warnings) out << "  warning:  " << d.message << '\n';
  return out.str();
}

}  // namespace cvparse::tools
