// Tests for pacta/record.hpp: entry into force (E1–E6), denunciation (D1–D3), status, article 15(2),
// article 13 eligibility, and the validation of actions taken together. Registries are built in
// the tests; the real data have their own file (real_data_test.cpp).
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace date::literals;
using test::act;
using test::diagnostics;
using test::opsc_any_state;
using test::record;
using test::ten_instruments;

namespace {

pacta::treaty_rules three_month_treaty() {
  // A treaty with the ICCPR First Optional Protocol's three-month denunciation (its art. 12).
  pacta::treaty_rules r = pacta::crc_rules();
  r.id = "three";
  r.short_title = "THREE";
  r.threshold = 1;
  r.denunciation_delay = pacta::period::months(3);
  r.denunciation_article = "12(1)";
  return r;
}

pacta::treaty_rules opic_like() {
  // The "after the deposit of the tenth instrument" wording (OPIC art. 19(2)), three months.
  pacta::treaty_rules r = pacta::opsc_rules();
  r.id = "opic-like";
  r.signature = {true, {}, {}, "18(1)"};
  r.consent = {true, {}, {}, "18(2)"};
  r.later_wording = pacta::later_state_wording::after_threshold_deposit;
  r.later_delay = pacta::period::months(3);
  r.later_article = "19(2)";
  return r;
}

}  // namespace

TEST_CASE("E1 art. 14(1): in force three months after the day of the tenth instrument", "[record][E1]") {
  const auto rec = record(opsc_any_state(), ten_instruments("2001-10-18"));
  REQUIRE(rec.entry_into_force());
  const auto& g = *rec.entry_into_force();
  CHECK(g.date == 2002_y / 1 / 18);
  CHECK(g.threshold_date == 2001_y / 10 / 18);
  CHECK(g.completing == std::vector<std::string>{"State 10"});
  CHECK(g.first_ordinal == 10);
  CHECK(g.why.rule == "E1");
  CHECK(g.why.article == "14(1)");
  CHECK(g.why.delay == pacta::period::months(3));
  CHECK(g.why.reasoning.find("18 January 2002") != std::string::npos);
}

TEST_CASE("E1: order within a day does not matter, every instrument of the threshold day is named", "[record][E1]") {
  auto actions = ten_instruments("2001-10-09");  // States 9 and 10 both on 9 Oct
  actions.push_back(act("State 11", "accession", "2001-10-09"));
  const auto rec = record(opsc_any_state(), actions);
  const auto& g = *rec.entry_into_force();
  CHECK(g.threshold_date == 2001_y / 10 / 9);
  CHECK(g.first_ordinal == 9);
  CHECK(g.last_ordinal == 11);
  CHECK(g.completing.size() == 3);
  CHECK(g.date == 2002_y / 1 / 9);
}

TEST_CASE("E1: fewer instruments than the threshold: not in force, every State only consented", "[record][E1]") {
  auto actions = ten_instruments();
  actions.pop_back();
  const auto rec = record(opsc_any_state(), actions);
  CHECK_FALSE(rec.entry_into_force());
  CHECK_FALSE(rec.entry_into_force_for("State 1"));
  CHECK(rec.status_on("State 1", 2020_y / 1 / 1).code == pacta::status::consented);
  CHECK(rec.parties_on(2020_y / 1 / 1) == 0);
  CHECK(rec.consented_on(2020_y / 1 / 1) == 9);
}

TEST_CASE("E1: an instrument counts at its deposit even if the State later denounces", "[record][E1]") {
  auto actions = ten_instruments();
  actions.insert(actions.begin() + 1, act("State 1", "denunciation", "2001-10-05"));
  const auto rec = record(opsc_any_state(), actions);
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->date == 2002_y / 1 / 18);
}

TEST_CASE("E2 art. 14(2): a deposit after the tenth but before the general date is bound from the general date",
          "[record][E2]") {
  auto actions = ten_instruments();
  actions.push_back(act("DR Congo", "accession", "2001-11-11"));  // a Sunday, rule P4
  actions.push_back(act("On the day", "ratification", "2002-01-18"));
  const auto rec = record(opsc_any_state(), actions);
  CHECK(rec.entry_into_force_for("DR Congo")->date == 2002_y / 1 / 18);
  CHECK(rec.entry_into_force_for("DR Congo")->why.rule == "E2");
  CHECK(rec.entry_into_force_for("On the day")->date == 2002_y / 1 / 18);
  CHECK(rec.entry_into_force_for("State 1")->date == 2002_y / 1 / 18);
}

TEST_CASE("E3 art. 14(2): a deposit after the general date is in force one month later", "[record][E3]") {
  auto actions = ten_instruments();
  actions.push_back(act("Benin", "ratification", "2005-01-31"));
  actions.push_back(act("Armenia", "ratification", "2005-06-30"));
  actions.push_back(act("Next day", "accession", "2002-01-19"));
  const auto rec = record(opsc_any_state(), actions);
  CHECK(rec.entry_into_force_for("Benin")->date == 2005_y / 2 / 28);
  CHECK(rec.entry_into_force_for("Benin")->why.rule == "E3");
  CHECK(rec.entry_into_force_for("Benin")->why.reasoning.find("rule P2") != std::string::npos);
  CHECK(rec.entry_into_force_for("Armenia")->date == 2005_y / 7 / 30);
  CHECK(rec.entry_into_force_for("Next day")->date == 2002_y / 2 / 19);
}

TEST_CASE(
    "E4 OPIC art. 19(2) wording: a deposit after the tenth instrument gets its own date, even before the general date",
    "[record][E4]") {
  auto actions = ten_instruments("2001-10-18");
  actions.push_back(act("Between", "ratification", "2001-11-11"));
  actions.push_back(act("Same day as tenth", "ratification", "2001-10-18"));
  const auto rec = record(opic_like(), actions);
  CHECK(rec.entry_into_force()->date == 2002_y / 1 / 18);
  CHECK(rec.entry_into_force_for("Between")->date == 2002_y / 2 / 11);
  CHECK(rec.entry_into_force_for("Between")->why.rule == "E4");
  CHECK(rec.entry_into_force_for("Same day as tenth")->date == 2002_y / 1 / 18);
  // Under the OPSC's wording the same deposit gets the general date (E2).
  CHECK(record(opsc_any_state(), actions).entry_into_force_for("Between")->date == 2002_y / 1 / 18);
}

TEST_CASE("E5: a succession takes effect from the date of succession, not notification + one month", "[record][E5]") {
  auto actions = ten_instruments();
  actions.push_back(test::succession("Montenegro", "2006-10-23", "2006-06-03"));
  actions.push_back(test::succession("Early successor", "2003-01-10", "2001-12-01"));
  actions.push_back({{"state", "Unrecorded"}, {"action", "succession"}, {"date", "2004-05-05"}});
  const auto rec = record(opsc_any_state(), actions);
  CHECK(rec.entry_into_force_for("Montenegro")->date == 2006_y / 6 / 3);
  CHECK(rec.entry_into_force_for("Montenegro")->why.rule == "E5");
  // A date of succession before the general entry into force: bound from the general date.
  CHECK(rec.entry_into_force_for("Early successor")->date == 2002_y / 1 / 18);
  // Without a recorded date of succession no date is invented; the State counts as bound from
  // the notification for status queries.
  CHECK_FALSE(rec.entry_into_force_for("Unrecorded"));
  CHECK(rec.status_on("Unrecorded", 2004_y / 5 / 5).code == pacta::status::bound);
  CHECK(rec.status_on("Unrecorded", 2004_y / 5 / 4).code == pacta::status::not_participant);
  CHECK(rec.status_on("Montenegro", 2006_y / 10 / 23).code == pacta::status::bound);
}

TEST_CASE("E5 VCSST art. 34: a succession binds from the date of succession on every date since, though notified later",
          "[record][E5]") {
  auto actions = ten_instruments();
  actions.push_back(test::succession("Montenegro", "2006-10-23", "2006-06-03"));
  actions.push_back(test::succession("Early successor", "2003-01-10", "2001-12-01"));
  const auto rec = record(opsc_any_state(), actions);
  // Between the date of succession and the notification: bound, as the registry now records it.
  const auto st = rec.status_on("Montenegro", 2006_y / 8 / 1);
  CHECK(st.code == pacta::status::bound);
  CHECK(st.explanation.find("Bound since 3 June 2006") == 0);
  CHECK(st.explanation.find("notified on 23 October 2006") != std::string::npos);
  CHECK(st.explanation.find("came later") != std::string::npos);
  CHECK(rec.status_on("Montenegro", 2006_y / 6 / 2).code == pacta::status::not_participant);
  CHECK(rec.is_bound("Montenegro", 2006_y / 6 / 3));
  CHECK(rec.parties_on(2006_y / 6 / 3) == 12);
  CHECK(rec.parties_on(2006_y / 6 / 2) == 11);
  CHECK(rec.consent_on("Montenegro", 2006_y / 8 / 1) == &rec.find("Montenegro")->consents[0]);
  // A date of succession before the general entry into force: bound from the general date, never before.
  CHECK(rec.status_on("Early successor", 2002_y / 1 / 18).code == pacta::status::bound);
  CHECK(rec.status_on("Early successor", 2002_y / 1 / 17).code == pacta::status::not_participant);
  CHECK(rec.bound_as_to_act("Montenegro", 2006_y / 7 / 1).bound);

  // The view "as known on that date" (an option): the succession counts from its notification.
  pacta::record_options known;
  known.view = pacta::status_view::as_known_then;
  const auto then = record(opsc_any_state(), actions, {}, known);
  CHECK(then.status_on("Montenegro", 2006_y / 8 / 1).code == pacta::status::not_participant);
  CHECK(then.status_on("Montenegro", 2006_y / 10 / 23).code == pacta::status::bound);
  CHECK(then.parties_on(2006_y / 8 / 1) == 11);
  CHECK(then.parties_on(2006_y / 10 / 23) == 12);
}

TEST_CASE("E5 real data: Montenegro is bound on 1 Aug 2006, by succession from 3 June 2006, notified 23 October 2006",
          "[record][E5][data]") {
  const auto st = test::bundled_opsc().status_on("Montenegro", 2006_y / 8 / 1);
  CHECK(st.code == pacta::status::bound);
  CHECK(st.explanation.find("Bound since 3 June 2006 (succession notified on 23 October 2006") == 0);
}

TEST_CASE(
    "E5: a succession without its date, notified before the general entry into force, binds from that entry into force",
    "[record][E5]") {
  // Ten instruments by 10 May 2022: in force 10 Aug 2022. A succession notified on 1 Jun 2022
  // without a date of succession.
  std::vector<nlohmann::json> actions;
  for (int i = 1; i <= 9; ++i)
    actions.push_back(act("State " + std::to_string(i), "ratification", "2022-05-0" + std::to_string(i)));
  actions.push_back(act("State 10", "ratification", "2022-05-10"));
  actions.push_back({{"state", "Successor"}, {"action", "succession"}, {"date", "2022-06-01"}});
  const auto rec = record(opsc_any_state(), actions);
  REQUIRE(rec.entry_into_force()->date == 2022_y / 8 / 10);
  CHECK(rec.status_on("Successor", 2022_y / 6 / 1).code == pacta::status::consented);
  CHECK(rec.status_on("Successor", 2022_y / 8 / 9).code == pacta::status::consented);
  CHECK(rec.status_on("Successor", 2022_y / 8 / 10).code == pacta::status::bound);
  CHECK(rec.status_on("Successor", 2022_y / 8 / 10).explanation.find("Bound since 10 August 2022") == 0);
  CHECK(rec.parties_on(2022_y / 7 / 1) == 0);
  CHECK(rec.consented_on(2022_y / 7 / 1) == 11);
  CHECK(rec.parties_on(2022_y / 8 / 10) == 11);
  CHECK_FALSE(rec.bound_as_to_act("Successor", 2022_y / 7 / 1).bound);
  // The date is determinable: the date of succession is no later than the notification (1 Jun
  // 2022), so the later of it and the general date is the general date.
  const auto eif = rec.entry_into_force_for("Successor");
  REQUIRE(eif);
  CHECK(eif->date == 2022_y / 8 / 10);
  CHECK(eif->why.rule == "E5");
  CHECK(eif->why.reasoning.find("not recorded, but it is no later than the notification") != std::string::npos);
  // Notified after the general date, without a date of succession: not determinable.
  auto later = actions;
  later.back() = {{"state", "Successor"}, {"action", "succession"}, {"date", "2022-09-01"}};
  CHECK_FALSE(record(opsc_any_state(), later).entry_into_force_for("Successor"));
  // While the treaty is not in force at all (nine instruments with the succession), nobody is bound.
  actions.erase(actions.begin() + 8, actions.begin() + 10);
  CHECK(record(opsc_any_state(), actions).status_on("Successor", 2030_y / 1 / 1).code == pacta::status::consented);
}

TEST_CASE("E5: a named predecessor must have been bound on the date of succession", "[record][E5][validation]") {
  auto with = [](std::vector<nlohmann::json> actions, nlohmann::json s) {
    actions.push_back(std::move(s));
    return actions;
  };
  auto succ = [](const std::string& predecessor, const std::string& date, const std::string& effective) {
    nlohmann::json j{{"state", "Successor"}, {"action", "succession"}, {"date", date}, {"predecessor", predecessor}};
    if (!effective.empty()) j["effective"] = effective;
    return j;
  };
  auto base = ten_instruments();
  base.push_back(act("Signer", "signature", "2001-01-01"));
  base.push_back(act("State 3", "denunciation", "2004-01-01"));  // not bound from 1 Jan 2005
  // Bound on the date of succession: accepted, and the record keeps the predecessor.
  const auto ok = record(opsc_any_state(), with(base, succ("State 1", "2006-10-23", "2006-06-03")));
  CHECK(ok.source().actions.back().predecessor() == "State 1");
  CHECK(ok.entry_into_force_for("Successor")->date == 2006_y / 6 / 3);
  // A predecessor that was only a signatory, one whose denunciation had taken effect, one with no
  // action at all: each refused at the predecessor's pointer.
  for (const char* p : {"Signer", "State 3", "Atlantis"}) {
    INFO(p);
    const auto ds = diagnostics(opsc_any_state(), with(base, succ(p, "2006-10-23", "2006-06-03")));
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].code == "succession.predecessor");
    CHECK(ds[0].pointer == "/actions/12/predecessor");
  }
  // Without a date of succession: the predecessor must have consented before the notification.
  CHECK(diagnostics(opsc_any_state(), with(base, succ("State 2", "2006-10-23", ""))).empty());
  CHECK(test::has_code_at(diagnostics(opsc_any_state(), with(base, succ("Signer", "2006-10-23", ""))),
                          "/actions/12/predecessor", "succession.predecessor"));
  // Only a succession names a predecessor, and not itself.
  nlohmann::json ratification = act("Other", "ratification", "2006-01-01");
  ratification["predecessor"] = "State 1";
  CHECK(test::has_code_at(diagnostics(opsc_any_state(), with(base, ratification)), "/actions/12/predecessor",
                          "action.predecessor"));
  CHECK(test::has_code_at(diagnostics(opsc_any_state(), with(base, succ("Successor", "2006-10-23", ""))),
                          "/actions/12/predecessor", "succession.predecessor"));
}

TEST_CASE("E5 VCSST art. 34: a predecessor bound only after the date of succession binds its successor from then",
          "[record][E5]") {
  // "Late" ratified on 20 May 2006, bound from 20 June 2006 (art. 14(2)); its successor's date of
  // succession, 3 June 2006, falls between (the SFRY under the CAT: 10 September and 10 October 1991).
  auto actions = ten_instruments();
  actions.push_back(act("Late", "ratification", "2006-05-20"));
  nlohmann::json s{{"state", "Successor"},
                   {"action", "succession"},
                   {"date", "2006-10-23"},
                   {"effective", "2006-06-03"},
                   {"predecessor", "Late"}};
  actions.push_back(s);
  const auto rec = record(opsc_any_state(), actions);  // accepted: Late had consented by then
  const auto eif = rec.entry_into_force_for("Successor");
  REQUIRE(eif);
  CHECK(eif->date == 2006_y / 6 / 20);
  CHECK(eif->why.reasoning.find("VCSST art. 34") != std::string::npos);
  CHECK(eif->why.reasoning.find("--option predecessor-not-bound=succession") != std::string::npos);
  // The other reading: from the date of succession, and the reasoning says the predecessor came later.
  pacta::record_options o;
  o.unbound_predecessor = pacta::unbound_predecessor_reading::date_of_succession;
  const auto alt = record(opsc_any_state(), actions, {}, o).entry_into_force_for("Successor");
  REQUIRE(alt);
  CHECK(alt->date == 2006_y / 6 / 3);
  CHECK(alt->why.reasoning.find("bound only from 20 June 2006") != std::string::npos);
}

TEST_CASE("E5 VCSST art. 23(1): a newly independent State from the date of succession, or as an accession by option",
          "[record][E5]") {
  auto actions = ten_instruments();
  nlohmann::json s{{"state", "New State"},
                   {"action", "succession"},
                   {"date", "2006-10-23"},
                   {"effective", "2006-06-03"},
                   {"succession_kind", "newly-independent"}};
  actions.push_back(s);
  const auto rec = record(opsc_any_state(), actions);
  CHECK(rec.source().actions.back().succession_kind() == pacta::succession_kind::newly_independent);
  const auto eif = rec.entry_into_force_for("New State");
  REQUIRE(eif);
  CHECK(eif->date == 2006_y / 6 / 3);
  CHECK(eif->why.reasoning.find("--option newly-independent=notification") != std::string::npos);
  pacta::record_options o;
  o.newly_independent = pacta::newly_independent_reading::notification;
  const auto alt = record(opsc_any_state(), actions, {}, o).entry_into_force_for("New State");
  REQUIRE(alt);
  CHECK(alt->date == 2006_y / 11 / 23);  // art. 14(2): one month after the notification
  CHECK(alt->why.rule == "E5");
  CHECK(alt->why.article == "14(2)");
  // The notification reading needs no date of succession.
  auto undated = actions;
  undated.back().erase("effective");
  CHECK(record(opsc_any_state(), undated, {}, o).entry_into_force_for("New State")->date == 2006_y / 11 / 23);
  // A separation is not concerned by that option.
  actions.back()["succession_kind"] = "separation";
  CHECK(record(opsc_any_state(), actions, {}, o).entry_into_force_for("New State")->date == 2006_y / 6 / 3);
  // succession_kind on another action, or an unknown kind: refused where it stands.
  auto bad = ten_instruments();
  nlohmann::json r = act("Other", "ratification", "2006-01-01");
  r["succession_kind"] = "separation";
  bad.push_back(r);
  CHECK(test::has_code_at(diagnostics(opsc_any_state(), bad), "/actions/10/succession_kind", "action.succession-kind"));
  auto unknown = ten_instruments();
  s["succession_kind"] = "annexation";
  unknown.push_back(s);
  CHECK(test::has_code_at(diagnostics(opsc_any_state(), unknown), "/actions/10/succession_kind",
                          "action.succession-kind"));
}

TEST_CASE(
    "D1 VCLT art. 24(4): a denunciation received before the treaty is in force for any State is read under article "
    "15(1), and says so",
    "[record][D1]") {
  auto actions = ten_instruments();
  actions.insert(actions.begin() + 1, act("State 1", "denunciation", "2001-10-05"));
  const auto rec = record(opsc_any_state(), actions);
  const auto eff = rec.denunciation_effective("State 1");
  REQUIRE(eff);
  CHECK(eff->date == 2002_y / 10 / 5);
  CHECK(eff->why.reasoning.find("VCLT art. 24(4)") != std::string::npos);
  CHECK(eff->why.reasoning.find("in force from 18 January 2002") != std::string::npos);
  // A later denunciation says nothing of it.
  auto later = ten_instruments();
  later.push_back(act("State 1", "denunciation", "2005-01-01"));
  CHECK(record(opsc_any_state(), later).denunciation_effective("State 1")->why.reasoning.find("24(4)") ==
        std::string::npos);
}

TEST_CASE("P6 option: 29 February + 1 year is 28 February by default, 1 March with leap_day_rule::first_of_march",
          "[record][P6][D1]") {
  auto actions = ten_instruments();
  actions.push_back(act("State 1", "denunciation", "2028-02-29"));
  CHECK(record(opsc_any_state(), actions).denunciation_effective("State 1")->date == 2029_y / 2 / 28);
  pacta::record_options march;
  march.leap_day = pacta::leap_day_rule::first_of_march;
  CHECK(record(opsc_any_state(), actions, {}, march).denunciation_effective("State 1")->date == 2029_y / 3 / 1);
  CHECK(pacta::add_period(2028_y / 2 / 29, pacta::period::years(4), pacta::leap_day_rule::first_of_march) ==
        2032_y / 2 / 29);
  CHECK(pacta::add_period(2028_y / 2 / 29, pacta::period::days(365), pacta::leap_day_rule::first_of_march) ==
        2029_y / 2 / 28);
  CHECK(pacta::add_period(2005_y / 1 / 31, pacta::period::months(1), pacta::leap_day_rule::first_of_march) ==
        2005_y / 2 / 28);
}

TEST_CASE("E6: a signature is not consent to be bound", "[record][E6]") {
  auto actions = ten_instruments();
  actions.push_back(act("Signer", "signature", "2000-09-07"));
  const auto rec = record(opsc_any_state(), actions);
  CHECK_FALSE(rec.entry_into_force_for("Signer"));
  CHECK(rec.status_on("Signer", 2026_y / 1 / 1).code == pacta::status::signatory);
  CHECK(rec.status_on("Signer", 2000_y / 9 / 6).code == pacta::status::not_participant);
  CHECK_FALSE(rec.is_bound("Signer", 2026_y / 1 / 1));
}

TEST_CASE("D1 art. 15(1): a denunciation received 29 Feb 2028 takes effect 28 Feb 2029", "[record][D1]") {
  auto actions = ten_instruments();
  actions.push_back(act("State 1", "denunciation", "2028-02-29"));
  const auto rec = record(opsc_any_state(), actions);
  const auto eff = rec.denunciation_effective("State 1");
  REQUIRE(eff);
  CHECK(eff->date == 2029_y / 2 / 28);
  CHECK(eff->why.rule == "D1");
  CHECK(eff->why.article == "15(1)");
  CHECK(eff->why.anchor == 2028_y / 2 / 29);
}

TEST_CASE("D1: a custom three-month treaty reproduces Trinidad and Tobago, 26 May 1998 -> 26 Aug 1998",
          "[record][D1]") {
  const auto rec = record(
      three_month_treaty(),
      {act("Trinidad and Tobago", "accession", "1980-11-14"), act("Trinidad and Tobago", "denunciation", "1998-05-26"),
       act("Guyana", "accession", "1993-05-10"), act("Guyana", "denunciation", "1999-01-05")});
  CHECK(rec.denunciation_effective("Trinidad and Tobago")->date == 1998_y / 8 / 26);
  CHECK(rec.denunciation_effective("Guyana")->date == 1999_y / 4 / 5);
}

TEST_CASE("D2: a State stays bound until its denunciation takes effect", "[record][D2]") {
  auto actions = ten_instruments();
  actions.push_back(act("State 1", "denunciation", "2030-05-02"));
  const auto rec = record(opsc_any_state(), actions);
  CHECK(rec.status_on("State 1", 2030_y / 5 / 1).code == pacta::status::bound);
  CHECK(rec.status_on("State 1", 2030_y / 5 / 2).code == pacta::status::denunciation_pending);
  CHECK(rec.is_bound("State 1", 2031_y / 5 / 1));
  CHECK(rec.status_on("State 1", 2031_y / 5 / 2).code == pacta::status::denounced);
  CHECK_FALSE(rec.is_bound("State 1", 2031_y / 5 / 2));
  CHECK(rec.parties_on(2031_y / 5 / 1) == 10);
  CHECK(rec.parties_on(2031_y / 5 / 2) == 9);
}

TEST_CASE("D2 art. 15(2): bound as to an act that occurred before the denunciation took effect", "[record][D2]") {
  auto actions = ten_instruments();
  actions.push_back(act("State 1", "denunciation", "2030-05-02"));
  const auto rec = record(opsc_any_state(), actions);
  const auto before = rec.bound_as_to_act("State 1", 2031_y / 5 / 1);
  CHECK(before.bound);
  CHECK(before.why.article == "15(2)");
  CHECK(before.why.reasoning.find("2 May 2031") != std::string::npos);
  CHECK_FALSE(rec.bound_as_to_act("State 1", 2031_y / 5 / 2).bound);
  CHECK_FALSE(rec.bound_as_to_act("State 1", 2002_y / 1 / 17).bound);  // not yet in force
  CHECK(rec.bound_as_to_act("State 1", 2002_y / 1 / 18).bound);
}

TEST_CASE("D3: a withdrawn denunciation never took effect, the State stayed bound", "[record][D3]") {
  auto actions = ten_instruments();
  actions.push_back(act("State 1", "denunciation", "2030-05-02"));
  actions.push_back(act("State 1", "denunciation-withdrawal", "2030-12-01"));
  const auto rec = record(opsc_any_state(), actions);
  CHECK_FALSE(rec.denunciation_effective("State 1"));
  CHECK(rec.status_on("State 1", 2030_y / 11 / 30).code == pacta::status::denunciation_pending);
  CHECK(rec.status_on("State 1", 2030_y / 12 / 1).code == pacta::status::bound);
  CHECK(rec.is_bound("State 1", 2035_y / 1 / 1));
}

TEST_CASE("D3: after its denunciation took effect a State may consent again, as a new State would", "[record][D3]") {
  auto actions = ten_instruments();
  actions.push_back(act("State 1", "denunciation", "2030-05-02"));
  actions.push_back(act("State 1", "accession", "2033-01-31"));
  const auto rec = record(opsc_any_state(), actions);
  CHECK(rec.status_on("State 1", 2032_y / 1 / 1).code == pacta::status::denounced);
  CHECK(rec.status_on("State 1", 2033_y / 2 / 1).code == pacta::status::consented);
  CHECK(rec.entry_into_force_for("State 1")->date == 2033_y / 2 / 28);
  CHECK(rec.entry_into_force_for("State 1")->why.rule == "E3");
  CHECK(rec.is_bound("State 1", 2033_y / 2 / 28));
  CHECK(rec.find("State 1")->consents.size() == 2);
  // Obligations as to an act during the first period of being bound remain known.
  CHECK(rec.bound_as_to_act("State 1", 2010_y / 1 / 1).bound);
  CHECK_FALSE(rec.bound_as_to_act("State 1", 2032_y / 1 / 1).bound);
}

TEST_CASE("status: every status in one State's story, each with its explanation", "[record][status]") {
  auto actions = ten_instruments();
  actions.push_back(act("Story", "signature", "2003-01-10"));
  actions.push_back(act("Story", "ratification", "2004-03-31"));
  actions.push_back(act("Story", "denunciation", "2010-06-15"));
  const auto rec = record(opsc_any_state(), actions);
  CHECK(rec.status_on("Story", 2003_y / 1 / 9).code == pacta::status::not_participant);
  CHECK(rec.status_on("Story", 2003_y / 1 / 10).code == pacta::status::signatory);
  CHECK(rec.status_on("Story", 2004_y / 3 / 31).code == pacta::status::consented);
  CHECK(rec.status_on("Story", 2004_y / 4 / 29).code == pacta::status::consented);
  CHECK(rec.status_on("Story", 2004_y / 4 / 30).code == pacta::status::bound);  // 31 Apr does not exist: P2
  CHECK(rec.status_on("Story", 2010_y / 6 / 15).code == pacta::status::denunciation_pending);
  CHECK(rec.status_on("Story", 2011_y / 6 / 15).code == pacta::status::denounced);
  CHECK(rec.status_on("Story", 2004_y / 4 / 30).explanation ==
        "Bound since 30 April 2004 (ratification of 31 March 2004).");
  CHECK_THROWS_AS(rec.status_on("Nobody", 2004_y / 4 / 30), pacta::query_error);  // not in the registry
}

TEST_CASE("queries: a State the registry lacks is a query error, not a crash", "[record][errors]") {
  const auto rec = record(opsc_any_state(), ten_instruments());
  CHECK_THROWS_AS(rec.entry_into_force_for("Ruritania"), pacta::query_error);
  CHECK_THROWS_AS(rec.bound_as_to_act("Ruritania", 2020_y / 1 / 1), pacta::query_error);
  CHECK(rec.find("Ruritania") == nullptr);
}

TEST_CASE("validation: a second consent while bound", "[record][validation]") {
  auto actions = ten_instruments();
  actions.push_back(act("State 1", "accession", "2003-01-01"));
  CHECK(test::has_code_at(diagnostics(opsc_any_state(), actions), "/actions/10", "consent.duplicate"));
}

TEST_CASE("validation: a consent while a denunciation is pending says to withdraw the denunciation",
          "[record][validation]") {
  auto actions = ten_instruments();
  actions.push_back(act("State 1", "denunciation", "2003-01-01"));
  actions.push_back(act("State 1", "ratification", "2003-06-01"));
  const auto ds = diagnostics(opsc_any_state(), actions);
  REQUIRE(test::has_code_at(ds, "/actions/11", "consent.duplicate"));
  CHECK(ds.front().message.find("withdraw the denunciation") != std::string::npos);
}

TEST_CASE("validation: a denunciation by a State that is not bound", "[record][validation]") {
  auto actions = ten_instruments();
  actions.push_back(act("Signer", "signature", "2001-01-01"));
  actions.push_back(act("Signer", "denunciation", "2003-01-01"));
  CHECK(test::has_code_at(diagnostics(opsc_any_state(), actions), "/actions/11", "denunciation.not-bound"));
}

TEST_CASE("validation: a withdrawal with no pending denunciation, and one after the effect", "[record][validation]") {
  auto actions = ten_instruments();
  actions.push_back(act("State 2", "denunciation-withdrawal", "2003-01-01"));
  actions.push_back(act("State 1", "denunciation", "2003-01-01"));
  actions.push_back(act("State 1", "denunciation-withdrawal", "2004-01-01"));  // took effect that day
  const auto ds = diagnostics(opsc_any_state(), actions);
  CHECK(test::has_code_at(ds, "/actions/10", "withdrawal.no-pending"));
  CHECK(test::has_code_at(ds, "/actions/12", "withdrawal.no-pending"));
  CHECK(ds.size() == 2);
}

TEST_CASE("validation: a signature after that State's consent", "[record][validation]") {
  auto actions = ten_instruments();
  actions.push_back(act("State 1", "signature", "2003-01-01"));
  CHECK(test::has_code_at(diagnostics(opsc_any_state(), actions), "/actions/10", "signature.after-consent"));
}

TEST_CASE("validation: actions out of date order for one State", "[record][validation]") {
  const auto ds =
      diagnostics(opsc_any_state(), {act("A", "ratification", "2003-01-01"), act("B", "signature", "2001-01-01"),
                                     act("A", "signature", "2002-01-01")});
  CHECK(test::has_code_at(ds, "/actions/2/date", "order.state-dates"));
  CHECK(ds.size() == 1);  // B's earlier date is another State's, in any order
}

TEST_CASE("validation: every error is reported, not just the first", "[record][validation]") {
  auto actions = ten_instruments();
  actions.push_back(act("State 1", "accession", "2003-01-01"));
  actions.push_back(act("State 2", "signature", "2003-01-01"));
  actions.push_back(act("Nobody", "denunciation", "2003-01-01"));
  CHECK(diagnostics(opsc_any_state(), actions).size() == 3);
}

TEST_CASE("art. 13: the United States passes as a signatory of the Convention only", "[record][art13]") {
  const auto& crc = test::bundled_crc();
  REQUIRE(crc.status_on("United States of America", 2026_y / 2 / 3).code == pacta::status::signatory);
  const auto rec = record(pacta::opsc_rules(),
                          {act("United States of America", "signature", "2000-07-05"),
                           act("United States of America", "ratification", "2002-12-23")},
                          {&crc});
  CHECK(rec.find("United States of America")->consents.size() == 1);
}

TEST_CASE("art. 13: a State neither party to nor signatory of the Convention is refused", "[record][art13]") {
  const auto ds =
      diagnostics(pacta::opsc_rules(), {act("Ruritania", "accession", "2005-01-31")}, {&test::bundled_crc()});
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].pointer == "/actions/0");
  CHECK(ds[0].code == "eligibility");
  CHECK(ds[0].message ==
        "article 13(2): on 2005-01-31 Ruritania is neither a party to CRC nor a signatory of CRC, so its accession is "
        "not open to it");
}

TEST_CASE("art. 13: eligibility is judged on the date of the act", "[record][art13]") {
  // Somalia signed the Convention on 9 May 2002: an OPSC signature a year earlier is refused.
  const auto& crc = test::bundled_crc();
  CHECK(test::has_code_at(diagnostics(pacta::opsc_rules(), {act("Somalia", "signature", "2001-05-09")}, {&crc}),
                          "/actions/0", "eligibility"));
  CHECK(diagnostics(pacta::opsc_rules(), {act("Somalia", "signature", "2002-05-09")}, {&crc}).empty());
}

TEST_CASE("art. 13: party basis 'deposited' (default) admits a same-day accession, 'in force' refuses it",
          "[record][art13]") {
  // Timor-Leste acceded to the Convention and to the OPSC on 16 April 2003.
  const auto& crc = test::bundled_crc();
  const std::vector<nlohmann::json> actions{act("Timor-Leste", "accession", "2003-04-16")};
  CHECK(diagnostics(pacta::opsc_rules(), actions, {&crc}).empty());
  pacta::record_options strict;
  strict.parent_party_basis = pacta::party_basis::in_force;
  CHECK(test::has_code_at(diagnostics(pacta::opsc_rules(), actions, {&crc}, strict), "/actions/0", "eligibility"));
}

TEST_CASE("art. 13: a succession is held to the article's condition without citing article 13(2)",
          "[record][art13][E5]") {
  const auto ds = diagnostics(pacta::opsc_rules(), {test::succession("Ruritania", "2006-10-23", "2006-06-03")},
                              {&test::bundled_crc()});
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].code == "eligibility");
  CHECK(ds[0].message.rfind("rule E5 (the condition of article 13(2), which names ratification and accession", 0) == 0);
}

TEST_CASE(
    "art. 13, unsettled: the signature of a Convention the State later denounced opens the Protocol by default, not "
    "with denounced_signatory::not_eligible",
    "[record][art13]") {
  pacta::treaty_rules crc_rules = pacta::crc_rules();
  crc_rules.threshold = 1;
  const auto crc =
      record(crc_rules, {act("Leaver", "signature", "1990-01-26"), act("Leaver", "ratification", "1991-01-01"),
                         act("Leaver", "denunciation", "2000-01-01")});
  REQUIRE(crc.status_on("Leaver", 2005_y / 1 / 1).code == pacta::status::denounced);
  const std::vector<nlohmann::json> opsc{act("Leaver", "accession", "2005-01-31")};
  CHECK(diagnostics(pacta::opsc_rules(), opsc, {&crc}).empty());
  pacta::record_options strict;
  strict.signatory_after_denunciation = pacta::denounced_signatory::not_eligible;
  CHECK(test::has_code_at(diagnostics(pacta::opsc_rules(), opsc, {&crc}, strict), "/actions/0", "eligibility"));
}

TEST_CASE("art. 13: without the parent's registry, eligibility is not checked", "[record][art13]") {
  CHECK(diagnostics(pacta::opsc_rules(), {act("Ruritania", "accession", "2005-01-31")}).empty());
}

TEST_CASE("loading: a failed load leaves what was already loaded untouched", "[record][errors]") {
  const auto good = record(opsc_any_state(), ten_instruments());
  std::vector<pacta::diagnostic> diags;
  auto bad = pacta::try_parse_record("{\"format\": 1}", "bad.json", opsc_any_state(), diags);
  CHECK_FALSE(bad);
  CHECK_FALSE(diags.empty());
  CHECK(good.entry_into_force()->date == 2002_y / 1 / 18);
  CHECK(good.states().size() == 10);
  CHECK_THROWS_AS(pacta::load_record(test::source_path("tests/data/invalid/date-impossible.json"), pacta::opsc_rules()),
                  pacta::load_error);
}

TEST_CASE("counts: parties_on and consented_on equal a count of every State's status, month by month",
          "[record][status]") {
  for (const auto* rec : {&test::bundled_opsc(), &test::bundled_crc()}) {
    for (int y = 1989; y <= 2027; ++y)
      for (unsigned m = 1; m <= 12; ++m) {
        const pacta::date_t d = date::year{y} / date::month{m} / 15;
        std::size_t bound = 0, consented = 0;
        for (const auto& s : rec->states()) {
          const auto st = rec->status_code(s.state, d);
          if (st == pacta::status::bound || st == pacta::status::denunciation_pending) ++bound;
          if (st == pacta::status::bound || st == pacta::status::denunciation_pending || st == pacta::status::consented)
            ++consented;
        }
        INFO(rec->rules().short_title << " " << pacta::to_iso(d));
        CHECK(rec->parties_on(d) == bound);
        CHECK(rec->consented_on(d) == consented);
      }
  }
  // A story with denunciations, a withdrawal, a denunciation before entry into force, and a new consent.
  auto actions = ten_instruments();
  actions.push_back(act("State 1", "denunciation", "2030-05-02"));
  actions.push_back(act("State 1", "accession", "2033-01-31"));
  actions.push_back(act("State 2", "denunciation", "2030-05-02"));
  actions.push_back(act("State 2", "denunciation-withdrawal", "2030-12-01"));
  actions.push_back(act("Early", "accession", "2001-06-01"));
  actions.push_back(act("Early", "denunciation", "2001-07-01"));
  const auto rec = record(opsc_any_state(), actions);
  for (int y = 2001; y <= 2035; ++y)
    for (unsigned m = 1; m <= 12; ++m) {
      const pacta::date_t d = date::year{y} / date::month{m} / 1;
      std::size_t bound = 0, consented = 0;
      for (const auto& s : rec.states()) {
        const auto st = rec.status_code(s.state, d);
        bound += st == pacta::status::bound || st == pacta::status::denunciation_pending;
        consented +=
            st == pacta::status::bound || st == pacta::status::denunciation_pending || st == pacta::status::consented;
      }
      INFO(pacta::to_iso(d));
      CHECK(rec.parties_on(d) == bound);
      CHECK(rec.consented_on(d) == consented);
    }
}
