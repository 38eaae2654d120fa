#include "extract/post_nominals.h"

#include <algorithm>

namespace cvparse {
namespace {

constexpr size_t kMaxTail = 80;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// "PMP", "CSM", "CRC": a credential that is not a degree but may sit among
// them; reading goes on past it.
bool ShortCredential(std::string_view s) {
  if (s.size() < 2 || s.size() > 6) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '-'; });
}

// The tail after the name, up to the end of its line or a column gap
// (flattened layouts put the address two spaces later).
std::string_view TailAfter(std::string_view text, size_t from) {
  std::string_view tail = text.substr(from, kMaxTail);
  size_t cut = tail.find_first_of("\n\r|\t");
  cut = std::min(cut, tail.find("  "));
  return cut == std::string_view::npos ? tail : tail.substr(0, cut);
}

bool NamesDegree(const DegreeLexicon& degrees, std::string_view written, const DegreeMatch& degree) {
  DegreeMatch m;
  if (degrees.LookupExact(written, &m)) return m.canonical == degree.canonical;
  for (const DegreeMatch& found : degrees.FindDegrees(written)) {
    if (found.canonical == degree.canonical) return true;
  }
  return false;
}

}  // namespace

std::vector<PostNominal> FindPostNominals(const DegreeLexicon& degrees, std::string_view after_name) {
  std::vector<PostNominal> out;
  std::string_view rest = Trim(after_name);
  if (rest.empty() || rest.front() != ',') return out;
  rest.remove_prefix(1);
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string_view piece = Trim(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    std::string_view core = piece.substr(0, piece.find(" ("));  // "MS (CS)" => "MS"
    DegreeMatch match;
    if (!core.empty() && degrees.LookupExact(core, &match)) {
      out.push_back({core, match});
    } else if (!ShortCredential(piece)) {
      break;  // "Associate Professor": the post-nominals are over
    }
  }
  return out;
}

void AddPostNominalDegrees(const DegreeLexicon& degrees, Document* doc) {
  if (!doc->contact.name) return;
  const Span& name = doc->contact.name->span;
  if (name.end > doc->text.size()) return;
  std::string_view tail = TailAfter(doc->text, name.end);
  for (const PostNominal& p : FindPostNominals(degrees, tail)) {
    // Skip a degree an education entry already names ("PhD" after the name
    // and "Ph.D. in Physics" under Education); "RN, BSN" after the name and
    // "Bachelor of Science in Nursing" below are one degree too, so any entry
    // of the same level counts.
    bool known = std::any_of(doc->entities.education.begin(), doc->entities.education.end(),
                             [&](const Education& e) {
                               return e.level == p.match.level || NamesDegree(degrees, e.degree, p.match);
                             });
    if (known) continue;
    Education e;
    e.degree = std::string(p.text);
    e.level = std::string(p.match.level);
    e.span_begin = static_cast<uint32_t>(p.text.data() - doc->text.data());
    e.span_end = static_cast<uint32_t>(e.span_begin + p.text.size());
    doc->entities.education.push_back(std::move(e));
  }
}

}  // namespace cvparse
