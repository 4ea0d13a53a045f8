#!/usr/bin/env bash
# Measures what including pacta costs a translation unit: the compile time (best of N runs) of a TU
# that includes only nlohmann/json.hpp and date/date.h, against TUs that include pacta's headers.
#   scripts/include-cost.sh [RUNS] [COMPILER] [FLAGS...]     defaults: 3 runs, c++, -O2
# Run it on a quiet machine; the figures compare within one run only.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
cxx="${2:-c++}"
shift $(( $# > 2 ? 2 : $# )) || true
flags=("$@")
[ ${#flags[@]} -eq 0 ] && flags=(-O2)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

n=0
measure() {  # name, then the lines of the TU
  local name="$1"; shift
  n=$((n + 1))
  local tu="$work/tu$n"
  printf '%s\n' "$@" "int main() { return 0; }" > "$tu.cpp"
  local best=""
  for _ in $(seq "$runs"); do
    local start end ms
    start=$(date +%s%N)
    "$cxx" -std=c++17 "${flags[@]}" -Iinclude -DHAS_STRING_VIEW=1 -DONLY_C_LOCALE=1 -c "$tu.cpp" -o "$tu.o"
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  printf '%-44s %6d ms\n' "$name" "$best"
}

echo "$cxx ${flags[*]}, best of $runs"
measure "nlohmann/json.hpp + date/date.h" "#include <nlohmann/json.hpp>" "#include <date/date.h>"
measure "pacta/calendar.hpp" "#include <pacta/calendar.hpp>"
measure "pacta/record.hpp" "#include <pacta/record.hpp>"
measure "pacta/pacta.hpp" "#include <pacta/pacta.hpp>"
