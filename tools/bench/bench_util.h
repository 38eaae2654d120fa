// Small helpers shared by the benchmark commands: a stopwatch, the machine
// load, reading and listing files, and the one-line result format.
//
// Every measurement is printed as one line that run_bench.sh collects and
// `cvparse_bench report` turns into the table:
//
//   parse_1t_rps<TAB>21345.6<TAB>0.84<TAB>10000 résumés, 21.3 MB, best of 3
//   (key, value, 1-minute load average when measured, free note)
#ifndef CVPARSE_TOOLS_BENCH_BENCH_UTIL_H_
#define CVPARSE_TOOLS_BENCH_BENCH_UTIL_H_

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cvparse::bench {

class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()) {}
  double Seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_;
};

// CPU seconds used so far by the calling thread / by the whole process
// (user + system). Unlike the wall clock, they barely move when other
// processes compete for the cores, so ratios between two single-thread
// measurements are taken on them.
double ThreadCpuSeconds();
double ProcessCpuSeconds();

// The 1-minute load average from /proc/loadavg, or -1 when unreadable.
double LoadAverage();

// Prints one result line (see the file comment) to stdout and flushes it.
void EmitResult(std::string_view key, double value, std::string_view note);

// Reads a whole file; false when it cannot be read.
bool ReadFile(const std::string& path, std::string* contents);
// Writes a whole file, creating its parent folders; false on failure.
bool WriteFile(const std::string& path, std::string_view contents);

// Every regular file under `dir`, recursively, sorted (the order is part of
// the benchmark's determinism). Returns the total size in *bytes.
std::vector<std::string> ListFiles(const std::string& dir, uint64_t* bytes);

// Command-line flags of a subcommand: "--key value" pairs, "--switch" alone
// (stored as "1") and, after "--", the rest verbatim in *rest.
struct Flags {
  std::vector<std::pair<std::string, std::string>> values;
  std::vector<std::string> rest;
  std::string Get(std::string_view key, std::string_view fallback = "") const;
  double Number(std::string_view key, double fallback) const;
  bool Has(std::string_view key) const { return !Get(key).empty(); }
};
Flags ParseFlags(int argc, char** argv);

// The median of `values` (which it sorts); 0 for none.
double Median(std::vector<double>* values);

}  // namespace cvparse::bench

#endif  // CVPARSE_TOOLS_BENCH_BENCH_UTIL_H_
