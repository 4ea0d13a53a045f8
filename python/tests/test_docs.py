"""Every ```python snippet of docs/python.md (and README.md) runs, in order, in one namespace, as a notebook's cells
would (PACTA_SOURCE_DIR gives the sources)."""

import os
import re

import pytest


def snippets(page):
    src = os.environ.get("PACTA_SOURCE_DIR")
    if not src:
        pytest.skip("PACTA_SOURCE_DIR is not set")
    with open(os.path.join(src, page), encoding="utf-8") as f:
        text = f.read()
    return re.findall(r"^```python\n(.*?)^```", text, flags=re.S | re.M)


def test_every_snippet_of_docs_python_md_runs(tmp_path, monkeypatch, capsys):
    blocks = snippets("docs/python.md")
    assert len(blocks) >= 8
    monkeypatch.chdir(tmp_path)  # the plot, where matplotlib is, is saved here
    namespace = {}
    for k, code in enumerate(blocks):
        exec(compile(code, f"docs/python.md, snippet {k + 1}", "exec"), namespace)
    out = capsys.readouterr().out
    assert 'no State named "Benni" in the OPSC registry; did you mean "Benin"?' in out
    assert "schema.missing-key" in out


def test_the_readme_snippet_runs_and_says_what_its_comments_say():
    (code,) = snippets("README.md")
    namespace = {}
    exec(compile(code, "README.md", "exec"), namespace)
    # Each line "EXPR   # VALUE" of the snippet: EXPR evaluates to VALUE.
    for line in code.splitlines():
        if "#" in line and not line.lstrip().startswith(("import", "opsc =")):
            expr, shown = (part.strip() for part in line.split("#", 1))
            assert repr(eval(expr, namespace)) == shown, line
