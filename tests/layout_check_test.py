#!/usr/bin/env python3
"""scripts/check-layout.py catches what it says it catches: on a small tree built here, a friend
declaration, an include cycle, a header docs/architecture.md does not name and a source over 700
lines are each a breach, and the same tree without them passes. Usage: layout_check_test.py SOURCE_DIR"""
import pathlib
import subprocess
import sys
import tempfile


def run(script, root):
    r = subprocess.run([sys.executable, script, '--root', str(root)], capture_output=True, text=True)
    return r.returncode, r.stdout


def tree(root, friend=False, cycle=False, undocumented=False, long_file=False):
    inc = root / 'include/pacta'
    (inc / 'detail').mkdir(parents=True)
    (root / 'src').mkdir()
    (root / 'tests').mkdir()
    (root / 'docs').mkdir()
    record = ['#pragma once', '#include <pacta/detail/parts.hpp>', 'namespace pacta {', 'class record {',
              ' public:', '  int n() const { return 1; }',
              '  friend bool operator==(const record&, const record&) { return true; }']
    if friend:
        record.append('  friend record make_record();')
    record += ['};', '}  // namespace pacta', '']
    (inc / 'record.hpp').write_text('\n'.join(record))
    parts = ['#pragma once'] + (['#include <pacta/record.hpp>'] if cycle else []) + ['struct parts {};', '']
    (inc / 'detail/parts.hpp').write_text('\n'.join(parts))
    names = ['record.hpp', 'detail/parts.hpp']
    if undocumented:
        (inc / 'extra.hpp').write_text('#pragma once\n')
    (root / 'docs/architecture.md').write_text('# Architecture\n\n' + ' '.join(f'`{n}`' for n in names) + '\n')
    (root / 'src/main.cpp').write_text('int main() { return 0; }\n' + ('// filler\n' * (800 if long_file else 10)))


def main():
    script = str(pathlib.Path(sys.argv[1]) / 'scripts/check-layout.py')
    cases = {'clean': ({}, None), 'friend': ({'friend': True}, 'a friend declaration'),
             'cycle': ({'cycle': True}, 'include cycle: '),
             'undocumented': ({'undocumented': True}, 'extra.hpp: not in docs/architecture.md'),
             'long': ({'long_file': True}, 'src/main.cpp: 801 lines, over 700')}
    failures = 0
    for name, (kw, expect) in cases.items():
        with tempfile.TemporaryDirectory() as d:
            tree(pathlib.Path(d), **kw)
            rc, out = run(script, d)
            ok = rc == 0 if expect is None else (rc == 1 and expect in out)
            print(f'{"ok" if ok else "FAILED"}: {name} (exit {rc})' + ('' if ok else '\n' + out))
            failures += not ok
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
