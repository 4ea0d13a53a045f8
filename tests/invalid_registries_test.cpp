// Malformed registries (tests/data/invalid/*.json): each must be rejected whole, with a diagnostic
// that names the file, the JSON pointer of the broken value and the rule (tests/data/invalid/expected.txt).
// They are read as OPSC registries beside the bundled Convention registry, so article 13 applies.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <fstream>

namespace {

struct expectation {
  std::string file, pointer, code;
};

std::vector<expectation> manifest() {
  std::ifstream in(test::source_path("tests/data/invalid/expected.txt"));
  std::vector<expectation> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto a = line.find('|'), b = line.find('|', a + 1);
    out.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
  }
  return out;
}

}  // namespace

TEST_CASE("invalid registries: at least 30 malformed files, each rejected with its pointer and rule",
          "[registry][errors][invalid]") {
  const auto cases = manifest();
  CHECK(cases.size() >= 30);
  for (const auto& c : cases) {
    const std::string path = test::source_path("tests/data/invalid/" + c.file);
    std::vector<pacta::diagnostic> diags;
    const auto rec = pacta::try_load_record(path, pacta::opsc_rules(), diags, {&test::bundled_crc()});
    INFO(c.file << ": expected " << c.pointer << " [" << c.code << "]");
    for (const auto& d : diags) INFO(d.to_string());
    CHECK_FALSE(rec);
    bool found = false;
    for (const auto& d : diags) {
      CHECK(d.file == path);
      CHECK_FALSE(d.message.empty());
      if (d.pointer == c.pointer && d.code == c.code) found = true;
      if (d.code == "json.syntax" && c.file != "number-overflow.json") CHECK(d.line.has_value());
    }
    CHECK(found);
  }
}

TEST_CASE("invalid registries: the throwing loader carries every diagnostic", "[registry][errors][invalid]") {
  const std::string path = test::source_path("tests/data/cli/invalid-mixed.json");
  try {
    (void)pacta::load_record(path, pacta::opsc_rules());
    FAIL("no exception");
  } catch (const pacta::load_error& e) {
    CHECK(e.diagnostics().size() == 3);
    CHECK(std::string(e.what()).find("(and 2 more)") != std::string::npos);
  }
}

TEST_CASE("invalid registries: a string left open quotes at most 60 bytes of what was read, as every value",
          "[registry][errors][invalid]") {
  const std::string text =
      R"({"format": "pacta.registry/1", "treaty": "opsc", "as_of": "2026-01-01", "actions": [{"state": ")" +
      std::string(1100, 'A') + "\x1b";
  for (const bool streamed : {true, false}) {
    std::vector<pacta::diagnostic> diags;
    if (streamed)
      (void)pacta::try_parse_record(text, "open.json", pacta::opsc_rules(), diags, {&test::bundled_crc()});
    else
      (void)pacta::try_parse_registry(text, "open.json", diags);
    REQUIRE(diags.size() == 1);
    INFO(diags.front().message);
    CHECK(diags.front().code == "json.syntax");
    CHECK(diags.front().message.size() < 300);
    CHECK(diags.front().message.find("last read: \"") != std::string::npos);
    CHECK(diags.front().message.find(" bytes)") != std::string::npos);
    CHECK(diags.front().message.find('\x1b') == std::string::npos);
  }
  // Cut inside a key: nlohmann says what it expected after the token, which is kept.
  const std::string key = R"({"format": "pacta.registry/1", "treaty": "opsc", "as_of": "2026-01-01", "actions": [{")" +
                          std::string(700, 'k');
  std::vector<pacta::diagnostic> diags;
  (void)pacta::try_parse_registry(key, "key.json", diags);
  REQUIRE(diags.size() == 1);
  INFO(diags.front().message);
  CHECK(diags.front().message.size() < 300);
  CHECK(diags.front().message.find(" bytes)") != std::string::npos);
}
