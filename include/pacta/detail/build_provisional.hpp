// pacta/detail/build_provisional.hpp — building a treaty_record: the declarations of provisional
// application checked against the treaty's clause (rule V1).
//
// A `provisional-application` is refused under a treaty whose profile gives no clause on it
// (provisional.no-clause), and a second time while the first still runs (provisional.duplicate); a
// `provisional-application-termination` (VCLT art. 25(2)) while none runs is refused too
// (provisional.not-applying), and so is one by a State whose instrument of consent stands that day
// (provisional.after-consent).
// One recorded on a day the clause does not provide for (neither the State's signature nor its
// deposit, as the clause's `declared_at` allows) is the depositary's record: it is counted from that
// day, and its reasoning says so (`provisional_period::as_provided`). Part of
// `pacta::try_build_record` (detail/build_record.hpp); the period each runs is
// pacta/provisional_application.hpp's, computed when asked for.
#pragma once

#include <pacta/detail/record_parts.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/provisional_application.hpp>

#include <string>
#include <unordered_map>
#include <vector>

namespace pacta::detail {

/// Rule V1: one diagnostic for each declaration of provisional application the clause does not allow.
inline std::vector<diagnostic> provisional_faults(const record_parts& r) {
  std::vector<diagnostic> out;
  const detail::diagnostic_sink err(r.registry_.file, out);
  const provisional_clause& pa = r.rules_.provisional_application;
  // Declarations are rare: one pass over the actions, a State's record looked up only for them
  // (a State's actions are in date order, order.state-dates).
  std::unordered_map<const state_record*, provisional_period> running;
  for (std::size_t i = 0; i < r.registry_.actions.size(); ++i) {
    const action& a = r.registry_.actions[i];
    const bool termination = a.kind == action_kind::provisional_application_termination;
    if (a.kind != action_kind::provisional_application && !termination) continue;
    if (!pa.present) {
      err(i, "/action", "provisional.no-clause",
          a.state +
              (termination ? " notified the end of a provisional application on "
                           : " declared provisional application on ") +
              to_iso(a.date) + ", but the " + r.rules_.short_title +
              "'s profile gives no clause on provisional application (\"provisional_application\": the article, "
              "what it applies, when it may be declared; rule V1)");
      continue;
    }
    const state_record* s = r.find(a.state);
    if (!s) continue;   // refused with its State's other actions (order.state-dates)
    if (termination) {  // VCLT art. 25(2): it ends the declaration that applies that day
      const auto it = running.find(s);
      const consent_record* consented = s->consent_in_effect(a.date);  // an instrument in effect contradicts it
      if (consented)
        err(i, "", "provisional.after-consent",
            a.state + " notified on " + to_iso(a.date) + " that it does not intend to become a party, but its " +
                to_key(consented->kind) + " of " + to_iso(consented->deposit) +
                " stands that day: a State that has consented to be bound ends it by denunciation or withdrawal, not "
                "by "
                "VCLT art. 25(2) (rule V1)");
      else if (it == running.end() || !it->second.applies_on(a.date))
        err(i, "", "provisional.not-applying",
            a.state + " notified on " + to_iso(a.date) +
                " that it does not intend to become a party, but none of its declarations of provisional "
                "application applied on that day (rule V1, VCLT art. 25(2))");
      else
        it->second.until = a.date;
      continue;
    }
    if (auto it = running.find(s); it != running.end() && it->second.applies_on(a.date)) {
      err(i, "", "provisional.duplicate",
          a.state + " declared provisional application on " + to_iso(a.date) + ", but its declaration of " +
              to_iso(it->second.from) + " still applied on that day (rule V1)");
      continue;
    }
    running.insert_or_assign(s, provisional_period_of(r.rules_, *s, a.date, i));
  }
  return out;
}

}  // namespace pacta::detail
