#include "report_cmd.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

namespace cvparse::bench {
namespace {

struct Figure {
  double value = NAN;
  double load = NAN;
  std::string note;
};

using Results = std::map<std::string, Figure>;

Results ReadResults(const std::string& path) {
  Results results;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string key, value, load, note;
    if (!std::getline(fields, key, '\t') || !std::getline(fields, value, '\t')) continue;
    std::getline(fields, load, '\t');
    std::getline(fields, note);
    try {
      results[key] = {std::stod(value), load.empty() ? NAN : std::stod(load), note};
    } catch (const std::exception&) {
      // not a result line (a warning that reached the file): skip it
    }
  }
  return results;
}

std::string Format(double value, const char* format) {
  if (std::isnan(value)) return "not measured";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

// One row: `value` against `limit`, `at_least` or at most.
void Row(const std::string& measure, double value, const char* format, const std::string& target, double limit,
         bool at_least, const std::string& load) {
  std::string met;  // no target: left blank
  if (!std::isnan(value) && !std::isnan(limit)) met = (at_least ? value >= limit : value <= limit) ? "yes" : "**no**";
  if (std::isnan(value) && !std::isnan(limit)) met = "-";
  std::printf("| %s | %s | %s | %s | %s |\n", measure.c_str(), Format(value, format).c_str(), target.c_str(),
              met.c_str(), load.c_str());
}

}  // namespace

int RunReportCommand(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: cvparse_bench report RESULTS.tsv\n";
    return 2;
  }
  Results r = ReadResults(argv[1]);
  auto value = [&](const std::string& key) { return r.count(key) ? r[key].value : NAN; };
  auto load = [&](const std::string& key) { return r.count(key) ? Format(r[key].load, "%.2f") : "-"; };
  double corpus_files = value("corpus_files"), batch_files = value("batch_files");
  std::string batch = Format(batch_files, "%.0f"), tenth = Format(corpus_files, "%.0f");
  // Both sides write JSON: the package returns JSON text, so cvparse's figure includes ToJsonResume.
  double peer_ratio = value("parse_json_1t_rps") / value("peer_rps");

  std::printf("corpus: %s résumés, %s MB; load averages are the 1-minute figure when each was measured\n\n",
              Format(corpus_files, "%.0f").c_str(), Format(value("corpus_mb"), "%.1f").c_str());
  std::printf("| measure | measured | target | met | load |\n|---|---|---|---|---|\n");
  Row("parse, 1 thread (read + parse)", value("parse_1t_rps"), "%.0f résumés/s", "≥ 20,000/s", 20000, true,
      load("parse_1t_rps"));
  Row("parse, 1 thread", value("parse_1t_mbps"), "%.1f MB/s", "", NAN, true, load("parse_1t_mbps"));
  Row("parse, 1 thread, per CPU-second", value("parse_1t_cpu_rps"), "%.0f résumés/s", "", NAN, true,
      load("parse_1t_cpu_rps"));
  Row("parse, 2 threads", value("parse_2t_rps"), "%.0f résumés/s", "", NAN, true, load("parse_2t_rps"));
  Row("parse, 2 threads", value("parse_2t_mbps"), "%.1f MB/s", "", NAN, true, load("parse_2t_mbps"));
  Row("parse + JSON, 1 thread", value("parse_json_1t_rps"), "%.0f résumés/s", "", NAN, true,
      load("parse_json_1t_rps"));
  Row("`cvparse DIR --jsonl --jobs 1` (whole process)", value("cli_jobs1_rps"), "%.0f résumés/s", "", NAN, true,
      load("cli_jobs1_rps"));
  Row("`cvparse DIR --jsonl --jobs 2` (whole process)", value("cli_jobs2_rps"), "%.0f résumés/s", "", NAN, true,
      load("cli_jobs2_rps"));
  Row("npm resume-parser 1.1.0, 1 thread", value("peer_rps"), "%.0f résumés/s", "", NAN, true, load("peer_rps"));
  Row("cvparse (parse + JSON) / resume-parser speed", peer_ratio, "%.1f×", "≥ 80×", 80, true,
      load("parse_json_1t_rps") + " / " + load("peer_rps"));
  Row("parse + score, 1 thread", value("parse_score_1t_rps"), "%.0f résumés/s", "", NAN, true,
      load("parse_score_1t_rps"));
  Row("time added by scoring (CPU time)", value("scoring_overhead_pct"), "%.1f %%", "≤ 20 %", 20, false,
      load("scoring_overhead_pct"));
  Row("time added by JSON output (CPU time)", value("json_overhead_pct"), "%.1f %%", "", NAN, false,
      load("json_overhead_pct"));
  Row("`cvparse corpus/000.txt --json`, median", value("startup_ms_median"), "%.1f ms", "≤ 20 ms", 20, false,
      load("startup_ms_median"));
  Row("`cvparse corpus/000.txt --json`, fastest", value("startup_ms_min"), "%.1f ms", "", NAN, false,
      load("startup_ms_min"));
  Row("one 10 MB file / ten 1 MB files", value("linearity_ratio"), "%.2f", "≤ 1.2", 1.2, false,
      load("linearity_ratio"));
  Row("peak RSS, `--jsonl` batch of " + tenth + " files", value("rss_tenth_rss_mb"), "%.1f MB", "", NAN, false,
      load("rss_tenth_rss_mb"));
  Row("peak RSS, `--jsonl` batch of " + batch + " files", value("rss_batch_rss_mb"), "%.1f MB", "≤ 64 MB", 64,
      false, load("rss_batch_rss_mb"));
  Row("peak RSS, `--jsonl --jobs 16` batch of " + tenth + " files", value("rss_jobs16_rss_mb"), "%.1f MB", "≤ 64 MB",
      64, false, load("rss_jobs16_rss_mb"));
  // The floors' own speed: what the throughput target asks of a whole parse.
  Row("floor (read + PhraseMatcher pass), 1 thread, per CPU-second", value("floor_phrase_cpu_rps"),
      "%.0f résumés/s", "", NAN, true, load("floor_phrase_cpu_rps"));
  Row("floor (read + RE2::Set pass), 1 thread, per CPU-second", value("floor_re2set_cpu_rps"), "%.0f résumés/s",
      "", NAN, true, load("floor_re2set_cpu_rps"));
  Row("parse / floor, CPU time (PhraseMatcher), median of the repetitions", value("parse_vs_floor_phrase"),
      "%.1f×", "≤ 4×", 4, false, load("parse_vs_floor_phrase"));
  Row("parse / floor, CPU time (RE2::Set), median of the repetitions", value("parse_vs_floor_re2set"), "%.1f×",
      "≤ 4×", 4, false, load("parse_vs_floor_re2set"));
  return 0;
}

}  // namespace cvparse::bench
