// untc_pages.hpp — status pages built in code for the importer's tests, shaped like the saved pages in
// tests/data/untc/html (same element ids and classes): `html(page_spec)`, `import`, `find`.
#pragma once

#include "untc.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace untc_pages {

struct page_spec {
  std::string status = "STATUS AS AT : 03-02-2026 10:16:18 EDT";
  std::string chapter = "CHAPTER IV";
  std::string treaty =
      "11. d Optional Protocol to the Convention on the Rights of the Child on a communications procedure";
  std::string eif = "18 January 2002, in accordance with article 19(1).";
  std::string counts = "Signatories : 10. Parties : 11";
  std::string header = "<td>Participant<br></td><td>Signature<br></td><td>Accession(a), Ratification<br></td>";
  std::vector<std::string> rows;   // "<td>…</td><td>…</td><td>…</td>"
  std::vector<std::string> notes;  // note 1, 2, …
  std::string extra;               // more of the page (a section of declarations), after the table
};

/// Ten States whose instruments (1 to 9 and 18 October 2001) bring the rules into force on
/// 18 Jan 2002.
inline std::vector<std::string> ten_rows() {
  std::vector<std::string> out;
  for (int i = 1; i <= 10; ++i)
    out.push_back("<td>State " + std::to_string(i) + "<br></td><td>1 Sep\t 2001 <br></td><td> &nbsp;" +
                  std::to_string(i < 10 ? i : 18) + " Oct\t 2001 <br></td>");
  return out;
}

inline std::string html(const page_spec& p) {
  std::string h = "<html><head><script>var x = '<td>not a row</td>';</script></head><body>\n";
  h += "<div id=\"ctl00_div3\" class=\"rows\">" + p.status + "</div>\n";
  h += "<div id=\"ctl00_rptHead_ctl00_tcHead\">" + p.chapter + "</div>\n";
  h += "<div id=\"ctl00_rptTreaty_ctl00_tcTreaty\">" + p.treaty + "</div>\n";
  h += "<div id=\"ctl00_rptEIF_ctl00_tcText\">" + p.eif + " <SUP><A href='#'></A> </SUP></div>\n";
  h += "<div id=\"ctl00_rptStatus_ctl00_tcText\">" + p.counts + "</div>\n";
  h += "<table id=\"ctl00_tblgrid\">\n<tr class=\"thead-one\">" + p.header + "</tr>\n";
  for (const auto& r : p.rows) h += "<tr class=\"trBWhite\">" + r + "</tr>\n";
  h += "</table>\n" + p.extra;
  for (std::size_t k = 0; k < p.notes.size(); ++k)
    h += "<div class=\"divNotesAll\"><a name='" + std::to_string(k + 1) + "'>" + std::to_string(k + 1) +
         "</a><index></index>" + p.notes[k] + "<br><br></div>\n";
  return h + "</body></html>\n";
}

inline bool import(const page_spec& p, pacta::untc::import_result& out, std::vector<pacta::diagnostic>& diags,
                   pacta::untc::import_options options = {}) {
  const bool ok = pacta::untc::import_page(html(p), "page.html", options, out, diags);
  for (const auto& d : diags) UNSCOPED_INFO(d.to_string());  // shown when a check fails
  return ok;
}

inline const pacta::action* find(const pacta::registry& r, const std::string& state, pacta::action_kind k) {
  for (const auto& a : r.actions)
    if (a.state == state && a.kind == k) return &a;
  return nullptr;
}

}  // namespace untc_pages
