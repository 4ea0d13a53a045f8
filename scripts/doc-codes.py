#!/usr/bin/env python3
"""Checks that pacta's diagnostic codes, its docs and its tests say the same.

  scripts/doc-codes.py [SOURCE_DIR]

- every code the source can emit (a string literal shaped like a code, `"date.invalid"`, in
  include/ and src/, or `"eligibility"`) is in a code table of docs/registry-format.md,
  docs/treaty-profiles.md or docs/reports-format.md (a table row that starts with the code);
- every code in those tables is one the source emits, and is exercised by some test: it appears in
  a test source, an expected-diagnostics manifest or a golden output under tests/.

Prints what is missing and "N passed, N failed" last; exits 1 on any failure.
"""
import os
import re
import sys

source = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODE = re.compile(r'"([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)"')
NOT_CODES = re.compile(r"\.(json|hpp|cpp|h|md|html|svg|ics|csv|txt|cmake)$")
ROW = re.compile(r"^\|\s*`([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*)`(?:,\s*`([a-z][a-z0-9.-]*)`)?\s*\|")
PAGES = ["docs/registry-format.md", "docs/treaty-profiles.md", "docs/reports-format.md"]


def files_under(*dirs, suffixes=None):
    for d in dirs:
        for root, _, names in os.walk(os.path.join(source, d)):
            for n in names:
                if suffixes is None or n.endswith(suffixes):
                    yield os.path.join(root, n)


emitted = {"eligibility"}
for path in files_under("include", "src", suffixes=(".hpp", ".cpp", ".h")):
    with open(path, encoding="utf-8") as f:
        for code in CODE.findall(f.read()):
            if not NOT_CODES.search(code) and not code.startswith("pacta."):
                emitted.add(code)

documented = {}
for page in PAGES:
    in_table = False
    with open(os.path.join(source, page), encoding="utf-8") as f:
        for line in f:
            if line.startswith("| code |"):
                in_table = True
                continue
            if not line.startswith("|"):
                in_table = False
                continue
            m = ROW.match(line)
            if in_table and m:
                for code in m.groups():
                    if code:
                        documented[code] = page

tests_text = ""
for path in files_under("tests"):
    if "/fuzz/corpus" in path:
        continue
    try:
        with open(path, encoding="utf-8") as f:
            tests_text += f.read()
    except (UnicodeDecodeError, IsADirectoryError):
        pass

failed = []
for code in sorted(emitted - set(documented)):
    failed.append("%s: emitted by the source, in no code table of %s" % (code, ", ".join(PAGES)))
for code in sorted(set(documented) - emitted):
    failed.append("%s: in %s, but the source never emits it" % (code, documented[code]))
for code in sorted(documented):
    if code in emitted and code not in tests_text:
        failed.append("%s: documented, but no test under tests/ produces or expects it" % code)
for f in failed:
    print("FAILED " + f)
passed = len(emitted) + len(documented) - len(failed)
print("%d codes emitted, %d documented" % (len(emitted), len(documented)))
print("%d passed, %d failed" % (max(passed, 0), len(failed)))
sys.exit(1 if failed else 0)
