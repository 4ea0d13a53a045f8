// Tests for pacta/weights.hpp and the weighted condition on the bundled Paris Agreement (art. 21):
// the emissions table read and checked, the general entry into force (rule E1 with a weighted share),
// the Parties' own dates (E2, E4 "after the conditions … fulfilled"), and the United States'
// withdrawal (D6, D1).
#include "support.hpp"

#include <pacta/pacta.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace date::literals;

namespace weights_test {

const pacta::state_names& names() {
  static const auto t = pacta::load_state_names(test::source_path("data/states.json"));
  return t;
}

std::vector<pacta::diagnostic> weights_diagnostics(const nlohmann::json& j) {
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::try_parse_weights(j.dump(), "w.json", names(), diags));
  return diags;
}

nlohmann::json small_table() {
  return {{"format", "pacta.weights/1"},
          {"treaty", "paris"},
          {"name", "emissions"},
          {"source", "synthetic"},
          {"unit", "Gg"},
          {"total", 100},
          {"rows", {{{"state", "France"}, {"weight", 60}}, {{"state", "Czechia"}, {"weight", 40}}}}};
}

const pacta::treaty_record& paris() {
  static pacta::treaty_set set(test::source_path("data"));
  static const pacta::treaty_record& rec = set.load("paris");
  return rec;
}

void write(const std::filesystem::path& p, const std::string& text) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::trunc) << text;
}

}  // namespace weights_test

TEST_CASE("weights: the bundled Paris emissions table, every row resolved through the name table", "[weights][data]") {
  const auto w = pacta::load_weights(test::source_path("data/tables/paris/emissions.json"), weights_test::names());
  CHECK(w.treaty == "paris");
  CHECK(w.table.name == "emissions");
  CHECK(w.table.total == 37168339);  // the printed total
  CHECK(w.table.of.at("China") == 7465862);
  CHECK(w.table.of.count("Eswatini"));         // printed "Swaziland"
  CHECK(w.table.of.count("North Macedonia"));  // "The former Yugoslav Republic of Macedonia"
  CHECK(w.table.of.size() == 190);
  CHECK(w.table.not_available ==
        std::vector<std::string>{"Brunei Darussalam", "Equatorial Guinea", "Libya", "Somalia", "South Sudan"});
  std::int64_t sum = 0;
  for (const auto& [who, n] : w.table.of) sum += n;
  CHECK(sum == 37168344);  // the table's own rows: 5 Gg more than its total, recorded as rows_sum
  CHECK(w.as_of == 2015_y / 12 / 12);
}

TEST_CASE("weights: a small table reads, its names resolved", "[weights]") {
  std::vector<pacta::diagnostic> diags;
  const auto w = pacta::try_parse_weights(weights_test::small_table().dump(), "w.json", weights_test::names(), diags);
  REQUIRE(w);
  CHECK(diags.empty());
  CHECK(w->table.of.at("Czech Republic") == 40);  // "Czechia", as the depositary writes it
  CHECK(w->table.unit == "Gg");
}

TEST_CASE("weights.format, weights.state, weights.duplicate: the file and its rows", "[weights]") {
  auto j = weights_test::small_table();
  j["format"] = "pacta.weights/2";
  CHECK(test::has_code_at(weights_test::weights_diagnostics(j), "/format", "weights.format"));
  j = weights_test::small_table();
  j["rows"][1]["state"] = "Frnace";
  CHECK(test::has_code_at(weights_test::weights_diagnostics(j), "/rows/1/state", "weights.state"));
  j = weights_test::small_table();
  j["rows"][1]["state"] = "FRA";  // France under its ISO code: one State, two rows
  CHECK(test::has_code_at(weights_test::weights_diagnostics(j), "/rows/1/state", "weights.duplicate"));
  j = weights_test::small_table();
  j["rows"][0]["colour"] = "blue";
  CHECK(test::has_code_at(weights_test::weights_diagnostics(j), "/rows/0/colour", "schema.unknown-key"));
}

TEST_CASE("weights.value, weights.total: figures are whole numbers that add up", "[weights]") {
  auto j = weights_test::small_table();
  j["rows"][0]["weight"] = -1;
  CHECK(test::has_code_at(weights_test::weights_diagnostics(j), "/rows/0/weight", "weights.value"));
  j["rows"][0]["weight"] = 1.5;
  CHECK(test::has_code_at(weights_test::weights_diagnostics(j), "/rows/0/weight", "weights.value"));
  j["rows"][0]["weight"] = "60";
  CHECK(test::has_code_at(weights_test::weights_diagnostics(j), "/rows/0/weight", "weights.value"));
  j = weights_test::small_table();
  j["total"] = 0;
  CHECK(test::has_code_at(weights_test::weights_diagnostics(j), "/total", "weights.value"));
  j = weights_test::small_table();
  j["rows"][0]["year"] = 20013;
  CHECK(test::has_code_at(weights_test::weights_diagnostics(j), "/rows/0/year", "weights.value"));
  j = weights_test::small_table();
  j["rows"][0]["weight"] = 61;  // a typing error: the rows no longer add up to the printed total
  const auto d = weights_test::weights_diagnostics(j);
  REQUIRE(test::has_code_at(d, "/total", "weights.total"));
  CHECK(d.front().message.find("101") != std::string::npos);
  j["rows_sum"] = 101;  // the table itself does not add up, and says so
  std::vector<pacta::diagnostic> diags;
  CHECK(pacta::try_parse_weights(j.dump(), "w.json", weights_test::names(), diags));
  j["rows_sum"] = 102;
  CHECK(test::has_code_at(weights_test::weights_diagnostics(j), "/rows_sum", "weights.total"));
  j = weights_test::small_table();
  j["total"] = 1;  // a total of another figure than the rows' (a share of 1,000,000 %), however recorded
  j["rows_sum"] = 100;
  CHECK(test::has_code_at(weights_test::weights_diagnostics(j), "/total", "weights.total"));
  j = weights_test::small_table();
  j["rows"][0]["weight"] = 1'000'000'000'000;
  j["rows"][1]["weight"] = 1;
  j["total"] = 1'000'000'000'000;
  CHECK(test::has_code_at(weights_test::weights_diagnostics(j), "/rows", "weights.value"));  // more than 10^12 in all
}

TEST_CASE(
    "E1 weighted (Paris art. 21(1)): 55 Parties and 55 % of the emissions first on 5 Oct 2016, in force 4 Nov 2016",
    "[weights][E1][E8][paris]") {
  const auto& g = weights_test::paris().entry_into_force();
  REQUIRE(g);
  CHECK(g->date == 2016_y / 11 / 4);            // the depositary's date
  CHECK(g->threshold_date == 2016_y / 10 / 5);  // both conditions met
  CHECK(g->why.rule == "E1");
  CHECK(g->why.article == "21(1)");
  const std::string& why = g->why.reasoning;
  CHECK(why.find("73 instruments counted, weighing 21,866,164 of 37,168,339 Gg CO2 equivalent (58.83 %)") !=
        std::string::npos);
  CHECK(why.find("European Union, a regional integration organization, is not counted (article 21(4)") !=
        std::string::npos);
  CHECK(why.find("the State of Palestine, no row in it") != std::string::npos);  // weighs nothing, and says so
}

TEST_CASE(
    "E2 and E4 after the conditions fulfilled (Paris art. 21(3)): on or before 5 Oct 2016 the general date, "
    "after it deposit + 30 days",
    "[weights][E2][E4][paris]") {
  const auto albania = weights_test::paris().entry_into_force_for("Albania");  // 21 September 2016
  REQUIRE(albania);
  CHECK(albania->date == 2016_y / 11 / 4);
  CHECK(albania->why.rule == "E2");
  const auto canada = weights_test::paris().entry_into_force_for("Canada");  // 5 October 2016, the day itself
  REQUIRE(canada);
  CHECK(canada->date == 2016_y / 11 / 4);
  const auto rwanda = weights_test::paris().entry_into_force_for("Rwanda");  // 6 October 2016
  REQUIRE(rwanda);
  CHECK(rwanda->date == 2016_y / 11 / 5);
  CHECK(rwanda->why.rule == "E4");
  CHECK(rwanda->why.reasoning.find("after 5 October 2016, when the conditions of article 21(1) were fulfilled") !=
        std::string::npos);
  CHECK(weights_test::paris().status_on("European Union", 2016_y / 11 / 4).code == pacta::status::bound);
}

TEST_CASE("D6 and D1 (Paris art. 28): the United States' notice on the third anniversary, in effect a year later",
          "[weights][D1][D6][paris]") {
  const auto& us = "United States of America";
  CHECK(weights_test::paris().status_on(us, 2016_y / 11 / 4).code == pacta::status::bound);
  CHECK(weights_test::paris().status_on(us, 2019_y / 11 / 4).code == pacta::status::denunciation_pending);
  CHECK(weights_test::paris().status_on(us, 2020_y / 11 / 4).code == pacta::status::denounced);
  CHECK(weights_test::paris().status_on(us, 2021_y / 2 / 18).code ==
        pacta::status::consented);  // accepted again 20 Jan 2021
  CHECK(weights_test::paris().status_on(us, 2021_y / 2 / 19).code == pacta::status::bound);
}

TEST_CASE("weighted: a data directory without the table leaves the date NOT computed, naming the file it needs",
          "[weights][E1]") {
  test::temp_dir dir;
  std::filesystem::copy(test::source_path("data/registries/paris.json"), dir.path / "registries" / "paris.json");
  dir.bundled_profile("paris");
  pacta::treaty_set set(dir.path.string());
  const auto& rec = set.load("paris");
  CHECK_FALSE(rec.entry_into_force());
  CHECK(rec.entry_into_force_not_computed().find("tables/paris/emissions.json") != std::string::npos);

  // Given by the caller in its place: the same date.
  pacta::treaty_set given(dir.path.string());
  given.add_table(
      "paris", pacta::load_weights(test::source_path("data/tables/paris/emissions.json"), weights_test::names()).table);
  REQUIRE(given.load("paris").entry_into_force());
  CHECK(given.load("paris").entry_into_force()->date == 2016_y / 11 / 4);
}

TEST_CASE("weighted: a data directory's table that is invalid, or for another treaty, refuses the load", "[weights]") {
  test::temp_dir dir;
  std::filesystem::copy(test::source_path("data/registries/paris.json"), dir.path / "registries" / "paris.json");
  dir.bundled_profile("paris");
  const auto table = dir.path / "tables" / "paris" / "emissions.json";
  auto j = weights_test::small_table();
  weights_test::write(table, j.dump());
  {
    pacta::treaty_set set(dir.path.string());  // no states.json to resolve the rows through
    std::vector<pacta::diagnostic> diags;
    try {
      (void)set.load("paris");
    } catch (const pacta::load_error& e) {
      diags = e.diagnostics();
    }
    CHECK(test::has_code(diags, "weights.state"));
  }
  std::filesystem::copy(test::source_path("data/states.json"), dir.path / "states.json");
  j["rows"][0]["weight"] = 61;
  weights_test::write(table, j.dump());
  std::vector<pacta::diagnostic> diags;
  pacta::treaty_set bad(dir.path.string());
  try {
    (void)bad.load("paris");
  } catch (const pacta::load_error& e) {
    diags = e.diagnostics();
  }
  REQUIRE(test::has_code(diags, "weights.total"));
  CHECK(diags.front().file == table.string());
  j = weights_test::small_table();
  j["treaty"] = "kyoto";
  weights_test::write(table, j.dump());
  pacta::treaty_set other(dir.path.string());
  diags.clear();
  try {
    (void)other.load("paris");
  } catch (const pacta::load_error& e) {
    diags = e.diagnostics();
  }
  CHECK(test::has_code_at(diags, "/treaty", "treaty.id"));
}

TEST_CASE(
    "weighted: a table's name is an id's letters (no path), and after-threshold-deposit is refused beside a "
    "weighted share",
    "[weights][E4][profile]") {
  std::string text;
  REQUIRE(test::read_text(test::source_path("data/treaties/paris.json"), text));
  auto profile = nlohmann::json::parse(text);
  auto& weighted = profile["entry_into_force"]["clause"]["when_met"]["condition"]["all_of"][1]["weighted"];
  for (const char* bad : {"../../../evil", "/etc/passwd", "Emissions", "a.b"}) {
    weighted["table"] = bad;
    std::vector<pacta::diagnostic> diags;
    CHECK_FALSE(pacta::try_parse_treaty_profile(profile.dump(), "p.json", diags));
    CHECK(test::has_code_at(diags, "/entry_into_force/clause/when_met/condition/all_of/1/weighted/table",
                            "profile.clause"));
  }
  weighted["table"] = "emissions";
  profile["entry_into_force"]["later_states"]["wording"] = "after-threshold-deposit";
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::try_parse_treaty_profile(profile.dump(), "p.json", diags));
  REQUIRE(test::has_code_at(diags, "/entry_into_force/later_states/wording", "profile.clause"));
  CHECK(diags.front().message.find("after-conditions-fulfilled") != std::string::npos);
}
