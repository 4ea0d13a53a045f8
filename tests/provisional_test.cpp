// Rule V1: provisional application by declaration (ATT art. 23, CCM art. 18, APMBC art. 18) — the
// period it runs, its checks, and the profile's `provisional_application` (docs/rules.md, V1).
#include "support.hpp"

#include <pacta/pacta.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace date::literals;

namespace provisional {

/// Fifty ratifications of the ATT, the last on 25 September 2014 (in force 24 December 2014, art.
/// 22(1)), each signed on 3 June 2013, then `more`.
std::vector<nlohmann::json> att_in_force(std::vector<nlohmann::json> more) {
  std::vector<nlohmann::json> out;
  for (int i = 1; i <= 50; ++i) {
    const std::string state = "State " + std::to_string(i);
    out.push_back(test::act(state, "signature", "2013-06-03"));
    out.push_back(test::act(state, "ratification", i < 50 ? "2014-01-02" : "2014-09-25"));
  }
  for (auto& m : more) out.push_back(std::move(m));
  return out;
}

}  // namespace provisional

TEST_CASE(
    "V1 ATT art. 23 real data: Antigua and Barbuda applies articles 6 and 7 from its ratification of "
    "12 Aug 2013 until the treaty enters into force for it, 24 Dec 2014",
    "[V1][real]") {
  const auto rec = pacta::load_record(test::source_path("data/registries/att.json"),
                                      pacta::load_treaty_profile(test::source_path("data/treaties/att.json")));
  const auto periods = rec.provisional_application_of("Antigua and Barbuda");
  REQUIRE(periods.size() == 1);
  const pacta::provisional_period& p = periods.front();
  CHECK(p.from == 2013_y / 8 / 12);
  REQUIRE(p.until);
  CHECK(*p.until == 2014_y / 12 / 24);
  CHECK(*p.until == rec.entry_into_force_for("Antigua and Barbuda")->date);
  CHECK(p.applies_on(2013_y / 8 / 12));
  CHECK(p.applies_on(2014_y / 12 / 23));
  CHECK_FALSE(p.applies_on(2014_y / 12 / 24));
  CHECK_FALSE(p.applies_on(2013_y / 8 / 11));
  CHECK(p.why.rule == "V1");
  CHECK(rec.cite(p.why) == "ATT art. 23, rule V1");
  CHECK(p.why.reasoning ==
        "Declared on 12 August 2013 with its instrument of ratification: article 23 lets a State apply articles 6 "
        "and 7 provisionally pending the ATT's entry into force for it (rule V1). The ATT entered into force for "
        "Antigua and Barbuda on 24 December 2014, which ended the provisional application: from then on the whole "
        "treaty binds it.");
  // Not consent to be bound: while it applies provisionally, the State is not bound.
  CHECK(rec.status_on("Antigua and Barbuda", 2014_y / 1 / 1).code == pacta::status::consented);
  // Every one of the 22 declarations of the page was made with an instrument, and ended with its entry
  // into force.
  std::size_t n = 0;
  for (const auto& s : rec.states())
    for (const auto& q : rec.provisional_application_of(rec.handle(s))) {
      ++n;
      REQUIRE(q.until);
      CHECK(*q.until == rec.entry_into_force_for(rec.handle(s))->date);
    }
  CHECK(n == 22);
  CHECK(rec.provisional_application_of("Argentina").empty());
}

TEST_CASE(
    "V1 ATT art. 23: declared at signature with no instrument yet, it applies still, and the reasoning says "
    "what would end it (VCLT art. 25(2))",
    "[V1]") {
  const auto rec =
      test::record(test::bundled_any_state("att"),
                   provisional::att_in_force({test::act("Signer", "signature", "2013-07-05"),
                                              test::act("Signer", "provisional-application", "2013-07-05")}));
  const auto periods = rec.provisional_application_of("Signer");
  REQUIRE(periods.size() == 1);
  CHECK(periods[0].from == 2013_y / 7 / 5);
  CHECK_FALSE(periods[0].until);
  CHECK_FALSE(periods[0].terminated);
  CHECK(periods[0].applies_on(2030_y / 1 / 1));
  CHECK(periods[0].why.reasoning.find("Declared on 5 July 2013 at its signature") == 0);
  CHECK(periods[0].why.reasoning.find("VCLT art. 25(2)") != std::string::npos);
  CHECK(rec.status_on("Signer", 2026_y / 1 / 1).code == pacta::status::signatory);
}

TEST_CASE(
    "V1 ATT arts. 22(2), 23: a State declaring with a later instrument applies it until its own entry into "
    "force, ninety days after its deposit",
    "[V1][E3]") {
  const auto rec = test::record(test::bundled_any_state("att"),
                                provisional::att_in_force({test::act("Late", "signature", "2013-09-25"),
                                                           test::act("Late", "provisional-application", "2015-03-02"),
                                                           test::act("Late", "ratification", "2015-03-02")}));
  const auto periods = rec.provisional_application_of("Late");
  REQUIRE(periods.size() == 1);
  REQUIRE(periods[0].until);
  CHECK(*periods[0].until == 2015_y / 5 / 31);  // 2 Mar 2015 + 90 days
  CHECK(*periods[0].until == rec.entry_into_force_for("Late")->date);
}

TEST_CASE("V1 a declaration made after the State's instrument, before the treaty binds it, applies until it does",
          "[V1]") {
  const auto rec =
      test::record(test::bundled_any_state("att"),
                   provisional::att_in_force({test::act("After", "signature", "2013-06-03"),
                                              test::act("After", "ratification", "2013-09-01"),
                                              test::act("After", "provisional-application", "2013-10-01")}));
  const auto periods = rec.provisional_application_of("After");
  REQUIRE(periods.size() == 1);
  REQUIRE(periods[0].until);
  CHECK(*periods[0].until == 2014_y / 4 / 2);  // its ratification is the 50th counted: 90 days after 2 Jan 2014
  CHECK(*periods[0].until == rec.entry_into_force_for("After")->date);
  CHECK_FALSE(periods[0].applies_on(2016_y / 6 / 1));
  CHECK_FALSE(periods[0].as_provided);
  CHECK(periods[0].why.reasoning.find("Declared on 1 October 2013 after its ratification of 1 September 2013") == 0);
}

TEST_CASE("V1 a declaration by a State already bound applies nothing: its period is empty, and says why", "[V1]") {
  const auto rec =
      test::record(test::bundled_any_state("att"),
                   provisional::att_in_force({test::act("State 1", "provisional-application", "2016-01-04")}));
  const auto periods = rec.provisional_application_of("State 1");
  REQUIRE(periods.size() == 1);
  REQUIRE(periods[0].until);
  CHECK(*periods[0].until == periods[0].from);
  CHECK_FALSE(periods[0].applies_on(2016_y / 1 / 4));
  CHECK(periods[0].why.reasoning.find("State 1 was already bound by the ATT on that day (from 24 December 2014), so "
                                      "there was nothing to apply provisionally.") != std::string::npos);
}

TEST_CASE(
    "V1 VCLT art. 25(2): a notification that the State does not intend to become a party ends its provisional "
    "application on that day, and one while none applies is refused",
    "[V1][diagnostics]") {
  const auto rec = test::record(
      test::bundled_any_state("att"),
      provisional::att_in_force({test::act("Leaver", "signature", "2013-07-05"),
                                 test::act("Leaver", "provisional-application", "2013-07-05"),
                                 test::act("Leaver", "provisional-application-termination", "2016-02-01")}));
  const auto periods = rec.provisional_application_of("Leaver");
  REQUIRE(periods.size() == 1);
  REQUIRE(periods[0].until);
  CHECK(*periods[0].until == 2016_y / 2 / 1);
  CHECK(periods[0].terminated);
  CHECK(periods[0].applies_on(2016_y / 1 / 31));
  CHECK_FALSE(periods[0].applies_on(2016_y / 2 / 1));
  CHECK(periods[0].why.reasoning.find("Leaver notified on 1 February 2016 that it does not intend to become a party, "
                                      "which ended it (VCLT art. 25(2)).") != std::string::npos);
  CHECK(rec.status_on("Leaver", 2016_y / 3 / 1).code == pacta::status::signatory);
  // A notification after the treaty bound the State, or with no declaration, is refused.
  auto d = test::diagnostics(
      test::bundled_any_state("att"),
      provisional::att_in_force({test::act("Bound", "signature", "2013-07-05"),
                                 test::act("Bound", "provisional-application", "2013-07-05"),
                                 test::act("Bound", "ratification", "2014-01-03"),
                                 test::act("Bound", "provisional-application-termination", "2015-02-01")}));
  CHECK(test::has_code_at(d, "/actions/103", "provisional.after-consent"));  // bound by then: it withdraws instead
  // After its own instrument, while the treaty does not yet bind it: the State has consented, and
  // ends that by withdrawal, not by VCLT art. 25(2).
  d = test::diagnostics(
      test::bundled_any_state("att"),
      provisional::att_in_force({test::act("Consented", "signature", "2013-07-05"),
                                 test::act("Consented", "provisional-application", "2013-07-05"),
                                 test::act("Consented", "ratification", "2015-02-01"),
                                 test::act("Consented", "provisional-application-termination", "2015-03-01")}));
  CHECK(test::has_code_at(d, "/actions/103", "provisional.after-consent"));
  // On the day of the declaration: an empty period, not "already bound".
  const auto same_day = test::record(
      test::bundled_any_state("att"),
      provisional::att_in_force({test::act("Brief", "signature", "2015-01-01"),
                                 test::act("Brief", "provisional-application", "2015-01-01"),
                                 test::act("Brief", "provisional-application-termination", "2015-01-01")}));
  const auto brief = same_day.provisional_application_of("Brief");
  REQUIRE(brief.size() == 1);
  CHECK_FALSE(brief[0].already_bound);
  CHECK_FALSE(brief[0].applies_on(2015_y / 1 / 1));
  d = test::diagnostics(
      test::bundled_any_state("att"),
      provisional::att_in_force({test::act("Never", "provisional-application-termination", "2015-02-01")}));
  CHECK(test::has_code_at(d, "/actions/100", "provisional.not-applying"));
  d = test::diagnostics(pacta::opsc_rules(), {test::act("Benin", "provisional-application-termination", "2001-02-22")});
  CHECK(test::has_code_at(d, "/actions/0/action", "provisional.no-clause"));
}

TEST_CASE("V1 refusals: no clause, a second declaration while one applies", "[V1][diagnostics]") {
  // No clause: the OPSC's profile has none.
  auto d = test::diagnostics(pacta::opsc_rules(), {test::act("Benin", "signature", "2001-02-22"),
                                                   test::act("Benin", "provisional-application", "2001-02-22")});
  CHECK(test::has_code_at(d, "/actions/1/action", "provisional.no-clause"));
  // Twice while the first still applies.
  d = test::diagnostics(test::bundled_any_state("att"),
                        provisional::att_in_force({test::act("Twice", "signature", "2013-07-05"),
                                                   test::act("Twice", "provisional-application", "2013-07-05"),
                                                   test::act("Twice", "provisional-application", "2015-01-05"),
                                                   test::act("Twice", "ratification", "2015-01-05")}));
  CHECK(test::has_code(d, "provisional.duplicate"));
}

TEST_CASE("profile.value: \"provisional_application\" gives its article, what it applies and when it may be declared",
          "[V1][profiles]") {
  const pacta::treaty_rules att = pacta::load_treaty_profile(test::source_path("data/treaties/att.json"));
  nlohmann::json j = pacta::to_json(att);
  REQUIRE(j.contains("provisional_application"));
  CHECK(j["provisional_application"] ==
        nlohmann::json{{"article", "23"}, {"applies", "articles 6 and 7"}, {"declared_at", {"signature", "consent"}}});
  std::vector<pacta::diagnostic> diags;
  const auto back = pacta::try_parse_treaty_profile(j.dump(), "att.json", diags);
  REQUIRE(back);
  CHECK(*back == att);
  const std::vector<std::pair<nlohmann::json, std::string>> bad = {
      {{{"article", "23"}, {"applies", "articles 6 and 7"}, {"declared_at", {"ratification"}}},
       "/provisional_application/declared_at/0"},
      {{{"article", "23"}, {"applies", "articles 6 and 7"}, {"declared_at", {"consent", "consent"}}},
       "/provisional_application/declared_at/1"},
      {{{"article", "23"}, {"applies", "articles 6 and 7"}, {"declared_at", nlohmann::json::array()}},
       "/provisional_application/declared_at"},
  };
  for (const auto& [value, pointer] : bad) {
    CAPTURE(value.dump());
    nlohmann::json p = j;
    p["provisional_application"] = value;
    std::vector<pacta::diagnostic> ds;
    CHECK_FALSE(pacta::try_parse_treaty_profile(p.dump(), "att.json", ds));
    CHECK(test::has_code_at(ds, pointer, "profile.value"));
  }
  {
    nlohmann::json p = j;
    p["provisional_application"].erase("declared_at");
    std::vector<pacta::diagnostic> ds;
    CHECK_FALSE(pacta::try_parse_treaty_profile(p.dump(), "att.json", ds));
    CHECK(test::has_code_at(ds, "/provisional_application", "schema.missing-key"));
  }
  nlohmann::json p = j;
  p["provisional_application"]["applies"] = "";
  std::vector<pacta::diagnostic> ds;
  CHECK_FALSE(pacta::try_parse_treaty_profile(p.dump(), "att.json", ds));
  CHECK(test::has_code_at(ds, "/provisional_application/applies", "schema.empty"));
}
