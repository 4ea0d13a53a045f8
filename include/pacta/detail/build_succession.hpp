// pacta/detail/build_succession.hpp — building a treaty_record: rule E5: a successor's predecessor.
//
// What it checks: a succession that names its predecessor succeeds to a State the treaty bound (code
// `succession.predecessor`), over a record's parts once the dates are computed. Part of `pacta::try_build_record`
// (pacta/record.hpp); docs/rules.md names the rules and their tests.
//
// Example: for (auto& d : predecessor_faults(parts)) diags.push_back(std::move(d));
#pragma once

#include <pacta/detail/record_parts.hpp>
#include <pacta/diagnostic.hpp>

#include <string>
#include <vector>

namespace pacta::detail {

/// Rule E5: a succession that names its predecessor (`predecessor`) must succeed to a State that
/// was bound on the date of succession — or, where the treaty was not yet in force on that date,
/// had consented to it (a contracting State, VCSST art. 18). Without a recorded date of succession,
/// the predecessor must have consented before the notification. One `succession.predecessor` per
/// succession that does not.
inline std::vector<diagnostic> predecessor_faults(const record_parts& r) {
  std::vector<diagnostic> diags;
  const detail::diagnostic_sink err(r.registry_.file, diags);
  for (const auto& s : r.states_)
    for (const auto& c : s.consents) {
      if (c.kind != action_kind::succession) continue;
      const std::string& name = r.registry_.actions[c.action_index].predecessor();
      if (name.empty()) continue;
      const state_record* p = r.find(name);
      std::string problem;
      if (!p || p->consents.empty()) {
        problem = name + " has no recorded consent to the " + r.rules_.short_title;
      } else if (c.succession_date) {
        const date_t on = *c.succession_date;
        // On the eve of the date of succession: a dissolved predecessor is gone on that day itself
        // (Czechoslovakia, 1 January 1993).
        const status st =
            record_parts::classify(*p, date_t{date::sys_days{on} - date::days{1}}, status_view::as_recorded).code;
        // Bound then; or consented, the treaty not yet in force for it (rule E5: the successor is
        // then bound from the predecessor's entry into force, or by option from the date of succession).
        const bool ok = binds(st) || st == status::consented;
        if (!ok)
          problem = name + " had not consented to the " + r.rules_.short_title + " by " + to_iso(on) +
                    ", the date of succession, or was no longer bound (its status: " + to_prose(st) + ")";
      } else if (p->consents.front().deposit > c.deposit) {
        problem = name + " had not consented to the " + r.rules_.short_title + " by " + to_iso(c.deposit) +
                  ", the notification (the date of succession is not recorded)";
      }
      if (!problem.empty())
        err(c.action_index, "/predecessor", "succession.predecessor",
            "rule E5: " + s.state + " notified its succession to " + name + ", but " + problem +
                "; a State succeeds only to a treaty that bound its predecessor");
    }
  return diags;
}

}  // namespace pacta::detail
