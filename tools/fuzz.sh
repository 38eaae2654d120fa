#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and
# runs each for a while. Crashes, hangs ("timeout-") and OOMs are saved in
# tests/fuzz/reproducers/<target>_fuzzer/; the fuzz_replay_* CTest tests
# replay that folder in every build, so a reproducer worth keeping is simply
# left there (rename it to say what it shows) once the bug is fixed.
#
#   tools/fuzz.sh parse 300     # parse_fuzzer for 5 minutes
#   tools/fuzz.sh jd 60         # jd_fuzzer (job description => profile) for 1 minute
#   tools/fuzz.sh all 120       # each target for 2 minutes, one after the other
#   FUZZ_PARALLEL=2 tools/fuzz.sh all 60    # two targets at a time (what CI does)
#
# Targets: parse (the whole parse of arbitrary bytes), dates (the date
# grammar), profile (the YAML profile loader), jd (job description =>
# profile). The growing corpus lives in build-fuzz/corpus/<target>/, seeded
# from corpus/*.txt (parse); the date seeds plus the corpus lines that hold a
# digit (dates); tests/fuzz/seeds/profile/ plus any other *.yaml of the tree
# (profile); corpus/jobs/*.txt (jd). Each run's log is
# build-fuzz/fuzz-logs/<target>.log. Extra libFuzzer flags go in FUZZ_FLAGS;
# BUILD_DIR picks another build folder.
#
# Exit status: 0 when no target found anything, 1 when one did (the end of
# its log, which names the reproducer, is printed), 2 on a usage error.
set -euo pipefail
cd "$(dirname "$0")/.."

ALL_TARGETS=(parse dates profile jd)
usage() { echo "usage: tools/fuzz.sh parse|dates|profile|jd|all SECONDS" >&2; exit 2; }
[[ $# -eq 2 && $2 =~ ^[0-9]+$ ]] || usage
case $1 in
  all) TARGETS=("${ALL_TARGETS[@]}") ;;
  parse | dates | profile | jd) TARGETS=("$1") ;;
  *) echo "tools/fuzz.sh: unknown target '$1' (parse, dates, profile, jd or all)" >&2; exit 2 ;;
esac
SECONDS_EACH=$2
BUILD=${BUILD_DIR:-build-fuzz}
PARALLEL=${FUZZ_PARALLEL:-1}

if [[ ! -f $BUILD/CMakeCache.txt ]]; then
  command -v clang++ >/dev/null || { echo "tools/fuzz.sh: no clang++; run CVPARSE_FUZZ=ON tools/bootstrap.sh" >&2; exit 2; }
  CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCVPARSE_FUZZ=ON >/dev/null
fi
cmake --build "$BUILD" --target "${TARGETS[@]/%/_fuzzer}"

# Copies each line that holds a digit of corpus/*.txt into its own file.
seed_date_lines() {
  local dir=$1 n=0 file line
  for file in corpus/*.txt; do
    while IFS= read -r line; do
      [[ $line =~ [0-9] ]] || continue
      printf '%s' "$line" >"$dir/line-$n"
      n=$((n + 1))
    done <"$file"
  done
}

seed() {
  local target=$1 dir=$BUILD/corpus/$1 file
  [[ -d $dir ]] && return
  mkdir -p "$dir"
  case $target in
    parse) cp corpus/*.txt "$dir"/ ;;
    dates) cp tests/fuzz/seeds/dates/* "$dir"/; seed_date_lines "$dir" ;;
    profile)
      cp tests/fuzz/seeds/profile/* "$dir"/
      # Any other profile of the tree, outside the build and npm folders.
      while IFS= read -r -d '' file; do
        cp "$file" "$dir/$(echo "$file" | tr '/' '_')"
      done < <(find . \( -path './build*' -o -path '*/node_modules' -o -path './.git' \) -prune -o \
                 \( -name '*.yaml' -o -name '*.yml' \) -type f -not -path './tests/fuzz/seeds/*' -print0)
      ;;
    jd)
      for file in corpus/jobs/*.txt; do
        [[ $file == *.expected.txt ]] || cp "$file" "$dir"/
      done
      ;;
  esac
}

# Runs one target; its log goes to $BUILD/fuzz-logs/<target>.log.
run() {
  local target=$1 out=tests/fuzz/reproducers/${1}_fuzzer log=$BUILD/fuzz-logs/$1.log
  mkdir -p "$out" "$BUILD/fuzz-logs"
  # Longer inputs rarely find more and slow every run (re2's fuzzer caps at 4 KiB).
  local max_len=16384
  [[ $target == dates || $target == profile ]] && max_len=4096
  local dict=()
  [[ -f tests/fuzz/$target.dict ]] && dict=(-dict="tests/fuzz/$target.dict")
  echo "fuzz.sh: ${target}_fuzzer for ${SECONDS_EACH}s; findings go to $out/, the log to $log" >&2
  # -timeout: one input taking 10 s is a hang; -rss_limit_mb: leaks and blow-ups.
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  "$BUILD/tests/fuzz/${target}_fuzzer" "$BUILD/corpus/$target" \
    -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -artifact_prefix="$out/" -print_final_stats=1 "${dict[@]}" ${FUZZ_FLAGS:-} >"$log" 2>&1
}

# Prints a target's outcome; returns 1 when it found something.
report() {
  local target=$1 status=$2 log=$BUILD/fuzz-logs/$1.log
  local runs
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  if [[ $status -eq 0 ]]; then
    echo "fuzz.sh: ${target}_fuzzer: nothing found in ${SECONDS_EACH}s (${runs:-?} runs)"
    return 0
  fi
  echo "fuzz.sh: ${target}_fuzzer: FOUND something (exit $status); end of $log:"
  tail -n 60 "$log" | sed 's/^/  /'
  return 1
}

for target in "${TARGETS[@]}"; do seed "$target"; done

failed=0
pending=("${TARGETS[@]}")
while [[ ${#pending[@]} -gt 0 ]]; do
  batch=("${pending[@]:0:PARALLEL}")
  pending=("${pending[@]:PARALLEL}")
  pids=()
  for target in "${batch[@]}"; do
    run "$target" &
    pids+=($!)
  done
  for i in "${!batch[@]}"; do
    status=0
    wait "${pids[$i]}" || status=$?
    report "${batch[$i]}" "$status" || failed=$((failed + 1))
  done
done
# The plain closing line that CI logs are read for.
echo "fuzz: $((${#TARGETS[@]} - failed)) passed, $failed failed"
[[ $failed -eq 0 ]]
