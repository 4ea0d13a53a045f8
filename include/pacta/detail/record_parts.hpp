// pacta/detail/record_parts.hpp — what a treaty_record holds: the registry, the rules, and every
// result of the build, with the internal queries that the build and the public queries share.
//
// The rule families (pacta/detail/build_*.hpp) fill a `record_parts`; `pacta::treaty_record`
// (pacta/treaty_record.hpp) takes the finished parts and answers queries over them. Nothing here
// checks its arguments: the public queries do (a name the registry lacks, a day that does not
// exist), then call these.
//
// Example: `parts.classify(parts.states_[0], 2005_y/3/1).code` is the first State's status code.
#pragma once

#include <pacta/amendment.hpp>
#include <pacta/basis.hpp>
#include <pacta/calendar.hpp>
#include <pacta/detail/name_index.hpp>
#include <pacta/detail/prose.hpp>
#include <pacta/entry_into_force.hpp>
#include <pacta/optional_declaration.hpp>
#include <pacta/record_options.hpp>
#include <pacta/registry_data.hpp>
#include <pacta/state_names.hpp>
#include <pacta/state_record.hpp>
#include <pacta/treaty_rules.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pacta::detail {

/// The data of a treaty_record, and the queries over it that need no checking of their arguments.
struct record_parts {
  record_parts() = default;
  record_parts(registry reg, treaty_rules rules, record_options options)
      : registry_(std::move(reg)), rules_(std::move(rules)), options_(options) {}

  /// The State's record, by its exact registry name; nullptr when it has none.
  const state_record* find(std::string_view state) const {
    const std::ptrdiff_t i = index_.find(state, name_of());
    return i < 0 ? nullptr : &states_[static_cast<std::size_t>(i)];
  }

  /// A period counted from `anchor` under the record's reading of rule P6 (`options_.leap_day`).
  date_t add(date_t anchor, period p) const noexcept { return add_period(anchor, p, options_.leap_day); }

  /// The citation of a basis: "OPSC art. 14(2), rule E3".
  std::string cite(const basis& b) const { return pacta::cite(b, rules_.short_title); }

  /// The State's declarations (OPAC art. 3), in date order.
  const std::vector<declaration_record>& declarations_of(const state_record& s) const noexcept {
    static const std::vector<declaration_record> none;
    return s.clauses < clauses_.size() ? clauses_[s.clauses].declarations : none;
  }

  /// The periods in which the State was engaged in armed conflict (OPAC art. 11(1)), in date order.
  const std::vector<armed_conflict_period>& armed_conflicts_of(const state_record& s) const noexcept {
    static const std::vector<armed_conflict_period> none;
    return s.clauses < clauses_.size() ? clauses_[s.clauses].armed_conflicts : none;
  }

  /// The State's actions: indices into `registry_.actions`, in the registry's order.
  std::vector<std::size_t> actions_of(const state_record& s) const {
    std::vector<std::size_t> out;
    for (std::size_t i = s.first_action;; i = next_action_[i]) {
      out.push_back(i);
      if (i == s.last_action || next_action_[i] == static_cast<std::uint32_t>(-1)) break;
    }
    return out;
  }

  /// The amendment with this id, or nullptr.
  const amendment_record* find_amendment(std::string_view id) const noexcept {
    for (const auto& a : amendments_)
      if (a.id == id) return &a;
    return nullptr;
  }

  /// The entry into force for a State under one of its consents (rules E2–E5), with its basis.
  std::optional<dated> entry_into_force_of(const consent_record& consent) const {
    if (!consent.in_force_from) return std::nullopt;
    return state_entry_into_force(rules_, general_, consent, options_);
  }

  std::optional<dated> entry_into_force_for(const state_record& s) const {
    if (s.consents.empty()) return std::nullopt;
    return entry_into_force_of(s.consents.back());
  }

  std::optional<dated> denunciation_effective(const state_record& s) const {
    if (s.consents.empty()) return std::nullopt;
    if (const auto* d = s.consents.back().standing_denunciation()) return d->effective;
    return std::nullopt;
  }

  bool is_bound(const state_record& s, date_t on) const { return binds(classify(s, on).code); }

  const declaration_record* declaration_on(const state_record& s, date_t on) const {
    const declaration_record* out = nullptr;
    for (const auto& d : declarations_of(s))
      if (d.date <= on) out = &d;
    return out;
  }

  // The sentences of the answers (pacta/detail/status_prose.hpp).
  state_status status_on(const state_record& s, date_t on) const;
  act_obligation bound_as_to_act(const state_record& s, date_t act_date) const;
  /// "no State named "benin" in the OPSC registry; did you mean "Benin"?": the registry names near
  /// what was typed, and those of the name table's States whose names are near it.
  std::string unknown_state_message(std::string_view typed, const state_names* names) const;

  // Rule A4 and the text that binds a State (pacta/detail/amendment_queries.hpp).
  std::optional<dated> amendment_binds_from(const amendment_record& a, const state_record& s) const;
  pacta::binding_text binding_text(const state_record& s, date_t on) const;

  /// Where a State stands on a date: the status, and the consent, denunciation and first bound
  /// date behind it. A consent counts from `counts_from()` (as recorded) or from its deposit (as
  /// known then); a denunciation counts from its receipt; a withdrawal received later is not yet
  /// known.
  struct position {
    status code = status::not_participant;
    const consent_record* consent = nullptr;
    const denunciation_record* denunciation = nullptr;
    std::optional<date_t> from;
  };

  position classify(const state_record& s, date_t on) const noexcept { return classify(s, on, options_.view); }

  static position classify(const state_record& s, date_t on, status_view view) noexcept {
    position p;
    if (s.gone_on(on)) {  // rule F1
      p.code = status::ceased_to_exist;
      return p;
    }
    for (const auto& c : s.consents)
      if ((view == status_view::as_known_then ? c.deposit : c.counts_from()) <= on) p.consent = &c;
    if (!p.consent) {
      p.code = s.signature && *s.signature <= on ? status::signatory : status::not_participant;
      return p;
    }
    p.denunciation = p.consent->denunciation_on(on);
    p.from = p.consent->bound_from();
    if (p.denunciation && p.denunciation->effective.date <= on)
      p.code = p.denunciation->suspended ? status::denunciation_suspended : status::denounced;
    else if (!p.from || *p.from > on)
      p.code = status::consented;
    else
      p.code = p.denunciation ? status::denunciation_pending : status::bound;
    return p;
  }

  std::size_t state_index(std::string_view state) const {
    return static_cast<std::size_t>(index_.find(state, name_of()));
  }

  /// The name of the State at an index of `states_`, for `index_`.
  struct state_name {
    const std::vector<state_record>* states;
    std::string_view operator()(std::size_t i) const noexcept { return (*states)[i].state; }
  };
  state_name name_of() const noexcept { return {&states_}; }

  const state_record& require(std::string_view state) const {
    const state_record* s = find(state);
    if (!s) throw query_error(unknown_state_message(state, nullptr));
    return *s;
  }

  static std::size_t count_on(const std::vector<std::pair<date_t, std::size_t>>& timeline, date_t on) noexcept {
    auto it =
        std::upper_bound(timeline.begin(), timeline.end(), on, [](date_t d, const auto& e) { return d < e.first; });
    return it == timeline.begin() ? 0 : std::prev(it)->second;
  }

  // ---- amendments (rules A1–A4) ------------------------------------------------------------------

  /// States Parties for article 16: by default (`amendment_party_basis` `deposited`) the States that
  /// have consented and whose denunciation has not taken effect, as the depositary counts them; with
  /// `in_force`, only those for which the treaty is in force (VCLT art. 2(1)(g)).
  bool is_party_for_amendments(const std::string& state, date_t on) const {
    return is_party_for_amendments(state_index(state), on);
  }

  bool is_party_for_amendments(std::size_t state, date_t on) const {
    const status st = classify(states_[state], on).code;
    return options_.amendment_party_basis == party_basis::deposited ? has_standing_consent(st) : binds(st);
  }

  /// The number of States Parties for article 16 on a date (as `is_party_for_amendments`).
  std::size_t amendment_parties_on(date_t on) const noexcept {
    return count_on(options_.amendment_party_basis == party_basis::in_force ? bound_timeline_ : consent_timeline_, on);
  }

  /// The date the consent under which the State (by index) was a party on `when` stops binding —
  /// its denunciation's effect — if any.
  std::optional<date_t> party_until(std::size_t state, date_t when) const noexcept {
    const consent_record* c = classify(states_[state], when).consent;
    return c ? c->ends() : std::nullopt;
  }

  std::size_t consent_count() const noexcept {
    std::size_t n = 0;
    for (const auto& s : states_) n += s.consents.size();
    return n;
  }

  registry registry_;
  treaty_rules rules_;
  record_options options_;
  std::vector<state_record> states_;
  struct state_clauses {
    std::vector<declaration_record> declarations;
    std::vector<armed_conflict_period> armed_conflicts;
  };
  state_clauses& clauses_of(state_record& s) {
    if (s.clauses == static_cast<std::uint32_t>(-1)) {
      s.clauses = static_cast<std::uint32_t>(clauses_.size());
      clauses_.emplace_back();
    }
    return clauses_[s.clauses];
  }

  detail::name_index index_;
  std::vector<state_clauses> clauses_;      ///< per State that has declarations or armed conflicts
  std::vector<std::uint32_t> next_action_;  ///< per action of a State: the index of its next action, or -1
  std::optional<general_entry_into_force> general_;
  std::string general_not_computed_;  ///< why the general entry into force is NOT computed, or empty
  /// Rule D7 where the parent treaty's record was not given: what is therefore not known, or empty.
  std::string parent_denunciations_not_known_;
  std::vector<amendment_record> amendments_;
  std::vector<optional_declaration_record> optional_declarations_;        ///< rule O1, one per clause
  std::vector<std::pair<std::uint32_t, std::string>> eligibility_notes_;  ///< rule G2, by action index
  std::vector<std::pair<date_t, std::size_t>> consent_timeline_;          ///< consented_on as a step function
  std::vector<std::pair<date_t, std::size_t>> bound_timeline_;            ///< parties_on as a step function
};

}  // namespace pacta::detail
