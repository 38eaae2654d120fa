// Tests for parser/threads/background.h: RunInBackground runs each task once,
// gives its result or exception through the future, finds a thread for every
// task queued at once (even tasks that wait for each other), and reuses the
// threads of finished tasks instead of starting new ones.
#include "threads/background.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace cvparse {
namespace {

TEST_CASE("RunInBackground runs each task once, on another thread", "[background]") {
  std::atomic<int> runs{0};
  std::thread::id ran_on;
  std::future<void> done = RunInBackground([&] {
    ran_on = std::this_thread::get_id();
    ++runs;
  });
  done.get();
  CHECK(runs == 1);
  CHECK(ran_on != std::this_thread::get_id());
}

TEST_CASE("RunInBackground passes a task's exception to its future", "[background]") {
  std::future<void> failed = RunInBackground([] { throw std::runtime_error("lexicon broken"); });
  CHECK_THROWS_WITH(failed.get(), "lexicon broken");
  // The thread survives it and runs the next task.
  int value = 0;
  RunInBackground([&] { value = 7; }).get();
  CHECK(value == 7);
}

// Each task waits until all have started: this finishes only when every task
// queued at once got a thread of its own.
TEST_CASE("RunInBackground finds a thread for every task, even tasks that wait for each other", "[background]") {
  for (int tasks : {1, 2, 5, 16}) {
    INFO("tasks: " << tasks);
    std::mutex mutex;
    std::condition_variable all_started;
    int started = 0;
    std::vector<std::future<void>> done;
    for (int t = 0; t < tasks; ++t) {
      done.push_back(RunInBackground([&] {
        std::unique_lock<std::mutex> lock(mutex);
        ++started;
        all_started.notify_all();
        all_started.wait(lock, [&] { return started == tasks; });
      }));
    }
    for (std::future<void>& d : done) d.get();
    CHECK(started == tasks);
  }
}

// A thread counts as free again before its task's future is ready, so tasks
// run one after the other all run on threads already there.
TEST_CASE("RunInBackground reuses the threads of finished tasks", "[background]") {
  RunInBackground([] {}).get();
  const size_t before = BackgroundThreadsStarted();
  for (int i = 0; i < 20; ++i) RunInBackground([] {}).get();
  CHECK(BackgroundThreadsStarted() == before);
}

}  // namespace
}  // namespace cvparse
