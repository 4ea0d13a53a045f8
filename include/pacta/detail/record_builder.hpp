// pacta/detail/record_builder.hpp — the build of a treaty_record: each rule family's steps over a
// record's parts.
//
// `pacta::try_build_record` (pacta/record.hpp) makes a builder from a registry, the rules and the
// options, runs `build` (pacta/detail/build_record.hpp: the actions State by State, then each rule
// family that needs them all) and, when no diagnostic was added, gives the parts to a
// `treaty_record`. Each family is in its own file, pacta/detail/build_*.hpp: the steps below fill
// the States' records in place; the families that compute a result are free functions there
// (`general_entry_into_force_in`, `timelines_of`, `predecessor_faults`, …). docs/rules.md names the
// rules and their tests.
//
// Example:
//   pacta::detail::record_builder b(std::move(reg), pacta::opsc_rules(), {});
//   b.build({&crc}, diags);   // then pacta::treaty_record(std::move(b).parts())
#pragma once

#include <pacta/detail/record_parts.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/treaty_record.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace pacta::detail {

/// A record's parts while the rule families fill them.
struct record_builder : record_parts {
  using record_parts::record_parts;

  /// The finished parts, for `treaty_record`'s constructor.
  record_parts parts() && { return std::move(static_cast<record_parts&>(*this)); }

  /// The armed conflicts of each State (rule D4), collected before the main pass.
  struct conflict_map;  // per State, its armed conflicts (build_actions.hpp)
  /// (action index, State index) of the amendment actions of States, in order.
  using amendment_state_list = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

  struct build_pass;  // what the pass over the actions carries (build_actions.hpp)

  // The action sequence, State by State (build_actions.hpp).
  void build(const std::vector<const treaty_record*>& parents, std::vector<diagnostic>& diags);
  void collect_armed_conflicts(conflict_map& out) const;
  void number_states();
  void read_action(std::size_t i, build_pass& pass);
  void read_signature(std::size_t i, state_record& s, const consent_record* current, build_pass& pass);
  void read_consent(std::size_t i, state_record& s, const consent_record* current, build_pass& pass);
  void read_denunciation(std::size_t i, consent_record* current, build_pass& pass);
  void read_withdrawal(std::size_t i, const state_record& s, consent_record* current, build_pass& pass);
  void specified_later_date(denunciation_record& d, date_t specified) const;
  void read_clause_action(std::size_t i, state_record& s, build_pass& pass);
  // Participants that are organizations or former States, rules E8 and F1; D5, D6 (build_participants.hpp;
  // D7 there is the free function `apply_parent_denunciations`).
  void apply_participants(build_pass& pass);
  // Rule O1 (build_optional_declarations.hpp).
  void read_optional_declaration(std::size_t i, const consent_record* current, build_pass& pass);

  /// Article 13 on the i-th action (build_eligibility.hpp's `eligibility_of`): its refusal reported,
  /// rule G2's sentence kept.
  void check_eligibility(const eligibility& e, std::size_t i, build_pass& pass);
};

}  // namespace pacta::detail
