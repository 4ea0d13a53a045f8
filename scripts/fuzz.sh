#!/usr/bin/env bash
# Builds the libFuzzer targets (Clang) and runs each for a given time, then prints, per target, the
# seeds it started from, the executions run, the final coverage (edges and features), the size of
# the corpus it grew and the crashes found.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     default: 60 seconds, every target
# Each target is seeded from the files the repository already has for its input (seeds(), below:
# the invalid-input suite, the bundled data, the saved UNTC pages) plus tests/fuzz/corpus/TARGET,
# which holds only the seeds found nowhere else (regression inputs of fixed crashes, hand-written
# cases); a copy of a repository file does not belong there. The seeds are copied afresh into
# build-fuzz/seeds/TARGET on every run and read by libFuzzer beside build-fuzz/corpus/TARGET, the
# corpus it grows; every seed runs before fuzzing starts (libFuzzer's INITED line, checked), however
# short the run. Crash inputs go to build-fuzz/artifacts/TARGET. Exit status 1 when any target
# crashed or did not run its seeds.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_registry fuzz_profile fuzz_reports fuzz_dates fuzz_tables fuzz_untc fuzz_writers)

# The repository's files that seed each target, besides its own tests/fuzz/corpus/TARGET.
seeds() {
  case "$1" in
    fuzz_registry)  # the invalid-registry suite, the valid example, the CLI tests' registries, the bundled registries
      ls tests/data/invalid/*.json tests/data/valid/*.json tests/data/cli/*.json data/registries/*.json ;;
    fuzz_profile)  # the bundled profiles, the CLI's invalid profile, and the strict JSON reader's invalid cases
      ls data/treaties/*.json tests/data/cli/clause-*-profile.json tests/data/cli/profile-wrong-format.json tests/data/invalid/syntax-*.json \
        tests/data/invalid/number-overflow.json ;;
    fuzz_reports)  # the reports file of the examples and the CLI and query tests
      ls examples/data/*.json ;;
    fuzz_untc)  # the smaller saved UN Treaty Collection pages of the importer's tests: between them every
      # heading variant, the suffixes a, d (both columns) and A, bracketed cells, former States in end
      # notes; the ATT's (a column of provisional application) and CCW Protocol IV's (no signature
      # column, the suffix P); the largest pages (up to 1.5 MB) would take the whole smoke run to read once
      ls tests/data/untc/html/{crc_op_ic,crc_op_sc,cedaw_op,iccpr_op1,ced,icescr}.html tests/data/untc/xxvi/{att,ccw_p4}.html ;;
    fuzz_tables)  # the name table, the successions table and the weights files of the bundled data
      ls data/states.json data/successions.json data/tables/*/*.json ;;
    fuzz_dates) ;;  # DATE|PERIOD text: no repository file has that shape; tests/fuzz/corpus/fuzz_dates only
    fuzz_writers) ;;  # fields separated by 0x1F: tests/fuzz/corpus/fuzz_writers only (hostile names, markup, controls)
    *) echo "fuzz.sh: unknown target '$1'" >&2; return 1 ;;
  esac
}

scripts/install-deps.sh fuzz
# The build's own output is kept quiet unless it fails: then it is printed, and the script says so.
mkdir -p build-fuzz && rm -f build-fuzz/configure.log build-fuzz/build.log
if ! cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPACTA_BUILD_FUZZERS=ON -DPACTA_BUILD_TESTS=OFF -DPACTA_BUILD_EXAMPLES=OFF -DPACTA_BUILD_CLI=OFF \
  -DPACTA_INSTALL=OFF >build-fuzz/configure.log 2>&1 \
  || ! cmake --build build-fuzz --parallel "$(nproc)" --target "${targets[@]}" >build-fuzz/build.log 2>&1; then
  cat build-fuzz/configure.log build-fuzz/build.log 2>/dev/null | tail -60 >&2
  echo "fuzz.sh: the fuzz targets did not build (above; build-fuzz/configure.log, build-fuzz/build.log)" >&2
  exit 1
fi

status=0
rows=()
total=0
for t in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$t
  seeddir=build-fuzz/seeds/$t
  artifacts=build-fuzz/artifacts/$t
  rm -rf "$seeddir"
  mkdir -p "$corpus" "$seeddir" "$artifacts"
  sources=$(seeds "$t")
  for f in $sources tests/fuzz/corpus/$t/*; do  # named after their path, so that no two collide
    if [ -f "$f" ]; then cp "$f" "$seeddir/${f//\//_}"; fi
  done
  nseeds=$(ls "$seeddir" | wc -l)
  log=build-fuzz/$t.log
  rc=0
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    build-fuzz/tests/fuzz/$t "$corpus" "$seeddir" -max_total_time="$seconds" -print_final_stats=1 \
    -rss_limit_mb=2048 -timeout=10 -artifact_prefix="$artifacts/" >"$log" 2>&1 || rc=$?
  grep -q 'INITED' "$log" || { echo "fuzz.sh: $t did not run its $nseeds seeds (see $log)" >&2; status=1; }
  execs=$( (grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" || true) | grep -o '[0-9]*$' | tail -1 || true)
  cov=$( (grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" || true) | tail -1)
  files=$(ls "$corpus" | wc -l)
  crashes=$(ls "$artifacts" | grep -Ec '^(crash|leak|timeout|oom)-' || true)
  [ "$rc" -eq 0 ] || status=1
  [ "$crashes" -eq 0 ] || status=1
  total=$((total + ${execs:-0}))
  rows+=("$(printf '%-14s %6s %14s   %-22s %7s %8s   exit %s' "$t" "$nseeds" "${execs:-?}" "${cov:-?}" "$files" "$crashes" "$rc")")
done
printf '%-14s %6s %14s   %-22s %7s %8s\n' target seeds executions coverage corpus crashes
for r in "${rows[@]}"; do echo "$r"; done
echo "total executions: $total (${seconds} s per target)"
exit $status
