// pacta::treaty_set (pacta/treaty_set.hpp): treaties loaded with the records their clauses need, in
// dependency order, and a missing eligibility parent refused (registry.parent) unless skipped.
#include "support.hpp"

#include <catch2/catch.hpp>
#include <pacta/reports_window.hpp>
#include <pacta/state_across.hpp>
#include <pacta/treaty_set.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>

namespace {

std::string data_dir() {
  return test::source_path("data");
}

using test::temp_dir;

}  // namespace

TEST_CASE("treaty_set: load(\"opsc\") brings the Convention's record for article 13, parents first",
          "[treaty_set][E1][eligibility]") {
  pacta::treaty_set set(data_dir());
  const pacta::treaty_record& opsc = set.load("opsc");
  REQUIRE(set.find("crc") != nullptr);
  const auto records = set.records();
  REQUIRE(records.size() == 2);
  CHECK(records[0]->rules().id == "crc");  // the parent is built first
  CHECK(records[1] == &opsc);
  CHECK(pacta::to_iso(opsc.entry_into_force()->date) == "2002-01-18");
  CHECK(&set.load("opsc") == &opsc);  // loaded once
}

TEST_CASE("treaty_set: OPIC needs the Convention and both Protocols, found transitively", "[treaty_set]") {
  pacta::treaty_set set(data_dir());
  set.load("opic");
  for (const char* id : {"crc", "opsc", "opac", "opic"}) CHECK(set.find(id) != nullptr);
  // Each record comes after every record its treaty needs.
  const auto records = set.records();
  for (std::size_t i = 0; i < records.size(); ++i)
    for (std::size_t k = i + 1; k < records.size(); ++k)
      CHECK_FALSE(pacta::depends_on(records[i]->rules(), records[k]->rules().id));
}

TEST_CASE("treaty_set: a missing eligibility parent is registry.parent, not a silent skip of article 13",
          "[treaty_set][eligibility][errors]") {
  temp_dir dir;
  std::filesystem::copy_file(data_dir() + "/registries/opsc.json", dir.path / "registries" / "opsc.json");
  pacta::treaty_set set(dir.path.string());
  try {
    set.load("opsc");
    FAIL("no load_error");
  } catch (const pacta::load_error& e) {
    REQUIRE(e.diagnostics().size() == 1);
    const auto& d = e.diagnostics().front();
    CHECK(d.code == "registry.parent");
    CHECK(d.message.find("needs the registry of \"crc\" (eligibility, article 13") != std::string::npos);
    CHECK(d.message.find("skip_missing_eligibility_parents") != std::string::npos);
  }
  CHECK(set.find("opsc") == nullptr);  // nothing half-built

  pacta::treaty_set_options skip;
  skip.skip_missing_eligibility_parents = true;
  pacta::treaty_set without(dir.path.string(), skip);
  CHECK(without.load("opsc").states().size() > 100);  // on purpose: eligibility not checked
  CHECK(without.find("crc") == nullptr);
}

TEST_CASE("treaty_set: a reporting parent is loaded when asked for, and cannot be skipped", "[treaty_set][R2]") {
  pacta::treaty_set_options o;
  o.with_reporting_parents = true;
  o.skip_missing_eligibility_parents = true;
  temp_dir dir;
  std::filesystem::copy_file(data_dir() + "/registries/opsc.json", dir.path / "registries" / "opsc.json");
  pacta::treaty_set set(dir.path.string(), o);
  CHECK_THROWS_AS(set.load("opsc"), pacta::load_error);
  pacta::treaty_set bundled(data_dir(), o);
  CHECK_NOTHROW(bundled.load("opsc"));
  CHECK(bundled.find("crc") != nullptr);
}

TEST_CASE("treaty_set: a registry added is built with the bundled parent, a second one of a treaty is refused",
          "[treaty_set][errors]") {
  pacta::treaty_set set(data_dir());
  std::vector<pacta::diagnostic> diags;
  auto reg = pacta::load_registry(data_dir() + "/registries/opsc.json");
  REQUIRE(set.add(reg, pacta::opsc_rules(), diags));
  CHECK_FALSE(set.add(reg, pacta::opsc_rules(), diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "registry.treaty");
  diags.clear();
  REQUIRE(set.build(diags));
  CHECK(set.find("crc") != nullptr);
  CHECK(set.find("opsc") != nullptr);
}

TEST_CASE("treaty_set: rules come from an added profile, then the data directory, then the built-in rules",
          "[treaty_set]") {
  std::vector<pacta::diagnostic> diags;
  pacta::treaty_set bundled(data_dir());
  CHECK(bundled.rules_for("opsc", diags) == pacta::opsc_rules());
  pacta::treaty_set none;
  CHECK(none.rules_for("opac", diags) == pacta::opac_rules());
  CHECK_FALSE(none.rules_for("cedaw", diags));
  pacta::treaty_rules changed = pacta::opsc_rules();
  changed.short_title = "Changed";
  none.add_profile(changed);
  CHECK(none.rules_for("opsc", diags)->short_title == "Changed");
  CHECK(diags.empty());
  CHECK_THROWS_AS(none.load("opsc"), pacta::load_error);  // no data directory, no registry
}

TEST_CASE("treaty_set: an id that is not a treaty id, or a data directory that does not exist, is named as such",
          "[treaty_set][errors]") {
  auto only_diagnostic = [](const std::function<void()>& f) {
    try {
      f();
    } catch (const pacta::load_error& e) {
      REQUIRE(e.diagnostics().size() == 1);
      return e.diagnostics().front();
    }
    FAIL("no load_error");
    return pacta::diagnostic{};
  };
  pacta::treaty_set set(data_dir());
  auto d = only_diagnostic([&] { set.load("../registries/opsc"); });  // never a path out of the data directory
  CHECK(d.code == "treaty.id");
  CHECK(d.message.find("is not a treaty id") != std::string::npos);
  CHECK(only_diagnostic([&] { set.load(""); }).message.find("is not a treaty id") != std::string::npos);
  pacta::treaty_set nowhere("/nonexistent/pacta-data");
  d = only_diagnostic([&] { nowhere.load("opsc"); });
  CHECK(d.message.find("the data directory /nonexistent/pacta-data does not exist") != std::string::npos);
}

TEST_CASE("treaty_set: an invalid profile in the data directory is reported once, not blamed on the registry",
          "[treaty_set][errors]") {
  temp_dir dir;
  std::filesystem::copy_file(data_dir() + "/registries/opsc.json", dir.path / "registries" / "opsc.json");
  std::filesystem::create_directories(dir.path / "treaties");
  std::ofstream(dir.path / "treaties" / "opsc.json") << R"({"format": "pacta.treaty/2"})";
  pacta::treaty_set set(dir.path.string());
  try {
    set.load("opsc");
    FAIL("no load_error");
  } catch (const pacta::load_error& e) {
    for (const auto& diag : e.diagnostics()) {
      CHECK(diag.file.find("treaties") != std::string::npos);  // every diagnostic is the profile's
      CHECK(diag.code != "registry.treaty");
    }
    CHECK_FALSE(e.diagnostics().empty());
  }
}

// What may point into a set, and what keeps it valid: the record, an overview and a reporting stay
// valid while the set lives, also after it is moved and after more treaties are loaded into it
// (records are never moved in memory). Run under ASan and UBSan by the sanitizer builds.
TEST_CASE("lifetime: a record, a reporting and an overview stay valid after the set is moved and grows",
          "[treaty_set][lifetime]") {
  using namespace date::literals;
  pacta::treaty_set first(data_dir());
  const pacta::treaty_record& opsc = first.load("opsc");
  const pacta::reporting rep(opsc, first.find("crc"));
  const auto overview = pacta::state_across(first, "Benin", 2026_y / 12 / 3);
  const auto window = pacta::reports_due_between(first, "Benin", 2026_y / 1 / 1, 2040_y / 1 / 1);
  REQUIRE_FALSE(window.empty());

  pacta::treaty_set moved = std::move(first);
  for (const char* id : {"cat", "ced", "cedaw", "iccpr", "icescr", "crpd"}) (void)moved.load(id);

  CHECK(&moved.load("opsc") == &opsc);
  CHECK(opsc.entry_into_force()->date == 2002_y / 1 / 18);
  CHECK(rep.position("Benin", 2026_y / 12 / 3).initial_due->date == 2007_y / 2 / 28);
  REQUIRE_FALSE(overview.treaties.empty());
  for (const auto& t : overview.treaties) CHECK_FALSE(t.treaty->rules().id.empty());
  for (const auto& r : window) CHECK(r.treaty->find("Benin") != nullptr);
}

TEST_CASE("treaty_set: a build that fails leaves the set as it was, and the next load is not refused for it",
          "[treaty_set][errors]") {
  pacta::treaty_set set(data_dir());
  std::vector<pacta::diagnostic> diags;
  // The OPSC's registry under the CRC's rules: refused.
  REQUIRE(set.add(pacta::load_registry(data_dir() + "/registries/opsc.json"), pacta::crc_rules(), diags));
  CHECK_FALSE(set.build(diags));
  REQUIRE_FALSE(diags.empty());
  CHECK(set.find("crc") == nullptr);
  CHECK(set.load("cat").rules().id == "cat");  // not refused for the registry that failed
  std::vector<pacta::diagnostic> again;
  CHECK(set.build(again));  // nothing queued
  CHECK(again.empty());
}

namespace set_ahead {

/// What a set holds, in `records()` order: each record's treaty, its States, its general entry into
/// force (or why it is NOT computed) and its parties on a day.
std::vector<std::string> summary(const pacta::treaty_set& set) {
  using namespace date::literals;
  std::vector<std::string> out;
  for (const pacta::treaty_record* r : set.records()) {
    const auto eif = r->entry_into_force();
    out.push_back(r->rules().id + " " + std::to_string(r->states().size()) + " " +
                  (eif ? pacta::to_iso(eif->date) : "none: " + r->entry_into_force_not_computed()) + " " +
                  std::to_string(r->parties_on(2026_y / 2 / 3)));
  }
  return out;
}

/// Loads every registry of `dir` one by one (the path without reading ahead), as load_every_registry
/// did: the records built before a failure stay; the failure's diagnostics are returned.
std::vector<pacta::diagnostic> load_one_by_one(pacta::treaty_set& set) {
  for (const auto& id : pacta::registry_ids(set.data_dir())) {
    try {
      (void)set.load(id);
    } catch (const pacta::load_error& e) {
      return e.diagnostics();
    }
  }
  return {};
}

std::vector<pacta::diagnostic> load_every(pacta::treaty_set& set) {
  try {
    pacta::load_every_registry(set);
  } catch (const pacta::load_error& e) {
    return e.diagnostics();
  }
  return {};
}

std::vector<std::string> shown(const std::vector<pacta::diagnostic>& diags) {
  std::vector<std::string> out;
  for (const auto& d : diags) out.push_back(d.file + " " + d.pointer + " " + d.code + " " + d.message);
  return out;
}

}  // namespace set_ahead

TEST_CASE(
    "treaty_set: every bundled registry read ahead on four threads gives the records, in the order, of "
    "loading them one by one",
    "[treaty_set][concurrency]") {
  pacta::treaty_set one(data_dir(), {false, false, {}, 1});
  REQUIRE(set_ahead::load_one_by_one(one).empty());
  pacta::treaty_set four(data_dir(), {false, false, {}, 4});
  REQUIRE(set_ahead::load_every(four).empty());
  const auto expected = set_ahead::summary(one);
  CHECK(expected.size() == pacta::registry_ids(data_dir()).size());
  CHECK(set_ahead::summary(four) == expected);
}

TEST_CASE(
    "treaty_set: a registry that fails, read ahead, fails as it does read alone: the same diagnostics, "
    "the records before it kept",
    "[treaty_set][concurrency][errors]") {
  // cat and crc stand alone (built while read ahead), the OPSC needs the Convention (built after).
  for (const std::string broken : {"cat", "crc", "opsc", "renamed"}) {
    DYNAMIC_SECTION("broken: " << broken) {
      test::temp_dir dir;
      for (const char* id : {"cat", "crc", "opsc"}) {
        dir.bundled_profile(id);
        std::filesystem::copy_file(data_dir() + "/registries/" + id + ".json",
                                   dir.path / "registries" / (std::string(id) + ".json"));
      }
      if (broken == "renamed") {  // a registry whose "treaty" is another id than its file's
        auto doc = nlohmann::json::parse(std::ifstream(dir.path / "registries" / "cat.json"));
        doc["treaty"] = "ced";
        dir.registry("cat", doc);
      } else {  // an action of no known kind, after the valid ones
        auto doc = nlohmann::json::parse(std::ifstream(dir.path / "registries" / (broken + ".json")));
        doc["actions"].push_back({{"state", "Benin"}, {"action", "ratifcation"}, {"date", "2010-01-01"}});
        dir.registry(broken, doc);
      }
      pacta::treaty_set one(dir.path.string(), {false, false, {}, 1});
      const auto alone = set_ahead::load_one_by_one(one);
      REQUIRE_FALSE(alone.empty());
      pacta::treaty_set four(dir.path.string(), {false, false, {}, 4});
      const auto ahead = set_ahead::load_every(four);
      CHECK(set_ahead::shown(ahead) == set_ahead::shown(alone));
      CHECK(set_ahead::summary(four) == set_ahead::summary(one));
      CHECK(set_ahead::summary(one).size() == (broken == "cat" || broken == "renamed" ? 0u
                                               : broken == "crc"                      ? 1u
                                                                                      : 2u));
    }
  }
}

TEST_CASE("treaty_set: a treaty read ahead is built with what was added before it, as without reading ahead",
          "[treaty_set][concurrency][errors]") {
  // The OPSC's registry under the CRC's rules, queued: `load("cat")` builds it too, and fails for it.
  auto queued_then_load = [&](bool ahead) {
    pacta::treaty_set set(data_dir(), {false, false, {}, 2});
    if (ahead) set.read_ahead({"cat"});
    std::vector<pacta::diagnostic> diags;
    REQUIRE(set.add(pacta::load_registry(data_dir() + "/registries/opsc.json"), pacta::crc_rules(), diags));
    try {
      (void)set.load("cat");
    } catch (const pacta::load_error& e) {
      return std::make_pair(set_ahead::shown(e.diagnostics()), set_ahead::summary(set));
    }
    return std::make_pair(std::vector<std::string>{"no load_error"}, set_ahead::summary(set));
  };
  const auto alone = queued_then_load(false);
  REQUIRE_FALSE(alone.first.empty());
  CHECK(alone.first.front() != "no load_error");
  CHECK(queued_then_load(true) == alone);
}

TEST_CASE("treaty_set: a failed load forgets what was read ahead: the files mended, the next load reads them again",
          "[treaty_set][concurrency][errors]") {
  test::temp_dir dir;
  std::map<std::string, std::string> good;
  for (const char* id : {"cat", "crc"}) {
    dir.bundled_profile(id);
    const auto path = dir.path / "registries" / (std::string(id) + ".json");
    std::filesystem::copy_file(data_dir() + "/registries/" + id + ".json", path);
    std::ifstream in(path, std::ios::binary);
    good[id].assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    REQUIRE_FALSE(good[id].empty());
  }
  for (const auto& [id, text] : good) std::ofstream(dir.path / "registries" / (id + ".json")) << "{";  // cut short
  pacta::treaty_set set(dir.path.string(), {false, false, {}, 2});
  CHECK_FALSE(set_ahead::load_every(set).empty());  // cat fails first; crc was read ahead, and failed too
  for (const auto& [id, text] : good) std::ofstream(dir.path / "registries" / (id + ".json")) << text;
  CHECK(set_ahead::load_every(set).empty());  // both read again, not crc's failure of before
  pacta::treaty_set fresh(dir.path.string(), {false, false, {}, 1});
  REQUIRE(set_ahead::load_one_by_one(fresh).empty());
  CHECK(set_ahead::summary(set) == set_ahead::summary(fresh));
}
