#!/usr/bin/env python3
"""Checks the layout rules of docs/architecture.md: no public header over 600 lines, and no function
over 80 lines, unless the file says why on a line `// layout: <reason>` (for a header) or right above
the function `// layout: <reason>`. Functions are found by their shape: a line at some indentation
that opens a definition (`name(...) ... {`) and the line at the same indentation that closes it.
  scripts/check-layout.py [FILES...]     default: include/pacta, src, python
  scripts/check-layout.py --root DIR     the whole-tree checks of another tree (the checker's own test)
Also: no Catch2 test name in tests/*.cpp holds a ";", which CTest's discovery takes for a list
separator, so that the halves match no test and "pass" without running.
And, over the whole tree (no FILES given), the rules of a record that holds data and answers queries:
  - no `friend` in include/ but a hidden-friend operator (`friend bool operator==(...) {...}`, defined
    in its class: it grants no other code access); a class is built by free functions or a builder,
    never by a befriended function;
  - no include cycle among include/pacta's headers (`#include <pacta/...>`);
  - every header of include/pacta named, by its path under include/pacta, in docs/architecture.md;
  - no source file (include/, src/, tests/) over 700 lines.
Exits 1 and lists each breach, 0 when there is none."""
import pathlib
import re
import sys

MAX_HEADER, MAX_FUNCTION, MAX_SOURCE = 600, 80, 700
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


def friends(root):
    """Each `friend` in include/ that is not a hidden-friend operator."""
    out = []
    for path in sorted((root / 'include/pacta').rglob('*.hpp')):
        for n, line in enumerate(path.read_text(encoding='utf-8').split('\n'), 1):
            code = line.split('//')[0]
            if re.search(r'\bfriend\b', code) and not re.search(r'\bfriend\b[^;(]*\boperator\s*[=!<>]+\s*\(', code):
                out.append(f'{path.relative_to(root)}:{n}: a friend declaration (build with free functions over values)')
    return out


def include_cycles(root):
    """Each include cycle among include/pacta's headers, once, as a path of headers."""
    base = root / 'include'
    graph = {}
    for path in sorted((base / 'pacta').rglob('*.hpp')):
        name = str(path.relative_to(base))
        graph[name] = re.findall(r'^\s*#\s*include\s*<(pacta/[^>]+)>', path.read_text(encoding='utf-8'), re.M)
    out, state, stack = [], {}, []

    def visit(n):
        state[n] = 1
        stack.append(n)
        for m in graph.get(n, []):
            if state.get(m) == 1:
                cycle = stack[stack.index(m):] + [m]
                out.append('include cycle: ' + ' -> '.join(cycle))
            elif m not in state and m in graph:
                visit(m)
        stack.pop()
        state[n] = 2

    for n in graph:
        if n not in state:
            visit(n)
    return out


def undocumented_headers(root):
    """Each header of include/pacta that docs/architecture.md does not name."""
    arch = (root / 'docs/architecture.md').read_text(encoding='utf-8')
    out = []
    for path in sorted((root / 'include/pacta').rglob('*.hpp')):
        rel = str(path.relative_to(root / 'include/pacta'))
        if not re.search(r'(?<![\w/])' + re.escape(rel) + r'\b', arch):
            out.append(f'{path.relative_to(root)}: not in docs/architecture.md (name it in the layers and the table)')
    return out


def long_sources(root):
    out = []
    for d in ('include', 'src', 'tests', 'python'):
        for path in sorted((root / d).rglob('*')):
            if path.suffix in ('.hpp', '.cpp', '.h') and path.is_file():
                n = path.read_text(encoding='utf-8', errors='replace').count('\n')
                if n > MAX_SOURCE:
                    out.append(f'{path.relative_to(root)}: {n} lines, over {MAX_SOURCE} (split it by concept)')
    return out


def main(argv):
    root = pathlib.Path(__file__).resolve().parent.parent
    if argv[:1] == ['--root']:
        root, argv = pathlib.Path(argv[1]).resolve(), argv[2:]
    paths = [pathlib.Path(p) for p in argv] or sorted(
        [*(root / 'include/pacta').rglob('*.hpp'), *(root / 'src').rglob('*.cpp'), *(root / 'src').rglob('*.hpp'),
         *(root / 'python').rglob('*.cpp')])
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
        bad += friends(root) + include_cycles(root) + undocumented_headers(root) + long_sources(root)
    for b in bad:
        print(b)
    print(f'check-layout: {len(paths)} files, {len(bad)} breach(es)')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
