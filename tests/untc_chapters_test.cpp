// The UN Treaty Collection importer (src/untc) on the chapter IV template: headings, suffixes c and
// d, former States, saved pages checked under their profiles, and the section of optional
// declarations. The pages are built in code (untc_pages.hpp).
#include "former_states.hpp"
#include "optional_declarations.hpp"
#include "untc.hpp"
#include "untc_pages.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace date::literals;
using namespace untc_pages;

// ---- the chapter IV template: headings, suffixes c and d, former States (issue: the UN human-rights
// treaty system) ------------------------------------------------------------------------------------

namespace {

/// A profile for a chapter pacta has no built-in rules for: twenty instruments + 30 days.
pacta::treaty_rules cat_like() {
  pacta::treaty_rules r = pacta::crc_rules();
  r.id = "cat";
  r.short_title = "CAT";
  r.untc_chapter = "IV-9";
  r.general_article = "27(1)";
  r.organizations = {true, "42, 43", false, "44(3)"};
  return r;
}

/// Twenty States whose instruments (1 to 19 May, and 27 May 1987) bring the profile into force on
/// 26 June 1987.
std::vector<std::string> twenty_rows() {
  std::vector<std::string> out;
  for (int i = 1; i <= 20; ++i)
    out.push_back("<td>State " + std::to_string(i) + "<br></td><td>&nbsp;</td><td> &nbsp;" +
                  std::to_string(i < 20 ? i : 27) + " May\t 1987 <br></td>");
  return out;
}

page_spec chapter_iv_9() {
  page_spec p;
  p.treaty = "9. Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment";
  p.eif = "26 June 1987, in accordance with article 27(1).";
  p.rows = twenty_rows();
  p.counts = "Signatories : 0. Parties : 20";
  return p;
}

}  // namespace

TEST_CASE("a chapter maps to the bundled profile whose untc_chapter it is, no profile: NOT checked", "[untc][F1]") {
  page_spec p = chapter_iv_9();
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  pacta::untc::import_options o;
  o.profiles["cat"] = cat_like();
  REQUIRE(import(p, r, diags, o));
  CHECK(r.reg.treaty == "cat");
  CHECK(r.page.checked_with == "CAT");
  CHECK(pacta::untc::treaty_for_chapter("IV-9", o.profiles) == "cat");
  CHECK(pacta::untc::treaty_for_chapter("IV-11-c", o.profiles) == "opsc");  // built in
  // Without profiles the chapter is unknown: the import needs --treaty.
  pacta::untc::import_result r2;
  std::vector<pacta::diagnostic> d2;
  CHECK_FALSE(import(p, r2, d2));
  REQUIRE(d2.size() == 1);
  CHECK(d2[0].code == "untc.treaty");
  // With a treaty id and no rules for it, nothing is checked, and the page says so.
  pacta::untc::import_options named;
  named.treaty = "cat";
  pacta::untc::import_result r3;
  std::vector<pacta::diagnostic> d3;
  REQUIRE(import(p, r3, d3, named));
  CHECK(r3.page.checked_with.empty());
}

TEST_CASE("every heading variant of chapter IV reads: succession to signature (d), formal confirmation (c)",
          "[untc][E8]") {
  for (const std::string deposit_heading :
       {"Ratification, Accession(a), Succession(d)", "Accession(a), Succession(d), Ratification",
        "Formal confirmation(c), Accession(a), Ratification",
        "Ratification, Acceptance(A), Approval(AA), Accession(a)"}) {
    page_spec p = chapter_iv_9();
    p.header =
        "<td>Participant <SUP><A href='#1'>1</A></SUP><br></td><td>Signature, Succession to signature(d)<br></td>"
        "<td>" +
        deposit_heading + "<br></td>";
    p.notes = {"A note on the heading."};
    p.rows.push_back("<td>Successor<br></td><td>12 Dec\t 1994 d<br></td><td>12 Dec\t 1994 d<br></td>");
    p.rows.push_back("<td>European Union<br></td><td>30 Mar\t 2007 <br></td><td>23 Dec\t 2010 c<br></td>");
    p.counts = "Signatories : 2. Parties : 22";
    pacta::untc::import_result r;
    std::vector<pacta::diagnostic> diags;
    pacta::untc::import_options o;
    o.profiles["cat"] = cat_like();
    INFO(deposit_heading);
    REQUIRE(import(p, r, diags, o));
    CHECK(find(r.reg, "Successor", pacta::action_kind::succession_to_signature)->date == 1994_y / 12 / 12);
    CHECK(find(r.reg, "Successor", pacta::action_kind::succession));
    CHECK(find(r.reg, "European Union", pacta::action_kind::formal_confirmation)->date == 2010_y / 12 / 23);
    REQUIRE(r.reg.participants.size() == 1);
    CHECK(r.reg.participants[0].name == "European Union");
    CHECK(r.reg.participants[0].kind == pacta::participant_kind::organization);
    CHECK(r.page.organizations == 1);
  }
}

TEST_CASE("former States are read from the end notes' prose, counted toward the threshold, never as rows",
          "[untc][F1]") {
  page_spec p = chapter_iv_9();
  // Nineteen States of today deposit on 1 to 19 May 1987. Only with the former State's ratification of
  // 9 May 1987 (an end note) is the twentieth instrument deposited on 19 May: in force 18 June 1987.
  p.rows = twenty_rows();
  p.rows.pop_back();  // State 20 (27 May) gone: only nineteen rows
  p.rows.push_back("<td>Successor <SUP><A href='#1'>1, 2</A></SUP><br></td><td>&nbsp;</td><td>1 Jan\t 1993 d<br></td>");
  p.notes = {
      "The German Democratic Republic had signed and ratified the Convention with reservations on 7 April 1986 "
      "and 9 May 1987, respectively (See, C.N.88.1987.TREATIES-3 of 20 April 1987). See also note 2 under "
      "\u201cGermany\u201d in the \u201cHistorical Information\u201d section.",
      "The former Yugoslavia had signed the Convention on 14 March 1990. Czechoslovakia acceded to the "
      "Convention on 12 March 1991. Subsequently, on 26 April 1991, the Government of Czechoslovakia notified "
      "the Secretary-General of its decision to withdraw a reservation."};
  p.eif = "18 June 1987, in accordance with article 27(1).";  // 19 May 1987 + 30 days
  p.counts = "Signatories : 0. Parties : 20";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  pacta::untc::import_options o;
  o.profiles["cat"] = cat_like();
  REQUIRE(import(p, r, diags, o));
  CHECK(r.page.former_participants == 3);
  CHECK(r.page.rows == 20);
  REQUIRE(r.reg.participants.size() == 3);
  CHECK(r.reg.participants[0].name == "German Democratic Republic");
  CHECK(r.reg.participants[0].kind == pacta::participant_kind::former_state);
  CHECK(r.reg.participants[0].note.find("End note 1: The German Democratic Republic had signed") == 0);
  CHECK(find(r.reg, "German Democratic Republic", pacta::action_kind::signature)->date == 1986_y / 4 / 7);
  CHECK(find(r.reg, "German Democratic Republic", pacta::action_kind::ratification)->date == 1987_y / 5 / 9);
  CHECK(find(r.reg, "former Yugoslavia", pacta::action_kind::signature)->date == 1990_y / 3 / 14);
  CHECK_FALSE(find(r.reg, "former Yugoslavia", pacta::action_kind::ratification));
  CHECK(find(r.reg, "Czechoslovakia", pacta::action_kind::accession)->date == 1991_y / 3 / 12);
}

TEST_CASE("an end-note sentence about a former State's action that does not read is reported, not guessed",
          "[untc][F1]") {
  page_spec p = chapter_iv_9();
  p.rows.push_back("<td>Successor <SUP><A href='#1'>1</A></SUP><br></td><td>&nbsp;</td><td>1 Jan\t 1993 d<br></td>");
  p.notes = {"The German Democratic Republic had ratified the Convention in the spring of 1987."};
  p.counts = "Signatories : 0. Parties : 21";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  pacta::untc::import_options o;
  o.profiles["cat"] = cat_like();
  CHECK_FALSE(import(p, r, diags, o));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "untc.former-note");
  CHECK(diags[0].message.find("in the spring of 1987") != std::string::npos);
}

TEST_CASE("former-State sentences: each form, and what is not one", "[untc][F1]") {
  using pacta::untc::read_former_states;
  auto a = read_former_states(
      "The German Democratic Republic had signed and ratified the Convention on 25 June 1980 and 9 July 1980, "
      "respectively.");
  REQUIRE(a.actions.size() == 2);
  CHECK(a.actions[0].kind == pacta::action_kind::signature);
  CHECK(a.actions[1].date == 1980_y / 7 / 9);
  auto b = read_former_states(
      "Czechoslovakia had signed and ratified the Convention on 8 September 1986 and 7 July "
      "1988, respectively, with the following reservations: The Czechoslovak Socialist "
      "Republic does not consider itself bound by article 20.");
  REQUIRE(b.actions.size() == 2);
  CHECK(b.actions[1].date == 1988_y / 7 / 7);
  auto c = read_former_states(
      "The former Yugoslavia had signed and ratified the Convenant on 8 August 1967 and 2 June "
      "1971, respectively.");  // the page's own spelling
  REQUIRE(c.actions.size() == 2);
  CHECK(c.actions[0].state == "former Yugoslavia");
  auto d = read_former_states("Democratic Yemen had acceded to the Convention on 23 March 1973.");
  REQUIRE(d.actions.size() == 1);
  CHECK(d.actions[0].kind == pacta::action_kind::accession);
  // Not an action of a former State: the Government of …, a formality, another State, a withdrawal.
  CHECK(read_former_states("Subsequently, on 26 April 1991, the Government of Czechoslovakia notified the "
                           "Secretary-General of its decision to withdraw the reservation.")
            .actions.empty());
  CHECK(read_former_states("The formality was effected by Democratic Yemen.").actions.empty());
  CHECK(read_former_states("Although Democratic Kampuchea had signed both on 17 October 1980, Cambodia acceded.")
            .actions.empty());
  // Two verbs and one date does not read.
  auto e = read_former_states("Czechoslovakia had signed and ratified the Convention on 8 September 1986.");
  CHECK(e.actions.empty());
  CHECK(e.unreadable.size() == 1);
}

namespace {

pacta::treaty_rules bundled_profile(const std::string& id) {
  return pacta::load_treaty_profile(std::string(PACTA_SOURCE_DIR) + "/data/treaties/" + id + ".json");
}

/// `n` rows of States depositing on consecutive days, the last on `last`, as the page writes dates
/// ("8 Feb\t 2008").
std::vector<std::string> rows_until(int n, pacta::date_t last) {
  static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::vector<std::string> out;
  for (int i = 1; i <= n; ++i) {
    const pacta::date_t d{date::sys_days{last} - date::days{n - i}};
    out.push_back("<td>State " + std::to_string(i) + "<br></td><td>&nbsp;</td><td> &nbsp;" +
                  std::to_string(static_cast<unsigned>(d.day())) + " " + months[static_cast<unsigned>(d.month()) - 1] +
                  "\t " + std::to_string(static_cast<int>(d.year())) + " <br></td>");
  }
  return out;
}

}  // namespace

TEST_CASE("a saved ICRMW page (IV-13): the printed 1 July 2003 is checked under article 87(1), rule P7", "[untc][P7]") {
  page_spec p;
  p.treaty =
      "13. International Convention on the Protection of the Rights of All Migrant Workers and Members of "
      "Their Families";
  p.rows = rows_until(20, 2003_y / 2 / 25);                                            // 6 to 25 Feb 2003 …
  p.rows.back() = "<td>Guatemala<br></td><td>&nbsp;</td><td>14 Mar\t 2003 <br></td>";  // … and the 20th
  p.eif = "1 July 2003, in accordance with article 87(1).";
  p.counts = "Signatories : 0. Parties : 20";
  pacta::untc::import_options o;
  o.profiles["icrmw"] = bundled_profile("icrmw");
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(import(p, r, diags, o));
  CHECK(r.reg.treaty == "icrmw");
  CHECK(r.page.checked_with == "ICRMW");
  // 14 June 2003 (three months, without P7) is refused.
  p.eif = "14 June 2003, in accordance with article 87(1).";
  pacta::untc::import_result r2;
  std::vector<pacta::diagnostic> d2;
  CHECK_FALSE(import(p, r2, d2, o));
  REQUIRE(d2.size() == 1);
  CHECK(d2[0].code == "untc.entry-into-force");
  CHECK(d2[0].message.find("2003-07-01") != std::string::npos);
}

TEST_CASE(
    "a saved OP-CRPD page (IV-15-a): in force with the Convention, 3 May 2008, not 30 days after the "
    "tenth instrument (rule E7)",
    "[untc][E7][E8]") {
  page_spec p;
  p.treaty = "15. a Optional Protocol to the Convention on the Rights of Persons with Disabilities";
  p.rows = rows_until(10, 2008_y / 2 / 8);  // the tenth instrument on 8 Feb 2008: 9 March by art. 13(1) alone
  p.rows.push_back("<td>European Union<br></td><td>30 Mar\t 2007 <br></td><td>&nbsp;</td>");
  p.eif = "3 May 2008, in accordance with article 13(1).";
  p.counts = "Signatories : 1. Parties : 10";
  pacta::untc::import_options o;
  o.profiles["op-crpd"] = bundled_profile("op-crpd");
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(import(p, r, diags, o));
  CHECK(r.reg.treaty == "op-crpd");
  CHECK(r.page.checked_with == "OP-CRPD");
  REQUIRE(r.reg.participants.size() == 1);  // the EU: an organization, by name, though it only signed
  CHECK(r.reg.participants[0].kind == pacta::participant_kind::organization);
}

TEST_CASE("a saved ICCPR page (IV-4): the entry-into-force line that also gives article 41's date reads",
          "[untc][O1]") {
  page_spec p;
  p.treaty = "4. International Covenant on Civil and Political Rights";
  p.rows = rows_until(35, 1975_y / 12 / 23);
  p.eif =
      "23 March 1976, in accordance with article 49, for all provisions except those of article 41; 28 March "
      "1979 for the provisions of article 41 (Human Rights Committee), in accordance with paragraph 2 of the said "
      "article 41.";
  p.counts = "Signatories : 0. Parties : 35";
  pacta::untc::import_options o;
  o.profiles["iccpr"] = bundled_profile("iccpr");
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(import(p, r, diags, o));
  CHECK(r.reg.treaty == "iccpr");
  CHECK(r.page.entry_into_force == 1976_y / 3 / 23);
  CHECK(r.page.entry_into_force_article == "49");
  CHECK(r.page.checked_with == "ICCPR");
  // Article 41's own date is the depositary's record: written as articles_in_force (rule O1).
  REQUIRE(r.reg.articles_in_force.size() == 1);
  CHECK(r.reg.articles_in_force[0].article == "41");
  CHECK(r.reg.articles_in_force[0].date == 1979_y / 3 / 28);
  // A date that does not read, an article the profile does not list, or two dates: refused, never dropped.
  for (const char* eif :
       {"23 March 1976, in accordance with article 49; 31 February 1979 for the provisions of article 41.",
        "23 March 1976, in accordance with article 49; 28 March 1979 for the provisions of article 42.",
        "23 March 1976, in accordance with article 49; 28 March 1979 for the provisions of article 41bis.",
        "23 March 1976, in accordance with article 49; 28 March 1979 for the provisions of article 41; 1 April 1980 "
        "for the provisions of article 41."}) {
    INFO(eif);
    p.eif = eif;
    pacta::untc::import_result bad;
    std::vector<pacta::diagnostic> d;
    CHECK_FALSE(import(p, bad, d, o));
    CHECK(
        std::any_of(d.begin(), d.end(), [](const pacta::diagnostic& x) { return x.code == "untc.entry-into-force"; }));
  }
}

namespace {

/// One entry of a page's section of optional declarations, as the UNTC prints it.
std::string declaration_entry(int k, const std::string& state, const std::string& body) {
  const std::string id = "ctl00_dgDecUnderArticle_ctl" + std::to_string(k);
  return "<tr><td><div id=\"" + id + "_divParticipant\" class=\"heading-two\">" + state + "</div>\n<div id=\"" + id +
         "_divText\" class=\"content-two\"><p class='invisible'>" + state + "</p>" + body + "</div></td></tr>\n";
}

}  // namespace

TEST_CASE("O1 the section of optional declarations is imported: article, date as printed or the instrument's",
          "[untc][O1]") {
  page_spec p;
  p.treaty = "9. Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment";
  p.rows = rows_until(20, 1987_y / 5 / 27);  // the 20th on 27 May 1987: in force 26 June 1987
  p.eif = "26 June 1987, in accordance with article 27(1).";
  p.counts = "Signatories : 0. Parties : 20";
  p.extra =
      "<table>" +
      declaration_entry(1, "State 1",  // no date: with the instrument; both articles by their subjects
                        "&nbsp;\"State 1 recognizes the competence of the Committee to receive and consider "
                        "communications to the effect that a State Party claims that another State Party is not "
                        "fulfilling its obligations. It recognizes the competence of the Committee to receive "
                        "communications from or on behalf of individuals.\"") +
      declaration_entry(2, "State 2",  // dated, under article 22 only, then renewed
                        "<p align=right>1 March 1990</p><br>In accordance with article 22, paragraph 1, of the "
                        "Convention …<p align=right>1 March 1995</p><br>Pursuant to article 22 (1) …") +
      declaration_entry(3, "State 3", "<p align=right>3 May 1990</p>The competence of the Committee is recognized.") +
      declaration_entry(4, "State 4", "") + declaration_entry(5, "Nowhere", "under article 21") + "</table>";
  pacta::untc::import_options o;
  o.profiles["cat"] = bundled_profile("cat");
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(import(p, r, diags, o));
  std::vector<std::string> got;
  for (const auto& a : r.reg.actions)
    if (a.kind == pacta::action_kind::optional_declaration)
      got.push_back(a.state + " " + a.article() + " " + pacta::to_iso(a.date));
  // State 1 deposited on 8 May 1987 (rows_until: the 20th on 27 May, one a day).
  CHECK(got == std::vector<std::string>{"State 1 21 1987-05-08", "State 1 22 1987-05-08", "State 2 22 1990-03-01"});
  CHECK(r.page.optional_declarations == 3);
  // What was not read is said, each with its State: no article to tell, no text, no row.
  REQUIRE(r.page.declarations_not_read.size() == 3);
  CHECK(r.page.declarations_not_read[0].rfind("State 3: cannot tell which article", 0) == 0);
  CHECK(r.page.declarations_not_read[1].rfind("State 4: its entry prints no text", 0) == 0);
  CHECK(r.page.declarations_not_read[2].rfind("Nowhere: the page prints declarations, but no row", 0) == 0);
  // The renewal is named in the first declaration's note.
  for (const auto& a : r.reg.actions)
    if (a.state == "State 2" && a.kind == pacta::action_kind::optional_declaration)
      CHECK(a.note().find("1 March 1995") != std::string::npos);
}

TEST_CASE("O1 the articles a declaration names or describes (articles_declared)", "[untc][O1]") {
  const auto cat = bundled_profile("cat").optional_declarations;
  using v = std::vector<std::string>;
  CHECK(pacta::untc::articles_declared("pursuant to article 21, paragraph 1, of the Convention", cat) == v{"21"});
  CHECK(pacta::untc::articles_declared("in accordance with articles 21 and 22 of the said Convention", cat) ==
        v{"21", "22"});
  CHECK(pacta::untc::articles_declared("as provided for in article 22 (1) and the Committee under article 17", cat) ==
        v{"22"});
  CHECK(pacta::untc::articles_declared("In accordance with [article 22], the Government", cat) == v{"22"});
  CHECK(pacta::untc::articles_declared("communications from or on behalf of individuals subject to its jurisdiction",
                                       cat) == v{"22"});
  CHECK(pacta::untc::articles_declared("communications from a State Party claiming that Cameroon is not", cat) ==
        v{"21"});
  // One article named, the other described (Andorra, 22 November 2006): both.
  CHECK(
      pacta::untc::articles_declared("1. … recognizes, in accordance with article 21 of the Convention, the competence "
                                     "… 2. … to receive communications from or on behalf of individuals",
                                     cat) == v{"21", "22"});
  CHECK(pacta::untc::articles_declared("the competence of the Committee referring to the said articles [21 and 22]",
                                       cat) == v{"21", "22"});
  CHECK(pacta::untc::articles_declared("The Government recognizes the competence of the Committee.", cat)
            .empty());  // nothing to tell by: said so, not guessed
  const auto ced = bundled_profile("ced").optional_declarations;
  CHECK(pacta::untc::articles_declared("In accordance with the provisions of article[s] 31, paragraph 1", ced) ==
        v{"31"});
  // One article only (ICCPR art. 41): every declaration of the section is under it.
  CHECK(pacta::untc::articles_declared("Norway recognizes the competence of the Committee referred to in article 28",
                                       bundled_profile("iccpr").optional_declarations) == v{"41"});
  CHECK(pacta::untc::made_with_instrument("Made upon succession: \"[The] Republic of Croatia …"));
  CHECK_FALSE(pacta::untc::made_with_instrument("The Government of Canada declares …"));
}

TEST_CASE("a suffix the signature column does not take (c) is refused, naming the one it takes (d)", "[untc]") {
  page_spec p = chapter_iv_9();
  p.rows.push_back("<td>European Union<br></td><td>30 Mar\t 2007 c<br></td><td>&nbsp;</td>");
  pacta::untc::import_options o;
  o.profiles["cat"] = cat_like();
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(import(p, r, diags, o));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "untc.cell");
  CHECK(diags[0].message.find("\"30 Mar 2007 c\"") != std::string::npos);
  CHECK(diags[0].message.find("the suffix d for a succession to signature") != std::string::npos);
}

TEST_CASE("untc.page: an element with more attributes than a status page has is refused before libxml2 reads it",
          "[untc][limits]") {
  // libxml2 2.9 checks each attribute against the element's others: 100,000 of them (a 1 MB page)
  // took over 30 s. The page is refused from its bytes, in one pass, naming the line.
  page_spec p;
  p.rows = ten_rows();
  p.counts = "Signatories : 10. Parties : 10";
  std::string many = "<div";
  for (std::size_t k = 0; k <= pacta::untc::max_attributes_per_element; ++k) many += " a" + std::to_string(k) + "=1";
  p.extra = "\n\n" + many + "></div>\n";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(import(p, r, diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "untc.page");
  CHECK(diags[0].message.find("more than 1000 attributes") != std::string::npos);
  // The page's lines: the head, five heading lines, the table's opening and header, ten rows, its end,
  // two blank lines: the element is on line 22.
  CHECK(diags[0].line == std::optional<std::size_t>(22));

  // As many inside a comment or a script are not markup: the page imports.
  page_spec q;
  q.rows = ten_rows();
  q.counts = "Signatories : 10. Parties : 10";
  q.extra = "<!--" + many + ">--><script>" + many + "></script>\n";
  diags.clear();
  CHECK(import(q, r, diags));
}

TEST_CASE("untc.page: an attribute longer than a status page's is refused, a form's saved state of 1.7 MB is not",
          "[untc][limits]") {
  page_spec p;
  p.rows = ten_rows();
  p.counts = "Signatories : 10. Parties : 10";
  p.extra = "<input type=\"hidden\" value=\"" + std::string(std::size_t{1700} << 10, 'x') + "\">\n";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  CHECK(import(p, r, diags));
  p.extra = "<input type=\"hidden\" value='" + std::string(pacta::untc::max_attribute_bytes + 1, 'x') + "'>\n";
  diags.clear();
  CHECK_FALSE(import(p, r, diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "untc.page");
  CHECK(diags[0].message.find("MiB a status page's have") != std::string::npos);
}

TEST_CASE("untc.page: attributes without spaces between them, or unquoted, are counted and bounded as libxml2 reads",
          "[untc][limits]") {
  page_spec p;
  p.rows = ten_rows();
  p.counts = "Signatories : 10. Parties : 10";
  std::string joined = "<p ";
  for (std::size_t k = 0; k <= pacta::untc::max_attributes_per_element; ++k)
    joined += "a" + std::to_string(k) + "=\"1\"";
  p.extra = joined + "></p>\n";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(import(p, r, diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].message.find("more than 1000 attributes") != std::string::npos);
  // An unquoted value, and a name, longer than a status page's are refused as a quoted value is.
  p.extra = "<div a=" + std::string(pacta::untc::max_attribute_bytes + 1, 'x') + "></div>\n";
  diags.clear();
  CHECK_FALSE(import(p, r, diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].message.find("MiB a status page's have") != std::string::npos);
  p.extra = "<div " + std::string(pacta::untc::max_attribute_bytes + 1, 'x') + "></div>\n";
  diags.clear();
  CHECK_FALSE(import(p, r, diags));
  // Ten ordinary attributes, spaced or not, are read.
  p.extra = "<p a=\"1\"b='2' c=3 d e = \"5\"/>\n";
  diags.clear();
  CHECK(import(p, r, diags));
}
