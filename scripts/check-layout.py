#!/usr/bin/env python3
"""Checks the layout rules of docs/architecture.md: no public header over 600 lines, and no function
over 80 lines, unless the file says why on a line `// layout: <reason>` (for a header) or right above
the function `// layout: <reason>`. Functions are found by their shape: a line at some indentation
that opens a definition (`name(...) ... {`) and the line at the same indentation that closes it.
  scripts/check-layout.py [FILES...]     default: include/pacta, src
Also: no Catch2 test name in tests/*.cpp holds a ";", which CTest's discovery takes for a list
separator, so that the halves match no test and "pass" without running.
Exits 1 and lists each breach, 0 when there is none."""
import pathlib
import re
import sys

MAX_HEADER, MAX_FUNCTION = 600, 80
opener = re.compile(r'^(\s*)(?!if\b|for\b|while\b|switch\b|else\b|do\b|case\b|return\b|namespace\b|struct\b|class\b|enum\b)'
                    r'[^;{}()=]*\b[~A-Za-z_][A-Za-z_0-9:<>,~ *&]*\([^;]*\)[^;]*\{\s*$')


def functions(lines):
    """(first line, last line, name) of each function definition, 1-based. A definition opens with a
    line ending in `{` whose signature (that line, or it and the lines before it up to the one that
    opens the parameter list) names a function; it closes with `}` at the signature's indentation."""
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.rstrip().endswith('{') and ')' in line and not re.search(r'\[[^\]]*\]\s*\(', line):
            start = i
            depth = line.count(')') - line.count('(')
            while depth > 0 and start > 0:  # a signature over several lines
                start -= 1
                depth += lines[start].count(')') - lines[start].count('(')
            m = opener.match(' '.join(l.strip() for l in lines[start:i + 1]).join(
                [re.match(r'\s*', lines[start]).group(0), '']))
            if m:
                indent = re.match(r'\s*', lines[start]).group(0)
                close = indent + '}'
                j = i + 1
                while j < len(lines) and lines[j].rstrip() not in (close, close + ';'):
                    j += 1
                if j < len(lines):
                    name = re.search(r'([~A-Za-z_][A-Za-z_0-9:]*)\s*\(', lines[start] + ' ' + lines[i])
                    out.append((start + 1, j + 1, name.group(1) if name else '?'))
        i += 1
    return out


def main(argv):
    root = pathlib.Path(__file__).resolve().parent.parent
    paths = [pathlib.Path(p) for p in argv] or sorted(
        [*(root / 'include/pacta').rglob('*.hpp'), *(root / 'src').rglob('*.cpp'), *(root / 'src').rglob('*.hpp')])
    bad = []
    for path in paths:
        text = path.read_text(encoding='utf-8')
        lines = text.split('\n')
        exempt_file = any(l.startswith('// layout:') for l in lines[:40])
        if path.suffix == '.hpp' and 'include' in path.parts and len(lines) > MAX_HEADER and not exempt_file:
            bad.append(f'{path.relative_to(root)}: {len(lines)} lines, over {MAX_HEADER}')
        for first, last, name in functions(lines):
            length = last - first + 1
            said = any('// layout:' in lines[k] for k in range(max(0, first - 4), first))
            if length > MAX_FUNCTION and not said:
                bad.append(f'{path.relative_to(root)}:{first}: {name} is {length} lines, over {MAX_FUNCTION}')
    if not argv:
        test_name = re.compile(r'TEST_CASE\((\s*"(?:[^"\\]|\\.)*"\s*)+')
        for path in sorted((root / 'tests').glob('*.cpp')):
            text = path.read_text(encoding='utf-8')
            for m in test_name.finditer(text):
                if ';' in m.group(0):
                    line = text.count('\n', 0, m.start()) + 1
                    bad.append(f'{path.relative_to(root)}:{line}: a test name with ";" (CTest would split it and run nothing)')
    for b in bad:
        print(b)
    print(f'check-layout: {len(paths)} files, {len(bad)} breach(es)')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
