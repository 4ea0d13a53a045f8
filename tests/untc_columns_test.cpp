// The UN Treaty Collection importer (src/untc) beyond chapter IV: the participants table's columns
// read from its header (no signature column; a column of provisional application), the suffixes P
// (consent to be bound) and s (definitive signature), the counts line "Parties : N" alone, and the
// six saved pages of chapter XXVI (tests/data/untc/xxvi) imported and checked under their bundled
// profiles (data/treaties), each printed general date reproduced.
#include "denunciations.hpp"
#include "untc.hpp"
#include "untc_pages.hpp"

#include <pacta/input.hpp>

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

using namespace date::literals;
using namespace untc_pages;

namespace {

/// A treaty whose table has a column of provisional application between signature and deposit
/// (the Arms Trade Treaty's, art. 23).
page_spec with_provisional_column() {
  page_spec p;
  p.header =
      "<td>Participant<br></td><td>Signature<br></td><td>Provisional application under article 23(n)<br></td>"
      "<td>Approval(AA), Acceptance(A), Accession(a), Ratification<br></td>";
  for (int i = 1; i <= 10; ++i)
    p.rows.push_back("<td>State " + std::to_string(i) + "<br></td><td>1 Sep\t 2001 <br></td><td>&nbsp;</td><td>" +
                     std::to_string(i < 10 ? i : 18) + " Oct\t 2001 <br></td>");
  // Provisional application on the day of ratification, and before it; and alone, with no instrument.
  p.rows.push_back(
      "<td>Applier<br></td><td>3 Jun\t 2013 <br></td><td>12 Aug\t 2013 n<br></td><td>12 Aug\t 2013<br></td>");
  p.rows.push_back("<td>Early<br></td><td>3 Jun\t 2013 <br></td><td>1 Jul\t 2013 n<br></td><td>2 Dec\t 2013<br></td>");
  p.rows.push_back("<td>Pending<br></td><td>3 Jun\t 2013 <br></td><td>5 Jul\t 2013 n<br></td><td>&nbsp;</td>");
  p.counts = "Signatories : 13. Parties : 12";
  return p;
}

/// A protocol with no signature: consent notified (P) by the parent's parties, "Parties : N" alone
/// (the CCW's Protocols).
page_spec protocol_without_signature() {
  page_spec p;
  p.header = "<td>Participant<br></td><td>Consent to be bound(P), Succession(d)<br></td>";
  for (int i = 1; i <= 10; ++i)
    p.rows.push_back("<td>State " + std::to_string(i) + "<br></td><td>" + std::to_string(i < 10 ? i : 18) +
                     " Oct\t 2001 P<br></td>");
  p.counts = "Parties : 10";
  return p;
}

std::string xxvi(const std::string& file) {
  return std::string(PACTA_SOURCE_DIR) + "/tests/data/untc/xxvi/" + file;
}

std::string bundled_profile(const std::string& file) {
  return std::string(PACTA_SOURCE_DIR) + "/data/treaties/" + file;
}

std::size_t count_kind(const pacta::registry& r, pacta::action_kind k) {
  std::size_t n = 0;
  for (const auto& a : r.actions) n += a.kind == k ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("a column of provisional application (ATT art. 23) is read from the header: recorded, never consent",
          "[untc]") {
  page_spec p = with_provisional_column();
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  pacta::untc::import_options options;
  options.rules = pacta::opic_rules();
  options.rules->provisional_application = {true, "23", "articles 6 and 7", true, true};  // rule V1
  REQUIRE(import(p, r, diags, options));
  CHECK(diags.empty());
  CHECK(r.page.parsed_signatories == 13);
  CHECK(r.page.parsed_parties == 12);
  REQUIRE(find(r.reg, "Applier", pacta::action_kind::provisional_application));
  CHECK(find(r.reg, "Applier", pacta::action_kind::provisional_application)->date == 2013_y / 8 / 12);
  CHECK(find(r.reg, "Early", pacta::action_kind::provisional_application)->date == 2013_y / 7 / 1);
  CHECK(find(r.reg, "Pending", pacta::action_kind::provisional_application)->date == 2013_y / 7 / 5);
  CHECK_FALSE(find(r.reg, "Pending", pacta::action_kind::ratification));
  CHECK(r.text.find("{\"state\": \"Early\", \"action\": \"provisional-application\", \"date\": \"2013-07-01\"}") !=
        std::string::npos);
  // The record, under a clause like the ATT's (art. 23, rule V1): a State that applies the treaty
  // provisionally is no party by it; a declaration on neither its signature nor its deposit (Early's,
  // Pending's) is counted from the day recorded, and says so.
  pacta::treaty_rules rules = pacta::opic_rules();
  rules.provisional_application = {true, "23", "articles 6 and 7", true, true};
  std::vector<pacta::diagnostic> build;
  const auto rec = pacta::try_build_record(r.reg, rules, build);
  REQUIRE(rec);
  CHECK(rec->provisional_application_of("Applier").front().as_provided);
  CHECK_FALSE(rec->provisional_application_of("Early").front().as_provided);
  CHECK(*rec->provisional_application_of("Early").front().until == 2014_y / 3 / 2);
  CHECK(rec->status_on("Pending", 2026_y / 1 / 1).code == pacta::status::signatory);
  CHECK(rec->status_on("Early", 2013_y / 11 / 1).code == pacta::status::signatory);
  CHECK(rec->status_on("Early", 2013_y / 12 / 2).code == pacta::status::consented);
  CHECK(rec->status_on("Early", 2014_y / 3 / 2).code == pacta::status::bound);  // 3 months after (rule E4)
}

TEST_CASE("a table with no signature column and the suffix P: consent to be bound, counted by \"Parties : N\"",
          "[untc]") {
  page_spec p = protocol_without_signature();
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(import(p, r, diags));
  CHECK(diags.empty());
  CHECK_FALSE(r.page.signatories.has_value());
  CHECK(r.page.parties == 10);
  CHECK(r.page.parsed_parties == 10);
  CHECK(count_kind(r.reg, pacta::action_kind::consent_to_be_bound) == 10);
  CHECK(count_kind(r.reg, pacta::action_kind::signature) == 0);
  REQUIRE(pacta::is_consent(pacta::action_kind::consent_to_be_bound));
  // Ten consents (1 to 9, 18 Oct 2001): in force 18 Jan 2002 under the ten + 3 months rules.
  CHECK(r.page.entry_into_force == 2002_y / 1 / 18);
  // A count of parties the table does not give is refused.
  p.counts = "Parties : 11";
  pacta::untc::import_result r2;
  std::vector<pacta::diagnostic> d2;
  CHECK_FALSE(import(p, r2, d2));
  REQUIRE(d2.size() == 1);
  CHECK(d2[0].code == "untc.counts");
  CHECK(d2[0].message.find("\"Parties : 11\" (and no signatories)") != std::string::npos);
}

TEST_CASE("the suffix s is a definitive signature: consent on the day, counted as a party", "[untc]") {
  page_spec p;
  p.rows = ten_rows();
  p.rows.push_back("<td>Definitive<br></td><td>&nbsp;</td><td>4 Apr\t 2013 s<br></td>");
  p.counts = "Signatories : 10. Parties : 11";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(import(p, r, diags));
  REQUIRE(find(r.reg, "Definitive", pacta::action_kind::definitive_signature));
  CHECK(find(r.reg, "Definitive", pacta::action_kind::definitive_signature)->date == 2013_y / 4 / 4);
  CHECK(pacta::is_consent(pacta::action_kind::definitive_signature));
}

TEST_CASE("untc.row: a header with a column pacta does not read, or a row of another width, is refused", "[untc]") {
  page_spec p = with_provisional_column();
  p.header = "<td>Participant<br></td><td>Signature<br></td><td>Reservations<br></td><td>Ratification<br></td>";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(import(p, r, diags));
  REQUIRE_FALSE(diags.empty());
  CHECK(diags[0].code == "untc.row");
  CHECK(diags[0].message.find("column 3 is \"Reservations\"") != std::string::npos);

  page_spec q = protocol_without_signature();
  q.rows.push_back("<td>Wide<br></td><td>1 Sep\t 2001 <br></td><td>2 Oct\t 2001 P<br></td>");
  pacta::untc::import_result r2;
  std::vector<pacta::diagnostic> d2;
  CHECK_FALSE(import(q, r2, d2));
  REQUIRE_FALSE(d2.empty());
  CHECK(d2[0].code == "untc.row");
  CHECK(d2[0].message.find("3 cells, not 2 (participant, deposit)") != std::string::npos);
}

TEST_CASE("untc.cell: a provisional-application cell with another suffix names its column", "[untc]") {
  page_spec p = with_provisional_column();
  p.rows.back() = "<td>Pending<br></td><td>3 Jun\t 2013 <br></td><td>5 Jul\t 2013 a<br></td><td>&nbsp;</td>";
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(import(p, r, diags));
  REQUIRE_FALSE(diags.empty());
  CHECK(diags[0].code == "untc.cell");
  CHECK(diags[0].message.find("Pending: cannot read the provisional application cell \"5 Jul 2013 a\"") !=
        std::string::npos);
}

TEST_CASE("the six saved chapter XXVI pages import as printed: counts, and each general date under its clause",
          "[untc][E1][P8]") {
  struct expected {
    const char* page;
    const char* profile;
    pacta::date_t eif;
    std::size_t parties;
    std::optional<std::size_t> signatories;
  };
  const std::vector<expected> pages = {
      {"att.html", "att.json", 2014_y / 12 / 24, 117, 130},      // 50th instrument + 90 days
      {"ccw.html", "ccw.json", 1983_y / 12 / 2, 128, 50},        // 20th + 6 months
      {"ccw_p4.html", "ccw-p4.json", 1998_y / 7 / 30, 111, {}},  // 20th consent (P) + 6 months
      {"cwc.html", "cwc.json", 1997_y / 4 / 29, 193, 165},       // 65th + 180 days, not before 13 Jan 1995
      {"enmod.html", "enmod.json", 1978_y / 10 / 5, 78, 48},     // upon the 20th, former States counted
      {"tpnw.html", "tpnw.json", 2021_y / 1 / 22, 74, 95},       // 50th + 90 days
  };
  for (const auto& e : pages) {
    INFO(e.page);
    pacta::untc::import_options o;
    o.rules = pacta::load_treaty_profile(bundled_profile(e.profile));
    pacta::untc::import_result r;
    std::vector<pacta::diagnostic> diags;
    std::string html;
    REQUIRE(pacta::read_input(xxvi(e.page), html, diags));
    const bool ok = pacta::untc::import_page(html, e.page, o, r, diags);
    for (const auto& d : diags) UNSCOPED_INFO(d.to_string());
    CHECK(ok);
    CHECK(r.page.entry_into_force == e.eif);
    CHECK(r.page.checked_with == o.rules->short_title);
    CHECK(r.page.parties == e.parties);
    CHECK(r.page.parsed_parties == e.parties);
    CHECK(r.page.signatories == e.signatories);
  }
}

TEST_CASE("untc.row and untc.counts: a second header row mid-table, and a count with more after it, are refused",
          "[untc]") {
  page_spec p = with_provisional_column();
  p.rows.insert(p.rows.begin() + 3, "<td>Participant<br></td><td>Signature<br></td><td>Ratification<br></td>");
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(import(p, r, diags));
  REQUIRE_FALSE(diags.empty());
  CHECK(diags[0].code == "untc.row");
  CHECK(diags[0].message.find("a second header row") != std::string::npos);

  for (const char* counts : {"Parties : 10abc", "Parties : 10 (of 99)", "Parties : 10.5", "Parties : 10 11"}) {
    INFO(counts);
    page_spec q = protocol_without_signature();
    q.counts = counts;
    pacta::untc::import_result r2;
    std::vector<pacta::diagnostic> d2;
    CHECK_FALSE(import(q, r2, d2));
    REQUIRE_FALSE(d2.empty());
    CHECK(d2[0].code == "untc.counts");
  }
}

namespace withdrawal_notes {

/// Ten States in force on 18 Jan 2002 (OPIC's rules), with the Mine Ban Convention's withdrawal: six
/// months after receipt, art. 20(2)-(3), called "withdrawal". Baltic accedes in 2004 and withdraws
/// as chapter XXVI's end notes tell it; the row stays as printed, not bracketed.
pacta::untc::import_options mine_ban_withdrawal() {
  pacta::untc::import_options o;
  o.rules = pacta::opic_rules();
  o.rules->denunciation_delay = pacta::period::months(6);
  o.rules->denunciation_article = "20(3)";
  o.rules->armed_conflict_article = "20(3)";
  o.rules->denunciation_noun = "withdrawal";
  return o;
}

page_spec with_withdrawal(const std::string& outcome) {
  page_spec p;
  p.rows = ten_rows();
  p.rows.push_back(
      "<td>Baltic <SUP><A href='#1' class='noteIndex'>1</A></SUP><br></td><td>&nbsp;</td>"
      "<td>12 May\t 2004 a<br></td>");
  p.notes = {
      "On 27 June 2025, the Government of Baltic deposited with the Secretary-General a notification of "
      "withdrawal from the Convention in accordance with article 20(2). " +
      outcome};
  p.counts = "Signatories : 10. Parties : 11";
  return p;
}

}  // namespace withdrawal_notes

TEST_CASE("D1 a chapter XXVI withdrawal note on a row printed as in effect is imported, its stated effect checked",
          "[untc][D1]") {
  using namespace withdrawal_notes;
  page_spec p = with_withdrawal("The withdrawal took effect for Baltic on 27 December 2025.");
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(import(p, r, diags, mine_ban_withdrawal()));
  CHECK(diags.empty());
  const auto* d = find(r.reg, "Baltic", pacta::action_kind::denunciation);
  REQUIRE(d);
  CHECK(d->date == 2025_y / 6 / 27);
  CHECK(d->extensions()["x-untc-took-effect"] == "2025-12-27");
  CHECK_FALSE(d->extensions().contains("effective"));  // the outcome, not a date the notification specifies
  CHECK(d->note().find("took effect for Baltic on 27 December 2025") != std::string::npos);
  CHECK(r.page.parsed_parties == 11);
  // Bound until the withdrawal takes effect (D2), not after.
  auto rec = pacta::try_build_record(r.reg, *mine_ban_withdrawal().rules, diags);
  REQUIRE(rec);
  const auto* s = &rec->state("Baltic");
  REQUIRE(s);
  REQUIRE(s->consents.size() == 1);
  REQUIRE(s->consents[0].denunciations.size() == 1);
  CHECK(s->consents[0].denunciations[0].effective.date == 2025_y / 12 / 27);
}

TEST_CASE("D1 a withdrawal's outcome told in a note of its own is read with it, and its stated effect checked",
          "[untc][D1]") {
  using namespace withdrawal_notes;
  for (const bool right : {true, false}) {
    page_spec p = with_withdrawal("");
    p.rows.back() =
        "<td>Baltic <SUP><A href='#1' class='noteIndex'>1</A>, <A href='#2' class='noteIndex'>2</A></SUP><br></td>"
        "<td>&nbsp;</td><td>12 May\t 2004 a<br></td>";
    p.notes.push_back(std::string("The withdrawal took effect for Baltic on ") +
                      (right ? "27 December 2025." : "27 November 2025."));
    pacta::untc::import_result r;
    std::vector<pacta::diagnostic> diags;
    CAPTURE(right);
    CHECK(import(p, r, diags, mine_ban_withdrawal()) == right);
    if (right) {
      const auto* d = find(r.reg, "Baltic", pacta::action_kind::denunciation);
      REQUIRE(d);
      CHECK(d->extensions()["x-untc-took-effect"] == "2025-12-27");
      CHECK(d->note().find("..") == std::string::npos);
      CHECK(d->note().find("article 20(2). The withdrawal took effect for Baltic") != std::string::npos);
    } else {  // the note's date is not the one article 20(3) gives: said, not taken
      REQUIRE_FALSE(diags.empty());
      CHECK(diags.front().code == "untc.denunciation");
      CHECK(diags.front().message.find("effect from 2025-11-27, but article") != std::string::npos);
    }
  }
}

TEST_CASE("D1 a withdrawal that \"will take effect … subject to the condition\" is imported and its date checked",
          "[untc][D1][D4]") {
  using namespace withdrawal_notes;
  page_spec p = with_withdrawal(
      "The withdrawal will take effect for Baltic on 27 December 2025, subject to the condition in article 20(3).");
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(import(p, r, diags, mine_ban_withdrawal()));
  const auto* d = find(r.reg, "Baltic", pacta::action_kind::denunciation);
  REQUIRE(d);
  CHECK(d->extensions()["x-untc-will-take-effect"] == "2025-12-27");
  CHECK(d->note().find("subject to the condition") != std::string::npos);
}

TEST_CASE("untc.denunciation: a withdrawal's stated effect that the treaty's period does not give is refused",
          "[untc][D1]") {
  using namespace withdrawal_notes;
  page_spec p = with_withdrawal("The withdrawal took effect for Baltic on 27 June 2026.");  // a year, not six months
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(import(p, r, diags, mine_ban_withdrawal()));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "untc.denunciation");
  CHECK(diags[0].message.find("withdrawal received 2025-06-27 effect from 2026-06-27") != std::string::npos);
  CHECK(diags[0].message.find("gives 2025-12-27") != std::string::npos);
}

TEST_CASE("withdrawing a reservation is not withdrawing from the treaty", "[untc][D1]") {
  CHECK(pacta::untc::withdraws_from_treaty(" deposited a notification of withdrawal from the Convention"));
  CHECK(pacta::untc::withdraws_from_treaty(" notified the Secretary-General of its decision to withdraw from it"));
  CHECK(pacta::untc::withdraws_from_treaty(" deposited a notification of withdrawal in accordance with article 20"));
  CHECK_FALSE(
      pacta::untc::withdraws_from_treaty(" notified the Secretary-General of its decision to withdraw the "
                                         "reservation"));
  CHECK_FALSE(pacta::untc::withdraws_from_treaty(" deposited a notification of withdrawal of its declaration"));
  using namespace withdrawal_notes;
  page_spec p = with_withdrawal("");
  p.notes = {
      "On 27 June 2025, the Government of Baltic notified the Secretary-General of its decision to withdraw "
      "the reservation made upon accession."};
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(import(p, r, diags, mine_ban_withdrawal()));
  CHECK_FALSE(find(r.reg, "Baltic", pacta::action_kind::denunciation));
}

TEST_CASE("D1 a withdrawal told in words the importer does not read is said, and the instrument marked incomplete",
          "[untc][D1]") {
  using namespace withdrawal_notes;
  page_spec p = with_withdrawal("");
  p.notes = {
      "On 27 June 2025, the Government of Baltic informed the Secretary-General that it was leaving the "
      "Convention in accordance with article 20. The withdrawal took effect for Baltic on 27 December 2025."};
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(import(p, r, diags, mine_ban_withdrawal()));
  CHECK_FALSE(find(r.reg, "Baltic", pacta::action_kind::denunciation));  // never guessed
  REQUIRE(r.page.denunciations_not_read.size() == 1);
  CHECK(r.page.denunciations_not_read[0].state == "Baltic");
  CHECK(r.page.denunciations_not_read[0].sentence == "The withdrawal took effect for Baltic on 27 December 2025.");
  CHECK(r.page.denunciations_not_read[0].marked);
  const auto* a = find(r.reg, "Baltic", pacta::action_kind::accession);
  REQUIRE(a);
  CHECK(a->history_incomplete().find("in words pacta does not read") != std::string::npos);
}

TEST_CASE("D5 an unread withdrawal under a treaty without a denunciation clause is said, the record left as it is",
          "[untc][D5]") {
  using namespace withdrawal_notes;
  page_spec p = with_withdrawal("");
  p.notes = {
      "On 25 August 2025, the Secretary-General received from the Government of Baltic a notification of "
      "withdrawal from the Convention, dated 23 August 2025."};
  auto options = mine_ban_withdrawal();
  options.rules->denunciation_allowed = false;
  pacta::untc::import_result r;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(import(p, r, diags, options));
  REQUIRE(r.page.denunciations_not_read.size() == 1);
  CHECK_FALSE(r.page.denunciations_not_read[0].marked);
  const auto* a = find(r.reg, "Baltic", pacta::action_kind::accession);
  REQUIRE(a);
  CHECK(a->history_incomplete().empty());
}

TEST_CASE("D1 notes about reservations, objections or other treaties are not taken for a withdrawal", "[untc][D1]") {
  const std::string state = "Baltic";
  // Another treaty denounced, in a sentence that also withdraws a reservation ("No. 45" ends no sentence).
  CHECK(pacta::untc::unread_denunciations(
            "On 13 January 1989, the Secretary-General received from the Government of Baltic a communication that "
            "it denounced the Convention concerning work in mines (ILO Convention No. 45) and that it withdraws the "
            "reservation made upon ratification.",
            state)
            .empty());
  // Another State's objection to Baltic's procedure.
  CHECK(pacta::untc::unread_denunciations(
            "The Government of Italy has doubts as to the procedure followed by the Government of Baltic, of "
            "denouncing the Protocol and re-acceding to it.",
            state)
            .empty());
  // A withdrawal read is not also unread.
  CHECK(pacta::untc::unread_denunciations(
            "On 27 June 2025, the Government of Baltic deposited with the Secretary-General a notification of "
            "withdrawal from the Convention. The withdrawal took effect for Baltic on 27 December 2025.",
            state)
            .empty());
  CHECK(pacta::untc::unread_denunciations(
            "On 2 May 2025 the Government of Baltic announced its denunciation of the Convention.", state)
            .size() == 1);
  // Another treaty denounced, the sentence saying nothing of a reservation.
  CHECK(pacta::untc::unread_denunciations("On 13 January 1989, the Secretary-General received from the Government "
                                          "of Baltic a communication that it had denounced the Convention concerning "
                                          "work in mines (ILO Convention No. 45).",
                                          state)
            .empty());
  CHECK(pacta::untc::read_denunciations("On 13 January 1989, the Government of Baltic informed the Secretary-General "
                                        "that it had denounced ILO Convention No. 45.",
                                        state)
            .empty());
}

TEST_CASE("D1 other openings of a withdrawal note are said when not read", "[untc][D1]") {
  const std::string state = "Baltic";
  for (const char* note :
       {"By a notification received on 2 May 2025, the Government of Baltic informed the Secretary-General of its "
        "withdrawal from the Convention.",
        "Subsequently, on 2 May 2025, the Government of Baltic announced its denunciation of the Convention.",
        "On 2 May 2025, the Secretary-General received a communication from the Government of Baltic announcing its "
        "denunciation of the Convention.",
        "See vol. 2056, p. 211. On 2 May 2025 the Government of Baltic announced its withdrawal from the "
        "Convention."}) {
    INFO(note);
    const auto unread = pacta::untc::unread_denunciations(note, state);
    REQUIRE(unread.size() == 1);
    CHECK(unread[0].find("2 May 2025") != std::string::npos);
  }
  // A sentence after a quotation closed by a full stop starts a sentence of its own.
  CHECK(pacta::untc::read_denunciations("\"The Treaty shall not apply to the islands.\" On 2 May 2025, the Government "
                                        "of Baltic notified the Secretary-General of its withdrawal from the Treaty.",
                                        state)
            .size() == 1);
}
