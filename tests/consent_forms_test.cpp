// Rule E10: consent counted from another day than a deposit — an instrument the depositary counts
// from a later day (a reservation accepted after the deposit), and consent established by a
// simplified procedure on the day the treaty fixes (Part XI Agreement art. 5) (docs/rules.md, E10).
#include "support.hpp"

#include <pacta/pacta.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace date::literals;

namespace consent_forms {

/// The OPSC's rules open to any State, with a simplified procedure establishing consent on 1 Dec 2001.
pacta::treaty_rules with_simplified_procedure() {
  pacta::treaty_rules r = test::opsc_any_state();
  r.simplified_procedure = {true, "5", 2001_y / 12 / 1};
  return r;
}

/// Ten instruments of October 2001, the tenth (State 10's, 18 October) as `tenth`.
std::vector<nlohmann::json> ten_with(nlohmann::json tenth, std::vector<nlohmann::json> more = {}) {
  auto out = test::ten_instruments();
  out.back() = std::move(tenth);
  for (auto& m : more) out.push_back(std::move(m));
  return out;
}

/// Ten instruments of October 2001 with State 10's signature of 5 January 2001 before its `tenth`.
std::vector<nlohmann::json> signed_then(nlohmann::json tenth) {
  auto out = test::ten_instruments();
  out.back() = test::act("State 10", "signature", "2001-01-05");
  out.push_back(std::move(tenth));
  return out;
}

nlohmann::json counted_later(const std::string& state, const std::string& date, const std::string& from) {
  auto a = test::act(state, "ratification", date);
  a["effective"] = from;
  return a;
}

}  // namespace consent_forms

TEST_CASE(
    "E10 an instrument counted from a later day than its deposit counts toward the threshold from that day: "
    "the tenth, deposited 18 Oct 2001 and counted from 1 Dec 2001, puts the entry into force on 1 Mar 2002",
    "[E10]") {
  const auto rec =
      test::record(test::opsc_any_state(),
                   consent_forms::ten_with(consent_forms::counted_later("State 10", "2001-10-18", "2001-12-01")));
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->threshold_date == 2001_y / 12 / 1);
  CHECK(rec.entry_into_force()->date == 2002_y / 3 / 1);
  CHECK(rec.entry_into_force()->why.reasoning.find("The count includes the instrument of State 10, deposited on 18 "
                                                   "October 2001, from 1 December 2001 (rule E10).") !=
        std::string::npos);
  // The State has consented from its deposit; it is bound from the general date (rule E2), and its
  // date's reasoning names both days.
  const auto s = rec.status_on("State 10", 2001_y / 11 / 1);
  CHECK(s.code == pacta::status::consented);
  CHECK(s.explanation.find("ratification of 18 October 2001, counted from 1 December 2001, rule E10") !=
        std::string::npos);
  const auto own = rec.entry_into_force_for("State 10");
  REQUIRE(own);
  CHECK(own->date == 2002_y / 3 / 1);
  CHECK(own->why.rule == "E2");
  CHECK(own->why.anchor == 2001_y / 12 / 1);
  CHECK(own->why.reasoning.rfind("Deposited on 18 October 2001 and counted from 1 December 2001, the later day the "
                                 "registry records (rule E10), on or before ",
                                 0) == 0);
}

TEST_CASE(
    "E10 and E3: a later State's instrument counted from a later day is in force one month after that day, "
    "not after its deposit",
    "[E10][E3]") {
  const auto rec =
      test::record(test::opsc_any_state(),
                   consent_forms::ten_with(test::act("State 10", "ratification", "2001-10-18"),
                                           {consent_forms::counted_later("Late", "2002-05-02", "2002-06-15")}));
  const auto own = rec.entry_into_force_for("Late");
  REQUIRE(own);
  CHECK(own->date == 2002_y / 7 / 15);
  CHECK(own->why.rule == "E3");
  CHECK(own->why.anchor == 2002_y / 6 / 15);
  CHECK(own->why.reasoning.find("1 month after the day it counts from, on 15 July 2002") != std::string::npos);
  // Without the later day the same deposit gives 2 June 2002.
  const auto plain =
      test::record(test::opsc_any_state(), consent_forms::ten_with(test::act("State 10", "ratification", "2001-10-18"),
                                                                   {test::act("Late", "ratification", "2002-05-02")}));
  CHECK(plain.entry_into_force_for("Late")->date == 2002_y / 6 / 2);
}

TEST_CASE("E10 an instrument's later counting day must follow its deposit, and belongs to instruments only", "[E10]") {
  auto diags =
      test::diagnostics(test::opsc_any_state(),
                        consent_forms::ten_with(consent_forms::counted_later("State 10", "2001-10-18", "2001-10-18")));
  CHECK(test::has_code_at(diags, "/actions/9/effective", "action.effective"));
  auto sig = test::act("Signer", "signature", "2001-10-01");
  sig["effective"] = "2001-11-01";
  diags = test::diagnostics(test::opsc_any_state(),
                            consent_forms::ten_with(test::act("State 10", "ratification", "2001-10-18"), {sig}));
  CHECK(test::has_code_at(diags, "/actions/10/effective", "action.effective"));
}

TEST_CASE(
    "E10 and E4: where the threshold is reached on a day an instrument counts from, a later State's sentence names "
    "it as that day, not a deposit",
    "[E10][E4]") {
  auto rules = test::opsc_any_state();
  rules.later_wording = pacta::later_state_wording::after_threshold_deposit;
  const auto rec =
      test::record(rules, consent_forms::ten_with(consent_forms::counted_later("State 10", "2001-10-18", "2001-11-15"),
                                                  {test::act("Later", "ratification", "2002-03-01")}));
  const auto own = rec.entry_into_force_for("Later");
  REQUIRE(own);
  CHECK(own->date == 2002_y / 4 / 1);
  CHECK(own->why.rule == "E4");
  CHECK(own->why.reasoning.find("after the day the 10th instrument counts from, 15 November 2001 (rule E10)") !=
        std::string::npos);
  CHECK(own->why.reasoning.find("deposit of the 10th instrument") == std::string::npos);
}

TEST_CASE(
    "E10 an instrument that would count only after its State's denunciation took effect is refused, and a "
    "simplified-procedure has no later counting day",
    "[E10][diagnostics]") {
  auto diags =
      test::diagnostics(test::opsc_any_state(),
                        consent_forms::ten_with(test::act("State 10", "ratification", "2001-10-18"),
                                                {consent_forms::counted_later("Leaver", "2002-05-02", "2003-06-15"),
                                                 test::act("Leaver", "denunciation", "2002-06-01")}));
  REQUIRE(test::has_code_at(diags, "/actions/10/effective", "action.effective"));
  CHECK(diags.front().message.find("would count from 2003-06-15, but its denunciation took effect on 2003-06-01") !=
        std::string::npos);
  // Counted before the denunciation took effect, but in force for it (one month later, E3) only after.
  diags = test::diagnostics(test::opsc_any_state(),
                            consent_forms::ten_with(test::act("State 10", "ratification", "2001-10-18"),
                                                    {consent_forms::counted_later("Chile", "2002-01-10", "2003-01-19"),
                                                     test::act("Chile", "denunciation", "2002-01-20")}));
  REQUIRE(test::has_code_at(diags, "/actions/10/effective", "action.effective"));
  CHECK(diags.front().message.find("would enter into force for it on 2003-02-19, but its denunciation took effect "
                                   "on 2003-01-20") != std::string::npos);
  auto sp = test::act("State 10", "simplified-procedure", "2001-12-01");
  sp["effective"] = "2001-12-05";
  diags = test::diagnostics(consent_forms::with_simplified_procedure(), consent_forms::signed_then(sp));
  CHECK(test::has_code_at(diags, "/actions/10/effective", "action.effective"));
}

TEST_CASE(
    "E10 Part XI Agreement art. 5: consent by the simplified procedure is established on the day the clause fixes "
    "and counts, and binds, from that day",
    "[E10]") {
  const auto rec =
      test::record(consent_forms::with_simplified_procedure(),
                   consent_forms::signed_then(test::act("State 10", "simplified-procedure", "2001-12-01")));
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->threshold_date == 2001_y / 12 / 1);
  CHECK(rec.entry_into_force()->date == 2002_y / 3 / 1);
  CHECK(rec.entry_into_force()->why.reasoning.find("the consent of State 10 established by the simplified procedure "
                                                   "(article 5) on 1 December 2001 (rule E10)") != std::string::npos);
  CHECK(rec.status_on("State 10", 2001_y / 11 / 1).code == pacta::status::signatory);
  const auto bound = rec.status_on("State 10", 2002_y / 3 / 1);
  CHECK(bound.code == pacta::status::bound);
  CHECK(bound.explanation ==
        "Bound since 1 March 2002 (consent established by the simplified procedure on 1 December 2001, article 5, "
        "rule E10).");
  const auto own = rec.entry_into_force_for("State 10");
  REQUIRE(own);
  CHECK(own->why.reasoning.rfind(
            "Consent established by the simplified procedure on 1 December 2001 (article 5, rule E10), on or before ",
            0) == 0);
}

TEST_CASE(
    "E10 a consent by the simplified procedure is refused without the profile's clause, on another day, or "
    "without a signature before it",
    "[E10]") {
  const auto tenth = test::act("State 10", "simplified-procedure", "2001-12-01");
  CHECK(test::has_code_at(test::diagnostics(test::opsc_any_state(), consent_forms::signed_then(tenth)),
                          "/actions/10/action", "consent.simplified-procedure"));
  CHECK(test::has_code_at(
      test::diagnostics(consent_forms::with_simplified_procedure(),
                        consent_forms::signed_then(test::act("State 10", "simplified-procedure", "2001-12-02"))),
      "/actions/10/date", "consent.simplified-procedure"));
  const auto unsigned_diags =
      test::diagnostics(consent_forms::with_simplified_procedure(), consent_forms::ten_with(tenth));
  CHECK(test::has_code_at(unsigned_diags, "/actions/9", "consent.simplified-procedure"));
  CHECK(test::diagnostics(consent_forms::with_simplified_procedure(), consent_forms::signed_then(tenth)).empty());
}

TEST_CASE(
    "E10 the Part XI Agreement's profile gives the simplified procedure of article 5, established on 28 July 1995, "
    "and writes it back: the clause's keys are checked",
    "[E10][profile]") {
  const auto r = pacta::load_treaty_profile(test::source_path("data/treaties/unclos-part-xi.json"));
  CHECK(r.simplified_procedure.present);
  CHECK(r.simplified_procedure.article == "5");
  CHECK(r.simplified_procedure.established_on == 1995_y / 7 / 28);
  CHECK(pacta::parse_treaty_profile(pacta::to_json(r).dump(), "<profile>") == r);
  nlohmann::json j = pacta::to_json(r);
  j["simplified_procedure"].erase("established_on");
  std::vector<pacta::diagnostic> diags;
  pacta::treaty_rules out;
  CHECK_FALSE(pacta::detail::profile_from_json(j, "p.json", out, diags));
  CHECK(test::has_code_at(diags, "/simplified_procedure", "schema.missing-key"));
  j["simplified_procedure"]["established_on"] = "1995-02-30";
  diags.clear();
  CHECK_FALSE(pacta::detail::profile_from_json(j, "p.json", out, diags));
  CHECK(test::has_code_at(diags, "/simplified_procedure/established_on", "date.invalid"));
}
