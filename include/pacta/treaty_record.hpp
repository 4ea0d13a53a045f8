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
#include <pacta/detail/name_index.hpp>
#include <pacta/detail/prose.hpp>
#include <pacta/detail/query_args.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/entry_into_force.hpp>
#include <pacta/optional_declaration.hpp>
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
class treaty_record {
 public:
  // Records are made by pacta/record.hpp: load_record, parse_record, build_record and their try_ forms.

  const registry& source() const noexcept { return registry_; }
  const treaty_rules& rules() const noexcept { return rules_; }
  /// The options the record was built with (the unsettled rules' choices).
  const record_options& options() const noexcept { return options_; }

  /// A period counted from `anchor` under the record's reading of rule P6 (`options().leap_day`).
  date_t add(date_t anchor, period p) const noexcept { return add_period(anchor, p, options_.leap_day); }

  /// Every State of the registry, in order of first appearance.
  const std::vector<state_record>& states() const noexcept { return states_; }

  /// The State's record, by its exact registry name; nullptr when it has none.
  const state_record* find(std::string_view state) const {
    const std::ptrdiff_t i = index_.find(state, name_of());
    return i < 0 ? nullptr : &states_[static_cast<std::size_t>(i)];
  }

  /// The State's declarations (OPAC art. 3), in date order.
  const std::vector<declaration_record>& declarations_of(const state_record& s) const noexcept {
    static const std::vector<declaration_record> none;
    return s.clauses < clauses_.size() ? clauses_[s.clauses].declarations : none;
  }

  /// The articles that take optional declarations (rule O1), in the profile's order, each with its
  /// declarations and its own entry into force.
  const std::vector<optional_declaration_record>& optional_declarations() const noexcept {
    return optional_declarations_;
  }

  /// The periods in which the State was engaged in armed conflict (OPAC art. 11(1)), in date order.
  const std::vector<armed_conflict_period>& armed_conflicts_of(const state_record& s) const noexcept {
    static const std::vector<armed_conflict_period> none;
    return s.clauses < clauses_.size() ? clauses_[s.clauses].armed_conflicts : none;
  }

  /// The State's actions: indices into `source().actions`, in the registry's order.
  std::vector<std::size_t> actions_of(const state_record& s) const {
    std::vector<std::size_t> out;
    for (std::size_t i = s.first_action;; i = next_action_[i]) {
      out.push_back(i);
      if (i == s.last_action || next_action_[i] == static_cast<std::uint32_t>(-1)) break;
    }
    return out;
  }

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
    if (auto i = index_of(typed)) return state_handle{serial_, *i};
    const state_match m = match_state(detail::names_of(states_), typed, names);
    if (m.name)
      if (auto i = index_of(*m.name)) return state_handle{serial_, *i};
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
    return {serial_, static_cast<std::size_t>(&s - states_.data())};
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
    if (h.record_ != serial_ || h.index_ >= states_.size())
      throw query_error(std::string(h.record_ == 0 ? "an empty state_handle" : "a state_handle of another record") +
                        " was given to a query of the " + rules_.short_title + " record");
    return states_[h.index_];
  }

  /// The general entry into force (rule E1; OPSC art. 14(1)): the earliest day on which the
  /// threshold number of instruments had been deposited, plus the general delay. Nothing while
  /// fewer instruments have been deposited.
  const std::optional<general_entry_into_force>& entry_into_force() const noexcept { return general_; }

  /// The date the treaty enters into force for the State (rules E2–E5) under its latest consent;
  /// nothing when it has not consented, when the treaty is not yet in force, or for a succession
  /// whose date of succession is not recorded. Throws `query_error` for a State the registry lacks.
  ///
  /// Example: `opsc.entry_into_force_for("Benin")->date == 2005_y/2/28` (art. 14(2), rule E3).
  std::optional<dated> entry_into_force_for(state_ref state) const { return entry_into_force_for(this->state(state)); }

  /// The entry into force for a State under one of its consents (rules E2–E5), with its basis;
  /// nothing when `consent.in_force_from` is nothing (a succession whose date is not recorded; a
  /// former State that ceased to exist before that date, rule F1).
  std::optional<dated> entry_into_force_of(const consent_record& consent) const {
    if (!consent.in_force_from) return std::nullopt;
    return state_entry_into_force(rules_, general_, consent, options_);
  }

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
  bool is_bound(state_ref state, date_t on) const { return is_bound(this->state(state), on); }

  /// The declaration in effect for the State on `on` (OPAC art. 3(2), strengthened under art. 3(4)
  /// with effect from receipt): the latest one dated on or before `on`, or nullptr.
  const declaration_record* declaration_on(state_ref state, date_t on) const {
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
  const amendment_record* find_amendment(std::string_view id) const noexcept {
    for (const auto& a : amendments_)
      if (a.id == id) return &a;
    return nullptr;
  }

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
  std::string cite(const basis& b) const { return pacta::cite(b, rules_.short_title); }

 private:
  /// The State's position in `states()`, by its exact registry name; nothing when it has none.
  std::optional<std::size_t> index_of(std::string_view state) const {
    const std::ptrdiff_t i = index_.find(state, name_of());
    return i < 0 ? std::nullopt : std::optional<std::size_t>(static_cast<std::size_t>(i));
  }

  std::optional<dated> amendment_binds_from(const amendment_record& a, const state_record& s) const;

  pacta::binding_text binding_text(const state_record& s, date_t on) const;

  std::optional<dated> entry_into_force_for(const state_record& s) const {
    if (s.consents.empty()) return std::nullopt;
    return entry_into_force_of(s.consents.back());
  }

  std::optional<dated> denunciation_effective(const state_record& s) const {
    if (s.consents.empty()) return std::nullopt;
    if (const auto* d = s.consents.back().standing_denunciation()) return d->effective;
    return std::nullopt;
  }

  state_status status_on(const state_record& st, date_t on) const;

  bool is_bound(const state_record& s, date_t on) const {
    detail::require_date(on);
    return binds(classify(s, on).code);
  }

  const declaration_record* declaration_on(const state_record& s, date_t on) const {
    detail::require_date(on);
    const declaration_record* out = nullptr;
    for (const auto& d : declarations_of(s))
      if (d.date <= on) out = &d;
    return out;
  }

  act_obligation bound_as_to_act(const state_record& s, date_t act_date) const;

 private:
  treaty_record(registry reg, treaty_rules rules, record_options options)
      : registry_(std::move(reg)), rules_(std::move(rules)), options_(options), serial_(next_serial()) {}

  /// A number for each record built, which its `state_handle`s carry (copies keep it).
  static std::uint64_t next_serial() noexcept {
    static std::atomic<std::uint64_t> last{0};
    return ++last;
  }

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
    for (const auto& d : p.consent->denunciations)
      if (d.received <= on && !(d.withdrawn && *d.withdrawn <= on)) p.denunciation = &d;
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

  /// "no State named "benin" in the OPSC registry; did you mean "Benin"?": the registry names near
  /// what was typed, and those of the name table's States whose names are near it.
  std::string unknown_state_message(std::string_view typed, const state_names* names) const;

  // ---- building: run once by pacta::try_build_record (pacta/record.hpp); each rule family's steps
  // are defined in its own file, pacta/detail/build_*.hpp -----------------------------------------
  friend std::optional<treaty_record> try_build_record(registry reg, treaty_rules rules, std::vector<diagnostic>& diags,
                                                       const std::vector<const treaty_record*>& parents,
                                                       record_options options);
  /// The armed conflicts of each State (rule D4), collected before the main pass.
  struct conflict_map;  // per State, its armed conflicts (build_actions.hpp)
  /// (action index, State index) of the amendment actions of States, in order.
  using amendment_state_list = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

  struct build_pass;      // what the pass over the actions carries (build_actions.hpp)
  struct amendment_pass;  // what the passes over the amendment actions share (build_amendments.hpp)

  // The action sequence, State by State (build_actions.hpp).
  void build(const std::vector<const treaty_record*>& parents, std::vector<diagnostic>& diags);
  void collect_armed_conflicts(conflict_map& out) const;
  void number_states();
  void read_action(std::size_t i, build_pass& pass);
  void read_signature(std::size_t i, state_record& s, const consent_record* current, build_pass& pass);
  void read_consent(std::size_t i, state_record& s, const consent_record* current, build_pass& pass);
  void read_denunciation(std::size_t i, consent_record* current, build_pass& pass);
  void read_withdrawal(std::size_t i, const state_record& s, consent_record* current, build_pass& pass);
  void read_clause_action(std::size_t i, state_record& s, build_pass& pass);
  // Participants that are organizations or former States, rules E8 and F1; D5, D6 (build_participants.hpp).
  void apply_participants(build_pass& pass);
  void check_denunciation_waits(std::vector<diagnostic>& diags) const;
  // Rule O1 (build_optional_declarations.hpp).
  void read_optional_declaration(std::size_t i, const consent_record* current, build_pass& pass);
  void compute_optional_declarations(build_pass& pass);
  /// Every date computed falls within years 1–9999 (`date.range`).
  void check_date_range(std::vector<diagnostic>& diags) const;

  // Article 13: who may sign and consent (build_eligibility.hpp).
  bool parent_party(const treaty_record& parent, const std::string& state, date_t on) const;
  /// A signatory of the parent treaty on `on`. A State that later became a party to it and whose
  /// denunciation took effect by `on` still counts, unless `signatory_after_denunciation` is
  /// `not_eligible` (unsettled: no recorded case).
  bool parent_signatory(const treaty_record& parent, const std::string& state, date_t on) const;
  /// Rule G2: where the clause opens the act to the parent's signatories, a State that had not signed
  /// the parent but had ratified, acceded or succeeded to it by `on` is admitted as the depositary
  /// admits it (`record_options::signatory_reading`); the sentence that says so, or empty.
  std::string admitted_as_signatory(const treaty_record& parent, const eligibility& e, const action& a) const;
  /// Checks the act against the clause; returns rule G2's sentence when the act was admitted by it.
  std::string check_eligibility(const eligibility& e, const action& a, std::size_t i,
                                const std::vector<const treaty_record*>& parents, std::vector<diagnostic>& diags) const;

  // Rule E5: a successor's predecessor (build_succession.hpp).
  /// Rule E5: a succession that names its predecessor (`predecessor`) must succeed to a State that
  /// was bound on the date of succession — or, where the treaty was not yet in force on that date,
  /// had consented to it (a contracting State, VCSST art. 18). Without a recorded date of succession,
  /// the predecessor must have consented before the notification.
  void check_predecessors(std::vector<diagnostic>& diags) const;

  // OPAC art. 3: declarations with the instrument (build_declarations.hpp).
  /// OPAC art. 3(2): every instrument of ratification or accession comes with a declaration
  /// (deposited the same day), unless the registry says the depositary's record shows none; art.
  /// 3(4): a later declaration may strengthen it, never weaken it, and only a State with an
  /// instrument in effect makes one.
  void check_declarations(std::vector<diagnostic>& diags);

  // Counts over time (build_counts.hpp).
  /// The counts of `consented_on` and `parties_on` as step functions: +1 when a State starts to
  /// count, −1 when its denunciation takes effect, sorted by date and summed, so that a count on a
  /// date is one binary search instead of a pass over every State.
  void build_timelines();
  static std::vector<std::pair<date_t, std::size_t>> summed(std::vector<std::pair<date_t, int>> events);

  // Rules E1–E5 stored on the consents (build_entry_into_force.hpp; the rules: entry_into_force.hpp).
  void compute_entry_into_force(const std::vector<const treaty_record*>& parents, std::vector<diagnostic>& diags);

  // Rules A1–A3 (build_amendments.hpp).
  void build_amendments(std::vector<diagnostic>& diags, const amendment_state_list& amendment_states);
  void read_proposals(amendment_pass& pass);
  void read_amendment_action(std::size_t i, amendment_pass& pass);
  void read_favour(std::size_t i, amendment_record& r, std::size_t si, amendment_pass& pass);
  void read_approval(std::size_t i, amendment_record& r, amendment_pass& pass);
  void read_acceptance(std::size_t i, amendment_record& r, std::size_t si, amendment_pass& pass);
  void check_amendment_outcomes(const amendment_pass& pass) const;
  /// Rule A2: a recorded vote adopts the amendment when the votes in favour exceed those against
  /// (a majority of the States Parties present and voting); otherwise the amendment was not adopted.
  /// More votes than there are States Parties on the day is impossible data (`amendment.vote`).
  void check_vote(amendment_record& r, const action& a, std::size_t i, const detail::diagnostic_sink& err) const;
  void compute_conference(amendment_record& r) const;
  /// Rule A3 (art. 16(2)): in force on the first day on which the General Assembly has approved the
  /// amendment and the acceptances by States that are parties on that day reach two thirds (rounded
  /// up) of the States Parties on that day (or, with `amendment_count_basis::approval`, on the day
  /// of approval). The count changes on the approval, on each acceptance and on every day the number
  /// of States Parties changes (a State joining, a denunciation taking effect): each is tested. An
  /// acceptance stops counting when its State's denunciation takes effect.
  void compute_amendment_entry_into_force(amendment_record& r) const;
  /// The date and reasoning of an amendment's entry into force on `t` (rule A3).
  dated amendment_entry(const amendment_record& r, date_t t, const std::vector<std::optional<date_t>>& until,
                        std::size_t parties, std::size_t needed) const;

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
    return options_.amendment_party_basis == party_basis::in_force ? parties_on(on) : consented_on(on);
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
  std::uint64_t serial_ = 0;
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
  std::vector<amendment_record> amendments_;
  std::vector<optional_declaration_record> optional_declarations_;        ///< rule O1, one per clause
  std::vector<std::pair<std::uint32_t, std::string>> eligibility_notes_;  ///< rule G2, by action index
  std::vector<std::pair<date_t, std::size_t>> consent_timeline_;          ///< consented_on as a step function
  std::vector<std::pair<date_t, std::size_t>> bound_timeline_;            ///< parties_on as a step function
};

}  // namespace pacta

#include <pacta/detail/amendment_queries.hpp>
#include <pacta/detail/status_prose.hpp>
