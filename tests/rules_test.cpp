// The rule families as pure functions, tested directly, without a registry: E1–E5
// (pacta/entry_into_force.hpp) and D1, D4 (pacta/denunciation.hpp); the tables of the unsettled readings
// (pacta/record_options.hpp) and of the enums' keys. The same rules are tested
// through records built from registries in record_test.cpp, family_test.cpp and real_data_test.cpp.
#include <catch2/catch.hpp>
#include <pacta/denunciation.hpp>
#include <pacta/entry_into_force.hpp>
#include <pacta/record_options.hpp>
#include <pacta/reporting.hpp>
#include <pacta/succession_kind.hpp>

#include "support.hpp"

#include <string>
#include <vector>

using namespace date::literals;

namespace {

pacta::state_record consented(const std::string& state, pacta::date_t deposit,
                              pacta::action_kind kind = pacta::action_kind::ratification) {
  pacta::state_record s;
  s.state = state;
  pacta::consent_record c;
  c.kind = kind;
  c.deposit = deposit;
  s.consents.push_back(c);
  return s;
}

/// Ten instruments, the tenth on 18 Oct 2001, as under the OPSC.
std::vector<pacta::state_record> ten_by_18_october_2001() {
  std::vector<pacta::state_record> states;
  for (unsigned d = 1; d <= 9; ++d)
    states.push_back(consented("State " + std::to_string(d), date::year{2001} / 10 / date::day{d}));
  states.push_back(consented("Romania", 2001_y / 10 / 18));
  return states;
}

pacta::consent_record consent(pacta::date_t deposit, pacta::action_kind kind = pacta::action_kind::accession) {
  pacta::consent_record c;
  c.kind = kind;
  c.deposit = deposit;
  return c;
}

}  // namespace

TEST_CASE("E1 art. 14(1), pure: the tenth instrument on 18 Oct 2001, in force three months later, 18 Jan 2002",
          "[rules][E1]") {
  const auto g = pacta::general_entry_into_force_of(pacta::opsc_rules(), ten_by_18_october_2001());
  REQUIRE(g);
  CHECK(g->threshold_date == 2001_y / 10 / 18);
  CHECK(g->date == 2002_y / 1 / 18);
  CHECK(g->why.rule == "E1");
  CHECK(g->why.article == "14(1)");
  CHECK(g->completing == std::vector<std::string>{"Romania"});
  CHECK(g->first_ordinal == 10);
  auto nine = ten_by_18_october_2001();
  nine.pop_back();
  CHECK_FALSE(pacta::general_entry_into_force_of(pacta::opsc_rules(), nine));  // E1: fewer than ten
}

TEST_CASE("E2 and E3 art. 14(2), pure: on or before the general date, bound from it, after, deposit + 1 month (P2)",
          "[rules][E2][E3]") {
  const auto rules = pacta::opsc_rules();
  const auto g = pacta::general_entry_into_force_of(rules, ten_by_18_october_2001());
  const auto drc = pacta::state_entry_into_force(rules, g, consent(2001_y / 11 / 11));  // E2: DR Congo
  REQUIRE(drc);
  CHECK(drc->date == 2002_y / 1 / 18);
  CHECK(drc->why.rule == "E2");
  const auto benin = pacta::state_entry_into_force(rules, g, consent(2005_y / 1 / 31));  // E3 with P2
  REQUIRE(benin);
  CHECK(benin->date == 2005_y / 2 / 28);
  CHECK(benin->why.rule == "E3");
  CHECK(benin->why.article == "14(2)");
  CHECK(benin->why.reasoning.find("rule P2") != std::string::npos);
  CHECK_FALSE(pacta::state_entry_into_force(rules, std::nullopt, consent(2005_y / 1 / 31)));  // not in force
}

TEST_CASE("E4 OPIC art. 19(2), pure: after the tenth deposit, deposit + 3 months even before the general date",
          "[rules][E4]") {
  const auto rules = pacta::opic_rules();
  const auto g = pacta::general_entry_into_force_of(rules, ten_by_18_october_2001());
  REQUIRE(g);
  const auto o = pacta::state_entry_into_force_outcome(rules, g, consent(2001_y / 11 / 1));
  REQUIRE(o);
  CHECK(o->rule == pacta::eif_rule::later);
  CHECK(o->date == 2002_y / 2 / 1);
  CHECK(o->date > g->date);
  CHECK(pacta::state_entry_into_force(rules, g, consent(2001_y / 11 / 1))->why.rule == "E4");
}

TEST_CASE("E5, pure: a succession takes effect from the date of succession, never before the general date",
          "[rules][E5]") {
  const auto rules = pacta::opsc_rules();
  const auto g = pacta::general_entry_into_force_of(rules, ten_by_18_october_2001());
  auto montenegro = consent(2006_y / 10 / 23, pacta::action_kind::succession);
  montenegro.succession_date = 2006_y / 6 / 3;
  const auto m = pacta::state_entry_into_force(rules, g, montenegro);
  REQUIRE(m);
  CHECK(m->date == 2006_y / 6 / 3);
  CHECK(m->why.rule == "E5");
  auto early = consent(2002_y / 3 / 1, pacta::action_kind::succession);
  early.succession_date = 2001_y / 12 / 1;  // before the general date: bound from it
  CHECK(pacta::state_entry_into_force_outcome(rules, g, early)->date == 2002_y / 1 / 18);
  const auto undated = consent(2006_y / 10 / 23, pacta::action_kind::succession);  // after, no date: none
  CHECK_FALSE(pacta::state_entry_into_force_outcome(rules, g, undated));
}

TEST_CASE("D1 art. 15(1), pure: a denunciation takes effect one year after receipt, 29 Feb 2028 -> 28 Feb 2029 (P2)",
          "[rules][D1]") {
  const auto d = pacta::denunciation_takes_effect(pacta::opsc_rules(), 2028_y / 2 / 29);
  CHECK(d.date == 2029_y / 2 / 28);
  CHECK(d.why.rule == "D1");
  CHECK(d.why.article == "15(1)");
  CHECK(d.why.anchor == pacta::date_t{2028_y / 2 / 29});
  CHECK(pacta::denunciation_takes_effect(pacta::opsc_rules(), 2028_y / 2 / 29, pacta::leap_day_rule::first_of_march)
            .date == 2029_y / 3 / 1);  // P6 option
}

TEST_CASE("D4 OPAC art. 11(1), pure: at war at the year's end, effect at the conflict's end, or suspended",
          "[rules][D4]") {
  const auto rules = pacta::opac_rules();
  pacta::denunciation_record d;
  d.received = 2020_y / 3 / 1;
  d.effective = pacta::denunciation_takes_effect(rules, d.received);
  REQUIRE(d.effective.date == 2021_y / 3 / 1);
  auto ended = d;
  pacta::apply_armed_conflict(rules, "A", ended, {{2020_y / 6 / 1, pacta::date_t{2021_y / 8 / 15}, 0}});
  CHECK(ended.effective.date == 2021_y / 8 / 15);
  CHECK(ended.effective.why.rule == "D4");
  CHECK_FALSE(ended.suspended);
  auto open = d;
  pacta::apply_armed_conflict(rules, "A", open, {{2020_y / 6 / 1, std::nullopt, 0}});
  CHECK(open.suspended);
  auto before = d;  // a conflict that ended before the year's end changes nothing
  pacta::apply_armed_conflict(rules, "A", before, {{2020_y / 6 / 1, pacta::date_t{2020_y / 12 / 1}, 0}});
  CHECK(before.effective.date == 2021_y / 3 / 1);
  CHECK(before.effective.why.rule == "D1");
  auto opsc = d;  // a treaty without the clause: D1 stands
  pacta::apply_armed_conflict(pacta::opsc_rules(), "A", opsc, {{2020_y / 6 / 1, std::nullopt, 0}});
  CHECK_FALSE(opsc.suspended);
}

TEST_CASE("unsettled readings: one table of names and keys, each default first, as docs/cli.md lists them",
          "[options]") {
  const pacta::record_options defaults;
  std::string doc;
  REQUIRE(test::read_text(test::source_path("docs/cli.md"), doc));
  std::size_t rows = 0;
  for (const auto& o : pacta::record_option_table) {
    INFO(o.name);
    const std::string keys = o.keys();
    const std::string first = keys.substr(0, keys.find('|'));
    CHECK(std::string(o.key(defaults)) == first);  // the default is the first key
    pacta::record_options changed;
    const std::string second = keys.substr(keys.find('|') + 1);
    REQUIRE(o.set(changed, second));
    CHECK(std::string(o.key(changed)) == second);
    CHECK_FALSE(o.set(changed, "no-such-reading"));
    CHECK(std::string(o.key(changed)) == second);  // unchanged by a refused key
    CHECK(pacta::find_record_option(o.name) == &o);
    // docs/cli.md's row: | `NAME` | `first`, `second` | …
    CHECK(doc.find("| `" + std::string(o.name) + "` | `" + first + "`, `" + second + "` |") != std::string::npos);
    ++rows;
  }
  CHECK(rows == 11);
  CHECK(pacta::find_record_option("amendment_count") == nullptr);
}

TEST_CASE("enum tables: each key read back to its value", "[options]") {
  for (const auto& r : pacta::status_table) CHECK(pacta::parse_status(r.key) == r.value);
  for (const auto& r : pacta::participant_kinds) CHECK(pacta::parse_participant_kind(r.key) == r.value);
  for (const auto& r : pacta::succession_kinds) CHECK(pacta::parse_succession_kind(r.key) == r.value);
  for (const auto& r : pacta::report_kinds) CHECK(pacta::parse_report_kind(r.key) == r.value);
  CHECK(std::string(pacta::to_prose(pacta::overdue_state::on_time)) == "on time");
  CHECK(std::string(pacta::to_key(pacta::later_state_wording::after_threshold_deposit)) == "after-threshold-deposit");
  CHECK_FALSE(pacta::parse_status("bound "));
  CHECK_FALSE(pacta::parse_participant_kind(""));
}

TEST_CASE(
    "D1, pure: the consent in effect on a date, from its deposit or from the day it binds, until its "
    "denunciation takes effect",
    "[D1][state]") {
  pacta::state_record s = consented("Venezuela", 2000_y / 1 / 10);  // the first membership
  s.consents[0].in_force_from = 2000_y / 2 / 10;
  pacta::denunciation_record d;
  d.received = 2010_y / 5 / 1;
  d.effective.date = 2011_y / 5 / 1;
  s.consents[0].denunciations.push_back(d);
  pacta::consent_record again = consent(2015_y / 3 / 1);  // the second, after the first ended
  again.in_force_from = 2015_y / 4 / 1;
  s.consents.push_back(again);
  CHECK(s.consent_in_effect(1999_y / 12 / 31) == nullptr);
  CHECK(s.consent_in_effect(2000_y / 1 / 10) == &s.consents[0]);  // from the deposit
  CHECK(s.consent_in_effect(2000_y / 1 / 10, pacta::in_effect_from::bound) == nullptr);
  CHECK(s.consent_in_effect(2000_y / 2 / 10, pacta::in_effect_from::bound) == &s.consents[0]);
  CHECK(s.consent_in_effect(2011_y / 4 / 30) == &s.consents[0]);
  CHECK(s.consent_in_effect(2011_y / 5 / 1) == nullptr);  // the denunciation took effect that day
  CHECK(s.consent_in_effect(2015_y / 3 / 1) == &s.consents[1]);
  CHECK(s.consent_in_effect(2015_y / 3 / 1, pacta::in_effect_from::bound) == nullptr);
  CHECK(s.consent_in_effect(2020_y / 1 / 1, pacta::in_effect_from::bound) == &s.consents[1]);
}
