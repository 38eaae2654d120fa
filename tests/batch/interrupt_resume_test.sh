#!/usr/bin/env bash
# Batch safety, the acceptance test of issue 6 (part 4).
#
#   interrupt_resume_test.sh PATH_TO_CVPARSE CORPUS_DIR
#
# 1,000 inputs generated at run time: 980 copies or perturbations of
# corpus/NNN.txt and 20 hostile ones (binaries named .txt, empty and blank
# files, broken links, a link loop, a FIFO, an unreadable file or, as root,
# one more broken link), beside things that are not inputs at all (a folder
# named x.txt, a folder link loop, a hidden temporary file).
#   1. A clean run: 980 results, 20 "cvparse: PATH: reason" lines, exit 1.
#   2. --jobs 1, SIGINT once results appear: exit 130, "interrupted by SIGINT;
#      N of 1000 written", N complete results identical to the clean run's.
#   3. --resume: says what it skips, exit 1, the same 980 files byte for byte.
# Never a temporary file left in the output.
set -u
CVPARSE=$1
CORPUS=$2
HERE=$(cd "$(dirname "$0")" && pwd)
source "$HERE/batch_lib.sh"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
IN=$WORK/in
AS_OF=(--as-of 2026-11)

make_cvs "$IN" 980 "$CORPUS" || { echo "FAIL: cannot generate the inputs"; exit 2; }
hostile=()
add() { hostile+=("$IN/$1"); }
for i in 1 2 3; do printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >"$IN/g$i/photo$i.txt"; add "g$i/photo$i.txt"; done
for i in 4 5 6; do printf '%%PDF-1.7\n%%\xe2\xe3\xcf\xd3\n' >"$IN/g$i/scan$i.txt"; add "g$i/scan$i.txt"; done
for i in 7 8 9; do printf '\x7fELF\x02\x01\x01\0\0\0\0\0' >"$IN/g$i/prog$i.txt"; add "g$i/prog$i.txt"; done
printf 'PK\x03\x04\x14\0\0\0\x08\0' >"$IN/g0/cv.docx.txt"; add g0/cv.docx.txt
for i in 1 2 3; do : >"$IN/g$i/empty$i.txt"; add "g$i/empty$i.txt"; done
for i in 4 5; do printf ' \n\t\n' >"$IN/g$i/blank$i.txt"; add "g$i/blank$i.txt"; done
ln -s missing.txt "$IN/g6/dangling.txt"; add g6/dangling.txt
ln -s ../gone/cv.txt "$IN/g7/moved.txt"; add g7/moved.txt
ln -s loop.txt "$IN/g8/loop.txt"; add g8/loop.txt
mkfifo "$IN/g9/pipe.txt"; add g9/pipe.txt
if [[ $(id -u) -ne 0 ]]; then
  cp "$CORPUS/000.txt" "$IN/g0/locked.txt" && chmod 000 "$IN/g0/locked.txt"; add g0/locked.txt
else
  ln -s /nonexistent/cv.txt "$IN/g0/absolute.txt"; add g0/absolute.txt  # root reads chmod 000 files
fi
mkdir "$IN/g1/x.txt"                                 # a folder named like a résumé: walked, empty
ln -s .. "$IN/g2/up"                                 # a folder link loop: not followed
printf '{"half' >"$IN/g3/.cv0003.json.tmp.99.0"      # a killed writer's leftover: hidden, skipped
good=$(find "$IN" -type f -name 'cv[0-9]*.txt' | wc -l)
[[ $good -eq 980 && ${#hostile[@]} -eq 20 ]] || { echo "FAIL: generated $good good and ${#hostile[@]} hostile inputs"; exit 2; }

# check_errors NAME STDERR: one "cvparse: PATH: reason" line per hostile input, and no other.
check_errors() {
  local errors
  errors=$(grep -c "^cvparse: $IN/.*: ." "$2")
  [[ $errors -eq 20 ]] || fail "$1: $errors error lines, expected 20"
  for path in "${hostile[@]}"; do
    grep -q "^cvparse: $path: ." "$2" || fail "$1: no error line for $path"
  done
}

# 1. A clean run.
start=$SECONDS
"$CVPARSE" "$IN" --out-dir "$WORK/clean" --jobs 2 "${AS_OF[@]}" 2>"$WORK/clean.err"
rc=$?
[[ $rc -eq 1 ]] || fail "clean run: exit $rc, expected 1"
[[ $(count_results "$WORK/clean") -eq 980 ]] || fail "clean run: $(count_results "$WORK/clean") results, expected 980"
check_errors "clean run" "$WORK/clean.err"
grep -q "^cvparse: 1000 inputs, 980 written, 20 failed; results in $WORK/clean$" "$WORK/clean.err" ||
  fail "clean run: no summary line"
[[ -z $(temporary_files "$WORK/clean") ]] || fail "clean run: temporary files left"
echo "clean run: $((SECONDS - start)) s"

# 2. Interrupted by SIGINT with one worker, once some results exist.
start=$SECONDS
"$CVPARSE" "$IN" --out-dir "$WORK/resumed" --jobs 1 "${AS_OF[@]}" 2>"$WORK/interrupted.err" &
pid=$!
wait_until_count "$pid" "$WORK/resumed" 200
kill -INT "$pid" 2>/dev/null
wait "$pid"
rc=$?
written=$(count_results "$WORK/resumed")
[[ $rc -eq 130 ]] || fail "interrupted run: exit $rc, expected 130"
grep -q "^cvparse: interrupted by SIGINT; $written of 1000 written, [0-9]* failed; rerun with --resume to finish$" \
  "$WORK/interrupted.err" || fail "interrupted run: no 'interrupted by SIGINT; $written of 1000 written' line"
((written >= 200 && written < 980)) || fail "interrupted run: $written results, expected 200 to 979"
[[ -z $(temporary_files "$WORK/resumed") ]] || fail "interrupted run: temporary files left"
partial=0
while IFS= read -r -d '' file; do
  cmp -s "$file" "$WORK/clean/${file#"$WORK/resumed/"}" || partial=$((partial + 1))
done < <(find "$WORK/resumed" -type f -print0)
[[ $partial -eq 0 ]] || fail "interrupted run: $partial results differ from the clean run (partial files?)"
echo "interrupted run: $written written, $((SECONDS - start)) s"

# 3. Finished with --resume.
start=$SECONDS
"$CVPARSE" "$IN" --out-dir "$WORK/resumed" --jobs 2 --resume "${AS_OF[@]}" 2>"$WORK/resume.err"
rc=$?
[[ $rc -eq 1 ]] || fail "resumed run: exit $rc, expected 1"
grep -q "^cvparse: --resume skips $written of 1000 inputs, whose results are already in $WORK/resumed$" \
  "$WORK/resume.err" || fail "resumed run: it does not say it skips $written"
grep -q "^cvparse: 1000 inputs, $((980 - written)) written, $written done before (--resume), 20 failed; " \
  "$WORK/resume.err" || fail "resumed run: no summary line"
diff -r "$WORK/clean" "$WORK/resumed" >"$WORK/diff" || fail "resumed run: results differ from the clean run: $(head -3 "$WORK/diff")"
[[ -z $(temporary_files "$WORK/resumed") ]] || fail "resumed run: temporary files left"
echo "resumed run: $((SECONDS - start)) s"

if [[ $failures -gt 0 ]]; then
  for f in clean interrupted resume; do sed "s/^/  $f.err: /" "$WORK/$f.err" | tail -4; done
fi
echo "batch_interrupt_resume: $failures failed"
[[ $failures -eq 0 ]]
