#!/usr/bin/env bash
# Builds the Google Benchmark suites (Release) and runs them, then prints each pacta figure beside
# its baseline measured in the same run, as a ratio; then loads synthetic registries of 10k, 100k,
# 1M and 5M actions, each in its own process, for their time and peak memory (max RSS).
#   scripts/bench.sh            everything (about ten minutes; 6 GB of memory for the 5M baselines)
#   scripts/bench.sh FILTER     only the benchmarks matching the regular expression FILTER, no sizes
#   scripts/bench.sh --sizes    only the size table
#   scripts/bench.sh --import   only the importer: the largest saved UNTC pages, time and peak memory
#                               as a multiple of the page
#   scripts/bench.sh --system   only the whole treaty system: `pacta site` (target: under 2 s) and
#                               `pacta state NAME --all-treaties` as a multiple of one treaty's `state`;
#                               then data directories of 70 to 560 synthetic treaties (target: 250 ms
#                               at 560, linear in the treaties; scripts/plot_system.py plots them)
# Results: build-bench/bench.json (Google Benchmark's JSON), build-bench/sizes.json (one line a size).
# scripts/plot_scaling.py turns both into docs/performance-scaling.svg.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
for pkg in libbenchmark-dev time; do  # time: /usr/bin/time, for the importer's peak memory
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || {
    export DEBIAN_FRONTEND=noninteractive; apt-get update -qq; apt-get install -y -qq "$pkg" >/dev/null; }
done
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DPACTA_BUILD_BENCHMARKS=ON \
  -DPACTA_BUILD_TESTS=OFF -DPACTA_BUILD_EXAMPLES=OFF -DPACTA_PYTHON=ON -DPython3_EXECUTABLE=/usr/bin/python3 >/dev/null
cmake --build build-bench --parallel "$(nproc)" --target pacta_bench pacta_synth pacta_peak pacta_cli pacta_python >/dev/null

# The importer (pacta import-untc) on the largest saved status pages: seconds, and peak memory as a
# multiple of the page's size (the target: well under a second, a small multiple of the page).
import_table() {
  echo
  echo "import-untc (each page once, in its own process):"
  for page in cedaw cat crc_op_ac crc crpd; do
    html=tests/data/untc/html/$page.html
    bytes=$(stat -c %s "$html")
    /usr/bin/time -f "%e %M" -o build-bench/import-time.txt \
      build-bench/pacta import-untc "$html" --output build-bench/import-$page.json 2>/dev/null
    read -r secs kib < build-bench/import-time.txt
    python3 -c "import sys; s,k,b,p=float(sys.argv[1]),int(sys.argv[2]),int(sys.argv[3]),sys.argv[4]; print(f'  {p:<10} {b/1e6:5.2f} MB  {s:5.2f} s  peak memory {k*1024/b:5.1f} x the page')" \
      "$secs" "$kib" "$bytes" "$page"
  done
}
# What both system tables time with: `best(args)`, the best of 5 runs of `pacta ARGS` in its own
# process, in seconds (the Python below each table is appended to it; pacta's path is argv[1]).
timing_py='import subprocess, sys, time
pacta = sys.argv[1]
def best(args):
    times = []
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run([pacta] + args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return min(times)
'
# The whole treaty system, each command in its own process, best of 5 in this run: the site of every
# bundled instrument and State, and one State across every treaty beside one treaty's `state`.
system_table() {
  echo
  echo "the treaty system (best of 5, same run):"
  python3 -c "$timing_py$(cat <<'PY'
import shutil
one = best(["state", "Benin", "--on", "2026-02-03"])
every = best(["state", "Benin", "--all-treaties", "--on", "2026-02-03"])
shutil.rmtree("build-bench/site", ignore_errors=True)
site = best(["site", "build-bench/site", "--on", "2026-02-03"])
print(f"  pacta state Benin (the OPSC, with the Convention)       {one*1000:8.1f} ms")
import glob
n = len(glob.glob("data/registries/*.json"))
print(f"  pacta state Benin --all-treaties ({n} registries)         {every*1000:8.1f} ms   {every/one:5.2f} x one treaty")
print(f"  pacta site DIR ({n} instruments, every State)             {site*1000:8.1f} ms   {site/2:5.2f} x the 2 s target")
# The same cross-treaty view from Python (docs/python.md): the interpreter, the import and the load,
# against the CLI's process (the target: 1.5 x).
import os
env = dict(os.environ, PYTHONPATH="build-bench/python")
def best_python(code):
    times = []
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run(["/usr/bin/python3", "-c", code], check=True, env=env, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return min(times)
py = best_python("import datetime, pacta; pacta.load().state('Benin', on=datetime.date(2026, 2, 3))")
bare = best_python("pass")
print(f"  python3: pacta.load().state('Benin') (every treaty)      {py*1000:8.1f} ms   {py/every:5.2f} x the CLI's --all-treaties")
print(f"     of which python3 itself starting                      {bare*1000:8.1f} ms")
print(f"     the import and the work alone                         {(py-bare)*1000:8.1f} ms   {(py-bare)/every:5.2f} x the CLI's --all-treaties")
PY
)" build-bench/pacta
}
# The depositary's size: data directories of 70, 140, 280 and 560 synthetic treaties of about 200
# States each (pacta_synth --data-dir, with the bundled name table), `pacta treaties` and `pacta
# state NAME --all-treaties` on each in its own process, best of 5 in this run. The targets: 250 ms
# at 560 treaties, and a cost linear in the number of treaties (560 against 70, per treaty).
# Writes build-bench/system-scale.json; scripts/plot_system.py draws docs/performance-system.svg.
scale_table() {
  echo
  echo "the depositary's size (synthetic treaties of about 200 States each, best of 5, same run):"
  for t in 70 140 280 560; do
    d=build-bench/system-$t
    if [ ! -f "$d/treaties/t$(printf %04d "$t").json" ]; then
      rm -rf "$d" && mkdir -p "$d/registries" "$d/treaties" && cp data/states.json "$d/"
      build-bench/benchmarks/pacta_synth --data-dir "$t" 200 "$d" 2>/dev/null
    fi
  done
  python3 -c "$timing_py$(cat <<'PY'
import json
rows = []
for t in (70, 140, 280, 560):
    d = f"build-bench/system-{t}"
    common = ["--data-dir", d]
    rows.append({"treaties": t,
                 "treaties_ms": best(common + ["treaties", "--on", "2026-02-03"]) * 1000,
                 "state_ms": best(common + ["state", "State 0000007", "--all-treaties", "--on", "2026-02-03"]) * 1000})
print(f"  {'treaties':>8} {'pacta treaties':>15} {'state --all-treaties':>21} {'per treaty':>11}")
for r in rows:
    print(f"  {r['treaties']:>8} {r['treaties_ms']:12.1f} ms {r['state_ms']:18.1f} ms {r['state_ms'] / r['treaties']:8.3f} ms")
first, last = rows[0], rows[-1]
for field, label in (("treaties_ms", "pacta treaties"), ("state_ms", "pacta state --all-treaties")):
    print(f"  {label + ', 560 treaties / the 250 ms target':<58} {last[field] / 250:6.2f} x")
    print(f"  {label + ', per treaty at 560 / at 70 (1.00: linear)':<58} "
          f"{(last[field] / last['treaties']) / (first[field] / first['treaties']):6.2f} x")
json.dump(rows, open("build-bench/system-scale.json", "w"), indent=1)
PY
)" build-bench/pacta
}
if [ "${1:-}" = "--import" ]; then
  import_table
  exit 0
fi
if [ "${1:-}" = "--system" ]; then
  system_table
  scale_table
  exit 0
fi

if [ "${1:-}" != "--sizes" ]; then
  out=build-bench/bench.json
  build-bench/benchmarks/pacta_bench --benchmark_filter="${1:-.}" --benchmark_out="$out" --benchmark_out_format=json
  python3 - "$out" <<'PY'
import json, sys
runs = {}
for b in json.load(open(sys.argv[1]))["benchmarks"]:
    runs[b["name"].split("/iterations:")[0].split("/min_time:")[0]] = b
def t(name):
    b = runs.get(name)
    return None if b is None else b["real_time"] * {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1}[b["time_unit"]]
def per_action(n):
    b = runs.get(f"BM_load/{n}")
    return None if b is None or "actions" not in b else t(f"BM_load/{n}") / b["actions"]
print("\nratios (same run):")
def ratio(label, a, b):
    ta, tb = t(a), t(b)
    if ta and tb: print(f"  {label:<62} {ta/tb:8.2f} x")
ratio("add_period / sys_days + days", "BM_add_period", "BM_baseline_sys_days")
for n in ("10000", "100000", "1000000", "5000000"):
    ratio(f"load+validate+dates / json::parse, {n} actions", f"BM_load/{n}", f"BM_baseline_json_parse/{n}")
ratio("the same from the file on disk, 1000000 actions", "BM_load_file/1000000", "BM_baseline_json_parse_file/1000000")
ratio("560 treaties of 200 States / json::parse of the same", "BM_load_treaties", "BM_baseline_json_parse_treaties")
for n, label in (("1000000", "1M"), ("5000000", "5M")):
    if per_action(n) and per_action("100000"):
        print(f"  {'time per action, ' + label + ' / 100k':<62} {per_action(n) / per_action('100000'):8.2f} x")
for name, label in (("BM_status_query/1000000", "by name"), ("BM_status_query_index/1000000", "by index")):
    if t(name):
        print(f"  {'status queries per second, 1M actions, ' + label:<62} {1/t(name):12.0f}")
ratio("array scan / status query by name (speed-up of the index)", "BM_baseline_array_scan/1000000", "BM_status_query/1000000")
PY
  [ -z "${1:-}" ] || exit 0
fi

echo
echo "sizes (each loaded once by pacta_peak in its own process):"
sizes=build-bench/sizes.json
: > "$sizes"
for n in 10000 100000 1000000 5000000; do
  file=build-bench/synthetic-$n.json
  [ -f "$file" ] || build-bench/benchmarks/pacta_synth "$n" > "$file" 2>/dev/null
  build-bench/benchmarks/pacta_peak "$file" | tee -a "$sizes"
done
import_table
system_table
