// `cvparse_bench throughput --corpus DIR --jd JOB.txt [--repeat N]`
//
// Measures, best of N runs each, interleaved so that a burst of load from
// other processes hits every configuration alike:
//   parse_1t, parse_2t            read + parse, one thread / two threads
//   parse_json_1t                 read + parse + one-line JSON
//   parse_score_1t                read + parse + score against the job
//   floor_phrase, floor_re2set    read + one lexicon pass (floor.h)
// and prints *_rps (résumés/s, wall clock), *_mbps, *_cpu_rps (résumés per
// CPU-second), and, on CPU time because the wall clock of a shared machine is
// too noisy for a ratio, scoring_overhead_pct and parse_vs_floor_* (cvparse's
// time over the floor's).
#ifndef CVPARSE_TOOLS_BENCH_THROUGHPUT_CMD_H_
#define CVPARSE_TOOLS_BENCH_THROUGHPUT_CMD_H_

#include "cvparse/parse.h"

namespace cvparse::bench {

int RunThroughputCommand(const Parser& parser, int argc, char** argv);

}  // namespace cvparse::bench

#endif  // CVPARSE_TOOLS_BENCH_THROUGHPUT_CMD_H_
