#include "ordered_workers.h"

#include <algorithm>
#include <condition_variable>
#include <future>
#include <mutex>
#include <vector>

#include "interrupt.h"
#include "threads/background.h"

namespace cvparse::tools {

size_t OrderedWindow(unsigned jobs) { return 8 * static_cast<size_t>(std::max(jobs, 1u)); }

size_t RunInOrder(size_t count, unsigned jobs, const std::function<void(size_t)>& task,
                  const std::function<void(size_t)>& emit) {
  if (jobs <= 1) {
    // One job: run and emit on this thread. A worker thread would only add a
    // hand-off (two futex wake-ups) per index.
    size_t emitted = 0;
    for (; emitted < count && !Interrupted(); ++emitted) {
      task(emitted);
      emit(emitted);
    }
    return emitted;
  }
  const size_t window = OrderedWindow(jobs);
  std::mutex mutex;
  std::condition_variable changed;
  std::vector<char> done(window, 0);  // done[i % window]: task(i) finished, i not emitted yet
  size_t next = 0;     // the next index to hand out
  size_t emitted = 0;  // indexes below this were emitted
  unsigned workers = static_cast<unsigned>(std::clamp<size_t>(count, 1, jobs));
  unsigned running = workers;

  auto work = [&] {
    while (true) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return next >= count || next < emitted + window || Interrupted(); });
        if (next >= count || Interrupted()) break;
        i = next++;
      }
      task(i);
      std::lock_guard<std::mutex> lock(mutex);
      done[i % window] = 1;
      changed.notify_all();
    }
    std::lock_guard<std::mutex> lock(mutex);
    --running;
    changed.notify_all();
  };
  // On threads that do not exit (threads/background.h says why).
  std::vector<std::future<void>> workers_done;
  for (unsigned w = 0; w < workers; ++w) workers_done.push_back(RunInBackground(work));

  while (true) {
    {
      std::unique_lock<std::mutex> lock(mutex);
      if (emitted >= count) break;
      // A worker marks its index done before it stops, so when none is left
      // running, an index not done was never handed out.
      changed.wait(lock, [&] { return done[emitted % window] != 0 || running == 0; });
      if (done[emitted % window] == 0) break;
    }
    emit(emitted);
    std::lock_guard<std::mutex> lock(mutex);
    done[emitted % window] = 0;
    ++emitted;
    changed.notify_all();  // a waiting worker may take the next index now
  }
  for (std::future<void>& done : workers_done) done.get();
  return emitted;
}

}  // namespace cvparse::tools
