// Lexicons: every data file the parser needs, loaded and compiled once.
//
// The data files live in parser/lexicons/ and are embedded into the library
// at build time (cmake/EmbedFiles.cmake), so the binary needs no install
// step. Setting CVPARSE_LEXICON_DIR makes Create() read them from that
// folder instead, for trying out lexicon edits without a rebuild.
#ifndef CVPARSE_LEXICON_LEXICONS_H_
#define CVPARSE_LEXICON_LEXICONS_H_

#include <memory>
#include <string>
#include <string_view>

#include "extract/dates.h"
#include "extract/name_filter.h"
#include "extract/places.h"
#include "layout/action_verbs.h"
#include "layout/heading_lexicon.h"

namespace cvparse {

class Lexicons {
 public:
  // Returns nullptr and fills *error ("FILE:LINE: reason") when a file is
  // missing or malformed.
  static std::unique_ptr<Lexicons> Create(std::string* error);

  const HeadingLexicon& headings() const { return *headings_; }
  const PlaceLexicon& places() const { return *places_; }
  const DateParser& dates() const { return *dates_; }
  const NameFilter& name_filter() const { return *name_filter_; }
  const ActionVerbs& action_verbs() const { return *action_verbs_; }

 private:
  std::unique_ptr<HeadingLexicon> headings_;
  std::unique_ptr<PlaceLexicon> places_;
  std::unique_ptr<DateParser> dates_;
  std::unique_ptr<NameFilter> name_filter_;
  std::unique_ptr<ActionVerbs> action_verbs_;
};

// The contents of lexicon file `name` ("headings.tsv"): from
// $CVPARSE_LEXICON_DIR when set, else the embedded copy. Returns false and
// fills *error when it cannot be found.
bool LoadLexiconFile(std::string_view name, std::string* contents, std::string* error);

// The image the build compiled from lexicon `name` ("skills.tsv",
// "venues.tsv"), or an empty view. It was made from the embedded copy of the
// lexicon, and carries that text's hash: a reader checks it against the text
// it loaded.
std::string_view EmbeddedImage(std::string_view name);

}  // namespace cvparse

#endif  // CVPARSE_LEXICON_LEXICONS_H_
