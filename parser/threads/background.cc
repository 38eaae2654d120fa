#include "threads/background.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>

namespace cvparse {
namespace {

struct Pool {
  std::mutex mutex;
  std::condition_variable queued;
  std::deque<std::packaged_task<void()>> tasks;
  size_t waiting = 0;  // threads blocked in `queued`, not yet woken
  size_t started = 0;
};

// Never destroyed: its threads outlive main, and a program may start tasks
// from an exit handler.
Pool& ThePool() {
  static Pool* const pool = new Pool;
  return *pool;
}

[[noreturn]] void Work(Pool* pool) {
  std::unique_lock<std::mutex> lock(pool->mutex);
  while (true) {
    while (pool->tasks.empty()) {
      ++pool->waiting;
      pool->queued.wait(lock);
      --pool->waiting;
    }
    std::packaged_task<void()> task = std::move(pool->tasks.front());
    pool->tasks.pop_front();
    lock.unlock();
    task();
    lock.lock();
  }
}

}  // namespace

std::future<void> RunInBackground(std::function<void()> task) {
  Pool& pool = ThePool();
  std::packaged_task<void()> packaged(std::move(task));
  std::future<void> done = packaged.get_future();
  bool spawn = false;
  {
    std::lock_guard<std::mutex> lock(pool.mutex);
    pool.tasks.push_back(std::move(packaged));
    // Each waiting thread takes one task once woken; more tasks than that
    // need another thread.
    spawn = pool.tasks.size() > pool.waiting;
    if (spawn) ++pool.started;
  }
  if (spawn) {
    std::thread(Work, &pool).detach();
  } else {
    pool.queued.notify_one();
  }
  return done;
}

size_t BackgroundThreadsStarted() {
  Pool& pool = ThePool();
  std::lock_guard<std::mutex> lock(pool.mutex);
  return pool.started;
}

}  // namespace cvparse
