// What the micro-benchmarks share: the golden corpus (corpus/*.txt), read
// and parsed once, and the objects each stage needs. Built on first use.
//
//   const MicroCorpus& c = Corpus();
//   for (const Document& doc : c.docs) ...   // 41 parsed résumés
#ifndef CVPARSE_TOOLS_BENCH_MICRO_MICRO_FIXTURE_H_
#define CVPARSE_TOOLS_BENCH_MICRO_MICRO_FIXTURE_H_

#include <memory>
#include <string>
#include <vector>

#include "cvparse/document.h"
#include "cvparse/parse.h"
#include "cvparse/score.h"
#include "extract/skills.h"

namespace cvparse::bench {

struct MicroCorpus {
  std::vector<std::string> names;  // "000.txt", ...
  std::vector<std::string> raw;    // the file bytes
  std::vector<Document> docs;      // parsed, as of 2026-11
  size_t raw_bytes = 0;
  size_t line_count = 0;
  std::unique_ptr<Parser> parser;
  std::unique_ptr<Scorer> scorer;  // against corpus/jobs/backend.txt
  std::unique_ptr<SkillsExtractor> skills;
};

// Aborts with a message when the corpus or the lexicons cannot be loaded.
const MicroCorpus& Corpus();

// The index of corpus file `name` ("007.txt"); aborts when absent.
size_t CorpusIndex(const std::string& name);

constexpr YearMonth kMicroAsOf{2026, 11};

}  // namespace cvparse::bench

#endif  // CVPARSE_TOOLS_BENCH_MICRO_MICRO_FIXTURE_H_
