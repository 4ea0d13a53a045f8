// The rules that set OPAC and OPIC apart from the OPSC: OPAC art. 3(2)/(4) declarations, art. 9
// eligibility and art. 11(1) armed conflict (rule D4); OPIC art. 18 eligibility and art. 19(2)
// (rule E4).
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace date::literals;
using test::act;

namespace {

nlohmann::json declaration(const std::string& state, const std::string& date, int age = -1) {
  nlohmann::json j = act(state, "declaration", date);
  if (age >= 0) j["minimum_age"] = age;
  return j;
}

/// Ten OPAC ratifications in October 2001, each with its declaration: in force 18 Jan 2002.
std::vector<nlohmann::json> opac_ten() {
  std::vector<nlohmann::json> out;
  for (int i = 1; i <= 10; ++i) {
    const std::string d = "2001-10-" + std::string(i < 10 ? "0" : "") + std::to_string(i);
    out.push_back(act("State " + std::to_string(i), "ratification", d));
    out.push_back(declaration("State " + std::to_string(i), d, 18));
  }
  return out;
}

}  // namespace

TEST_CASE("OPAC art. 3(2): a ratification without the declaration is an error", "[opac][declaration]") {
  auto acts = opac_ten();
  acts.push_back(act("Ruritania", "ratification", "2003-05-05"));
  const auto diags = test::diagnostics(pacta::opac_rules(), acts);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "declaration.missing");
  CHECK(diags[0].pointer == "/actions/20");
  CHECK(diags[0].message.find("article 3(2)") != std::string::npos);
}

TEST_CASE("OPAC art. 3(2): \"declaration\": \"not-recorded\" accepts an instrument the depositary recorded without one",
          "[opac][declaration]") {
  auto acts = opac_ten();
  auto a = act("Ruritania", "accession", "2003-05-05");
  a["declaration"] = "not-recorded";
  acts.push_back(a);
  const auto rec = test::record(pacta::opac_rules(), acts);
  CHECK(rec.is_bound("Ruritania", 2003_y / 6 / 5));
  CHECK(rec.declaration_on("Ruritania", 2030_y / 1 / 1) == nullptr);
}

TEST_CASE("OPAC art. 3(2): not-recorded beside a recorded declaration is a contradiction", "[opac][declaration]") {
  auto acts = opac_ten();
  auto a = act("Ruritania", "accession", "2003-05-05");
  a["declaration"] = "not-recorded";
  acts.push_back(a);
  acts.push_back(declaration("Ruritania", "2003-05-05", 18));
  CHECK(test::has_code(test::diagnostics(pacta::opac_rules(), acts), "declaration.conflict"));
}

TEST_CASE("OPAC art. 3(4): a declaration may be strengthened, taking effect on receipt, never weakened",
          "[opac][declaration]") {
  auto acts = opac_ten();
  acts.push_back(act("Ruritania", "accession", "2003-05-05"));
  acts.push_back(declaration("Ruritania", "2003-05-05", 16));
  acts.push_back(declaration("Ruritania", "2010-03-01", 18));
  const auto rec = test::record(pacta::opac_rules(), acts);
  REQUIRE(rec.declaration_on("Ruritania", 2010_y / 2 / 28) != nullptr);
  CHECK(*rec.declaration_on("Ruritania", 2010_y / 2 / 28)->minimum_age == 16);
  CHECK(rec.declaration_on("Ruritania", 2010_y / 2 / 28)->with_instrument);
  CHECK(*rec.declaration_on("Ruritania", 2010_y / 3 / 1)->minimum_age == 18);
  CHECK_FALSE(rec.declaration_on("Ruritania", 2010_y / 3 / 1)->with_instrument);

  acts.push_back(declaration("Ruritania", "2012-01-01", 17));
  const auto diags = test::diagnostics(pacta::opac_rules(), acts);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "declaration.weaker");
  CHECK(diags[0].message.find("3(4)") != std::string::npos);
}

TEST_CASE("OPAC art. 3: a declaration by a State with no instrument in effect is an error", "[opac][declaration]") {
  auto acts = opac_ten();
  acts.push_back(declaration("Ruritania", "2003-05-05", 18));
  CHECK(test::has_code(test::diagnostics(pacta::opac_rules(), acts), "declaration.not-party"));
}

TEST_CASE("a declaration under a treaty that asks for none (the OPSC) is an error", "[declaration]") {
  auto acts = test::ten_instruments();
  acts.push_back(declaration("State 1", "2001-10-01", 18));
  CHECK(test::has_code(test::diagnostics(pacta::opsc_rules(), acts), "declaration.not-in-treaty"));
  auto b = test::ten_instruments();
  b[0]["declaration"] = "not-recorded";
  CHECK(test::has_code(test::diagnostics(pacta::opsc_rules(), b), "action.declaration"));
}

TEST_CASE("registry: minimum_age belongs to a declaration and is a whole number of years", "[registry][declaration]") {
  auto acts = opac_ten();
  acts[0]["minimum_age"] = 18;
  CHECK(test::has_code(test::diagnostics(pacta::opac_rules(), acts), "action.minimum-age"));
  auto b = opac_ten();
  b[1]["minimum_age"] = "eighteen";
  CHECK(test::has_code(test::diagnostics(pacta::opac_rules(), b), "action.minimum-age"));
}

TEST_CASE("OPAC art. 9: signature needs the Convention, accession is open to any State", "[opac][eligibility]") {
  const auto crc = test::record(pacta::crc_rules(), {act("Crcland", "ratification", "1995-01-01")});
  auto acts = opac_ten();
  // Not checked against the Convention for the ten founders: give them CRC consents too.
  std::vector<nlohmann::json> crc_acts{act("Crcland", "ratification", "1995-01-01")};
  for (int i = 1; i <= 10; ++i) crc_acts.push_back(act("State " + std::to_string(i), "ratification", "1995-01-01"));
  const auto crc_all = test::record(pacta::crc_rules(), crc_acts);
  acts.push_back(act("Outland", "accession", "2003-05-05"));
  acts.push_back(declaration("Outland", "2003-05-05", 18));
  CHECK(test::diagnostics(pacta::opac_rules(), acts, {&crc_all}).empty());
  acts.push_back(act("Signland", "signature", "2003-05-05"));
  const auto diags = test::diagnostics(pacta::opac_rules(), acts, {&crc_all});
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "eligibility");
  CHECK(diags[0].message.find("article 9(1)") != std::string::npos);
  (void)crc;
}

TEST_CASE("OPIC art. 18(2): a State that has only signed the Convention cannot ratify, it may sign (art. 18(1))",
          "[opic][eligibility]") {
  std::vector<nlohmann::json> crc_acts{act("Signatory", "signature", "1995-01-01")};
  for (int i = 1; i <= 10; ++i) crc_acts.push_back(act("State " + std::to_string(i), "ratification", "1995-01-01"));
  const auto crc = test::record(pacta::crc_rules(), crc_acts);
  auto acts = test::ten_instruments();
  acts.push_back(act("Signatory", "signature", "2012-02-28"));
  CHECK(test::diagnostics(pacta::opic_rules(), acts, {&crc}).empty());
  acts.push_back(act("Signatory", "ratification", "2015-01-01"));
  const auto diags = test::diagnostics(pacta::opic_rules(), acts, {&crc});
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "eligibility");
  CHECK(diags[0].message.find("article 18(2), 18(3)") != std::string::npos);
  CHECK(diags[0].message.find("not a party to CRC") != std::string::npos);
}

TEST_CASE("OPIC art. 18(2): a party to either first Protocol may ratify without being a party to the Convention",
          "[opic][eligibility]") {
  std::vector<nlohmann::json> crc_acts{act("Signatory", "signature", "1995-01-01")};
  for (int i = 1; i <= 10; ++i) crc_acts.push_back(act("State " + std::to_string(i), "ratification", "1995-01-01"));
  const auto crc = test::record(pacta::crc_rules(), crc_acts);
  auto opsc_acts = test::ten_instruments();
  opsc_acts.push_back(act("Signatory", "ratification", "2002-12-23"));
  const auto opsc = test::record(pacta::opsc_rules(), opsc_acts, {&crc});
  auto acts = test::ten_instruments();
  acts.push_back(act("Signatory", "ratification", "2015-01-01"));
  CHECK(test::diagnostics(pacta::opic_rules(), acts, {&crc, &opsc}).empty());
}

TEST_CASE(
    "E4 OPIC art. 19(2): a State depositing between the tenth instrument and the general date gets its own later date",
    "[opic][E4]") {
  auto acts = test::ten_instruments("2013-10-18");  // in force 18 Jan 2014
  acts.push_back(act("Between", "ratification", "2013-12-31"));
  const auto rec = test::record(pacta::opic_rules(), acts);
  CHECK(rec.entry_into_force()->date == 2014_y / 1 / 18);
  const auto own = rec.entry_into_force_for("Between");
  REQUIRE(own);
  CHECK(own->date == 2014_y / 3 / 31);  // deposit + 3 months, later than the general date
  CHECK(own->why.rule == "E4");
  CHECK(own->why.article == "19(2)");
  // The same deposit under OPAC's wording ("after its entry into force", E2) takes the general date.
  auto opac = opac_ten();
  opac.push_back(act("Between", "ratification", "2001-12-31"));
  opac.push_back(declaration("Between", "2001-12-31", 18));
  const auto o = test::record(pacta::opac_rules(), opac);
  CHECK(o.entry_into_force_for("Between")->date == 2002_y / 1 / 10);
  CHECK(o.entry_into_force_for("Between")->why.rule == "E2");
}

TEST_CASE(
    "D4 OPAC art. 11(1): engaged in armed conflict at the end of the year, a denunciation is suspended while the end "
    "is unknown",
    "[opac][D4]") {
  auto acts = opac_ten();
  acts.push_back(act("State 1", "denunciation", "2030-03-01"));
  acts.push_back(act("State 1", "armed-conflict", "2030-06-01"));
  const auto rec = test::record(pacta::opac_rules(), acts);
  CHECK(rec.status_code("State 1", 2031_y / 2 / 28) == pacta::status::denunciation_pending);
  CHECK(rec.status_code("State 1", 2031_y / 3 / 1) == pacta::status::denunciation_suspended);
  CHECK(rec.status_code("State 1", 2040_y / 1 / 1) == pacta::status::denunciation_suspended);
  CHECK(rec.is_bound("State 1", 2040_y / 1 / 1));
  CHECK(rec.parties_on(2040_y / 1 / 1) == 10);
  const auto st = rec.status_on("State 1", 2031_y / 3 / 1);
  CHECK(st.explanation.find("article 11(1)") != std::string::npos);
  CHECK(st.explanation.find("suspended") != std::string::npos);
  CHECK(std::string(pacta::to_key(st.code)) == "denunciation-suspended");
}

TEST_CASE("D4 OPAC art. 11(1): the denunciation takes effect at the recorded end of the armed conflict", "[opac][D4]") {
  auto acts = opac_ten();
  acts.push_back(act("State 1", "denunciation", "2030-03-01"));
  acts.push_back(act("State 1", "armed-conflict", "2030-06-01"));
  acts.push_back(act("State 1", "armed-conflict-end", "2032-05-10"));
  const auto rec = test::record(pacta::opac_rules(), acts);
  const auto eff = rec.denunciation_effective("State 1");
  REQUIRE(eff);
  CHECK(eff->date == 2032_y / 5 / 10);
  CHECK(eff->why.rule == "D4");
  CHECK(eff->why.article == "11(1)");
  CHECK(rec.status_code("State 1", 2032_y / 5 / 9) == pacta::status::denunciation_pending);
  CHECK(rec.status_code("State 1", 2032_y / 5 / 10) == pacta::status::denounced);
  CHECK(rec.status_on("State 1", 2031_y / 6 / 1).explanation.find("rule D4") == std::string::npos);
  CHECK(rec.status_on("State 1", 2031_y / 6 / 1).explanation.find("article 11(1)") != std::string::npos);
}

TEST_CASE("D4 OPAC art. 11(1): a conflict that ended before the year ran out, or began after, changes nothing (D1)",
          "[opac][D4]") {
  auto ended = opac_ten();
  ended.push_back(act("State 1", "armed-conflict", "2029-01-01"));
  ended.push_back(act("State 1", "denunciation", "2030-03-01"));
  ended.push_back(act("State 1", "armed-conflict-end", "2031-03-01"));  // ended on the last day: not engaged on expiry
  const auto a = test::record(pacta::opac_rules(), ended);
  CHECK(a.denunciation_effective("State 1")->date == 2031_y / 3 / 1);
  CHECK(a.denunciation_effective("State 1")->why.rule == "D1");
  auto later = opac_ten();
  later.push_back(act("State 1", "denunciation", "2030-03-01"));
  later.push_back(act("State 1", "armed-conflict", "2031-03-02"));
  const auto b = test::record(pacta::opac_rules(), later);
  CHECK(b.denunciation_effective("State 1")->date == 2031_y / 3 / 1);
  CHECK(b.status_code("State 1", 2031_y / 3 / 1) == pacta::status::denounced);
}

TEST_CASE("D4: a new accession while the denunciation is suspended is a second consent", "[opac][D4]") {
  auto acts = opac_ten();
  acts.push_back(act("State 1", "denunciation", "2030-03-01"));
  acts.push_back(act("State 1", "armed-conflict", "2030-06-01"));
  acts.push_back(act("State 1", "accession", "2035-01-01"));
  acts.push_back(declaration("State 1", "2035-01-01", 18));
  CHECK(test::has_code(test::diagnostics(pacta::opac_rules(), acts), "consent.duplicate"));
}

TEST_CASE("armed conflicts: recorded only under a treaty with rule D4, opened before they end", "[D4]") {
  auto opsc = test::ten_instruments();
  opsc.push_back(act("State 1", "armed-conflict", "2030-06-01"));
  CHECK(test::has_code(test::diagnostics(pacta::opsc_rules(), opsc), "armed-conflict.not-in-treaty"));
  auto end_only = opac_ten();
  end_only.push_back(act("State 1", "armed-conflict-end", "2030-06-01"));
  CHECK(test::has_code(test::diagnostics(pacta::opac_rules(), end_only), "armed-conflict.none"));
  auto twice = opac_ten();
  twice.push_back(act("State 1", "armed-conflict", "2030-06-01"));
  twice.push_back(act("State 1", "armed-conflict", "2031-06-01"));
  CHECK(test::has_code(test::diagnostics(pacta::opac_rules(), twice), "armed-conflict.open"));
}

TEST_CASE("profiles: data/treaties/opac.json and opic.json equal the built-in rules", "[treaty]") {
  CHECK(pacta::load_treaty_profile(test::source_path("data/treaties/opac.json")) == pacta::opac_rules());
  CHECK(pacta::load_treaty_profile(test::source_path("data/treaties/opic.json")) == pacta::opic_rules());
  CHECK(pacta::parse_treaty_profile(pacta::to_json(pacta::opac_rules()).dump(), "<profile>") == pacta::opac_rules());
  CHECK(pacta::parse_treaty_profile(pacta::to_json(pacta::opic_rules()).dump(), "<profile>") == pacta::opic_rules());
}
