#include "process_cmd.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "bench_util.h"

extern char** environ;

namespace cvparse::bench {
namespace {

struct ProcessRun {
  double seconds = 0;
  double rss_mb = 0;
  bool ok = false;
};

ProcessRun RunOnce(const std::vector<std::string>& command) {
  std::vector<char*> argv;
  for (const std::string& arg : command) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  ProcessRun run;
  pid_t pid = 0;
  Stopwatch clock;
  int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return run;
  int status = 0;
  struct rusage usage {};
  if (wait4(pid, &status, 0, &usage) != pid) return run;
  run.seconds = clock.Seconds();
  run.rss_mb = usage.ru_maxrss / 1024.0;  // ru_maxrss is in KiB on Linux
  run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  return run;
}

}  // namespace

int RunProcessCommand(int argc, char** argv) {
  Flags flags = ParseFlags(argc, argv);
  std::string key = flags.Get("key");
  int runs = static_cast<int>(flags.Number("runs", 1));
  double count = flags.Number("count", 0);
  if (key.empty() || flags.rest.empty() || runs < 1) {
    std::cerr << "usage: cvparse_bench process --key NAME [--runs N] [--count FILES] -- COMMAND ARGS...\n";
    return 2;
  }
  std::vector<double> times;
  double rss = 0;
  for (int r = 0; r < runs; ++r) {
    ProcessRun run = RunOnce(flags.rest);
    if (!run.ok) {
      std::cerr << "cvparse_bench process: '" << flags.rest[0] << "' failed on run " << r + 1 << '\n';
      return 1;
    }
    times.push_back(run.seconds * 1000);
    rss = std::max(rss, run.rss_mb);
  }
  std::string command;
  for (const std::string& arg : flags.rest) command += (command.empty() ? "" : " ") + arg;
  double median = Median(&times);  // sorts: times[0] is the fastest
  char note[120];
  std::snprintf(note, sizeof note, "%d runs", runs);
  std::string detail = std::string(note) + ": " + command;
  EmitResult(key + "_ms_median", median, detail);
  EmitResult(key + "_ms_min", times[0], detail);
  EmitResult(key + "_rss_mb", rss, detail);
  if (count > 0) EmitResult(key + "_rps", count / (times[0] / 1000), detail);
  return 0;
}

}  // namespace cvparse::bench
