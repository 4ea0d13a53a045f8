// pacta/detail/build_actions.hpp — building a treaty_record: the action sequence, State by State.
//
// What it checks and stores: each State's signature, consents, denunciations (rules D1, D4) and
// their withdrawals (D3), declarations and armed conflicts, in date order for each State (codes
// order.state-dates, signature.*, consent.duplicate, denunciation.*, withdrawal.no-pending,
// declaration.not-in-treaty, armed-conflict.*); then it runs the other families in order; and
// every date computed must fall within years 1–9999 (date.range).
// Part of `pacta::try_build_record` (pacta/record.hpp); docs/rules.md names the rules and their tests.
#pragma once

#include <pacta/denunciation.hpp>
#include <pacta/detail/build_eligibility.hpp>
#include <pacta/detail/build_optional_declarations.hpp>
#include <pacta/detail/build_participants.hpp>
#include <pacta/detail/record_builder.hpp>

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pacta::detail {

/// The whole build: the actions State by State, then each rule family that needs them all.
/// Rule D4 needs a State's armed conflicts when its denunciation is read, and they may be listed
/// after it: they are collected first (and checked in the main pass).
inline void collect_armed_conflicts(const record_parts& r, record_builder::conflict_map& conflicts) {
  for (std::size_t i = 0; !r.rules_.armed_conflict_article.empty() && i < r.registry_.actions.size(); ++i) {
    const action& a = r.registry_.actions[i];
    if (a.kind == action_kind::armed_conflict) {
      conflicts[a.state].push_back({a.date, std::nullopt, i});
    } else if (a.kind == action_kind::armed_conflict_end) {
      auto it = conflicts.find(a.state);
      if (it != conflicts.end() && !it->second.back().to) it->second.back().to = a.date;
    }
  }
}

/// Numbers the States in order of first appearance, so that their records are allocated once.
/// `next_action_` holds each action's State index until `read_action` replaces it with the link to
/// the State's next action.
inline void number_states(record_parts& r) {
  constexpr auto none = static_cast<std::uint32_t>(-1);
  r.next_action_.assign(r.registry_.actions.size(), none);
  std::vector<std::uint32_t>& state_of = r.next_action_;
  std::vector<std::size_t> first;  // per State: its first action
  std::size_t previous = none;     // the last action of a State seen
  auto first_name = [&](std::size_t k) -> std::string_view { return r.registry_.actions[first[k]].state; };
  for (std::size_t i = 0; i < r.registry_.actions.size(); ++i) {
    const action& a = r.registry_.actions[i];
    if (is_organ_act(a.kind)) continue;
    // A State's actions mostly follow one another: the previous action's State, if it is this
    // one, spares a lookup.
    if (previous != none && r.registry_.actions[previous].state == a.state) {
      state_of[i] = state_of[previous];
      previous = i;
      continue;
    }
    const auto [si, inserted] = r.index_.insert(a.state, first.size(), first_name);
    if (inserted) first.push_back(i);
    state_of[i] = static_cast<std::uint32_t>(si);
    previous = i;
  }
  r.states_.reserve(first.size());
}

/// One action of a State: linked after the State's previous action (they must be in date order),
/// then read by its kind against the State's consent in effect on its date.
inline void read_action(record_parts& r, std::size_t i, record_builder::build_pass& pass) {
  constexpr auto none = static_cast<std::uint32_t>(-1);
  const action& a = r.registry_.actions[i];
  const std::size_t si = r.next_action_[i];  // the State's index, from number_states
  r.next_action_[i] = none;
  const bool inserted = si == r.states_.size();
  if (inserted) {
    state_record fresh;
    fresh.state = a.state;
    fresh.first_action = fresh.last_action = static_cast<std::uint32_t>(i);
    r.states_.push_back(std::move(fresh));
  }
  state_record& s = r.states_[si];
  if (!inserted) {
    const action& prev = r.registry_.actions[s.last_action];
    if (a.date < prev.date) {
      pass.err(i, "/date", "order.state-dates",
               "the actions of " + a.state + " must be listed in date order: this " + to_key(a.kind) + " of " +
                   to_iso(a.date) + " follows its " + to_key(prev.kind) + " of " + to_iso(prev.date) + " at /actions/" +
                   std::to_string(s.last_action));
      return;
    }
    r.next_action_[s.last_action] = static_cast<std::uint32_t>(i);
  }
  s.last_action = static_cast<std::uint32_t>(i);

  consent_record* current = s.consents.empty() ? nullptr : &s.consents.back();
  if (current) {
    const auto end = current->ends();
    if (end && *end <= a.date) current = nullptr;  // its denunciation has taken effect
  }
  if (is_signature(a.kind))
    read_signature(r, i, s, current, pass);
  else if (is_consent(a.kind))
    read_consent(r, i, s, current, pass);
  else if (a.kind == action_kind::denunciation)
    read_denunciation(r, i, current, pass);
  else if (a.kind == action_kind::denunciation_withdrawal)
    read_withdrawal(r, i, s, current, pass);
  else if (is_optional_declaration_action(a.kind))
    read_optional_declaration(r, i, current, pass);
  else if (a.kind == action_kind::provisional_application || a.kind == action_kind::provisional_application_termination)
    ;  // not consent to be bound, nor its end: checked against the clause by build_provisional.hpp (rule V1)
  else if (a.kind == action_kind::declaration || a.kind == action_kind::armed_conflict ||
           a.kind == action_kind::armed_conflict_end)
    read_clause_action(r, i, s, pass);
  else  // amendment actions: checked with their amendment (build_amendments), the State noted here
    pass.amendment_states.emplace_back(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(si));
}

/// A signature precedes consent, once (rule E6); article 13 says who may sign.
inline void read_signature(record_parts& r, std::size_t i, state_record& s, const consent_record* current,
                           record_builder::build_pass& pass) {
  const action& a = r.registry_.actions[i];
  if (current) {
    pass.err(i, "", "signature.after-consent",
             a.state + " signed on " + to_iso(a.date) + " after its " + to_key(current->kind) + " of " +
                 to_iso(current->deposit) + ": a signature precedes consent to be bound, it cannot follow it");
  } else if (s.signature && (s.consents.empty() || s.consents.back().deposit < *s.signature)) {
    pass.err(i, "", "signature.duplicate",
             a.state + " already signed on " + to_iso(*s.signature) + "; a State signs once");
  } else {
    s.signature = a.date;
    check_eligibility(r, r.rules_.signature, i, pass);
  }
}

/// A consent to be bound (an instrument, or a succession): one at a time; article 13 says who may.
inline void read_consent(record_parts& r, std::size_t i, state_record& s, const consent_record* current,
                         record_builder::build_pass& pass) {
  const action& a = r.registry_.actions[i];
  if (current) {
    std::string msg = a.state + " already consented to be bound by its " + to_key(current->kind) + " of " +
                      to_iso(current->deposit) +
                      ", which stands: a second consent while the first stands is not possible";
    if (const denunciation_record* pending = current->standing_denunciation())
      msg += "; its denunciation received " + to_iso(pending->received) + " is pending until " +
             to_iso(pending->effective.date) + ": withdraw the denunciation instead";
    pass.err(i, "", "consent.duplicate", std::move(msg));
    return;
  }
  consent_record c;
  c.kind = a.kind;
  c.deposit = a.date;
  if (a.kind == action_kind::succession)
    c.succession_date = a.effective;
  else
    c.counted_on = a.effective;  // rule E10 (the reader refuses it on a day not after the deposit)
  c.succeeded_as = a.succession_kind();
  c.action_index = static_cast<std::uint32_t>(i);
  s.consents.push_back(std::move(c));
  check_eligibility(r, r.rules_.consent, i, pass);
}

inline void check_eligibility(record_parts& r, const eligibility& e, std::size_t i, record_builder::build_pass& pass) {
  eligibility_finding f = eligibility_of(e, r.registry_.actions[i], pass.parents, r.options_);
  if (!f.refused.empty()) pass.err(i, "", "eligibility", std::move(f.refused));
  if (!f.admitted.empty()) r.eligibility_notes_.emplace_back(static_cast<std::uint32_t>(i), std::move(f.admitted));
}

/// A denunciation by a bound State, one pending at a time; it takes effect by rule D1, or D4.
inline void read_denunciation(record_parts& r, std::size_t i, consent_record* current,
                              record_builder::build_pass& pass) {
  const action& a = r.registry_.actions[i];
  const denunciation_record* pending = current ? current->standing_denunciation() : nullptr;
  if (!r.rules_.denunciation_allowed) {  // rule D5
    pass.err(i, "/action", "denunciation.no-clause",
             a.state + " gave notice of denunciation on " + to_iso(a.date) + ", but the " + r.rules_.short_title +
                 " has no clause on denunciation or withdrawal: a treaty silent on it is not open to denunciation "
                 "unless the parties intended it or its nature implies it (VCLT art. 56; rule D5)");
  } else if (!current) {
    pass.err(i, "", "denunciation.not-bound",
             a.state + " gave notice of denunciation on " + to_iso(a.date) +
                 " but has no consent in effect on that date: only a State bound by the treaty can denounce it");
  } else if (pending) {
    pass.err(i, "", "denunciation.pending",
             a.state + " already has a denunciation pending (received " + to_iso(pending->received) + ", effective " +
                 to_iso(pending->effective.date) + ")");
  } else {
    denunciation_record d;
    d.received = a.date;
    d.action_index = i;
    d.effective = denunciation_takes_effect(r.rules_, a.date, r.options_.leap_day);  // D1
    if (a.effective && *a.effective != d.effective.date) {  // a later date the notification specifies
      if (r.rules_.denunciation_later_date_article.empty())
        pass.err(i, "/effective", "denunciation.later-date",
                 a.state + "'s notification of denunciation is recorded as specifying " + to_iso(*a.effective) +
                     ", but article " + r.rules_.denunciation_article + " gives no later date than " +
                     to_string(r.rules_.denunciation_delay) + " after receipt (" + to_iso(d.effective.date) + ")");
      else if (*a.effective < d.effective.date)
        pass.err(i, "/effective", "denunciation.later-date",
                 a.state + "'s notification of denunciation specifies " + to_iso(*a.effective) + ", before " +
                     to_iso(d.effective.date) + ", the end of the " + to_string(r.rules_.denunciation_delay) +
                     " that article " + r.rules_.denunciation_article + " gives it");
      else
        specified_later_date(r, d, *a.effective);
    }
    if (auto c = pass.conflicts.find(a.state); c != pass.conflicts.end())
      apply_armed_conflict(r.rules_, a.state, d, c->second);  // D4
    current->denunciations.push_back(std::move(d));
  }
}

/// Rule D1 with a later date the notification specifies (ATT art. 24(2): "unless the notification
/// of withdrawal specifies a later date"): it takes effect on that date.
inline void specified_later_date(const record_parts& r, denunciation_record& d, date_t specified) {
  const date_t by_period = d.effective.date;
  d.effective.date = specified;
  d.effective.why.article = r.rules_.denunciation_later_date_article;
  d.effective.why.delay.reset();
  d.effective.why.reasoning = "The notification of " + r.rules_.denunciation_noun + " was received on " +
                              to_prose(d.received) + " and specifies a later date than " +
                              to_string(r.rules_.denunciation_delay) + " after its receipt (" + to_prose(by_period) +
                              "); article " + r.rules_.denunciation_later_date_article +
                              ": it takes effect on that date, " + to_prose(specified) + ".";
}

/// Rule D3: a pending denunciation withdrawn before it takes effect (VCLT art. 68).
inline void read_withdrawal(record_parts& r, std::size_t i, const state_record& s, consent_record* current,
                            record_builder::build_pass& pass) {
  const action& a = r.registry_.actions[i];
  if (current && current->standing_denunciation()) {
    for (auto& d : current->denunciations)
      if (!d.withdrawn) d.withdrawn = a.date;
    return;
  }
  std::string msg =
      a.state + " withdrew a denunciation on " + to_iso(a.date) + " but has no denunciation pending on that date";
  if (!s.consents.empty()) {
    const auto* late = s.consents.back().standing_denunciation();
    if (late && late->effective.date <= a.date)
      msg += ": its denunciation received " + to_iso(late->received) + " took effect on " +
             to_iso(late->effective.date) +
             ", and a denunciation can be withdrawn only before it takes effect (VCLT art. 68)";
  }
  pass.err(i, "", "withdrawal.no-pending", std::move(msg));
}

/// OPAC art. 3 declarations and art. 11(1) armed conflicts, where the treaty has such clauses.
inline void read_clause_action(record_parts& r, std::size_t i, state_record& s, record_builder::build_pass& pass) {
  const action& a = r.registry_.actions[i];
  if (a.kind == action_kind::declaration) {
    if (!r.rules_.consent_declaration.present)
      pass.err(i, "/action", "declaration.not-in-treaty",
               "the " + r.rules_.short_title +
                   " asks for no declaration with the instrument (its profile has no "
                   "\"consent_declaration\")");
    else
      r.clauses_of(s).declarations.push_back({a.date, a.minimum_age(), false, i});
    return;
  }
  if (r.rules_.armed_conflict_article.empty()) {
    pass.err(i, "/action", "armed-conflict.not-in-treaty",
             "armed conflicts matter only where a treaty delays a denunciation during one (OPAC art. 11(1), "
             "rule D4); the " +
                 r.rules_.short_title + " has no such clause");
    return;
  }
  std::vector<armed_conflict_period>& periods = r.clauses_of(s).armed_conflicts;
  const bool open = !periods.empty() && !periods.back().to;
  if (a.kind == action_kind::armed_conflict && open)
    pass.err(i, "", "armed-conflict.open",
             a.state + " is already recorded as engaged in armed conflict since " + to_iso(periods.back().from) +
                 "; record its end (armed-conflict-end) first");
  else if (a.kind == action_kind::armed_conflict_end && !open)
    pass.err(i, "", "armed-conflict.none",
             "the end of an armed conflict on " + to_iso(a.date) + ", but no armed conflict of " + a.state +
                 " is recorded as going on");
  else if (a.kind == action_kind::armed_conflict)
    periods.push_back({a.date, std::nullopt, i});
  else
    periods.back().to = a.date;
}

/// Every date computed falls within years 1–9999: one `date.range` for each that does not (the general
/// date once, where it comes from: every State's date follows it).
inline std::vector<diagnostic> date_range_faults(const record_parts& r) {
  std::vector<diagnostic> out;
  const detail::diagnostic_sink err(r.registry_.file, out);
  auto out_of_range = [&](std::size_t action, const std::string& what, const basis& why, date_t d) {
    err(action, "", "date.range",
        what + " under article " + why.article + " (rule " + why.rule + ") would fall in the year " +
            std::to_string(static_cast<int>(d.year())) + ", after 31 December 9999, the last date pacta handles");
  };
  if (r.general_ && !in_range(r.general_->date)) {  // once, where it comes from: every State's date follows it
    for (const auto& s : r.states_)
      for (const auto& c : s.consents)
        if (c.counting_day() == r.general_->threshold_date) {
          out_of_range(c.action_index, "the entry into force of the " + r.rules_.short_title, r.general_->why,
                       r.general_->date);
          return out;
        }
    out.push_back({r.registry_.file, "", "date.range",
                   "the entry into force of the " + r.rules_.short_title + " under article " + r.general_->why.article +
                       " would fall in the year " + std::to_string(static_cast<int>(r.general_->date.year())) +
                       ", after 31 December 9999, the last date pacta handles (from the profile's dates: " +
                       (r.rules_.opened_for_signature ? "opened for signature " + to_iso(*r.rules_.opened_for_signature)
                                                      : std::string("its clause")) +
                       ")",
                   std::nullopt, std::nullopt});
    return out;
  }
  for (const auto& s : r.states_)
    for (const auto& c : s.consents) {
      if (c.in_force_from && !in_range(*c.in_force_from))
        if (const auto eif = state_entry_into_force(r.rules_, r.general_, c, r.options_))
          out_of_range(c.action_index, "the entry into force for " + s.state, eif->why, eif->date);
      for (const auto& d : c.denunciations)
        if (!in_range(d.effective.date))
          out_of_range(d.action_index, "the denunciation by " + s.state, d.effective.why, d.effective.date);
    }
  for (const auto& a : r.amendments_)
    if (a.window_end && !in_range(*a.window_end))
      err("", "date.range",
          "the conference window of amendment " + a.id + " under article " + r.rules_.amendment.article +
              "(1) (rule A1) would end after 31 December 9999, the last date pacta handles");
  return out;
}

}  // namespace pacta::detail
