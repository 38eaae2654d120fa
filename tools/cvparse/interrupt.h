// A graceful stop for batches on SIGINT (Ctrl-C) and SIGTERM.
//
// While an InterruptScope lives, the first SIGINT or SIGTERM only sets a flag
// (the handler does nothing else, so it is async-signal-safe). Batch loops
// check Interrupted() before they take the next input, finish the inputs they
// have started, report what was done and return InterruptExitCode().
//
// The kernel restores the default action once the handler has run
// (SA_RESETHAND), so a second Ctrl-C stops the process at once; that is the
// way out of a batch stuck reading a terminal ("-"), and it may leave a
// hidden temporary file (.NAME.json.tmp.*) behind.
#ifndef CVPARSE_TOOLS_INTERRUPT_H_
#define CVPARSE_TOOLS_INTERRUPT_H_

namespace cvparse::tools {

// Installs the handlers and clears the flag; the destructor puts the previous
// handlers back and clears the flag again. Not nestable.
class InterruptScope {
 public:
  InterruptScope();
  ~InterruptScope();
  InterruptScope(const InterruptScope&) = delete;
  InterruptScope& operator=(const InterruptScope&) = delete;
};

// True once SIGINT or SIGTERM arrived inside the live InterruptScope.
bool Interrupted();

// The signal that arrived: SIGINT, SIGTERM, or 0 for none.
int InterruptSignal();

// 128 + the signal, as shells report it: 130 for SIGINT, 143 for SIGTERM.
int InterruptExitCode();

// "SIGINT", "SIGTERM" (or "a signal").
const char* InterruptSignalName();

}  // namespace cvparse::tools

#endif  // CVPARSE_TOOLS_INTERRUPT_H_
