#include "interrupt.h"

#include <signal.h>

#include <atomic>

namespace cvparse::tools {

namespace {

// Lock-free, hence safe to store from a signal handler and to read from any thread.
std::atomic<int> g_signal{0};
static_assert(std::atomic<int>::is_always_lock_free);

struct sigaction g_previous_int, g_previous_term;

void OnSignal(int signal_number) { g_signal.store(signal_number, std::memory_order_relaxed); }

}  // namespace

InterruptScope::InterruptScope() {
  g_signal.store(0);
  struct sigaction action {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  // SA_RESTART: reads and writes in other threads must not fail with EINTR.
  action.sa_flags = SA_RESTART | SA_RESETHAND;
  sigaction(SIGINT, &action, &g_previous_int);
  sigaction(SIGTERM, &action, &g_previous_term);
}

InterruptScope::~InterruptScope() {
  sigaction(SIGINT, &g_previous_int, nullptr);
  sigaction(SIGTERM, &g_previous_term, nullptr);
  g_signal.store(0);
}

bool Interrupted() { return g_signal.load(std::memory_order_relaxed) != 0; }

int InterruptSignal() { return g_signal.load(std::memory_order_relaxed); }

int InterruptExitCode() { return 128 + InterruptSignal(); }

const char* InterruptSignalName() {
  switch (InterruptSignal()) {
    case SIGINT: return "SIGINT";
    case SIGTERM: return "SIGTERM";
    default: return "a signal";
  }
}

}  // namespace cvparse::tools
