// cvparse_bench: the benchmark's measuring tool. run_bench.sh drives it; each
// subcommand prints result lines (bench_util.h) and `report` makes the table.
//
//   cvparse_bench corpus --source corpus --out DIR --count 10000 [--seed 7]
//   cvparse_bench throughput --corpus DIR --jd corpus/jobs/backend.txt [--repeat 3]
//   cvparse_bench linearity --source corpus [--mb 1] [--parts 10]
//   cvparse_bench process --key startup --runs 50 -- build/cvparse corpus/000.txt --json
//   cvparse_bench report RESULTS.tsv
#include <cstring>
#include <iostream>

#include "bench_util.h"
#include "corpus_gen.h"
#include "cvparse/parse.h"
#include "linearity_cmd.h"
#include "process_cmd.h"
#include "report_cmd.h"
#include "throughput_cmd.h"

namespace cvparse::bench {
namespace {

constexpr const char kUsage[] =
    "usage: cvparse_bench corpus|throughput|linearity|process|report ... (see tools/bench/README.md)\n";

// `corpus`: writes the mixed, perturbed résumés and prints corpus_files and corpus_mb.
int RunCorpusCommand(const Parser& parser, int argc, char** argv) {
  Flags flags = ParseFlags(argc, argv);
  std::string out = flags.Get("out"), error;
  uint64_t count = static_cast<uint64_t>(flags.Number("count", 10000));
  uint64_t seed = static_cast<uint64_t>(flags.Number("seed", 7));
  auto generator = CorpusGenerator::Create(parser, flags.Get("source", "corpus"), &error);
  if (out.empty() || !generator) {
    std::cerr << "cvparse_bench corpus: " << (out.empty() ? "need --out DIR" : error) << '\n';
    return 2;
  }
  int64_t bytes = generator->WriteCorpus(seed, count, out);
  if (bytes < 0) {
    std::cerr << "cvparse_bench corpus: cannot write under " << out << '\n';
    return 1;
  }
  std::string note = std::to_string(generator->source_count()) + " source files, seed " + std::to_string(seed);
  EmitResult(flags.Get("key", "corpus") + "_files", static_cast<double>(count), note);
  EmitResult(flags.Get("key", "corpus") + "_mb", bytes / 1e6, note);
  return 0;
}

}  // namespace
}  // namespace cvparse::bench

int main(int argc, char** argv) {
  using namespace cvparse::bench;
  if (argc < 2) {
    std::cerr << kUsage;
    return 2;
  }
  std::string command = argv[1];
  if (command == "process") return RunProcessCommand(argc - 2, argv + 2);
  if (command == "report") return RunReportCommand(argc - 1, argv + 1);

  std::string error;
  auto parser = cvparse::Parser::Create(&error);
  if (!parser) {
    std::cerr << "cvparse_bench: cannot load lexicons: " << error << '\n';
    return 2;
  }
  if (command == "corpus") return RunCorpusCommand(*parser, argc - 2, argv + 2);
  if (command == "throughput") return RunThroughputCommand(*parser, argc - 2, argv + 2);
  if (command == "linearity") return RunLinearityCommand(*parser, argc - 2, argv + 2);
  std::cerr << kUsage;
  return 2;
}
