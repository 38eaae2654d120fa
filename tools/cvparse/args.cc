#include "args.h"

#include <ctime>
#include <iostream>
#include <thread>

#include <boost/program_options.hpp>

#include "cvparse/version.h"

namespace cvparse::tools {
namespace po = boost::program_options;

namespace {

constexpr const char kUsage[] = R"(Usage: cvparse [OPTIONS] FILE|DIR|- ...
       cvparse check [--bless] [--as-of YYYY-MM] DIR

Parses plain-text résumés into structured JSON (JSON Resume plus an
"x-cvparse" extension block with sections, source spans and warnings).
Inputs are decoded from UTF-8, UTF-16 (with BOM) or a legacy encoding
detected automatically (Windows-1252, GB18030, Shift-JIS, ...).

Examples:
  cvparse resume.txt                     a readable summary of one résumé
  cvparse resume.txt --json              its JSON Resume document
  cat resume.txt | cvparse - --json      read standard input
  cvparse cvs/ --out-dir parsed/         one parsed/NAME.json per résumé, in parallel
  cvparse cvs/ --jsonl > all.jsonl       one JSON document per line
  cvparse cvs/ --out-dir parsed/ --resume   finish a run that was interrupted
  cvparse resume.txt --json --as-of 2025-06   resolve "Present" as June 2025
  cvparse check corpus/                  compare corpus/NNN.txt with NNN.expected.json
  cvparse check corpus/ --bless          rewrite the expected files (review the diff!)

Folders are read recursively; hidden files, *.json, *.jsonl, *.yaml and
README files inside them are skipped, and symbolic links to folders are not
followed. Errors go to stderr as "cvparse: PATH: reason" (unreadable, missing,
a broken link, changed while read, not text, ...) and never stop a batch.

Ctrl-C (SIGINT) or SIGTERM stops a batch cleanly: the inputs in progress are
finished, every file in --out-dir is complete (written to a temporary file,
then renamed), and stderr says how many were written; --resume finishes the
job. A second Ctrl-C stops at once.

Exit status: 0 every input parsed, 1 some input failed, 2 usage error,
130 / 143 stopped early by SIGINT / SIGTERM.

Options)";

}  // namespace

bool ParseYearMonth(const std::string& text, int* year, int* month) {
  if (text.size() != 7 || text[4] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  int y = std::stoi(text.substr(0, 4));
  int m = std::stoi(text.substr(5, 2));
  if (y < 1900 || y > 2200 || m < 1 || m > 12) return false;
  *year = y;
  *month = m;
  return true;
}

void CurrentYearMonth(int* year, int* month) {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  *year = local.tm_year + 1900;
  *month = local.tm_mon + 1;
}

std::optional<CliOptions> ParseArgs(int argc, char** argv, int* exit_code) {
  CliOptions options;
  std::string as_of;
  po::options_description visible(kUsage);
  visible.add_options()
      ("help,h", "show this help and exit")
      ("version", "show the version and exit")
      ("json", "print the JSON Resume document of one input")
      ("jsonl", "print one JSON document per line per input (any number of inputs)")
      ("out-dir,o", po::value<std::string>(&options.out_dir)->value_name("DIR"),
       "write DIR/NAME.json per input, mirroring input folders; files are written atomically")
      ("jobs,j", po::value<unsigned>(&options.jobs)->value_name("N"),
       "parse N files at once (default: all cores)")
      ("as-of", po::value<std::string>(&as_of)->value_name("YYYY-MM"),
       "the month that \"Present\" means (default: the current month)")
      ("max-bytes", po::value<size_t>(&options.max_bytes)->value_name("N"),
       "refuse inputs larger than N bytes (default: 16777216)")
      ("resume", "with --out-dir: skip the inputs whose DIR/NAME.json exists (finish an interrupted run)")
      ("quiet,q", "print no progress summary on stderr");
  po::options_description hidden;
  hidden.add_options()("input", po::value<std::vector<std::string>>(&options.inputs));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "cvparse: " << e.what() << "\nTry 'cvparse --help'.\n";
    *exit_code = kExitUsage;
    return std::nullopt;
  }
  if (vm.count("help")) {
    std::cout << visible << '\n';
    *exit_code = kExitOk;
    return std::nullopt;
  }
  if (vm.count("version")) {
    std::cout << "cvparse " << kVersion << '\n';
    *exit_code = kExitOk;
    return std::nullopt;
  }
  auto usage_error = [&](const std::string& message) {
    std::cerr << "cvparse: " << message << "\nTry 'cvparse --help'.\n";
    *exit_code = kExitUsage;
    return std::nullopt;
  };
  options.quiet = vm.count("quiet") > 0;
  if (options.inputs.empty()) return usage_error("no input files (give FILE, DIR or - for stdin)");
  if (vm.count("json") && vm.count("jsonl")) return usage_error("--json and --jsonl exclude each other");
  if (vm.count("out-dir")) {
    if (vm.count("jsonl")) return usage_error("--out-dir and --jsonl exclude each other");
    options.mode = OutputMode::kOutDir;
  } else if (vm.count("jsonl")) {
    options.mode = OutputMode::kJsonl;
  } else if (vm.count("json")) {
    options.mode = OutputMode::kJson;
  }
  options.resume = vm.count("resume") > 0;
  if (options.resume && options.mode != OutputMode::kOutDir) {
    return usage_error("--resume needs --out-dir DIR (it skips inputs whose result is in DIR)");
  }
  if (!as_of.empty() && !ParseYearMonth(as_of, &options.as_of_year, &options.as_of_month)) {
    return usage_error("--as-of wants YYYY-MM (e.g. 2025-06), got '" + as_of + "'");
  }
  if (as_of.empty()) CurrentYearMonth(&options.as_of_year, &options.as_of_month);
  if (options.max_bytes == 0 || options.max_bytes > (size_t{1} << 30)) {
    return usage_error("--max-bytes must be between 1 and 1073741824");
  }
  if (options.jobs == 0) options.jobs = std::max(1u, std::thread::hardware_concurrency());
  if (options.jobs > 256) options.jobs = 256;
  return options;
}

}  // namespace cvparse::tools
