// pacta/detail/build_entry_into_force.hpp — building a treaty_record: rules E1–E5, stored.
//
// What it checks and stores: the general entry into force and each consent's date, from the pure functions of
// pacta/entry_into_force.hpp. Part of `pacta::try_build_record` (pacta/record.hpp); docs/rules.md names the rules and
// their tests.
#pragma once

#include <pacta/detail/record_builder.hpp>
#include <pacta/detail/registry_spelling.hpp>
#include <pacta/entry_into_force.hpp>
#include <pacta/subject_to.hpp>

#include <algorithm>
#include <cctype>
#include <string>

namespace pacta::detail {

/// The general entry into force, or why it is NOT computed.
struct general_outcome {
  std::optional<general_entry_into_force> general;
  std::string not_computed;  ///< empty when computed (or not yet in force)
};

/// The general entry into force of a record's States: by the profile's clause (evaluated by
/// clause::resolve) or its shorthand (rule E1), then put off to the entry into force of the treaty it
/// is subject to (E7: the evaluator's later of the two, applied by `apply_subject_to`), that treaty
/// found among `parents` or recorded by the profile; `registry.subject-to` where the profile's recorded date of that
/// treaty differs from its registry's.
inline general_outcome general_entry_into_force_in(const record_parts& r,
                                                   const std::vector<const treaty_record*>& parents,
                                                   std::vector<diagnostic>& diags) {
  general_outcome out;
  const subject_to_clause& subject = r.rules_.subject_to;
  const treaty_record* other = nullptr;  // the treaty it is subject to (E7), when loaded
  for (const treaty_record* p : parents)
    if (p && !subject.treaty.empty() && p->rules().id == subject.treaty) other = p;
  if (other && subject.recorded && (!other->entry_into_force() || other->entry_into_force()->date != *subject.recorded))
    diags.push_back({r.registry_.file, "", "registry.subject-to",
                     "the profile records the entry into force of the " + other->rules().short_title + " on " +
                         to_iso(*subject.recorded) + " (article " + subject.article + "), but its registry gives " +
                         (other->entry_into_force() ? to_iso(other->entry_into_force()->date) : std::string("none")),
                     std::nullopt, std::nullopt});
  std::optional<subject_to_decision> decision;  // rule E7, by the evaluator
  if (r.rules_.general_clause) {                // the profile's clause, evaluated by clause::resolve
    clause::term_context ctx;
    ctx.leap = r.options_.leap_day;
    ctx.opened = r.rules_.opened_for_signature;
    for (const auto& d : r.registry_.decisions) ctx.decisions[d.decision] = {d.date, d.effective, d.by};  // E9
    ctx.tables.tables = r.rules_.tables;
    for (auto& [name, table] : ctx.tables.tables) registry_spelling(table, r.states_);
    for (const treaty_record* p : parents)  // a date NOT computed there is not known here either
      if (p && p->entry_into_force_not_computed().empty())
        ctx.in_force[p->rules().id] =
            p->entry_into_force() ? std::optional<date_t>(p->entry_into_force()->date) : std::nullopt;
    if (!subject.treaty.empty() && !other && subject.recorded)  // E7: the depositary's date, its registry not loaded
      ctx.in_force[subject.treaty] = subject.recorded;
    auto by_clause = general_entry_into_force_by_clause(r.rules_, r.states_, ctx);
    out.general = std::move(by_clause.general);
    out.not_computed = std::move(by_clause.not_computed);
    decision = by_clause.subject_to;
  } else {
    out.general = general_entry_into_force_of(r.rules_, r.states_, r.options_.leap_day);  // E1
  }
  if (subject.treaty.empty() || !out.general) return out;
  std::string title = other ? other->rules().short_title : subject.treaty;  // E7
  if (!other)
    for (auto& ch : title) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  std::optional<date_t> other_date;
  condition_source source = condition_source::unknown;
  if (other) {
    source = condition_source::record;
    if (other->entry_into_force()) other_date = other->entry_into_force()->date;
  } else if (subject.recorded) {
    source = condition_source::recorded;
    other_date = subject.recorded;
  }
  if (other && !other->entry_into_force_not_computed().empty() && out.general) {  // not known: not guessed
    out.not_computed = "article " + subject.article + " makes it subject to the entry into force of the " + title +
                       ", which is NOT computed (" + other->entry_into_force_not_computed() + ")";
    out.general.reset();
  } else {
    if (!decision) decision = shorthand_subject_to(r.rules_, r.states_, other_date, source, r.options_.leap_day);
    apply_subject_to(r.rules_, out.general, *decision, other_date, title, source);
  }
  return out;
}

/// Rules E1–E7 over a record's parts: the general date (and why it is NOT computed), then each
/// consent's date of entry into force (E2–E5, F1), stored on the consents; a denunciation received
/// before the treaty was in force says so (VCLT art. 24(4)).
inline void store_entry_into_force(record_parts& r, const std::vector<const treaty_record*>& parents,
                                   std::vector<diagnostic>& diags) {
  general_outcome g = general_entry_into_force_in(r, parents, diags);  // E1 (by the shorthand or a clause), E7
  r.general_ = std::move(g.general);
  r.general_not_computed_ = std::move(g.not_computed);
  for (auto& s : r.states_)
    for (auto& c : s.consents) {
      if (const auto o = state_entry_into_force_outcome(r.rules_, r.general_, c, r.options_))  // E2–E5
        c.in_force_from = o->date;
      // Rule F1: the treaty never enters into force for a State on or after the day it ceased to
      // exist (its instrument still counted toward the threshold, at its deposit).
      if (c.in_force_from && s.gone_on(*c.in_force_from)) c.in_force_from.reset();
      // E5: a succession whose date is not recorded binds from its notification, never before the
      // treaty itself is in force.
      if (c.kind == action_kind::succession && !c.succession_date && r.general_)
        c.provisional_from = std::max(c.deposit, r.general_->date);
      // A denunciation received before the treaty is in force for any State: article 15 applies
      // from the adoption of the text (VCLT art. 24(4)), so it is read under article 15(1), and
      // its reasoning says so.
      for (auto& d : c.denunciations)
        if (!r.general_not_computed_.empty())  // whether it was then in force is not known
          d.effective.why.reasoning += " Whether the " + r.rules_.short_title +
                                       " was then in force for the State is NOT known: its entry into force is NOT "
                                       "computed (" +
                                       r.general_not_computed_ + "), so the rules that depend on it are NOT checked.";
        else if (!r.general_ || d.received < r.general_->date)
          d.effective.why.reasoning +=
              " It was received before the " + r.rules_.short_title + " was in force for any State (" +
              (r.general_ ? "in force from " + to_prose(r.general_->date) : std::string("not yet in force")) +
              "); the clause on denunciation applies from the adoption of the text (VCLT art. 24(4)).";
    }
  // E5: a successor whose named predecessor had consented but was bound only after the date of
  // succession (the SFRY under the CAT); the predecessors' dates are known now.
  for (auto& s : r.states_)
    for (auto& c : s.consents) {
      if (c.kind != action_kind::succession || !c.succession_date) continue;
      const state_record* p = r.find(r.registry_.actions[c.action_index].predecessor());
      if (!p || p == &s) continue;
      const consent_record* pc = nullptr;
      for (const auto& k : p->consents)
        if (k.deposit <= *c.succession_date) pc = &k;
      if (!pc || !pc->in_force_from || *pc->in_force_from <= *c.succession_date) continue;
      c.predecessor_from = pc->in_force_from;
      c.in_force_from.reset();
      if (const auto o = state_entry_into_force_outcome(r.rules_, r.general_, c, r.options_)) c.in_force_from = o->date;
      if (c.in_force_from && s.gone_on(*c.in_force_from)) c.in_force_from.reset();
    }
}

}  // namespace pacta::detail
