#!/usr/bin/env python3
"""Checks that pacta's diagnostic codes, its docs and its tests say the same.

  scripts/doc-codes.py [SOURCE_DIR]

- every code the source can emit (a string literal shaped like a code, `"date.invalid"`, in
  include/ and src/, or `"eligibility"`) is in a code table of docs/registry-format.md,
  docs/treaty-profiles.md or docs/reports-format.md (a table row that starts with the code);
- every code in those tables is one the source emits, and is exercised by some test: it appears in
  a test source, an expected-diagnostics manifest or a golden output under tests/;
- include/pacta/diagnostic_codes.hpp, the table `pacta::diagnostic_codes` of every code with its
  meaning, says the same: every code the source emits is in it, every code in it is emitted and in
  the code table of the page its row names, each row has a meaning, and the rows are sorted by code
  (byte order, each code once; the header's own static_assert checks that too). The header is not
  read as a source of emitted codes: its table would make every code look emitted.

Prints what is missing and "N passed, N failed" last; exits 1 on any failure.
"""
import os
import re
import sys

source = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODE = re.compile(r'"([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)"')
NOT_CODES = re.compile(r"\.(json|hpp|cpp|h|md|html|svg|ics|csv|txt|cmake|css|js|png)$")
ROW = re.compile(r"^\|\s*`([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*)`(?:,\s*`([a-z][a-z0-9.-]*)`)?\s*\|")
PAGES = ["docs/registry-format.md", "docs/treaty-profiles.md", "docs/reports-format.md"]
TABLE_HEADER = os.path.join("include", "pacta", "diagnostic_codes.hpp")
# A row of pacta::diagnostic_codes: {"code", "meaning", detail::<page constant>}, over one line or
# more, the meaning possibly split into adjacent string literals (as clang-format wraps it).
TABLE_ROW = re.compile(r'\{\s*"([^"\\]*)"\s*,\s*((?:"[^"\\]*"\s*)+),\s*detail::([a-z_]+)\s*\},?')


def files_under(*dirs, suffixes=None):
    for d in dirs:
        for root, _, names in os.walk(os.path.join(source, d)):
            for n in names:
                if suffixes is None or n.endswith(suffixes):
                    yield os.path.join(root, n)


emitted = {"eligibility"}
for path in files_under("include", "src", suffixes=(".hpp", ".cpp", ".h")):
    if os.path.relpath(path, source) == TABLE_HEADER:
        continue
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

# The table of include/pacta/diagnostic_codes.hpp: its rows, in order, and the page constants.
table = []  # (code, meaning, page)
table_problems = []
with open(os.path.join(source, TABLE_HEADER), encoding="utf-8") as f:
    header_text = f.read()
page_of = dict(re.findall(r'inline constexpr const char\* ([a-z_]+) = "([^"]+)";', header_text))
body = re.search(r"diagnostic_code_info diagnostic_codes\[\] = \{\n(.*?)\n\};", header_text, re.S)
if not body:
    table_problems.append("%s: no table `diagnostic_codes[] = { ... };`" % TABLE_HEADER)
else:
    rows = body.group(1)
    for leftover in TABLE_ROW.split(rows)[::4]:
        if leftover.strip():
            table_problems.append("%s: text not of the form {\"code\", \"meaning\", detail::page}: %s"
                                  % (TABLE_HEADER, " ".join(leftover.split())))
    for m in TABLE_ROW.finditer(rows):
        code, literals, page = m.groups()
        meaning = "".join(re.findall(r'"([^"\\]*)"', literals))
        if page not in page_of:
            table_problems.append("%s: %s names detail::%s, which is no page" % (TABLE_HEADER, code, page))
        table.append((code, meaning, page_of.get(page, page)))
table_codes = [c for c, _, _ in table]

failed = list(table_problems)
for code in sorted(emitted - set(table_codes)):
    failed.append("%s: emitted by the source, not in the table of %s" % (code, TABLE_HEADER))
for code, meaning, page in table:
    if code not in emitted:
        failed.append("%s: in the table of %s, but the source never emits it" % (code, TABLE_HEADER))
    if code not in documented:
        failed.append("%s: in the table of %s, in no code table of %s" % (code, TABLE_HEADER, ", ".join(PAGES)))
    elif documented[code] != page:
        failed.append("%s: the table of %s says %s, the code table is in %s"
                      % (code, TABLE_HEADER, page, documented[code]))
    if not meaning.strip():
        failed.append("%s: no meaning in the table of %s" % (code, TABLE_HEADER))
for previous, code in zip(table_codes, table_codes[1:]):
    if not previous < code:  # byte order, as std::string_view compares
        failed.append("%s: after %s in the table of %s, which is sorted by code, each code once"
                      % (code, previous, TABLE_HEADER))
for code in sorted(emitted - set(documented)):
    failed.append("%s: emitted by the source, in no code table of %s" % (code, ", ".join(PAGES)))
for code in sorted(set(documented) - emitted):
    failed.append("%s: in %s, but the source never emits it" % (code, documented[code]))
for code in sorted(documented):
    if code in emitted and code not in tests_text:
        failed.append("%s: documented, but no test under tests/ produces or expects it" % code)
for f in failed:
    print("FAILED " + f)
passed = len(emitted) + len(documented) + len(table) - len(failed)
print("%d codes emitted, %d documented, %d in %s" % (len(emitted), len(documented), len(table), TABLE_HEADER))
print("%d passed, %d failed" % (max(passed, 0), len(failed)))
sys.exit(1 if failed else 0)
