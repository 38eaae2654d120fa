#include "extract/places.h"

#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include "lexicon/tsv.h"

namespace cvparse {

std::unique_ptr<PlaceLexicon> PlaceLexicon::Create(std::string_view regions_tsv, std::string* error) {
  auto lexicon = std::unique_ptr<PlaceLexicon>(new PlaceLexicon());
  // Country names: ICU's English display names (from CLDR).
  for (const char* const* code = uloc_getISOCountries(); *code != nullptr; ++code) {
    icu::Locale locale("", *code);
    icu::UnicodeString name;
    locale.getDisplayCountry(icu::Locale::getEnglish(), name);
    std::string utf8;
    name.toUTF8String(utf8);
    if (utf8.empty() || utf8 == *code) continue;
    lexicon->names_.emplace(FoldCase(utf8), Place{*code, ""});
  }
  std::vector<TsvRow> rows;
  if (!ParseTsv(regions_tsv, "regions.tsv", 3, &rows, error)) return nullptr;
  for (const TsvRow& row : rows) {
    std::string country(row.fields[0]);
    std::string region(row.fields[1]);
    bool country_alias = region == "*";  // "UK", "USA": other names of a country
    bool uncoded = region == "-";        // region names without a code
    if (!country_alias && !uncoded) lexicon->codes_.emplace(region, Place{country, region});
    for (std::string_view name : SplitAlternatives(row.fields[2])) {
      std::string place_region = country_alias ? "" : uncoded ? std::string(name) : region;
      lexicon->names_.emplace(FoldCase(name), Place{country, place_region});
    }
  }
  return lexicon;
}

std::optional<Place> PlaceLexicon::Resolve(std::string_view text) const {
  if (text.empty()) return std::nullopt;
  if (auto it = codes_.find(std::string(text)); it != codes_.end()) return it->second;
  if (auto it = names_.find(FoldCase(text)); it != names_.end()) return it->second;
  return std::nullopt;
}

}  // namespace cvparse
