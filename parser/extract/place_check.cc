#include "extract/place_check.h"

namespace cvparse {
namespace {

// Answers to "where" that name no town, written in lower case as often as not.
constexpr std::string_view kWorkModes[] = {"remote", "hybrid", "on-site", "onsite", "worldwide"};

bool StartsWithWorkMode(std::string_view text) {
  for (std::string_view mode : kWorkModes) {
    if (text.size() < mode.size()) continue;
    bool same = true;
    for (size_t i = 0; i < mode.size() && same; ++i) same = (text[i] | 0x20) == mode[i];
    if (same) return true;
  }
  return false;
}

}  // namespace

bool CouldBePlace(std::string_view text, const PlaceCheckLexicons& lexicons) {
  while (!text.empty() && (text.back() == '.' || text.back() == ',' || text.back() == ' ')) text.remove_suffix(1);
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  if (text.empty()) return true;  // nothing to judge
  if (lexicons.places.Resolve(text) || StartsWithWorkMode(text)) return true;
  const auto first = static_cast<unsigned char>(text.front());
  if (first >= 'a' && first <= 'z') return false;  // a sentence goes on: "continued", "from April"
  if (lexicons.dates.IsDateWord(text)) return false;
  if (lexicons.skills.Lookup(text) >= 0) return false;
  DegreeMatch degree;
  return !lexicons.degrees.LookupExact(text, &degree);
}

void DropImplausiblePlaces(const PlaceCheckLexicons& lexicons, Document* doc) {
  for (Experience& job : doc->entities.experience) {
    if (!CouldBePlace(job.location, lexicons)) job.location.clear();
  }
  for (Education& school : doc->entities.education) {
    if (!CouldBePlace(school.location, lexicons)) school.location.clear();
  }
}

}  // namespace cvparse
