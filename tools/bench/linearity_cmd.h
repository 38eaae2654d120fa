// `cvparse_bench linearity --source corpus/ [--mb 1] [--parts 10] [--repeat 3]`
//
// Is the cost linear in the input size? Parses (in memory, one thread) ten
// distinct files of `mb` MB each, made by concatenating generated résumés,
// and then one file that is their concatenation, and prints
//   linearity_ratio = time(one 10 MB file) / sum of time(ten 1 MB files)
// (best of N each). 1.0 is perfectly linear.
#ifndef CVPARSE_TOOLS_BENCH_LINEARITY_CMD_H_
#define CVPARSE_TOOLS_BENCH_LINEARITY_CMD_H_

#include "cvparse/parse.h"

namespace cvparse::bench {

int RunLinearityCommand(const Parser& parser, int argc, char** argv);

}  // namespace cvparse::bench

#endif  // CVPARSE_TOOLS_BENCH_LINEARITY_CMD_H_
