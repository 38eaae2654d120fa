#include "ordered_workers.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

#include "interrupt.h"

namespace cvparse::tools {

size_t RunInOrder(size_t count, unsigned jobs, const std::function<void(size_t)>& task,
                  const std::function<void(size_t)>& emit) {
  std::mutex mutex;
  std::condition_variable changed;
  std::vector<char> done(count, 0);
  size_t next = 0;  // the next index to hand out
  unsigned workers = static_cast<unsigned>(std::clamp<size_t>(count, 1, std::max(jobs, 1u)));
  unsigned running = workers;

  auto work = [&] {
    while (true) {
      size_t i;
      {
        std::lock_guard<std::mutex> lock(mutex);
        if (next >= count || Interrupted()) break;
        i = next++;
      }
      task(i);
      std::lock_guard<std::mutex> lock(mutex);
      done[i] = 1;
      changed.notify_all();
    }
    std::lock_guard<std::mutex> lock(mutex);
    --running;
    changed.notify_all();
  };
  std::vector<std::thread> threads;
  for (unsigned w = 0; w < workers; ++w) threads.emplace_back(work);

  size_t emitted = 0;
  for (; emitted < count; ++emitted) {
    {
      std::unique_lock<std::mutex> lock(mutex);
      // A worker marks its index done before it stops, so when none is left
      // running, an index not done was never handed out.
      changed.wait(lock, [&] { return done[emitted] != 0 || running == 0; });
      if (done[emitted] == 0) break;
    }
    emit(emitted);
  }
  for (std::thread& t : threads) t.join();
  return emitted;
}

}  // namespace cvparse::tools
