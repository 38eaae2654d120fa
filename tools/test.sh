#!/usr/bin/env bash
# The test command of the README and of CI: builds build-check/ with clang,
# ASan and UBSan (CVPARSE_FUZZ=ON, which also builds the libFuzzer targets
# that tools/fuzz.sh runs) and runs the whole suite there, so every test
# (units, golden corpus, CLI, schema, eval, hostile inputs, batches, fuzz
# replays) runs under the sanitizers. One build instead of a plain one plus
# a sanitized one keeps CI to a single compile.
#
#   tools/test.sh                 # everything
#   tools/test.sh -L batch        # extra arguments go to ctest
#
# For quick iterations the plain build is faster to test:
#   tools/bootstrap.sh && ctest --test-dir build --output-on-failure -j2
set -euo pipefail
cd "$(dirname "$0")/.."

export BUILD_DIR=${BUILD_DIR:-build-check}
CVPARSE_FUZZ=ON tools/bootstrap.sh
# halt_on_error: a UBSan report fails its test instead of scrolling past.
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
  ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)" "$@"
