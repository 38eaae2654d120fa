// Contact details: name, emails, phones, URLs and profiles, location.
//
//   "Jiayang Gu — Curriculum Vitae"       => name "Jiayang Gu"
//   "☎ (+86) 173-2603-1722"               => phone raw "(+86) 173-2603-1722", e164 "+8617326031722"
//   "(555) 010-4477"                       => phone raw "(555) 010-4477", no e164 (no country code)
//   "🌐 <https://github.com/jdoe/>"        => url, profile {GitHub, "jdoe"}
//   "linkedin.com/in/jane-doe"             => profile {LinkedIn, "jane-doe", "https://linkedin.com/in/jane-doe"}
//   "Location: Austin, TX 78701"           => location {city Austin, region TX, postal 78701, US}
//
// Emails and profile URLs are taken from the whole document; the name,
// phones, other URLs and the location from the header (the text before the
// first heading) and from sections of kind "basics".
#ifndef CVPARSE_EXTRACT_CONTACT_H_
#define CVPARSE_EXTRACT_CONTACT_H_

#include <optional>
#include <string>
#include <string_view>

#include "cvparse/document.h"
#include "extract/name_filter.h"
#include "extract/places.h"

namespace cvparse {

// Fills doc->contact from doc->lines and doc->sections. The name is the
// first line near the top that reads as a name and that `not_names` does not
// rule out ("Sample Resume", "Medical Assistant").
void ExtractContact(const PlaceLexicon& places, const NameFilter& not_names, Document* doc);

// Compiles now the patterns ExtractContact would compile on first use (see
// AwardsExtractor::CompilePatterns).
void CompileContactPatterns();

// Cleans a candidate name line; nullopt when the line is not a name.
//   "# Jane Doe | Data Scientist"  => "Jane Doe"
//   "RESUME"                       => nullopt
// *offset receives where the name starts within `norm`.
std::optional<std::string> NameFromLine(std::string_view norm, size_t* offset);

// "+44 (0)20 7946 0958" => "+442079460958"; "" when no country code is written.
std::string ToE164(std::string_view phone);

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_CONTACT_H_
