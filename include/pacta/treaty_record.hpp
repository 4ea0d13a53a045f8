// pacta/treaty_record.hpp — a validated registry under a treaty's rules, and the dates that follow.
//
// A `pacta::treaty_record` is a registry that passed every check, read under one treaty's rules
// (pacta/treaty_rules.hpp), optionally beside the records of the treaties its eligibility clause names
// (the OPSC's article 13 names the Convention). It is immutable once built and safe to share
// between threads. It answers, each date with its basis (rule, article, anchor, period, and one
// sentence of reasoning):
//   - the general entry into force and the instrument(s) that completed the threshold (rule E1);
//   - each State's entry into force (E2, E3, E4, E5), absent for a State that has not consented;
//   - each denunciation's effective date (D1), withdrawals (D3) and a later new consent;
//   - a State's status on a date, whether it is bound on a date (D2), and whether it is bound as to
//     an act that occurred on a date (OPSC art. 15(2)). The status is the legal position as the
//     registry now records it: Montenegro notified its succession on 23 Oct 2006 with effect from
//     3 Jun 2006, the date of succession (E5), so it is bound on 1 Aug 2006 (`record_options::view`
//     gives the view "as known then" instead);
//   - the number of States parties on a date.
//
// This header holds the record and its queries, and nothing of JSON: a translation unit that only
// queries a record it was given includes it alone. Loading and building a record (reading the
// registry, checking every action, computing the dates) is pacta/record.hpp.
//
// Example:
//   auto crc = pacta::load_record("data/registries/crc.json", pacta::crc_rules());          // record.hpp
//   auto opsc = pacta::load_record("data/registries/opsc.json", pacta::opsc_rules(), {&crc});
//   auto eif = opsc.entry_into_force_for("Benin");      // 28 February 2005, art. 14(2)
//   std::cout << pacta::to_iso(eif->date) << ": " << eif->why.reasoning << '\n';
#pragma once

#include <pacta/amendment.hpp>
#include <pacta/basis.hpp>
#include <pacta/calendar.hpp>
#include <pacta/detail/amendment_queries.hpp>
#include <pacta/detail/query_args.hpp>
#include <pacta/detail/record_parts.hpp>
#include <pacta/detail/status_prose.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/entry_into_force.hpp>
#include <pacta/optional_declaration.hpp>
#include <pacta/provisional_application.hpp>
#include <pacta/record_options.hpp>
#include <pacta/registry_data.hpp>
#include <pacta/state_handle.hpp>
#include <pacta/state_lookup.hpp>
#include <pacta/state_names.hpp>
#include <pacta/state_record.hpp>
#include <pacta/treaty_rules.hpp>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pacta {

/// A validated registry under a treaty's rules, with the dates that follow from it.
///
/// Naming a State. Every query takes the State either by its exact registry name
/// (`"United States of America"`) or by a `state_handle` from `resolve`. A name the registry lacks
/// is a `query_error` whose message suggests the near names ("did you mean \"Benin\"?"), never a
/// silent "not bound"; `find` (nullptr) and `try_resolve` (nothing) are the forms for callers that
/// expect absence.
class treaty_record : private detail::record_parts {
 public:
  /// A record of the parts a build made. Records are made by pacta/record.hpp (load_record,
  /// parse_record, build_record and their try_ forms), which check every action and compute every
  /// date into the parts first; parts made otherwise are not a validated record.
  explicit treaty_record(detail::record_parts parts) : record_parts(std::move(parts)), serial_(next_serial()) {}

  const registry& source() const noexcept { return registry_; }
  const treaty_rules& rules() const noexcept { return rules_; }
  /// The options the record was built with (the unsettled rules' choices).
  const record_options& options() const noexcept { return options_; }

  /// A period counted from `anchor` under the record's reading of rule P6 (`options().leap_day`).
  using record_parts::add;

  /// Every State of the registry, in order of first appearance.
  const std::vector<state_record>& states() const noexcept { return states_; }

  /// The State's record, by its exact registry name; nullptr when it has none.
  using record_parts::find;

  /// The State's declarations (OPAC art. 3), in date order.
  using record_parts::declarations_of;

  /// The articles that take optional declarations (rule O1), in the profile's order, each with its
  /// declarations and its own entry into force.
  const std::vector<optional_declaration_record>& optional_declarations() const noexcept {
    return optional_declarations_;
  }

  /// The periods in which the State was engaged in armed conflict (OPAC art. 11(1)), in date order.
  using record_parts::armed_conflicts_of;

  /// The State's declarations of provisional application and the period each runs (rule V1), in
  /// date order; empty for most States. Example: Antigua and Barbuda under the ATT, from 12 August
  /// 2013 until 24 December 2014 (pacta/provisional_application.hpp).
  std::vector<provisional_period> provisional_application_of(state_ref state) const {
    const state_record& s = this->state(state);
    std::vector<provisional_period> out;
    if (!rules_.provisional_application.present) return out;  // the build refused any (provisional.no-clause)
    const auto& acts = actions_of(s);
    for (std::size_t k = 0; k < acts.size(); ++k) {
      if (registry_.actions[acts[k]].kind != action_kind::provisional_application) continue;
      std::optional<date_t> terminated;  // the State's first notification after it (VCLT art. 25(2))
      for (std::size_t n = k + 1; n < acts.size() && !terminated; ++n) {
        const action_kind next = registry_.actions[acts[n]].kind;
        if (next == action_kind::provisional_application) break;  // a later declaration's own
        if (next == action_kind::provisional_application_termination) terminated = registry_.actions[acts[n]].date;
      }
      out.push_back(provisional_period_of(rules_, s, registry_.actions[acts[k]].date, acts[k], terminated));
    }
    return out;
  }

  /// The State's actions: indices into `source().actions`, in the registry's order.
  using record_parts::actions_of;

  /// The State a typed name denotes in this registry, as `pacta::match_state` finds it
  /// (pacta/state_lookup.hpp, the CLI's way): the exact registry name; with a name table, the
  /// State it names (ISO 3166-1 codes, common names: "usa", "Turkey"); the registry name equal to
  /// it by `name_key` ("benin", "COTE D'IVOIRE"); the only registry name containing it
  /// ("Grenadines"). Throws `query_error`, with the names it could mean, when none of them is in the
  /// registry (a State of the name table that has no recorded action included), or several are.
  ///
  /// Example: `opsc.resolve("usa", &names)` is the handle of "United States of America".
  state_handle resolve(std::string_view typed, const state_names* names = nullptr) const {
    if (auto h = try_resolve(typed, names)) return *h;
    throw query_error(unknown_state_message(typed, names));
  }

  /// As `resolve`, without throwing: nothing when the registry has no such State.
  std::optional<state_handle> try_resolve(std::string_view typed, const state_names* names = nullptr) const {
    if (auto i = index_of(typed)) return state_handle{detail::handle_key{}, serial_, *i};
    const state_match m = match_state(detail::names_of(states_), typed, names);
    if (m.name)
      if (auto i = index_of(*m.name)) return state_handle{detail::handle_key{}, serial_, *i};
    return std::nullopt;
  }

  /// The handle of one of this record's States (an element of `states()`): the fast path for many
  /// questions about one State. Throws `query_error` for a `state_record` of another record: a
  /// position or a record from elsewhere never names a State here.
  ///
  /// Example: `for (const auto& s : opsc.states()) opsc.is_bound(opsc.handle(s), d);`
  state_handle handle(const state_record& s) const {
    if (!std::less_equal<const state_record*>()(states_.data(), &s) ||
        !std::less<const state_record*>()(&s, states_.data() + states_.size()))
      throw query_error("a state_record of another record (" + detail::show_value(s.state) + ") was given to the " +
                        rules_.short_title + " record");
    return {detail::handle_key{}, serial_, static_cast<std::size_t>(&s - states_.data())};
  }

  // A State is named by a string, a handle or its record: an integer or a null pointer (`is_bound(0,
  // d)`, which would read as a null name, or a position in another record) does not compile.
  template <class I, class = detail::if_not_a_state<I>>
  state_handle handle(I) const = delete;
  template <class I, class = detail::if_not_a_state<I>>
  state_handle resolve(I, const state_names* = nullptr) const = delete;
  template <class I, class = detail::if_not_a_state<I>>
  std::optional<state_handle> try_resolve(I, const state_names* = nullptr) const = delete;
  template <class I, class = detail::if_not_a_state<I>>
  const state_record* find(I) const = delete;

  /// The record of the State, by its exact registry name or a handle. Throws `query_error`, with
  /// the near names, when the registry has no such name (`find` is the form that returns nullptr),
  /// and for a handle of another record or of none.
  const state_record& state(state_ref s) const {
    if (!s.by_handle()) return require(s.name());
    const state_handle h = s.handle();
    const std::uint64_t of = h.record(detail::handle_key{});
    if (of != serial_ || h.index() >= states_.size())
      throw query_error(std::string(of == 0 ? "an empty state_handle" : "a state_handle of another record") +
                        " was given to a query of the " + rules_.short_title + " record");
    return states_[h.index()];
  }

  /// The general entry into force (rule E1; OPSC art. 14(1)): the earliest day on which the
  /// threshold number of instruments had been deposited, plus the general delay. Nothing while
  /// fewer instruments have been deposited.
  const std::optional<general_entry_into_force>& entry_into_force() const noexcept { return general_; }

  /// Why the general entry into force is NOT computed, or empty: a profile's clause that needs a
  /// figure pacta lacks (a table of weights, another treaty's date, the opening for signature). While
  /// it is not empty, `entry_into_force()` is nothing without meaning "not yet in force".
  const std::string& entry_into_force_not_computed() const noexcept { return general_not_computed_; }

  /// Rule D7 (CCW art. 9(3), Paris art. 28(3), Kyoto art. 27(3)): where a denunciation of the parent
  /// treaty ends this one too and the parent's record was not given when this one was built, what is
  /// therefore not known ("whether a State withdrew from the parent treaty (unfccc), which article
  /// 28(3) makes …: its registry was not loaded (rule D7)"): a State shown as bound may have left by
  /// it, and every view that shows a status prints it; empty otherwise.
  const std::string& parent_denunciations_not_known() const noexcept { return parent_denunciations_not_known_; }

  /// The date the treaty enters into force for the State (rules E2–E5) under its latest consent;
  /// nothing when it has not consented, when the treaty is not yet in force, or for a succession
  /// whose date of succession is not recorded. Throws `query_error` for a State the registry lacks.
  ///
  /// Example: `opsc.entry_into_force_for("Benin")->date == 2005_y/2/28` (art. 14(2), rule E3).
  std::optional<dated> entry_into_force_for(state_ref state) const { return entry_into_force_for(this->state(state)); }

  /// The entry into force for a State under one of its consents (rules E2–E5), with its basis;
  /// nothing when `consent.in_force_from` is nothing (a succession whose date is not recorded; a
  /// former State that ceased to exist before that date, rule F1).
  using record_parts::entry_into_force_of;

  /// The date the State's standing denunciation takes effect (rule D1), if it has one.
  std::optional<dated> denunciation_effective(state_ref state) const {
    return denunciation_effective(this->state(state));
  }

  /// The consent that decides the State's status on `on` (see `status_on`), or nullptr when it had
  /// none by then.
  const consent_record* consent_on(state_ref state, date_t on) const {
    detail::require_date(on);
    return classify(this->state(state), on).consent;
  }

  /// The State's status on `on`, with the sentence that explains it. By default
  /// (`status_view::as_recorded`) this is the legal position on that date as the registry now
  /// records it: a succession binds from the date of succession even where it was notified later
  /// (rule E5); a denunciation counts from its receipt and a withdrawal from its own date. With
  /// `status_view::as_known_then`, only the actions dated on or before `on` count.
  ///
  /// Example: `opsc.status_on("Benin", 2005_y/3/1).code == pacta::status::bound`.
  state_status status_on(state_ref state, date_t on) const { return status_on(this->state(state), on); }

  /// The State's status on `on`, without the explanation: the fast path for many queries.
  status status_code(state_ref state, date_t on) const {
    detail::require_date(on);
    return classify(this->state(state), on).code;
  }

  /// True when the treaty is in force for the State on `on` (bound, denunciation pending or
  /// suspended), rule D2.
  ///
  /// Example: `opsc.is_bound("Benin", 2005_y/2/28)`; `opsc.is_bound("Atlantis", d)` throws.
  bool is_bound(state_ref state, date_t on) const {
    detail::require_date(on);
    return is_bound(this->state(state), on);
  }

  /// The declaration in effect for the State on `on` (OPAC art. 3(2), strengthened under art. 3(4)
  /// with effect from receipt): the latest one dated on or before `on`, or nullptr.
  const declaration_record* declaration_on(state_ref state, date_t on) const {
    detail::require_date(on);
    return declaration_on(this->state(state), on);
  }

  /// Whether the State is bound as to an act (an offence) that occurred on `act_date`
  /// (OPSC art. 15(2)): it is when the treaty was in force for it on that date, even if a
  /// denunciation took effect later, since the State is not released from its obligations for any
  /// offence that occurs before the effective date of the denunciation.
  act_obligation bound_as_to_act(state_ref state, date_t act_date) const {
    return bound_as_to_act(this->state(state), act_date);
  }

  /// The number of States for which the treaty is in force on `on`.
  std::size_t parties_on(date_t on) const {
    detail::require_date(on);
    return count_on(bound_timeline_, on);
  }

  /// The number of States that have deposited an instrument (or notified a succession) by `on`
  /// and whose denunciation has not taken effect: the "Parties" count of the depositary's status
  /// page, which includes States for which the treaty is not yet in force.
  std::size_t consented_on(date_t on) const {
    detail::require_date(on);
    return count_on(consent_timeline_, on);
  }

  /// Every amendment recorded, in order of proposal.
  const std::vector<amendment_record>& amendments() const noexcept { return amendments_; }

  /// Rule G2: why an act was open to its State where the clause's words alone would not admit it
  /// (the OPCAT's signature by a State that acceded to the CAT without signing it), or nullptr.
  /// `action` indexes `source().actions`, as `actions_of` gives.
  const std::string* eligibility_note(std::size_t action) const noexcept {
    for (const auto& n : eligibility_notes_)
      if (n.first == action) return &n.second;
    return nullptr;
  }

  /// The amendment with this id, or nullptr.
  using record_parts::find_amendment;

  /// The date from which an amendment binds the State (rule A4, OPSC art. 16(3)): for a State that
  /// accepted it before its entry into force, the entry into force; for a later acceptor, its
  /// acceptance; for a State that became a party after the entry into force, its own date of entry
  /// into force of the treaty, unless it declined the amendment (VCLT art. 40(5)). Nothing for a
  /// State that was a party and did not accept, while the amendment is not in force, or for a State
  /// that accepted but ceased to be a party before the amendment entered into force (rule A3: a
  /// former party is never bound by it).
  ///
  /// Example: `opsc.amendment_binds_from(*opsc.find_amendment("A1"), "Benin")`.
  std::optional<dated> amendment_binds_from(const amendment_record& a, state_ref state) const {
    return amendment_binds_from(a, this->state(state));
  }

  /// The text that binds the State on `on`: the treaty and the amendments in force for it.
  ///
  /// Example: `opsc.binding_text("Benin", 2026_y/2/3).explanation`.
  pacta::binding_text binding_text(state_ref state, date_t on) const { return binding_text(this->state(state), on); }

  /// The citation of a basis: "OPSC art. 14(2), rule E3", or "depositary practice, rule E5" where
  /// no article applies.
  using record_parts::cite;

 private:
  /// The State's position in `states()`, by its exact registry name; nothing when it has none.
  std::optional<std::size_t> index_of(std::string_view state) const {
    const std::ptrdiff_t i = index_.find(state, name_of());
    return i < 0 ? std::nullopt : std::optional<std::size_t>(static_cast<std::size_t>(i));
  }

  // The queries over a State's record, once the public overload has found it and checked the date.
  using record_parts::amendment_binds_from;
  using record_parts::binding_text;
  using record_parts::bound_as_to_act;
  using record_parts::declaration_on;
  using record_parts::denunciation_effective;
  using record_parts::entry_into_force_for;
  using record_parts::is_bound;
  using record_parts::status_on;

  /// A number for each record built, which its `state_handle`s carry (copies keep it).
  static std::uint64_t next_serial() noexcept {
    static std::atomic<std::uint64_t> last{0};
    return ++last;
  }

  std::uint64_t serial_ = 0;
};

}  // namespace pacta
