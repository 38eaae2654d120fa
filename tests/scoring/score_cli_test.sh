#!/usr/bin/env bash
# `cvparse score` and `cvparse profile` end to end (issue 4):
#   * every corpus job ranks its field's résumés as corpus/jobs/NAME.expected.txt says;
#   * a folder with a PNG and an empty file: the rest is ranked, both are named, exit 1;
#   * --format table|csv|jsonl|json, --top, --out (atomic), --explain;
#   * stream mode (paths and JSONL records on stdin) and the README's GNU parallel example;
#   * usage errors exit 2, a bad YAML profile names its line.
# Usage: score_cli_test.sh CVPARSE CORPUS_DIR WORK_DIR
set -uo pipefail
CVPARSE=$1
CORPUS=$2
WORK=$3
AS_OF=(--as-of 2026-11)
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
rm -rf "$WORK" && mkdir -p "$WORK"

# 1. Every corpus job ranks its field on top (the CLI's own ranking, CSV column 11 is the file).
for jd in "$CORPUS"/jobs/*.txt; do
  case $jd in *.expected.txt) continue ;; esac
  job=$(basename "$jd" .txt)
  "$CVPARSE" score --jd "$jd" "$CORPUS"/[0-9][0-9][0-9].txt --format csv "${AS_OF[@]}" -q >"$WORK/$job.csv" 2>"$WORK/$job.err"
  rc=$?
  [[ $rc -eq 0 ]] || fail "$job: exit $rc: $(cat "$WORK/$job.err")"
  while IFS=$'\t' read -r file max; do
    [[ -z $file || $file == \#* ]] && continue
    rank=$(awk -F, -v f="$file" 'NR > 1 { n = split($11, p, "/"); if (p[n] == f) print $1 }' "$WORK/$job.csv")
    if [[ -z $rank || $rank -gt $max ]]; then
      fail "$job: $file ranks ${rank:-nowhere}, expected at or above $max"
      head -6 "$WORK/$job.csv" >&2
    fi
  done <"$CORPUS/jobs/$job.expected.txt"
done

# 2. A PNG and an empty file among the résumés.
MIXED=$WORK/mixed
mkdir -p "$MIXED/sub"
cp "$CORPUS"/02[0-3].txt "$MIXED"/
cp "$CORPUS"/02[4-7].txt "$MIXED/sub"/
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0' >"$MIXED/photo.png"
: >"$MIXED/empty.txt"
"$CVPARSE" score --jd "$CORPUS/jobs/nursing.txt" "$MIXED" "${AS_OF[@]}" >"$WORK/mixed.out" 2>"$WORK/mixed.err"
rc=$?
[[ $rc -eq 1 ]] || fail "mixed folder: exit $rc, expected 1"
grep -q "photo.png: " "$WORK/mixed.err" || fail "mixed folder: the PNG is not named: $(cat "$WORK/mixed.err")"
grep -q "empty.txt: " "$WORK/mixed.err" || fail "mixed folder: the empty file is not named: $(cat "$WORK/mixed.err")"
rows=$(grep -c '^ *[0-9]' "$WORK/mixed.out")
[[ $rows -eq 8 ]] || fail "mixed folder: $rows ranked rows, expected 8"
head -2 "$WORK/mixed.out" | tail -1 | grep -q "020.txt" || fail "mixed folder: 020.txt is not first for nursing"
grep -q "8 scored, 2 failed" "$WORK/mixed.err" || fail "mixed folder: no summary line"

# 3. Formats, --top, --out, --explain.
"$CVPARSE" score --jd "$CORPUS/jobs/nursing.txt" "$MIXED" --top 3 -q "${AS_OF[@]}" >"$WORK/top.out" 2>/dev/null
[[ $(grep -c '^ *[0-9]' "$WORK/top.out") -eq 3 ]] || fail "--top 3 did not print 3 rows"
"$CVPARSE" score --jd "$CORPUS/jobs/nursing.txt" "$MIXED" --format jsonl -q "${AS_OF[@]}" >"$WORK/all.jsonl" 2>/dev/null
[[ $(grep -c '"score":' "$WORK/all.jsonl") -eq 8 ]] || fail "jsonl: expected 8 scored lines"
[[ $(grep -c '"error":' "$WORK/all.jsonl") -eq 2 ]] || fail "jsonl: expected 2 error lines"
"$CVPARSE" score --jd "$CORPUS/jobs/nursing.txt" "$MIXED" --format json --out "$WORK/out/ranking.json" -q "${AS_OF[@]}" >"$WORK/json.stdout" 2>/dev/null
[[ -s $WORK/out/ranking.json && ! -s $WORK/json.stdout ]] || fail "--out: the file is missing or stdout is not empty"
ls "$WORK/out" | grep -q '\.tmp\.' && fail "--out left a temporary file"
if command -v node >/dev/null; then
  node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1])); if (d.results.length !== 8 || d.errors.length !== 2 || !d.profile.title) process.exit(1);' \
    "$WORK/out/ranking.json" || fail "--format json: not the expected document"
fi
"$CVPARSE" score --jd "$CORPUS/jobs/ml-research.txt" "$CORPUS/000.txt" --explain -q "${AS_OF[@]}" >"$WORK/explain.out" 2>&1
for want in "Recommender Systems" "Knowledge Graphs" "Contrastive Learning" "PyTorch" "line 35" "line 39" "line 42" "line 111" "line 15"; do
  grep -q "$want" "$WORK/explain.out" || fail "--explain does not show '$want'"
done

# 4. Stream mode: paths and records in, one JSONL line each, in order.
{
  echo "$MIXED/020.txt"
  echo "$MIXED/empty.txt"
  echo '{"id": "inline-1", "text": "Jane Roe\nRegistered Nurse\nSkills\nBLS, ACLS, telemetry\n"}'
  echo "{\"path\": \"$MIXED/021.txt\"}"
} | "$CVPARSE" score --jd "$CORPUS/jobs/nursing.txt" "${AS_OF[@]}" >"$WORK/stream.jsonl" 2>"$WORK/stream.err"
rc=$?
[[ $rc -eq 1 ]] || fail "stream: exit $rc, expected 1 (one empty file)"
[[ $(wc -l <"$WORK/stream.jsonl") -eq 4 ]] || fail "stream: expected 4 lines"
sed -n 1p "$WORK/stream.jsonl" | grep -q '"source":"[^"]*020.txt","score"' || fail "stream: line 1 is not 020.txt"
sed -n 2p "$WORK/stream.jsonl" | grep -q '"error"' || fail "stream: line 2 is not the empty file's error"
sed -n 3p "$WORK/stream.jsonl" | grep -q '"source":"inline-1"' || fail "stream: line 3 is not the inline record"

# 5. The README example: GNU parallel as the mapper, then rank the JSONL.
if command -v parallel >/dev/null; then
  find "$MIXED" -name '0*.txt' | sort |
    parallel --will-cite --pipe -N 3 "$CVPARSE" score --jd "$CORPUS/jobs/nursing.txt" "${AS_OF[@]}" >"$WORK/parallel.jsonl"
  rc=$?
  [[ $rc -eq 0 ]] || fail "parallel: exit $rc"
  [[ $(grep -c '"score":' "$WORK/parallel.jsonl") -eq 8 ]] || fail "parallel: expected 8 scored lines"
  best=$(sed 's/.*"source":"\([^"]*\)","score":\([0-9.]*\).*/\2 \1/' "$WORK/parallel.jsonl" | sort -rn | head -1)
  [[ $best == *020.txt ]] || fail "parallel: the best line is not 020.txt: $best"
else
  echo "note: GNU parallel is not installed; skipping its example (tools/bootstrap.sh installs it)" >&2
fi

# 6. Profiles: derive, edit, reuse; errors.
"$CVPARSE" profile "$CORPUS/jobs/nursing.txt" --out "$WORK/nursing.yaml" || fail "profile: exit $?"
grep -q '^title: ' "$WORK/nursing.yaml" || fail "profile: no title in the YAML"
"$CVPARSE" score --profile "$WORK/nursing.yaml" "$MIXED" --format csv -q "${AS_OF[@]}" >"$WORK/yaml.csv" 2>/dev/null
"$CVPARSE" score --jd "$CORPUS/jobs/nursing.txt" "$MIXED" --format csv -q "${AS_OF[@]}" >"$WORK/jd.csv" 2>/dev/null
cmp -s "$WORK/yaml.csv" "$WORK/jd.csv" || fail "score --profile (derived YAML) differs from score --jd"
printf 'required:\n  - name: Go\n    wieght: 2\n' >"$WORK/bad.yaml"
"$CVPARSE" score --profile "$WORK/bad.yaml" "$MIXED" >/dev/null 2>"$WORK/bad.err"
rc=$?
[[ $rc -eq 2 ]] || fail "bad profile: exit $rc, expected 2"
grep -q "bad.yaml:3:5: unknown key 'wieght'" "$WORK/bad.err" || fail "bad profile: no line:column: $(cat "$WORK/bad.err")"
"$CVPARSE" score "$MIXED" >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "no --jd: expected exit 2"
"$CVPARSE" score --jd "$CORPUS/jobs/nursing.txt" --format xml "$MIXED" >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "--format xml: expected exit 2"
"$CVPARSE" score --jd "$MIXED/photo.png" "$MIXED" >/dev/null 2>&1; [[ $? -eq 2 ]] || fail "a PNG as the job: expected exit 2"

if [[ $failures -gt 0 ]]; then
  echo "score_cli_test: $failures failure(s)" >&2
  exit 1
fi
echo "score_cli_test: all passed"
