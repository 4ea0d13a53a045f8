// Helpers shared by the tests: registries built in code, and the bundled data.
#pragma once

#include <pacta/input.hpp>
#include <pacta/pacta.hpp>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace test {

inline std::string source_path(const std::string& rel) {
  return std::string(PACTA_SOURCE_DIR) + "/" + rel;
}

/// Reads a file whole into `out`; false when it cannot (the diagnostic is dropped: the tests that
/// use this read files they know are there).
inline bool read_text(const std::string& path, std::string& out) {
  std::vector<pacta::diagnostic> diags;
  return pacta::read_input(path, out, diags, pacta::max_registry_bytes);
}

/// One action as JSON.
inline nlohmann::json act(const std::string& state, const std::string& kind, const std::string& date) {
  return {{"state", state}, {"action", kind}, {"date", date}};
}

inline nlohmann::json succession(const std::string& state, const std::string& date, const std::string& effective) {
  return {{"state", state}, {"action", "succession"}, {"date", date}, {"effective", effective}};
}

/// A registry document for `treaty` with these actions.
inline nlohmann::json registry_json(const std::string& treaty, const std::vector<nlohmann::json>& actions) {
  return {{"format", "pacta.registry/1"}, {"treaty", treaty}, {"as_of", "2030-01-01"}, {"actions", actions}};
}

/// Builds a record from actions under `rules`; throws load_error when invalid.
inline pacta::treaty_record record(const pacta::treaty_rules& rules, const std::vector<nlohmann::json>& actions,
                                   const std::vector<const pacta::treaty_record*>& parents = {},
                                   pacta::record_options options = {}) {
  const std::string text = registry_json(rules.id, actions).dump();
  std::vector<pacta::diagnostic> diags;
  auto rec = pacta::try_parse_record(text, "test.json", rules, diags, parents, options);
  if (!rec) throw pacta::load_error(diags);
  return std::move(*rec);
}

/// The diagnostics for a registry built from actions (empty when it is valid).
inline std::vector<pacta::diagnostic> diagnostics(const pacta::treaty_rules& rules,
                                                  const std::vector<nlohmann::json>& actions,
                                                  const std::vector<const pacta::treaty_record*>& parents = {},
                                                  pacta::record_options options = {}) {
  std::vector<pacta::diagnostic> diags;
  (void)pacta::try_parse_record(registry_json(rules.id, actions).dump(), "test.json", rules, diags, parents, options);
  return diags;
}

/// An empty data directory of its own (with an empty registries/), removed at the end of the test.
struct temp_dir {
  std::filesystem::path path;
  temp_dir() {
    path = std::filesystem::temp_directory_path() /
           ("pacta-test-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)) + "-" +
            std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    std::filesystem::create_directories(path / "registries");
  }
  temp_dir(const temp_dir&) = delete;
  temp_dir& operator=(const temp_dir&) = delete;
  /// The bundled profile of `id` copied into treaties/ID.json.
  void bundled_profile(const std::string& id) const {
    std::filesystem::create_directories(path / "treaties");
    std::filesystem::copy_file(source_path("data/treaties/" + id + ".json"), path / "treaties" / (id + ".json"),
                               std::filesystem::copy_options::overwrite_existing);
  }
  /// A registry written as registries/ID.json: `doc` (from `registry_json`, or the text of one).
  void registry(const std::string& id, const nlohmann::json& doc) const {
    std::ofstream(path / "registries" / (id + ".json")) << doc.dump();
  }
  ~temp_dir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

/// Whether any diagnostic has this code.
inline bool has_code(const std::vector<pacta::diagnostic>& diags, const std::string& code) {
  for (const auto& d : diags)
    if (d.code == code) return true;
  return false;
}

/// Whether a diagnostic has this code at this JSON pointer.
inline bool has_code_at(const std::vector<pacta::diagnostic>& diags, const std::string& pointer,
                        const std::string& code) {
  for (const auto& d : diags)
    if (d.pointer == pointer && d.code == code) return true;
  return false;
}

/// The OPSC's rules with articles 13(1) and 13(2) opened to any State: registries built in code need
/// no parent record.
inline pacta::treaty_rules opsc_any_state() {
  pacta::treaty_rules r = pacta::opsc_rules();
  r.signature.any_state = r.consent.any_state = true;
  return r;
}

/// A bundled profile (data/treaties/ID.json) open to any State: what a test of its clauses is about is
/// not its eligibility (the CCW instruments' parties of the Convention, for one).
inline pacta::treaty_rules bundled_any_state(const std::string& id) {
  pacta::treaty_rules r = pacta::load_treaty_profile(source_path("data/treaties/" + id + ".json"));
  r.signature = pacta::eligibility{};
  r.consent = pacta::eligibility{};
  return r;
}

/// Ten States depositing on the given days of October 2001 make an OPSC-like threshold.
inline std::vector<nlohmann::json> ten_instruments(const std::string& last_date = "2001-10-18") {
  std::vector<nlohmann::json> out;
  for (int i = 1; i <= 9; ++i)
    out.push_back(act("State " + std::to_string(i), "ratification", "2001-10-0" + std::to_string(i)));
  out.push_back(act("State 10", "ratification", last_date));
  return out;
}

/// The bundled Convention record (parent of the OPSC).
inline const pacta::treaty_record& bundled_crc() {
  static const pacta::treaty_record crc =
      pacta::load_record(source_path("data/registries/crc.json"), pacta::crc_rules());
  return crc;
}

/// The bundled OPSC record, validated against the Convention (article 13).
inline const pacta::treaty_record& bundled_opsc() {
  static const pacta::treaty_record opsc =
      pacta::load_record(source_path("data/registries/opsc.json"), pacta::opsc_rules(), {&bundled_crc()});
  return opsc;
}

/// The bundled OPAC record (signature checked against the Convention, art. 9(1)).
inline const pacta::treaty_record& bundled_opac() {
  static const pacta::treaty_record opac =
      pacta::load_record(source_path("data/registries/opac.json"), pacta::opac_rules(), {&bundled_crc()});
  return opac;
}

/// The bundled OPIC record, checked against the Convention and the first two Protocols (art. 18).
inline const pacta::treaty_record& bundled_opic() {
  static const pacta::treaty_record opic =
      pacta::load_record(source_path("data/registries/opic.json"), pacta::opic_rules(),
                         {&bundled_crc(), &bundled_opac(), &bundled_opsc()});
  return opic;
}

}  // namespace test
