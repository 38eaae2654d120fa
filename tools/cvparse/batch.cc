#include "batch.h"

#include <filesystem>
#include <iostream>

#include <nlohmann/json.hpp>

#include "batch_report.h"
#include "cvparse/json_resume.h"
#include "inputs.h"
#include "interrupt.h"
#include "io.h"
#include "ordered_workers.h"
#include "result_paths.h"
#include "summary.h"

namespace cvparse::tools {
namespace fs = std::filesystem;

namespace {

struct Outcome {
  bool ok = false;
  bool skipped = false;  // --resume: the result exists already
  std::string text;      // what to print on stdout (JSON, a JSONL line or a summary)
  std::string error;     // "reason" when !ok
};

Outcome SkippedOutcome() {
  Outcome outcome;
  outcome.skipped = true;
  return outcome;
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
  InterruptScope interrupt_scope;
  std::vector<InputProblem> problems;
  std::vector<Input> inputs = ExpandInputs(options.inputs, &problems);
  for (const InputProblem& p : problems) std::cerr << "cvparse: " << p.path << ": " << p.reason << '\n';

  if (options.mode == OutputMode::kJson && inputs.size() != 1) {
    std::cerr << "cvparse: --json prints one document but " << inputs.size()
              << " inputs were given; use --jsonl or --out-dir DIR for several\n";
    return kExitUsage;
  }

  BatchCounts counts;
  counts.inputs = inputs.size();
  counts.failed = problems.size();
  std::vector<fs::path> out_paths;  // one per input with --out-dir, else none
  std::vector<char> skipped;        // --resume: the result of input i exists already
  if (options.mode == OutputMode::kOutDir) {
    out_paths = ResultPaths(options.out_dir, inputs);
    skipped.assign(inputs.size(), 0);
    for (size_t i = 0; options.resume && i < inputs.size(); ++i) {
      skipped[i] = HasResult(out_paths[i]);
      counts.skipped += skipped[i];
    }
    if (options.resume && !options.quiet) std::cerr << "cvparse: " << ResumeNotice(counts, options.out_dir) << '\n';
  }

  // Results wait in a ring until their turn to be printed: RunInOrder never
  // has more than OrderedWindow() of them pending, so the memory of a batch
  // does not grow with the number of inputs (only their list does).
  std::vector<Outcome> pending(OrderedWindow(options.jobs));
  auto slot = [&](size_t i) -> Outcome& { return pending[i % pending.size()]; };
  auto parse = [&](size_t i) {
    slot(i) = !skipped.empty() && skipped[i]
                  ? SkippedOutcome()
                  : ParseOne(parser, options, inputs[i], out_paths.empty() ? fs::path() : out_paths[i]);
  };
  auto report = [&](size_t i) {
    Outcome outcome = std::move(slot(i));  // the slot is overwritten by index i + window
    if (outcome.skipped) return;
    std::cout << outcome.text;
    if (outcome.ok) {
      ++counts.done;
    } else {
      ++counts.failed;
      std::cerr << "cvparse: " << inputs[i].path << ": " << outcome.error << '\n';
    }
  };
  size_t finished = RunInOrder(inputs.size(), options.jobs, parse, report);
  std::cout.flush();

  bool out_dir = options.mode == OutputMode::kOutDir;
  const char* verb = out_dir ? "written" : "printed";
  if (finished < inputs.size()) {
    std::cerr << "cvparse: "
              << InterruptNotice(counts, verb, InterruptSignalName(), out_dir ? "rerun with --resume to finish" : "")
              << '\n';
    return InterruptExitCode();
  }
  bool batch = out_dir || (options.mode == OutputMode::kJsonl && inputs.size() > 1);
  if (batch && !options.quiet) {
    std::cerr << "cvparse: " << BatchSummary(counts, verb, out_dir ? "results in " + options.out_dir : "") << '\n';
  }
  return counts.failed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace cvparse::tools
