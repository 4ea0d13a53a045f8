#!/usr/bin/env python3
"""Draws docs/performance-system.svg: a whole data directory's commands against the number of
treaties in it, from build-bench/system-scale.json (written by scripts/bench.sh --system).

  scripts/plot_system.py [SCALE_JSON] [OUT_SVG]

Two series on linear axes: `pacta treaties` and `pacta state NAME --all-treaties`, each command in
its own process, on data directories of synthetic treaties of about 200 States each. A dotted line
from the origin through each series' smallest point shows linear cost; a level line marks the
250 ms target at 560 treaties. Standard library only."""
import json
import sys

scale_path = sys.argv[1] if len(sys.argv) > 1 else "build-bench/system-scale.json"
out_path = sys.argv[2] if len(sys.argv) > 2 else "docs/performance-system.svg"
try:
    rows = json.load(open(scale_path))
except OSError as e:
    sys.exit(f"plot_system: cannot read {scale_path} ({e.strerror}); run scripts/bench.sh --system first")
rows.sort(key=lambda r: r["treaties"])
if not rows:
    sys.exit(f"plot_system: {scale_path} holds no measurement")

W, H = 720, 440
left, right, top, bottom = 80, 220, 30, 60
x_max = max(r["treaties"] for r in rows) * 1.05
y_max = max(max(r["treaties_ms"], r["state_ms"]) for r in rows + [{"treaties_ms": 250, "state_ms": 0}]) * 1.15


def X(n):
    return left + n / x_max * (W - left - right)


def Y(ms):
    return H - bottom - ms / y_max * (H - top - bottom)


def ticks(limit, step_options):
    step = next(s for s in step_options if limit / s <= 8)
    return [k * step for k in range(int(limit // step) + 1)]


svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<rect width="{W}" height="{H}" fill="white"/>']
for n in ticks(x_max, (50, 100, 200, 500, 1000)):
    svg.append(f'<line x1="{X(n):.1f}" y1="{top}" x2="{X(n):.1f}" y2="{H - bottom}" stroke="#ddd"/>')
    svg.append(f'<text x="{X(n):.1f}" y="{H - bottom + 18}" text-anchor="middle">{n}</text>')
for ms in ticks(y_max, (25, 50, 100, 200, 500, 1000)):
    svg.append(f'<line x1="{left}" y1="{Y(ms):.1f}" x2="{W - right}" y2="{Y(ms):.1f}" stroke="#ddd"/>')
    svg.append(f'<text x="{left - 8}" y="{Y(ms) + 4:.1f}" text-anchor="end">{ms} ms</text>')
svg.append(f'<text x="{(left + W - right) / 2:.1f}" y="{H - 18}" text-anchor="middle">'
           'treaties in the data directory (about 200 States each)</text>')
svg.append(f'<text x="18" y="{(top + H - bottom) / 2:.1f}" text-anchor="middle" '
           f'transform="rotate(-90 18 {(top + H - bottom) / 2:.1f})">wall time, own process</text>')
svg.append(f'<line x1="{left}" y1="{Y(250):.1f}" x2="{W - right}" y2="{Y(250):.1f}" stroke="#c0392b" '
           'stroke-dasharray="6,4"/>')
legend = 0


def key(colour, label, dash=None):
    global legend
    ly = top + 10 + 20 * legend
    legend += 1
    extra = f' stroke-dasharray="{dash}"' if dash else ""
    svg.append(f'<line x1="{W - right + 12}" y1="{ly}" x2="{W - right + 32}" y2="{ly}" stroke="{colour}" '
               f'stroke-width="2"{extra}/>')
    svg.append(f'<text x="{W - right + 36}" y="{ly + 4}" font-size="10">{label}</text>')


for field, colour, label in (("treaties_ms", "#1f5fa8", "pacta treaties"),
                             ("state_ms", "#2e8b57", "pacta state NAME --all-treaties")):
    pts = [(r["treaties"], r[field]) for r in rows]
    path = " ".join(f"{'M' if i == 0 else 'L'}{X(n):.1f},{Y(t):.1f}" for i, (n, t) in enumerate(pts))
    svg.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
    for n, t in pts:
        svg.append(f'<circle cx="{X(n):.1f}" cy="{Y(t):.1f}" r="3.5" fill="{colour}"/>')
    n0, t0 = pts[0]
    svg.append(f'<line x1="{X(0):.1f}" y1="{Y(0):.1f}" x2="{X(x_max):.1f}" y2="{Y(t0 * x_max / n0):.1f}" '
               f'stroke="{colour}" stroke-dasharray="3,4" stroke-width="1"/>')
    key(colour, label)
key("#888", f"linear from {rows[0]['treaties']} treaties", "3,4")
key("#c0392b", "target: 250 ms at 560", "6,4")
svg.append("</svg>")
open(out_path, "w").write("\n".join(svg) + "\n")
print(f"wrote {out_path}")
