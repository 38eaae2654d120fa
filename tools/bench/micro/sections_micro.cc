// Sectioning: heading classification and grouping of lines (FindSections).
#include <benchmark/benchmark.h>

#include "layout/heading_lexicon.h"
#include "layout/sectioner.h"
#include "lexicon/lexicons.h"
#include "micro_fixture.h"

namespace cvparse::bench {
namespace {

void BM_FindSectionsCorpus(benchmark::State& state) {
  const MicroCorpus& c = Corpus();
  std::vector<Document> docs = c.docs;  // FindSections rewrites doc.sections only
  const HeadingLexicon& headings = c.parser->lexicons().headings();
  for (auto _ : state) {
    for (Document& doc : docs) FindSections(headings, &doc);
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
}
BENCHMARK(BM_FindSectionsCorpus);

void BM_HeadingKeyEveryLine(benchmark::State& state) {
  const MicroCorpus& c = Corpus();
  for (auto _ : state) {
    for (const Document& doc : c.docs) {
      for (const Line& line : doc.lines) benchmark::DoNotOptimize(HeadingKey(line.norm));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.line_count));
}
BENCHMARK(BM_HeadingKeyEveryLine);

}  // namespace
}  // namespace cvparse::bench
