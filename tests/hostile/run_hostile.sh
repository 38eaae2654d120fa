#!/usr/bin/env bash
# The hostile-input suite: cvparse on files made to break it (invalid UTF-8,
# binaries named .txt, 50 MB, a 5 MB line, 1,000,000 lines, 10,000 headings,
# 100,000 dates, RTL, combining marks, emoji; see make_hostile.py).
#
#   run_hostile.sh PATH_TO_CVPARSE WORK_DIR
#       => "hostile: 69 inputs, 0 failed, 21.4 s (slowest: big/million_lines.txt 3.1 s)"
#
# Every input must end with exit 0 and valid JSON on stdout, or exit 1 and a
# "cvparse: PATH: reason" line on stderr, as its row of expectations.tsv says;
# never a signal, a sanitizer report or more than HOSTILE_TIMEOUT seconds (60).
# An input slower than HOSTILE_SLOW seconds (10) fails too: something in the
# parser is superlinear. The small inputs are also parsed together as one
# --jsonl batch. HOSTILE_KEEP=1 keeps WORK_DIR/out/ for a look.
set -u
CVPARSE=$1
WORK=$2
HERE=$(cd "$(dirname "$0")" && pwd)
TIMEOUT=${HOSTILE_TIMEOUT:-60}
SLOW=${HOSTILE_SLOW:-10}

rm -rf "$WORK" && mkdir -p "$WORK/out" || exit 2
python3 "$HERE/make_hostile.py" "$WORK" || { echo "hostile: make_hostile.py failed"; exit 2; }

failed=0
count=0
slowest=""
slowest_ms=0
total_start=${EPOCHREALTIME/./}

fail() {
  echo "FAIL $1: $2"
  [[ -s $WORK/err ]] && head -c 600 "$WORK/err" | sed 's/^/  stderr: /'
  failed=$((failed + 1))
}

# A sanitizer or a C++ runtime complaint is a failure even when the exit code is fine.
runtime_trouble() {
  grep -qE 'runtime error:|AddressSanitizer|LeakSanitizer|terminate called|Assertion .* failed' "$WORK/err"
}

json_outputs=()
while IFS=$'\t' read -r rel want pattern; do
  count=$((count + 1))
  file=$WORK/$rel
  out=$WORK/out/$count.json
  start=${EPOCHREALTIME/./}
  timeout -k 5 "$TIMEOUT" "$CVPARSE" "$file" --json --as-of 2026-11 >"$out" 2>"$WORK/err"
  rc=$?
  ms=$(((${EPOCHREALTIME/./} - start) / 1000))
  printf '%s\t%d\t%d\n' "$rel" "$rc" "$ms" >>"$WORK/times.tsv"
  if ((ms > slowest_ms)); then slowest_ms=$ms; slowest=$rel; fi
  if [[ $rc -eq 124 || $rc -eq 137 ]]; then fail "$rel" "no result after ${TIMEOUT} s"; continue; fi
  if [[ $rc -gt 1 ]]; then fail "$rel" "exit $rc (a signal or a usage error)"; continue; fi
  if [[ ! $rc =~ ^($want)$ ]]; then fail "$rel" "exit $rc, expected $want"; continue; fi
  if runtime_trouble; then fail "$rel" "a runtime error was reported"; continue; fi
  if ((ms > SLOW * 1000)); then fail "$rel" "took $ms ms (over ${SLOW} s: superlinear?)"; continue; fi
  if [[ $rc -eq 1 ]]; then
    # The last stderr line is the error, and names the file.
    last=$(tail -n 1 "$WORK/err")
    if [[ $last != "cvparse: $file: "?* ]]; then fail "$rel" "unclear error: $last"; continue; fi
    if [[ -n $pattern ]] && ! grep -qE -- "$pattern" "$WORK/err"; then
      fail "$rel" "stderr lacks /$pattern/"; continue
    fi
  else
    json_outputs+=("$out")
  fi
done <"$WORK/expectations.tsv"

# Every document printed is valid JSON (Python's parser is strict about it).
if [[ ${#json_outputs[@]} -gt 0 ]]; then
  python3 - "${json_outputs[@]}" <<'EOF' || { echo "FAIL json: invalid JSON output"; failed=$((failed + 1)); }
import json, sys
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    assert isinstance(doc, dict) and "x-cvparse" in doc, path
EOF
fi

# The small inputs as one batch: one JSON line per file (an {"x-cvparse":
# {"error": ...}} record for a refused one, with its "cvparse: PATH: reason"
# line on stderr), exit 1 (some are refused).
count=$((count + 1))
timeout -k 5 "$TIMEOUT" "$CVPARSE" "$WORK/small" --jsonl --as-of 2026-11 -j 2 >"$WORK/out/batch.jsonl" 2>"$WORK/err"
rc=$?
files=$(find "$WORK/small" -type f | wc -l)
lines=$(wc -l <"$WORK/out/batch.jsonl")
errors=$(grep -c '^cvparse: .*: ' "$WORK/err")
error_records=$(grep -c '^{"x-cvparse":{"error":' "$WORK/out/batch.jsonl")
if [[ $rc -ne 1 ]]; then
  fail "batch --jsonl" "exit $rc, expected 1"
elif runtime_trouble; then
  fail "batch --jsonl" "a runtime error was reported"
elif ((lines != files || errors != error_records || errors == 0)); then
  fail "batch --jsonl" "$lines JSON lines ($error_records errors) and $errors error messages for $files files"
elif ! python3 -c 'import json, sys
for line in sys.stdin: json.loads(line)' <"$WORK/out/batch.jsonl"; then
  fail "batch --jsonl" "invalid JSON line"
fi

total_ms=$(((${EPOCHREALTIME/./} - total_start) / 1000))
[[ ${HOSTILE_KEEP:-0} == 1 ]] || rm -rf "$WORK"
printf 'hostile: %d inputs, %d failed, %d.%01d s (slowest: %s %d ms)\n' "$count" "$failed" \
  $((total_ms / 1000)) $((total_ms % 1000 / 100)) "$slowest" "$slowest_ms"
[[ $failed -eq 0 ]]
