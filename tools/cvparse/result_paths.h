// Where `cvparse --out-dir` puts each result, and which results exist already.
//
//   cvparse cvs/ --out-dir OUT:   cvs/a.txt => OUT/a.json, cvs/x/b.txt => OUT/x/b.json
//   and a second "a" with another extension keeps it: cvs/a.md => OUT/a.md.json
#ifndef CVPARSE_TOOLS_RESULT_PATHS_H_
#define CVPARSE_TOOLS_RESULT_PATHS_H_

#include <filesystem>
#include <vector>

#include "inputs.h"

namespace cvparse::tools {

// One result path per input, in the same order. The mapping depends only on
// the inputs' relative paths and order, so a rerun over the same folder
// (--resume) finds the same names.
std::vector<std::filesystem::path> ResultPaths(const std::filesystem::path& out_dir,
                                               const std::vector<Input>& inputs);

// True when `result` exists. Results are written to a temporary file and
// renamed into place (WriteFileAtomically), so a result that exists is
// complete: this is all --resume needs to know.
bool HasResult(const std::filesystem::path& result);

}  // namespace cvparse::tools

#endif  // CVPARSE_TOOLS_RESULT_PATHS_H_
