// Tests for pacta/treaty.hpp: treaty rules as a value, and profiles that reject a bad value with the
// key that is wrong.
#include "support.hpp"

#include <catch2/catch.hpp>

namespace {

std::vector<pacta::diagnostic> profile_errors(const nlohmann::json& j) {
  std::vector<pacta::diagnostic> diags;
  pacta::treaty_rules r;
  CHECK_FALSE(pacta::detail::profile_from_json(j, "profile.json", r, diags));
  return diags;
}

}  // namespace

TEST_CASE("OPSC rules: arts. 13-15 as values", "[treaty]") {
  const auto r = pacta::opsc_rules();
  CHECK(r.threshold == 10);
  CHECK(r.general_delay == pacta::period::months(3));
  CHECK(r.later_wording == pacta::later_state_wording::after_entry_into_force);
  CHECK(r.later_delay == pacta::period::months(1));
  CHECK(r.denunciation_delay == pacta::period::years(1));
  CHECK(r.parent == "crc");
  CHECK_FALSE(r.consent.any_state);
  CHECK(r.consent.parties_of == std::vector<std::string>{"crc"});
  CHECK(r.consent.signatories_of == std::vector<std::string>{"crc"});
}

TEST_CASE("profiles: to_json and back gives the same rules", "[treaty]") {
  for (const auto& r : {pacta::opsc_rules(), pacta::crc_rules()})
    CHECK(pacta::parse_treaty_profile(pacta::to_json(r).dump(), "<profile>") == r);
}

TEST_CASE("profiles: each bad value is rejected with the key that is wrong", "[treaty][errors]") {
  const nlohmann::json good = pacta::to_json(pacta::opsc_rules());
  struct bad_case {
    std::string pointer;  // what to change (a JSON pointer)
    nlohmann::json value;
    std::string code;
  };
  const std::vector<bad_case> cases{
      {"/entry_into_force/threshold", 0, "profile.threshold"},
      {"/entry_into_force/threshold", "ten", "profile.threshold"},
      {"/entry_into_force/threshold", 2.5, "profile.threshold"},
      {"/entry_into_force/delay", "3 moths", "profile.period"},
      {"/entry_into_force/delay", "0 months", "profile.period"},
      {"/entry_into_force/later_states/delay", 1, "schema.type"},
      {"/entry_into_force/later_states/wording", "after-signature", "profile.value"},
      {"/denunciation/counted_from", "letter", "profile.value"},
      {"/denunciation/delay", "a year", "profile.period"},
      {"/format", "pacta.treaty/9", "profile.format"},
      {"/id", "", "schema.empty"},
      {"/consent/open_to", "everyone", "profile.value"},
      {"/consent/open_to/parties_of", "crc", "schema.type"},
      {"/signature/article", 13, "schema.type"},
      {"/parent", "opsc", "profile.value"},
      {"/amendment/acceptance_share", "two thirds", "profile.share"},
      {"/amendment/conference_share", "3/2", "profile.share"},
  };
  for (const auto& c : cases) {
    nlohmann::json j = good;
    j[nlohmann::json::json_pointer(c.pointer)] = c.value;
    INFO(c.pointer << " = " << c.value.dump());
    CHECK(test::has_code_at(profile_errors(j), c.pointer, c.code));
  }
}

TEST_CASE("profiles: an unknown key is an error, an x- key is allowed", "[treaty][errors]") {
  nlohmann::json j = pacta::to_json(pacta::opsc_rules());
  j["entry_into_force"]["treshold"] = 10;
  CHECK(test::has_code_at(profile_errors(j), "/entry_into_force/treshold", "schema.unknown-key"));
  nlohmann::json k = pacta::to_json(pacta::opsc_rules());
  k["x-note"] = "kept";
  CHECK(pacta::parse_treaty_profile(k.dump(), "<profile>") == pacta::opsc_rules());
}

TEST_CASE("profiles: a missing key is named", "[treaty][errors]") {
  nlohmann::json j = pacta::to_json(pacta::opsc_rules());
  j["denunciation"].erase("delay");
  const auto ds = profile_errors(j);
  REQUIRE(test::has_code_at(ds, "/denunciation", "schema.missing-key"));
  CHECK(ds[0].message.find("\"delay\"") != std::string::npos);
}

TEST_CASE("profiles: a malformed profile file throws load_error with line and column", "[treaty][errors]") {
  try {
    (void)pacta::load_treaty_profile(test::source_path("tests/data/invalid/syntax-trailing-comma.json"));
    FAIL("no exception");
  } catch (const pacta::load_error& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(e.diagnostics()[0].code == "json.syntax");
    CHECK(e.diagnostics()[0].line.has_value());
  }
  CHECK_THROWS_AS(pacta::load_treaty_profile(test::source_path("no/such/file.json")), pacta::load_error);
}

TEST_CASE("profiles: custom rules describe the other wording (E4) and any-State eligibility", "[treaty]") {
  nlohmann::json j = pacta::to_json(pacta::crc_rules());
  const auto r = pacta::parse_treaty_profile(j.dump(), "<profile>");
  CHECK(r.later_wording == pacta::later_state_wording::after_threshold_deposit);
  CHECK(r.signature.any_state);
  CHECK(r.general_delay == pacta::period::days(30));
}

TEST_CASE("profiles: a reporting clause pacta does not model is said, with its article, never \"no reporting clause\"",
          "[treaty][R1]") {
  nlohmann::json j = pacta::to_json(pacta::crc_rules());
  j["short_title"] = "T";
  j["reporting"] = {{"article", "13"}, {"not_modelled", "an initial report, then annual reports"}};
  const auto r = pacta::parse_treaty_profile(j.dump(), "<profile>");
  CHECK_FALSE(r.reporting.present);
  CHECK(r.reporting.article == "13");
  CHECK(pacta::no_report_dates_sentence(r) ==
        "No report date is computed for the T: its reporting obligations are not modelled (art. 13: an initial "
        "report, then annual reports).");
  CHECK(std::string(pacta::no_report_dates_words(r)) == "reporting not modelled");
  CHECK(pacta::parse_treaty_profile(pacta::to_json(r).dump(), "<profile>") == r);
  // No article where none was found among those read.
  j["reporting"] = {{"not_modelled", "none among the articles read"}};
  const auto unread = pacta::parse_treaty_profile(j.dump(), "<profile>");
  CHECK(pacta::no_report_dates_sentence(unread) ==
        "No report date is computed for the T: its reporting obligations are not modelled (none among the articles "
        "read).");
  CHECK(pacta::parse_treaty_profile(pacta::to_json(unread).dump(), "<profile>") == unread);
  // Without the clause: the treaty asks no report.
  j.erase("reporting");
  const auto none = pacta::parse_treaty_profile(j.dump(), "<profile>");
  CHECK(pacta::no_report_dates_sentence(none) == "The T has no reporting clause: it asks no report of States.");
  CHECK(std::string(pacta::no_report_dates_words(none)) == "no reporting clause");
  // not_modelled stands alone with its article: no periods beside it, and never empty.
  j["reporting"] = {{"article", "13"}, {"not_modelled", "reports"}, {"initial", "1 year"}};
  CHECK_FALSE(profile_errors(j).empty());
  j["reporting"] = {{"article", "13"}, {"not_modelled", ""}};
  const auto empty = profile_errors(j);
  REQUIRE(empty.size() == 1);
  CHECK(empty[0].code == "schema.empty");
}

TEST_CASE("profiles: opened_for_signature and a later States' delay of 0 days read and write back", "[treaty][E3]") {
  nlohmann::json j = pacta::to_json(pacta::opsc_rules());
  j["opened_for_signature"] = "1993-01-13";
  j["entry_into_force"]["later_states"]["delay"] = "0 days";
  const auto r = pacta::parse_treaty_profile(j.dump(), "<profile>");
  REQUIRE(r.opened_for_signature);
  CHECK(pacta::to_iso(*r.opened_for_signature) == "1993-01-13");
  CHECK(r.later_delay == pacta::period::days(0));
  CHECK(pacta::parse_treaty_profile(pacta::to_json(r).dump(), "<profile>") == r);
  j["opened_for_signature"] = "13 January 1993";
  CHECK_FALSE(profile_errors(j).empty());
  j["opened_for_signature"] = "1993-01-13";
  j["entry_into_force"]["delay"] = "0 days";  // the general delay is no later States' "on the date of the deposit"
  CHECK_FALSE(profile_errors(j).empty());
}
