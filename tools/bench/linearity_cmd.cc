#include "linearity_cmd.h"

#include <cstdio>
#include <iostream>

#include "bench_util.h"
#include "corpus_gen.h"

namespace cvparse::bench {
namespace {

// Far from the benchmark corpus's indices, so the large files hold other résumés.
constexpr uint64_t kFirstIndex = 10'000'000;

double BestParseSeconds(const Parser& parser, const std::string& text, int repeat, bool* ok) {
  ParseOptions options;
  options.as_of_year = 2026;
  options.as_of_month = 11;
  options.max_bytes = text.size() + 1;
  double best = 0;
  for (int r = 0; r < repeat; ++r) {
    Document doc;
    Stopwatch clock;
    *ok = parser.Parse(text, options, &doc).ok() && *ok;
    double seconds = clock.Seconds();
    if (r == 0 || seconds < best) best = seconds;
  }
  return best;
}

}  // namespace

int RunLinearityCommand(const Parser& parser, int argc, char** argv) {
  Flags flags = ParseFlags(argc, argv);
  double mb = flags.Number("mb", 1);
  int parts = static_cast<int>(flags.Number("parts", 10));
  int repeat = static_cast<int>(flags.Number("repeat", 3));
  uint64_t seed = static_cast<uint64_t>(flags.Number("seed", 7));
  std::string error;
  auto generator = CorpusGenerator::Create(parser, flags.Get("source", "corpus"), &error);
  if (!generator) {
    std::cerr << "cvparse_bench linearity: " << error << '\n';
    return 2;
  }
  std::vector<std::string> pieces;
  std::string whole;
  for (int p = 0; p < parts; ++p) {
    pieces.push_back(generator->MakeConcatenated(seed, kFirstIndex + static_cast<uint64_t>(p) * 100'000,
                                                 static_cast<size_t>(mb * 1e6)));
    whole += pieces.back();
  }
  bool ok = true;
  double sum = 0;
  for (const std::string& piece : pieces) sum += BestParseSeconds(parser, piece, repeat, &ok);
  double big = BestParseSeconds(parser, whole, repeat, &ok);
  char note[200];
  std::snprintf(note, sizeof note, "one %.2f MB file %.3f s / %d files of %.2f MB %.3f s, best of %d%s",
                whole.size() / 1e6, big, parts, mb, sum, repeat, ok ? "" : "; SOME PARSES FAILED");
  EmitResult("linearity_ratio", big / sum, note);
  EmitResult("linearity_big_mbps", whole.size() / 1e6 / big, note);
  return ok ? 0 : 1;
}

}  // namespace cvparse::bench
