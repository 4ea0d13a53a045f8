// The rules the UN human-rights instruments add to the profile language, on synthetic registries:
// P7 (the first day of the month following a period: ICRMW art. 87), E7 ("subject to the entry into
// force of" another treaty: ICCPR-OP1 art. 9(1), OP-CRPD art. 13(1)), E8 (regional integration
// organizations not counted: CRPD art. 44(3)), F1 (former States count toward thresholds, never
// among today's participants), D5 (no denunciation clause: VCLT art. 56), D6 (ICRMW art. 89(1):
// not before five years), O1 (optional declarations with their own entry into force: ICCPR art.
// 41(2)) and R4 (reports "whenever the Committee so requests"). The bundled registries of the seven
// further instruments are checked against their printed dates in real_data_test.cpp's companion
// below ("HR real data").
#include "support.hpp"

#include <catch2/catch.hpp>
#include <pacta/record.hpp>
#include <pacta/reporting.hpp>
#include <pacta/treaty.hpp>
#include <pacta/treaty_set.hpp>

#include <string>
#include <vector>

using namespace date::literals;
using test::act;

namespace {

/// A registry document with `participants` (organizations, former States).
std::string registry_text(const std::string& treaty, const std::vector<nlohmann::json>& actions,
                          const nlohmann::json& participants = nullptr) {
  nlohmann::json j = test::registry_json(treaty, actions);
  if (!participants.is_null()) j["participants"] = participants;
  return j.dump();
}

pacta::treaty_record build(const pacta::treaty_rules& rules, const std::vector<nlohmann::json>& actions,
                           const nlohmann::json& participants = nullptr,
                           const std::vector<const pacta::treaty_record*>& parents = {}) {
  std::vector<pacta::diagnostic> diags;
  auto rec =
      pacta::try_parse_record(registry_text(rules.id, actions, participants), "test.json", rules, diags, parents);
  if (!rec) throw pacta::load_error(diags);
  return std::move(*rec);
}

std::vector<pacta::diagnostic> hr_diagnostics(const pacta::treaty_rules& rules,
                                              const std::vector<nlohmann::json>& actions,
                                              const nlohmann::json& participants = nullptr) {
  std::vector<pacta::diagnostic> diags;
  (void)pacta::try_parse_record(registry_text(rules.id, actions, participants), "test.json", rules, diags);
  return diags;
}

/// A bundled profile.
pacta::treaty_rules profile(const std::string& id) {
  return pacta::load_treaty_profile(test::source_path("data/treaties/" + id + ".json"));
}

/// `n` States depositing on consecutive days, the last (State n) on `last`.
std::vector<nlohmann::json> instruments(int n, const std::string& last) {
  std::vector<nlohmann::json> out;
  const date::sys_days end{*pacta::parse_date(last)};
  for (int i = 1; i <= n; ++i)
    out.push_back(
        act("State " + std::to_string(i), "ratification", pacta::to_iso(pacta::date_t{end - date::days{n - i}})));
  return out;
}

}  // namespace

TEST_CASE("P7 ICRMW art. 87(1): the twentieth instrument on 14 Mar 2003 brings it into force on 1 Jul 2003",
          "[hr][P7][E1]") {
  const auto rules = profile("icrmw");
  auto actions = instruments(20, "2003-03-14");
  actions.push_back(act("Later", "ratification", "2003-12-14"));  // art. 87(2): 14 Mar 2004 -> 1 Apr 2004
  actions.push_back(act("On the first", "accession", "2004-02-01"));
  const auto rec = build(rules, actions);
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->date == 2003_y / 7 / 1);
  CHECK(rec.entry_into_force()->why.article == "87(1)");
  CHECK(rec.entry_into_force()->why.reasoning.find("rule P7") != std::string::npos);
  CHECK(rec.entry_into_force_for("Later")->date == 2004_y / 4 / 1);
  CHECK(rec.entry_into_force_for("Later")->why.rule == "E3");
  CHECK(rec.entry_into_force_for("On the first")->date == 2004_y / 6 / 1);  // 1 May 2004 -> 1 Jun 2004
  // A State depositing between the twentieth instrument and 1 July 2003 is bound from 1 July (E2).
  actions.push_back(act("Between", "ratification", "2003-05-20"));
  CHECK(build(rules, actions).entry_into_force_for("Between")->date == 2003_y / 7 / 1);
}

TEST_CASE("D6 ICRMW art. 89(1): no notice of denunciation before five years, art. 89(2): P7 from receipt",
          "[hr][D6][P7]") {
  const auto rules = profile("icrmw");
  auto actions = instruments(20, "2003-03-14");  // all in force 1 Jul 2003
  auto early = actions;
  early.push_back(act("State 1", "denunciation", "2008-06-30"));  // five years from 1 Jul 2003: 1 Jul 2008
  const auto d = hr_diagnostics(rules, early);
  REQUIRE(test::has_code(d, "denunciation.too-early"));
  CHECK(d[0].message.find("2008-07-01") != std::string::npos);
  actions.push_back(act("State 1", "denunciation", "2008-07-01"));
  const auto rec = build(rules, actions);
  const auto eff = rec.denunciation_effective("State 1");
  REQUIRE(eff);
  CHECK(eff->date == 2009_y / 8 / 1);  // twelve months -> 1 Jul 2009, then the first of the next month
  CHECK(eff->why.article == "89(2)");
}

TEST_CASE("D5 VCLT art. 56: a denunciation of a treaty with no clause on denunciation is refused", "[hr][D5]") {
  for (const std::string id : {"icescr", "iccpr", "iccpr-op2", "cedaw", "ced"}) {
    INFO(id);
    const auto rules = profile(id);
    CHECK_FALSE(rules.denunciation_allowed);
    auto actions = instruments(rules.threshold, "1990-01-28");
    actions.push_back(act("State 1", "denunciation", "1999-01-01"));
    const auto d = hr_diagnostics(rules, actions);
    REQUIRE(d.size() == 1);
    CHECK(d[0].code == "denunciation.no-clause");
    CHECK(d[0].message.find("VCLT art. 56") != std::string::npos);
  }
}

TEST_CASE("E7 ICCPR-OP1 art. 9(1): never in force before the Covenant, both ways", "[hr][E7]") {
  // Article 9(1) as profiled; eligibility (art. 8) opened to any State, so that the States here need
  // not be parties to the Covenant.
  auto rules = profile("iccpr-op1");
  rules.signature = rules.consent = {true, {}, {}, "8", false};
  const auto covenant_rules = profile("iccpr");
  // The Covenant: 35 instruments, the 35th on 23 Dec 1975 -> 23 Mar 1976 (art. 49(1)).
  const auto covenant = build(covenant_rules, instruments(35, "1975-12-23"));
  REQUIRE(covenant.entry_into_force()->date == 1976_y / 3 / 23);
  // The Protocol's tenth instrument on 12 Dec 1973: by art. 9(1) alone, 12 Mar 1974.
  auto protocol = instruments(10, "1973-12-12");
  protocol.push_back(act("Between", "accession", "1975-01-10"));  // art. 9(2): 10 Apr 1975, before the Covenant
  protocol.push_back(act("After", "accession", "1976-06-01"));
  const auto rec = build(rules, protocol, nullptr, {&covenant});
  const auto& g = rec.entry_into_force();
  REQUIRE(g);
  CHECK(g->date == 1976_y / 3 / 23);
  CHECK(g->why.rule == "E7");
  CHECK(g->fixed_by_condition);
  CHECK(g->why.reasoning.find("12 March 1974") != std::string::npos);
  CHECK(rec.entry_into_force_for("Between")->date == 1976_y / 3 / 23);
  CHECK(rec.entry_into_force_for("Between")->why.rule == "E7");
  CHECK(rec.entry_into_force_for("After")->date == 1976_y / 9 / 1);  // E4, unaffected
  // The other way: the Covenant in force first, the Protocol's own date stands (E1), condition met.
  const auto late = build(rules, instruments(10, "1977-05-20"), nullptr, {&covenant});
  CHECK(late.entry_into_force()->date == 1977_y / 8 / 20);
  CHECK(late.entry_into_force()->why.rule == "E1");
  CHECK(late.entry_into_force()->why.reasoning.find("was met") != std::string::npos);
  // Without the Covenant's registry, the profile's recorded date (23 March 1976) is used, and said so.
  const auto alone = build(rules, protocol);
  CHECK(alone.entry_into_force()->date == 1976_y / 3 / 23);
  CHECK(alone.entry_into_force()->why.reasoning.find("as the depositary records it") != std::string::npos);
  // Without either, the condition is NOT checked, and the reasoning says so.
  auto unrecorded = rules;
  unrecorded.subject_to.recorded.reset();
  const auto unchecked = build(unrecorded, protocol);
  CHECK(unchecked.entry_into_force()->date == 1974_y / 3 / 12);
  CHECK(unchecked.entry_into_force()->why.reasoning.find("NOT checked") != std::string::npos);
  // A recorded date the loaded registry contradicts is an error.
  auto wrong = rules;
  wrong.subject_to.recorded = 1976_y / 3 / 24;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::try_parse_record(registry_text(rules.id, protocol), "test.json", wrong, diags, {&covenant}));
  CHECK(test::has_code(diags, "registry.subject-to"));
}

TEST_CASE("E8 CRPD art. 44(3): an organization's instrument is not counted toward the threshold", "[hr][E8]") {
  const auto rules = profile("crpd");
  auto actions = instruments(19, "2008-03-19");
  actions.push_back(act("European Union", "formal-confirmation", "2008-03-20"));  // would be the 20th
  actions.push_back(act("Ecuador", "ratification", "2008-04-03"));
  const nlohmann::json eu = nlohmann::json::array({{{"name", "European Union"}, {"kind", "organization"}}});
  const auto rec = build(rules, actions, eu);
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->date == 2008_y / 5 / 3);
  CHECK(rec.entry_into_force()->completing == std::vector<std::string>{"Ecuador"});
  CHECK(rec.entry_into_force()->why.reasoning.find("not counted (article 44(3), rule E8)") != std::string::npos);
  CHECK(rec.find("European Union")->kind == pacta::participant_kind::organization);
  CHECK(rec.is_bound("European Union", 2008_y / 5 / 3));  // a party all the same (art. 45(2))
  // Counted where the profile says so: then the EU's instrument is the twentieth.
  auto counted = rules;
  counted.organizations.counted = true;
  CHECK(build(counted, actions, eu).entry_into_force()->date == 2008_y / 4 / 19);
  // Formal confirmation is an organization's act; an organization where the treaty is closed to them.
  CHECK(test::has_code(hr_diagnostics(rules, actions), "consent.formal-confirmation"));
  CHECK(test::has_code(hr_diagnostics(profile("cat"), actions, eu), "organization.not-open"));
}

TEST_CASE("F1: a former State's instrument counts toward the threshold, an end not recorded is not presumed",
          "[hr][F1][E1]") {
  const auto rules = profile("cedaw");
  // Nineteen States of today, and the German Democratic Republic's ratification of 9 July 1980: the
  // twentieth instrument is St. Vincent and the Grenadines' of 4 Aug 1981, as on the UNTC page.
  auto actions = instruments(18, "1980-07-30");
  actions.push_back(act("St. Vincent and the Grenadines", "accession", "1981-08-04"));
  actions.push_back(act("Philippines", "ratification", "1981-08-05"));
  actions.push_back(act("German Democratic Republic", "signature", "1980-06-25"));
  actions.push_back(act("German Democratic Republic", "ratification", "1980-07-09"));
  nlohmann::json gdr = nlohmann::json::array({{{"name", "German Democratic Republic"}, {"kind", "former-state"}}});
  const auto rec = build(rules, actions, gdr);
  CHECK(rec.entry_into_force()->date == 1981_y / 9 / 3);
  CHECK(rec.entry_into_force()->completing == std::vector<std::string>{"St. Vincent and the Grenadines"});
  CHECK(rec.entry_into_force()->why.reasoning.find("German Democratic Republic (9 July 1980)") != std::string::npos);
  // Without it the twentieth is the Philippines', and the date 4 September 1981.
  auto without = actions;
  without.pop_back();
  without.pop_back();
  CHECK(build(rules, without).entry_into_force()->date == 1981_y / 9 / 4);
  // No `ceased` recorded: the day it ceased is not known, and pacta presumes none; it is a party as
  // any State is (the default, `unrecorded_end::exists`).
  CHECK(rec.status_code("German Democratic Republic", 1985_y / 1 / 1) == pacta::status::bound);
  CHECK(rec.parties_on(1985_y / 1 / 1) == 21);
  CHECK(rec.status_on("German Democratic Republic", 2026_y / 1 / 1).code == pacta::status::bound);
  // The other reading (--option former-end=last-act): extinct after its last act, and in no count.
  pacta::record_options last_act;
  last_act.former_state_end = pacta::unrecorded_end::after_last_act;
  std::vector<pacta::diagnostic> diags;
  const auto presumed =
      pacta::try_parse_record(registry_text(rules.id, actions, gdr), "test.json", rules, diags, {}, last_act);
  REQUIRE(presumed);
  CHECK(presumed->status_code("German Democratic Republic", 1985_y / 1 / 1) == pacta::status::ceased_to_exist);
  CHECK(presumed->parties_on(1985_y / 1 / 1) == 20);
  // With the day it ceased to exist, it is a party until then.
  gdr[0]["ceased"] = "1990-10-03";
  const auto dated = build(rules, actions, gdr);
  CHECK(dated.status_code("German Democratic Republic", 1985_y / 1 / 1) == pacta::status::bound);
  CHECK(dated.parties_on(1985_y / 1 / 1) == 21);
  CHECK(dated.status_code("German Democratic Republic", 1990_y / 10 / 3) == pacta::status::ceased_to_exist);
  CHECK(dated.parties_on(1990_y / 10 / 3) == 20);
  // The list is checked: a name with no action, an action after it ceased, a name twice, a kind.
  CHECK(test::has_code(hr_diagnostics(rules, without, gdr), "participant.unknown"));
  auto after = actions;
  after.push_back(act("German Democratic Republic", "denunciation", "1991-01-01"));
  CHECK(test::has_code(hr_diagnostics(rules, after, gdr), "participant.ceased"));
  auto twice = gdr;
  twice.push_back(gdr[0]);
  CHECK(test::has_code(hr_diagnostics(rules, actions, twice), "participant.duplicate"));
  CHECK(test::has_code(hr_diagnostics(rules, actions, nlohmann::json::array({{{"name", "X"}, {"kind", "empire"}}})),
                       "participant.kind"));
}

TEST_CASE("O1 ICCPR art. 41(2): the article comes into force with the tenth declaration", "[hr][O1]") {
  const auto rules = profile("iccpr");
  auto actions = instruments(35, "1975-12-23");
  for (int i = 1; i <= 10; ++i) {
    nlohmann::json d = act("State " + std::to_string(i), "optional-declaration",
                           i < 10 ? "1978-0" + std::to_string(i) + "-01" : "1979-03-28");
    d["article"] = "41";
    actions.push_back(d);
  }
  nlohmann::json w = act("State 1", "optional-declaration-withdrawal", "1990-01-01");
  w["article"] = "41";
  actions.push_back(w);
  const auto rec = build(rules, actions);
  REQUIRE(rec.optional_declarations().size() == 1);
  const auto& art41 = rec.optional_declarations()[0];
  REQUIRE(art41.in_force);
  CHECK(art41.in_force->date == 1979_y / 3 / 28);
  CHECK(art41.in_force->why.rule == "O1");
  CHECK(art41.in_force->why.article == "41(2)");
  CHECK(art41.completing == std::vector<std::string>{"State 10"});
  CHECK(art41.in_force_for(rec.state("State 2"), 1980_y / 1 / 1) ==
        1979_y / 3 / 28);  // declared before: from 28 Mar 1979
  CHECK(art41.in_force_for(rec.state("State 2"), 1978_y / 12 / 31) == 1979_y / 3 / 28);  // standing then; applies from
  CHECK_FALSE(art41.in_force_for(rec.state("State 1"), 1990_y / 1 / 1));                 // withdrawn
  CHECK_FALSE(art41.in_force_for(rec.state("State 20"), 1980_y / 1 / 1));                // never declared
  CHECK_THROWS_AS(rec.state("Atlantis"), pacta::query_error);  // a State the registry lacks: never "none"
  CHECK_THROWS_AS(art41.in_force_for(rec.state("State 2"), 2026_y / 2 / 30), pacta::query_error);
  // The checks: an article the profile does not list, a State with no consent, twice, no declaration.
  auto bad = [&](nlohmann::json a) {
    auto v = instruments(35, "1975-12-23");
    v.push_back(std::move(a));
    return hr_diagnostics(rules, v);
  };
  nlohmann::json a42 = act("State 1", "optional-declaration", "1980-01-01");
  a42["article"] = "42";
  CHECK(test::has_code(bad(a42), "optional-declaration.article"));
  nlohmann::json outsider = act("Outsider", "optional-declaration", "1980-01-01");
  outsider["article"] = "41";
  CHECK(test::has_code(bad(outsider), "optional-declaration.not-party"));
  nlohmann::json none = act("State 1", "optional-declaration-withdrawal", "1980-01-01");
  none["article"] = "41";
  CHECK(test::has_code(bad(none), "optional-declaration.none"));
  auto dup = instruments(35, "1975-12-23");
  for (const char* date : {"1980-01-01", "1981-01-01"}) {
    nlohmann::json d = act("State 1", "optional-declaration", date);
    d["article"] = "41";
    dup.push_back(d);
  }
  CHECK(test::has_code(hr_diagnostics(rules, dup), "optional-declaration.duplicate"));
  nlohmann::json misplaced = act("State 1", "signature", "1975-01-01");
  misplaced["article"] = "41";
  CHECK(test::has_code(bad(misplaced), "action.article"));
  // CED arts. 31 and 32: no threshold; each declaration has effect from when it is made.
  const auto ced = profile("ced");
  auto ced_actions = instruments(20, "2010-11-23");
  nlohmann::json d31 = act("State 3", "optional-declaration", "2012-05-05");
  d31["article"] = "31";
  ced_actions.push_back(d31);
  const auto ced_rec = build(ced, ced_actions);
  CHECK_FALSE(ced_rec.optional_declarations()[0].in_force);
  CHECK(ced_rec.optional_declarations()[0].in_force_for(ced_rec.state("State 3"), 2013_y / 1 / 1) == 2012_y / 5 / 5);
}

TEST_CASE("O1 CAT arts. 21(2), 22(8): declarations count from when their States are States Parties", "[hr][O1]") {
  // Twenty instruments, the 20th on 27 May 1987: in force 26 June 1987 (art. 27(1)). Five States
  // declare with their instruments in 1987 before that day; a sixth ratifies and declares on
  // 1 September 1987 (bound from 1 October, art. 27(2)).
  const auto rules = profile("cat");
  auto actions = instruments(20, "1987-05-27");
  for (int i = 1; i <= 5; ++i) {
    nlohmann::json d = act("State " + std::to_string(i), "optional-declaration",
                           pacta::to_iso(pacta::date_t{date::sys_days{1987_y / 5 / 8} + date::days{i - 1}}));
    d["article"] = "22";
    actions.push_back(d);
  }
  actions.push_back(act("State 21", "ratification", "1987-09-01"));
  nlohmann::json late = act("State 21", "optional-declaration", "1987-09-01");
  late["article"] = "22";
  actions.push_back(late);
  const auto rec = build(rules, actions);
  const auto& art22 = rec.optional_declarations()[1];
  REQUIRE(art22.in_force);
  // Not the fifth declaration's day (12 May): none was a State Party's before 26 June 1987.
  CHECK(art22.in_force->date == 1987_y / 6 / 26);
  CHECK(art22.in_force->why.article == "22(8)");
  CHECK(art22.completing.size() == 5);
  CHECK(art22.in_force->why.reasoning.find("made before the CAT bound them") != std::string::npos);
  // It applies to each from the latest of the declaration, the CAT binding it, and the article in force.
  CHECK(art22.in_force_for(rec.state("State 1"), 1990_y / 1 / 1) == 1987_y / 6 / 26);
  CHECK(art22.in_force_for(rec.state("State 21"), 1990_y / 1 / 1) == 1987_y / 10 / 1);
  const auto e = art22.applies_to(rec.state("State 21"), 1990_y / 1 / 1, "CAT");
  REQUIRE(e);
  CHECK(e->applies_from == 1987_y / 10 / 1);
  CHECK(e->why.reasoning.find("before the CAT bound State 21") != std::string::npos);
  // Four States Parties' declarations only: not in force, and applies_to says so without a date.
  auto four = instruments(20, "1987-05-27");
  for (int i = 1; i <= 4; ++i) {
    nlohmann::json d = act("State " + std::to_string(i), "optional-declaration", "1988-01-01");
    d["article"] = "21";
    four.push_back(d);
  }
  // A declaration withdrawn before the article came into force never applied.
  auto gone = actions;
  nlohmann::json w = act("State 21", "optional-declaration-withdrawal", "1987-09-15");
  w["article"] = "22";
  gone.push_back(w);
  const auto rec_gone = build(rules, gone);
  const auto never = rec_gone.optional_declarations()[1].applies_to(rec_gone.state("State 21"), 1987_y / 9 / 1, "CAT");
  REQUIRE(never);
  CHECK_FALSE(never->applies_from);
  CHECK(never->why.reasoning.find("it never applied") != std::string::npos);
  const auto rec4 = build(rules, four);
  CHECK_FALSE(rec4.optional_declarations()[0].in_force);
  const auto e4 = rec4.optional_declarations()[0].applies_to(rec4.state("State 1"), 1990_y / 1 / 1, "CAT");
  REQUIRE(e4);
  CHECK_FALSE(e4->applies_from);
}

TEST_CASE("O1 ICCPR art. 41(2): ten States Parties, each counted once, and none before the Covenant binds it",
          "[hr][O1]") {
  const auto rules = profile("iccpr");
  // Nine States declare, one of them twice (withdrawn, made again): nine States Parties, not ten.
  auto actions = instruments(35, "1975-12-23");
  auto declare = [&](const std::string& state, const std::string& date, const char* kind = "optional-declaration") {
    nlohmann::json d = act(state, kind, date);
    d["article"] = "41";
    actions.push_back(d);
  };
  for (int i = 1; i <= 9; ++i) declare("State " + std::to_string(i), "1977-0" + std::to_string(i) + "-01");
  declare("State 1", "1978-01-01", "optional-declaration-withdrawal");
  declare("State 1", "1978-06-01");
  CHECK_FALSE(build(rules, actions).optional_declarations()[0].in_force);
  declare("State 10", "1979-03-28");
  const auto rec = build(rules, actions);
  REQUIRE(rec.optional_declarations()[0].in_force);
  CHECK(rec.optional_declarations()[0].in_force->date == 1979_y / 3 / 28);
  // Before the Covenant is in force (34 instruments), a declaration counts from no day and applies to nobody.
  auto early = instruments(34, "1975-12-23");
  nlohmann::json d = act("State 1", "optional-declaration", "1976-01-01");
  d["article"] = "41";
  early.push_back(d);
  const auto none = build(rules, early);
  CHECK_FALSE(none.optional_declarations()[0].declarations[0].counts_from);
  const auto e = none.optional_declarations()[0].applies_to(none.state("State 1"), 1990_y / 1 / 1, "ICCPR");
  REQUIRE(e);
  CHECK_FALSE(e->applies_from);
  CHECK(e->why.reasoning.find("binds State 1 on no known day yet") != std::string::npos);
}

TEST_CASE("O1 CAT art. 22: a declaration stands no longer once its State's denunciation takes effect", "[hr][O1]") {
  const auto rules = profile("cat");
  auto actions = instruments(20, "1987-05-27");  // in force 26 June 1987
  nlohmann::json d = act("State 1", "optional-declaration", "1990-01-01");
  d["article"] = "22";
  actions.push_back(d);
  actions.push_back(act("State 1", "denunciation", "2010-01-01"));  // art. 31(1): effect a year after receipt
  const auto rec = build(rules, actions);
  const auto& art22 = rec.optional_declarations()[1];
  CHECK(art22.standing(rec.state("State 1"), 2010_y / 12 / 31));
  CHECK_FALSE(art22.standing(rec.state("State 1"), 2011_y / 1 / 1));
  CHECK_FALSE(art22.in_force_for(rec.state("State 1"), 2026_y / 1 / 1));
}

TEST_CASE("O1 CED arts. 31, 32: a declaration applies no earlier than the Convention binds its State", "[hr][O1]") {
  // France: ratified 23 September 2008, declared 9 December 2008; the CED in force 23 December 2010.
  const auto ced = profile("ced");
  auto actions = instruments(19, "2010-11-23");
  actions.push_back(act("France", "ratification", "2008-09-23"));
  nlohmann::json d = act("France", "optional-declaration", "2008-12-09");
  d["article"] = "31";
  actions.push_back(d);
  const auto rec = build(ced, actions);
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->date == 2010_y / 12 / 23);
  CHECK(rec.optional_declarations()[0].in_force_for(rec.state("France"), 2011_y / 1 / 1) == 2010_y / 12 / 23);
}

TEST_CASE("O1 ICCPR art. 41: the depositary's recorded date (articles_in_force) beside the declarations recorded",
          "[hr][O1]") {
  const auto rules = profile("iccpr");
  auto actions = instruments(35, "1975-12-23");
  for (int i = 1; i <= 10; ++i) {
    nlohmann::json d = act("State " + std::to_string(i), "optional-declaration",
                           i < 10 ? "1978-0" + std::to_string(i) + "-01" : "1979-11-22");
    d["article"] = "41";
    actions.push_back(d);
  }
  auto with = [&](const nlohmann::json& in_force) {
    nlohmann::json j = test::registry_json("iccpr", actions);
    j["articles_in_force"] = in_force;
    return j.dump();
  };
  std::vector<pacta::diagnostic> diags;
  // Recorded 28 March 1979, the declarations recorded reach ten on 22 November 1979: the depositary's date,
  // and the reasoning says what the record gives.
  auto rec = pacta::try_parse_record(
      with(nlohmann::json::array({{{"article", "41"}, {"date", "1979-03-28"}, {"source", "status page"}}})), "t.json",
      rules, diags);
  REQUIRE(rec);
  const auto& art41 = rec->optional_declarations()[0];
  REQUIRE(art41.in_force);
  CHECK(art41.in_force->date == 1979_y / 3 / 28);
  CHECK(art41.recorded);
  CHECK(art41.computed == 1979_y / 11 / 22);
  CHECK(art41.in_force->why.reasoning.find("reach 10 only on 22 November 1979") != std::string::npos);
  // The same date recorded: the computed reasoning, saying the depositary agrees.
  auto same = pacta::try_parse_record(with(nlohmann::json::array({{{"article", "41"}, {"date", "1979-11-22"}}})),
                                      "t.json", rules, diags);
  REQUIRE(same);
  CHECK(same->optional_declarations()[0].computed == 1979_y / 11 / 22);
  CHECK(same->optional_declarations()[0].in_force->why.reasoning.find("records the same date") != std::string::npos);
  // An article the profile does not list with a threshold, or twice: refused.
  auto codes = [&](const nlohmann::json& in_force) {
    std::vector<pacta::diagnostic> d;
    (void)pacta::try_parse_record(with(in_force), "t.json", rules, d);
    return d;
  };
  CHECK(test::has_code(codes(nlohmann::json::array({{{"article", "40"}, {"date", "1979-03-28"}}})),
                       "optional-declaration.in-force"));
  CHECK(test::has_code(codes(nlohmann::json::array(
                           {{{"article", "41"}, {"date", "1979-03-28"}}, {{"article", "41"}, {"date", "1979-03-29"}}})),
                       "optional-declaration.in-force"));
  CHECK(test::has_code(codes(nlohmann::json::array({{{"article", "41"}}})), "schema.missing-key"));
  // A date before the Covenant's own entry into force (23 March 1976), or after the registry's as_of.
  CHECK(test::has_code(codes(nlohmann::json::array({{{"article", "41"}, {"date", "1950-01-01"}}})),
                       "optional-declaration.in-force"));
  CHECK(test::has_code(codes(nlohmann::json::array({{{"article", "41"}, {"date", "9999-12-31"}}})),
                       "optional-declaration.in-force"));
}

TEST_CASE("R4 ICCPR art. 40(1)(b): after the initial report, no computed periodic date", "[hr][R4]") {
  const auto rules = profile("iccpr");
  const auto rec = build(rules, instruments(35, "1975-12-23"));
  pacta::reports_file reports;
  pacta::report_submission initial;
  initial.state = "State 1";
  initial.kind = pacta::report_kind::initial;
  initial.submitted = 1977_y / 3 / 1;
  reports.submissions.push_back(initial);
  const pacta::reporting rep(rec, nullptr, &reports);
  const auto p = rep.position("State 1", 1980_y / 1 / 1);
  REQUIRE(p.initial_due);
  CHECK(p.initial_due->date == 1977_y / 3 / 23);  // art. 40(1)(a): one year
  CHECK_FALSE(p.next_due);
  CHECK(p.explanation.find("rule R4") != std::string::npos);
}

TEST_CASE("R4 without submissions: after the initial report, the next is on the Committee's request, undated",
          "[hr][R4][schedule]") {
  const auto rec = build(profile("iccpr"), instruments(35, "1975-12-23"));
  const auto p = pacta::reporting(rec).position("State 1", 1980_y / 1 / 1);
  CHECK(p.owes_reports);
  CHECK(p.on_request);
  CHECK_FALSE(p.next_report);
  CHECK_FALSE(p.next_due);
  CHECK(pacta::next_report_name(p) == "report on the Committee's request");
  CHECK_THAT(p.explanation, Catch::Contains("whenever the Committee so requests"));
  CHECK_THAT(p.explanation, Catch::StartsWith("The initial report fell due on 23 March 1977"));
  // Before the initial report's date, it is the next.
  CHECK(pacta::reporting(rec).position("State 1", 1977_y / 3 / 23).next_report == pacta::report_kind::initial);
}

TEST_CASE("profiles: the 18 instruments of chapter IV, each reading back as itself", "[hr][profile]") {
  const std::vector<std::pair<std::string, std::string>> chapters{
      {"icerd", "IV-2"},      {"icescr", "IV-3"},  {"op-icescr", "IV-3-a"}, {"iccpr", "IV-4"}, {"iccpr-op1", "IV-5"},
      {"iccpr-op2", "IV-12"}, {"cedaw", "IV-8"},   {"op-cedaw", "IV-8-b"},  {"cat", "IV-9"},   {"opcat", "IV-9-b"},
      {"icrmw", "IV-13"},     {"crpd", "IV-15"},   {"op-crpd", "IV-15-a"},  {"ced", "IV-16"},  {"crc", "IV-11"},
      {"opac", "IV-11-b"},    {"opsc", "IV-11-c"}, {"opic", "IV-11-d"}};
  for (const auto& [id, chapter] : chapters) {
    INFO(id);
    const auto r = profile(id);
    CHECK(r.id == id);
    CHECK(r.untc_chapter == chapter);
    CHECK(pacta::parse_treaty_profile(pacta::to_json(r).dump(), "round-trip") == r);
  }
  // What hr-treaties.md marks unverified is marked so in the profile.
  std::string text;
  REQUIRE(test::read_text(test::source_path("data/treaties/op-cedaw.json"), text));
  CHECK(text.find("\"x-unverified\"") != std::string::npos);
  CHECK(text.find("six months after receipt (not read)") != std::string::npos);
  CHECK(profile("ced").signature.un_members);
  CHECK(profile("iccpr").reporting.periodic_on_request);
}

TEST_CASE("HR real data: each of the eighteen bundled registries gives the entry into force its UNTC page prints",
          "[hr][data][E1][E7][F1]") {
  struct printed {
    const char* id;
    pacta::date_t date;
    const char* article;
    std::vector<std::string> completing;
  };
  const std::vector<printed> pages{
      {"cat", 1987_y / 6 / 26, "27(1)", {"Denmark"}},
      {"ced", 2010_y / 12 / 23, "39(1)", {"Iraq"}},
      // Only with the German Democratic Republic's ratification of 9 July 1980 (end note 23, rule F1).
      {"cedaw", 1981_y / 9 / 3, "27(1)", {"St. Vincent and the Grenadines"}},
      {"op-cedaw", 2000_y / 12 / 22, "16(1)", {"Italy"}},
      {"crpd", 2008_y / 5 / 3, "45(1)", {"Ecuador"}},
      // Only with the German Democratic Republic's and the former Yugoslavia's (end notes 2, 3).
      {"icescr", 1976_y / 1 / 3, "27(1)", {"Jamaica"}},
      // Subject to the Covenant's entry into force (art. 9(1), rule E7), as the depositary records it.
      {"iccpr-op1", 1976_y / 3 / 23, "9(1)", {"Mauritius"}},
      {"crc", 1990_y / 9 / 2, "49(1)", {"Bangladesh", "Benin", "Sudan"}},
      {"opsc", 2002_y / 1 / 18, "14(1)", {"Romania"}},
      {"opac", 2002_y / 2 / 12, "10(1)", {"New Zealand"}},
      {"opic", 2014_y / 4 / 14, "19(1)", {"Costa Rica"}},
      // With the instruments of the former Yugoslavia and Czechoslovakia (rule F1).
      {"icerd", 1969_y / 1 / 4, "19(1)", {"Poland"}},
      {"op-icescr", 2013_y / 5 / 5, "18(1)", {"Uruguay"}},
      {"iccpr", 1976_y / 3 / 23, "49(1)", {"Czechoslovakia"}},
      // Signatures admitted by rule G2 (States that acceded to the CAT without signing it).
      {"opcat", 2006_y / 6 / 22, "28(1)", {"Bolivia (Plurinational State of)", "Honduras"}},
      // With the German Democratic Republic's instrument of 16 August 1990 (rule F1).
      {"iccpr-op2", 1991_y / 7 / 11, "8(1)", {"Spain"}},
      {"icrmw", 2003_y / 7 / 1, "87(1)", {"El Salvador", "Guatemala"}},
      // Subject to the CRPD's entry into force (art. 13(1), rule E7).
      {"op-crpd", 2008_y / 5 / 3, "13(1)", {"Guinea"}},
  };
  // Every parent is bundled: each record is built with the registries its clauses name.
  pacta::treaty_set set(test::source_path("data"));
  for (const auto& p : pages) {
    INFO(p.id);
    const auto& rec = set.load(p.id);
    const auto& g = rec.entry_into_force();
    REQUIRE(g);
    CHECK(g->date == p.date);
    CHECK(g->why.article == p.article);
    CHECK(g->completing == p.completing);
  }
  // The counts the pages print ("Parties : N"), today's participants only (rules E8, F1).
  const std::vector<std::pair<const char*, std::size_t>> parties{
      {"cat", 175},    {"ced", 78},        {"cedaw", 189}, {"op-cedaw", 116}, {"crpd", 193},
      {"icescr", 173}, {"iccpr-op1", 116}, {"icerd", 182}, {"op-icescr", 31}, {"iccpr", 175},
      {"opcat", 96},   {"iccpr-op2", 92},  {"icrmw", 60},  {"op-crpd", 108}};
  for (const auto& [id, n] : parties) {
    INFO(id);
    CHECK(set.load(id).consented_on(2026_y / 2 / 3) == n);
  }
}
