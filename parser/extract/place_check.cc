#include "extract/place_check.h"

#include <algorithm>
#include <vector>

#include "text/ascii.h"
#include "text/ascii_search.h"
#include "text/words.h"

namespace cvparse {
namespace {

// Answers to "where" that name no town, written in lower case as often as not.
constexpr std::string_view kWorkModes[] = {"remote", "hybrid", "on-site", "onsite", "worldwide"};

bool StartsWithWorkMode(std::string_view text) {
  for (std::string_view mode : kWorkModes) {
    if (StartsWithNoCase(text, mode)) return true;
  }
  return false;
}

std::string_view TrimPart(std::string_view text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ',' || text.back() == ' ')) text.remove_suffix(1);
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  return text;
}

// The parts of a list, at commas and semicolons.
std::vector<std::string_view> ListParts(std::string_view text) {
  std::vector<std::string_view> parts;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t comma = text.find_first_of(",;", begin);
    if (comma == std::string_view::npos) comma = text.size();
    if (std::string_view part = TrimPart(text.substr(begin, comma - begin)); !part.empty()) parts.push_back(part);
    begin = comma + 1;
  }
  return parts;
}

// A list read as a place: "CSS, Java Script, VB Script", "Cylinder Heads,
// Housings, Gear Boxes". A place of several parts names a region or country
// the lexicon knows in one of them ("Aundh, Pune, Maharashtra"); a list whose
// parts name none and hold a skill, or that has three parts or more, is not
// one. Two unknown parts stay: "Aundh, Pune".
bool IsListOfThings(std::string_view text, const PlaceCheckLexicons& lexicons) {
  const std::vector<std::string_view> parts = ListParts(text);
  if (parts.size() < 2) return false;
  bool skill = false;
  for (std::string_view part : parts) {
    if (lexicons.places.Resolve(part) || StartsWithWorkMode(part)) return false;
    skill = skill || lexicons.skills.Lookup(part) >= 0;
  }
  return skill || parts.size() >= 3;
}

// Lower-case words that place names hold: "Newcastle upon Tyne", "Rio de
// Janeiro", "Frankfurt am Main", "Saint-Laurent-du-Var" (one word), "Bay of Islands".
constexpr std::string_view kPlaceConnectors[] = {"upon", "on", "de", "da", "do", "dos", "das", "del", "della",
                                                 "di", "du", "des", "la", "le", "les", "am", "im", "an", "der",
                                                 "den", "y", "e", "en", "sur", "of", "the", "and", "al", "el", "bei"};

// Words outside brackets that no place name holds: a lower-case word other
// than a connector ("Process Management, 3 utilities") or a noun of
// activity in -ment ("General Management", "Development").
bool HoldsNonPlaceWord(std::string_view text) {
  bool found = false;
  ForEachUnbracketedWord(text, " ,;", [&](std::string_view word, size_t) {
    while (!word.empty() && (word.back() == '.' || word.back() == ')')) word.remove_suffix(1);
    const bool connector = std::find(std::begin(kPlaceConnectors), std::end(kPlaceConnectors), word) !=
                           std::end(kPlaceConnectors);
    found = EndsWithNoCase(word, "ment") || EndsWithNoCase(word, "ments") ||
            (!word.empty() && IsAsciiLower(word.front()) && !connector);
    return !found;
  });
  return found;
}

bool AnyPartNamesPlace(std::string_view text, const PlaceCheckLexicons& lexicons) {
  for (std::string_view part : ListParts(text)) {
    if (lexicons.places.Resolve(part)) return true;
  }
  return false;
}

}  // namespace

bool CouldBePlace(std::string_view text, const PlaceCheckLexicons& lexicons) {
  text = TrimPart(text);
  if (text.empty()) return true;  // nothing to judge
  if (lexicons.places.Resolve(text) || StartsWithWorkMode(text)) return true;
  const auto first = static_cast<unsigned char>(text.front());
  if (first >= 'a' && first <= 'z') return false;  // a sentence goes on: "continued", "from April"
  if (lexicons.dates.IsDateWord(text)) return false;
  if (lexicons.skills.Lookup(text) >= 0) return false;
  if (IsListOfThings(text, lexicons)) return false;
  if (HoldsNonPlaceWord(text) && !AnyPartNamesPlace(text, lexicons)) return false;
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
