// RunInBackground: runs a task on a thread that is never joined and never
// exits. A thread that finishes a task waits for the next one, for as long as
// the process lives; a task that finds no free thread gets a new one.
//
//   std::future<void> built = RunInBackground([&] { tables = Build(); });
//   ...                  // other work meanwhile
//   built.get();         // waits; rethrows what the task threw
//
// Why not std::thread: with Debian 12's mimalloc (2.0.9) each thread's exit
// walks the heap segments that threads which exited before it left behind,
// up to 1,024 times (_mi_abandoned_collect): ~2.2 M instructions per exit,
// and a one-file run started and joined four threads, some of them on the
// path the run waits for. With none exiting, `cvparse corpus/000.txt --json`
// took 90.3 M -> 81.6 M instructions (valgrind --tool=callgrind).
//
// Tasks may run at the same time, and each has a thread of its own from the
// moment it is queued, so a task may wait for another. Thread-safe; may be
// called during exit.
#ifndef CVPARSE_THREADS_BACKGROUND_H_
#define CVPARSE_THREADS_BACKGROUND_H_

#include <cstddef>
#include <functional>
#include <future>

namespace cvparse {

std::future<void> RunInBackground(std::function<void()> task);

// How many threads RunInBackground has started in this process (for tests).
size_t BackgroundThreadsStarted();

}  // namespace cvparse

#endif  // CVPARSE_THREADS_BACKGROUND_H_
