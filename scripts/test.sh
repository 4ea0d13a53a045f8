#!/usr/bin/env bash
# Installs what is missing, builds pacta with its tests and runs every test with CTest.
#   scripts/test.sh                      GCC, warnings as errors
#   scripts/test.sh --sanitize           the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   scripts/test.sh --tsan               the same under ThreadSanitizer
#   scripts/test.sh --compiler clang     with Clang
#   scripts/test.sh --no-unity           each source compiled alone (PACTA_UNITY=OFF: every source, and
#                                        each documentation block, must include what it uses)
# Options combine. Each variant builds in its own directory (build, build-asan, build-clang, …).
set -euo pipefail
cd "$(dirname "$0")/.."

compiler=gcc
sanitize=""
unity=ON
while [ $# -gt 0 ]; do
  case "$1" in
    --sanitize) sanitize="address,undefined" ;;
    --tsan) sanitize="thread" ;;
    --compiler) compiler="$2"; shift ;;
    --no-unity) unity=OFF ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "test.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

extras=()
[ "$compiler" = clang ] && extras+=(clang)
scripts/install-deps.sh "${extras[@]}"

build=build
args=(-G Ninja -DCMAKE_BUILD_TYPE=Debug -DPACTA_UNITY="$unity")
case "$compiler" in
  gcc) args+=(-DCMAKE_CXX_COMPILER=g++) ;;
  clang) args+=(-DCMAKE_CXX_COMPILER=clang++); build="$build-clang" ;;
  *) echo "test.sh: --compiler gcc or clang" >&2; exit 2 ;;
esac
[ "$unity" = OFF ] && build="$build-nounity"
if [ -n "$sanitize" ]; then
  # The sanitizers watch pacta's own code; the packaging tests (an install and two consumer builds,
  # three minutes) test CMake, not that code, and run in the plain and Clang variants.
  args+=(-DPACTA_SANITIZE="$sanitize" -DPACTA_INSTALL=OFF)
  if [ "$sanitize" = thread ]; then build="$build-tsan"; else build="$build-asan"; fi
fi
cmake -S . -B "$build" "${args[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)"
