// Parsing many inputs in parallel, emitting results in input order.
//
// A batch survives its inputs: each bad one is reported as
// "cvparse: PATH: reason" and skipped. It also survives SIGINT and SIGTERM:
// no new input is started, those in progress are finished (a result file is
// renamed into place whole, or not written at all), the count of what was
// done goes to stderr and the exit code is 130 or 143. `--resume` then skips
// the inputs whose result file exists in --out-dir.
#ifndef CVPARSE_TOOLS_BATCH_H_
#define CVPARSE_TOOLS_BATCH_H_

#include "args.h"
#include "cvparse/parse.h"

namespace cvparse::tools {

// Parses every input named by options and writes the output the mode asks
// for. Returns the process exit code: 0, 1 when any input failed, 2 for a
// usage error, 128 + signal when interrupted before the end.
int RunParse(const Parser& parser, const CliOptions& options);

}  // namespace cvparse::tools

#endif  // CVPARSE_TOOLS_BATCH_H_
