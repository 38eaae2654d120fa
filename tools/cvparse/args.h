// Command-line options of `cvparse` (parsing mode), declared once with their help.
#ifndef CVPARSE_TOOLS_ARGS_H_
#define CVPARSE_TOOLS_ARGS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace cvparse::tools {

enum class OutputMode { kSummary, kJson, kJsonl, kOutDir };

struct CliOptions {
  std::vector<std::string> inputs;
  OutputMode mode = OutputMode::kSummary;
  std::string out_dir;
  unsigned jobs = 0;        // 0: all cores
  int as_of_year = 0;       // resolved to today when not given
  int as_of_month = 0;
  size_t max_bytes = 16u << 20;
  bool quiet = false;
  bool resume = false;      // --out-dir: skip inputs whose result file exists
};

// Exit codes, as documented in --help. An interrupted batch exits with
// 128 + the signal (130 for SIGINT, 143 for SIGTERM; see interrupt.h).
enum ExitCode { kExitOk = 0, kExitSomeFailed = 1, kExitUsage = 2 };

// Parses argv. Returns the options, or nullopt after printing help/version
// (*exit_code = 0) or a usage error (*exit_code = 2) to the right stream.
std::optional<CliOptions> ParseArgs(int argc, char** argv, int* exit_code);

// Parses "YYYY-MM" into year and month; false when malformed.
bool ParseYearMonth(const std::string& text, int* year, int* month);

// Fills year/month with the current month (local time).
void CurrentYearMonth(int* year, int* month);

}  // namespace cvparse::tools

#endif  // CVPARSE_TOOLS_ARGS_H_
