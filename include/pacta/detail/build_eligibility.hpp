// pacta/detail/build_eligibility.hpp — building a treaty_record: article 13: who may sign and consent.
//
// What it checks and stores: OPSC art. 13 and its like in each profile's `eligibility`: a State signs or consents only
// while a party to, or a signatory of, the treaties the clause names (code `eligibility`);
// `record_options::parent_party_basis`, `signatory_after_denunciation` and `signatory_reading` (rule G2:
// "any State that has signed" the parent, as the depositary applies it) settle the open points. Part of
// `pacta::try_build_record` (pacta/record.hpp); docs/rules.md names the rules and their tests.
//
// Pure functions over values: the act, the clause, the parents' records and the options in; what
// article 13 says of the act out (`eligibility_of`). The pass over the actions (build_actions.hpp)
// stores a finding's sentence or reports its refusal.
#pragma once

#include <pacta/action.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/record_options.hpp>
#include <pacta/treaty_record.hpp>
#include <pacta/treaty_rules.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace pacta::detail {

/// What article 13 (or its like) says of one signature or consent.
struct eligibility_finding {
  /// Rule G2's sentence where the act is admitted only as the depositary reads "any State that has
  /// signed" the parent; empty otherwise.
  std::string admitted;
  /// Why the act is not open to the State (code `eligibility`); empty when it is, or when no parent
  /// the clause names was given (the check does not run).
  std::string refused;
};

/// A party to `parent` on `on`, from its deposit or, with `party_basis::in_force`, from the day it was
/// bound; until its denunciation took effect.
inline bool parent_party(const treaty_record& parent, const std::string& state, date_t on,
                         const record_options& options) {
  const state_record* s = parent.find(state);
  return s && s->consent_in_effect(on, options.parent_party_basis == party_basis::in_force ? in_effect_from::bound
                                                                                           : in_effect_from::deposit);
}

/// A signatory of `parent` on `on`. A State that later became a party to it and whose denunciation
/// took effect by `on` still counts, unless `signatory_after_denunciation` is `not_eligible`
/// (unsettled: no recorded case).
inline bool parent_signatory(const treaty_record& parent, const std::string& state, date_t on,
                             const record_options& options) {
  const state_record* s = parent.find(state);
  if (!s || !s->signature || *s->signature > on) return false;
  if (options.signatory_after_denunciation == denounced_signatory::not_eligible)
    for (const auto& c : s->consents)
      if (const auto end = c.ends(); end && *end <= on) return false;
  return true;
}

/// Rule G2: where the clause opens the act to the parent's signatories, a State that had not signed
/// the parent but had ratified, acceded or succeeded to it by the act's date is admitted as the
/// depositary admits it (`record_options::signatory_reading`); the sentence that says so, or empty.
inline std::string admitted_as_signatory(const treaty_record& parent, const eligibility& e, const action& a,
                                         const record_options& options) {
  if (options.signatory_reading != parent_signatory_reading::depositary_practice) return {};
  const state_record* s = parent.find(a.state);
  if (!s) return {};
  for (const auto& c : s->consents) {
    if (c.deposit > a.date) continue;
    const auto end = c.ends();
    if (end && *end <= a.date && options.signatory_after_denunciation == denounced_signatory::not_eligible) continue;
    const std::string act = is_signature(a.kind) ? "signature" : to_key(a.kind);
    return "Article " + e.article + " opens its " + act + " to States that have signed the " +
           parent.rules().short_title + "; " + a.state + " had not signed it, but its " + to_key(c.kind) + " of " +
           to_iso(c.deposit) + " made it more than a signatory, and the depositary accepts such a State as one " +
           "that has signed (rule G2; --option parent-signatory=literal reads the article's words only).";
  }
  return {};
}

/// Article 13 on one act: whether the State was, on the act's date, a party to or a signatory of a
/// treaty the clause names, among `parents` (those not given are not checked).
inline eligibility_finding eligibility_of(const eligibility& e, const action& a,
                                          const std::vector<const treaty_record*>& parents,
                                          const record_options& options) {
  if (e.any_state) return {};
  auto find_parent = [&](const std::string& id) -> const treaty_record* {
    for (const treaty_record* p : parents)
      if (p && p->rules().id == id) return p;
    return nullptr;
  };
  bool any_loaded = false;
  for (const auto& id : e.parties_of) {
    if (const treaty_record* p = find_parent(id)) {
      any_loaded = true;
      if (parent_party(*p, a.state, a.date, options)) return {};
    }
  }
  for (const auto& id : e.signatories_of) {
    if (const treaty_record* p = find_parent(id)) {
      any_loaded = true;
      if (parent_signatory(*p, a.state, a.date, options)) return {};
    }
  }
  // Rule G2, where the clause opens the act to the parent's signatories only ("any State that has
  // signed": OPCAT art. 27(1), ICCPR-OP2 art. 7(1), ICCPR-OP1 art. 8(1)); a clause that names the
  // parent's parties as well (OPSC art. 13) says itself who of them qualifies, and when
  // (`parent_party_basis`).
  for (const auto& id : e.signatories_of)
    if (std::find(e.parties_of.begin(), e.parties_of.end(), id) == e.parties_of.end())
      if (const treaty_record* p = find_parent(id))
        if (auto note = admitted_as_signatory(*p, e, a, options); !note.empty()) return {std::move(note), {}};
  if (!any_loaded) return {};
  std::string who;
  auto names = [&](const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) {
      const treaty_record* p = find_parent(id);
      out += (out.empty() ? "" : " or ") + (p ? p->rules().short_title : id);
    }
    return out;
  };
  if (!e.parties_of.empty()) who += "a party to " + names(e.parties_of);
  if (!e.signatories_of.empty())
    who += std::string(who.empty() ? "" : " nor ") + "a signatory of " + names(e.signatories_of);
  if (!e.parties_of.empty() && !e.signatories_of.empty())
    who = "neither " + who;
  else
    who = "not " + who;
  // Article 13 names signature, ratification and accession, not succession: a successor is held
  // to the same condition by analogy (its predecessor met it), and the message says so rather
  // than cite the article for it.
  const std::string basis = a.kind == action_kind::succession
                                ? "rule E5 (the condition of article " + e.article +
                                      ", which names ratification and accession, applied to a successor)"
                                : "article " + e.article;
  return {{},
          basis + ": on " + to_iso(a.date) + " " + a.state + " is " + who + ", so its " + to_key(a.kind) +
              " is not open to it"};
}

}  // namespace pacta::detail
