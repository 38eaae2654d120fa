// cvparse_lexicon_image: compiles a lexicon's tables into a lexicon image,
// which the build embeds in cvparse (parser/CMakeLists.txt): the binary then
// starts with them ready instead of building them. A lexicon with errors
// fails here, at build time.
//
//   cvparse_lexicon_image skills parser/lexicons/skills.tsv build/parser/skills.image
//       the skills matcher (PhraseMatcher::Image)
//   cvparse_lexicon_image venues parser/lexicons/venues.tsv build/parser/venues.image
//       the venue lexicon's indexes (VenueLexicon::Image)
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/skill_taxonomy.h"
#include "extract/venues.h"
#include "lexicon/image_words.h"

namespace {

// The image of `kind` made from lexicon `text`; "" and *error set on failure.
std::string MakeImage(const std::string& kind, const std::string& text, std::string* error) {
  if (kind == "skills") {
    auto taxonomy = cvparse::SkillTaxonomy::Create(text, error);
    return taxonomy ? taxonomy->Image() : "";
  }
  if (kind == "venues") {
    std::vector<cvparse::TsvRow> rows;
    if (!cvparse::VenueLexicon::ReadRows(text, &rows, error)) return "";
    return cvparse::VenueLexicon::FromRows(rows)->Image(cvparse::LexiconSourceHash(text));
  }
  *error = "unknown lexicon kind '" + kind + "' (skills, venues)";
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: cvparse_lexicon_image skills|venues LEXICON_TSV OUT\n";
    return 2;
  }
  std::ifstream in(argv[2], std::ios::binary);
  if (!in) {
    std::cerr << "cvparse_lexicon_image: cannot read " << argv[2] << "\n";
    return 1;
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::string error;
  const std::string image = MakeImage(argv[1], text.str(), &error);
  if (image.empty()) {
    std::cerr << "cvparse_lexicon_image: " << (error.empty() ? "empty image" : error) << "\n";
    return 1;
  }
  const std::string tmp = std::string(argv[3]) + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(image.data(), static_cast<std::streamsize>(image.size()));
    if (!out) {
      std::cerr << "cvparse_lexicon_image: cannot write " << tmp << "\n";
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), argv[3]) != 0) {
    std::cerr << "cvparse_lexicon_image: cannot rename " << tmp << " to " << argv[3] << "\n";
    return 1;
  }
  return 0;
}
