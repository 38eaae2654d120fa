// `cvparse_bench report RESULTS.tsv`
//
// Reads the result lines of a run (bench_util.h: key, value, load, note) and
// prints the figures against the targets of issue 7 as a Markdown table:
//
//   | measure                         | measured      | target    | met? | load |
//   | parse, one thread               | 23,512 /s     | ≥ 20,000  | yes  | 0.84 |
//   | ... vs npm resume-parser 1.1.0  | 97×           | ≥ 80×     | yes  | 0.84 / 1.02 |
//
// A missing figure is "not measured"; the command never fails on a target.
#ifndef CVPARSE_TOOLS_BENCH_REPORT_CMD_H_
#define CVPARSE_TOOLS_BENCH_REPORT_CMD_H_

namespace cvparse::bench {

int RunReportCommand(int argc, char** argv);

}  // namespace cvparse::bench

#endif  // CVPARSE_TOOLS_BENCH_REPORT_CMD_H_
