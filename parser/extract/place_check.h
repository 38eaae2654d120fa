// Place check: whether the text an entry reader took for the place of a job or
// a school can name one.
//
//   "Leeds, UK", "MD", "Rowville", "Bangalore, India"    => can
//   "continued", "June", "Present", "PhD.", "Document management" => cannot
//   "CSS, Java Script, VB Script", "Cylinder Heads, Gear Box, Clutch Housing" => cannot
//   "General Management", "Process Management, 3 utilities", "Chadstone based" => cannot
//   "Newcastle upon Tyne", "Based in Durham, NC"                 => can
//
// The job and school readers take the place from what is left of a header
// line once the organisation, title and dates are out; in flattened text that
// leftover is sometimes a month, a skill or the start of a sentence. A region
// or country the place lexicon knows always can be a place ("MD" is Maryland
// before it is a degree). Outside brackets, a lower-case word that no place
// name holds (only connectors do: "upon", "de", "am", "of") or a noun in
// -ment marks text that is no place, unless a part of it names a known region
// or country.
#ifndef CVPARSE_EXTRACT_PLACE_CHECK_H_
#define CVPARSE_EXTRACT_PLACE_CHECK_H_

#include <string_view>

#include "cvparse/document.h"
#include "extract/dates.h"
#include "extract/degrees.h"
#include "extract/places.h"
#include "extract/skill_taxonomy.h"

namespace cvparse {

struct PlaceCheckLexicons {
  const PlaceLexicon& places;
  const DateParser& dates;
  const SkillTaxonomy& skills;
  const DegreeLexicon& degrees;
};

bool CouldBePlace(std::string_view text, const PlaceCheckLexicons& lexicons);

// Clears the location of every job and school entry that cannot be a place.
void DropImplausiblePlaces(const PlaceCheckLexicons& lexicons, Document* doc);

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_PLACE_CHECK_H_
