#!/usr/bin/env python3
"""Writes a pacta.registry/1 file from a UN Treaty Collection participant table (CSV).

The CSV has the columns participant,signature,deposit,kind, as tests/data/untc/*.csv. Effective dates
of successions (the date of succession of States, rule E5) are not in the table; pass them with
--succession "State=YYYY-MM-DD". Usage:

  scripts/registry-from-untc-csv.py tests/data/untc/opsc.csv --treaty opsc --as-of 2026-02-03 \
      --source "..." --succession "Montenegro=2006-06-03" > data/registries/opsc.json
"""
import argparse
import csv
import json
import sys


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--treaty", required=True)
    ap.add_argument("--as-of", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--succession", action="append", default=[], help="State=YYYY-MM-DD")
    ap.add_argument("--succession-note", action="append", default=[], help="State=text")
    args = ap.parse_args()
    effective = dict(s.split("=", 1) for s in args.succession)
    notes = dict(s.split("=", 1) for s in args.succession_note)

    rows = list(csv.DictReader(open(args.csv, encoding="utf-8")))
    lines = []
    for r in rows:
        state = r["participant"]
        if r["signature"]:
            lines.append({"state": state, "action": "signature", "date": r["signature"]})
        if r["deposit"]:
            a = {"state": state, "action": r["kind"], "date": r["deposit"]}
            if r["kind"] == "succession":
                if state in effective:
                    a["effective"] = effective[state]
                if state in notes:
                    a["note"] = notes[state]
            lines.append(a)
    out = sys.stdout
    out.write("{\n")
    out.write('  "format": "pacta.registry/1",\n')
    out.write('  "treaty": %s,\n' % json.dumps(args.treaty))
    out.write('  "as_of": %s,\n' % json.dumps(args.as_of))
    out.write('  "source": %s,\n' % json.dumps(args.source, ensure_ascii=False))
    out.write('  "actions": [\n')
    out.write(",\n".join("    " + json.dumps(a, ensure_ascii=False) for a in lines))
    out.write("\n  ]\n}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
