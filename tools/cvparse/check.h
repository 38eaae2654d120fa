// `cvparse check DIR`: the golden-corpus regression check.
//
// For every DIR/NAME.txt, parses it and compares the JSON with
// DIR/NAME.expected.json, printing a per-field diff:
//
//   corpus/003.txt: 2 differences
//     /basics/name: expected "Ann Lee", got "Ann Lee Resume"
//     /x-cvparse/sections/2/kind: expected "skills", got "other"
//
// "Present" is resolved with the asOf recorded in each expected file, so
// results do not change with the calendar. --bless rewrites the expected
// files from the current output (after you have read the diff).
#ifndef CVPARSE_TOOLS_CHECK_H_
#define CVPARSE_TOOLS_CHECK_H_

#include "cvparse/parse.h"

namespace cvparse::tools {

// Runs the check; returns 0 when all files match (or were blessed), 1 when
// any differ or fail, 2 on a usage error.
int RunCheck(const Parser& parser, int argc, char** argv);

}  // namespace cvparse::tools

#endif  // CVPARSE_TOOLS_CHECK_H_
