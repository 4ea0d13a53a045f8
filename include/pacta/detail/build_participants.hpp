// pacta/detail/build_participants.hpp — building a treaty_record: organizations and former States
// (rules E8, F1), and the limits on denunciation that need the dates computed (rule D6).
//
// What it checks and stores: each participant the registry lists in `participants` has actions and
// is marked on its State record (code participant.unknown); an organization takes part only where
// the treaty is open to organizations (organization.not-open), and only an organization formally
// confirms (consent.formal-confirmation); a denunciation comes no earlier than the treaty allows
// (denunciation.too-early, ICRMW art. 89(1)). Part of `pacta::try_build_record`
// (pacta/record.hpp); docs/rules.md names the rules and their tests.
#pragma once

#include <pacta/detail/record_builder.hpp>

#include <string>

namespace pacta::detail {

inline void apply_participants(record_parts& r, record_builder::build_pass& pass) {
  for (std::size_t k = 0; k < r.registry_.participants.size(); ++k) {
    const participant_info& p = r.registry_.participants[k];
    const std::ptrdiff_t i = r.index_.find(p.name, r.name_of());
    if (i < 0) {
      pass.err("/participants/" + std::to_string(k) + "/name", "participant.unknown",
               p.name + " is listed in \"participants\" but has no action in the registry");
      continue;
    }
    state_record& s = r.states_[static_cast<std::size_t>(i)];
    s.kind = p.kind;
    s.ceased = p.ceased;
    if (p.kind == participant_kind::former_state && !p.ceased &&
        r.options_.former_state_end == unrecorded_end::after_last_act)
      s.existed_through = r.registry_.actions[s.last_action].date;
    if (p.kind == participant_kind::organization && !r.rules_.organizations.open)
      pass.err(s.first_action, "", "organization.not-open",
               p.name + " is a regional integration organization, and the " + r.rules_.short_title +
                   " is open to States only (its profile has no \"organizations\" clause)");
    if (p.ceased)
      for (const std::size_t a : r.actions_of(s))
        if (r.registry_.actions[a].date >= *p.ceased)
          pass.err(a, "/date", "participant.ceased",
                   p.name + " ceased to exist on " + to_iso(*p.ceased) + " (\"participants\"), but an action of " +
                       to_iso(r.registry_.actions[a].date) + " is recorded for it");
  }
  for (const auto& s : r.states_)
    for (const auto& c : s.consents)
      if (c.kind == action_kind::formal_confirmation && s.kind != participant_kind::organization)
        pass.err(c.action_index, "/action", "consent.formal-confirmation",
                 "formal confirmation is the act by which a regional integration organization consents (CRPD art. "
                 "43); " +
                     s.state +
                     " is not listed as an organization in \"participants\": a State ratifies, accepts, approves or "
                     "accedes");
}

/// Rule D6 (ICRMW art. 89(1)): no notification of denunciation before the period has run from the
/// treaty's entry into force for the State.
/// One `denunciation.too-early` for each that was; not checked while the general date is NOT
/// computed.
inline std::vector<diagnostic> denunciation_wait_faults(const record_parts& r) {
  std::vector<diagnostic> out;
  if (r.rules_.denunciation_wait.count == 0) return out;
  // No date of entry into force is known when the general one is NOT computed (a table of figures
  // missing): the wait cannot be checked, and the record says why its dates are not computed.
  if (!r.general_not_computed_.empty()) return out;
  const detail::diagnostic_sink err(r.registry_.file, out);
  for (const auto& s : r.states_)
    for (const auto& c : s.consents)
      for (const auto& d : c.denunciations) {
        if (d.by_parent) continue;  // the parent treaty's own notice (D7)
        if (!c.in_force_from) {
          err(d.action_index, "", "denunciation.too-early",
              s.state + " gave notice of " + r.rules_.denunciation_noun + " on " + to_iso(d.received) +
                  ", before the " + r.rules_.short_title + " was in force for it: article " +
                  r.rules_.denunciation_wait_article + " allows it only " + to_string(r.rules_.denunciation_wait) +
                  " after that entry into force (rule D6)");
          continue;
        }
        const date_t earliest = r.add(*c.in_force_from, r.rules_.denunciation_wait);
        if (d.received < earliest)
          err(d.action_index, "", "denunciation.too-early",
              s.state + " gave notice of " + r.rules_.denunciation_noun + " on " + to_iso(d.received) + "; article " +
                  r.rules_.denunciation_wait_article + " allows it no earlier than " +
                  to_string(r.rules_.denunciation_wait) + " after the " + r.rules_.short_title +
                  " entered into force for it (" + to_iso(*c.in_force_from) + "), that is from " + to_iso(earliest) +
                  " (rule D6)");
      }
  return out;
}

/// Rule D7 (CCW art. 9(3)): a State's denunciation of the parent treaty applies to this one, by which
/// it is bound when that denunciation takes effect: the consent in effect then ends on the same day,
/// unless the State's own denunciation of this treaty ends it first. Needs the parent's record.
inline void apply_parent_denunciations(record_parts& r, const std::vector<const treaty_record*>& parents) {
  if (r.rules_.parent_denunciation_article.empty()) return;
  const treaty_record* parent = nullptr;
  for (const treaty_record* p : parents)
    if (p && p->rules().id == r.rules_.parent) parent = p;
  if (!parent) {  // not given (the set loads it where its registry is at hand): say what is not known
    r.parent_denunciations_not_known_ =
        "whether a State " + std::string(r.rules_.is_withdrawal() ? "withdrew from" : "denounced") +
        " the parent treaty (" + r.rules_.parent + "), which article " + r.rules_.parent_denunciation_article +
        " makes a " + r.rules_.denunciation_of() + " the " + r.rules_.short_title +
        " too: its registry was not loaded (rule D7)";
    return;
  }
  for (auto& s : r.states_) {
    const state_record* ps = parent->find(s.state);
    if (!ps) continue;
    for (const auto& pc : ps->consents) {
      const denunciation_record* pd = pc.standing_denunciation();
      if (!pd || pd->suspended) continue;
      const date_t takes_effect = pd->effective.date;
      for (auto& c : s.consents) {  // the consent this treaty binds the State by on that day
        if (!c.in_force_from || *c.in_force_from >= takes_effect) continue;
        if (const auto own = c.ends(); own && *own <= takes_effect) continue;
        if (c.standing_denunciation()) continue;  // its own notice, effective later: both are said by their notes
        denunciation_record d;
        d.received = pd->received;
        d.by_parent = true;
        d.action_index = c.action_index;
        d.effective.date = takes_effect;
        d.effective.why.rule = "D7";
        d.effective.why.article = r.rules_.parent_denunciation_article;
        d.effective.why.anchor = pd->received;
        d.effective.why.reasoning = "The " + parent->rules().denunciation_of() + " the " + parent->rules().short_title +
                                    " received on " + to_prose(pd->received) + " takes effect on " +
                                    to_prose(takes_effect) + " (" + parent->cite(pd->effective.why) +
                                    "); under article " + r.rules_.parent_denunciation_article + " it applies to the " +
                                    r.rules_.short_title + " too, by which " + detail::state_in_prose(s.state) +
                                    " is bound.";
        c.denunciations.push_back(std::move(d));
      }
    }
  }
}

}  // namespace pacta::detail
