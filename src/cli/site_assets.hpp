// pacta site — the two files every site shares: its style sheet and the small script that makes
// the tables sortable and filterable. The pages work without the script (progressive enhancement):
// it only adds a filter box and sort buttons to the tables marked `data-sortable`.
#pragma once

namespace pacta_cli {

inline constexpr const char* site_css = R"css(/* pacta site: plain, readable, printable. */
:root { --ink: #1b1b1b; --muted: #555; --rule: #c8c8c8; --bg: #fff; --link: #0b57a4; --band: #f3f5f8;
        --ok: #1d6b2f; --warn: #8a4b00; --bad: #a11d1d; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       background: var(--bg); }
a { color: var(--link); }
a:focus, button:focus, input:focus, .table-wrap:focus { outline: 3px solid #0b57a4; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .25rem .5rem; }
header, main, footer { max-width: 78rem; margin: 0 auto; padding: 0 1rem; }
header nav { padding: .75rem 0; border-bottom: 1px solid var(--rule); }
header nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
p, li, dd, figcaption, footer { overflow-wrap: anywhere; }
th, td { overflow-wrap: normal; word-break: normal; hyphens: manual; }
td.date, .status { white-space: nowrap; }
.table-wrap { overflow-x: auto; max-width: 100%; }
.downloads { font-size: .85rem; color: var(--muted); margin: -.5rem 0 1rem; }
a.rule { white-space: nowrap; }
h1 { font-size: 1.6rem; margin: 1rem 0 .5rem; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
p.lead { color: var(--muted); margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--rule); }
thead th { background: var(--band); position: sticky; top: 0; }
tbody tr:nth-child(even) { background: #fafbfc; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
.status { white-space: nowrap; }
.status::before { content: ""; display: inline-block; width: .6em; height: .6em; margin-right: .35em;
                  border: 1px solid currentColor; vertical-align: middle; }
.status-bound::before, .status-denunciation-pending::before { background: var(--ok); border-color: var(--ok); border-radius: 50%; }
.status-consented::before, .status-signatory::before { border-radius: 50%; }
.status-denounced::before, .status-ceased-to-exist::before { background: var(--muted); }
.overdue { color: var(--bad); font-weight: 600; }
.overdue::before { content: "\26A0\FE0E  "; }
.reason { color: var(--muted); font-size: .88rem; margin: .1rem 0 .6rem; }
.note { border-left: 4px solid var(--warn); padding: .25rem .75rem; background: #fff8ec; }
.illustrative { max-width: 78rem; margin: .5rem auto; padding: .5rem 1rem; border: 3px solid var(--bad);
                background: #fdecec; color: var(--ink); }
dl.facts { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: .2rem 1rem; margin: .5rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
figure { margin: 1rem 0; }
figure img, figure svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: .9rem; }
.filter { margin: .5rem 0; }
.filter input { font: inherit; padding: .25rem .5rem; width: 18rem; max-width: 100%; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
th[aria-sort="ascending"] button::after { content: " \25B2"; }
th[aria-sort="descending"] button::after { content: " \25BC"; }
footer { margin-top: 2rem; padding-top: .75rem; border-top: 1px solid var(--rule); color: var(--muted);
         font-size: .85rem; }
ul.states { columns: 16rem; padding-left: 1.2rem; }
@media (max-width: 40rem) {
  dl.facts { grid-template-columns: minmax(0, 1fr); }
  dl.facts dd { margin-bottom: .4rem; }
}
@media print {
  header, .filter, .skip, .downloads { display: none; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  thead th { position: static; background: none; border-bottom: 2px solid var(--ink); }
  a { color: inherit; text-decoration: none; }
  table { font-size: 9pt; }
  tr { break-inside: avoid; }
}
)css";

inline constexpr const char* site_js =
    R"js(// pacta site: sortable, filterable tables. The tables are complete without this script.
(function () {
  "use strict";
  function cellText(row, i) {
    var c = row.cells[i];
    return c ? (c.getAttribute("data-sort") || c.textContent).trim() : "";
  }
  function compare(a, b) {
    var x = parseFloat(a), y = parseFloat(b);
    if (!isNaN(x) && !isNaN(y) && String(x) === a && String(y) === b) return x - y;
    return a.localeCompare(b);
  }
  function enhance(table) {
    var body = table.tBodies[0];
    if (!body || !table.tHead) return;
    var label = table.getAttribute("data-label") || "rows";
    var box = document.createElement("div");
    box.className = "filter";
    var id = (table.id || "table") + "-filter";
    box.innerHTML = '<label for="' + id + '">Filter ' + label + ': </label><input type="search" id="' + id +
      '"> <span role="status" aria-live="polite"></span>';
    table.parentNode.insertBefore(box, table);
    var input = box.querySelector("input"), count = box.querySelector("span");
    function filter() {
      var q = input.value.toLowerCase(), shown = 0;
      Array.prototype.forEach.call(body.rows, function (r) {
        var hit = r.textContent.toLowerCase().indexOf(q) !== -1;
        r.hidden = !hit;
        if (hit) shown++;
      });
      count.textContent = shown + " of " + body.rows.length + " shown";
    }
    input.addEventListener("input", filter);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(b);
      b.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (o) { o.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {  // empty cells last, whichever the direction
          var a = cellText(r1, i), b = cellText(r2, i);
          if (a === "" || b === "") return (a === "") - (b === "");
          var d = compare(a, b);
          return asc ? d : -d;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    filter();
    table.setAttribute("data-enhanced", "true");
  }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), enhance);
  });
})();
)js";

}  // namespace pacta_cli
