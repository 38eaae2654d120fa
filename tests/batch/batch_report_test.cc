// tools/cvparse/batch_report.h: the end-of-batch lines on stderr.
#include "batch_report.h"

#include <catch2/catch.hpp>

namespace cvparse::tools {
namespace {

TEST_CASE("The summary counts what was written and skipped and failed", "[batch][report]") {
  CHECK(BatchSummary({1000, 980, 0, 20}, "written", "results in out") ==
        "1000 inputs, 980 written, 20 failed; results in out");
  CHECK(BatchSummary({1000, 568, 412, 20}, "written", "") ==
        "1000 inputs, 568 written, 412 done before (--resume), 20 failed");
  CHECK(BatchSummary({1, 1, 0, 0}, "printed", "") == "1 input, 1 printed, 0 failed");
}

TEST_CASE("The interrupt notice says how far the batch got", "[batch][report]") {
  CHECK(InterruptNotice({1000, 412, 0, 0}, "written", "SIGINT", "rerun with --resume to finish") ==
        "interrupted by SIGINT; 412 of 1000 written, 0 failed; rerun with --resume to finish");
  CHECK(InterruptNotice({1000, 200, 412, 3}, "written", "SIGTERM", "") ==
        "interrupted by SIGTERM; 612 of 1000 written (412 by an earlier run), 3 failed");
  CHECK(ResumeNotice({1000, 0, 412, 0}, "out") == "--resume skips 412 of 1000 inputs, whose results are already in out");
}

TEST_CASE("No report line looks like an error line", "[batch][report]") {
  for (const std::string& line :
       {BatchSummary({9, 5, 2, 2}, "written", "results in out"), InterruptNotice({9, 5, 2, 2}, "written", "SIGINT", "x"),
        ResumeNotice({9, 0, 2, 0}, "out")}) {
    INFO(line);
    CHECK(line.find(": ") == std::string::npos);
  }
}

}  // namespace
}  // namespace cvparse::tools
