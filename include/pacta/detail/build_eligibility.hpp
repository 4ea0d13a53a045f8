// pacta/detail/build_eligibility.hpp — building a treaty_record: article 13: who may sign and consent.
//
// What it checks and stores: OPSC art. 13 and its like in each profile's `eligibility`: a State signs or consents only
// while a party to, or a signatory of, the treaties the clause names (code `eligibility`);
// `record_options::parent_party_basis`, `signatory_after_denunciation` and `signatory_reading` (rule G2:
// "any State that has signed" the parent, as the depositary applies it) settle the open points. Part of
// `pacta::try_build_record` (pacta/record.hpp); docs/rules.md names the rules and their tests.
#pragma once

#include <pacta/detail/record_builder.hpp>

#include <algorithm>

namespace pacta::detail {

inline bool record_builder::parent_party(const treaty_record& parent, const std::string& state, date_t on) const {
  const state_record* s = parent.find(state);
  if (!s) return false;
  for (const auto& c : s->consents) {
    date_t from = c.deposit;
    if (options_.parent_party_basis == party_basis::in_force) {
      const auto f = c.bound_from();
      if (!f) continue;
      from = *f;
    }
    if (from > on) continue;
    const auto end = c.ends();
    if (end && *end <= on) continue;
    return true;
  }
  return false;
}

inline bool record_builder::parent_signatory(const treaty_record& parent, const std::string& state, date_t on) const {
  const state_record* s = parent.find(state);
  if (!s || !s->signature || *s->signature > on) return false;
  if (options_.signatory_after_denunciation == denounced_signatory::not_eligible)
    for (const auto& c : s->consents)
      if (const auto end = c.ends(); end && *end <= on) return false;
  return true;
}

inline std::string record_builder::admitted_as_signatory(const treaty_record& parent, const eligibility& e,
                                                         const action& a) const {
  if (options_.signatory_reading != parent_signatory_reading::depositary_practice) return {};
  const state_record* s = parent.find(a.state);
  if (!s) return {};
  for (const auto& c : s->consents) {
    if (c.deposit > a.date) continue;
    const auto end = c.ends();
    if (end && *end <= a.date && options_.signatory_after_denunciation == denounced_signatory::not_eligible) continue;
    const std::string act = is_signature(a.kind) ? "signature" : to_key(a.kind);
    return "Article " + e.article + " opens its " + act + " to States that have signed the " +
           parent.rules().short_title + "; " + a.state + " had not signed it, but its " + to_key(c.kind) + " of " +
           to_iso(c.deposit) + " made it more than a signatory, and the depositary accepts such a State as one " +
           "that has signed (rule G2; --option parent-signatory=literal reads the article's words only).";
  }
  return {};
}

inline std::string record_builder::check_eligibility(const eligibility& e, const action& a, std::size_t i,
                                                     const std::vector<const treaty_record*>& parents,
                                                     std::vector<diagnostic>& diags) const {
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
      if (parent_party(*p, a.state, a.date)) return {};
    }
  }
  for (const auto& id : e.signatories_of) {
    if (const treaty_record* p = find_parent(id)) {
      any_loaded = true;
      if (parent_signatory(*p, a.state, a.date)) return {};
    }
  }
  // Rule G2, where the clause opens the act to the parent's signatories only ("any State that has
  // signed": OPCAT art. 27(1), ICCPR-OP2 art. 7(1), ICCPR-OP1 art. 8(1)); a clause that names the
  // parent's parties as well (OPSC art. 13) says itself who of them qualifies, and when
  // (`parent_party_basis`).
  for (const auto& id : e.signatories_of)
    if (std::find(e.parties_of.begin(), e.parties_of.end(), id) == e.parties_of.end())
      if (const treaty_record* p = find_parent(id))
        if (auto note = admitted_as_signatory(*p, e, a); !note.empty()) return note;
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
  detail::diagnostic_sink(registry_.file, diags)(i, "", "eligibility",
                                                 basis + ": on " + to_iso(a.date) + " " + a.state + " is " + who +
                                                     ", so its " + to_key(a.kind) + " is not open to it");
  return {};
}

}  // namespace pacta::detail
