// Rule E5 with the dates of succession of States: the successions table (pacta/successions.hpp,
// data/successions.json) and the bundled registries imported with it. A successor is bound from the
// date of succession (VCSST arts. 23(1), 34), or from the treaty's entry into force where that is
// later, not from the notification the pages print.
#include "support.hpp"

#include <catch2/catch.hpp>
#include <pacta/successions.hpp>
#include <pacta/treaty_set.hpp>

#include <string>
#include <vector>

using namespace date::literals;

namespace {

std::vector<pacta::diagnostic> table_diagnostics(const std::string& text) {
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::try_parse_successions(text, "successions.json", diags));
  return diags;
}

}  // namespace

TEST_CASE("E5 successions table: the fourteen successor States of the pages, each with its date, kind and source",
          "[successions][E5]") {
  const auto table = pacta::load_successions(test::source_path("data/successions.json"));
  CHECK(table.entries.size() == 14);
  REQUIRE(table.find("czech republic"));  // names compared by name_key
  CHECK(table.find("Czech Republic")->date == 1993_y / 1 / 1);
  CHECK(table.find("Czech Republic")->predecessor == "Czechoslovakia");
  CHECK(table.find("Montenegro")->date == 2006_y / 6 / 3);
  CHECK(table.find("Croatia")->date == 1991_y / 10 / 8);
  CHECK(table.find("Serbia")->date == 1992_y / 4 / 27);
  CHECK(table.find("Fiji")->kind == pacta::succession_kind::newly_independent);
  CHECK(table.find("Slovakia")->kind == pacta::succession_kind::separation);
  for (const auto& e : table.entries) {
    INFO(e.successor);
    CHECK_FALSE(e.source.empty());
  }
  CHECK_FALSE(table.find("Ruritania"));
}

TEST_CASE("E5 successions table: a wrong format, an unknown kind and a successor given twice are refused",
          "[successions][E5]") {
  const std::string head = R"({"format": "pacta.successions/1", "successions": [)";
  const std::string entry =
      R"({"successor": "Slovakia", "predecessor": "Czechoslovakia", "date": "1993-01-01", "kind": "separation", "source": "s"})";
  CHECK(test::has_code(table_diagnostics(R"({"format": "pacta.successions/2", "successions": []})"),
                       "successions.format"));
  CHECK(test::has_code(
      table_diagnostics(
          head +
          R"({"successor": "Slovakia", "predecessor": "Czechoslovakia", "date": "1993-01-01", "kind": "merger", "source": "s"}]})"),
      "successions.kind"));
  CHECK(test::has_code(table_diagnostics(head + entry + ", " + entry + "]}"), "successions.duplicate"));
  CHECK(test::has_code(
      table_diagnostics(
          head +
          R"({"successor": "Slovakia", "predecessor": "Czechoslovakia", "date": "1993-02-30", "kind": "separation", "source": "s"}]})"),
      "date.invalid"));
  CHECK(test::has_code_at(  // a bidirectional override: refused in any text

      table_diagnostics(head + "{\"successor\": \"Evil\xe2\x80\xaeState\", \"predecessor\": \"Czechoslovakia\", "
                               "\"date\": \"1993-01-01\", \"kind\": \"separation\", \"source\": \"s\"}]}"),
      "/successions/0/successor", "schema.control"));
  std::vector<pacta::diagnostic> diags;
  CHECK(pacta::try_parse_successions(head + entry + "]}", "successions.json", diags));
}

TEST_CASE(
    "E5 real data: every succession on the eighteen chapter IV pages carries its date of succession (61 rows), "
    "ENMOD's two the successions table lacks carry none, and their dates are NOT computed",
    "[successions][E5][real]") {
  pacta::treaty_set set(test::source_path("data"));
  std::size_t successions = 0;
  std::vector<std::string> undated;
  for (const auto& id : pacta::registry_ids(test::source_path("data"))) {
    const auto& rec = set.load(id);
    const bool chapter_iv = rec.rules().untc_chapter.rfind("IV-", 0) == 0;
    for (const auto& a : rec.source().actions) {
      if (a.kind != pacta::action_kind::succession) continue;
      INFO(id << ": " << a.state);
      if (chapter_iv) {
        ++successions;
        CHECK(a.effective);
      } else if (!a.effective) {
        undated.push_back(id + ": " + a.state);
        CHECK_FALSE(rec.entry_into_force_for(a.state));  // no date of succession, no date (rule E5)
      }
    }
  }
  CHECK(successions == 61);
  CHECK(undated == std::vector<std::string>{"enmod: Dominica", "enmod: St. Vincent and the Grenadines"});
}

TEST_CASE(
    "E5 real data: the Czech Republic is bound by CEDAW from 1 January 1993 (notified 22 February 1993), "
    "Montenegro from 3 June 2006 (notified 23 October 2006)",
    "[successions][E5][real]") {
  pacta::treaty_set set(test::source_path("data"));
  const auto& cedaw = set.load("cedaw");
  CHECK(cedaw.entry_into_force_for("Czech Republic")->date == 1993_y / 1 / 1);
  CHECK(cedaw.entry_into_force_for("Montenegro")->date == 2006_y / 6 / 3);
  CHECK(cedaw.is_bound("Czech Republic", 1993_y / 1 / 1));
  // A newly independent State, from the date of succession (VCSST art. 23(1)): Fiji under the ICERD.
  CHECK(set.load("icerd").entry_into_force_for("Fiji")->date == 1970_y / 10 / 10);
}

TEST_CASE(
    "F1 real data: the treaty never enters into force for a former State on or after the day it ceased (the "
    "German Democratic Republic: the CRC ratified 2 Oct 1990, ICCPR-OP2 ratified 16 Aug 1990, ceased 3 Oct "
    "1990), yet its instrument counts",
    "[successions][F1][real]") {
  pacta::treaty_set set(test::source_path("data"));
  const auto& crc = set.load("crc");
  CHECK_FALSE(crc.entry_into_force_for("German Democratic Republic"));
  CHECK(crc.entry_into_force()->date == 1990_y / 9 / 2);
  const auto& op2 = set.load("iccpr-op2");
  CHECK_FALSE(op2.entry_into_force_for("German Democratic Republic"));
  // The GDR's instrument is among the ten that brought the Protocol into force on 11 July 1991.
  CHECK(op2.entry_into_force()->date == 1991_y / 7 / 11);
  CHECK(op2.entry_into_force()->why.reasoning.find("German Democratic Republic") != std::string::npos);
}

TEST_CASE(
    "F1 real data: the end dates the depositary's history gives (the former Yugoslavia 27 Apr 1992, the Yemen "
    "Arab Republic 22 May 1990): the former Yugoslavia is among the 35 bound by the ICESCR on 3 Jan 1976",
    "[successions][F1][real]") {
  pacta::treaty_set set(test::source_path("data"));
  const auto& icescr = set.load("icescr");
  REQUIRE(icescr.find("former Yugoslavia"));
  CHECK(icescr.find("former Yugoslavia")->ceased == 1992_y / 4 / 27);
  CHECK(icescr.status_code("former Yugoslavia", 1976_y / 1 / 3) == pacta::status::bound);
  CHECK(icescr.status_code("former Yugoslavia", 1992_y / 4 / 27) == pacta::status::ceased_to_exist);
  CHECK(icescr.parties_on(1976_y / 1 / 3) == 35);
  const auto& icerd = set.load("icerd");
  CHECK(icerd.find("Yemen Arab Republic")->ceased == 1990_y / 5 / 22);
  CHECK(icerd.status_code("Yemen Arab Republic", 1990_y / 5 / 21) == pacta::status::bound);
  CHECK(icerd.status_code("Yemen Arab Republic", 1990_y / 5 / 22) == pacta::status::ceased_to_exist);
}
