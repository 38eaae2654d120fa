// The lines a batch prints on stderr when it ends or is interrupted.
//
//   1000 inputs, 980 written, 20 failed; results in out/
//   interrupted by SIGINT; 412 of 1000 written, 0 failed; rerun with --resume to finish
//
// None holds a second ": ", so they never look like a "cvparse: PATH: reason"
// error line to a script that counts those.
#ifndef CVPARSE_TOOLS_BATCH_REPORT_H_
#define CVPARSE_TOOLS_BATCH_REPORT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace cvparse::tools {

struct BatchCounts {
  size_t inputs = 0;   // every input of the batch, skipped ones included
  size_t done = 0;     // written (--out-dir), printed or scored by this run
  size_t skipped = 0;  // --resume: results left by an earlier run
  size_t failed = 0;   // inputs and folders reported as "cvparse: PATH: reason"
};

// "1000 inputs, 980 written, 20 failed" + "; " + tail when tail is not empty.
// verb: "written", "printed" or "scored".
std::string BatchSummary(const BatchCounts& counts, std::string_view verb, std::string_view tail);

// "interrupted by SIGINT; 412 of 1000 written, 0 failed" + "; " + advice
// when advice is not empty.
std::string InterruptNotice(const BatchCounts& counts, std::string_view verb, std::string_view signal_name,
                            std::string_view advice);

// "--resume skips 412 of 1000 inputs, whose results are already in OUT"
std::string ResumeNotice(const BatchCounts& counts, std::string_view out_dir);

}  // namespace cvparse::tools

#endif  // CVPARSE_TOOLS_BATCH_REPORT_H_
