// pacta/record.hpp — loading and building a treaty_record: a registry read, checked under a
// treaty's rules beside its parents' records, and every date computed.
//
// The record and its queries are pacta/treaty_record.hpp (no JSON). This header adds what makes a
// record: reading the registry (pacta/registry.hpp), and the checks and computations of each rule
// family (pacta/detail/build_*.hpp, one file each: the action sequence, article 13, rule E5's
// predecessors, OPAC declarations, counts, rules E1–E5, amendments A1–A3). The build is compiled
// once into libpacta (src/lib/record.cpp, pacta/detail/record_impl.hpp), or included here in
// header-only mode (PACTA_HEADER_ONLY, pacta/config.hpp): a program that includes this header does
// not compile the build's code in every translation unit.
//
// Every input has the same loading shape (pacta/registry.hpp): `load_record(path, …)` and
// `parse_record(text, file, …)` throw `load_error` with every diagnostic; `try_load_record` and
// `try_parse_record` return the record, or nothing with the diagnostics appended. The input comes
// first, then the rules, then (try_ forms) the diagnostics, then what has a default: the parents'
// records (article 13) and the options of unsettled rules.
//
// Example:
//   auto crc = pacta::load_record("data/registries/crc.json", pacta::crc_rules());
//   auto opsc = pacta::load_record("data/registries/opsc.json", pacta::opsc_rules(), {&crc});
//   auto eif = opsc.entry_into_force_for("Benin");      // 28 February 2005, art. 14(2)
//   std::cout << pacta::to_iso(eif->date) << ": " << eif->why.reasoning << '\n';
#pragma once

#include <pacta/config.hpp>
#include <pacta/denunciation.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/entry_into_force.hpp>
#include <pacta/names.hpp>
#include <pacta/registry.hpp>
#include <pacta/treaty.hpp>
#include <pacta/treaty_record.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pacta {

/// Builds a record from a parsed registry, without throwing: the record, or nothing and every
/// diagnostic in `diags`. `parents` are the records of the treaties named in the rules' eligibility
/// clauses (article 13); when none of them is given, eligibility is not checked.
[[nodiscard]] std::optional<treaty_record> try_build_record(registry reg, treaty_rules rules,
                                                            std::vector<diagnostic>& diags,
                                                            const std::vector<const treaty_record*>& parents = {},
                                                            record_options options = {});

/// As `try_build_record`; throws `load_error` with every diagnostic.
inline treaty_record build_record(registry reg, treaty_rules rules,
                                  const std::vector<const treaty_record*>& parents = {}, record_options options = {}) {
  std::vector<diagnostic> diags;
  if (auto r = try_build_record(std::move(reg), std::move(rules), diags, parents, options)) return std::move(*r);
  throw load_error(std::move(diags));
}

/// Reads, parses and validates a registry file under `rules`, without throwing.
[[nodiscard]] inline std::optional<treaty_record> try_load_record(const std::string& path, treaty_rules rules,
                                                                  std::vector<diagnostic>& diags,
                                                                  const std::vector<const treaty_record*>& parents = {},
                                                                  record_options options = {}) {
  auto reg = try_load_registry(path, diags);
  if (!reg) return std::nullopt;
  return try_build_record(std::move(*reg), std::move(rules), diags, parents, options);
}

/// As `try_load_record`, from text; `file` names it in diagnostics.
[[nodiscard]] inline std::optional<treaty_record> try_parse_record(
    std::string_view text, const std::string& file, treaty_rules rules, std::vector<diagnostic>& diags,
    const std::vector<const treaty_record*>& parents = {}, record_options options = {}) {
  auto reg = try_parse_registry(text, file, diags);
  if (!reg) return std::nullopt;
  return try_build_record(std::move(*reg), std::move(rules), diags, parents, options);
}

/// Reads, parses and validates a registry file under `rules`. Throws `load_error` with every
/// diagnostic.
///
/// Example: `auto crc = pacta::load_record("data/registries/crc.json", pacta::crc_rules());`
inline treaty_record load_record(const std::string& path, treaty_rules rules,
                                 const std::vector<const treaty_record*>& parents = {}, record_options options = {}) {
  std::vector<diagnostic> diags;
  if (auto r = try_load_record(path, std::move(rules), diags, parents, options)) return std::move(*r);
  throw load_error(std::move(diags));
}

/// As `load_record`, from text; `file` names it in diagnostics.
inline treaty_record parse_record(std::string_view text, const std::string& file, treaty_rules rules,
                                  const std::vector<const treaty_record*>& parents = {}, record_options options = {}) {
  std::vector<diagnostic> diags;
  if (auto r = try_parse_record(text, file, std::move(rules), diags, parents, options)) return std::move(*r);
  throw load_error(std::move(diags));
}

}  // namespace pacta

#ifdef PACTA_HEADER_ONLY
#include <pacta/detail/record_impl.hpp>
#endif
