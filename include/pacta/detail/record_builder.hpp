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
#include <unordered_map>
#include <utility>
#include <vector>

namespace pacta::detail {

/// A record's parts while the rule families fill them.
struct record_builder : record_parts {
  using record_parts::record_parts;

  /// The finished parts, for `treaty_record`'s constructor.
  record_parts parts() && { return std::move(static_cast<record_parts&>(*this)); }

  /// The armed conflicts of each State (rule D4), collected before the main pass.
  struct conflict_map;  // per State, its armed conflicts (below)
  /// (action index, State index) of the amendment actions of States, in order.
  using amendment_state_list = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

  struct build_pass;  // what the pass over the actions carries (below)

  /// The whole build, in its order (build_record.hpp): the pass over the actions, then each family.
  void build(const std::vector<const treaty_record*>& parents, std::vector<diagnostic>& diags);
};

/// Per State, the periods in which it was engaged in armed conflict (rule D4).
struct record_builder::conflict_map : std::unordered_map<std::string, std::vector<armed_conflict_period>> {};

/// What the pass over the actions carries: the parents (article 13), where diagnostics go, the
/// armed conflicts (rule D4), and the amendment actions of States found on the way.
struct record_builder::build_pass {
  const std::vector<const treaty_record*>& parents;
  std::vector<diagnostic>& diags;
  detail::diagnostic_sink err;
  conflict_map conflicts;
  amendment_state_list amendment_states;
};

// The steps of the pass over the actions, State by State: free functions over a record's parts and
// what the pass carries, declared here (inline, as they are defined) because they call each other
// across their files.
// build_actions.hpp: the sequence of each State's acts, and article 13 on each (build_eligibility.hpp).
inline void collect_armed_conflicts(const record_parts& r, record_builder::conflict_map& out);
inline void number_states(record_parts& r);
inline void read_action(record_parts& r, std::size_t i, record_builder::build_pass& pass);
inline void read_signature(record_parts& r, std::size_t i, state_record& s, const consent_record* current,
                           record_builder::build_pass& pass);
inline void read_consent(record_parts& r, std::size_t i, state_record& s, const consent_record* current,
                         record_builder::build_pass& pass);
inline void read_denunciation(record_parts& r, std::size_t i, consent_record* current,
                              record_builder::build_pass& pass);
inline void read_withdrawal(record_parts& r, std::size_t i, const state_record& s, consent_record* current,
                            record_builder::build_pass& pass);
inline void specified_later_date(const record_parts& r, denunciation_record& d, date_t specified);
inline void read_clause_action(record_parts& r, std::size_t i, state_record& s, record_builder::build_pass& pass);
/// Article 13 on the i-th action (build_eligibility.hpp's `eligibility_of`): its refusal reported,
/// rule G2's sentence kept.
inline void check_eligibility(record_parts& r, const eligibility& e, std::size_t i, record_builder::build_pass& pass);
// build_participants.hpp: participants that are organizations or former States, rules E8 and F1; D5,
// D6 (D7 there is `apply_parent_denunciations`, after the dates).
inline void apply_participants(record_parts& r, record_builder::build_pass& pass);
// build_optional_declarations.hpp: rule O1's declarations, read in the pass.
inline void read_optional_declaration(record_parts& r, std::size_t i, const consent_record* current,
                                      record_builder::build_pass& pass);

}  // namespace pacta::detail
