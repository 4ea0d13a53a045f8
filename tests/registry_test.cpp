// Tests for pacta/registry.hpp: the structure of a registry file.
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace date::literals;

TEST_CASE("registry: the documented example reads, x- keys are kept", "[registry]") {
  const std::string text = R"({
    "format": "pacta.registry/1", "treaty": "opsc", "as_of": "2026-02-03", "source": "example",
    "x-office": "treaty section",
    "actions": [
      {"state": "Benin", "action": "signature", "date": "2001-02-22"},
      {"state": "Benin", "action": "ratification", "date": "2005-01-31", "note": "n", "source": "s", "x-file": 17},
      {"state": "Montenegro", "action": "succession", "date": "2006-10-23", "effective": "2006-06-03"},
      {"state": "Ruritania", "action": "denunciation", "date": "2030-05-02"} ] })";
  pacta::registry reg;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(pacta::detail::read_registry_text(text, "example.json", reg, diags));
  CHECK(diags.empty());
  CHECK(reg.actions.size() == 4);
  CHECK(reg.actions[1].kind == pacta::action_kind::ratification);
  CHECK(reg.actions[1].extensions()["x-file"] == 17);
  CHECK(reg.extensions.get()["x-office"] == "treaty section");
  CHECK(reg.actions[2].effective == 2006_y / 6 / 3);
  CHECK(reg.actions[3].date == 2030_y / 5 / 2);
}

TEST_CASE("registry: to_json re-serialises to a registry that reads back the same", "[registry]") {
  std::string text;
  REQUIRE(test::read_text(test::source_path("data/registries/opsc.json"), text));
  pacta::registry a, b;
  std::vector<pacta::diagnostic> diags;
  REQUIRE(pacta::detail::read_registry_text(text, "a", a, diags));
  REQUIRE(pacta::detail::read_registry_text(pacta::to_json(a).dump(), "b", b, diags));
  REQUIRE(a.actions.size() == b.actions.size());
  for (std::size_t i = 0; i < a.actions.size(); ++i) {
    CHECK(a.actions[i].state == b.actions[i].state);
    CHECK(a.actions[i].kind == b.actions[i].kind);
    CHECK(a.actions[i].date == b.actions[i].date);
    CHECK(a.actions[i].effective == b.actions[i].effective);
    CHECK(a.actions[i].note() == b.actions[i].note());
  }
  CHECK(pacta::to_json(a) == pacta::to_json(b));
}

TEST_CASE("registry: malformed JSON is reported with line and column", "[registry][errors]") {
  pacta::registry reg;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::detail::read_registry_text(
      std::string_view("{\n  \"format\": \"pacta.registry/1\",\n  \"treaty\": opsc\n}"), "f.json", reg, diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "json.syntax");
  CHECK(diags[0].line == 3u);
  CHECK(diags[0].column == 13u);  // the "o" of opsc
  CHECK(diags[0].to_string().rfind("f.json:3:13: (document): malformed JSON", 0) == 0);
}

TEST_CASE("registry: a key given twice is an error, not a silent replacement", "[registry][errors]") {
  pacta::registry reg;
  std::vector<pacta::diagnostic> diags;
  const std::string text = R"({"format": "pacta.registry/1", "treaty": "opsc", "as_of": "2026-02-03",
    "actions": [{"state": "A", "action": "signature", "date": "2001-01-01"},
                {"state": "A", "action": "ratification", "date": "2002-01-01", "date": "2003-01-01"}]})";
  CHECK_FALSE(pacta::detail::read_registry_text(text, "f.json", reg, diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].pointer == "/actions/1/date");
  CHECK(diags[0].code == "json.duplicate-key");
}

TEST_CASE("registry: a JSON pointer escapes ~ and / in keys (RFC 6901)", "[registry][errors]") {
  pacta::registry reg;
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::detail::read_registry_text(
      std::string_view(
          R"({"format": "pacta.registry/1", "treaty": "t", "as_of": "2026-02-03", "actions": [], "a/b~c": 1})"),
      "f.json", reg, diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].pointer == "/a~1b~0c");
}

TEST_CASE("registry: a UTF-8 byte-order mark is accepted, invalid UTF-8 is not", "[registry][errors]") {
  pacta::registry reg;
  std::vector<pacta::diagnostic> diags;
  const std::string body = R"({"format": "pacta.registry/1", "treaty": "t", "as_of": "2026-02-03", "actions": [
      {"state": "C\u00f4te d'Ivoire", "action": "signature", "date": "2001-01-01"}]})";
  CHECK(pacta::detail::read_registry_text(std::string("\xEF\xBB\xBF") + body, "bom.json", reg, diags));
  CHECK(reg.actions.at(0).state == "C\xC3\xB4te d'Ivoire");
  std::string bad = body;
  bad.replace(bad.find("Ivoire"), 1, "\xFF");
  CHECK_FALSE(pacta::detail::read_registry_text(bad, "bad.json", reg, diags));
  CHECK(diags.back().code == "json.syntax");
}

TEST_CASE("registry: action names", "[registry]") {
  for (const char* name : {"signature", "ratification", "accession", "acceptance", "approval", "succession",
                           "denunciation", "denunciation-withdrawal"}) {
    const auto k = pacta::parse_action_kind(name);
    REQUIRE(k);
    CHECK(std::string(pacta::to_key(*k)) == name);
  }
  CHECK_FALSE(pacta::parse_action_kind("Ratification"));
  CHECK(pacta::is_consent(pacta::action_kind::succession));
  CHECK_FALSE(pacta::is_consent(pacta::action_kind::signature));
}

TEST_CASE("registry: a number too large for a double is a diagnostic, not an exception (found by fuzzing)",
          "[registry][errors][fuzz]") {
  pacta::registry reg;
  std::vector<pacta::diagnostic> diags;
  CHECK_NOTHROW(pacta::detail::read_registry_text(std::string_view("5e555555555555555"), "f.json", reg, diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "json.syntax");
  CHECK(diags[0].message.find("number overflow") != std::string::npos);
}
