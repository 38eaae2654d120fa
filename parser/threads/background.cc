#include "threads/background.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>

namespace cvparse {
namespace {

struct Job {
  std::function<void()> run;
  std::promise<void> done;
};

struct Pool {
  std::mutex mutex;
  std::condition_variable queued;
  std::deque<Job> jobs;
  // Threads not running a job: waiting, starting, or between jobs. A job is
  // queued only when an idle thread is left for it, else a thread is started.
  size_t idle = 0;
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
    pool->queued.wait(lock, [&] { return !pool->jobs.empty(); });
    Job job = std::move(pool->jobs.front());
    pool->jobs.pop_front();
    --pool->idle;
    lock.unlock();
    std::exception_ptr error;
    try {
      job.run();
    } catch (...) {
      error = std::current_exception();
    }
    job.run = nullptr;  // its captures go before the caller learns the job is done
    lock.lock();
    // Idle again before the future is ready: a caller that waits for this
    // job and then starts another finds this thread, not a new one.
    ++pool->idle;
    if (error) {
      job.done.set_exception(error);
    } else {
      job.done.set_value();
    }
  }
}

}  // namespace

std::future<void> RunInBackground(std::function<void()> task) {
  Pool& pool = ThePool();
  Job job{std::move(task), std::promise<void>()};
  std::future<void> done = job.done.get_future();
  bool spawn = false;
  {
    std::lock_guard<std::mutex> lock(pool.mutex);
    pool.jobs.push_back(std::move(job));
    spawn = pool.jobs.size() > pool.idle;
    if (spawn) {
      ++pool.idle;  // the new thread, until it takes a job
      ++pool.started;
    }
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
