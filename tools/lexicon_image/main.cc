// cvparse_lexicon_image: compiles the skills matcher of skills.tsv into a
// lexicon image, which the build embeds in cvparse (parser/CMakeLists.txt):
// the binary then starts with the matcher ready instead of building it (see
// PhraseMatcher::Image). A lexicon with errors fails here, at build time.
//
//   cvparse_lexicon_image parser/lexicons/skills.tsv build/parser/skills.image
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "extract/skill_taxonomy.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: cvparse_lexicon_image SKILLS_TSV OUT\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::cerr << "cvparse_lexicon_image: cannot read " << argv[1] << "\n";
    return 1;
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::string error;
  auto taxonomy = cvparse::SkillTaxonomy::Create(text.str(), &error);
  if (!taxonomy) {
    std::cerr << "cvparse_lexicon_image: " << error << "\n";
    return 1;
  }
  const std::string image = taxonomy->Image();
  const std::string tmp = std::string(argv[2]) + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(image.data(), static_cast<std::streamsize>(image.size()));
    if (!out) {
      std::cerr << "cvparse_lexicon_image: cannot write " << tmp << "\n";
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), argv[2]) != 0) {
    std::cerr << "cvparse_lexicon_image: cannot rename " << tmp << " to " << argv[2] << "\n";
    return 1;
  }
  return 0;
}
