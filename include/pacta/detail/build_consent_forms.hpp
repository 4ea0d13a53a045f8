// pacta/detail/build_consent_forms.hpp — building a treaty_record: consent counted from another day
// than a deposit, checked (rule E10).
//
// An instrument counted from a later day (`effective`) must count, and enter into force for its State,
// before the State's denunciation took effect: otherwise it is refused (action.effective).
//
// A `simplified-procedure` is consent established on the day the treaty fixes, by a State that signed
// subject to the procedure (Part XI Agreement arts. 4(3)(c), 5: "12 months after the date of its
// adoption", 28 July 1995). It is refused (consent.simplified-procedure) under a profile that gives no
// `simplified_procedure`, on another day than the clause's `established_on`, or without the State's
// signature before it. Part of `pacta::try_build_record` (detail/build_record.hpp); it counts, and
// binds, as any consent (rules E1–E4) from that day.
#pragma once

#include <pacta/detail/record_parts.hpp>
#include <pacta/diagnostic.hpp>

#include <string>
#include <vector>

namespace pacta::detail {

/// Rule E10: one diagnostic for each consent by a simplified procedure the clause does not allow.
inline std::vector<diagnostic> simplified_procedure_faults(const record_parts& r) {
  std::vector<diagnostic> out;
  const detail::diagnostic_sink err(r.registry_.file, out);
  const simplified_procedure_clause& sp = r.rules_.simplified_procedure;
  for (std::size_t i = 0; i < r.registry_.actions.size(); ++i) {
    const action& a = r.registry_.actions[i];
    if (a.kind != action_kind::simplified_procedure) continue;
    const std::string head = a.state + "'s consent by the simplified procedure on " + to_iso(a.date);
    if (!sp.present) {
      err(i, "/action", "consent.simplified-procedure",
          head + ": the " + r.rules_.short_title +
              "'s profile gives no simplified procedure (\"simplified_procedure\": its article and the day consent "
              "is established by it; rule E10)");
      continue;
    }
    if (a.date != sp.established_on) {
      err(i, "/date", "consent.simplified-procedure",
          head + ": article " + sp.article + " establishes consent by the simplified procedure on " +
              to_iso(sp.established_on) + ", and on no other day (rule E10)");
      continue;
    }
    const state_record* s = r.find(a.state);
    if (s && !(s->signature && *s->signature < a.date))
      err(i, "", "consent.simplified-procedure",
          head + ": the procedure of article " + sp.article +
              " is open to a State that signed subject to it, and the registry records no signature by " + a.state +
              " before that day (rule E10)");
  }
  return out;
}

/// Rule E10: one diagnostic for each instrument that would count, or enter into force for its State,
/// only after the State's denunciation took effect.
inline std::vector<diagnostic> counted_later_faults(const record_parts& r) {
  std::vector<diagnostic> out;
  const detail::diagnostic_sink err(r.registry_.file, out);
  for (const auto& s : r.states_)
    for (const auto& c : s.consents)
      if (c.counted_on && c.ends() && *c.ends() <= *c.counted_on)
        err(c.action_index, "/effective", "action.effective",
            s.state + "'s " + to_key(c.kind) + " of " + to_iso(c.deposit) + " would count from " +
                to_iso(*c.counted_on) + ", but its " + r.rules_.denunciation_noun + " took effect on " +
                to_iso(*c.ends()) + ": an instrument cannot count after the State has left (rule E10)");
      else if (c.counted_on && c.ends() && c.in_force_from && *c.ends() <= *c.in_force_from)
        err(c.action_index, "/effective", "action.effective",
            s.state + "'s " + to_key(c.kind) + " of " + to_iso(c.deposit) + ", counted from " + to_iso(*c.counted_on) +
                ", would enter into force for it on " + to_iso(*c.in_force_from) + ", but its " +
                r.rules_.denunciation_noun + " took effect on " + to_iso(*c.ends()) +
                ": the treaty cannot enter into force for a State that has left (rule E10)");
  return out;
}

}  // namespace pacta::detail
