// Resource limits: hostile input gets a clear error or a correct result, never a crash or a hang.
// The limits are documented in docs/reliability.md.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace date::literals;

namespace {

std::vector<pacta::diagnostic> load_text(const std::string& text) {
  std::vector<pacta::diagnostic> diags;
  pacta::treaty_rules r = pacta::opsc_rules();
  r.signature.any_state = r.consent.any_state = true;
  auto rec = pacta::try_parse_record(text, "big.json", r, diags);
  CHECK_FALSE(rec);
  return diags;
}

const std::string head = R"({"format": "pacta.registry/1", "treaty": "opsc", "as_of": "2026-02-03", )";

}  // namespace

TEST_CASE("limits: 100,000-deep nesting is refused at depth 256, without recursion", "[limits]") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  auto diags = load_text(deep);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "json.depth");
  // The same inside an x- key of an otherwise valid registry.
  diags = load_text(head + R"("x-deep": )" + deep + R"(, "actions": []})");
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "json.depth");
  CHECK(diags[0].message.find("/x-deep/0/0/0") != std::string::npos);
}

TEST_CASE("limits: a 200 MB string is refused with a short message", "[limits]") {
  const std::string huge(200u << 20, 'A');
  const auto diags =
      load_text(head + R"("actions": [{"state": ")" + huge + R"(", "action": "signature", "date": "2001-01-01"}]})");
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "state.name");
  CHECK(diags[0].message.size() < 300);
  CHECK(diags[0].message.find("(209715200 bytes)") != std::string::npos);
}

TEST_CASE("limits: a registry file over 4 GiB is refused before anything is read", "[limits]") {
  const fs::path p = fs::temp_directory_path() / ("pacta-limits-" + std::to_string(::getpid()) + ".json");
  { std::ofstream f(p); }
  fs::resize_file(p, (std::uintmax_t{4} << 30) + 1);  // sparse: no disk used
  std::vector<pacta::diagnostic> diags;
  auto rec = pacta::try_load_record(p.string(), pacta::opsc_rules(), diags);
  fs::remove(p);
  CHECK_FALSE(rec);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "io.too-large");
  CHECK(diags[0].message.find("4294967297 bytes") != std::string::npos);
}

TEST_CASE("limits: a registry over 256 MiB is read as a stream, other inputs are refused at that size",
          "[limits][streaming]") {
  const fs::path p = fs::temp_directory_path() / ("pacta-limits-300-" + std::to_string(::getpid()) + ".json");
  { std::ofstream f(p); }
  fs::resize_file(p, std::uintmax_t{300} << 20);  // sparse: no disk used; zeros are not JSON
  std::vector<pacta::diagnostic> as_registry, as_input;
  pacta::registry reg;
  const bool loaded = pacta::detail::read_registry_file(p.string(), reg, as_registry);
  std::string text;
  const bool read = pacta::detail::read_input(p.string(), text, as_input);
  fs::remove(p);
  CHECK_FALSE(loaded);
  REQUIRE(as_registry.size() == 1);
  CHECK(as_registry[0].code == "json.syntax");  // read, and refused at its first byte
  CHECK(as_registry[0].line == 1u);
  CHECK(as_registry[0].column == 1u);
  CHECK_FALSE(read);
  REQUIRE(as_input.size() == 1);
  CHECK(as_input[0].code == "io.too-large");
}

TEST_CASE("limits: a directory or a missing file is an io.read diagnostic", "[limits]") {
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::try_load_record(fs::temp_directory_path().string(), pacta::opsc_rules(), diags));
  CHECK_FALSE(pacta::try_load_record("/no/such/registry.json", pacta::opsc_rules(), diags));
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].code == "io.read");
  CHECK(diags[1].code == "io.read");
}

TEST_CASE("limits: a device (/dev/zero, which never ends) is an io.read diagnostic, nothing read", "[limits]") {
  if (!fs::exists("/dev/zero")) {
    WARN("skipped: this system has no /dev/zero");
    return;
  }
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::try_load_record("/dev/zero", pacta::opsc_rules(), diags));
  CHECK_FALSE(pacta::try_load_state_names("/dev/zero", diags));
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].code == "io.read");
  CHECK(diags[0].message == "this is a device, not a file");
  CHECK(diags[1].message == "this is a device, not a file");
}

TEST_CASE("limits: a million actions load and compute correctly", "[limits][million]") {
  // 200,000 States, five actions each: signature, ratification, denunciation, its withdrawal, and
  // a second denunciation that takes effect.
  std::string text = head + R"("actions": [)";
  text.reserve(90u << 20);
  const int states = 200000;
  for (int i = 0; i < states; ++i) {
    const std::string s = "S" + std::to_string(i);
    const int day = 1 + i % 28;
    char d[16];
    std::snprintf(d, sizeof d, "%02d", day);
    text += (i ? "," : "");
    text += R"({"state":")" + s + R"(","action":"signature","date":"2000-06-)" + d + R"("},)";
    text += R"({"state":")" + s + R"(","action":"ratification","date":"2001-0)" + std::to_string(1 + i % 9) + "-" + d +
            R"("},)";
    text += R"({"state":")" + s + R"(","action":"denunciation","date":"2010-01-)" + d + R"("},)";
    text += R"({"state":")" + s + R"(","action":"denunciation-withdrawal","date":"2010-06-)" + d + R"("},)";
    text += R"({"state":")" + s + R"(","action":"denunciation","date":"2020-02-)" + d + R"("})";
  }
  text += "]}";
  std::vector<pacta::diagnostic> diags;
  pacta::treaty_rules r = pacta::opsc_rules();
  r.signature.any_state = r.consent.any_state = true;
  auto rec = pacta::try_parse_record(text, "million.json", r, diags);
  REQUIRE(rec);
  CHECK(rec->source().actions.size() == 1000000);
  CHECK(rec->states().size() == static_cast<std::size_t>(states));
  // S0, S252, S504, … (every 252nd State: month 1, day 1) deposit on 1 January 2001, some 794 of
  // them: the threshold is reached that day, and the Protocol is in force three months later.
  CHECK(rec->entry_into_force()->threshold_date == 2001_y / 1 / 1);
  CHECK(rec->entry_into_force()->completing.size() == 794);
  CHECK(rec->entry_into_force()->date == 2001_y / 4 / 1);
  CHECK(rec->denunciation_effective("S0")->date == 2021_y / 2 / 1);
  CHECK(rec->is_bound("S0", 2021_y / 1 / 31));
  CHECK_FALSE(rec->is_bound("S0", 2021_y / 2 / 1));
  CHECK(rec->status_on("S27", 2020_y / 3 / 1).code == pacta::status::denunciation_pending);
}

TEST_CASE("limits: years 0 and 99999, a byte-order mark, invalid UTF-8", "[limits]") {
  CHECK(load_text(head + R"("actions": [{"state": "A", "action": "signature", "date": "0000-01-01"}]})")[0].code ==
        "date.invalid");
  CHECK(load_text(head + R"("actions": [{"state": "A", "action": "signature", "date": "99999-01-01"}]})")[0].code ==
        "date.invalid");
  CHECK(
      load_text(head + "\"actions\": [{\"state\": \"A\xC3\", \"action\": \"signature\", \"date\": \"2001-01-01\"}]}")[0]
          .code == "json.syntax");
  std::vector<pacta::diagnostic> diags;
  pacta::treaty_rules r = pacta::opsc_rules();
  r.signature.any_state = r.consent.any_state = true;
  CHECK(pacta::try_parse_record("\xEF\xBB\xBF" + head + R"("actions": []})", "bom.json", r, diags));
}
