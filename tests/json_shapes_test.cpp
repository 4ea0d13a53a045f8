// Tests for pacta/json_shapes.hpp: the JSON of a basis, an amendment and a reporting position, on
// the bundled data, as `pacta … --format json` prints it (tests/cli/golden).
#include "support.hpp"

#include <pacta/json_shapes.hpp>

#include <catch2/catch.hpp>

#include <fstream>

using namespace date::literals;

namespace {

nlohmann::json golden(const std::string& name) {
  std::ifstream in(test::source_path("tests/cli/golden/" + name));
  REQUIRE(in);
  return nlohmann::json::parse(in);
}

}  // namespace

TEST_CASE("json shapes: a State's entry into force, with its date and article (OPSC, Benin)", "[json]") {
  const auto& opsc = test::bundled_opsc();
  const auto eif = opsc.entry_into_force_for("Benin");
  REQUIRE(eif);
  const nlohmann::json j = pacta::basis_json(opsc, eif->why);
  CHECK(j["rule"] == "E3");
  CHECK(j["article"] == "14(2)");
  CHECK(j["citation"] == "OPSC art. 14(2), rule E3");
  CHECK(j["anchor"] == "2005-01-31");
  CHECK(j["period"] == "1 month");
  CHECK(j["reasoning"] == eif->why.reasoning);
  CHECK(j.size() == 6);
  CHECK(pacta::date_json(eif) == "2005-02-28");
  CHECK(pacta::date_json(std::optional<pacta::dated>()).is_null());
  // The same object as `pacta parties --format json` prints for Benin.
  for (const auto& row : golden("parties-2026-02-03.json"))
    if (row["state"] == "Benin") CHECK(row["basis"] == j);
}

TEST_CASE("json shapes: a basis without an article or a period has nulls, not empty strings", "[json]") {
  pacta::basis b;
  b.rule = "E6";
  b.reasoning = "A signature is not consent to be bound.";
  const nlohmann::json j = pacta::basis_json(test::bundled_opsc(), b);
  CHECK(j["article"].is_null());
  CHECK(j["anchor"].is_null());
  CHECK(j["period"].is_null());
  CHECK(j["rule"] == "E6");
}

TEST_CASE("json shapes: a reporting position (OPSC art. 12(1), United States of America)", "[json]") {
  const pacta::reporting rep(test::bundled_opsc(), &test::bundled_crc());
  const auto pos = rep.position("United States of America", 2026_y / 2 / 3);
  const nlohmann::json j = pacta::report_position_json(test::bundled_opsc(), pos);
  CHECK(j["initial_report_due"] == "2005-01-23");
  // Not a party to the CRC: every five years from 23 January 2005 (art. 12(2)); the first on or after
  // 3 February 2026 is the 5th, 23 January 2030.
  CHECK(j["next_report"] == "periodic");
  CHECK(j["periodic_number"] == 5);
  CHECK(j["next_report_due"] == "2030-01-23");
  CHECK(j["basis"]["article"] == "12(2)");
  CHECK(j["submissions_recorded"] == false);
  CHECK(j["overdue"].is_null());  // no reports file: not known
  CHECK(j["submitted"] == nlohmann::json::array());
  CHECK(golden("state-usa.json")["reporting"] == j);
}

TEST_CASE("json shapes: an amendment's life (the example amendment EX-1)", "[json]") {
  const auto rec = pacta::load_record(test::source_path("tests/data/valid/opsc-amendment-example.json"),
                                      pacta::opsc_rules(), {&test::bundled_crc()});
  REQUIRE(rec.amendments().size() == 1);
  const nlohmann::json j = pacta::amendment_json(rec, rec.amendments().front());
  CHECK(j["id"] == "EX-1");
  CHECK(j["entry_into_force"] == "2011-05-16");
  CHECK(j["basis"]["article"] == "16(2)");
  CHECK(j["conference_basis"]["rule"] == "A1");
  CHECK(j["vote"]["in_favour"] == 10);
  CHECK(golden("amendments-example.json")[0] == j);
}
