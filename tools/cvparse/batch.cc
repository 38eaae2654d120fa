#include "batch.h"

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "cvparse/json_resume.h"
#include "inputs.h"
#include "io.h"
#include "summary.h"

namespace cvparse::tools {
namespace fs = std::filesystem;

namespace {

struct Outcome {
  bool ok = false;
  std::string text;   // what to print on stdout (JSON, a JSONL line or a summary)
  std::string error;  // "reason" when !ok
};

// OUT/dir/a.txt → OUT/dir/a.json; a second "a" with another extension keeps it: a.md.json.
fs::path OutputPath(const fs::path& out_dir, const Input& input, std::set<fs::path>* taken) {
  fs::path target = out_dir / input.relative;
  target.replace_extension(".json");
  if (!taken->insert(target).second) {
    target = out_dir / input.relative;
    target += ".json";
    taken->insert(target);
  }
  return target;
}

Outcome ParseOne(const Parser& parser, const CliOptions& options, const Input& input,
                 const fs::path& out_path) {
  Outcome outcome;
  std::string bytes;
  Status status = ReadInput(input.path, options.max_bytes, &bytes);
  Document doc;
  ParseOptions parse_options;
  parse_options.as_of_year = options.as_of_year;
  parse_options.as_of_month = options.as_of_month;
  parse_options.max_bytes = options.max_bytes;
  if (status.ok()) status = parser.Parse(bytes, parse_options, &doc);
  if (!status.ok()) {
    outcome.error = status.message();
    if (options.mode == OutputMode::kJsonl) {
      // Streams keep one line per input, failures included.
      outcome.text = nlohmann::json({{"x-cvparse", {{"source", input.path}, {"error", outcome.error}}}}).dump(
                         -1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    }
    return outcome;
  }
  JsonOptions json_options{options.as_of_year, options.as_of_month,
                           options.mode != OutputMode::kJsonl, ""};
  switch (options.mode) {
    case OutputMode::kSummary:
      outcome.text = Summarize(doc, input.path);
      break;
    case OutputMode::kJson:
      outcome.text = ToJsonResume(doc, json_options) + "\n";
      break;
    case OutputMode::kJsonl: {
      // One line per input; the source path is added for downstream joins.
      json_options.source = input.path;
      outcome.text = ToJsonResume(doc, json_options) + "\n";
      break;
    }
    case OutputMode::kOutDir: {
      Status written = WriteFileAtomically(out_path, ToJsonResume(doc, json_options) + "\n");
      if (!written.ok()) {
        outcome.error = written.message();
        return outcome;
      }
      break;
    }
  }
  outcome.ok = true;
  return outcome;
}

}  // namespace

int RunParse(const Parser& parser, const CliOptions& options) {
  std::vector<InputProblem> problems;
  std::vector<Input> inputs = ExpandInputs(options.inputs, &problems);
  for (const InputProblem& p : problems) std::cerr << "cvparse: " << p.path << ": " << p.reason << '\n';

  if (options.mode == OutputMode::kJson && inputs.size() != 1) {
    std::cerr << "cvparse: --json prints one document but " << inputs.size()
              << " inputs were given; use --jsonl or --out-dir DIR for several\n";
    return kExitUsage;
  }

  std::vector<fs::path> out_paths(inputs.size());
  if (options.mode == OutputMode::kOutDir) {
    std::set<fs::path> taken;
    for (size_t i = 0; i < inputs.size(); ++i) out_paths[i] = OutputPath(options.out_dir, inputs[i], &taken);
  }

  // Workers take inputs in order; the main thread prints outcomes in input
  // order as soon as each one and all before it are done.
  std::vector<Outcome> outcomes(inputs.size());
  std::vector<char> done(inputs.size(), 0);
  std::mutex mutex;
  std::condition_variable ready;
  std::atomic<size_t> next{0};
  auto work = [&] {
    while (true) {
      size_t i = next.fetch_add(1);
      if (i >= inputs.size()) return;
      Outcome outcome = ParseOne(parser, options, inputs[i], out_paths[i]);
      std::lock_guard<std::mutex> lock(mutex);
      outcomes[i] = std::move(outcome);
      done[i] = 1;
      ready.notify_one();
    }
  };
  unsigned workers = std::min<size_t>(options.jobs, std::max<size_t>(inputs.size(), 1));
  std::vector<std::thread> threads;
  for (unsigned w = 0; w < workers; ++w) threads.emplace_back(work);

  size_t failed = problems.size(), parsed = 0;
  for (size_t i = 0; i < inputs.size(); ++i) {
    Outcome outcome;
    {
      std::unique_lock<std::mutex> lock(mutex);
      ready.wait(lock, [&] { return done[i] != 0; });
      outcome = std::move(outcomes[i]);
    }
    if (outcome.ok) {
      ++parsed;
      std::cout << outcome.text;
    } else {
      ++failed;
      std::cout << outcome.text;
      std::cerr << "cvparse: " << inputs[i].path << ": " << outcome.error << '\n';
    }
  }
  for (std::thread& t : threads) t.join();
  std::cout.flush();
  if (options.mode == OutputMode::kOutDir && !options.quiet) {
    std::cerr << "cvparse: " << parsed << " parsed, " << failed << " failed; results in "
              << options.out_dir << '\n';
  }
  return failed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace cvparse::tools
