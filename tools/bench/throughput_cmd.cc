#include "throughput_cmd.h"

#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>
#include <utility>

#include "bench_util.h"
#include "cvparse/jd.h"
#include "floor.h"
#include "re2_set_floor.h"
#include "throughput.h"

namespace cvparse::bench {
namespace {

std::unique_ptr<Scorer> ScorerForJob(const Parser& parser, const std::string& jd_path, std::string* error) {
  std::string jd;
  if (!ReadFile(jd_path, &jd)) {
    *error = "cannot read " + jd_path;
    return nullptr;
  }
  auto deriver = ProfileDeriver::Create(parser, error);
  if (!deriver) return nullptr;
  JobProfile profile;
  Status status = deriver->Derive(jd, &profile);
  if (!status.ok()) {
    *error = jd_path + ": " + status.message();
    return nullptr;
  }
  return Scorer::Create(parser, profile, error);
}

}  // namespace

int RunThroughputCommand(const Parser& parser, int argc, char** argv) {
  Flags flags = ParseFlags(argc, argv);
  std::string corpus = flags.Get("corpus"), jd_path = flags.Get("jd");
  int repeat = static_cast<int>(flags.Number("repeat", 3));
  uint64_t bytes = 0;
  std::vector<std::string> files = ListFiles(corpus, &bytes);
  if (files.empty() || jd_path.empty()) {
    std::cerr << "cvparse_bench throughput: need --corpus DIR (with files) and --jd JOB.txt\n";
    return 2;
  }
  std::string error;
  std::unique_ptr<Scorer> scorer = ScorerForJob(parser, jd_path, &error);
  std::unique_ptr<PhraseMatcherFloor> phrase_floor = scorer ? PhraseMatcherFloor::Create(&error) : nullptr;
  std::unique_ptr<Re2SetFloor> re2_floor = phrase_floor ? Re2SetFloor::Create(&error) : nullptr;
  if (!re2_floor) {
    std::cerr << "cvparse_bench throughput: " << error << '\n';
    return 2;
  }
  bool re2_failed = false;

  struct Config {
    std::string key;
    std::function<StageRun()> run;
    StageRun best;        // the run with the shortest wall time
    double best_cpu = 0;  // the least CPU time of any run
    std::vector<double> step_shares;  // per run: step CPU / the rest of the CPU time
  };
  auto config = [](std::string key, std::function<StageRun()> run) {
    Config c;
    c.key = std::move(key);
    c.run = std::move(run);
    return c;
  };
  // The floors run right after the 1-thread parse, so that each repetition
  // measures the three under the same conditions of a shared machine (whose
  // speed was seen to drift by half over a minute): their ratios are taken
  // per repetition.
  enum { kParse1t, kFloorPhrase, kFloorRe2Set, kParseScore1t, kParseJson1t, kParse2t };
  std::vector<Config> configs = {
      config("parse_1t", [&] { return RunStage(parser, nullptr, files, Stage::kParse, 1); }),
      config("floor_phrase",
             [&] { return RunFloor(files, [&](std::string_view b) { return phrase_floor->Pass(b); }); }),
      config("floor_re2set",
             [&] { return RunFloor(files, [&](std::string_view b) { return re2_floor->Pass(b, &re2_failed); }); }),
      config("parse_score_1t", [&] { return RunStage(parser, scorer.get(), files, Stage::kParseScore, 1); }),
      config("parse_json_1t", [&] { return RunStage(parser, nullptr, files, Stage::kParseJson, 1); }),
      config("parse_2t", [&] { return RunStage(parser, nullptr, files, Stage::kParse, 2); }),
  };

  // Warm-up: the page cache, the allocator, and the lazily built RE2 DFAs of both sides.
  RunStage(parser, nullptr, files, Stage::kParse, 1);
  configs[kFloorPhrase].run();
  configs[kFloorRe2Set].run();
  std::vector<double> vs_phrase, vs_re2set;  // per repetition: parse CPU / floor CPU
  for (int r = 0; r < repeat; ++r) {
    std::vector<double> cpu;
    for (Config& c : configs) {
      StageRun run = c.run();
      if (r == 0 || run.seconds < c.best.seconds) c.best = run;
      if (r == 0 || run.cpu_seconds < c.best_cpu) c.best_cpu = run.cpu_seconds;
      c.step_shares.push_back(run.step_cpu_seconds / (run.cpu_seconds - run.step_cpu_seconds));
      cpu.push_back(run.cpu_seconds);
    }
    vs_phrase.push_back(cpu[kParse1t] / cpu[kFloorPhrase]);
    vs_re2set.push_back(cpu[kParse1t] / cpu[kFloorRe2Set]);
  }

  char note[200];
  for (const Config& c : configs) {
    std::snprintf(note, sizeof note, "%zu files, %.1f MB, %zu failed, best of %d: %.3f s wall, %.3f s CPU",
                  files.size(), bytes / 1e6, c.best.failed, repeat, c.best.seconds, c.best_cpu);
    EmitResult(c.key + "_rps", files.size() / c.best.seconds, note);
    EmitResult(c.key + "_mbps", bytes / 1e6 / c.best.seconds, note);
    EmitResult(c.key + "_cpu_rps", files.size() / c.best_cpu, note);  // per CPU-second, all threads
  }
  // Single-thread ratios on CPU time: the wall clock of a shared machine is too noisy for them.
  // The step shares are timed inside one run (throughput.cc): the median of the runs.
  EmitResult("scoring_overhead_pct", Median(&configs[kParseScore1t].step_shares) * 100,
             "Scorer::Score CPU time / read+parse CPU time of the same run, median of the runs; job " + jd_path);
  EmitResult("json_overhead_pct", Median(&configs[kParseJson1t].step_shares) * 100,
             "ToJsonResume CPU time / read+parse CPU time of the same run, median of the runs");
  EmitResult("parse_vs_floor_phrase", Median(&vs_phrase),
             "CPU time: cvparse read+parse / (read + PhraseMatcher pass of skills and headings), run one after "
             "the other, median of the repetitions");
  std::snprintf(note, sizeof note,
                "CPU time: cvparse read+parse / (read + RE2::Set of %zu forms), median of the repetitions%s",
                re2_floor->size(), re2_failed ? "; RE2 DFA ran out of memory on some files" : "");
  EmitResult("parse_vs_floor_re2set", Median(&vs_re2set), note);
  return 0;
}

}  // namespace cvparse::bench
