#!/usr/bin/env python3
"""Runs the examples of pacta's documentation and checks that they say what pacta does.

  scripts/doc-examples.py --pacta BUILD/pacta [--source DIR] FILE.md...

For each Markdown file:

- every ```console block is a session: each line that starts with "$ " is a command, run with
  `sh -c` (so pipes work) with `pacta` on the PATH, in a scratch directory that sees the source
  tree's data/, tests/, examples/ and docs/; the lines after it, up to the next command, are what it
  prints (standard output, then standard error). A line "…" alone stands for any number of lines
  the example leaves out; "…" inside a line stands for any text there. Nothing else may differ.
- every ```json block must be JSON (a document, or a fragment: values separated by commas); one
  that has a "format" member is a file pacta reads: it is written out and given to `pacta check`,
  which must accept it, unless the block is marked invalid.

An HTML comment just before a block directs it:

  <!-- doc-test: setup cp data/registries/opsc.json my-opsc.json -->   a command run first
  <!-- doc-test: invalid -->     the JSON example is refused by `pacta check` (exit 1)
  <!-- doc-test: same-as data/treaties/opsc.json -->   the JSON example equals that file
  <!-- doc-test: skip REASON -->  the block is not run (the reason is printed)

Prints one line per example and "N passed, N failed" last; exits 1 when any failed.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

FENCE = re.compile(r"^```(\w*)\s*$")
DIRECTIVE = re.compile(r"^<!--\s*doc-test:\s*(\w[\w-]*)\s*(.*?)\s*-->\s*$")
ELLIPSIS = "…"


def blocks(path):
    """(language, first line number, lines, directives) of each fenced block."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, i, pending = [], 0, []
    while i < len(lines):
        d = DIRECTIVE.match(lines[i])
        if d:
            pending.append((d.group(1), d.group(2)))
            i += 1
            continue
        m = FENCE.match(lines[i])
        if m and m.group(1):
            start, body = i + 1, []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                body.append(lines[i])
                i += 1
            out.append((m.group(1), start + 1, body, pending))
            pending = []
        elif lines[i].strip():
            pending = [] if not lines[i].startswith("<!--") else pending
        i += 1
    return out


def line_matches(expected, actual):
    if ELLIPSIS not in expected:
        return expected == actual
    pattern = ".*".join(re.escape(part) for part in expected.split(ELLIPSIS))
    return re.fullmatch(pattern, actual) is not None


def output_matches(expected, actual):
    """Whether the actual lines fit the expected ones, "…" alone standing for any lines."""
    memo = {}

    def fit(e, a):
        if (e, a) in memo:
            return memo[(e, a)]
        if e == len(expected):
            ok = a == len(actual)
        elif expected[e].strip() == ELLIPSIS:
            ok = any(fit(e + 1, k) for k in range(a, len(actual) + 1))
        else:
            ok = a < len(actual) and line_matches(expected[e], actual[a]) and fit(e + 1, a + 1)
        memo[(e, a)] = ok
        return ok

    return fit(0, 0)


def scratch(source, bin_dir):
    work = tempfile.mkdtemp(prefix="pacta-doc-")
    for name in ("data", "tests", "examples", "docs", "scripts", "README.md"):
        if os.path.exists(os.path.join(source, name)):
            os.symlink(os.path.join(source, name), os.path.join(work, name))
    env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""), NO_COLOR="1", TZ="UTC")
    env.pop("PACTA_DATA_DIR", None)
    return work, env


def run_console(body, directives, source, bin_dir):
    work, env = scratch(source, bin_dir)
    try:
        for kind, arg in directives:
            if kind == "setup":
                subprocess.run(arg, shell=True, cwd=work, env=env, check=True)
        commands, current = [], None
        for line in body:
            if line.startswith("$ "):
                current = (line[2:], [])
                commands.append(current)
            elif current is not None:
                current[1].append(line)
        if not commands:
            return "no command in the block"
        for command, expected in commands:
            while expected and expected[-1] == "":
                expected.pop()
            r = subprocess.run(["sh", "-c", command], cwd=work, env=env, capture_output=True, timeout=120)
            actual = (r.stdout + r.stderr).decode("utf-8", "replace").split("\n")
            while actual and actual[-1] == "":
                actual.pop()
            if not output_matches(expected, actual):
                return "$ %s\n--- expected\n%s\n--- got\n%s" % (command, "\n".join(expected), "\n".join(actual))
        return None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_json(body, directives, source, bin_dir, pacta):
    text = "\n".join(body)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        try:  # a fragment: actions of a registry, one per line, separated by commas
            json.loads("[" + text + "]")
            return None
        except json.JSONDecodeError:
            return "not JSON: %s" % e
    if not isinstance(doc, dict) or "format" not in doc:
        return None
    invalid = any(k == "invalid" for k, _ in directives)
    for kind, arg in directives:
        if kind == "same-as":
            with open(os.path.join(source, arg), encoding="utf-8") as f:
                if json.load(f) != doc:
                    return "differs from %s" % arg
    work, env = scratch(source, bin_dir)
    try:
        path = os.path.join(work, "example.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text + "\n")
        r = subprocess.run([pacta, "check", path], cwd=work, env=env, capture_output=True, timeout=120)
        if r.returncode != (1 if invalid else 0):
            return "pacta check: exit %d, expected %d\n%s" % (
                r.returncode, 1 if invalid else 0, (r.stdout + r.stderr).decode("utf-8", "replace"))
        return None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pacta", required=True)
    parser.add_argument("--source", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    pacta = os.path.abspath(args.pacta)
    bin_dir = tempfile.mkdtemp(prefix="pacta-doc-bin-")
    os.symlink(pacta, os.path.join(bin_dir, "pacta"))
    passed = failed = skipped = 0
    try:
        for md in args.files:
            path = md if os.path.isabs(md) else os.path.join(args.source, md)
            for language, line, body, directives in blocks(path):
                if language not in ("console", "json"):
                    continue
                where = "%s:%d (%s)" % (md, line, language)
                skip = [arg for kind, arg in directives if kind == "skip"]
                if skip:
                    print("skipped %s: %s" % (where, skip[0]))
                    skipped += 1
                    continue
                if language == "console":
                    problem = run_console(body, directives, args.source, bin_dir)
                else:
                    problem = run_json(body, directives, args.source, bin_dir, pacta)
                if problem:
                    print("FAILED %s\n%s\n" % (where, problem))
                    failed += 1
                else:
                    print("ok %s" % where)
                    passed += 1
    finally:
        shutil.rmtree(bin_dir, ignore_errors=True)
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
