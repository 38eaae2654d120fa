#include "score_cmd.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include "args.h"
#include "batch_report.h"
#include "cvparse/score.h"
#include "cvparse/score_report.h"
#include "inputs.h"
#include "interrupt.h"
#include "io.h"
#include "line_reader.h"
#include "ordered_workers.h"
#include "profile_cmd.h"

namespace cvparse::tools {
namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

constexpr size_t kMaxStreamLineBytes = 64u << 20;

constexpr const char kUsage[] = R"(Usage: cvparse score (--jd JD.txt | --profile PROFILE.yaml) [OPTIONS] FILE|DIR|- ...
       ... | cvparse score (--jd JD.txt | --profile PROFILE.yaml)      (stream mode)

Scores résumés against a job and ranks them, best first. Every score is 0-100
from five categories (required skills, preferred skills, years of experience,
education, title); every point names the résumé line it came from (--explain,
or the JSON formats). A missing required skill caps the score and is flagged.
The formula is in scoring/README.md.

Examples:
  cvparse score --jd jd.txt cvs/                       ranked table
  cvparse score --jd jd.txt cvs/ --top 5 --explain     why the best five scored so
  cvparse score --profile p.yaml cvs/ --format csv --out ranking.csv
  cvparse profile jd.txt > p.yaml                      derive a profile to edit and reuse

Stream mode: with no FILE and standard input not a terminal, each input line
is a path or a JSON record ({"path": "cv.txt"} or {"id": "42", "text": "..."})
and each gives one JSONL line on stdout, in order, flushed at once, for use as
the mapper of Hadoop Streaming, Spark's pipe() or GNU parallel:
  find cvs -type f | parallel --pipe -N 200 cvparse score --jd jd.txt > scores.jsonl

Folders are read recursively; hidden files, *.json, *.jsonl, *.yaml and README
files are skipped, and so are the job description and the --out file. An input
that cannot be read or is not text (a PNG, an empty file) is reported on stderr
as "cvparse: PATH: reason" and the others are still scored.

Ctrl-C (SIGINT) or SIGTERM stops cleanly: the résumés in progress are
finished and counted on stderr, no ranking is written (--out keeps its old
contents), and stream mode stops reading after the lines it has answered.

Exit status: 0 all scored, 1 some input failed, 2 usage error or unusable
profile, 130 / 143 stopped early by SIGINT / SIGTERM.

Options)";

enum class Format { kTable, kCsv, kJsonl, kJson };

struct ScoreCli {
  std::string jd, profile_path, out;
  Format format = Format::kTable;
  size_t top = 0;
  unsigned jobs = 0;
  ScoreOptions score_options;
  size_t max_bytes = 16u << 20;
  bool explain = false;
  bool quiet = false;
  std::vector<std::string> inputs;
};

struct Scored {
  std::string source;
  bool ok = false;
  std::string error;
  ScoreResult result;
};

Scored ScoreBytes(const Parser& parser, const Scorer& scorer, const ScoreCli& cli, std::string_view bytes,
                  std::string source) {
  Scored scored;
  scored.source = std::move(source);
  Document doc;
  ParseOptions parse_options;
  parse_options.as_of_year = cli.score_options.as_of_year;
  parse_options.as_of_month = cli.score_options.as_of_month;
  parse_options.max_bytes = cli.max_bytes;
  Status status = parser.Parse(bytes, parse_options, &doc);
  if (!status.ok()) {
    scored.error = status.message();
    return scored;
  }
  scored.result = scorer.Score(doc, cli.score_options);
  scored.ok = true;
  return scored;
}

Scored ScorePath(const Parser& parser, const Scorer& scorer, const ScoreCli& cli, const std::string& path) {
  std::string bytes;
  Status status = ReadInput(path, cli.max_bytes, &bytes);
  if (!status.ok()) {
    Scored scored;
    scored.source = path;
    scored.error = status.message();
    return scored;
  }
  return ScoreBytes(parser, scorer, cli, bytes, path);
}

std::string JsonLine(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

// One stream line: a path, or a JSON record with "path"/"file"/"source" or "text" (+ "id").
// *ok is false when the line could not be scored.
std::string ScoreStreamLine(const Parser& parser, const Scorer& scorer, const ScoreCli& cli, std::string line,
                            bool* ok) {
  *ok = false;
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
  size_t start = line.find_first_not_of(" \t");
  line = start == std::string::npos ? "" : line.substr(start);
  Scored scored;
  if (!line.empty() && line[0] == '{') {
    nlohmann::json record;
    try {
      record = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception&) {
      return JsonLine(ScoreErrorJson("", "not a JSON record or a path"));
    }
    std::string id, path, text;
    bool has_text = false;
    auto get = [&](const char* key, std::string* value) {
      if (record.is_object() && record.contains(key) && record[key].is_string()) {
        *value = record[key].get<std::string>();
        return true;
      }
      if (record.is_object() && record.contains(key) && record[key].is_number()) {
        *value = record[key].dump();
        return true;
      }
      return false;
    };
    get("id", &id);
    if (!get("path", &path) && !get("file", &path)) get("source", &path);
    has_text = get("text", &text) || get("content", &text);
    if (has_text) {
      scored = ScoreBytes(parser, scorer, cli, text, id.empty() ? path : id);
    } else if (!path.empty()) {
      scored = ScorePath(parser, scorer, cli, path);
      if (!id.empty()) scored.source = id;
    } else {
      return JsonLine(ScoreErrorJson(id, "the record has no \"path\" or \"text\""));
    }
  } else {
    scored = ScorePath(parser, scorer, cli, line);
  }
  if (!scored.ok) {
    std::cerr << "cvparse: " << scored.source << ": " << scored.error << '\n';
    return JsonLine(ScoreErrorJson(scored.source, scored.error));
  }
  *ok = true;
  return JsonLine(ScoreToJson(scored.result, scored.source, 0));
}

// Stream mode: a reader thread, `jobs` workers and this thread writing in
// order. On SIGINT/SIGTERM the reader stops, the workers finish the line in
// hand and leave the queue, and the lines answered so far are written.
int RunStream(const Parser& parser, const Scorer& scorer, const ScoreCli& cli) {
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<std::pair<size_t, std::string>> queue;
  std::map<size_t, std::string> done;
  size_t read = 0;
  bool eof = false;
  bool reader_cut = false;  // the reader stopped on a signal, not at the end of input
  std::atomic<size_t> failed{0};
  const size_t max_in_flight = std::max<size_t>(4, cli.jobs * 4);
  size_t written = 0;
  unsigned running = std::max(1u, cli.jobs);

  std::thread reader([&] {
    LineReader lines(STDIN_FILENO, kMaxStreamLineBytes);
    std::string line;
    bool cut = false;
    while (lines.Next(&line)) {
      size_t start = line.find_first_not_of(" \t\r");
      if (start == std::string::npos) continue;
      std::unique_lock<std::mutex> lock(mutex);
      // Polls so that a Ctrl-C is noticed while the writer is far behind.
      while (!changed.wait_for(lock, std::chrono::milliseconds(100),
                               [&] { return read - written < max_in_flight || Interrupted(); })) {
      }
      if (Interrupted()) {
        cut = true;
        break;
      }
      queue.push_back({read++, std::move(line)});
      changed.notify_all();
    }
    std::lock_guard<std::mutex> lock(mutex);
    reader_cut = cut || lines.interrupted();
    eof = true;
    changed.notify_all();
  });
  std::vector<std::thread> workers;
  for (unsigned w = 0; w < running; ++w) {
    workers.emplace_back([&] {
      while (true) {
        std::pair<size_t, std::string> task;
        {
          std::unique_lock<std::mutex> lock(mutex);
          changed.wait(lock, [&] { return !queue.empty() || eof; });
          if (queue.empty() || Interrupted()) break;
          task = std::move(queue.front());
          queue.pop_front();
        }
        bool ok = false;
        std::string out = ScoreStreamLine(parser, scorer, cli, std::move(task.second), &ok);
        if (!ok) ++failed;
        std::lock_guard<std::mutex> lock(mutex);
        done[task.first] = std::move(out);
        changed.notify_all();
      }
      std::lock_guard<std::mutex> lock(mutex);
      --running;
      changed.notify_all();
    });
  }
  while (true) {
    std::string out;
    {
      std::unique_lock<std::mutex> lock(mutex);
      // Workers only stop at the end of input or when interrupted; then a
      // line not done was never started.
      changed.wait(lock, [&] { return done.count(written) > 0 || running == 0; });
      if (done.count(written) == 0) break;
      out = std::move(done[written]);
      done.erase(written);
      ++written;
      changed.notify_all();
    }
    std::cout << out;
    std::cout.flush();
  }
  reader.join();
  for (std::thread& t : workers) t.join();
  if (reader_cut || written < read) {
    std::cerr << "cvparse: interrupted by " << InterruptSignalName() << "; " << written
              << (written == 1 ? " line" : " lines") << " answered, " << failed
              << " failed; the rest of standard input was not scored\n";
    return InterruptExitCode();
  }
  return failed > 0 ? kExitSomeFailed : kExitOk;
}

void DrawProgress(size_t done, size_t total) {
  constexpr int kWidth = 30;
  int filled = total > 0 ? static_cast<int>(kWidth * done / total) : kWidth;
  std::string bar(static_cast<size_t>(filled), '=');
  if (filled < kWidth) bar += '>' + std::string(static_cast<size_t>(kWidth - filled - 1), ' ');
  std::cerr << "\rscoring [" << bar << "] " << done << "/" << total << std::flush;
}

bool SameFile(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty() || a == "-" || b == "-") return false;
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

int RunBatch(const Parser& parser, const Scorer& scorer, const ScoreCli& cli) {
  std::vector<InputProblem> problems;
  std::vector<Input> expanded = ExpandInputs(cli.inputs, &problems);
  std::vector<Input> inputs;
  for (Input& input : expanded) {
    // The job description or profile itself, and the output file, are not résumés.
    if (SameFile(input.path, cli.jd) || SameFile(input.path, cli.profile_path) || SameFile(input.path, cli.out)) continue;
    inputs.push_back(std::move(input));
  }

  std::vector<Scored> scored(inputs.size());
  bool show_progress = !cli.quiet && ::isatty(STDERR_FILENO) && inputs.size() > 1;
  auto drawn = std::chrono::steady_clock::now();
  auto score = [&](size_t i) { scored[i] = ScorePath(parser, scorer, cli, inputs[i].path); };
  auto progress = [&](size_t i) {
    auto now = std::chrono::steady_clock::now();
    if (!show_progress || (now - drawn < std::chrono::milliseconds(100) && i + 1 < inputs.size())) return;
    DrawProgress(i + 1, inputs.size());
    drawn = now;
  };
  size_t finished = RunInOrder(inputs.size(), cli.jobs, score, progress);
  if (show_progress) std::cerr << "\r\033[K" << std::flush;
  scored.resize(finished);  // after a Ctrl-C: the résumés that were scored

  size_t failed = problems.size();
  for (const InputProblem& p : problems) std::cerr << "cvparse: " << p.path << ": " << p.reason << '\n';
  std::vector<const Scored*> ranked;
  nlohmann::ordered_json errors = nlohmann::ordered_json::array();
  for (const InputProblem& p : problems) errors.push_back(ScoreErrorJson(p.path, p.reason));
  for (const Scored& s : scored) {
    if (s.ok) {
      ranked.push_back(&s);
    } else {
      ++failed;
      std::cerr << "cvparse: " << s.source << ": " << s.error << '\n';
      errors.push_back(ScoreErrorJson(s.source, s.error));
    }
  }
  BatchCounts counts{inputs.size(), ranked.size(), 0, failed};
  if (finished < inputs.size()) {
    // A ranking of the first few would pass for the whole; write none.
    std::cerr << "cvparse: " << InterruptNotice(counts, "scored", InterruptSignalName(), "no ranking written") << '\n';
    return InterruptExitCode();
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const Scored* a, const Scored* b) {
    if (a->result.total != b->result.total) return a->result.total > b->result.total;
    if (a->result.raw != b->result.raw) return a->result.raw > b->result.raw;
    return a->source < b->source;
  });
  if (cli.top > 0 && ranked.size() > cli.top) ranked.resize(cli.top);

  std::ostringstream out;
  switch (cli.format) {
    case Format::kTable:
      if (cli.explain) {
        for (size_t i = 0; i < ranked.size(); ++i) {
          if (i > 0) out << '\n';
          out << ExplainScore(ranked[i]->result, ranked[i]->source, static_cast<int>(i + 1));
        }
      } else {
        out << TableHeader();
        for (size_t i = 0; i < ranked.size(); ++i) {
          out << TableRow(ranked[i]->result, ranked[i]->source, static_cast<int>(i + 1));
        }
      }
      break;
    case Format::kCsv:
      out << CsvHeader();
      for (size_t i = 0; i < ranked.size(); ++i) {
        out << CsvRow(ranked[i]->result, ranked[i]->source, static_cast<int>(i + 1));
      }
      break;
    case Format::kJsonl:
      for (size_t i = 0; i < ranked.size(); ++i) {
        out << JsonLine(ScoreToJson(ranked[i]->result, ranked[i]->source, static_cast<int>(i + 1)));
      }
      for (const auto& e : errors) out << JsonLine(e);
      break;
    case Format::kJson: {
      nlohmann::ordered_json doc;
      doc["profile"] = ProfileToJson(scorer.profile());
      char as_of[16];
      std::snprintf(as_of, sizeof as_of, "%04d-%02d", cli.score_options.as_of_year, cli.score_options.as_of_month);
      doc["asOf"] = as_of;
      nlohmann::ordered_json results = nlohmann::ordered_json::array();
      for (size_t i = 0; i < ranked.size(); ++i) {
        results.push_back(ScoreToJson(ranked[i]->result, ranked[i]->source, static_cast<int>(i + 1)));
      }
      doc["results"] = std::move(results);
      doc["errors"] = errors;
      out << doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
      break;
    }
  }
  if (cli.out.empty()) {
    std::cout << out.str();
    std::cout.flush();
  } else {
    Status written = WriteFileAtomically(cli.out, out.str());
    if (!written.ok()) {
      std::cerr << "cvparse: " << cli.out << ": " << written.message() << '\n';
      return kExitSomeFailed;
    }
  }
  if (!cli.quiet) {
    std::cerr << "cvparse: " << BatchSummary(counts, "scored", cli.out.empty() ? "" : "ranking in " + cli.out) << '\n';
  }
  return failed > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace

int RunScore(const Parser& parser, int argc, char** argv) {
  ScoreCli cli;
  std::string format, as_of;
  po::options_description visible(kUsage);
  visible.add_options()
      ("help,h", "show this help and exit")
      ("jd", po::value<std::string>(&cli.jd)->value_name("FILE"), "the job description (plain text) to score against")
      ("profile", po::value<std::string>(&cli.profile_path)->value_name("FILE"),
       "a YAML job profile (see `cvparse profile`) instead of --jd")
      ("format,f", po::value<std::string>(&format)->value_name("FMT"),
       "table (default), csv, jsonl (one result per line) or json (one document)")
      ("explain", "table format: explain each score, item by item, with the lines found")
      ("top", po::value<size_t>(&cli.top)->value_name("N"), "only the N best")
      ("out,o", po::value<std::string>(&cli.out)->value_name("FILE"),
       "write the ranking to FILE (atomically: never half-written) instead of stdout")
      ("jobs,j", po::value<unsigned>(&cli.jobs)->value_name("N"), "score N files at once (default: all cores)")
      ("as-of", po::value<std::string>(&as_of)->value_name("YYYY-MM"),
       "the month that \"Present\" and recency are measured from (default: the current month)")
      ("max-bytes", po::value<size_t>(&cli.max_bytes)->value_name("N"),
       "refuse résumés larger than N bytes (default: 16777216)")
      ("quiet,q", "no progress bar and no summary on stderr");
  po::options_description hidden;
  hidden.add_options()("input", po::value<std::vector<std::string>>(&cli.inputs));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  auto usage_error = [](const std::string& message) {
    std::cerr << "cvparse score: " << message << "\nTry 'cvparse score --help'.\n";
    return kExitUsage;
  };
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return usage_error(e.what());
  }
  if (vm.count("help")) {
    std::cout << visible << '\n';
    return kExitOk;
  }
  cli.explain = vm.count("explain") > 0;
  cli.quiet = vm.count("quiet") > 0;
  if (cli.jd.empty() == cli.profile_path.empty()) return usage_error("give either --jd FILE or --profile FILE");
  if (format.empty() || format == "table") {
    cli.format = Format::kTable;
  } else if (format == "csv") {
    cli.format = Format::kCsv;
  } else if (format == "jsonl") {
    cli.format = Format::kJsonl;
  } else if (format == "json") {
    cli.format = Format::kJson;
  } else {
    return usage_error("--format wants table, csv, jsonl or json, got '" + format + "'");
  }
  if (cli.explain && cli.format != Format::kTable) {
    return usage_error("--explain is for the table format; the JSON formats always carry the explanation");
  }
  if (vm.count("top") && cli.top == 0) return usage_error("--top wants a number above 0");
  if (!as_of.empty() && !ParseYearMonth(as_of, &cli.score_options.as_of_year, &cli.score_options.as_of_month)) {
    return usage_error("--as-of wants YYYY-MM (e.g. 2025-06), got '" + as_of + "'");
  }
  if (as_of.empty()) CurrentYearMonth(&cli.score_options.as_of_year, &cli.score_options.as_of_month);
  if (cli.max_bytes == 0 || cli.max_bytes > (size_t{1} << 30)) {
    return usage_error("--max-bytes must be between 1 and 1073741824");
  }
  if (cli.jobs == 0) cli.jobs = std::max(1u, std::thread::hardware_concurrency());
  cli.jobs = std::min(cli.jobs, 256u);
  bool stream = cli.inputs.empty();
  if (stream) {
    if (::isatty(STDIN_FILENO)) {
      return usage_error("no résumés: give FILE or DIR, or pipe a list of paths into standard input");
    }
    if ((vm.count("format") && cli.format != Format::kJsonl) || cli.explain || cli.top > 0 || !cli.out.empty()) {
      return usage_error("reading paths from standard input streams JSONL to stdout; --format, --explain, "
                         "--top and --out need FILE or DIR arguments");
    }
  }
  if ((cli.jd == "-" || cli.profile_path == "-") &&
      (stream || std::find(cli.inputs.begin(), cli.inputs.end(), "-") != cli.inputs.end())) {
    return usage_error("standard input cannot hold both the job and the résumés");
  }

  JobProfile profile;
  std::string profile_source = cli.jd.empty() ? cli.profile_path : cli.jd;
  Status status = LoadProfileFrom(parser, profile_source, !cli.profile_path.empty(), &profile);
  if (!status.ok()) {
    std::cerr << "cvparse: " << status.message() << '\n';
    return kExitUsage;
  }
  std::string error;
  std::unique_ptr<Scorer> scorer = Scorer::Create(parser, profile, &error);
  if (!scorer) {
    std::cerr << "cvparse: cannot load the scoring data: " << error << '\n';
    return kExitUsage;
  }
  InterruptScope interrupt_scope;
  return stream ? RunStream(parser, *scorer, cli) : RunBatch(parser, *scorer, cli);
}

}  // namespace cvparse::tools
