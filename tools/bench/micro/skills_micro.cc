// Skills matching: the taxonomy's PhraseMatcher over every line, and the
// whole skills extractor (rows, running text, months) per document.
#include <benchmark/benchmark.h>

#include "micro_fixture.h"

namespace cvparse::bench {
namespace {

void BM_SkillTaxonomyEveryLine(benchmark::State& state) {
  const MicroCorpus& c = Corpus();
  const SkillTaxonomy& taxonomy = c.skills->taxonomy();
  size_t bytes = 0;
  for (const Document& doc : c.docs) {
    for (const Line& line : doc.lines) bytes += line.norm.size();
  }
  for (auto _ : state) {
    for (const Document& doc : c.docs) {
      for (const Line& line : doc.lines) benchmark::DoNotOptimize(taxonomy.FindAll(line.norm));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_SkillTaxonomyEveryLine);

void BM_SkillsExtractCorpus(benchmark::State& state) {
  const MicroCorpus& c = Corpus();
  std::vector<Document> docs = c.docs;  // Extract rewrites the skills of each document
  for (auto _ : state) {
    for (Document& doc : docs) c.skills->Extract(c.parser->lexicons(), kMicroAsOf, &doc);
    benchmark::ClobberMemory();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
}
BENCHMARK(BM_SkillsExtractCorpus);

}  // namespace
}  // namespace cvparse::bench
