// Decoding (bytes → UTF-8 with encoding detection) and line normalisation.
#include <benchmark/benchmark.h>

#include "micro_fixture.h"
#include "text/decode.h"
#include "text/normalize.h"

namespace cvparse::bench {
namespace {

void BM_DecodeCorpus(benchmark::State& state) {
  const MicroCorpus& c = Corpus();
  for (auto _ : state) {
    for (const std::string& bytes : c.raw) {
      Decoded decoded;
      benchmark::DoNotOptimize(Decode(bytes, &decoded));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.raw_bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.raw.size()));
}
BENCHMARK(BM_DecodeCorpus);

// One file per encoding: 000 UTF-8, 007 UTF-16LE with BOM, 008 windows-1252 (ICU detection).
void BM_DecodeFile(benchmark::State& state, const char* name) {
  const std::string& bytes = Corpus().raw[CorpusIndex(name)];
  for (auto _ : state) {
    Decoded decoded;
    benchmark::DoNotOptimize(Decode(bytes, &decoded));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK_CAPTURE(BM_DecodeFile, utf8_000, "000.txt");
BENCHMARK_CAPTURE(BM_DecodeFile, utf16le_007, "007.txt");
BENCHMARK_CAPTURE(BM_DecodeFile, cp1252_008, "008.txt");

void BM_SplitLinesCorpus(benchmark::State& state) {
  const MicroCorpus& c = Corpus();
  size_t bytes = 0;
  for (const Document& doc : c.docs) bytes += doc.text.size();
  for (auto _ : state) {
    for (const Document& doc : c.docs) benchmark::DoNotOptimize(SplitLines(doc.text));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.docs.size()));
}
BENCHMARK(BM_SplitLinesCorpus);

}  // namespace
}  // namespace cvparse::bench
