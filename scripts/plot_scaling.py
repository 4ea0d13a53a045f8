#!/usr/bin/env python3
"""Draws docs/performance-scaling.svg: time against the number of actions, on log-log axes, from
the outputs of scripts/bench.sh (build-bench/bench.json and build-bench/sizes.json).

  scripts/plot_scaling.py [BENCH_JSON] [SIZES_JSON] [OUT_SVG]

Three series: nlohmann::json::parse of the text (the baseline), pacta's load + validate + every date
from the same text (both from the Google Benchmark run), and the same load from the file in a fresh
process (pacta_peak). A dotted line through the 100k point of the load shows linear cost.
Standard library only."""
import json
import math
import sys

bench_path = sys.argv[1] if len(sys.argv) > 1 else "build-bench/bench.json"
sizes_path = sys.argv[2] if len(sys.argv) > 2 else "build-bench/sizes.json"
out_path = sys.argv[3] if len(sys.argv) > 3 else "docs/performance-scaling.svg"

for path in (bench_path, sizes_path):
    try:
        open(path).close()
    except OSError as e:
        sys.exit(f"plot_scaling: cannot read {path} ({e.strerror}); run scripts/bench.sh first")

UNIT = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
runs = {}
for b in json.load(open(bench_path))["benchmarks"]:
    runs[b["name"].split("/iterations:")[0].split("/min_time:")[0]] = b


def series(prefix):
    points = []
    for name, b in runs.items():
        if not name.startswith(prefix + "/"):
            continue
        n = b.get("actions", float(name.split("/")[1]))
        points.append((n, b["real_time"] * UNIT[b["time_unit"]]))
    return sorted(points)


parse = series("BM_baseline_json_parse")
load = series("BM_load")
# The baseline has no actions counter: take the load's count for the same nominal size.
counts = {name.split("/")[1]: b["actions"] for name, b in runs.items() if name.startswith("BM_load/") and "actions" in b}
parse = sorted((counts.get(str(int(n)), n), t) for n, t in parse)
peak = []
for line in open(sizes_path):
    line = line.strip()
    if line:
        r = json.loads(line)
        peak.append((r["actions"], r["wall_s"]))
peak.sort()

W, H = 720, 440
left, right, top, bottom = 80, 200, 30, 60
xs = [p[0] for s in (parse, load, peak) for p in s]
ys = [p[1] for s in (parse, load, peak) for p in s]
x0, x1 = math.floor(math.log10(min(xs))), math.ceil(math.log10(max(xs)))
y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))


def X(n):
    return left + (math.log10(n) - x0) / (x1 - x0) * (W - left - right)


def Y(t):
    return H - bottom - (math.log10(t) - y0) / (y1 - y0) * (H - top - bottom)


svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>']
for e in range(x0, x1 + 1):
    x = X(10 ** e)
    svg.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{H - bottom}" stroke="#ddd"/>')
    label = {3: "1k", 4: "10k", 5: "100k", 6: "1M", 7: "10M"}.get(e, f"1e{e}")
    svg.append(f'<text x="{x:.1f}" y="{H - bottom + 18}" text-anchor="middle">{label}</text>')
for e in range(y0, y1 + 1):
    y = Y(10 ** e)
    svg.append(f'<line x1="{left}" y1="{y:.1f}" x2="{W - right}" y2="{y:.1f}" stroke="#ddd"/>')
    label = {-4: "0.1 ms", -3: "1 ms", -2: "10 ms", -1: "100 ms", 0: "1 s", 1: "10 s", 2: "100 s"}.get(e, f"1e{e} s")
    svg.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
svg.append(f'<text x="{(left + W - right) / 2:.1f}" y="{H - 18}" text-anchor="middle">actions in the registry</text>')
svg.append(f'<text x="18" y="{(top + H - bottom) / 2:.1f}" text-anchor="middle" '
           f'transform="rotate(-90 18 {(top + H - bottom) / 2:.1f})">wall time</text>')

styles = [(parse, "#888", "json::parse of the text (baseline)"),
          (load, "#1f5fa8", "pacta: load + validate + every date (text)"),
          (peak, "#c0392b", "pacta: the same from the file (own process)")]
for k, (pts, colour, label) in enumerate(styles):
    if not pts:
        continue
    path = " ".join(f"{'M' if i == 0 else 'L'}{X(n):.1f},{Y(t):.1f}" for i, (n, t) in enumerate(pts))
    svg.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
    for n, t in pts:
        svg.append(f'<circle cx="{X(n):.1f}" cy="{Y(t):.1f}" r="3.5" fill="{colour}"/>')
    ly = top + 10 + 20 * k
    svg.append(f'<line x1="{W - right + 12}" y1="{ly}" x2="{W - right + 32}" y2="{ly}" stroke="{colour}" stroke-width="2"/>')
    svg.append(f'<text x="{W - right + 36}" y="{ly + 4}" font-size="10">{label}</text>')
ref = [p for p in load if abs(math.log10(p[0]) - 5) < 0.1]
if ref:
    n, t = ref[0]
    a, b = 10 ** x0, 10 ** x1
    svg.append(f'<line x1="{X(a):.1f}" y1="{Y(t * a / n):.1f}" x2="{X(b):.1f}" y2="{Y(t * b / n):.1f}" '
               f'stroke="#1f5fa8" stroke-dasharray="3,4" stroke-width="1"/>')
    ly = top + 10 + 20 * len(styles)
    svg.append(f'<line x1="{W - right + 12}" y1="{ly}" x2="{W - right + 32}" y2="{ly}" stroke="#1f5fa8" stroke-dasharray="3,4"/>')
    svg.append(f'<text x="{W - right + 36}" y="{ly + 4}" font-size="10">linear from 100k</text>')
svg.append("</svg>")
open(out_path, "w").write("\n".join(svg) + "\n")
print(f"wrote {out_path}")
