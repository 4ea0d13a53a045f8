#!/usr/bin/env bash
# Measures what including pacta costs a translation unit: the compile time (best of N runs) of a TU
# that includes only nlohmann/json.hpp and date/date.h, against TUs that include pacta's headers.
#   scripts/include-cost.sh [RUNS] [COMPILER] [FLAGS...]     defaults: 3 runs, c++, -O2
# Run it on a quiet machine; the figures compare within one run only. Exits 1 when the TU that only
# queries a record (<pacta/treaty_record.hpp>) takes longer than the baseline.
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
  printf '%-52s %6d ms\n' "$name" "$best"
  last=$best
}

echo "$cxx ${flags[*]}, best of $runs"
measure "nlohmann/json.hpp + date/date.h" "#include <nlohmann/json.hpp>" "#include <date/date.h>"
baseline=$last
measure "pacta/calendar.hpp" "#include <pacta/calendar.hpp>"
# A translation unit that only queries a record it was given: the layer without JSON.
measure "pacta/treaty_record.hpp, with two queries" "#include <pacta/treaty_record.hpp>" \
  "std::size_t bound(const pacta::treaty_record& r, pacta::date_t d) {" \
  "  std::size_t n = 0;" \
  "  for (const auto& s : r.states()) n += r.is_bound(s.state, d) ? 1 : 0;" \
  "  return n + r.parties_on(d);" \
  "}"
query=$last
# The same with a query that builds its sentence of reasoning: what it costs is the code it inlines.
measure "  … and entry_into_force_for (its reasoning)" "#include <pacta/treaty_record.hpp>" \
  "bool eif(const pacta::treaty_record& r) { return r.entry_into_force_for(r.states().front().state).has_value(); }"
measure "pacta/reporting.hpp, with a query" "#include <pacta/reporting.hpp>" \
  "std::string next(const pacta::treaty_record& r) {" \
  "  return pacta::reporting(r).position(r.states().front().state, r.source().as_of).explanation;" \
  "}"
measure "pacta/record.hpp (loading and building)" "#include <pacta/record.hpp>"
measure "pacta/pacta.hpp (everything, with libpacta)" "#include <pacta/pacta.hpp>"
measure "pacta/pacta.hpp (everything, header-only)" "#define PACTA_HEADER_ONLY" "#include <pacta/pacta.hpp>"
awk -v q="$query" -v b="$baseline" 'BEGIN { printf "query TU / nlohmann+date: %.2f (target: at most 1.00)\n", q / b }'
[ "$query" -le "$baseline" ]
