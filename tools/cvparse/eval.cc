#include "eval.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>
#include <vector>

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include "args.h"
#include "eval_gold.h"
#include "eval_predict.h"
#include "eval_predict_json.h"
#include "cvparse/json_resume.h"
#include "eval_report.h"
#include "eval_score.h"
#include "io.h"

namespace cvparse::tools {
namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

struct EvalOptions {
  std::string dir;
  bool json = false;
  size_t worst = 3;
  std::string field;
  std::string baseline;
  std::string record;
  double tolerance = 0.02;
  unsigned jobs = 0;
  std::string as_of = "2026-11";
  bool via_json = false;  // read the JSON Resume output, as an outside scorer does
};

// Parses one input and scores it; a parse failure scores as no predictions.
eval::DocResult EvaluateOne(const Parser& parser, const ParseOptions& parse_options, bool via_json,
                            const eval::GoldCase& gold_case, const eval::GoldDoc& gold) {
  std::string bytes;
  Document doc;
  Status status = ReadInput(gold_case.text.string(), parse_options.max_bytes, &bytes);
  if (status.ok()) status = parser.Parse(bytes, parse_options, &doc);
  eval::FieldValues predicted;
  if (status.ok() && via_json) {
    JsonOptions json_options{parse_options.as_of_year, parse_options.as_of_month, false, ""};
    predicted = eval::PredictedFieldsFromJson(nlohmann::json::parse(ToJsonResume(doc, json_options)));
  } else if (status.ok()) {
    predicted = eval::PredictedFields(doc);
  }
  eval::DocResult result = eval::ScoreDocument(gold, predicted);
  if (!status.ok()) result.error = status.message();
  return result;
}

// The set's name for the report: the folder's name ("dotin-dev").
std::string SetName(const std::string& dir) {
  fs::path path = fs::path(dir).lexically_normal();
  if (path.filename().empty()) path = path.parent_path();
  return path.filename().string();
}

}  // namespace

int RunEval(const Parser& parser, int argc, char** argv) {
  EvalOptions opts;
  po::options_description options(
      "Usage: cvparse eval [options] DIR\n\n"
      "Parses every DIR/NAME.txt that has a DIR/NAME.gold.json and reports precision, recall\n"
      "and F1 per field (fuzzy and exact matching, as the set's README defines them).\n"
      "Exit status: 0 ok, 1 regression against --baseline, 2 usage or input error.\n\nOptions");
  options.add_options()("help,h", "show this help")
      ("json", po::bool_switch(&opts.json), "print the metrics as JSON instead of the table")
      ("worst", po::value<size_t>(&opts.worst)->value_name("N"),
       "show the N documents with the most errors per field (default 3, 0 for none)")
      ("field", po::value<std::string>(&opts.field)->value_name("F"),
       "report only field F (e.g. titles)")
      ("baseline", po::value<std::string>(&opts.baseline)->value_name("FILE"),
       "compare with recorded metrics; exit 1 when a field's F1 drops by more than the tolerance")
      ("tolerance", po::value<double>(&opts.tolerance)->value_name("X"),
       "allowed F1 drop against --baseline (default 0.02)")
      ("record", po::value<std::string>(&opts.record)->value_name("FILE"),
       "write the current metrics to FILE (the --baseline format)")
      ("jobs,j", po::value<unsigned>(&opts.jobs)->value_name("N"), "parser threads (default: all cores)")
      ("as-of", po::value<std::string>(&opts.as_of)->value_name("YYYY-MM"),
       "the month \"Present\" resolves to (default 2026-11, fixed so figures are stable)")
      ("via-json", po::bool_switch(&opts.via_json),
       "read the predictions from the JSON Resume output, as the set's README says an outside\n"
       "scorer does (work[], skills[].name and keywords, years_of_experience ...), instead of\n"
       "from the parsed document");
  po::options_description hidden;
  hidden.add_options()("dir", po::value<std::string>(&opts.dir));
  po::options_description all;
  all.add(options).add(hidden);
  po::positional_options_description positional;
  positional.add("dir", 1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "cvparse eval: " << e.what() << '\n';
    return kExitUsage;
  }
  if (vm.count("help")) {
    std::cout << options << '\n';
    return kExitOk;
  }
  int year = 0, month = 0;
  if (!ParseYearMonth(opts.as_of, &year, &month)) {
    std::cerr << "cvparse eval: --as-of wants YYYY-MM\n";
    return kExitUsage;
  }
  if (!opts.field.empty()) {
    bool known = false;
    for (const eval::FieldSpec& spec : eval::kFields) known = known || spec.name == opts.field;
    if (!known) {
      std::cerr << "cvparse eval: unknown field '" << opts.field << "'; one of:";
      for (const eval::FieldSpec& spec : eval::kFields) std::cerr << ' ' << spec.name;
      std::cerr << '\n';
      return kExitUsage;
    }
    if (!opts.record.empty()) {
      std::cerr << "cvparse eval: --record writes every field; drop --field\n";
      return kExitUsage;
    }
  }
  if (opts.tolerance < 0) {
    std::cerr << "cvparse eval: --tolerance must not be negative\n";
    return kExitUsage;
  }
  if (opts.dir.empty() || !fs::is_directory(opts.dir)) {
    std::cerr << "cvparse eval: give a folder of NAME.txt + NAME.gold.json files, e.g. "
                 "'cvparse eval ../shared/eval/dotin-dev'\n";
    return kExitUsage;
  }
  std::vector<eval::GoldCase> cases = eval::FindGoldCases(opts.dir);
  if (cases.empty()) {
    std::cerr << "cvparse eval: no NAME.txt with a NAME.gold.json in " << opts.dir << '\n';
    return kExitUsage;
  }

  // Read the baseline before the work, so a bad path fails fast.
  nlohmann::json baseline;
  if (!opts.baseline.empty()) {
    std::ifstream in(opts.baseline);
    if (!in) {
      std::cerr << "cvparse eval: cannot read baseline " << opts.baseline << '\n';
      return kExitUsage;
    }
    try {
      baseline = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
      std::cerr << "cvparse eval: " << opts.baseline << ": " << e.what() << '\n';
      return kExitUsage;
    }
  }

  std::vector<eval::GoldDoc> golds(cases.size());
  for (size_t i = 0; i < cases.size(); ++i) {
    std::string error;
    if (!eval::ReadGoldFile(cases[i], &golds[i], &error)) {
      std::cerr << "cvparse eval: " << error << '\n';
      return kExitUsage;
    }
  }

  ParseOptions parse_options;
  parse_options.as_of_year = year;
  parse_options.as_of_month = month;
  std::vector<eval::DocResult> results(cases.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < cases.size(); i = next++) {
      results[i] = EvaluateOne(parser, parse_options, opts.via_json, cases[i], golds[i]);
    }
  };
  unsigned jobs = opts.jobs != 0 ? opts.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<size_t>(jobs, cases.size()));
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (std::thread& thread : threads) thread.join();

  eval::Report report = eval::Aggregate(std::move(results));
  std::string set_name = SetName(opts.dir);
  nlohmann::ordered_json metrics = eval::ToJson(report, set_name);

  if (opts.json) {
    std::cout << metrics.dump(2) << '\n';
  } else {
    std::cout << set_name << ": " << report.documents << " documents, " << report.failed
              << " not parsed\n"
              << eval::FormatTable(report, opts.field) << eval::FormatWorst(report, opts.worst, opts.field);
  }
  for (const eval::DocResult& doc : report.docs) {
    if (!doc.error.empty()) std::cerr << "cvparse eval: " << doc.id << ": not parsed: " << doc.error << '\n';
  }

  int exit_code = kExitOk;
  if (!opts.baseline.empty()) {
    eval::BaselineCheck check = eval::CompareWithBaseline(report, baseline, opts.tolerance, opts.field);
    if (!check.error.empty()) {
      std::cerr << "cvparse eval: " << opts.baseline << ": " << check.error << '\n';
      return kExitUsage;
    }
    std::ostream& out = opts.json ? std::cerr : std::cout;
    out << (opts.json ? "" : "\n") << "baseline " << opts.baseline << ": ";
    if (check.regressions.empty()) {
      out << "no field dropped more than " << opts.tolerance << " F1\n";
    } else {
      out << check.regressions.size() << " regression(s) beyond " << opts.tolerance << " F1\n";
    }
    for (const std::string& line : check.regressions) out << "  REGRESSED " << line << '\n';
    for (const std::string& line : check.notes) out << "  note: " << line << '\n';
    if (!check.regressions.empty()) exit_code = kExitSomeFailed;
  }
  if (!opts.record.empty()) {
    Status written = WriteFileAtomically(opts.record, metrics.dump(2) + "\n");
    if (!written.ok()) {
      std::cerr << "cvparse eval: cannot write " << opts.record << ": " << written.message() << '\n';
      return kExitUsage;
    }
    std::cerr << "cvparse eval: recorded " << opts.record << '\n';
  }
  return exit_code;
}

}  // namespace cvparse::tools
