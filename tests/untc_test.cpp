// The UN Treaty Collection importer (src/untc) on small status pages built in code, shaped like the
// saved pages in tests/data/untc/html (same element ids and classes).
#include "untc.hpp"
#include "untc_pages.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace date::literals;
using namespace untc_pages;

TEST_CASE("a page built like the UNTC's gives its registry: status date, chapter, suffixes, counts", "[untc]") {
  page_spec p;
  p.rows = ten_rows();
  p.rows.push_back("<td>Acceder<br></td><td>&nbsp;</td><td>2 Apr\t 2013 a<br></td>");
  p.rows.push_back("<td>Signer<br></td><td>28 Feb\t 2012 <br></td><td>&nbsp;</td>");
  p.counts = "Signatories : 11. Parties : 11";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(import(p, r, diags));
  CHECK(diags.empty());
  CHECK(r.reg.treaty == "opic");
  CHECK(r.reg.as_of == 2026_y / 2 / 3);
  CHECK(r.page.chapter == "IV-11-d");
  CHECK(r.page.title == "Optional Protocol to the Convention on the Rights of the Child on a communications procedure");
  CHECK(r.reg.source.find("chapter IV-11-d, status as at 3 February 2026") != std::string::npos);
  CHECK(r.page.rows == 12);
  CHECK(r.page.parsed_signatories == 11);
  CHECK(r.page.parsed_parties == 11);
  REQUIRE(find(r.reg, "Acceder", pacta::action_kind::accession));
  CHECK(find(r.reg, "Acceder", pacta::action_kind::accession)->date == 2013_y / 4 / 2);
  CHECK(find(r.reg, "State 3", pacta::action_kind::ratification)->date == 2001_y / 10 / 3);
  CHECK(find(r.reg, "Signer", pacta::action_kind::signature)->date == 2012_y / 2 / 28);
  CHECK(r.text.find("{\"state\": \"Acceder\", \"action\": \"accession\", \"date\": \"2013-04-02\"}") !=
        std::string::npos);
}

TEST_CASE("the suffixes d, A and AA give succession, acceptance and approval", "[untc]") {
  page_spec p;
  p.rows = ten_rows();
  p.rows.push_back("<td>Successor<br></td><td>&nbsp;</td><td>23 Oct\t 2006 d<br></td>");
  p.rows.push_back("<td>Acceptor<br></td><td>&nbsp;</td><td>6 Feb\t 2015 A<br></td>");
  p.rows.push_back("<td>Approver<br></td><td>&nbsp;</td><td>7 Mar\t 2016 AA<br></td>");
  p.counts = "Signatories : 10. Parties : 13";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  pacta::untc::import_options o;
  o.succession_dates["Successor"] = 2006_y / 6 / 3;
  REQUIRE(import(p, r, diags, o));
  REQUIRE(find(r.reg, "Successor", pacta::action_kind::succession));
  CHECK(*find(r.reg, "Successor", pacta::action_kind::succession)->effective == 2006_y / 6 / 3);
  CHECK(find(r.reg, "Acceptor", pacta::action_kind::acceptance));
  CHECK(find(r.reg, "Approver", pacta::action_kind::approval));
}

TEST_CASE("footnote markers are stripped from names and their end notes kept on the State's action", "[untc]") {
  page_spec p;
  p.rows = ten_rows();
  p.rows.push_back(
      "<td>Denmark <SUP><A onclick='ShowNoteAll()' href='#1' class='noteIndex'>1, 2</A> </SUP><br></td>"
      "<td>&nbsp;</td><td>7 Oct\t 2015 a<br></td>");
  p.notes = {"With a territorial exclusion in regard to the Faroe Islands.", "Second note."};
  p.counts = "Signatories : 10. Parties : 11";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(import(p, r, diags));
  const auto* a = find(r.reg, "Denmark", pacta::action_kind::accession);
  REQUIRE(a);
  CHECK(a->note() ==
        "End note 1: With a territorial exclusion in regard to the Faroe Islands. End note 2: Second note.");
}

TEST_CASE("a date in brackets is an instrument no longer in effect: kept, marked, and not counted as a party",
          "[untc]") {
  page_spec p;
  p.rows = ten_rows();
  p.rows.push_back(
      "<td>Formerly <SUP><A href='#1' class='noteIndex'>1</A></SUP><br></td><td>[1 Mar\t 2003 ]<br></td>"
      "<td>[12 Mar\t 2003 a]<br></td>");
  p.notes = {
      "On 23 October 2007, the Government of Formerly notified the Secretary-General of its denunciation "
      "of the Protocol with effect from 23 October 2008. On 2 May 2009, the Government of Formerly re-acceded "
      "to the Protocol."};
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  p.counts = "Signatories : 10. Parties : 10";
  REQUIRE(import(p, r, diags));
  const auto* a = find(r.reg, "Formerly", pacta::action_kind::accession);
  REQUIRE(a);
  CHECK(a->extensions()["x-untc-bracketed"] == true);
  CHECK(a->note().find("brackets") != std::string::npos);
  CHECK(r.page.parsed_parties == 10);
  CHECK(r.page.parsed_signatories == 10);  // the bracketed signature is not counted either
  // Its own denunciation, from the end note; the later re-accession has no row and stays in the note.
  const auto* d = find(r.reg, "Formerly", pacta::action_kind::denunciation);
  REQUIRE(d);
  CHECK(d->date == 2007_y / 10 / 23);
  CHECK(d->extensions()["x-untc-with-effect-from"] == "2008-10-23");
  int accessions = 0;
  for (const auto& x : r.reg.actions) accessions += x.state == "Formerly" && x.kind == pacta::action_kind::accession;
  CHECK(accessions == 1);
}

TEST_CASE("a bracketed instrument whose end notes give no readable denunciation is an error, not a guess", "[untc]") {
  page_spec p;
  p.rows = ten_rows();
  p.rows.push_back("<td>Formerly<br></td><td>&nbsp;</td><td>[12 Mar\t 2003 a]<br></td>");
  p.counts = "Signatories : 10. Parties : 10";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(import(p, r, diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "untc.bracketed");
}

TEST_CASE("a note's \"with effect from\" that the profile's period does not give is an error (rule D1)", "[untc]") {
  page_spec p;
  p.rows = ten_rows();
  p.rows.push_back(
      "<td>Formerly <SUP><A href='#1' class='noteIndex'>1</A></SUP><br></td><td>&nbsp;</td>"
      "<td>[12 Mar\t 2003 a]<br></td>");
  p.notes = {
      "On 23 October 2007, the Government of Formerly notified the Secretary-General of its denunciation "
      "of the Protocol with effect from 23 January 2008."};  // OPIC art. 22(1): one year, not three months
  p.counts = "Signatories : 10. Parties : 10";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(import(p, r, diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "untc.denunciation");
  CHECK(diags[0].message.find("2008-10-23") != std::string::npos);
}

TEST_CASE("counts that differ from the printed ones are an error, not a warning", "[untc]") {
  page_spec p;
  p.rows = ten_rows();
  p.counts = "Signatories : 10. Parties : 12";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(import(p, r, diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "untc.counts");
  CHECK(diags[0].message.find("Parties : 12") != std::string::npos);
  CHECK(diags[0].message.find("10 parties") != std::string::npos);
}

TEST_CASE("a printed entry into force that the table does not give is an error", "[untc]") {
  page_spec p;
  p.rows = ten_rows();
  p.counts = "Signatories : 10. Parties : 10";
  p.eif = "18 February 2002, in accordance with article 19(1).";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(import(p, r, diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "untc.entry-into-force");
  CHECK(diags[0].message.find("2002-01-18") != std::string::npos);
}

TEST_CASE("an unreadable cell is reported with its line and State", "[untc]") {
  page_spec p;
  p.rows = ten_rows();
  p.rows.push_back("<td>Oddland<br></td><td>&nbsp;</td><td>2 Smarch 2013 a<br></td>");
  p.counts = "Signatories : 10. Parties : 11";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(import(p, r, diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "untc.cell");
  CHECK(diags[0].message.find("Oddland") != std::string::npos);
  CHECK(diags[0].line.has_value());
}

TEST_CASE("a page that is not a UNTC status page, or of an unknown chapter, is refused", "[untc]") {
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::untc::import_page("<html><body><p>hello</p></body></html>", "x.html", {}, r, diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "untc.page");
  diags.clear();
  CHECK_FALSE(pacta::untc::import_page("", "empty.html", {}, r, diags));
  CHECK(!diags.empty());
  page_spec p;
  p.rows = ten_rows();
  p.treaty = "4. International Covenant on Civil and Political Rights";
  diags.clear();
  CHECK_FALSE(import(p, r, diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "untc.treaty");
}

TEST_CASE("OPAC pages: a declaration action with each instrument of a State listed under the declarations", "[untc]") {
  page_spec p;
  p.treaty =
      "11. b Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed "
      "conflict";
  p.eif = "18 January 2002, in accordance with article 10(1).";
  p.rows = ten_rows();
  p.counts = "Signatories : 10. Parties : 10";
  std::string page = html(p);
  std::string decl;
  for (int i = 1; i <= 9; ++i)
    decl += "<div id=\"x_dgDec_ctl0" + std::to_string(i) + "_divParticipant\" class=\"heading-two\">State " +
            std::to_string(i) + "</div>";
  page.insert(page.find("</body>"), decl);
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(pacta::untc::import_page(page, "opac.html", {}, r, diags));
  CHECK(r.reg.treaty == "opac");
  REQUIRE(find(r.reg, "State 1", pacta::action_kind::declaration));
  CHECK(find(r.reg, "State 1", pacta::action_kind::declaration)->date == 2001_y / 10 / 1);
  CHECK_FALSE(find(r.reg, "State 10", pacta::action_kind::declaration));
  CHECK(find(r.reg, "State 10", pacta::action_kind::ratification)->declaration_not_recorded);
}

TEST_CASE("codes: an unreadable heading, status date, row or end note is reported as such", "[untc]") {
  auto first_code = [](const page_spec& p) {
    pacta::untc::import_result r;
    std::vector<pacta::diagnostic> diags;
    CHECK_FALSE(import(p, r, diags));
    return diags.empty() ? std::string() : diags.front().code;
  };
  page_spec heading;
  heading.rows = ten_rows();
  heading.treaty = "Optional Protocol without a number";
  CHECK(first_code(heading) == "untc.heading");
  page_spec status;
  status.rows = ten_rows();
  status.status = "STATUS AS AT : someday";
  CHECK(first_code(status) == "untc.status-date");
  page_spec row;
  row.rows = ten_rows();
  row.rows.push_back("<td>Twocells<br></td><td>1 Sep 2001</td>");
  CHECK(first_code(row) == "untc.row");
  page_spec note;
  note.rows = ten_rows();
  note.rows[0] = "<td>State 1<sup><a href='#7'>7</a></sup><br></td><td>1 Sep 2001</td><td>1 Oct 2001</td>";
  CHECK(first_code(note) == "untc.note");
}

TEST_CASE("element line numbers past 65,535 are exact (libxml2 stops at 65,535)", "[untc]") {
  page_spec p;
  p.rows = ten_rows();
  p.rows.push_back("<td>Oddland<br></td><td>&nbsp;</td><td>2 Smarch 2013 a<br></td>");
  p.counts = "Signatories : 10. Parties : 11";
  std::string page = html(p);
  page.insert(page.find("<table"), std::string(70000, '\n'));
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::untc::import_page(page, "long.html", {}, r, diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "untc.cell");
  REQUIRE(diags[0].line.has_value());
  CHECK(*diags[0].line > 70000);
}

TEST_CASE("counts of more digits than a page can have are refused, not cut", "[untc]") {
  page_spec p;
  p.rows = ten_rows();
  p.counts = "Signatories : 1000000010. Parties : 10";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(import(p, r, diags));
  REQUIRE(!diags.empty());
  CHECK(diags[0].code == "untc.counts");
}

TEST_CASE("text that is not valid UTF-8 is refused with a diagnostic, never an exception (found by fuzzing)",
          "[untc]") {
  page_spec p;
  p.rows = ten_rows();
  p.rows[0] = "<td>State \xC3\x28 1<br></td><td>1 Sep 2001</td><td>1 Oct 2001</td>";
  p.counts = "Signatories : 10. Parties : 10";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  bool ok = true;
  CHECK_NOTHROW(ok = import(p, r, diags));
  CHECK_FALSE(ok);
  REQUIRE(!diags.empty());
  CHECK(diags[0].code == "untc.page");
  CHECK(diags[0].message.find("UTF-8") != std::string::npos);
}
