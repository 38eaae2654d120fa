#!/usr/bin/env bash
# Batch safety, piece by piece, on the real binary (issue 6, part 4).
#
#   pieces_test.sh PATH_TO_CVPARSE CORPUS_DIR
#
#   resume       --resume skips existing results, says how many, rewrites none
#   vanished     a file deleted after the folder was listed: reported, skipped
#   link-loops   folder and file link loops: the walk ends, the loop is named
#   sigterm      SIGTERM: exit 143, complete files only, --resume finishes
#   jsonl        SIGINT on --jsonl: exit 130, only whole lines, counted
#   score        SIGINT on `score --out`: exit 130, the old ranking kept
#   stream       SIGINT on `score` reading paths from an idle pipe: exit 130
set -u
CVPARSE=$1
CORPUS=$2
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/batch_lib.sh"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
AS_OF=(--as-of 2026-11)
JD=$CORPUS/jobs/nursing.txt

# resume
make_cvs "$WORK/five" 5 "$CORPUS"
"$CVPARSE" "$WORK/five" --out-dir "$WORK/five-out" -q "${AS_OF[@]}" || fail "resume: first run failed"
rm "$WORK/five-out/g3/cv0003.json"
inode=$(stat -c %i "$WORK/five-out/g1/cv0001.json")
"$CVPARSE" "$WORK/five" --out-dir "$WORK/five-out" --resume "${AS_OF[@]}" 2>"$WORK/err"
rc=$?
[[ $rc -eq 0 ]] || fail "resume: exit $rc"
grep -q "^cvparse: --resume skips 4 of 5 inputs, whose results are already in $WORK/five-out$" "$WORK/err" ||
  fail "resume: does not say it skips 4: $(cat "$WORK/err")"
grep -q "^cvparse: 5 inputs, 1 written, 4 done before (--resume), 0 failed; " "$WORK/err" || fail "resume: summary"
[[ -f $WORK/five-out/g3/cv0003.json ]] || fail "resume: the missing result was not written"
[[ $(stat -c %i "$WORK/five-out/g1/cv0001.json") == "$inode" ]] || fail "resume: an existing result was rewritten"
"$CVPARSE" "$WORK/five" --jsonl --resume >/dev/null 2>"$WORK/err"
rc=$?
[[ $rc -eq 2 ]] && grep -q "needs --out-dir" "$WORK/err" || fail "resume: without --out-dir, exit $rc"

# vanished: the last input is deleted as soon as the first result exists,
# long after the listing and long before one worker reaches it.
make_cvs "$WORK/many" 300 "$CORPUS"
cp "$CORPUS/000.txt" "$WORK/many/zzz.txt"
"$CVPARSE" "$WORK/many" --out-dir "$WORK/many-out" --jobs 1 "${AS_OF[@]}" 2>"$WORK/err" &
pid=$!
wait_until_count "$pid" "$WORK/many-out" 1
rm "$WORK/many/zzz.txt"
wait "$pid"
rc=$?
[[ $rc -eq 1 ]] || fail "vanished: exit $rc, expected 1"
grep -q "^cvparse: $WORK/many/zzz.txt: no such file$" "$WORK/err" || fail "vanished: not reported: $(tail -2 "$WORK/err")"
grep -q "^cvparse: 301 inputs, 300 written, 1 failed; " "$WORK/err" || fail "vanished: summary"

# link-loops
mkdir -p "$WORK/loops/sub"
cp "$CORPUS/000.txt" "$WORK/loops/a.txt"
cp "$CORPUS/001.txt" "$WORK/loops/sub/b.txt"
ln -s .. "$WORK/loops/sub/up"
ln -s . "$WORK/loops/sub/here"
ln -s "$WORK/loops" "$WORK/loops/sub/top"
ln -s loop.txt "$WORK/loops/loop.txt"
timeout 20 "$CVPARSE" "$WORK/loops" --out-dir "$WORK/loops-out" "${AS_OF[@]}" 2>"$WORK/err"
rc=$?
[[ $rc -eq 1 ]] || fail "link-loops: exit $rc, expected 1"
grep -q "^cvparse: $WORK/loops/loop.txt: symbolic link loop" "$WORK/err" || fail "link-loops: the loop is not named"
[[ $(count_results "$WORK/loops-out") -eq 2 ]] || fail "link-loops: $(count_results "$WORK/loops-out") results, expected 2"
timeout 20 "$CVPARSE" "$WORK/loops/loop.txt" --json >/dev/null 2>"$WORK/err"
[[ $? -eq 1 ]] && grep -q "loop.txt: symbolic link loop" "$WORK/err" || fail "link-loops: one looping file"

# sigterm (the signal comes after 5 of the 300 results, so that the rest
# still takes many polls of a fast release build)
"$CVPARSE" "$WORK/many" --out-dir "$WORK/term-out" --jobs 1 "${AS_OF[@]}" 2>"$WORK/err" &
pid=$!
wait_until_count "$pid" "$WORK/term-out" 5
kill -TERM "$pid" 2>/dev/null
wait "$pid"
rc=$?
[[ $rc -eq 143 ]] || fail "sigterm: exit $rc, expected 143"
grep -q "^cvparse: interrupted by SIGTERM; $(count_results "$WORK/term-out") of 300 written" "$WORK/err" ||
  fail "sigterm: no count: $(tail -1 "$WORK/err")"
[[ -z $(temporary_files "$WORK/term-out") ]] || fail "sigterm: temporary files left"
"$CVPARSE" "$WORK/many" --out-dir "$WORK/term-out" --resume -q "${AS_OF[@]}" || fail "sigterm: --resume failed"
diff -r "$WORK/many-out" "$WORK/term-out" >/dev/null || fail "sigterm: resumed results differ"

# jsonl
"$CVPARSE" "$WORK/many" --jsonl --jobs 1 "${AS_OF[@]}" >"$WORK/all.jsonl" 2>"$WORK/err" &
pid=$!
while kill -0 "$pid" 2>/dev/null && (($(line_count "$WORK/all.jsonl") < 5)); do sleep 0.02; done
kill -INT "$pid" 2>/dev/null
wait "$pid"
rc=$?
lines=$(wc -l <"$WORK/all.jsonl")
[[ $rc -eq 130 ]] || fail "jsonl: exit $rc, expected 130"
grep -q "^cvparse: interrupted by SIGINT; $lines of 300 printed, 0 failed$" "$WORK/err" ||
  fail "jsonl: no count of $lines: $(tail -1 "$WORK/err")"
python3 -c 'import json, sys
for line in sys.stdin: json.loads(line)' <"$WORK/all.jsonl" || fail "jsonl: a line is not whole JSON"

# score: 20 copies of the 300 (hard links), so that one thread is still
# scoring when the signal comes; 300 alone take a fraction of a second.
mkdir -p "$WORK/rank" "$WORK/score-in"
for k in $(seq 20); do cp -rl "$WORK/many" "$WORK/score-in/$k"; done
echo "the old ranking" >"$WORK/rank/ranking.csv"
"$CVPARSE" score --jd "$JD" "$WORK/score-in" --format csv --out "$WORK/rank/ranking.csv" --jobs 1 "${AS_OF[@]}" \
  2>"$WORK/err" &
pid=$!
wait_for_handler "$pid"
kill -INT "$pid" 2>/dev/null
wait "$pid"
rc=$?
[[ $rc -eq 130 ]] || fail "score: exit $rc, expected 130"
grep -qE "^cvparse: interrupted by SIGINT; [0-9]+ of 6000 scored, 0 failed; no ranking written$" "$WORK/err" ||
  fail "score: no notice: $(tail -1 "$WORK/err")"
[[ $(cat "$WORK/rank/ranking.csv") == "the old ranking" ]] || fail "score: the old ranking was replaced"
[[ -z $(temporary_files "$WORK/rank") ]] || fail "score: temporary files left"

# stream: three paths, then an open, idle pipe.
mkfifo "$WORK/paths"
"$CVPARSE" score --jd "$JD" "${AS_OF[@]}" <"$WORK/paths" >"$WORK/stream.jsonl" 2>"$WORK/err" &
pid=$!
exec 3>"$WORK/paths"
printf '%s\n' "$WORK/five/g0/cv0000.txt" "$WORK/five/g1/cv0001.txt" "$WORK/nope.txt" >&3
for _ in $(seq 250); do (($(line_count "$WORK/stream.jsonl") < 3)) || break; sleep 0.02; done
kill -INT "$pid" 2>/dev/null
for _ in $(seq 250); do kill -0 "$pid" 2>/dev/null || break; sleep 0.02; done
kill -0 "$pid" 2>/dev/null && { fail "stream: still running 5 s after SIGINT"; kill -KILL "$pid"; }
wait "$pid"
rc=$?
exec 3>&-
[[ $rc -eq 130 ]] || fail "stream: exit $rc, expected 130"
[[ $(wc -l <"$WORK/stream.jsonl") -eq 3 ]] || fail "stream: $(wc -l <"$WORK/stream.jsonl") lines, expected 3"
grep -q "^cvparse: interrupted by SIGINT; 3 lines answered, 1 failed; " "$WORK/err" ||
  fail "stream: no notice: $(tail -1 "$WORK/err")"

echo "batch_pieces: $failures failed"
[[ $failures -eq 0 ]]
