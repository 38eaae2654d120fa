// Tests for parser/extract/venues.h: venue text as written => canonical name,
// with the raw form and acronym, and venues that must stay as written.
#include "extract/venues.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#ifndef CVPARSE_LEXICON_DIR
#error "define CVPARSE_LEXICON_DIR as the path of parser/lexicons"
#endif

namespace cvparse {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const VenueLexicon& Venues() {
  static const std::unique_ptr<VenueLexicon> venues = [] {
    std::string error;
    auto v = VenueLexicon::Create(ReadFile(CVPARSE_LEXICON_DIR "/venues.tsv"), &error);
    INFO(error);
    REQUIRE(v != nullptr);
    return v;
  }();
  return *venues;
}

const char* const kAny = "<any>";  // the field is not checked
const char* const kIcassp = "IEEE International Conference on Acoustics, Speech and Signal Processing";
const char* const kNeurips = "Conference on Neural Information Processing Systems";
const char* const kCvpr = "IEEE/CVF Computer Vision and Pattern Recognition Conference";
const char* const kTpami = "IEEE Transactions on Pattern Analysis and Machine Intelligence";

struct Row {
  const char* text;
  const char* name;
  const char* raw;
  const char* abbr;
  bool known;
};

const Row kRows[] = {
    // Acronyms.
    {"ICASSP", kIcassp, "ICASSP", "ICASSP", true},
    {"ICASSP 2024", kIcassp, "ICASSP", "ICASSP", true},
    {"NeurIPS", kNeurips, "NeurIPS", "NeurIPS", true},
    {"NIPS", kNeurips, "NIPS", "NeurIPS", true},
    {"Neurips", kNeurips, "Neurips", "NeurIPS", true},
    {"CVPR 2026", kCvpr, "CVPR", "CVPR", true},
    {"IEEE TPAMI", kTpami, "TPAMI", "TPAMI", true},
    {"TKDE", "IEEE Transactions on Knowledge and Data Engineering", "TKDE", "TKDE", true},
    {"KDD", "ACM SIGKDD Conference on Knowledge Discovery and Data Mining", "KDD", "SIGKDD", true},
    {"ICLR", "International Conference on Learning Representations", "ICLR", "ICLR", true},
    // Full names, other spellings, ISO 4 abbreviations.
    {"IEEE International Conference on Acoustics, Speech, and Signal Processing", kIcassp, kAny, "ICASSP",
     true},
    {"Journal of Machine Learning Research", "Journal of Machine Learning Research",
     "Journal of Machine Learning Research", "JMLR", true},
    {"IEEE Transactions on Pattern Analysis and Machine Intelligence", kTpami, kTpami, "TPAMI", true},
    {"IEEE Trans. Pattern Anal. Mach. Intell.", kTpami, kAny, "TPAMI", true},
    {"IEEE Trans. Knowl. Data Eng.", "IEEE Transactions on Knowledge and Data Engineering", kAny, "TKDE", true},
    {"Advances in Neural Information Processing Systems (NeurIPS 2023)", kNeurips, "NeurIPS", "NeurIPS", true},
    {"In Proceedings of the 60th Annual Meeting of the Association for Computational Linguistics (ACL '22)",
     "Annual Meeting of the Association for Computational Linguistics", "ACL", "ACL", true},
    {"Proc. IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", kCvpr, "CVPR", "CVPR", true},
    {"Proceedings of the ACM Web Conference (WWW)", "The Web Conference", "WWW", "WWW", true},
    {"in Proc. International Conference on Machine Learning (ICML)", "International Conference on Machine Learning",
     "ICML", "ICML", true},
    {"2023 IEEE International Conference on Acoustics, Speech and Signal Processing", kIcassp, kAny, "ICASSP",
     true},
    {"International Journal of Computer Vision", "International Journal of Computer Vision", kAny, "IJCV", true},
    // Preprint servers.
    {"arXiv preprint arXiv:2407.00001", "arXiv", "arXiv", kAny, true},
    {"CoRR abs/2101.00001", "arXiv", kAny, kAny, true},
    {"bioRxiv", "bioRxiv", "bioRxiv", kAny, true},
    // Not in the lexicon: spelled out, kept as written.
    {"International Journal of Software and Informatics(IJSI)", "International Journal of Software and Informatics",
     "IJSI", "IJSI", false},
    {"ICML Workshop on Uncertainty & Robustness in Deep Learning",
     "ICML Workshop on Uncertainty & Robustness in Deep Learning",
     "ICML Workshop on Uncertainty & Robustness in Deep Learning", "", false},
    {"NeurIPS Workshop on Relational Representation Learning", "NeurIPS Workshop on Relational Representation Learning",
     kAny, "", false},
    {"Findings of EMNLP", "Findings of EMNLP", "Findings of EMNLP", "", false},
    {"Stat Med", "Stat Med", "Stat Med", "", false},
    // An acronym in parentheses that names another venue is not trusted.
    {"Journal of Unusual Fruit Studies (ICML)", "Journal of Unusual Fruit Studies", "ICML", "ICML", false},
};

TEST_CASE("venue resolution", "[venues]") {
  for (const Row& row : kRows) {
    INFO(row.text);
    ResolvedVenue v = Venues().Resolve(row.text);
    CHECK(v.name == row.name);
    if (std::string(row.raw) != kAny) CHECK(v.raw == row.raw);
    if (std::string(row.abbr) != kAny) CHECK(v.abbr == row.abbr);
    CHECK(v.known == row.known);
  }
}

TEST_CASE("no venue", "[venues]") {
  for (const char* text : {"", "   ", ".", ", ;"}) {
    INFO(text);
    ResolvedVenue v = Venues().Resolve(text);
    CHECK(v.name.empty());
    CHECK_FALSE(v.known);
  }
  CHECK(Venues().FindAbbr("XYZQ") == nullptr);
  CHECK(Venues().FindName("A Journal That Does Not Exist Anywhere") == nullptr);
}

TEST_CASE("venue keys", "[venues]") {
  CHECK(VenueKey("IEEE Trans. Pattern Anal. Mach. Intell.") == "ieee trans pattern anal mach intell");
  CHECK(VenueKey("Acoustics, Speech, and Signal") == "acoustics speech and signal");
  CHECK(VenueKey("Uncertainty & Robustness") == "uncertainty and robustness");
  CHECK(LooseVenueKey("Proceedings of the 60th Annual Meeting of the ACL") == "meeting acl");
}

TEST_CASE("bad venue data", "[venues]") {
  std::string error;
  CHECK(VenueLexicon::Create("Some Venue\tSV\tmagazine\t\n", &error) == nullptr);
  CHECK(error.rfind("venues.tsv:1:", 0) == 0);
  CHECK(VenueLexicon::Create("\tSV\tjournal\t\n", &error) == nullptr);
  CHECK(VenueLexicon::Create("Only Name\n", &error) == nullptr);
  CHECK(VenueLexicon::Create("# comment\nA Journal\tAJ\tjournal\t\n", &error) != nullptr);
}

}  // namespace
}  // namespace cvparse
