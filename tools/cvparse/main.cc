// cvparse: the command-line tool. See `cvparse --help`.
#include <cstring>
#include <filesystem>
#include <iostream>

#include "args.h"
#include "batch.h"
#include "check.h"
#include "profile_cmd.h"
#include "score_cmd.h"
#include "eval.h"
#include "cvparse/parse.h"
#include "heap_pages.h"

namespace {

// The parser is built once and kept, unfreed, until the process exits:
// freeing its tables (patterns, tries, hash maps; about 4 M instructions) is
// work the exit does anyway. The pointer is a global, so LeakSanitizer counts
// the parser as reachable, not leaked.
const cvparse::Parser* parser = nullptr;

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::string error;
  auto make_parser = [&]() -> bool {
    parser = cvparse::Parser::Create(&error).release();
    if (!parser) std::cerr << "cvparse: cannot load lexicons: " << error << '\n';
    return parser != nullptr;
  };

  if (argc >= 2 && std::strcmp(argv[1], "check") == 0) {
    if (!make_parser()) return 2;
    return cvparse::tools::RunCheck(*parser, argc - 1, argv + 1);
  }
  if (argc >= 2 && std::strcmp(argv[1], "score") == 0) {
    cvparse::tools::SetLargeHeapPages(false);  // a batch on several workers (see below)
    if (!make_parser()) return 2;
    return cvparse::tools::RunScore(*parser, argc - 1, argv + 1);
  }
  if (argc >= 2 && std::strcmp(argv[1], "profile") == 0) {
    if (!make_parser()) return 2;
    return cvparse::tools::RunProfile(*parser, argc - 1, argv + 1);
  }
  if (argc >= 2 && std::strcmp(argv[1], "eval") == 0) {
    if (!make_parser()) return 2;
    return cvparse::tools::RunEval(*parser, argc - 1, argv + 1);
  }

  int exit_code = 0;
  std::optional<cvparse::tools::CliOptions> options = cvparse::tools::ParseArgs(argc, argv, &exit_code);
  if (!options) return exit_code;
  // Large heap pages (heap_pages.h) pay where start-up is most of the run:
  // one input, or one worker. On several workers they only cost memory.
  std::error_code ec;
  const bool one_file = options->inputs.size() == 1 && !std::filesystem::is_directory(options->inputs[0], ec);
  if (!one_file && options->jobs > 1) cvparse::tools::SetLargeHeapPages(false);
  if (!make_parser()) return 2;
  return cvparse::tools::RunParse(*parser, *options);
}
