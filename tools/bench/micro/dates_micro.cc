// Date parsing: DateParser::FindAll over every line, and ParseExact on typical forms.
#include <benchmark/benchmark.h>

#include "extract/dates.h"
#include "lexicon/lexicons.h"
#include "micro_fixture.h"

namespace cvparse::bench {
namespace {

void BM_DateFindAllEveryLine(benchmark::State& state) {
  const MicroCorpus& c = Corpus();
  const DateParser& dates = c.parser->lexicons().dates();
  size_t bytes = 0;
  for (const Document& doc : c.docs) {
    for (const Line& line : doc.lines) bytes += line.norm.size();
  }
  for (auto _ : state) {
    for (const Document& doc : c.docs) {
      for (const Line& line : doc.lines) benchmark::DoNotOptimize(dates.FindAll(line.norm, kMicroAsOf));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.line_count));
}
BENCHMARK(BM_DateFindAllEveryLine);

void BM_DateParseExact(benchmark::State& state) {
  const DateParser& dates = Corpus().parser->lexicons().dates();
  const std::string_view kForms[] = {"Jan 2019 - Present", "2021.9- 2024.6", "09/2015 - 03/2019",
                                     "2021年9月至今", "Summer 2024", "Expected May 2026"};
  for (auto _ : state) {
    for (std::string_view form : kForms) benchmark::DoNotOptimize(dates.ParseExact(form, kMicroAsOf));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * std::size(kForms)));
}
BENCHMARK(BM_DateParseExact);

}  // namespace
}  // namespace cvparse::bench
