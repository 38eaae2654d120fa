// Throughput of the library on a folder of résumés, in process: each file is
// read from disk (the page cache, after the first pass) and then
//
//   kParse       parsed (Parser::Parse)
//   kParseJson   parsed and written as one-line JSON (what `--jsonl` prints)
//   kParseScore  parsed and scored against a job profile (Scorer::Score)
//
// with `threads` workers taking files in order.
#ifndef CVPARSE_TOOLS_BENCH_THROUGHPUT_H_
#define CVPARSE_TOOLS_BENCH_THROUGHPUT_H_

#include <string>
#include <vector>

#include "cvparse/parse.h"
#include "cvparse/score.h"

namespace cvparse::bench {

enum class Stage { kParse, kParseJson, kParseScore };

struct StageRun {
  double seconds = 0;      // wall clock
  double cpu_seconds = 0;  // CPU time of the worker threads (bench_util.h)
  double step_cpu_seconds = 0;  // of which in the step after parsing (JSON or scoring)
  size_t parsed = 0;
  size_t failed = 0;     // unreadable or refused by the parser
  uint64_t checksum = 0; // keeps the work observable (sections, JSON bytes, score points)
};

// `scorer` is needed for kParseScore only.
StageRun RunStage(const Parser& parser, const Scorer* scorer, const std::vector<std::string>& files, Stage stage,
                  unsigned threads);

}  // namespace cvparse::bench

#endif  // CVPARSE_TOOLS_BENCH_THROUGHPUT_H_
