#!/usr/bin/env bash
# Installs what is missing (Debian 12, as root), then configures and builds
# cvparse into build/. Safe to run again: it only installs what is absent.
#
#   tools/bootstrap.sh            # Release-ish build in build/
#   BUILD_DIR=build-asan CVPARSE_SANITIZE=ON tools/bootstrap.sh
#   BUILD_DIR=build-fuzz CVPARSE_FUZZ=ON tools/bootstrap.sh
#       # clang: the libFuzzer targets, and everything else with ASan + UBSan
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build}
CVPARSE_FUZZ=${CVPARSE_FUZZ:-OFF}
PACKAGES=(cmake ninja-build g++ pkg-config git libre2-dev libicu-dev libboost-program-options-dev
          catch2 nlohmann-json3-dev libyaml-cpp-dev libmimalloc-dev parallel python3 nodejs npm)
# libFuzzer and clang's sanitizer runtimes are only "recommended" by clang.
[[ $CVPARSE_FUZZ == ON ]] && PACKAGES+=(clang libclang-rt-14-dev)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm may come with a Node.js that was not installed by apt; accept that.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
read -r -a missing <<<"${missing[*]}"
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "bootstrap: installing ${missing[*]}" >&2
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The JSON Resume schema validator used by the test suite (pinned by package-lock.json).
if [[ ! -d tests/schema/node_modules/@jsonresume/schema ]]; then
  (cd tests/schema && npm ci --silent --no-audit --no-fund)
fi

compilers=()
[[ $CVPARSE_FUZZ == ON ]] && compilers=(-DCMAKE_CXX_COMPILER=clang++)
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" \
      -DCVPARSE_SANITIZE="${CVPARSE_SANITIZE:-OFF}" -DCVPARSE_FUZZ="$CVPARSE_FUZZ" "${compilers[@]}" >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
