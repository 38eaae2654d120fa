// A worker pool for batches whose results are reported in input order.
//
//   RunInOrder(3, 2, parse, print)   parses 0, 1, 2 on two threads and calls
//                                    print(0), print(1), print(2) on this one
#ifndef CVPARSE_TOOLS_ORDERED_WORKERS_H_
#define CVPARSE_TOOLS_ORDERED_WORKERS_H_

#include <cstddef>
#include <functional>

namespace cvparse::tools {

// Runs task(i) for i = 0 .. count-1 on `jobs` threads, handing out indexes in
// order. emit(i) runs on the calling thread, in index order, as soon as
// task(i) and every task before it are done.
//
// At most OrderedWindow(jobs) indexes are ever run but not yet emitted: a
// worker waits rather than run ahead of a slow task or a slow emit. So the
// caller can keep each result in slot i % OrderedWindow(jobs) of a ring, and
// the memory of a batch does not grow with its length.
//
// Once Interrupted() (interrupt.h) is true, no new index is handed out; the
// tasks already started finish and are emitted. Returns how many were emitted:
// `count` unless interrupted, and then exactly the indexes below the return
// value were run, so nothing after them was started.
size_t OrderedWindow(unsigned jobs);
size_t RunInOrder(size_t count, unsigned jobs, const std::function<void(size_t)>& task,
                  const std::function<void(size_t)>& emit);

}  // namespace cvparse::tools

#endif  // CVPARSE_TOOLS_ORDERED_WORKERS_H_
