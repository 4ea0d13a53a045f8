#!/usr/bin/env bash
# Builds the Google Benchmark suites (Release) and runs them, then prints each pacta figure beside
# its baseline measured in the same run, as a ratio.
#   scripts/bench.sh            all suites (10k, 100k and 1M actions; a few minutes)
#   scripts/bench.sh FILTER     only the benchmarks matching the regular expression FILTER
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
dpkg-query -W -f='${Status}' libbenchmark-dev 2>/dev/null | grep -q "install ok installed" || {
  export DEBIAN_FRONTEND=noninteractive; apt-get update -qq; apt-get install -y -qq libbenchmark-dev >/dev/null; }
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DPACTA_BUILD_BENCHMARKS=ON \
  -DPACTA_BUILD_TESTS=OFF -DPACTA_BUILD_EXAMPLES=OFF >/dev/null
cmake --build build-bench --parallel "$(nproc)" --target pacta_bench >/dev/null
out=build-bench/bench.json
build-bench/benchmarks/pacta_bench --benchmark_filter="${1:-.}" --benchmark_out="$out" --benchmark_out_format=json
python3 - "$out" <<'PY'
import json, sys
runs = {b["name"]: b for b in json.load(open(sys.argv[1]))["benchmarks"]}
def t(name):
    b = runs.get(name)
    return None if b is None else b["real_time"] * {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1}[b["time_unit"]]
print("\nratios (same run):")
def ratio(label, a, b):
    ta, tb = t(a), t(b)
    if ta and tb: print(f"  {label:<58} {ta/tb:8.2f} x")
ratio("add_period / sys_days + days", "BM_add_period", "BM_baseline_sys_days")
for n in ("10000", "100000", "1000000"):
    ratio(f"load+validate+dates / json::parse, {n} actions", f"BM_load/{n}", f"BM_baseline_json_parse/{n}")
if t("BM_load/100000") and t("BM_load/1000000"):
    print(f"  {'time per action, 1M / 100k':<58} {(t('BM_load/1000000')/1e6)/(t('BM_load/100000')/1e5):8.2f} x")
if t("BM_status_query/1000000"):
    print(f"  {'status queries per second, 1M actions':<58} {1/t('BM_status_query/1000000'):12.0f}")
    ratio("array scan / status query (speed-up of the index)", "BM_baseline_array_scan/1000000", "BM_status_query/1000000")
PY
