#include "throughput.h"

#include <atomic>
#include <mutex>
#include <thread>

#include "bench_util.h"
#include "cvparse/json_resume.h"

namespace cvparse::bench {
namespace {

// A fixed month: results do not depend on the day the benchmark runs.
constexpr int kAsOfYear = 2026, kAsOfMonth = 11;

// The step after parsing is timed on its own (thread CPU time, about 0.3 µs a
// reading): its share comes from the same run as the parse it is compared to,
// so a burst of load from other processes cannot inflate it.
uint64_t ProcessOne(const Parser& parser, const Scorer* scorer, const std::string& path, Stage stage,
                    std::string* bytes, Document* doc, bool* ok, double* step_cpu) {
  ParseOptions options;
  options.as_of_year = kAsOfYear;
  options.as_of_month = kAsOfMonth;
  *ok = ReadFile(path, bytes) && parser.Parse(*bytes, options, doc).ok();
  if (!*ok || stage == Stage::kParse) return *ok ? doc->sections.size() : 0;
  double start = ThreadCpuSeconds();
  uint64_t sum = stage == Stage::kParseJson
                     ? ToJsonResume(*doc, JsonOptions{kAsOfYear, kAsOfMonth, /*pretty=*/false, path}).size()
                     : static_cast<uint64_t>(scorer->Score(*doc, ScoreOptions{kAsOfYear, kAsOfMonth}).total * 10);
  *step_cpu += ThreadCpuSeconds() - start;
  return sum;
}

}  // namespace

StageRun RunStage(const Parser& parser, const Scorer* scorer, const std::vector<std::string>& files, Stage stage,
                  unsigned threads) {
  std::atomic<size_t> next{0}, failed{0};
  std::atomic<uint64_t> checksum{0};
  std::mutex mutex;
  double step_cpu = 0;
  auto work = [&] {
    std::string bytes;
    Document doc;
    uint64_t sum = 0;
    size_t bad = 0;
    double step = 0;
    for (size_t i = next.fetch_add(1); i < files.size(); i = next.fetch_add(1)) {
      bool ok = false;
      sum += ProcessOne(parser, scorer, files[i], stage, &bytes, &doc, &ok, &step);
      if (!ok) ++bad;
    }
    checksum += sum;
    failed += bad;
    std::lock_guard<std::mutex> lock(mutex);
    step_cpu += step;
  };
  Stopwatch clock;
  double cpu_start = threads == 1 ? ThreadCpuSeconds() : ProcessCpuSeconds();
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) workers.emplace_back(work);
  work();  // the calling thread is worker 0: one thread means no thread start-up
  for (std::thread& w : workers) w.join();
  StageRun run;
  run.seconds = clock.Seconds();
  run.cpu_seconds = (threads == 1 ? ThreadCpuSeconds() : ProcessCpuSeconds()) - cpu_start;
  run.failed = failed;
  run.parsed = files.size() - run.failed;
  run.checksum = checksum;
  run.step_cpu_seconds = step_cpu;
  return run;
}

}  // namespace cvparse::bench
