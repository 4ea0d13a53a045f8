#!/usr/bin/env python3
"""The static site in a real browser: `pacta site` writes it, headless Chromium opens its pages from
disk, and the rendered DOM is checked (row counts, a known date on a known State's page, the table
script ran) with no console message; the same pages are checked as written, without the script.
Screenshots of the index, an instrument and a State are kept in OUT/screenshots (docs/site.md).

  site_test.py PACTA SOURCE_DIR OUT

Exit status 77 (a skipped test for CTest) when no Chromium is installed: scripts/install-deps.sh
browser installs Debian's.
"""
import csv
import html
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

PACTA, SOURCE, OUT = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])
ON = "2026-02-03"
failures = []


def check(cond, what):
    print(("ok   " if cond else "FAIL ") + what)
    if not cond:
        failures.append(what)


def browser():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Tables(html.parser.HTMLParser):
    """Rows of each table's tbody, by table id, and the text of each row."""

    def __init__(self):
        super().__init__()
        self.rows, self.current, self.in_body, self.text = {}, None, False, None
        self.attrs_of = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.current = a.get("id", "")
            self.rows.setdefault(self.current, [])
            self.attrs_of[self.current] = a
        elif tag == "tbody":
            self.in_body = True
        elif tag == "tr" and self.in_body:
            self.text = []

    def handle_endtag(self, tag):
        if tag == "tbody":
            self.in_body = False
        elif tag == "tr" and self.text is not None:
            self.rows[self.current].append(" ".join("".join(self.text).split()))
            self.text = None

    def handle_data(self, data):
        if self.text is not None:
            self.text.append(data + " ")


def tables(text):
    p = Tables()
    p.feed(text)
    return p


def chromium(exe, args, page):
    profile = tempfile.mkdtemp(prefix="pacta-site-chromium-")
    try:
        r = subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"] + args +
                           ["file://" + page], capture_output=True, text=True, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    consoles = [l for l in r.stderr.splitlines() if ":CONSOLE" in l]
    return r, consoles


def pacta(*args):
    r = subprocess.run([PACTA] + list(args), capture_output=True, text=True, cwd=SOURCE)
    if r.returncode != 0:
        print(r.stderr)
    return r


def main():
    exe = browser()
    if not exe:
        print("SKIPPED: no Chromium on this machine (scripts/install-deps.sh browser installs Debian's chromium)")
        return 77
    site = os.path.join(OUT, "site")
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(os.path.join(OUT, "screenshots"))
    r = pacta("site", site, "--on", ON, "--reports", "examples/data/reports-illustrative.json")
    check(r.returncode == 0, "pacta site exits 0")
    if r.returncode != 0:
        return 1

    # Built from an illustrative reports file, every page says so first; no page publishes the file's
    # local path. Built from the registries alone, none carries the marking.
    html_files = [os.path.join(d, f) for d, _, fs in os.walk(site) for f in fs if f.endswith(".html")]
    marked = [f for f in html_files if 'class="illustrative"' in open(f, encoding="utf-8").read()]
    check(len(html_files) > 200 and len(marked) == len(html_files),
          "illustrative: %d of %d pages carry the marking" % (len(marked), len(html_files)))
    check(not any("examples/data" in open(f, encoding="utf-8").read() for f in html_files),
          "no page publishes the reports file's local path")
    real = os.path.join(OUT, "real")
    check(pacta("site", real, "--on", ON).returncode == 0, "pacta site without a reports file exits 0")
    real_files = [os.path.join(d, f) for d, _, fs in os.walk(real) for f in fs if f.endswith(".html")]
    check(real_files and not any('class="illustrative"' in open(f, encoding="utf-8").read() for f in real_files),
          "real data: no page carries the illustrative marking")

    # What the registries say, computed by pacta's own commands (the site must agree with them).
    treaties = json.loads(pacta("treaties", "--on", ON, "--format", "json").stdout)["treaties"]
    with_registry = [t for t in treaties if t["registry"]]
    cedaw_all = json.loads(pacta("--treaty", "cedaw", "parties", "--all", "--on", ON, "--format", "json").stdout)
    cedaw_former = [p for p in cedaw_all if p.get("kind") == "former-state"]

    pages = {"index": "index.html", "instrument": "treaty/cedaw.html", "state": "state/ben.html",
             "late": "late.html"}
    dom = {}
    for key, rel in pages.items():
        path = os.path.join(site, rel)
        check(os.path.isfile(path), rel + " written")
        static = open(path, encoding="utf-8").read()
        r, consoles = chromium(exe, ["--dump-dom"], path)
        check(r.returncode == 0 and "<html" in r.stdout, rel + ": Chromium rendered it")
        check(not consoles, rel + ": no console message" + ("" if not consoles else ": " + " | ".join(consoles)))
        dom[key] = (tables(static), tables(r.stdout), r.stdout)
        if key != "late":
            shot = os.path.join(OUT, "screenshots", key + ".png")
            chromium(exe, ["--window-size=1280,1600", "--hide-scrollbars", "--screenshot=" + shot], path)
            check(os.path.isfile(shot) and os.path.getsize(shot) > 10000, rel + ": screenshot " + shot)

    static, rendered, text = dom["index"]
    check(len(static.rows["instruments"]) == len(with_registry),
          "index: %d instruments as written (JavaScript off)" % len(with_registry))
    check(len(rendered.rows["instruments"]) == len(with_registry), "index: the same rows rendered")
    check(rendered.attrs_of["instruments"].get("data-enhanced") == "true", "index: the table script ran")
    check(any("CEDAW" in row and "1981-09-03" in row for row in rendered.rows["instruments"]),
          "index: CEDAW in force 1981-09-03")
    check("<svg" in text and "States parties to each instrument" in text, "index: the chart, with its title")
    # By chapter (issue: one system): the rows in the depositary's chapter order, as `pacta treaties`
    # lists them (IV-3 before IV-11, chapter IV before XXVI and XXVII), as written and as rendered.
    chapters = [t["chapter"] for t in with_registry]
    for label, table in (("as written", static), ("rendered", rendered)):
        shown = [re.search(r"\b(?:IV|XXI|XXVI|XXVII)-[0-9]+(?:-[a-z])?\b", row) for row in table.rows["instruments"]]
        check([m.group(0) if m else None for m in shown] == chapters,
              "index: the instruments in chapter order, %s (%s … %s)" % (label, chapters[0], chapters[-1]))

    paris = open(os.path.join(site, "treaty", "paris.html"), encoding="utf-8").read()
    check("<dt>Not known</dt><dd>NOT known: whether a State withdrew from the parent treaty (unfccc), which article "
          "28(3) makes a withdrawal from the Paris Agreement too" in paris,
          "Paris Agreement: what is not known without the UNFCCC's registry (art. 28(3), rule D7)")
    benin = open(os.path.join(site, "state", "ben.html"), encoding="utf-8").read()
    check("NOT known: whether a State withdrew from the parent treaty (unfccc)" in benin,
          "Benin, a party to the Paris Agreement: its page says the same (rule D7)")

    static, rendered, text = dom["instrument"]
    today = len(cedaw_all) - len(cedaw_former)
    check(len(static.rows["participants"]) == today, "CEDAW: %d participants as written" % today)
    check(len(rendered.rows["participants"]) == today, "CEDAW: the same rows rendered")
    check(len(rendered.rows.get("former", [])) == len(cedaw_former),
          "CEDAW: %d former participants apart" % len(cedaw_former))
    check(any(row.startswith("German Democratic Republic") for row in rendered.rows.get("former", [])),
          "CEDAW: the German Democratic Republic among the former participants")
    check(re.search(r'<img[^>]+src="cedaw.svg"[^>]+alt="[^"]{20,}"', text) is not None, "CEDAW: the chart has alt text")

    static, rendered, text = dom["state"]
    row = [r for r in rendered.rows["standing"] if r.startswith("CEDAW ")]
    check(len(row) == 1 and "1992-04-11" in row[0] and "art. 27(2)" in row[0],
          "Benin: bound by CEDAW from 1992-04-11 (art. 27(2))")
    check(len(rendered.rows["standing"]) == len(with_registry), "Benin: one row per instrument")
    check("Article 18(1)(b): Benin reports every 4 years counted from its initial report's due date, 11 April 1993; "
          "the first due date on or after 3 February 2026 is 11 April 2029, the 9th after the initial report."
          in text, "Benin: the next report date (CEDAW, 11 April 2029, the first on or after the date asked) with "
          "its reasoning")

    static, rendered, text = dom["late"]
    check(len(rendered.rows["late"]) >= 1 and all("OPSC" in r for r in rendered.rows["late"]),
          "who is late: the OPSC's overdue reports from the reports file")

    kinds = {"index": "index.html", "glossary": "glossary.html", "states": "states.html",
             "instrument": "treaty/cedaw.html", "state": "state/ben.html", "late": "late.html"}
    check_downloads_and_links(site, kinds)
    check_layout(exe, site, kinds)
    check_accessibility(exe, site, kinds)

    print("%d checks failed" % len(failures) if failures else "all checks passed")
    return 1 if failures else 0


def check_downloads_and_links(site, kinds):
    """Every download link resolves and parses, with one record per row of its table; every rule code
    links to an entry of the glossary."""
    glossary_ids = set(re.findall(r'<tr id="([A-Z][0-9])"', open(os.path.join(site, "glossary.html"),
                                                                  encoding="utf-8").read()))
    for kind, rel in kinds.items():
        path = os.path.join(site, rel)
        text = open(path, encoding="utf-8").read()
        written = tables(text)
        links = re.findall(r'href="([^"]+\.(?:csv|json))"', text)
        ok = len(links) == 2 * len(written.rows)  # a CSV and a JSON for each table
        for link in links:
            target = os.path.join(os.path.dirname(path), link)
            if not os.path.isfile(target):
                ok = False
                continue
            table_id = os.path.splitext(os.path.basename(link))[0].split("-", 1)[1] if "-" in link else ""
            want = len(written.rows.get(table_id, []))
            if link.endswith(".json"):
                got = len(json.load(open(target, encoding="utf-8")))
            else:
                got = len(list(csv.reader(open(target, encoding="utf-8", newline="")))) - 1
            ok = ok and got == want
        check(ok, "%s: %d download links resolve and hold the table's rows" % (kind, len(links)))
        words = re.sub(r'<[^>]*>', ' ', re.sub(r'<(svg|title|a)\b[\s\S]*?</\1>', ' ', text))  # text outside links
        unlinked = re.findall(r'rules? [A-Z][0-9]\b', words)
        check(not unlinked, "%s: every rule code is a link%s" % (kind, "" if not unlinked else ": %s" % unlinked[:3]))
        rules = re.findall(r'href="(?:\.\./)?glossary\.html#([A-Z][0-9])"', text)
        check(all(code in glossary_ids for code in rules),
              "%s: %d rule links, each to an entry of the glossary" % (kind, len(rules)))


def probe(exe, site, rel, script, width):
    """Runs `script` in a copy of the page (beside it, so that its links work), shown in a frame
    `width` px wide (headless Chromium's window is never narrower than 500 px); the script calls
    report(result), which posts it to the frame's parent, where it is written as JSON into
    <pre id="pacta-probe"> and returned (None if nothing came)."""
    path = os.path.join(site, rel)
    here = os.path.dirname(path)
    copy = os.path.join(here, "_probe-" + os.path.basename(path))
    wrap = os.path.join(here, "_probe-frame.html")
    report = "<script>function report(x) { parent.postMessage(JSON.stringify(x), '*'); }</script>"
    text = open(path, encoding="utf-8").read().replace("</body>", report + script + "</body>")
    open(copy, "w", encoding="utf-8").write(text)
    open(wrap, "w", encoding="utf-8").write(
        "<!DOCTYPE html><html lang=\"en\"><head><title>probe</title></head><body style=\"margin:0\">"
        "<iframe title=\"page\" src=\"%s\" style=\"border:0;width:%dpx;height:900px\"></iframe><script>"
        "window.addEventListener('message', function (e) { var p = document.createElement('pre'); "
        "p.id = 'pacta-probe'; p.textContent = e.data; document.body.appendChild(p); });</script></body></html>"
        % (os.path.basename(copy), width))
    try:
        r, _ = chromium(exe, ["--window-size=%d,1000" % max(width + 20, 800), "--virtual-time-budget=30000",
                              "--dump-dom"], wrap)
    finally:
        os.remove(copy)
        os.remove(wrap)
    m = re.search(r'<pre id="pacta-probe">(.*?)</pre>', r.stdout, re.S)
    return json.loads(html.unescape(m.group(1))) if m else None


def check_layout(exe, site, kinds):
    """At 1280 and 390 px no page is wider than the window (wide tables scroll in their own box);
    with JavaScript off the tables are whole; printed to PDF, a page has more than one sheet."""
    measure = ("<script>window.addEventListener('load', function () { report({width: "
               "document.documentElement.scrollWidth, window: window.innerWidth}); });</script>")
    for width in (1280, 390):
        for kind, rel in kinds.items():
            m = probe(exe, site, rel, measure, width)
            check(m is not None and m["width"] <= m["window"],
                  "%s at %d px: no wider than the window (%s)" % (kind, width, m))
    # JavaScript off: a copy of the page whose content security policy allows no script (Chromium's
    # own switches do not turn scripts off in headless mode).
    path = os.path.join(site, kinds["instrument"])
    no_script = os.path.join(os.path.dirname(path), "_probe-no-script.html")
    open(no_script, "w", encoding="utf-8").write(open(path, encoding="utf-8").read().replace(
        "<head>", "<head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'\">", 1))
    try:
        r, _ = chromium(exe, ["--dump-dom"], no_script)
    finally:
        os.remove(no_script)
    off = tables(r.stdout)
    check(len(off.rows.get("participants", [])) > 100 and 'data-enhanced' not in r.stdout,
          "JavaScript off: CEDAW's %d participants, the script not run" % len(off.rows.get("participants", [])))
    pdf = os.path.join(OUT, "cedaw.pdf")
    chromium(exe, ["--print-to-pdf=" + pdf, "--no-pdf-header-footer"], path)
    data = open(pdf, "rb").read() if os.path.isfile(pdf) else b""
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    check(data.startswith(b"%PDF") and pages > 1, "print: CEDAW's page printed to PDF, %d sheets" % pages)


def check_accessibility(exe, site, kinds):
    """axe-core (the npm package, scripts/install-deps.sh browser) injected into each kind of page: no
    serious or critical violation. Skipped, and said so, where axe-core is not installed."""
    axe = os.environ.get("PACTA_AXE") or os.path.join(SOURCE, ".cache", "node", "node_modules", "axe-core",
                                                       "axe.min.js")
    if not os.path.isfile(axe):
        print("SKIPPED accessibility: axe-core is not installed (bash scripts/install-deps.sh browser installs it)")
        return
    run = ("<script src=\"file://" + axe + "\"></script><script>window.addEventListener('load', function () { "
           "axe.run(document, {resultTypes: ['violations']}).then(function (r) { report(r.violations.map("
           "function (v) { return {id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0].target}; "
           "})); }); });</script>")
    for kind, rel in kinds.items():
        for width in (1280, 390):
            v = probe(exe, site, rel, run, width)
            bad = [x for x in (v or []) if x["impact"] in ("serious", "critical")]
            check(v is not None and not bad, "%s at %d px: axe-core, no serious or critical violation%s" %
                  (kind, width, "" if v is not None else " (axe did not run)") + ("" if not bad else ": %s" % bad))


sys.exit(main())
