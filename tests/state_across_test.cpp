// Tests for pacta/state_across.hpp: one State across every bundled treaty (the set that `pacta state
// NAME --all-treaties`, `pacta treaties` and `pacta site` load), with the dates each treaty's own
// queries give, and the reporting calendar soonest first; and pacta/state_standing.hpp, the one view
// of a State under a treaty that `pacta state` and the rest render.
#include "support.hpp"

#include <pacta/json_shapes.hpp>
#include "report_words.hpp"

#include <pacta/reports_window.hpp>
#include <pacta/state_across.hpp>
#include <pacta/state_standing.hpp>

#include <catch2/catch.hpp>

#include <stdexcept>

#include <fstream>

using namespace date::literals;

namespace {

const pacta::treaty_set& every_treaty() {
  static const pacta::treaty_set set = [] {
    pacta::treaty_set s(test::source_path("data"), pacta::all_treaties_options());
    pacta::load_every_registry(s);
    return s;
  }();
  return set;
}

const pacta::treaty_standing& under(const pacta::state_overview& o, const std::string& id) {
  for (const auto& t : o.treaties)
    if (t.treaty->rules().id == id) return t;
  FAIL("no treaty " << id);
  throw;
}

}  // namespace

TEST_CASE("state_across: the set holds every bundled registry, in chapter order, and names what it could not check",
          "[across]") {
  const auto& set = every_treaty();
  CHECK(set.records().size() == pacta::registry_ids(test::source_path("data")).size());
  CHECK(set.records().size() == 25);  // the eighteen instruments of chapter IV, six of XXVI, one of XXVII
  const auto ordered = pacta::records_by_chapter(set);
  std::vector<std::string> ids;
  for (const auto* r : ordered) ids.push_back(r->rules().id);
  CHECK(ids == std::vector<std::string>{"icerd", "icescr", "op-icescr", "iccpr", "iccpr-op1", "cedaw", "op-cedaw",
                                        "cat",   "opcat",  "crc",       "opac",  "opsc",      "opic",  "iccpr-op2",
                                        "icrmw", "crpd",   "op-crpd",   "ced",   "enmod",     "ccw",   "ccw-p4",
                                        "cwc",   "att",    "tpnw",      "paris"});
  // Every parent is bundled: nothing goes unchecked.
  CHECK(pacta::unchecked_parents(set).empty());
  // A data directory without the Covenant's registry: ICCPR-OP1 art. 8(2) and 9(1) name it.
  test::temp_dir dir;
  std::filesystem::copy(test::source_path("data/treaties"), dir.path / "treaties");
  std::filesystem::copy_file(test::source_path("data/registries/iccpr-op1.json"),
                             dir.path / "registries" / "iccpr-op1.json");
  pacta::treaty_set partial(dir.path.string(), pacta::all_treaties_options());
  pacta::load_every_registry(partial);
  const auto unchecked = pacta::unchecked_parents(partial);
  REQUIRE(unchecked.size() == 1);
  CHECK(unchecked.front().treaty == partial.find("iccpr-op1"));
  CHECK(unchecked.front().named == "iccpr");
  CHECK(unchecked.front().to_string() == "ICCPR-OP1: iccpr");
}

TEST_CASE("state_across: chapter order compares the numbers as numbers (IV-3-a before IV-11, IV-11 before IV-11-b)",
          "[across]") {
  CHECK(pacta::chapter_less("IV-3", "IV-3-a"));
  CHECK(pacta::chapter_less("IV-3-a", "IV-11"));
  CHECK(pacta::chapter_less("IV-11", "IV-11-b"));
  CHECK(pacta::chapter_less("IV-9-b", "IV-16"));
  CHECK_FALSE(pacta::chapter_less("IV-16", "IV-9"));
  CHECK(pacta::chapter_less("IV-16", ""));  // a treaty with no chapter last
  CHECK_FALSE(pacta::chapter_less("", "IV-2"));
  // The chapter's Roman numeral by its value: IV before IX, IX before XXI, XXI before XXVI.
  CHECK(pacta::chapter_less("IV-16", "IX-1"));
  CHECK(pacta::chapter_less("V-1", "IX-1"));
  CHECK_FALSE(pacta::chapter_less("IX-1", "V-1"));
  CHECK(pacta::chapter_less("XXI-6", "XXVI-1"));
  CHECK(pacta::chapter_less("XXVI-2", "XXVI-2-a"));
  CHECK(pacta::chapter_less("XXVI-9", "XXVII-7-d"));
}

TEST_CASE("state_across: --chapter's selection: a chapter, a treaty's number and what is under it, never a prefix",
          "[across]") {
  CHECK(pacta::in_chapter("XXVI-2-a", "XXVI"));
  CHECK(pacta::in_chapter("XXVI-2-a", "XXVI-2"));
  CHECK(pacta::in_chapter("XXVI-2", "XXVI-2"));
  CHECK_FALSE(pacta::in_chapter("XXVI-2", "XXVI-2-a"));
  CHECK_FALSE(pacta::in_chapter("XXVI-21", "XXVI-2"));  // another treaty, not under XXVI-2
  CHECK_FALSE(pacta::in_chapter("XXVII-7", "XXVI"));
  CHECK_FALSE(pacta::in_chapter("IV-11", "I"));
  CHECK(pacta::in_chapter("IV-11", ""));
  // Loading one chapter loads its registries and those they need, and no other.
  pacta::treaty_set set(test::source_path("data"), pacta::all_treaties_options());
  pacta::load_every_registry(set, "XXVI-2");
  std::vector<std::string> ids;
  for (const auto* r : pacta::records_by_chapter(set)) ids.push_back(r->rules().id);
  CHECK(ids == std::vector<std::string>{"ccw", "ccw-p4"});
}

TEST_CASE("state_across E4 R1: Benin bound by CEDAW from 11 Apr 1992 (art. 27(2)), initial report due 11 Apr 1993",
          "[across][E4][R1]") {
  const auto& set = every_treaty();
  const auto o = pacta::state_across(set, "Benin", 2026_y / 2 / 3);
  REQUIRE(o.treaties.size() == 25);
  const auto& cedaw = under(o, "cedaw");
  CHECK(cedaw.status.code == pacta::status::bound);
  REQUIRE(cedaw.entry_into_force);
  CHECK(cedaw.entry_into_force->date == 1992_y / 4 / 11);
  CHECK(cedaw.entry_into_force->why.rule == "E4");
  CHECK(cedaw.entry_into_force->why.article == "27(2)");
  // The same date as the treaty's own query.
  CHECK(set.find("cedaw")->entry_into_force_for("Benin")->date == cedaw.entry_into_force->date);
  REQUIRE(cedaw.reporting);
  CHECK(cedaw.reporting->initial_due->date == 1993_y / 4 / 11);
  // Without submissions, the next report is the first the schedule makes due on or after the date
  // asked: every four years from 11 April 1993 (art. 18(1)(b)), the 9th on 11 April 2029.
  CHECK(cedaw.reporting->next_due->date == 2029_y / 4 / 11);
  CHECK(cedaw.reporting->periodic_number == 9);
  // No reporting clause: no position (OPIC, ICCPR-OP1, OP-CEDAW).
  CHECK_FALSE(under(o, "opic").reporting);
  CHECK(under(o, "opic").status.code == pacta::status::bound);
  // The calendar: one report per treaty with a reporting clause, soonest first.
  // Eleven treaties with a reporting clause bind Benin; after their initial reports the ICCPR and the
  // CED ask reports only on the Committee's request (rule R4): nine dates.
  REQUIRE(o.calendar.size() == 9);
  CHECK(o.calendar.front().treaty->rules().id == "crpd");
  CHECK(o.calendar.front().due.date == 2026_y / 8 / 4);
  CHECK(o.calendar.front().periodic_number == 3);
  CHECK(under(o, "iccpr").reporting->on_request);
  CHECK_FALSE(under(o, "iccpr").reporting->next_due);
  for (std::size_t i = 1; i < o.calendar.size(); ++i) CHECK(o.calendar[i - 1].due.date <= o.calendar[i].due.date);
}

TEST_CASE("state_across F1: the German Democratic Republic ceased to exist, it owes no report under any treaty",
          "[across][F1]") {
  const auto o = pacta::state_across(every_treaty(), "German Democratic Republic", 2026_y / 2 / 3);
  CHECK(under(o, "cedaw").status.code == pacta::status::ceased_to_exist);
  CHECK(under(o, "cedaw").entry_into_force->date == 1981_y / 9 / 3);
  CHECK_FALSE(under(o, "opsc").recorded);
  CHECK(under(o, "opsc").status.code == pacta::status::not_participant);
  CHECK(o.calendar.empty());
}

TEST_CASE("state_across: a reports file counts only for its own treaty", "[across][R2]") {
  const auto& set = every_treaty();
  const auto file = pacta::load_reports(test::source_path("examples/data/reports-illustrative.json"));
  const auto o = pacta::state_across(set, "Benin", 2026_y / 2 / 3, {{"opsc", &file}});
  // Benin's initial OPSC report was submitted on 4 May 2009: the next is periodic, and overdue.
  CHECK(under(o, "opsc").reporting->next_report == pacta::report_kind::periodic);
  CHECK(under(o, "opsc").reporting->overdue == pacta::overdue_state::overdue);
  // Under the Convention (no file) the same State's submissions are not recorded.
  CHECK(under(o, "crc").reporting->overdue == pacta::overdue_state::unknown);
  const nlohmann::json j = pacta::state_overview_json(o);
  CHECK(j["state"] == "Benin");
  CHECK(j["treaties"].size() == 25);
  CHECK(j["calendar"].size() == o.calendar.size());
}

TEST_CASE("state_across: signatories as the depositary counts them (CEDAW 99, CRC 140, former States apart)",
          "[across][F1]") {
  const auto& set = every_treaty();
  CHECK(pacta::signatories_on(*set.find("cedaw"), 2026_y / 2 / 3) == 99);
  CHECK(pacta::signatories_on(*set.find("crc"), 2026_y / 2 / 3) == 140);
  // Before it ceased to exist the German Democratic Republic's signature counted.
  CHECK(pacta::signatories_on(*set.find("cedaw"), 1990_y / 10 / 2) ==
        pacta::signatories_on(*set.find("cedaw"), 1990_y / 10 / 3) + 1);
}

TEST_CASE("state_across: with the name table, a registry that names the State otherwise is found (Czechia)",
          "[across]") {
  const auto& set = every_treaty();
  const auto names = pacta::load_state_names(test::source_path("data/states.json"));
  CHECK(pacta::name_in(*set.find("cedaw"), "Czechia", &names) == "Czech Republic");
  CHECK(pacta::name_in(*set.find("cedaw"), "Czechia").empty());  // without the table: not found
  CHECK(pacta::name_in(*set.find("cedaw"), "Ruritania", &names).empty());
  const auto o = pacta::state_across(set, "Czechia", 2026_y / 2 / 3, {}, &names);
  CHECK(under(o, "cedaw").recorded);
  CHECK(under(o, "cedaw").status.code == pacta::status::bound);
  CHECK(under(o, "cedaw").reporting->state == "Czech Republic");
  // Without the table no registry knows the name: an error, never "not a participant" everywhere.
  CHECK_THROWS_AS(pacta::state_across(set, "Czechia", 2026_y / 2 / 3), pacta::query_error);
}

TEST_CASE("state_across: a view of an earlier date shows only what was recorded by then (Belarus, Montenegro)",
          "[across][D1][E5]") {
  const auto& set = every_treaty();
  // Belarus's denunciation of ICCPR-OP1 was received in November 2022, effective 8 February 2023.
  const auto now = pacta::state_across(set, "Belarus", 2026_y / 2 / 3);
  REQUIRE(under(now, "iccpr-op1").denunciation);
  CHECK(under(now, "iccpr-op1").denunciation->date == 2023_y / 2 / 8);
  const auto before = pacta::state_across(set, "Belarus", 2020_y / 1 / 1);
  CHECK_FALSE(under(before, "iccpr-op1").denunciation);
  CHECK(under(before, "iccpr-op1").status.code == pacta::status::bound);
  // Montenegro acceded to OPIC in 2013: on 1 July 2006 it is no participant, with no date shown.
  const auto mne = pacta::state_across(set, "Montenegro", 2006_y / 7 / 1);
  CHECK(under(mne, "opic").status.code == pacta::status::not_participant);
  CHECK_FALSE(under(mne, "opic").entry_into_force);
  CHECK(under(mne, "crc").entry_into_force->date == 2006_y / 6 / 3);  // rule E5, the date of succession
}

TEST_CASE(
    "state_across E5: reports owed whose date cannot be computed are listed, not dropped (Czech Republic, "
    "its CEDAW succession without its date)",
    "[across][E5][R1]") {
  // The bundled data date every succession; a copy whose CEDAW registry drops the Czech Republic's.
  test::temp_dir dir;
  std::filesystem::copy(test::source_path("data/treaties"), dir.path / "treaties");
  std::filesystem::copy(test::source_path("data/registries"), dir.path / "registries");
  std::filesystem::copy(test::source_path("data/tables"), dir.path / "tables");  // Paris art. 21(1)
  std::filesystem::copy(test::source_path("data/states.json"), dir.path / "states.json");
  std::string text;
  REQUIRE(test::read_text(test::source_path("data/registries/cedaw.json"), text));
  auto j = nlohmann::ordered_json::parse(text);
  for (auto& a : j["actions"])
    if (a["state"] == "Czech Republic" && a["action"] == "succession") a.erase("effective");
  {
    std::ofstream out(dir.path / "registries" / "cedaw.json", std::ios::trunc);
    out << j.dump(2);
  }
  pacta::treaty_set set(dir.path.string(), pacta::all_treaties_options());
  pacta::load_every_registry(set);
  const auto o = pacta::state_across(set, "Czech Republic", 2026_y / 2 / 3);
  std::vector<std::string> ids;
  for (const auto* t : o.not_computed) ids.push_back(t->rules().id);
  CHECK(ids == std::vector<std::string>{"cedaw"});
  CHECK(pacta_cli::next_report_text(under(o, "cedaw")) == "not computed");
  CHECK(pacta_cli::next_report_text(under(o, "opsc")) == "7th periodic");
  CHECK(pacta_cli::next_report_text(under(o, "iccpr")) == "on request");
  CHECK(pacta_cli::next_report_text(under(o, "opic")) == "no reporting clause");
  // With every date known, eight dated reports (the ICCPR and the CED on request); without CEDAW's, seven.
  CHECK(o.calendar.size() == 7);
  CHECK(pacta::state_across(every_treaty(), "Czech Republic", 2026_y / 2 / 3).calendar.size() == 8);
  CHECK(pacta::state_across(every_treaty(), "Czech Republic", 2026_y / 2 / 3).not_computed.empty());
}

TEST_CASE("state_across F1: a former State's entry into force is shown only where it came before it ceased",
          "[across][F1]") {
  const auto o = pacta::state_across(every_treaty(), "German Democratic Republic", 2026_y / 2 / 3);
  CHECK(under(o, "cat").entry_into_force->date == 1987_y / 10 / 9);
  // Its CRC instrument of 2 October 1990 would have bound it from 1 November 1990; it ceased on 3 October.
  CHECK_FALSE(under(o, "crc").entry_into_force);
}

TEST_CASE("state_across: what is not known is said (declarations not imported, a history marked incomplete)",
          "[across][O1]") {
  const auto o = pacta::state_across(every_treaty(), "Guyana", 2026_y / 2 / 3);
  CHECK_FALSE(under(o, "iccpr-op1").history_incomplete.empty());
  CHECK(under(o, "cedaw").history_incomplete.empty());
  CHECK_FALSE(under(o, "icrmw").declarations_known);  // arts. 76 and 77: printed among the general declarations
  CHECK(under(o, "cat").declarations_known);          // arts. 21 and 22: imported from the page
  CHECK(under(o, "crc").declarations_known);          // the Convention takes none
}

TEST_CASE("O1 bundled data: the articles' dates the depositary gives, and France's CED declarations", "[across][O1]") {
  const auto& set = every_treaty();
  auto article = [&](const std::string& id, const std::string& art) -> const pacta::optional_declaration_record& {
    for (const auto& od : set.find(id)->optional_declarations())
      if (od.clause.article == art) return od;
    FAIL("no article " << art << " under " << id);
    throw;
  };
  // ICCPR art. 41: the page prints 28 March 1979; the declarations it prints reach ten later (lapsed
  // ones, Germany's of 22 April 1976 among them, are only in end notes), so the depositary's date.
  REQUIRE(article("iccpr", "41").in_force);
  CHECK(article("iccpr", "41").in_force->date == 1979_y / 3 / 28);
  CHECK(article("iccpr", "41").recorded);
  // ICERD art. 14: the tenth declaration, Senegal's of 3 December 1982 (end note 35 of the page).
  REQUIRE(article("icerd", "14").in_force);
  CHECK(article("icerd", "14").in_force->date == 1982_y / 12 / 3);
  CHECK(article("icerd", "14").completing == std::vector<std::string>{"Senegal"});
  // CAT arts. 21 and 22: five declarations made from 1986 count from the Convention's entry into force.
  for (const char* a : {"21", "22"}) {
    REQUIRE(article("cat", a).in_force);
    CHECK(article("cat", a).in_force->date == 1987_y / 6 / 26);
  }
  // France declared under CED arts. 31 and 32 on 9 December 2008; bound from 23 December 2010.
  const auto o = pacta::state_across(set, "France", 2026_y / 2 / 3);
  REQUIRE(under(o, "ced").declared.size() == 2);
  for (const auto& d : under(o, "ced").declared) CHECK(d.applies_from == 2010_y / 12 / 23);
  // Entries of the page's section the importer could not read (no text: told in end notes) leave the
  // State's declarations NOT known, not "none": the Czech Republic under ICCPR art. 41, Ukraine under the CAT.
  CHECK_FALSE(under(pacta::state_across(set, "Czech Republic", 2026_y / 2 / 3), "iccpr").declarations_known);
  CHECK_FALSE(under(pacta::state_across(set, "Ukraine", 2026_y / 2 / 3), "cat").declarations_known);
  CHECK(under(pacta::state_across(set, "Ukraine", 2026_y / 2 / 3), "iccpr").declarations_known);
  // Portugal's OP-ICESCR declaration is printed among the page's notifications: NOT known, not none.
  CHECK_FALSE(under(pacta::state_across(set, "Portugal", 2026_y / 2 / 3), "op-icescr").declarations_known);
  CHECK(under(pacta::state_across(set, "Finland", 2026_y / 2 / 3), "op-icescr").declarations_known);
  // Andorra named article 21 and described article 22.
  CHECK(under(pacta::state_across(set, "Andorra", 2026_y / 2 / 3), "cat").declared.size() == 2);
  // The USA declared under CAT art. 21 only.
  const auto usa = pacta::state_across(set, "United States of America", 2026_y / 2 / 3);
  REQUIRE(under(usa, "cat").declared.size() == 1);
  CHECK(under(usa, "cat").declared[0].article == "21");
}

TEST_CASE("state_across: signatories as the page counts them (ICCPR-OP1: 35, Jamaica's denounced signature not)",
          "[across][D1]") {
  // 34 signatures and 2 successions to a signature (North Macedonia, Serbia, `d`), less Jamaica,
  // whose denunciation took effect in 1998: the page brackets its signature and prints 35.
  const auto& op1 = *every_treaty().find("iccpr-op1");
  CHECK(pacta::signatories_on(op1, 2026_y / 2 / 3) == 35);
  CHECK(pacta::signatories_on(op1, 1998_y / 1 / 1) == pacta::signatories_on(op1, 1998_y / 2 / 1) + 1);
}

TEST_CASE("E5 real data: Croatia under the CAT and Fiji under the ICERD, each reading of the unsettled points",
          "[across][E5]") {
  const auto& set = every_treaty();
  // The SFRY's CAT ratification of 10 September 1991 bound it from 10 October 1991; Croatia's date
  // of succession is 8 October 1991. Default (VCSST art. 34): 10 October 1991.
  CHECK(set.find("cat")->entry_into_force_for("Croatia")->date == 1991_y / 10 / 10);
  // Fiji, a newly independent State: from its independence, 10 October 1970 (VCSST art. 23(1)).
  CHECK(set.find("icerd")->entry_into_force_for("Fiji")->date == 1970_y / 10 / 10);
  auto load = [](const std::string& id, const pacta::record_options& o) {
    return pacta::load_record(test::source_path("data/registries/" + id + ".json"),
                              pacta::load_treaty_profile(test::source_path("data/treaties/" + id + ".json")), {}, o);
  };
  pacta::record_options o;
  o.unbound_predecessor = pacta::unbound_predecessor_reading::date_of_succession;
  o.newly_independent = pacta::newly_independent_reading::notification;
  // The CAT Committee's reading: 8 October 1991 (initial report "due on 7 October 1992").
  CHECK(load("cat", o).entry_into_force_for("Croatia")->date == 1991_y / 10 / 8);
  // The CERD Committee's: notification + 30 days, Fiji 10 February 1973, the Bahamas 4 September 1975.
  const auto icerd = load("icerd", o);
  CHECK(icerd.entry_into_force_for("Fiji")->date == 1973_y / 2 / 10);
  CHECK(icerd.entry_into_force_for("Bahamas (The)")->date == 1975_y / 9 / 4);
}

TEST_CASE("state_across: a name it does not know throws query_error with what it could mean, as one treaty does",
          "[across][names]") {
  const auto& set = every_treaty();
  const auto names = pacta::load_state_names(test::source_path("data/states.json"));
  const pacta::date_t on = 2026_y / 2 / 3;
  CHECK_THROWS_WITH(pacta::state_across(set, "Benni", on),
                    Catch::Contains("no State named \"Benni\" in the registries of the set") &&
                        Catch::Contains("did you mean \"Benin\"?"));
  CHECK_THROWS_AS(pacta::state_across(set, "Atlantis", on), pacta::query_error);
  CHECK_THROWS_AS(pacta::state_across(set, "usa", on), pacta::query_error);  // no name table: no codes
  CHECK(pacta::state_across(set, "Guinea", on).state == "Guinea");           // a name that others contain
  CHECK_THROWS_WITH(pacta::state_across(set, "Republic", on), Catch::Contains("more than one State matches"));
  // Every name the CLI accepts: a code, a common name, a case or accent away.
  CHECK(pacta::state_across(set, "usa", on, {}, &names).state == "United States of America");
  CHECK(pacta::state_across(set, "benin", on).state == "Benin");
  CHECK(pacta::state_across(set, "cote d'ivoire", on).state == "C\xC3\xB4te d'Ivoire");
  // A date that does not exist.
  CHECK_THROWS_AS(pacta::state_across(set, "Benin", 2026_y / 2 / 30), pacta::query_error);
}

TEST_CASE("reports_due_between R1 R2: every report falling due in a window, across treaties, soonest first",
          "[across][R1][R2][window]") {
  const auto& set = every_treaty();
  const pacta::date_t from = 2026_y / 12 / 3, to = 2027_y / 12 / 2;
  const auto all = pacta::reports_due_between(set, from, to);
  REQUIRE(all.size() > 100);  // the next twelve months: many States, not 4
  for (std::size_t k = 0; k < all.size(); ++k) {
    CHECK(all[k].due.date >= from);
    CHECK(all[k].due.date <= to);
    if (k) CHECK(all[k - 1].due.date <= all[k].due.date);
  }
  // The same dates as each State's own reporting: every report of the window is a next report there.
  for (const auto& r : all) {
    const pacta::reporting rep(*r.treaty, pacta::reporting_parent(set, *r.treaty));
    const auto p = rep.position(r.state, r.due.date);
    REQUIRE(p.next_due);
    CHECK(p.next_due->date == r.due.date);
    CHECK(p.next_due->why.rule == r.due.why.rule);
  }
  // One State: Germany's reports of the window are those of the whole list for Germany.
  const auto germany = pacta::reports_due_between(set, "Germany", from, to);
  std::size_t in_all = 0;
  for (const auto& r : all) in_all += r.state == "Germany";
  CHECK(germany.size() == in_all);
  // CAT's 9th periodic report, due 31 October 2027 (the next report pacta state Germany gives).
  CHECK(std::any_of(germany.begin(), germany.end(), [](const pacta::report_in_window& r) {
    return r.treaty->rules().id == "cat" && r.due.date == 2027_y / 10 / 31 && r.periodic_number == 9;
  }));
  // A window of several years lists each cycle's report once, in order.
  const auto ten = pacta::reports_due_between(set, "Germany", 2026_y / 1 / 1, 2035_y / 12 / 31);
  std::size_t cat = 0;
  for (const auto& r : ten) cat += r.treaty->rules().id == "cat";
  CHECK(cat == 3);  // CAT art. 19(1): every four years: 2027, 2031 and 2035
  CHECK_THROWS_AS(pacta::reports_due_between(set, "Benni", from, to), pacta::query_error);
  CHECK_THROWS_AS(pacta::reports_due_between(set, to, from), pacta::query_error);
  CHECK_THROWS_AS(pacta::reports_due_between(set, 2026_y / 2 / 30, to), pacta::query_error);
}

TEST_CASE("reports_due_between R1 R2: with submissions, a report due after one submitted in the window is listed",
          "[across][R1][R2][window]") {
  const auto& set = every_treaty();
  // Samoa's CRC reports: every one submitted on time to 2015, then one on 9 December 2026, inside the
  // window; the next falls due on 29 December 2026 and is not submitted.
  const auto file = pacta::parse_reports(
      R"json({"format": "pacta.reports/1", "treaty": "crc", "as_of": "2027-12-31", "submissions": [
        {"state": "Samoa", "report": "initial", "submitted": "1995-01-02"},
        {"state": "Samoa", "report": "periodic", "submitted": "2000-01-02"},
        {"state": "Samoa", "report": "periodic", "submitted": "2005-01-02"},
        {"state": "Samoa", "report": "periodic", "submitted": "2010-01-02"},
        {"state": "Samoa", "report": "periodic", "submitted": "2015-01-02"},
        {"state": "Samoa", "report": "periodic", "submitted": "2026-12-09"}]})json",
      "samoa.json");
  const pacta::reporting rep(*set.find("crc"), nullptr, &file);
  const auto next = rep.position("Samoa", 2026_y / 12 / 10);
  REQUIRE(next.next_due);
  const pacta::date_t due = next.next_due->date;
  REQUIRE(due >= 2026_y / 12 / 10);
  REQUIRE(due <= 2027_y / 12 / 2);
  const auto window = pacta::reports_due_between(set, "Samoa", 2026_y / 12 / 3, 2027_y / 12 / 2, {{"crc", &file}});
  std::size_t crc = 0;
  for (const auto& r : window)
    if (r.treaty->rules().id == "crc") {
      ++crc;
      CHECK(r.due.date == due);
      CHECK(r.periodic_number == next.periodic_number);
    }
  CHECK(crc == 1);
}

TEST_CASE("registry format: history_incomplete and declarations_not_imported are fields of an action, kept on writing",
          "[across][O1][registry]") {
  const std::string text = R"json({"format": "pacta.registry/1", "treaty": "opsc", "as_of": "2026-01-01", "actions": [
    {"state": "Guyana", "action": "accession", "date": "1999-01-05", "history_incomplete": "an earlier accession",
     "declarations_not_imported": "an entry not read"},
    {"state": "Benin", "action": "ratification", "date": "2005-01-31", "x-untc-history-not-imported": "older mark"}]})json";
  const auto reg = pacta::parse_registry(text, "t.json");
  CHECK(reg.actions[0].history_incomplete() == "an earlier accession");
  CHECK(reg.actions[0].declarations_not_imported() == "an entry not read");
  CHECK(reg.actions[1].history_incomplete().empty());  // an x- key is kept and ignored, whoever wrote it
  const auto j = pacta::to_json(reg);
  CHECK(j["actions"][0]["history_incomplete"] == "an earlier accession");
  CHECK(j["actions"][0]["declarations_not_imported"] == "an entry not read");
  CHECK(j["actions"][1]["x-untc-history-not-imported"] == "older mark");
}

TEST_CASE(
    "V1 state_across: the ATT's provisional application of Antigua and Barbuda on 1 Jan 2014, none after its "
    "entry into force",
    "[across][V1]") {
  const auto before = pacta::state_across(every_treaty(), "Antigua and Barbuda", 2014_y / 1 / 1);
  const auto after = pacta::state_across(every_treaty(), "Antigua and Barbuda", 2014_y / 12 / 24);
  auto att = [](const pacta::state_overview& o) -> const pacta::treaty_standing& {
    for (const auto& t : o.treaties)
      if (t.treaty->rules().id == "att") return t;
    throw std::logic_error("no ATT standing");
  };
  REQUIRE(att(before).provisional);
  CHECK(att(before).provisional->from == 2013_y / 8 / 12);
  CHECK(att(before).status.code == pacta::status::consented);  // not bound by it (VCLT art. 25)
  CHECK_FALSE(att(after).provisional);
  CHECK(att(after).status.code == pacta::status::bound);
}

TEST_CASE("standing_of: one view of a State under a treaty, with every date computed for it, in date order",
          "[standing][E3][R1][R2]") {
  const auto& crc = test::bundled_crc();
  const auto& opsc = test::bundled_opsc();
  const auto t = pacta::standing_of(opsc, &crc, "Benin", 2026_y / 11 / 30);
  REQUIRE(t.record == opsc.find("Benin"));
  CHECK(t.recorded);
  CHECK(t.state == "Benin");
  CHECK(t.status.code == pacta::status::bound);
  REQUIRE(t.entry_into_force);
  CHECK(t.entry_into_force->date == 2005_y / 2 / 28);  // ratified 31 January 2005: + 1 month, P2 (rule E3)
  REQUIRE(t.dates.size() == 3);
  CHECK(t.dates[0].date == 2005_y / 2 / 28);
  CHECK(t.dates[0].what == "entry into force for Benin");
  CHECK(t.dates[0].citation == "OPSC art. 14(2), rule E3");
  CHECK(t.dates[1].date == 2007_y / 2 / 28);  // rule R1: two years after
  CHECK(t.dates[1].what == "initial report due");
  CHECK(t.dates[2].date == 2027_y / 9 / 2);  // rule R2: with the Convention's reports
  CHECK(t.dates[2].what.find("7th periodic report") != std::string::npos);
  REQUIRE(t.reporting);
  CHECK(t.reporting->next_due->date == 2027_y / 9 / 2);
  CHECK(t.continuing_obligations.empty());
}

TEST_CASE("standing_of F1 and not recorded: a date that is never, and a State with no record and no dates",
          "[standing][F1]") {
  const auto gdr = pacta::standing_of(test::bundled_crc(), nullptr, "German Democratic Republic", 2026_y / 2 / 3);
  REQUIRE(gdr.dates.size() == 1);
  CHECK_FALSE(gdr.dates[0].date);
  CHECK(gdr.dates[0].never);
  CHECK(gdr.dates[0].citation == "rule F1");
  const auto none = pacta::standing_of(test::bundled_opsc(), &test::bundled_crc(), "Atlantis", 2026_y / 2 / 3);
  CHECK_FALSE(none.recorded);
  CHECK(none.record == nullptr);
  CHECK(none.status.code == pacta::status::not_participant);
  CHECK(none.dates.empty());
}
