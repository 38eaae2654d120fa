// Parsing many inputs in parallel, emitting results in input order.
#ifndef CVPARSE_TOOLS_BATCH_H_
#define CVPARSE_TOOLS_BATCH_H_

#include "args.h"
#include "cvparse/parse.h"

namespace cvparse::tools {

// Parses every input named by options and writes the output the mode asks
// for. Returns the process exit code (0, or 1 when any input failed).
int RunParse(const Parser& parser, const CliOptions& options);

}  // namespace cvparse::tools

#endif  // CVPARSE_TOOLS_BATCH_H_
