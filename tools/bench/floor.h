// The floor: what no résumé parser can beat by much, because it only reads
// the files and looks every lexicon phrase up once.
//
//   for each file: read it, then one matcher pass over its bytes for the
//   skills taxonomy (~5,000 forms) and one for the section headings.
//
// Two matchers: the one cvparse uses (PhraseMatcher, a byte trie: see
// parser/extract/skill_taxonomy.h) and RE2::Set (re2_set_floor.h). Neither
// decodes, splits lines or checks token boundaries, so both are lower bounds.
#ifndef CVPARSE_TOOLS_BENCH_FLOOR_H_
#define CVPARSE_TOOLS_BENCH_FLOOR_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/skill_taxonomy.h"
#include "throughput.h"

namespace cvparse::bench {

// One pass over one file's bytes; returns a count so the work is not optimised away.
using MatchPass = std::function<uint64_t(std::string_view bytes)>;

// Reads every file and runs `pass` over it, on one thread.
StageRun RunFloor(const std::vector<std::string>& files, const MatchPass& pass);

// The floor with cvparse's own matcher.
class PhraseMatcherFloor {
 public:
  static std::unique_ptr<PhraseMatcherFloor> Create(std::string* error);
  uint64_t Pass(std::string_view bytes) const;

 private:
  std::unique_ptr<SkillTaxonomy> skills_;
  PhraseMatcher headings_;
};

}  // namespace cvparse::bench

#endif  // CVPARSE_TOOLS_BENCH_FLOOR_H_
