// `cvparse_bench process --key NAME [--runs N] [--count FILES] -- COMMAND ARGS...`
//
// Runs COMMAND N times (stdout to /dev/null, stderr kept) and prints, from
// the wall clock and wait4()'s rusage of each run:
//   NAME_ms_median, NAME_ms_min   whole-process wall time
//   NAME_rss_mb                   the largest peak resident set of any run
//   NAME_rps                      FILES / the fastest run (when --count is given)
// Fails (exit 1) when a run exits non-zero or is killed.
#ifndef CVPARSE_TOOLS_BENCH_PROCESS_CMD_H_
#define CVPARSE_TOOLS_BENCH_PROCESS_CMD_H_

namespace cvparse::bench {

int RunProcessCommand(int argc, char** argv);

}  // namespace cvparse::bench

#endif  // CVPARSE_TOOLS_BENCH_PROCESS_CMD_H_
