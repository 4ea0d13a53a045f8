// A final clause in a profile (`entry_into_force.clause`): the syntax of each alternative read and
// written back, its errors (`profile.clause`), and the general entry into force it gives on
// synthetic registries (rule E1 by a clause, with zero delay, P8, named States and a fixed date),
// including what pacta cannot compute (a weighted share without its table: NOT computed). And the
// shorthand of today's profiles as a clause: `general_term` evaluated by `clause::resolve` gives
// every bundled treaty's printed date (rules E1 and E7), as the record does.
#include "support.hpp"

#include <catch2/catch.hpp>
#include <pacta/record.hpp>
#include <pacta/treaty.hpp>
#include <pacta/treaty_set.hpp>

#include <string>
#include <vector>

using namespace date::literals;
using test::act;

namespace {

/// The OPSC's profile with `clause` in place of its threshold and delay.
nlohmann::json profile_with(const nlohmann::json& clause) {
  nlohmann::json j = pacta::to_json(pacta::opsc_rules());
  j["id"] = "test";
  j["entry_into_force"].erase("threshold");
  j["entry_into_force"].erase("delay");
  j["entry_into_force"]["clause"] = clause;
  j.erase("amendment");
  j.erase("reporting");
  j["signature"] = {{"article", "13(1)"}, {"open_to", "any-state"}};
  j["consent"] = {{"article", "13(2)"}, {"open_to", "any-state"}};
  return j;
}

pacta::treaty_rules rules_with(const nlohmann::json& clause) {
  return pacta::parse_treaty_profile(profile_with(clause).dump(), "test-profile.json");
}

std::vector<pacta::diagnostic> profile_diagnostics(const nlohmann::json& j) {
  std::vector<pacta::diagnostic> diags;
  (void)pacta::try_parse_treaty_profile(j.dump(), "test-profile.json", diags);
  return diags;
}

/// `n` ratifications, the k-th on `first` + k days.
std::vector<nlohmann::json> ratifications(int n, pacta::date_t first) {
  std::vector<nlohmann::json> out;
  for (int k = 0; k < n; ++k)
    out.push_back(act("State " + std::to_string(k + 1), "ratification",
                      pacta::to_iso(pacta::date_t{date::sys_days(first) + date::days{k}})));
  return out;
}

const nlohmann::json every_shape = R"({"later_of": [
  {"when_met": {"condition": {"all_of": [{"count": 55},
                                         {"weighted": {"table": "emissions", "at_least": "55/100"}},
                                         {"named": {"states": ["China", "Egypt"], "at_least": 1, "list": "Annex 2"}}]},
                "delay": {"first_of_nth_month": 6}}},
  {"on_date_provided": {"date": "1989-01-01", "condition": {"count": 11}, "delay": {"after": "90 days"}}},
  {"opened_plus": {"first_of_month_after": "2 years"}},
  {"in_force_of": "iccpr"},
  {"earliest_of": [{"decided": {"decision": "definitive-entry-into-force", "delay": {"after": "0 days"}}},
                   {"decided": {"decision": "provisional", "delay": {"after": "90 days"}}}]}]})"_json;

}  // namespace

TEST_CASE("clause syntax: every alternative is read and written back the same", "[clause][profile]") {
  const auto rules = rules_with(every_shape);
  REQUIRE(rules.general_clause);
  CHECK(pacta::to_json(rules)["entry_into_force"]["clause"] == every_shape);
  CHECK(pacta::parse_treaty_profile(pacta::to_json(rules).dump(), "again.json") == rules);
  CHECK(rules.threshold == 55);  // the first count the clause names, for the sentences of E2–E4
  CHECK(rules_with(R"({"when_met": {"condition": {"count": 20}}})"_json).threshold == 20);
  // The shorthand stays as it was: no clause, and the same JSON.
  CHECK_FALSE(pacta::opsc_rules().general_clause);
  CHECK_FALSE(pacta::to_json(pacta::opsc_rules())["entry_into_force"].contains("clause"));
}

TEST_CASE("clause syntax: what is not in the vocabulary is profile.clause, with its pointer", "[clause][profile]") {
  auto first = [](const std::vector<pacta::diagnostic>& d) {
    REQUIRE_FALSE(d.empty());
    return d.front();
  };
  auto d = first(profile_diagnostics(profile_with(R"({"when_met": {"condition": {"cuont": 20}}})"_json)));
  CHECK(d.code == "profile.clause");
  CHECK(d.pointer == "/entry_into_force/clause/when_met/condition/cuont");
  CHECK(d.message.find("\"count\"") != std::string::npos);
  d = first(profile_diagnostics(profile_with(R"({"when_met": {"condition": {"count": 0}}})"_json)));
  CHECK(d.pointer == "/entry_into_force/clause/when_met/condition/count");
  d = first(profile_diagnostics(
      profile_with(R"({"when_met": {"condition": {"weighted": {"table": "t", "at_least": "3/2"}}}})"_json)));
  CHECK(d.message.find("not a share") != std::string::npos);
  // A share of the States Parties (an amendment's condition, rule A3) reads and writes back the same.
  std::vector<pacta::diagnostic> diags;
  const std::string file = "amendment.json";
  const auto sp = R"({"share_of_parties": "2/3"})"_json;
  pacta::detail::clause_in in(sp, "", file, diags);
  const auto c = in.condition();
  REQUIRE(c);
  CHECK(*c == pacta::clause::condition(pacta::clause::share_of_parties{{2, 3}}));
  nlohmann::json back;
  pacta::detail::clause_out(back).condition(*c);
  CHECK(back == sp);
  d = first(profile_diagnostics(profile_with(R"({"later_of": []})"_json)));
  CHECK(d.pointer == "/entry_into_force/clause/later_of");
  d = first(profile_diagnostics(profile_with(R"({"in_force_of": "ICCPR"})"_json)));
  CHECK(d.message.find("not a treaty id") != std::string::npos);
  auto both = profile_with(R"({"when_met": {"condition": {"count": 20}}})"_json);
  both["entry_into_force"]["threshold"] = 20;
  d = first(profile_diagnostics(both));
  CHECK(d.code == "profile.clause");
  CHECK(d.pointer == "/entry_into_force/threshold");
  CHECK(profile_diagnostics(profile_with(every_shape)).empty());
}

TEST_CASE("E1 ENMOD art. IX(3) by a clause: \"upon the deposit of the twentieth\", a zero delay", "[clause][E1]") {
  const auto rules = rules_with(R"({"when_met": {"condition": {"count": 20}, "delay": {"after": "0 days"}}})"_json);
  const auto rec = test::record(rules, ratifications(20, 1976_y / 3 / 1));
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->date == 1976_y / 3 / 20);  // the day of the twentieth, not a day later
  CHECK(rec.entry_into_force()->why.rule == "E1");
  CHECK(rec.entry_into_force()->why.reasoning.find("on the same day") != std::string::npos);
  CHECK(rec.entry_into_force()->completing == std::vector<std::string>{"State 20"});
  CHECK(rec.entry_into_force_for("State 1")->date == 1976_y / 3 / 20);  // E2
}

TEST_CASE("E1 counts only the kinds of instrument the clause names (ENMOD art. IX(3), CWC art. XXI(1))",
          "[clause][E1]") {
  auto j = profile_with(R"({"when_met": {"condition": {"count": 3}, "delay": {"after": "0 days"}}})"_json);
  j["entry_into_force"]["counts"] = {"ratification"};
  const auto rules = pacta::parse_treaty_profile(j.dump(), "test-profile.json");
  REQUIRE(rules.counted_kinds == std::vector<pacta::action_kind>{pacta::action_kind::ratification});
  CHECK(pacta::to_json(rules)["entry_into_force"]["counts"] == j["entry_into_force"]["counts"]);  // written back
  auto actions = ratifications(2, 1976_y / 3 / 1);
  actions.push_back(act("Acceding", "accession", "1976-03-05"));  // would be the third
  actions.push_back(act("State 3", "ratification", "1976-03-09"));
  const auto rec = test::record(rules, actions);
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->date == 1976_y / 3 / 9);  // the third ratification, not the accession
  CHECK(rec.entry_into_force()->completing == std::vector<std::string>{"State 3"});
  const std::string& why = rec.entry_into_force()->why.reasoning;
  CHECK(why.find("(3 instruments of ratification)") != std::string::npos);
  CHECK(why.find("The accession of Acceding (5 March 1976) is not counted") != std::string::npos);
  CHECK(rec.entry_into_force_for("Acceding")->date == 1976_y / 3 / 9);  // E2: consented by then

  // Without the key, every consent counts: the accession is the third.
  const auto every = test::record(rules_with(j["entry_into_force"]["clause"]), actions);
  REQUIRE(every.entry_into_force());
  CHECK(every.entry_into_force()->date == 1976_y / 3 / 5);
}

TEST_CASE("profile.value: \"counts\" names kinds of consent, each once", "[clause][E1][profile]") {
  for (const auto& bad : {R"(["signature"])"_json, R"(["ratification", "ratification"])"_json, R"([])"_json,
                          R"("ratification")"_json, R"(["ratifcation"])"_json}) {
    auto j = profile_with(R"({"when_met": {"condition": {"count": 3}, "delay": {"after": "0 days"}}})"_json);
    j["entry_into_force"]["counts"] = bad;
    const auto diags = profile_diagnostics(j);
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].code == "profile.value");
    CHECK(diags[0].pointer.rfind("/entry_into_force/counts", 0) == 0);
  }
}

TEST_CASE("P8 CCM art. 17(1) by a clause: the first day of the sixth month after the month of the thirtieth",
          "[clause][P8]") {
  const auto rules =
      rules_with(R"({"when_met": {"condition": {"count": 30}, "delay": {"first_of_nth_month": 6}}})"_json);
  const auto rec = test::record(rules, ratifications(30, 2010_y / 1 / 18));  // the thirtieth on 16 February 2010
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->threshold_date == 2010_y / 2 / 16);
  CHECK(rec.entry_into_force()->date == 2010_y / 8 / 1);  // as the UNTC prints for the CCM
  CHECK(rec.entry_into_force()->why.reasoning.find("6th month after the month of") != std::string::npos);
}

TEST_CASE("E1 by a clause: a quota of named States and a count together, the later of a count and a fixed date",
          "[clause][E1]") {
  const auto quota = rules_with(R"({"when_met": {"condition": {"all_of": [{"count": 3},
      {"named": {"states": ["State 5", "State 6"]}}]}, "delay": {"after": "30 days"}}})"_json);
  const auto rec = test::record(quota, ratifications(6, 2000_y / 1 / 1));
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->threshold_date == 2000_y / 1 / 6);  // three by 3 January, but State 6 on the 6th
  CHECK(rec.entry_into_force()->date == 2000_y / 2 / 5);
  const auto later = rules_with(R"({"later_of": [{"when_met": {"condition": {"count": 2}}},
      {"on_date_provided": {"date": "2000-06-01", "condition": {"count": 1}, "delay": {"after": "90 days"}}}]})"_json);
  const auto rec2 = test::record(later, ratifications(2, 2000_y / 1 / 1));
  REQUIRE(rec2.entry_into_force());
  CHECK(rec2.entry_into_force()->date == 2000_y / 6 / 1);  // the fixed date, the later of the two
  CHECK(rec2.entry_into_force()->why.reasoning.find("the later of these dates") != std::string::npos);
}

TEST_CASE("E1 by a clause: a weighted share without its table is NOT computed, never \"not yet in force\"",
          "[clause][E1]") {
  const auto rules = rules_with(R"({"when_met": {"condition": {"all_of": [{"count": 2},
      {"weighted": {"table": "emissions", "at_least": "55/100"}}]}, "delay": {"after": "30 days"}}})"_json);
  const auto rec = test::record(rules, ratifications(3, 2016_y / 10 / 1));
  CHECK_FALSE(rec.entry_into_force());
  CHECK(rec.entry_into_force_not_computed().find("\"emissions\"") != std::string::npos);
  const auto status = rec.status_on("State 1", 2020_y / 1 / 1);
  CHECK(status.code == pacta::status::consented);
  CHECK(status.explanation.find("NOT computed") != std::string::npos);
  CHECK(status.explanation.find("not yet in force") == std::string::npos);
}

TEST_CASE("E1 and E7 by one evaluator: general_term of every bundled profile gives its recorded entry into force",
          "[clause][E1][E7]") {
  pacta::treaty_set set(test::source_path("data"), pacta::all_treaties_options());
  pacta::load_every_registry(set);
  std::size_t checked = 0;
  for (const auto* rec : set.records()) {
    pacta::treaty_rules r = rec->rules();
    pacta::clause::term_context ctx;
    ctx.opened = r.opened_for_signature;  // CWC art. XXI(1)
    ctx.tables.tables = r.tables;         // Paris art. 21(1): the emissions the set read with the profile
    for (const auto* other : set.records())
      if (other->entry_into_force()) ctx.in_force[other->rules().id] = other->entry_into_force()->date;
    if (!r.subject_to.treaty.empty() && !ctx.in_force.count(r.subject_to.treaty) && r.subject_to.recorded)
      ctx.in_force[r.subject_to.treaty] = r.subject_to.recorded;
    r.general_clause = pacta::general_term(r);
    const auto by_clause = pacta::general_entry_into_force_by_clause(r, rec->states(), ctx);
    INFO(r.id);
    REQUIRE(by_clause.not_computed.empty());
    REQUIRE(by_clause.general.has_value() == rec->entry_into_force().has_value());
    if (!by_clause.general) continue;
    CHECK(by_clause.general->date == rec->entry_into_force()->date);
    CHECK(by_clause.general->why.rule == rec->entry_into_force()->why.rule);
    ++checked;
  }
  CHECK(checked >= 18);
}

TEST_CASE("clause syntax: named States are written as a registry writes them, each once, and x- notes are kept aside",
          "[clause][profile]") {
  auto first = [](const std::vector<pacta::diagnostic>& d) {
    REQUIRE_FALSE(d.empty());
    return d.front();
  };
  auto d = first(profile_diagnostics(
      profile_with(R"({"when_met": {"condition": {"named": {"states": ["France", "france"]}}}})"_json)));
  CHECK(d.pointer == "/entry_into_force/clause/when_met/condition/named/states/1");
  CHECK(d.message.find("named twice") != std::string::npos);
  d = first(
      profile_diagnostics(profile_with(R"({"when_met": {"condition": {"named": {"states": ["France "]}}}})"_json)));
  CHECK(d.message.find("not a usable State name") != std::string::npos);
  d = first(profile_diagnostics(
      profile_with(R"({"when_met": {"condition": {"named": {"states": ["A", "B"], "at_least": 3}}}})"_json)));
  CHECK(d.pointer == "/entry_into_force/clause/when_met/condition/named/at_least");
  const auto noted =
      R"j({"when_met": {"condition": {"count": 2, "x-note": "art. IX(3)"}, "x-source": "UNTS"}, "x-why": "ENMOD"})j"_json;
  CHECK(profile_diagnostics(profile_with(noted)).empty());
}

TEST_CASE(
    "clause syntax: a share of the States Parties, or the treaty itself, is no condition of its own entry "
    "into force",
    "[clause][profile]") {
  auto d = profile_diagnostics(profile_with(R"({"when_met": {"condition": {"share_of_parties": "2/3"}}})"_json));
  REQUIRE_FALSE(d.empty());
  CHECK(d.front().code == "profile.clause");
  CHECK(d.front().message.find("States Parties") != std::string::npos);
  d = profile_diagnostics(profile_with(R"({"later_of": [{"when_met": {"condition": {"count": 2}}},
      {"in_force_of": "test"}]})"_json));
  REQUIRE_FALSE(d.empty());
  CHECK(d.front().message.find("names the treaty itself") != std::string::npos);
  // The count a clause names, wherever it stands, is the threshold the sentences of E2–E4 name.
  CHECK(rules_with(R"({"on_date_provided": {"date": "1989-01-01", "condition": {"count": 11},
      "delay": {"after": "90 days"}}})"_json)
            .threshold == 11);
}

TEST_CASE("E1 by a clause: named States match the registry's spelling, and a condition not met names who is missing",
          "[clause][E1]") {
  const auto rules = rules_with(R"({"when_met": {"condition": {"named": {"states": ["state 2", "Atlantis"],
      "at_least": 1}}, "delay": {"after": "30 days"}}})"_json);
  const auto rec = test::record(rules, ratifications(3, 2000_y / 1 / 1));
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->threshold_date == 2000_y / 1 / 2);  // "state 2" is the registry's "State 2"
  CHECK(rec.entry_into_force()->why.delay == pacta::period::days(30));
  const auto all = rules_with(R"({"when_met": {"condition": {"named": {"states": ["State 1", "Atlantis"]}}}})"_json);
  const auto none = test::record(all, ratifications(3, 2000_y / 1 / 1));
  CHECK_FALSE(none.entry_into_force());
  CHECK(none.entry_into_force_not_computed().empty());  // not yet in force: known
}

TEST_CASE("E7 by a clause: a treaty waiting for another whose date is NOT computed is NOT computed too",
          "[clause][E7]") {
  const auto base = rules_with(R"({"when_met": {"condition": {"weighted": {"table": "emissions",
      "at_least": "55/100"}}}})"_json);
  pacta::treaty_rules b = base;
  b.id = "base";
  const auto base_rec = test::record(b, ratifications(3, 2000_y / 1 / 1));
  REQUIRE_FALSE(base_rec.entry_into_force_not_computed().empty());
  const auto waits = rules_with(R"({"later_of": [{"when_met": {"condition": {"count": 2}}},
      {"in_force_of": "base"}]})"_json);
  const auto rec = test::record(waits, ratifications(3, 2000_y / 1 / 1), {&base_rec});
  CHECK_FALSE(rec.entry_into_force());
  CHECK(rec.entry_into_force_not_computed().find("NOT computed") != std::string::npos);
  CHECK(rec.binding_text("State 1", 2020_y / 1 / 1).explanation.find("NOT known") != std::string::npos);
}

namespace clause_profile {

/// The record of `rules` over `actions` and the registry's `decisions`.
pacta::treaty_record with_decisions(const pacta::treaty_rules& rules, const std::vector<nlohmann::json>& actions,
                                    const nlohmann::json& decisions) {
  auto doc = test::registry_json(rules.id, actions);
  doc["decisions"] = decisions;
  return pacta::parse_record(doc.dump(), "test.json", rules);
}

}  // namespace clause_profile

TEST_CASE("E9 a decision recorded gives the date it sets, or the delay after the day it was taken", "[clause][E9]") {
  const auto rules = rules_with(R"({"decided": {"decision": "definitive-entry-into-force"}})"_json);
  const auto rec = clause_profile::with_decisions(rules, ratifications(3, 1999_y / 1 / 1),
                                                  R"([{"decision": "definitive-entry-into-force", "date": "1999-03-01",
                                                       "effective": "1999-04-01", "by": "the governments that had deposited",
                                                       "source": "a test"}])"_json);
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->date == 1999_y / 4 / 1);
  CHECK(rec.entry_into_force()->why.rule == "E9");
  CHECK(rec.entry_into_force()->why.reasoning ==
        "Under article 14(1), the decision \"definitive-entry-into-force\" taken on 1 March 1999 by the governments "
        "that had deposited, setting 1 April 1999 (rule E9).");
  CHECK(rec.entry_into_force_for("State 1")->date == 1999_y / 4 / 1);  // E2: deposited before it
  // A decision that sets no day: the term's delay after the day it was taken.
  const auto later = rules_with(R"({"decided": {"decision": "definitive-entry-into-force",
                                                "delay": {"after": "90 days"}}})"_json);
  const auto rec2 =
      clause_profile::with_decisions(later, ratifications(3, 1999_y / 1 / 1),
                                     R"([{"decision": "definitive-entry-into-force", "date": "1999-03-01"}])"_json);
  REQUIRE(rec2.entry_into_force());
  CHECK(rec2.entry_into_force()->date == 1999_y / 5 / 30);
}

TEST_CASE("E9 no decision recorded: not in force on the record, never a date computed in its place", "[clause][E9]") {
  const auto rules = rules_with(R"({"decided": {"decision": "definitive-entry-into-force"}})"_json);
  const auto rec = clause_profile::with_decisions(rules, ratifications(3, 1999_y / 1 / 1), nlohmann::json::array());
  CHECK_FALSE(rec.entry_into_force());
  CHECK(rec.entry_into_force_not_computed().empty());  // the record says none was taken: not a missing figure
  CHECK(rec.status_on("State 1", 2020_y / 1 / 1).code == pacta::status::consented);
  // Another decision's key does not stand in for it.
  const auto other = clause_profile::with_decisions(rules, ratifications(3, 1999_y / 1 / 1),
                                                    R"([{"decision": "provisional", "date": "1999-03-01"}])"_json);
  CHECK_FALSE(other.entry_into_force());
}

TEST_CASE("E9 earliest_of: the clause's own date, or sooner by a decision", "[clause][E9]") {
  const auto rules = rules_with(R"({"earliest_of": [
      {"on_date_provided": {"date": "2011-10-01", "condition": {"count": 5}, "delay": {"after": "0 days"}}},
      {"decided": {"decision": "definitive-entry-into-force"}}]})"_json);
  // Five by 1 October 2011: that date, no decision needed.
  const auto by_clause =
      clause_profile::with_decisions(rules, ratifications(5, 2011_y / 1 / 1), nlohmann::json::array());
  REQUIRE(by_clause.entry_into_force());
  CHECK(by_clause.entry_into_force()->date == 2011_y / 10 / 1);
  CHECK(by_clause.entry_into_force()->why.rule == "E1");
  CHECK(by_clause.entry_into_force()->why.reasoning.find("the earliest of these dates") != std::string::npos);
  CHECK(by_clause.entry_into_force()->why.reasoning.find("no decision \"definitive-entry-into-force\" is recorded") !=
        std::string::npos);
  // Three only: the governments that deposited decide on 15 March 2012 to put it into force on 1 April 2012.
  const auto decided = clause_profile::with_decisions(
      rules, ratifications(3, 2011_y / 1 / 1),
      R"([{"decision": "definitive-entry-into-force", "date": "2012-03-15", "effective": "2012-04-01"}])"_json);
  REQUIRE(decided.entry_into_force());
  CHECK(decided.entry_into_force()->date == 2012_y / 4 / 1);
  CHECK(decided.entry_into_force()->why.rule == "E9");
}

TEST_CASE("decision.key: a registry's decisions are read, written back the same, each key once and an id",
          "[clause][E9][registry]") {
  auto doc = test::registry_json("opsc", {test::act("Benin", "ratification", "2005-01-31")});
  doc["decisions"] = R"([{"decision": "activation", "date": "2017-12-14", "effective": "2018-07-17",
                          "by": "the Assembly of States Parties", "source": "a resolution", "note": "a test"}])"_json;
  const auto reg = pacta::parse_registry(doc.dump(), "r.json");
  REQUIRE(reg.decisions.size() == 1);
  CHECK(reg.decisions[0].effective == 2018_y / 7 / 17);
  CHECK(pacta::to_json(reg)["decisions"] == doc["decisions"]);
  doc["decisions"].push_back(R"({"decision": "activation", "date": "2018-01-01"})"_json);
  doc["decisions"].push_back(R"({"decision": "Not An Id", "date": "2018-01-01"})"_json);
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::try_parse_registry(doc.dump(), "r.json", diags));
  CHECK(test::has_code_at(diags, "/decisions/1/decision", "decision.key"));
  CHECK(test::has_code_at(diags, "/decisions/2/decision", "decision.key"));
  // A profile's decided term names a decision by the same kind of key.
  CHECK_FALSE(profile_diagnostics(profile_with(R"({"decided": {"decision": "../x"}})"_json)).empty());
}

TEST_CASE("E7 with a clause: the later of the clause's date and the other treaty's, the threshold day kept",
          "[clause][E7]") {
  pacta::treaty_rules rules = rules_with(R"({"when_met": {"condition": {"count": 3}}})"_json);
  rules.subject_to.treaty = "parent";
  rules.subject_to.article = "9(1)";
  rules.later_wording = pacta::later_state_wording::after_threshold_deposit;  // rule E4, as ICCPR-OP1 art. 9(2)
  rules.later_delay = pacta::period::months(3);
  auto actions = ratifications(3, 2016_y / 10 / 1);  // met on 3 October 2016, in force that day by the clause
  actions.push_back(test::act("Late State", "ratification", "2016-11-01"));
  SECTION("the other treaty in force later, as the depositary records it: its date decides (rule E7)") {
    rules.subject_to.recorded = 2017_y / 1 / 5;
    const auto rec = test::record(rules, actions);
    REQUIRE(rec.entry_into_force());
    const auto& g = *rec.entry_into_force();
    CHECK(g.date == 2017_y / 1 / 5);
    CHECK(g.threshold_date == 2016_y / 10 / 3);  // the clause's own day, not the other treaty's
    CHECK(g.completing.size() == 1);
    CHECK(g.last_ordinal == 3);
    CHECK(g.fixed_by_condition);
    CHECK(g.why.rule == "E7");
    CHECK(g.why.article == "9(1)");
    CHECK(g.why.reasoning.find("as the depositary records it") != std::string::npos);
    // Deposited after the threshold deposit: deposit + 3 months (E4), 1 February 2017, after the general date.
    const auto late = rec.entry_into_force_for("Late State");
    REQUIRE(late);
    CHECK(late->date == 2017_y / 2 / 1);
    CHECK(late->why.rule == "E4");
  }
  SECTION("the other treaty in force earlier: the clause's own date (rule E1), the condition met by then") {
    rules.subject_to.recorded = 2000_y / 1 / 1;
    const auto rec = test::record(rules, actions);
    REQUIRE(rec.entry_into_force());
    CHECK(rec.entry_into_force()->date == 2016_y / 10 / 3);
    CHECK(rec.entry_into_force()->why.rule == "E1");
    CHECK(rec.entry_into_force()->why.reasoning.find("was met by then (rule E7)") != std::string::npos);
  }
  SECTION("the other treaty's date neither loaded nor recorded: the clause's date, the condition NOT checked") {
    const auto rec = test::record(rules, actions);
    REQUIRE(rec.entry_into_force());
    CHECK(rec.entry_into_force()->date == 2016_y / 10 / 3);
    CHECK(rec.entry_into_force()->why.reasoning.find("NOT checked (rule E7)") != std::string::npos);
  }
}

TEST_CASE("E1 by a clause: a weighted share and a count together, on a registry (Paris art. 21(1)'s shape)",
          "[clause][E1][weighted]") {
  pacta::treaty_rules rules = rules_with(R"({"when_met": {"condition": {"all_of": [{"count": 3},
      {"weighted": {"table": "emissions", "at_least": "55/100"}}]}, "delay": {"after": "30 days"}}})"_json);
  pacta::clause::weight_table emissions;
  emissions.name = "emissions";
  emissions.total = 100;
  SECTION("the share decides: 30 % after the third instrument, 60 % with the fourth") {
    emissions.of = {{"State 1", 10}, {"State 2", 10}, {"State 3", 10}, {"State 4", 30}, {"State 5", 40}};
    rules.tables["emissions"] = emissions;
    const auto rec = test::record(rules, ratifications(5, 2016_y / 10 / 1));
    REQUIRE(rec.entry_into_force());
    CHECK(rec.entry_into_force()->threshold_date == 2016_y / 10 / 4);
    CHECK(rec.entry_into_force()->date == 2016_y / 11 / 3);  // + 30 days (rule P5)
    CHECK(rec.entry_into_force()->why.rule == "E1");
    CHECK(rec.entry_into_force()->why.reasoning.find("weighing") != std::string::npos);
  }
  SECTION("the count decides: 60 % with the first instrument, three only on the third day") {
    emissions.of = {{"State 1", 60}, {"State 2", 10}, {"State 3", 10}};
    rules.tables["emissions"] = emissions;
    const auto rec = test::record(rules, ratifications(3, 2016_y / 10 / 1));
    REQUIRE(rec.entry_into_force());
    CHECK(rec.entry_into_force()->threshold_date == 2016_y / 10 / 3);
    CHECK(rec.entry_into_force()->date == 2016_y / 11 / 2);
  }
  SECTION("never met: four instruments weighing 40 %") {
    emissions.of = {{"State 1", 10}, {"State 2", 10}, {"State 3", 10}, {"State 4", 10}};
    rules.tables["emissions"] = emissions;
    const auto rec = test::record(rules, ratifications(4, 2016_y / 10 / 1));
    CHECK_FALSE(rec.entry_into_force());
    CHECK(rec.entry_into_force_not_computed().empty());  // known not to be in force
  }
}
