#!/usr/bin/env bash
# Installs what is missing, builds pacta with its tests and runs every test with CTest.
#   scripts/test.sh                      GCC, warnings as errors
#   scripts/test.sh --sanitize           the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   scripts/test.sh --tsan               the same under ThreadSanitizer
#   scripts/test.sh --compiler clang     with Clang
#   scripts/test.sh --no-unity           each source compiled alone (PACTA_UNITY=OFF: every source, and
#                                        each documentation block, must include what it uses)
#   scripts/test.sh --no-packaging       without the packaging tests (an install and two consumer builds)
# Options combine. Each variant builds in its own directory (build, build-asan, build-clang, …).
# Debug builds with line tables only (-g1: file and line in every stack trace and sanitizer report, at
# a fraction of full debug information's compile time); ThreadSanitizer at -O1 (its large-input tests
# run twice as fast, for 10 % more compile time; AddressSanitizer at -O1 compiles three times slower
# with GCC and stays at -O0). The sanitizer variants leave out the tests that run none of pacta's
# code (labelled "static": compile-fail, include hygiene, layout, the docs' code table, the schemas)
# and the site's rendering in a browser (labelled "browser"): those run in the plain and Clang variants.
set -euo pipefail
cd "$(dirname "$0")/.."

compiler=gcc
sanitize=""
unity=ON
packaging=ON
while [ $# -gt 0 ]; do
  case "$1" in
    --sanitize) sanitize="address,undefined" ;;
    --tsan) sanitize="thread" ;;
    --compiler) compiler="$2"; shift ;;
    --no-unity) unity=OFF ;;
    --no-packaging) packaging=OFF ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "test.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

extras=()
[ "$compiler" = clang ] && extras+=(clang)
scripts/install-deps.sh "${extras[@]}"

build=build
ctest_args=()
args=(-G Ninja -DCMAKE_BUILD_TYPE=Debug -DPACTA_UNITY="$unity" -DPACTA_INSTALL="$packaging")
debug_flags="-g1"
case "$compiler" in
  gcc) args+=(-DCMAKE_CXX_COMPILER=g++) ;;
  clang) args+=(-DCMAKE_CXX_COMPILER=clang++); build="$build-clang" ;;
  *) echo "test.sh: --compiler gcc or clang" >&2; exit 2 ;;
esac
[ "$unity" = OFF ] && build="$build-nounity"
if [ -n "$sanitize" ]; then
  # The sanitizers watch pacta's own code; the packaging tests (an install and two consumer builds,
  # three minutes) test CMake, not that code, and run in the plain variant.
  args+=(-DPACTA_SANITIZE="$sanitize" -DPACTA_INSTALL=OFF)
  ctest_args+=(--label-exclude "static|browser")
  if [ "$sanitize" = thread ]; then build="$build-tsan"; debug_flags="-O1 -g1"; else build="$build-asan"; fi
fi
args+=("-DCMAKE_CXX_FLAGS_DEBUG=$debug_flags")
# The Python module (docs/python.md) in the plain GCC variant, for the system's python3 (the one the
# Debian packages pybind11 and pytest are for); the sanitizer variants would need their runtimes
# preloaded into python3, and the Clang variant compiles the same code.
if [ "$compiler" = gcc ] && [ -z "$sanitize" ] && [ "$unity" = ON ] && [ -x /usr/bin/python3 ] &&
   [ -f /usr/lib/cmake/pybind11/pybind11Config.cmake ]; then
  args+=(-DPACTA_PYTHON=ON -DPython3_EXECUTABLE=/usr/bin/python3)
fi
cmake -S . -B "$build" "${args[@]}" >/dev/null
# Once more: where the directory was configured with another compiler (scripts/run.sh's Release build
# uses the default c++), CMake deletes its cache and drops every other option of the run above, the
# Python module's included; the second run applies them.
cmake -S . -B "$build" "${args[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" "${ctest_args[@]}"
