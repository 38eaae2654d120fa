// JSON output: the JSON Resume document with the x-cvparse block.
#include <benchmark/benchmark.h>

#include "cvparse/json_resume.h"
#include "micro_fixture.h"

namespace cvparse::bench {
namespace {

void BM_ToJsonResume(benchmark::State& state, bool pretty) {
  const MicroCorpus& c = Corpus();
  JsonOptions options{kMicroAsOf.year, kMicroAsOf.month, pretty, ""};
  size_t bytes = 0;
  for (auto _ : state) {
    for (const Document& doc : c.docs) bytes += ToJsonResume(doc, options).size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));  // bytes of JSON written
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.docs.size()));
}
BENCHMARK_CAPTURE(BM_ToJsonResume, jsonl, false);
BENCHMARK_CAPTURE(BM_ToJsonResume, pretty, true);

}  // namespace
}  // namespace cvparse::bench
