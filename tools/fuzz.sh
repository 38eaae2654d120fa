#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and
# runs each for a while. Crashes, hangs ("timeout-") and OOMs are saved in
# tests/fuzz/reproducers/<target>_fuzzer/; the fuzz_replay_* CTest tests
# replay that folder in every build, so a reproducer worth keeping is simply
# left there (rename it to say what it shows) once the bug is fixed.
#
#   tools/fuzz.sh parse 300     # parse_fuzzer for 5 minutes
#   tools/fuzz.sh dates 60      # dates_fuzzer for 1 minute
#   tools/fuzz.sh all 120       # each target for 2 minutes, one after the other
#
# The growing corpus lives in build-fuzz/corpus/<target>/, seeded from
# corpus/*.txt (parse), and from the date seeds plus the corpus lines that
# hold a digit (dates). Extra libFuzzer flags go in FUZZ_FLAGS.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -ne 2 || ! $2 =~ ^[0-9]+$ ]]; then
  echo "usage: tools/fuzz.sh parse|dates|all SECONDS" >&2
  exit 2
fi
case $1 in
  all) TARGETS=(parse dates) ;;
  parse | dates) TARGETS=("$1") ;;
  *) echo "tools/fuzz.sh: unknown target '$1' (parse, dates or all)" >&2; exit 2 ;;
esac
SECONDS_EACH=$2
BUILD=build-fuzz

if [[ ! -f $BUILD/CMakeCache.txt ]]; then
  CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCVPARSE_FUZZ=ON >/dev/null
fi
cmake --build "$BUILD" --target "${TARGETS[@]/%/_fuzzer}"

seed() {
  local target=$1 dir=$BUILD/corpus/$1
  [[ -d $dir ]] && return
  mkdir -p "$dir"
  if [[ $target == parse ]]; then
    cp corpus/*.txt "$dir"/
  else
    cp tests/fuzz/seeds/dates/* "$dir"/
    local n=0 file line
    for file in corpus/*.txt; do
      while IFS= read -r line; do
        [[ $line =~ [0-9] ]] || continue
        printf '%s' "$line" >"$dir/line-$n"
        n=$((n + 1))
      done <"$file"
    done
  fi
}

for target in "${TARGETS[@]}"; do
  seed "$target"
  out=tests/fuzz/reproducers/${target}_fuzzer
  mkdir -p "$out"
  # Longer inputs rarely find more and slow every run (re2's fuzzer caps at 4 KiB).
  max_len=16384
  [[ $target == dates ]] && max_len=4096
  dict=()
  [[ -f tests/fuzz/$target.dict ]] && dict=(-dict="tests/fuzz/$target.dict")
  echo "fuzz.sh: ${target}_fuzzer for ${SECONDS_EACH}s; findings go to $out/" >&2
  # -timeout: one input taking 10 s is a hang; -rss_limit_mb: leaks and blow-ups.
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  "$BUILD/tests/fuzz/${target}_fuzzer" "$BUILD/corpus/$target" \
    -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -artifact_prefix="$out/" -print_final_stats=1 "${dict[@]}" ${FUZZ_FLAGS:-}
done
