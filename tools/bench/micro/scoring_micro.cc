// Scoring: every corpus résumé against the profile derived from corpus/jobs/backend.txt.
#include <benchmark/benchmark.h>

#include "micro_fixture.h"

namespace cvparse::bench {
namespace {

void BM_ScoreCorpus(benchmark::State& state) {
  const MicroCorpus& c = Corpus();
  for (auto _ : state) {
    for (const Document& doc : c.docs) {
      benchmark::DoNotOptimize(c.scorer->Score(doc, ScoreOptions{kMicroAsOf.year, kMicroAsOf.month}));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.docs.size()));
}
BENCHMARK(BM_ScoreCorpus);

}  // namespace
}  // namespace cvparse::bench
