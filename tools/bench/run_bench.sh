#!/usr/bin/env bash
# The cvparse benchmark (issue 7): builds a corpus, measures, prints a table.
#
#   tools/bench/run_bench.sh [--build-dir build] [--quick] [--work-dir DIR] [--keep]
#                            [--peer-files N] [--job corpus/jobs/backend.txt]
#
# Full run (a few minutes on 2 cores): a corpus of 10,000 résumés mixed and
# perturbed from corpus/*.txt, plus a batch of 100,000 for peak memory; parse
# and score throughput (1 and 2 threads), the floor, `cvparse corpus/000.txt
# --json` as a whole process (median of 50), the CLI on the corpus, 10 MB vs
# ten 1 MB, and the npm package resume-parser 1.1.0, installed with npm into
# the work folder. --quick (the CTest smoke test): 300 résumés, a batch of
# 1,000, one repetition, no npm. Nothing here ever fails on a timing; it fails
# only when a step does not run.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build
work=""
quick=0
keep=0
peer_files=""
job=$root/corpus/jobs/backend.txt
while [[ $# -gt 0 ]]; do
  case $1 in
    --build-dir) build=$2; shift 2 ;;
    --work-dir) work=$2; shift 2 ;;
    --quick) quick=1; shift ;;
    --keep) keep=1; shift ;;
    --peer-files) peer_files=$2; shift 2 ;;
    --job) job=$2; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "run_bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
bench=$build/cvparse_bench
cvparse=$build/cvparse
for binary in "$bench" "$cvparse"; do
  [[ -x $binary ]] || { echo "run_bench.sh: no $binary: build first (or pass --build-dir)" >&2; exit 2; }
done
if [[ -z $work ]]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/cvparse-bench.XXXXXX")
  [[ $keep == 1 ]] || trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
results=$work/results.tsv
: >"$results"

if [[ $quick == 1 ]]; then
  count=300 batch=1000 repeat=1 startup_runs=5 linear_mb=0.05
else
  count=10000 batch=100000 repeat=3 startup_runs=50 linear_mb=1
fi

step() { echo "bench: $* (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2; }

step "uptime at start: $(uptime)"
step "corpus of $count résumés"
rm -rf "$work/corpus" "$work/batch"
"$bench" corpus --source "$root/corpus" --out "$work/corpus" --count "$count" >>"$results"
step "batch of $batch résumés (peak memory)"
"$bench" corpus --key batch --source "$root/corpus" --out "$work/batch" --count "$batch" >>"$results"

step "in-process throughput and floor (best of $repeat, interleaved)"
"$bench" throughput --corpus "$work/corpus" --jd "$job" --repeat "$repeat" >>"$results"

step "whole process: cvparse corpus/000.txt --json, $startup_runs runs"
"$bench" process --key startup --runs "$startup_runs" -- "$cvparse" "$root/corpus/000.txt" --json >>"$results"

step "whole process: cvparse DIR --jsonl, --jobs 1 and 2"
for jobs in 1 2; do
  "$bench" process --key "cli_jobs$jobs" --count "$count" --runs "$repeat" -- \
    "$cvparse" "$work/corpus" --jsonl --jobs "$jobs" >>"$results"
done

step "peak memory: cvparse DIR --jsonl on $count and on $batch files, and on $count with --jobs 16"
"$bench" process --key rss_tenth --runs 1 -- "$cvparse" "$work/corpus" --jsonl >>"$results"
"$bench" process --key rss_batch --runs 1 -- "$cvparse" "$work/batch" --jsonl >>"$results"
# Memory must not grow with the workers either (each has its own heap).
"$bench" process --key rss_jobs16 --runs 1 -- "$cvparse" "$work/corpus" --jsonl --jobs 16 >>"$results"

step "linearity: one file of 10 x $linear_mb MB vs ten of $linear_mb MB"
"$bench" linearity --source "$root/corpus" --mb "$linear_mb" --parts 10 --repeat "$repeat" >>"$results"

if [[ $quick == 0 ]]; then
  step "npm resume-parser 1.1.0 (installing into $work/npm)"
  mkdir -p "$work/npm"
  if (cd "$work/npm" && npm init -y >/dev/null &&
      npm install --no-audit --no-fund --silent resume-parser@1.1.0 mime@1.3.4 >/dev/null 2>&1); then
    step "npm resume-parser on the corpus"
    # The package logs a trace line per file (stdout) and its errors (stderr): kept out of the report.
    node "$root/tools/bench/peer/resume_parser_bench.js" "$work/npm/node_modules" "$work/corpus" "$results" \
      $peer_files >/dev/null 2>"$work/peer-errors.log" ||
      echo "run_bench.sh: the npm peer failed (see $work/peer-errors.log); its row stays empty" >&2
  else
    echo "run_bench.sh: npm install failed (offline?); the peer row stays empty" >&2
  fi
fi

step "uptime at end: $(uptime)"
echo
"$bench" report "$results"

# The smoke test's check: every step left its figures (timings are never judged).
for key in corpus_files parse_1t_rps parse_2t_rps parse_score_1t_rps parse_json_1t_rps floor_phrase_cpu_rps parse_vs_floor_phrase \
           parse_vs_floor_re2set startup_ms_median cli_jobs1_rps cli_jobs2_rps rss_batch_rss_mb rss_jobs16_rss_mb \
           linearity_ratio; do
  grep -q "^$key	" "$results" || { echo "run_bench.sh: no $key in $results" >&2; exit 1; }
done
