// Places: recognising the region or country in "City, Region" locations.
//
//   Resolve("TX")        => {country "US", region "TX"}
//   Resolve("Ontario")   => {country "CA", region "ON"}
//   Resolve("Colombia")  => {country "CO"}          (ICU's English country names)
//   Resolve("UK")        => {country "GB"}          (aliases in regions.tsv)
//   Resolve("RN")        => nullopt
#ifndef CVPARSE_EXTRACT_PLACES_H_
#define CVPARSE_EXTRACT_PLACES_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cvparse {

struct Place {
  std::string country_code;  // ISO 3166-1 alpha-2
  std::string region;        // region code ("TX") or name, "" for a country
};

class PlaceLexicon {
 public:
  // From the text of regions.tsv; nullptr and *error on malformed rows.
  static std::unique_ptr<PlaceLexicon> Create(std::string_view regions_tsv, std::string* error);

  // Resolves a region code (upper case, exact), a region name or a country
  // name or alias (case-insensitive).
  std::optional<Place> Resolve(std::string_view text) const;

 private:
  std::unordered_map<std::string, Place> codes_;  // "TX" → US/TX (case-sensitive)
  std::unordered_map<std::string, Place> names_;  // folded names
};

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_PLACES_H_
