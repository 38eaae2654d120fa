// tools/cvparse/interrupt.h, ordered_workers.h and line_reader.h: a signal
// stops the handing out of inputs; what was started is finished and emitted.
#include "interrupt.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

#include <catch2/catch.hpp>

#include "line_reader.h"
#include "ordered_workers.h"

namespace cvparse::tools {
namespace {

TEST_CASE("The first SIGINT or SIGTERM only sets the flag", "[batch][interrupt]") {
  {
    InterruptScope scope;
    CHECK_FALSE(Interrupted());
    ::raise(SIGINT);
    CHECK(Interrupted());
    CHECK(InterruptExitCode() == 130);
    CHECK(std::string(InterruptSignalName()) == "SIGINT");
  }
  {
    InterruptScope scope;  // a new scope starts clear
    CHECK_FALSE(Interrupted());
    ::raise(SIGTERM);
    CHECK(InterruptExitCode() == 143);
    CHECK(std::string(InterruptSignalName()) == "SIGTERM");
  }
}

TEST_CASE("RunInOrder emits in order on any number of threads", "[batch][interrupt]") {
  InterruptScope scope;
  for (unsigned jobs : {1u, 3u, 16u}) {
    std::vector<int> squares(50);
    std::vector<size_t> emitted;
    size_t n = RunInOrder(
        squares.size(), jobs, [&](size_t i) { squares[i] = static_cast<int>(i * i); },
        [&](size_t i) {
          CHECK(squares[i] == static_cast<int>(i * i));
          emitted.push_back(i);
        });
    CHECK(n == 50);
    REQUIRE(emitted.size() == 50);
    for (size_t i = 0; i < emitted.size(); ++i) CHECK(emitted[i] == i);
  }
  CHECK(RunInOrder(0, 4, [](size_t) {}, [](size_t) {}) == 0);
}

TEST_CASE("RunInOrder never runs more than OrderedWindow() ahead of what it emitted", "[batch][interrupt]") {
  InterruptScope scope;
  for (unsigned jobs : {1u, 2u, 4u}) {
    std::atomic<size_t> started{0};
    std::atomic<size_t> emitted{0};
    std::atomic<size_t> widest{0};  // the most indexes seen started but not emitted
    size_t n = RunInOrder(
        300, jobs,
        [&](size_t) {
          size_t ahead = ++started - emitted.load();
          for (size_t w = widest.load(); ahead > w && !widest.compare_exchange_weak(w, ahead);) {
          }
        },
        [&](size_t i) {
          // A slow reader (a blocked stdout): the workers must wait for it.
          if (i % 50 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(20));
          ++emitted;
        });
    INFO("jobs " << jobs);
    CHECK(n == 300);
    CHECK(widest.load() <= OrderedWindow(jobs));
    // Several workers did run ahead, up to the window; one job runs inline.
    CHECK(widest.load() >= (jobs == 1 ? 1u : 2u));
  }
}

TEST_CASE("After a signal no new index starts but started ones are emitted", "[batch][interrupt]") {
  for (unsigned jobs : {1u, 4u}) {
    InterruptScope scope;
    std::atomic<size_t> started{0};
    std::vector<size_t> emitted;
    size_t n = RunInOrder(
        1000, jobs,
        [&](size_t i) {
          ++started;
          if (i == 10) ::raise(SIGINT);
          std::this_thread::sleep_for(std::chrono::milliseconds(1));
        },
        [&](size_t i) { emitted.push_back(i); });
    INFO("jobs " << jobs);
    CHECK(n > 10);
    CHECK(n <= 10 + jobs);
    CHECK(n == started.load());  // every started task was emitted, nothing else ran
    CHECK(emitted.size() == n);
  }
}

TEST_CASE("LineReader cuts long lines and stops on a signal", "[batch][interrupt]") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  std::string text = "one\n\ntoo long a line\nlast";
  REQUIRE(::write(fds[1], text.data(), text.size()) == static_cast<ssize_t>(text.size()));
  InterruptScope scope;
  LineReader reader(fds[0], 8);
  std::string line;
  REQUIRE(reader.Next(&line));
  CHECK(line == "one");
  REQUIRE(reader.Next(&line));
  CHECK(line == "");
  REQUIRE(reader.Next(&line));
  CHECK(line == "too long");
  // "last" has no newline yet and the writer is still there: the reader
  // waits, until a signal arrives.
  std::thread ctrl_c([] {
    std::this_thread::sleep_for(std::chrono::milliseconds(150));
    ::raise(SIGINT);
  });
  CHECK_FALSE(reader.Next(&line));
  CHECK(reader.interrupted());
  ctrl_c.join();
  ::close(fds[0]);
  ::close(fds[1]);
}

TEST_CASE("LineReader returns a last line without a newline", "[batch][interrupt]") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  REQUIRE(::write(fds[1], "a\nb", 3) == 3);
  ::close(fds[1]);
  LineReader reader(fds[0], 100);
  std::string line;
  REQUIRE(reader.Next(&line));
  CHECK(line == "a");
  REQUIRE(reader.Next(&line));
  CHECK(line == "b");
  CHECK_FALSE(reader.Next(&line));
  CHECK_FALSE(reader.interrupted());
  ::close(fds[0]);
}

}  // namespace
}  // namespace cvparse::tools
