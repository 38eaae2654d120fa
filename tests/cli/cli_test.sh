#!/usr/bin/env bash
# End-to-end checks of the cvparse command line: exit codes, error messages,
# stdin, folders, --out-dir, --jsonl. Usage: cli_test.sh PATH_TO_CVPARSE CORPUS_DIR
set -u
CVPARSE=$1
CORPUS=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
passed=0
failed=0

# expect NAME WANT_EXIT STDERR_PATTERN -- COMMAND...
expect() {
  local name=$1 want=$2 pattern=$3
  shift 4
  "$@" >"$WORK/out" 2>"$WORK/err"
  local got=$?
  if [[ $got -ne $want ]]; then
    echo "FAIL $name: exit $got, expected $want"; sed 's/^/  stderr: /' "$WORK/err" | head -5
    failed=$((failed + 1)); return
  fi
  if [[ -n $pattern ]] && ! grep -qE -- "$pattern" "$WORK/err"; then
    echo "FAIL $name: stderr lacks /$pattern/"; sed 's/^/  stderr: /' "$WORK/err" | head -5
    failed=$((failed + 1)); return
  fi
  passed=$((passed + 1))
}

# expect_out NAME PATTERN: the last command's stdout matches PATTERN.
expect_out() {
  if grep -qE -- "$2" "$WORK/out"; then passed=$((passed + 1)); else
    echo "FAIL $1: stdout lacks /$2/"; head -5 "$WORK/out" | sed 's/^/  stdout: /'; failed=$((failed + 1)); fi
}

mkdir -p "$WORK/in/sub" "$WORK/dir"
printf '' >"$WORK/in/empty.txt"
printf '   \n\t\n' >"$WORK/in/blank.txt"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10' >"$WORK/in/photo.txt"
printf '%%PDF-1.7\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n' >"$WORK/in/cv.pdf"
cp "$CORPUS/000.txt" "$WORK/in/a.txt"
cp "$CORPUS/001.txt" "$WORK/in/sub/b.txt"

expect help 0 "" -- "$CVPARSE" --help
expect_out help-has-examples "cvparse resume.txt --json"
expect version 0 "" -- "$CVPARSE" --version
expect_out version-number "^cvparse [0-9]+\.[0-9]+\.[0-9]+"
expect no-args 2 "no input files" -- "$CVPARSE"
expect bad-flag 2 "unrecognised|unrecognized" -- "$CVPARSE" --frobnicate x.txt
expect bad-as-of 2 "YYYY-MM" -- "$CVPARSE" "$CORPUS/000.txt" --json --as-of 2025/06
expect missing-file 1 "^cvparse: $WORK/nope.txt: no such file" -- "$CVPARSE" "$WORK/nope.txt"
expect directory-with-json 2 "--jsonl or --out-dir" -- "$CVPARSE" "$WORK/dir" --json
expect empty-dir 1 "no résumé files found" -- "$CVPARSE" "$WORK/dir" --jsonl
expect empty-file 1 "empty.txt: empty file" -- "$CVPARSE" "$WORK/in/empty.txt" --json
expect blank-file 1 "blank.txt: no text" -- "$CVPARSE" "$WORK/in/blank.txt" --json
expect png 1 "photo.txt: not a text document \(looks like PNG\)" -- "$CVPARSE" "$WORK/in/photo.txt" --json
expect pdf 1 "cv.pdf: not a text document \(looks like PDF\)" -- "$CVPARSE" "$WORK/in/cv.pdf"
expect too-large 1 "over the limit" -- "$CVPARSE" "$CORPUS/000.txt" --max-bytes 100
expect json-ok 0 "" -- "$CVPARSE" "$CORPUS/000.txt" --json --as-of 2025-06
expect_out json-name '"name": "Jiayang Gu"'
expect_out json-as-of '"asOf": "2025-06"'
expect stdin 0 "" -- bash -c "\"$CVPARSE\" - --json < \"$CORPUS/000.txt\""
expect_out stdin-phone '"phone": "\+8617326031722"'

# A folder with good and bad files: the good ones are parsed, the bad named, exit 1.
expect batch-jsonl 1 "photo.txt: not a text document" -- "$CVPARSE" "$WORK/in" --jsonl --jobs 2
lines=$(wc -l <"$WORK/out")
if [[ $lines -eq 6 ]]; then passed=$((passed + 1)); else echo "FAIL batch-jsonl: $lines lines, expected 6"; failed=$((failed + 1)); fi
expect_out batch-jsonl-error-line '"error":"empty file"'
expect batch-outdir 1 "4 failed" -- "$CVPARSE" "$WORK/in" --out-dir "$WORK/out-dir" --jobs 2
if [[ -f $WORK/out-dir/a.json && -f $WORK/out-dir/sub/b.json ]]; then passed=$((passed + 1)); else
  echo "FAIL batch-outdir: missing a.json or sub/b.json"; find "$WORK/out-dir"; failed=$((failed + 1)); fi
if ! find "$WORK/out-dir" -name '*.tmp.*' | grep -q .; then passed=$((passed + 1)); else
  echo "FAIL batch-outdir: temporary files left behind"; failed=$((failed + 1)); fi

echo "cli: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
