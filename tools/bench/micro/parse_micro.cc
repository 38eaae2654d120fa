// The whole parser per résumé, for scale: the stages above add up to most of it.
#include <benchmark/benchmark.h>

#include "micro_fixture.h"

namespace cvparse::bench {
namespace {

void BM_ParseCorpus(benchmark::State& state) {
  const MicroCorpus& c = Corpus();
  ParseOptions options;
  options.as_of_year = kMicroAsOf.year;
  options.as_of_month = kMicroAsOf.month;
  Document doc;
  for (auto _ : state) {
    for (const std::string& bytes : c.raw) benchmark::DoNotOptimize(c.parser->Parse(bytes, options, &doc));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.raw_bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.raw.size()));
}
BENCHMARK(BM_ParseCorpus);

// Parser::Create: lexicon loading and pattern compilation, the start-up cost of every process.
void BM_ParserCreate(benchmark::State& state) {
  for (auto _ : state) {
    std::string error;
    benchmark::DoNotOptimize(Parser::Create(&error));
  }
}
BENCHMARK(BM_ParserCreate)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace cvparse::bench
