// pacta/detail/build_record.hpp — the order of the build: the actions State by State, then each
// rule family that needs them all.
//
// `pacta::try_build_record` (pacta/record.hpp) runs it. The pass over the actions fills the States'
// records (build_actions.hpp, with the eligibility of build_eligibility.hpp); the families that
// follow are free functions over the parts that return their result — the general entry into force
// (`general_entry_into_force_in`), the counts over time (`timelines_of`), the amendments A1–A3
// (`amendments_of`), the articles of rule O1 (`optional_declarations_in_force`), the faults of rules
// D6, E5 and V1 (`denunciation_wait_faults`, `predecessor_faults`, `provisional_faults`) — or steps that complete the
// States' records in place (participants E8/F1/D5, declarations, D7, the dates of E2–E5).
//
// Example:
//   pacta::detail::record_builder b(std::move(reg), pacta::opsc_rules(), {});
//   b.build({&crc}, diags);
#pragma once

#include <pacta/detail/build_actions.hpp>
#include <pacta/detail/build_amendments.hpp>
#include <pacta/detail/build_consent_forms.hpp>
#include <pacta/detail/build_counts.hpp>
#include <pacta/detail/build_declarations.hpp>
#include <pacta/detail/build_eligibility.hpp>
#include <pacta/detail/build_entry_into_force.hpp>
#include <pacta/detail/build_optional_declarations.hpp>
#include <pacta/detail/build_participants.hpp>
#include <pacta/detail/build_provisional.hpp>
#include <pacta/detail/build_succession.hpp>
#include <pacta/detail/record_builder.hpp>

#include <cstddef>
#include <utility>
#include <vector>

namespace pacta::detail {

inline void record_builder::build(const std::vector<const treaty_record*>& parents, std::vector<diagnostic>& diags) {
  build_pass pass{parents, diags, detail::diagnostic_sink(registry_.file, diags), {}, {}};
  collect_armed_conflicts(*this, pass.conflicts);
  if (registry_.treaty != rules_.id)
    pass.err(
        "/treaty", "registry.treaty",
        "the registry is for \"" + registry_.treaty + "\" but is being read under the rules of \"" + rules_.id + "\"");
  number_states(*this);
  for (const auto& c : rules_.optional_declarations)
    optional_declarations_.push_back({c, {}, std::nullopt, {}, std::nullopt, false});
  for (std::size_t i = 0; i < registry_.actions.size(); ++i)
    if (!is_organ_act(registry_.actions[i].kind)) read_action(*this, i, pass);  // organs' acts: with their amendment
  apply_participants(*this, pass);
  check_declarations(*this, diags);
  store_entry_into_force(*this, parents, diags);
  for (auto& d : denunciation_wait_faults(*this)) diags.push_back(std::move(d));                             // D6
  apply_parent_denunciations(*this, parents);                                                                // D7
  optional_declarations_ = optional_declarations_in_force(std::move(optional_declarations_), *this, diags);  // O1
  count_timelines counts = timelines_of(states_, options_.view);
  consent_timeline_ = std::move(counts.consented);
  bound_timeline_ = std::move(counts.bound);
  for (auto& d : predecessor_faults(*this)) diags.push_back(std::move(d));           // E5
  for (auto& d : provisional_faults(*this)) diags.push_back(std::move(d));           // V1
  for (auto& d : simplified_procedure_faults(*this)) diags.push_back(std::move(d));  // E10
  for (auto& d : counted_later_faults(*this)) diags.push_back(std::move(d));         // E10
  amendments_ = amendments_of(*this, pass.amendment_states, diags);                  // A1–A3
}

}  // namespace pacta::detail
