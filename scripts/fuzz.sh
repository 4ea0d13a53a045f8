#!/usr/bin/env bash
# Builds the libFuzzer targets (Clang) and runs each for a given time, then prints, per target, the
# executions run, the final coverage (edges and features), the corpus size and the crashes found.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     default: 60 seconds, every target
# The committed seed corpora (tests/fuzz/corpus/TARGET) are copied into build-fuzz/corpus and grown
# there; crash inputs go to build-fuzz/artifacts/TARGET. Exit status 1 when any target crashed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_registry fuzz_profile fuzz_reports fuzz_dates fuzz_untc)

scripts/install-deps.sh fuzz
cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPACTA_BUILD_FUZZERS=ON -DPACTA_BUILD_TESTS=OFF -DPACTA_BUILD_EXAMPLES=OFF -DPACTA_BUILD_CLI=OFF \
  -DPACTA_INSTALL=OFF >/dev/null
cmake --build build-fuzz --parallel "$(nproc)" --target "${targets[@]}" >/dev/null

status=0
rows=()
total=0
for t in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$t
  artifacts=build-fuzz/artifacts/$t
  mkdir -p "$corpus" "$artifacts"
  cp -n tests/fuzz/corpus/$t/* "$corpus"/ 2>/dev/null || true
  log=build-fuzz/$t.log
  rc=0
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    build-fuzz/tests/fuzz/$t "$corpus" -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=2048 \
    -timeout=10 -artifact_prefix="$artifacts/" >"$log" 2>&1 || rc=$?
  execs=$( (grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" || true) | grep -o '[0-9]*$' | tail -1 || true)
  cov=$( (grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" || true) | tail -1)
  files=$(ls "$corpus" | wc -l)
  crashes=$(ls "$artifacts" | grep -Ec '^(crash|leak|timeout|oom)-' || true)
  [ "$rc" -eq 0 ] || status=1
  [ "$crashes" -eq 0 ] || status=1
  total=$((total + ${execs:-0}))
  rows+=("$(printf '%-14s %14s   %-22s %7s %8s   exit %s' "$t" "${execs:-?}" "${cov:-?}" "$files" "$crashes" "$rc")")
done
printf '%-14s %14s   %-22s %7s %8s\n' target executions coverage corpus crashes
for r in "${rows[@]}"; do echo "$r"; done
echo "total executions: $total (${seconds} s per target)"
exit $status
