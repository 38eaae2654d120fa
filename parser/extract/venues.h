// Venues: resolves a publication venue as written to its canonical name.
//
//   "ICASSP"                                          => "IEEE International Conference on Acoustics,
//                                                         Speech and Signal Processing", abbr ICASSP
//   "Proc. IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"
//                                                     => canonical CVPR name, raw "CVPR"
//   "Advances in Neural Information Processing Systems (NeurIPS 2023)"
//                                                     => "Conference on Neural Information Processing
//                                                         Systems", raw "NeurIPS"
//   "IEEE Trans. Pattern Anal. Mach. Intell."         => "IEEE Transactions on Pattern Analysis and
//                                                         Machine Intelligence" (ISO 4 alias)
//   "International Journal of Software and Informatics(IJSI)"
//                                                     => not in the lexicon: name = the spelled-out
//                                                        "International Journal of Software and
//                                                        Informatics", raw and abbr "IJSI"
//   "ICML Workshop on Uncertainty & Robustness"       => a workshop: kept as written, never mapped
//                                                        to the main conference
//   "arXiv preprint arXiv:2407.00001"                 => "arXiv"
//
// The data is parser/lexicons/venues.tsv (name, abbr, type, aliases), built by
// tools/lexicons/build_venues.py from CCFrank4dblp, ccf-deadlines and JabRef.
// Names and aliases are compared by VenueKey (case-folded, punctuation-free);
// a second, looser key also ignores "the", "of", "IEEE", "ACM", "proceedings",
// "international", "annual", ordinals and years, so "Proceedings of the 60th
// Annual Meeting of the Association for Computational Linguistics" finds ACL.
// Abbreviations are compared case-sensitively first, then (3+ letters)
// case-insensitively.
#ifndef CVPARSE_EXTRACT_VENUES_H_
#define CVPARSE_EXTRACT_VENUES_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/key_index.h"
#include "lexicon/tsv.h"

namespace cvparse {

struct Venue {
  std::string name;  // canonical
  std::string abbr;  // "" when the venue has no acronym
  std::string type;  // conference, journal, preprint
};

struct ResolvedVenue {
  std::string raw;    // the acronym when one is written ("IJSI"), else the name as written
  std::string name;   // canonical name from the lexicon, else the spelled-out name, else raw
  std::string abbr;   // written or from the lexicon
  std::string type;   // from the lexicon; "" when unknown
  bool known = false; // found in the lexicon
};

class VenueLexicon {
 public:
  // Parses venues.tsv. Returns nullptr and sets *error to "venues.tsv:LINE: reason"
  // on a row with fewer than 3 fields, an empty name or an unknown type.
  static std::unique_ptr<VenueLexicon> Create(std::string_view tsv, std::string* error);
  // Create in two steps, so that the rows can be checked at start-up and the
  // lexicon made later, off the start-up path (PublicationsExtractor): ReadRows fails
  // as Create would; FromRows cannot fail on rows ReadRows gave.
  static bool ReadRows(std::string_view tsv, std::vector<TsvRow>* rows, std::string* error);
  // With an `image` (Image() of the lexicon whose text has LexiconSourceHash
  // `source_hash`, 8-byte aligned, outliving the lexicon), its indexes are
  // read in place instead of built: the build embeds venues.tsv's image
  // (tools/lexicon_image), which takes ~12 M instructions off the first
  // résumé with publications. An image of other rows is ignored.
  static std::unique_ptr<VenueLexicon> FromRows(const std::vector<TsvRow>& rows, std::string_view image = {},
                                                uint64_t source_hash = 0);
  // The indexes as bytes, stamped with `source_hash` (see FromRows).
  std::string Image(uint64_t source_hash) const;

  // The venue with this acronym, or nullptr.
  const Venue* FindAbbr(std::string_view abbr) const;
  // The venue with this name or alias (compared by key, then loose key), or nullptr.
  const Venue* FindName(std::string_view name) const;
  // The venue text of a citation, as written, resolved (see the file comment).
  // Returns an empty ResolvedVenue when `text` holds no venue.
  ResolvedVenue Resolve(std::string_view text) const;

  size_t size() const { return venues_.size(); }

 private:
  VenueLexicon() = default;
  const Venue* Lookup(const KeyIndex& index, std::string_view key) const;
  std::array<const KeyIndex*, 4> Indexes() const;  // the order of an image
  std::array<KeyIndex*, 4> MutableIndexes();
  void BuildIndexes(const std::vector<TsvRow>& rows);
  bool ReadImage(std::string_view image, uint64_t source_hash);  // false: nothing changed

  std::vector<Venue> venues_;
  KeyIndex by_abbr_;         // as written
  KeyIndex by_folded_abbr_;  // ASCII lower case
  KeyIndex by_key_;          // VenueKey of the name and aliases
  KeyIndex by_loose_key_;    // LooseVenueKey of those, when of two words or more
};

// "IEEE Trans. Pattern Anal. Mach. Intell." => "ieee trans pattern anal mach intell";
// "Speech, and Signal" => "speech and signal"; "&" reads "and".
std::string VenueKey(std::string_view name);
// VenueKey without stop words, publisher prefixes, ordinals and years:
// "Proceedings of the 60th Annual Meeting of the ACL" => "meeting association computational..."
std::string LooseVenueKey(std::string_view name);

}  // namespace cvparse

#endif  // CVPARSE_EXTRACT_VENUES_H_
