#include "batch_report.h"

namespace cvparse::tools {

namespace {

std::string Inputs(size_t n) { return std::to_string(n) + (n == 1 ? " input" : " inputs"); }

std::string Then(std::string_view tail) { return tail.empty() ? "" : "; " + std::string(tail); }

}  // namespace

std::string BatchSummary(const BatchCounts& counts, std::string_view verb, std::string_view tail) {
  std::string line = Inputs(counts.inputs) + ", " + std::to_string(counts.done) + " " + std::string(verb);
  if (counts.skipped > 0) line += ", " + std::to_string(counts.skipped) + " done before (--resume)";
  return line + ", " + std::to_string(counts.failed) + " failed" + Then(tail);
}

std::string InterruptNotice(const BatchCounts& counts, std::string_view verb, std::string_view signal_name,
                            std::string_view advice) {
  std::string line = "interrupted by " + std::string(signal_name) + "; " +
                     std::to_string(counts.done + counts.skipped) + " of " + std::to_string(counts.inputs) + " " +
                     std::string(verb);
  if (counts.skipped > 0) line += " (" + std::to_string(counts.skipped) + " by an earlier run)";
  return line + ", " + std::to_string(counts.failed) + " failed" + Then(advice);
}

std::string ResumeNotice(const BatchCounts& counts, std::string_view out_dir) {
  return "--resume skips " + std::to_string(counts.skipped) + " of " + Inputs(counts.inputs) +
         ", whose results are already in " + std::string(out_dir);
}

}  // namespace cvparse::tools
