// Treaty ids (pacta/treaty_id.hpp): a closed syntax, checked wherever an id is read — a profile's
// `id`, `parent`, `subject_to` and eligibility lists, a registry's and a reports file's `treaty`, a
// data directory's file names — and a data directory's file name, registry `treaty` and profile
// `id` must agree. Each breach is `treaty.id`. (The CLI's --treaty: tests/cli/cases.txt.)
#include "support.hpp"

#include <catch2/catch.hpp>
#include <pacta/reports.hpp>
#include <pacta/treaty.hpp>
#include <pacta/treaty_id.hpp>
#include <pacta/treaty_set.hpp>

#include <fstream>
#include <functional>
#include <string>
#include <vector>

namespace {

/// The bundled OPSC profile with one member replaced, as text.
std::string opsc_profile_with(const std::string& key, const nlohmann::json& value) {
  std::string text;
  REQUIRE(test::read_text(test::source_path("data/treaties/opsc.json"), text));
  auto j = nlohmann::ordered_json::parse(text);
  j[key] = value;
  return j.dump(2);
}

std::vector<pacta::diagnostic> profile_diagnostics(const std::string& text) {
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::try_parse_treaty_profile(text, "profile.json", diags));
  return diags;
}

void write(const std::filesystem::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::trunc);
  out << text;
}

/// The diagnostics of loading `id` from `dir`.
std::vector<pacta::diagnostic> load_diagnostics(const std::filesystem::path& dir, const std::string& id) {
  pacta::treaty_set set(dir.string());
  try {
    set.load(id);
  } catch (const pacta::load_error& e) {
    return e.diagnostics();
  }
  FAIL("no load_error");
  return {};
}

}  // namespace

TEST_CASE("treaty.id: the syntax is lower-case letters, digits and hyphens, 1 to 64 of them", "[treaty-id]") {
  for (const char* ok : {"opsc", "iccpr-op1", "ccw-p2-amended", "a", "0"}) CHECK(pacta::is_treaty_id(ok));
  for (const char* bad : {"", "OPSC", "../../escaped", "a b", "x\" onmouseover=\"alert(1)", "cat\r\nBEGIN:VEVENT",
                          "-cat", "cat.json", "caf\xc3\xa9"})
    CHECK_FALSE(pacta::is_treaty_id(bad));
  CHECK(pacta::is_treaty_id(std::string(64, 'a')));
  CHECK_FALSE(pacta::is_treaty_id(std::string(65, 'a')));
}

TEST_CASE(
    "treaty.id: a profile's id, parent and eligibility lists, a registry's and a reports file's treaty are "
    "checked where they are read",
    "[treaty-id]") {
  CHECK(test::has_code_at(profile_diagnostics(opsc_profile_with("id", "../../escaped")), "/id", "treaty.id"));
  CHECK(test::has_code_at(profile_diagnostics(opsc_profile_with("parent", "crc\" onmouseover=\"x")), "/parent",
                          "treaty.id"));
  CHECK(test::has_code(profile_diagnostics(opsc_profile_with(
                           "signature", {{"article", "13(1)"}, {"open_to", {{"parties_of", {"CRC"}}}}})),
                       "treaty.id"));
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::try_parse_registry(
      R"({"format": "pacta.registry/1", "treaty": "x\r\nBEGIN:VEVENT", "as_of": "2026-02-03", "actions": []})",
      "registry.json", diags));
  CHECK(test::has_code_at(diags, "/treaty", "schema.control"));  // a line break is refused in any text
  diags.clear();
  CHECK_FALSE(pacta::try_parse_registry(
      R"({"format": "pacta.registry/1", "treaty": "../../escaped", "as_of": "2026-02-03", "actions": []})",
      "registry.json", diags));
  CHECK(test::has_code_at(diags, "/treaty", "treaty.id"));
  diags.clear();
  CHECK_FALSE(pacta::try_parse_reports(
      R"({"format": "pacta.reports/1", "treaty": "../opsc", "as_of": "2026-02-03", "submissions": []})", "reports.json",
      diags));
  CHECK(test::has_code_at(diags, "/treaty", "treaty.id"));
}

TEST_CASE(
    "treaty.id: a data directory's file name, registry treaty and profile id must agree, two files never make "
    "one treaty twice",
    "[treaty-id][treaty_set]") {
  test::temp_dir dir;
  std::filesystem::create_directories(dir.path / "treaties");
  for (const char* id : {"crc", "opsc"}) {
    std::filesystem::copy_file(test::source_path("data/registries/") + id + ".json",
                               dir.path / "registries" / (std::string(id) + ".json"));
    std::filesystem::copy_file(test::source_path("data/treaties/") + id + ".json",
                               dir.path / "treaties" / (std::string(id) + ".json"));
  }
  // A registry file whose "treaty" names another treaty.
  std::filesystem::copy_file(dir.path / "registries" / "opsc.json", dir.path / "registries" / "cat.json");
  write(dir.path / "treaties" / "cat.json", opsc_profile_with("id", "cat"));
  auto d = load_diagnostics(dir.path, "cat");
  CHECK(test::has_code_at(d, "/treaty", "treaty.id"));
  CHECK_THAT(d.front().message, Catch::Contains("its file name says \"cat\""));
  // A profile file whose "id" names another treaty.
  write(dir.path / "treaties" / "opac.json", opsc_profile_with("id", "opsc"));
  std::string text;
  REQUIRE(test::read_text(test::source_path("data/registries/opac.json"), text));
  write(dir.path / "registries" / "opac.json", text);
  d = load_diagnostics(dir.path, "opac");
  CHECK(test::has_code_at(d, "/id", "treaty.id"));
  // The files that agree still load.
  pacta::treaty_set set(dir.path.string());
  CHECK(set.load("opsc").rules().id == "opsc");
}
