// pacta/record.hpp — a validated registry under a treaty's rules, and the dates that follow.
//
// A `pacta::treaty_record` is a registry that passed every check, read under one treaty's rules
// (pacta/treaty.hpp), optionally beside the records of the treaties its eligibility clause names
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
// Example:
//   auto crc = pacta::treaty_record::load_file("data/registries/crc.json", pacta::crc_rules());
//   auto opsc = pacta::treaty_record::load_file("data/registries/opsc.json", pacta::opsc_rules(), {&crc});
//   auto eif = opsc.entry_into_force_for("Benin");      // 28 February 2005, art. 14(2)
//   std::cout << pacta::to_iso(eif->date) << ": " << eif->why.reasoning << '\n';
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/names.hpp>
#include <pacta/registry.hpp>
#include <pacta/treaty.hpp>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pacta {

/// Why a date is what it is.
struct basis {
  std::string rule;               ///< the depositary-practice rule: "E1", "E3", "D1", …
  std::string article;            ///< the treaty article, e.g. "14(2)" (empty when none applies)
  std::optional<date_t> anchor;   ///< the date the period runs from
  std::optional<period> delay;    ///< the period
  std::string reasoning;          ///< one readable sentence
};

/// A date with its basis.
struct dated {
  date_t date;
  basis why;
};

/// The treaty's entry into force (rule E1).
struct general_entry_into_force {
  dated date;                              ///< threshold date + the general delay
  date_t threshold_date;                   ///< the day the threshold was reached
  std::size_t first_ordinal = 0;           ///< ordinal of the first instrument deposited that day
  std::size_t last_ordinal = 0;            ///< ordinal of the last instrument deposited that day
  std::vector<std::string> completing;     ///< the States that deposited on the threshold day
};

/// One denunciation notification.
struct denunciation_record {
  date_t received;                 ///< receipt by the depositary (rule D1)
  dated effective;                 ///< receipt + the denunciation delay
  std::optional<date_t> withdrawn;  ///< withdrawal before it took effect (rule D3)
  std::size_t action_index = 0;
  /// Rule D4 (OPAC art. 11(1)): at the end of the year the State was engaged in an armed conflict
  /// whose end is not recorded, so the denunciation has not taken effect; `effective.date` is then
  /// the end of the year, the earliest it could have.
  bool suspended = false;
};

/// One consent to be bound, and what became of it.
struct consent_record {
  action_kind kind = action_kind::ratification;
  date_t deposit;                           ///< deposit, or receipt of the notification of succession
  std::optional<date_t> succession_date;    ///< successions: the date of succession of States
  /// The date the treaty enters into force for this State (rules E2–E5); none while the treaty is
  /// not in force, or for a succession whose date of succession is not recorded. Its basis (rule,
  /// article, reasoning) is built when asked for: `treaty_record::entry_into_force_of`.
  std::optional<date_t> in_force_from;
  /// Successions whose date of succession is not recorded: the first date the State counts as
  /// bound, its notification or the general entry into force, whichever is later (rule E5); nothing
  /// while the treaty is not in force. The true date of succession may be earlier.
  std::optional<date_t> provisional_from;
  std::uint32_t action_index = 0;  ///< index into the registry's actions
  std::vector<denunciation_record> denunciations;

  /// The denunciation that was not withdrawn, if any.
  const denunciation_record* standing_denunciation() const noexcept {
    for (const auto& d : denunciations)
      if (!d.withdrawn) return &d;
    return nullptr;
  }
  /// The date the consent stops binding (its standing denunciation's effect), if any; nothing
  /// while a denunciation is suspended by an armed conflict (rule D4).
  std::optional<date_t> ends() const noexcept {
    if (const auto* d = standing_denunciation(); d && !d->suspended) return d->effective.date;
    return std::nullopt;
  }
  /// The first date the State is bound under this consent: its entry into force or, for a
  /// succession whose date of succession is not recorded, `provisional_from`.
  std::optional<date_t> bound_from() const noexcept {
    if (in_force_from) return in_force_from;
    return provisional_from;
  }
  /// The first date the consent counts, as the registry now records it: the deposit, or for a
  /// succession that binds from a date before its notification, that date (rule E5; VCSST art. 34,
  /// continuity).
  date_t counts_from() const noexcept {
    if (kind == action_kind::succession && in_force_from && *in_force_from < deposit) return *in_force_from;
    return deposit;
  }
};

/// A State's consents, in date order. Nearly every State has one: it is kept in place, so that
/// finding a State's status reads its record and nothing else; a second consent (after a
/// denunciation took effect) moves them all to the heap. Used as a vector: size, empty, front,
/// back, [], iteration.
class consent_list {
 public:
  using value_type = consent_record;
  using iterator = consent_record*;
  using const_iterator = const consent_record*;
  using size_type = std::size_t;

  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  consent_record* data() noexcept { return size_ > 1 ? more_.data() : &one_; }
  const consent_record* data() const noexcept { return size_ > 1 ? more_.data() : &one_; }
  consent_record* begin() noexcept { return data(); }
  consent_record* end() noexcept { return data() + size_; }
  const consent_record* begin() const noexcept { return data(); }
  const consent_record* end() const noexcept { return data() + size_; }
  consent_record& operator[](std::size_t i) noexcept { return data()[i]; }
  const consent_record& operator[](std::size_t i) const noexcept { return data()[i]; }
  consent_record& front() noexcept { return data()[0]; }
  const consent_record& front() const noexcept { return data()[0]; }
  consent_record& back() noexcept { return data()[size_ - 1]; }
  const consent_record& back() const noexcept { return data()[size_ - 1]; }

  void push_back(consent_record c) {
    if (size_ == 0) {
      one_ = std::move(c);
    } else {
      if (size_ == 1) {
        more_.reserve(2);
        more_.push_back(std::move(one_));
        one_ = consent_record{};
      }
      more_.push_back(std::move(c));
    }
    ++size_;
  }

 private:
  consent_record one_;                // the consent, while there is one
  std::vector<consent_record> more_;  // all of them, once there are two or more
  std::size_t size_ = 0;
};

/// A declaration required with the instrument (OPAC art. 3(2)) or strengthening it (art. 3(4)).
struct declaration_record {
  date_t date;                     ///< deposit with the instrument, or receipt (it takes effect on receipt)
  std::optional<int> minimum_age;  ///< the age declared, when the registry records it
  bool with_instrument = false;    ///< deposited with the instrument (art. 3(2)) rather than later (art. 3(4))
  std::size_t action_index = 0;
};

/// A period in which the State was engaged in armed conflict (OPAC art. 11(1), rule D4).
struct armed_conflict_period {
  date_t from;
  std::optional<date_t> to;  ///< its end, once recorded
  std::size_t action_index = 0;
};

/// Everything one State did under the treaty.
struct state_record {
  std::string state;
  std::optional<date_t> signature;
  consent_list consents;  ///< in date order; more than one only after a denunciation took effect
  /// Its first and last actions (indices into the registry's actions); all of them, in order:
  /// `treaty_record::actions_of`.
  std::uint32_t first_action = 0;
  std::uint32_t last_action = 0;
  /// Where its declarations (OPAC art. 3) and armed conflicts (art. 11(1)) are kept, if it has any:
  /// read them with `treaty_record::declarations_of` and `armed_conflicts_of`.
  std::uint32_t clauses = static_cast<std::uint32_t>(-1);
};

namespace detail {

/// Finds a State's record by its name: open addressing over 64-bit slots (32 bits of the name's
/// hash beside the index), about 12 bytes a State, and a lookup by `string_view` allocates nothing.
class name_index {
 public:
  /// The index stored for `name`, or -1.
  template <typename NameOf>
  std::ptrdiff_t find(std::string_view name, NameOf&& name_of) const noexcept {
    if (slots_.empty()) return -1;
    const std::uint32_t h = hash(name);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint64_t slot = slots_[i];
      if (slot == 0) return -1;
      if (static_cast<std::uint32_t>(slot >> 32) == h) {
        const std::size_t index = static_cast<std::uint32_t>(slot) - 1;
        if (name_of(index) == name) return static_cast<std::ptrdiff_t>(index);
      }
    }
  }

  /// Adds `name` with `index` unless it is there; returns the index stored and whether it was added.
  template <typename NameOf>
  std::pair<std::size_t, bool> insert(std::string_view name, std::size_t index, NameOf&& name_of) {
    if ((size_ + 1) * 10 > slots_.size() * 7) grow();
    const std::uint32_t h = hash(name);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint64_t slot = slots_[i];
      if (slot == 0) {
        slots_[i] = (std::uint64_t{h} << 32) | (static_cast<std::uint64_t>(index) + 1);
        ++size_;
        return {index, true};
      }
      if (static_cast<std::uint32_t>(slot >> 32) == h) {
        const std::size_t found = static_cast<std::uint32_t>(slot) - 1;
        if (name_of(found) == name) return {found, false};
      }
    }
  }

 private:
  static std::uint32_t hash(std::string_view s) noexcept {
    const std::uint64_t h = std::hash<std::string_view>{}(s);
    return static_cast<std::uint32_t>(h ^ (h >> 32));
  }

  void grow() {
    std::vector<std::uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, 0);
    const std::size_t mask = slots_.size() - 1;
    for (std::uint64_t slot : old) {
      if (slot == 0) continue;
      std::size_t i = static_cast<std::uint32_t>(slot >> 32) & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<std::uint64_t> slots_;
  std::size_t size_ = 0;
};

}  // namespace detail

/// A State's position on a date.
enum class status {
  not_participant,       ///< no signature or consent recorded on or before the date
  signatory,             ///< signed, not consented
  consented,             ///< consented, the treaty not yet in force for it
  bound,                 ///< the treaty is in force for it
  denunciation_pending,  ///< bound; a denunciation received and not yet effective
  denounced,             ///< its denunciation has taken effect
  /// bound; its denunciation's year has run, but the State is engaged in an armed conflict whose end
  /// is not recorded, so the denunciation has not taken effect (OPAC art. 11(1), rule D4)
  denunciation_suspended,
};

inline const char* to_string(status s) noexcept {
  switch (s) {
    case status::not_participant: return "not a participant";
    case status::signatory: return "signatory";
    case status::consented: return "consented, not yet in force";
    case status::bound: return "bound";
    case status::denunciation_pending: return "denunciation pending";
    case status::denounced: return "denounced";
    case status::denunciation_suspended: return "denunciation suspended (armed conflict)";
  }
  return "?";
}

/// The machine-readable name of a status: "not-participant", "signatory", "consented", "bound",
/// "denunciation-pending", "denounced", "denunciation-suspended".
inline const char* to_key(status s) noexcept {
  switch (s) {
    case status::not_participant: return "not-participant";
    case status::signatory: return "signatory";
    case status::consented: return "consented";
    case status::bound: return "bound";
    case status::denunciation_pending: return "denunciation-pending";
    case status::denounced: return "denounced";
    case status::denunciation_suspended: return "denunciation-suspended";
  }
  return "?";
}

/// A State's status on a date, with the sentence that explains it.
struct state_status {
  status code = status::not_participant;
  std::string explanation;
};

/// Whether a State is bound as to an act that occurred on a date (OPSC art. 15(2)).
struct act_obligation {
  bool bound = false;
  basis why;
};

/// One amendment's life and what follows from it (OPSC art. 16, rules A1–A4).
struct amendment_record {
  std::string id;
  std::string proposer;                 ///< the State that filed the proposal
  std::optional<date_t> proposed;       ///< filed with the Secretary-General
  std::optional<date_t> communicated;   ///< communicated to the States Parties
  std::optional<date_t> adopted;        ///< adopted by the conference
  std::optional<pacta::vote> adoption_vote;
  /// Rule A2: an adoption recorded with a vote in which the votes in favour did not exceed those
  /// against: the date of that vote. The amendment was not adopted (`adopted` is nothing).
  std::optional<date_t> vote_failed;
  std::optional<date_t> approved;       ///< approved by the General Assembly
  // Each State by its index in treaty_record::states(), with the date.
  std::vector<std::pair<std::size_t, date_t>> favours;      ///< States favouring a conference, in date order
  std::vector<std::pair<std::size_t, date_t>> acceptances;  ///< in date order
  std::vector<std::pair<std::size_t, date_t>> declined;     ///< VCLT art. 40(5) declarations

  // Rule A1: was a conference due?
  std::optional<date_t> window_end;          ///< communication + the conference window (4 months)
  std::size_t parties_at_communication = 0;  ///< States Parties on the communication date
  std::size_t conference_needed = 0;         ///< one third of them, rounded up
  std::size_t favours_in_window = 0;
  std::optional<dated> conference_due;       ///< the date the third was reached within the window

  // Rule A3: entry into force.
  std::optional<dated> entry_into_force;
  std::size_t acceptances_at_entry = 0;     ///< acceptances counted on that date (by States then parties)
  /// Acceptances by States that had ceased to be parties: by the entry into force, or (not in force)
  /// by the registry's `as_of` date.
  std::size_t acceptances_not_counted = 0;
  std::size_t parties_at_entry = 0;      ///< States Parties counted (on that date, or on approval)
  std::size_t needed_at_entry = 0;       ///< two thirds of them, rounded up
};

/// The text that binds a State on a date (OPSC art. 16(3)): the Protocol and the amendments in
/// force for it.
struct binding_text {
  bool bound = false;                   ///< is the State bound by the treaty at all on that date
  std::vector<std::string> amendments;  ///< ids of the amendments in force for it, in order
  std::string explanation;
};

/// How "the States Parties" are counted for an amendment's two-thirds majority (rule A3,
/// unsettled).
enum class amendment_count_basis {
  /// The States Parties on each day tested — each acceptance, and each day the number of States
  /// Parties changes: fits the Convention's 1995 amendment (in force 18 November 2002 with 128
  /// acceptances of 191 parties). The default.
  each_acceptance,
  /// The States Parties on the date of the General Assembly's approval.
  approval,
};

/// How "party to the parent treaty" is read when checking eligibility (OPSC art. 13).
enum class party_basis {
  /// A State is a party from the deposit of its instrument (or its notification of succession). This
  /// is the recorded practice: Timor-Leste acceded to the Convention and to the OPSC on the same day,
  /// 16 April 2003, and the depositary accepted both. The default.
  deposited,
  /// A State is a party only once the parent treaty is in force for it (VCLT art. 2(1)(g)). Stricter;
  /// it rejects the Timor-Leste case above.
  in_force,
};

/// Which facts a State's status on a past date is judged by (rule E5).
enum class status_view {
  /// The legal position on that date as the registry now records it: a succession notified later
  /// binds the successor from the date of succession (VCSST art. 34, continuity), so the State is
  /// bound on the dates between. The default.
  as_recorded,
  /// What the depositary knew on that date: only the actions dated on or before it, so a succession
  /// counts from its notification.
  as_known_then,
};

/// Whether the signature of the parent treaty still opens the treaty to a State that later became
/// a party to the parent treaty and denounced it (OPSC art. 13, *unsettled*: no recorded case).
enum class denounced_signatory {
  /// The signature stands: article 13 names the Convention's signatories, and a denunciation does
  /// not undo a signature. The default.
  eligible,
  /// A State whose denunciation of the parent treaty has taken effect is no longer counted as its
  /// signatory.
  not_eligible,
};

/// From what a State party to the Protocol but not to the Convention counts its five-year reports
/// (OPSC art. 12(2), rule R2, *unsettled*: the article says "every five years" after the
/// comprehensive report without naming the anchor).
enum class report_cycle_anchor {
  /// The initial report's due date (the United States: due 23 Jan 2005, then 2010, 2015, …). The
  /// default.
  initial_due,
  /// The date the initial report was submitted, when the reports file records it (else the due date).
  initial_submitted,
};

/// Options for building a record: the choices left open by unsettled rules, each with its
/// default.
struct record_options {
  party_basis parent_party_basis = party_basis::deposited;                         ///< art. 13 eligibility
  amendment_count_basis amendment_basis = amendment_count_basis::each_acceptance;  ///< rule A3
  /// Who counts among "the States Parties" for article 16 (rules A1–A3): `deposited` (default), every
  /// State that has deposited an instrument and not denounced with effect, as the depositary counts
  /// parties; `in_force`, only those for which the treaty is in force (VCLT art. 2(1)(g)).
  party_basis amendment_party_basis = party_basis::deposited;
  status_view view = status_view::as_recorded;                                       ///< rule E5
  denounced_signatory signatory_after_denunciation = denounced_signatory::eligible;  ///< art. 13
  report_cycle_anchor report_anchor = report_cycle_anchor::initial_due;              ///< rule R2
  leap_day_rule leap_day = leap_day_rule::last_of_february;                          ///< rule P6
};

/// A State resolved once in one `treaty_record` (`treaty_record::resolve`), for queries in loops:
/// an index into the record's `states()`, tied to that record, so a typo is caught once, at
/// `resolve`, and a handle cannot be read against another record. A default-constructed handle
/// denotes no State; every query given it throws `query_error`, as does a handle from another
/// record (copies of a record share its handles).
///
/// Example:
///   const pacta::state_handle benin = opsc.resolve("benin");       // name_key: "Benin"
///   for (auto d = ...) opsc.is_bound(benin, d);                     // no look-up by name
class state_handle {
 public:
  state_handle() noexcept = default;

  /// The State's position in the record's `states()`.
  std::size_t index() const noexcept { return index_; }

  friend bool operator==(const state_handle& a, const state_handle& b) noexcept {
    return a.record_ == b.record_ && a.index_ == b.index_;
  }
  friend bool operator!=(const state_handle& a, const state_handle& b) noexcept { return !(a == b); }

 private:
  friend class treaty_record;
  state_handle(std::uint64_t record, std::size_t index) noexcept : record_(record), index_(index) {}

  std::uint64_t record_ = 0;  ///< the record's serial; 0 for none
  std::size_t index_ = 0;
};

/// A validated registry under a treaty's rules, with the dates that follow from it.
///
/// Naming a State. Every query takes the State either by its exact registry name
/// (`"United States of America"`) or by a `state_handle` from `resolve`. A name the registry lacks
/// is a `query_error` whose message suggests the near names ("did you mean \"Benin\"?"), never a
/// silent "not bound"; `find` (nullptr) and `try_resolve` (nothing) are the forms for callers that
/// expect absence.
class treaty_record {
 public:
  /// Builds a record from a parsed registry. `parents` are the records of the treaties named in the
  /// rules' eligibility clauses (article 13); when none of them is given, eligibility is not checked.
  /// Throws `load_error` with every diagnostic when the registry is invalid.
  static treaty_record from_registry(registry reg, treaty_rules rules,
                                     const std::vector<const treaty_record*>& parents = {},
                                     record_options options = {}) {
    std::vector<diagnostic> diags;
    auto rec = try_from_registry(std::move(reg), std::move(rules), diags, parents, options);
    if (!rec) throw load_error(std::move(diags));
    return std::move(*rec);
  }

  /// As `from_registry`, without throwing: the record, or nothing and every diagnostic in `diags`.
  static std::optional<treaty_record> try_from_registry(registry reg, treaty_rules rules,
                                                        std::vector<diagnostic>& diags,
                                                        const std::vector<const treaty_record*>& parents = {},
                                                        record_options options = {}) {
    treaty_record rec(std::move(reg), std::move(rules), options);
    const std::size_t before = diags.size();
    rec.build(parents, diags);
    if (diags.size() == before) rec.check_date_range(diags);
    if (diags.size() != before) return std::nullopt;
    return rec;
  }

  /// Reads, parses and validates a registry file. Throws `load_error` with every diagnostic.
  static treaty_record load_file(const std::string& path, treaty_rules rules,
                                 const std::vector<const treaty_record*>& parents = {},
                                 record_options options = {}) {
    std::vector<diagnostic> diags;
    auto rec = try_load_file(path, std::move(rules), diags, parents, options);
    if (!rec) throw load_error(std::move(diags));
    return std::move(*rec);
  }

  /// As `load_file`, without throwing for bad input.
  static std::optional<treaty_record> try_load_file(const std::string& path, treaty_rules rules,
                                                    std::vector<diagnostic>& diags,
                                                    const std::vector<const treaty_record*>& parents = {},
                                                    record_options options = {}) {
    registry reg;
    if (!try_load_registry(path, reg, diags)) return std::nullopt;
    return try_from_registry(std::move(reg), std::move(rules), diags, parents, options);
  }

  /// Parses and validates registry text; `file` names it in diagnostics.
  static std::optional<treaty_record> try_parse(std::string_view text, const std::string& file, treaty_rules rules,
                                                std::vector<diagnostic>& diags,
                                                const std::vector<const treaty_record*>& parents = {},
                                                record_options options = {}) {
    registry reg;
    if (!try_parse_registry(text, file, reg, diags)) return std::nullopt;
    return try_from_registry(std::move(reg), std::move(rules), diags, parents, options);
  }

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

  /// The State's position in `states()`, by its exact registry name; nothing when it has none.
  /// With `status_code(std::size_t, date_t)`, the fastest way to ask many questions about one State.
  std::optional<std::size_t> index_of(std::string_view state) const {
    const std::ptrdiff_t i = index_.find(state, name_of());
    return i < 0 ? std::nullopt : std::optional<std::size_t>(static_cast<std::size_t>(i));
  }

  /// The State a typed name denotes in this registry, tried in this order: the exact registry name;
  /// the registry name equal to it by `name_key` (case, accents, punctuation and spacing aside:
  /// "benin", "COTE D'IVOIRE"); with a name table, the registry name of the State it names
  /// (ISO 3166-1 codes, common names: "usa", "Turkey"). Throws `query_error`, with the near
  /// names, when none of them is in the registry (a State of the name table that has no recorded
  /// action included).
  ///
  /// Example: `opsc.resolve("usa", &names)` is the handle of "United States of America".
  state_handle resolve(std::string_view typed, const state_names* names = nullptr) const {
    if (auto h = try_resolve(typed, names)) return *h;
    throw query_error(unknown_state_message(typed, names));
  }

  /// As `resolve`, without throwing: nothing when the registry has no such State.
  std::optional<state_handle> try_resolve(std::string_view typed, const state_names* names = nullptr) const {
    if (auto i = index_of(typed)) return handle(*i);
    if (auto i = index_by_key(name_key(typed))) return handle(*i);
    if (names)
      if (const pacta::state_name* n = names->lookup(typed)) {
        if (auto i = index_of(n->name)) return handle(*i);
        if (auto i = index_by_key(name_key(n->name))) return handle(*i);
      }
    return std::nullopt;
  }

  /// The handle of the State at `state_index` in `states()`; throws `query_error` out of range.
  state_handle handle(std::size_t state_index) const {
    if (state_index >= states_.size())
      throw query_error("no State at index " + std::to_string(state_index) + " of the " + rules_.short_title +
                        " registry (it has " + std::to_string(states_.size()) + ")");
    return {serial_, state_index};
  }

  /// The record of the State by its exact registry name. Throws `query_error`, with the near names,
  /// when the registry has none (`find` is the form that returns nullptr).
  const state_record& state(std::string_view name) const { return require(name); }

  /// The record of a resolved State. Throws `query_error` for a handle of another record or of none.
  const state_record& state(state_handle h) const {
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
  std::optional<dated> entry_into_force_for(std::string_view state) const {
    return entry_into_force_for(require(state));
  }
  std::optional<dated> entry_into_force_for(state_handle state) const {
    return entry_into_force_for(this->state(state));
  }

  /// The entry into force for a State under one of its consents (rules E2–E5), with its basis;
  /// nothing when `consent.in_force_from` is nothing.
  std::optional<dated> entry_into_force_of(const consent_record& consent) const {
    return state_entry_into_force(consent);
  }

  /// The date the State's standing denunciation takes effect (rule D1), if it has one.
  std::optional<dated> denunciation_effective(std::string_view state) const {
    return denunciation_effective(require(state));
  }
  std::optional<dated> denunciation_effective(state_handle state) const {
    return denunciation_effective(this->state(state));
  }

  /// The consent that decides the State's status on `on` (see `status_on`), or nullptr when it had
  /// none by then.
  const consent_record* consent_on(std::string_view state, date_t on) const {
    return classify(require(state), on).consent;
  }
  const consent_record* consent_on(state_handle state, date_t on) const {
    return classify(this->state(state), on).consent;
  }

  /// The State's status on `on`, with the sentence that explains it. By default
  /// (`status_view::as_recorded`) this is the legal position on that date as the registry now
  /// records it: a succession binds from the date of succession even where it was notified later
  /// (rule E5); a denunciation counts from its receipt and a withdrawal from its own date. With
  /// `status_view::as_known_then`, only the actions dated on or before `on` count.
  ///
  /// Example: `opsc.status_on("Benin", 2005_y/3/1).code == pacta::status::bound`.
  state_status status_on(std::string_view state, date_t on) const { return status_on(require(state), on); }
  state_status status_on(state_handle state, date_t on) const { return status_on(this->state(state), on); }

  /// The State's status on `on`, without the explanation: the fast path for many queries.
  status status_code(std::string_view state, date_t on) const { return classify(require(state), on).code; }
  status status_code(state_handle state, date_t on) const { return classify(this->state(state), on).code; }

  /// The status of the State at `state_index` in `states()` (see `index_of`) on `on`; throws
  /// `query_error` when there is no State at that index.
  status status_code(std::size_t state_index, date_t on) const {
    if (state_index >= states_.size()) (void)handle(state_index);
    return classify(states_[state_index], on).code;
  }

  /// True when the treaty is in force for the State on `on` (bound, denunciation pending or
  /// suspended), rule D2.
  ///
  /// Example: `opsc.is_bound("Benin", 2005_y/2/28)`; `opsc.is_bound("Atlantis", d)` throws.
  bool is_bound(std::string_view state, date_t on) const { return is_bound(require(state), on); }
  bool is_bound(state_handle state, date_t on) const { return is_bound(this->state(state), on); }

  /// The declaration in effect for the State on `on` (OPAC art. 3(2), strengthened under art. 3(4)
  /// with effect from receipt): the latest one dated on or before `on`, or nullptr.
  const declaration_record* declaration_on(std::string_view state, date_t on) const {
    return declaration_on(require(state), on);
  }
  const declaration_record* declaration_on(state_handle state, date_t on) const {
    return declaration_on(this->state(state), on);
  }

  /// Whether the State is bound as to an act (an offence) that occurred on `act_date`
  /// (OPSC art. 15(2)): it is when the treaty was in force for it on that date, even if a
  /// denunciation took effect later, since the State is not released from its obligations for any
  /// offence that occurs before the effective date of the denunciation.
  act_obligation bound_as_to_act(std::string_view state, date_t act_date) const {
    return bound_as_to_act(require(state), act_date);
  }
  act_obligation bound_as_to_act(state_handle state, date_t act_date) const {
    return bound_as_to_act(this->state(state), act_date);
  }

  /// The number of States for which the treaty is in force on `on`.
  std::size_t parties_on(date_t on) const noexcept { return count_on(bound_timeline_, on); }

  /// The number of States that have deposited an instrument (or notified a succession) by `on`
  /// and whose denunciation has not taken effect: the "Parties" count of the depositary's status
  /// page, which includes States for which the treaty is not yet in force.
  std::size_t consented_on(date_t on) const noexcept { return count_on(consent_timeline_, on); }

  /// Every amendment recorded, in order of proposal.
  const std::vector<amendment_record>& amendments() const noexcept { return amendments_; }

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
  std::optional<dated> amendment_binds_from(const amendment_record& a, std::string_view state) const {
    return amendment_binds_from(a, require(state));
  }
  std::optional<dated> amendment_binds_from(const amendment_record& a, state_handle state) const {
    return amendment_binds_from(a, this->state(state));
  }

  /// The text that binds the State on `on`: the treaty and the amendments in force for it.
  ///
  /// Example: `opsc.binding_text("Benin", 2026_y/2/3).explanation`.
  pacta::binding_text binding_text(std::string_view state, date_t on) const { return binding_text(require(state), on); }
  pacta::binding_text binding_text(state_handle state, date_t on) const { return binding_text(this->state(state), on); }

  /// The citation of a basis: "OPSC art. 14(2), rule E3", or "depositary practice, rule E5" where
  /// no article applies.
  std::string cite(const basis& b) const {
    if (b.article.empty()) return "depositary practice, rule " + b.rule;
    return rules_.short_title + " art. " + b.article + ", rule " + b.rule;
  }

 private:
  std::optional<dated> amendment_binds_from(const amendment_record& a, const state_record& s) const {
    const std::size_t self = static_cast<std::size_t>(&s - states_.data());
    const std::string& state = s.state;
    if (!a.entry_into_force) return std::nullopt;
    const date_t eif = a.entry_into_force->date;
    dated d;
    d.why.rule = "A4";
    d.why.article = rules_.amendment.article + "(3)";
    for (const auto& [si, when] : a.acceptances) {
      if (si != self) continue;
      if (const auto until = party_until(si, when); until && *until <= eif) break;  // left before it bound anyone
      d.why.anchor = when;
      if (when <= eif) {
        d.date = eif;
        d.why.reasoning = state + " accepted amendment " + a.id + " on " + to_prose(when) +
                          ", before its entry into force on " + to_prose(eif) + ", and is bound by it from that date.";
      } else {
        d.date = when;
        d.why.reasoning = state + " accepted amendment " + a.id + " on " + to_prose(when) +
                          ", after its entry into force on " + to_prose(eif) +
                          ", and is bound by it from its acceptance.";
      }
      return d;
    }
    for (const auto& decl : a.declined)
      if (decl.first == self) return std::nullopt;
    if (s.consents.empty()) return std::nullopt;
    const consent_record& c = s.consents.back();
    const auto from = c.bound_from();
    if (c.deposit <= eif || !from) return std::nullopt;
    d.date = *from;
    d.why.anchor = c.deposit;
    d.why.article.clear();
    d.why.reasoning = state + " became a party after amendment " + a.id + " entered into force on " + to_prose(eif) +
                      " and expressed no different intention: it is a party to the " + rules_.short_title +
                      " as amended from " + to_prose(*from) + " (VCLT art. 40(5)(a)), and, in " +
                      "relation to any party not bound by the amendment, a party to the unamended " +
                      rules_.short_title + " (art. 40(5)(b)).";
    return d;
  }

  pacta::binding_text binding_text(const state_record& s, date_t on) const {
    pacta::binding_text t;
    t.bound = is_bound(s, on);
    if (!t.bound) {
      t.explanation = s.state + " is not bound by the " + rules_.short_title + " on " + to_prose(on) + ".";
      return t;
    }
    for (const auto& a : amendments_) {
      const auto from = amendment_binds_from(a, s);
      if (from && from->date <= on) t.amendments.push_back(a.id);
    }
    t.explanation = "The " + rules_.short_title;
    if (t.amendments.empty()) {
      t.explanation += " as adopted";
      if (!amendments_.empty()) t.explanation += ", without amendments (article " + rules_.amendment.article + "(3))";
    } else {
      t.explanation += " as amended by";
      for (std::size_t k = 0; k < t.amendments.size(); ++k) t.explanation += (k ? ", " : " ") + t.amendments[k];
    }
    t.explanation += ".";
    return t;
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

  state_status status_on(const state_record& st, date_t on) const {
    const state_record* s = &st;
    const position p = classify(*s, on);
    const std::string when = to_prose(on);
    std::string what =
        p.consent ? std::string(to_string(p.consent->kind)) + " of " + to_prose(p.consent->deposit) : std::string();
    // A succession: the notification's date, and the date of succession it binds from (rule E5).
    std::string later;
    if (p.consent && p.consent->kind == action_kind::succession) {
      const auto& c = *p.consent;
      what = "succession notified on " + to_prose(c.deposit) + ", " +
             (!c.succession_date                     ? std::string("the date of succession of States not recorded")
              : c.in_force_from == c.succession_date ? std::string("from the date of succession of States")
                                                     : "date of succession of States " + to_prose(*c.succession_date)) +
             ", rule E5";
      if (c.deposit > on)
        later = " The notification came later: as known on " + when +
                " the State was not yet a participant, but the succession binds it from then on (VCSST art. 34, "
                "continuity).";
    }
    switch (p.code) {
      case status::denounced:
        return {p.code, "Its denunciation received on " + to_prose(p.denunciation->received) + " took effect on " +
                            to_prose(p.denunciation->effective.date) + " (" + cite(p.denunciation->effective.why) +
                            ")."};
      case status::consented:
        return {p.code,
                "Consented (" + what + "); " +
                    (p.from ? "the " + rules_.short_title + " enters into force for it on " + to_prose(*p.from) + "."
                            : "the " + rules_.short_title + " is not yet in force.") +
                    later};
      case status::denunciation_pending:
        return {p.code, "Bound since " + to_prose(*p.from) + " (" + what + "); its denunciation received on " +
                            to_prose(p.denunciation->received) + " takes effect on " +
                            to_prose(p.denunciation->effective.date) + ", and until then it stays bound (rule D2)" +
                            (p.denunciation->effective.why.rule == "D4" ? ". " + p.denunciation->effective.why.reasoning
                                                                        : std::string("."))};
      case status::denunciation_suspended:
        return {p.code,
                "Bound since " + to_prose(*p.from) + " (" + what + "). " + p.denunciation->effective.why.reasoning};
      case status::bound:
        return {p.code, "Bound since " + to_prose(*p.from) + " (" + what + ")." + later};
      case status::signatory:
        return {p.code,
                "Signed on " + to_prose(*s->signature) +
                    "; a signature is not consent to be bound (rule E6), and no instrument had been deposited by " +
                    when + "."};
      case status::not_participant:
        break;
    }
    return {status::not_participant, "No signature or consent recorded on or before " + when + "."};
  }

  bool is_bound(const state_record& s, date_t on) const {
    const status c = classify(s, on).code;
    return c == status::bound || c == status::denunciation_pending || c == status::denunciation_suspended;
  }

  const declaration_record* declaration_on(const state_record& s, date_t on) const {
    const declaration_record* out = nullptr;
    for (const auto& d : declarations_of(s))
      if (d.date <= on) out = &d;
    return out;
  }

  act_obligation bound_as_to_act(const state_record& s, date_t act_date) const {
    act_obligation out;
    out.why.rule = "D2";
    out.why.article = rules_.continuing_obligations_article;
    out.why.anchor = act_date;
    for (const auto& c : s.consents) {
      const auto from = c.bound_from();
      if (!from || *from > act_date) continue;
      const auto end = c.ends();
      if (end && *end <= act_date) continue;
      out.bound = true;
      out.why.reasoning = "The act of " + to_prose(act_date) + " occurred while the " + rules_.short_title +
                          " was in force for " + s.state + " (from " + to_prose(*from) + ")";
      if (end)
        out.why.reasoning += " and before its denunciation took effect on " + to_prose(*end) + "; under article " +
                             (rules_.continuing_obligations_article.empty() ? rules_.denunciation_article
                                                                            : rules_.continuing_obligations_article) +
                             " the denunciation does not release it from obligations as to that act.";
      else
        out.why.reasoning += ".";
      return out;
    }
    out.why.reasoning =
        "The " + rules_.short_title + " was not in force for " + s.state + " on " + to_prose(act_date) + ".";
    return out;
  }

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

  /// The index of the one State whose name equals `key` by `name_key`.
  std::optional<std::size_t> index_by_key(const std::string& key) const {
    if (key.empty()) return std::nullopt;
    for (std::size_t i = 0; i < states_.size(); ++i)
      if (name_key(states_[i].state) == key) return i;
    return std::nullopt;
  }

  /// "no State named "benin" in the OPSC registry; did you mean "Benin"?": the registry names near
  /// what was typed, and those of the name table's States whose names are near it.
  std::string unknown_state_message(std::string_view typed, const state_names* names) const {
    const std::string want = name_key(typed);
    std::vector<std::string> near;
    auto consider = [&](std::string_view candidate, const std::string& registry_name) {
      if (near.size() < 8 && detail::near_name(candidate, want) &&
          std::find(near.begin(), near.end(), registry_name) == near.end())
        near.push_back(registry_name);
    };
    for (const auto& s : states_) consider(s.state, s.state);
    if (names)
      for (const auto& n : names->all())
        if (find(n.name))
          for (const auto& o : n.other_names) consider(o, n.name);
    std::string out = "no State named \"" + std::string(typed) + "\" in the " + rules_.short_title + " registry";
    if (names)
      if (const pacta::state_name* n = names->lookup(typed))
        out += " (the name table's \"" + n->name + "\" has no recorded action)";
    if (!near.empty()) {
      out += "; did you mean";
      for (std::size_t k = 0; k < near.size(); ++k) out += (k ? ", \"" : " \"") + near[k] + '"';
      out += '?';
    }
    return out;
  }

  // ---- eligibility (OPSC art. 13) --------------------------------------------------------------

  bool parent_party(const treaty_record& parent, const std::string& state, date_t on) const {
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

  /// A signatory of the parent treaty on `on`. A State that later became a party to it and whose
  /// denunciation took effect by `on` still counts, unless `signatory_after_denunciation` is
  /// `not_eligible` (unsettled: no recorded case).
  bool parent_signatory(const treaty_record& parent, const std::string& state, date_t on) const {
    const state_record* s = parent.find(state);
    if (!s || !s->signature || *s->signature > on) return false;
    if (options_.signatory_after_denunciation == denounced_signatory::not_eligible)
      for (const auto& c : s->consents)
        if (const auto end = c.ends(); end && *end <= on) return false;
    return true;
  }

  void check_eligibility(const eligibility& e, const action& a, std::size_t i,
                         const std::vector<const treaty_record*>& parents, std::vector<diagnostic>& diags) const {
    if (e.any_state) return;
    auto find_parent = [&](const std::string& id) -> const treaty_record* {
      for (const treaty_record* p : parents)
        if (p && p->rules().id == id) return p;
      return nullptr;
    };
    bool any_loaded = false;
    for (const auto& id : e.parties_of) {
      if (const treaty_record* p = find_parent(id)) {
        any_loaded = true;
        if (parent_party(*p, a.state, a.date)) return;
      }
    }
    for (const auto& id : e.signatories_of) {
      if (const treaty_record* p = find_parent(id)) {
        any_loaded = true;
        if (parent_signatory(*p, a.state, a.date)) return;
      }
    }
    if (!any_loaded) return;
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
    if (!e.signatories_of.empty()) who += std::string(who.empty() ? "" : " nor ") + "a signatory of " + names(e.signatories_of);
    if (!e.parties_of.empty() && !e.signatories_of.empty()) who = "neither " + who;
    else who = "not " + who;
    // Article 13 names signature, ratification and accession, not succession: a successor is held
    // to the same condition by analogy (its predecessor met it), and the message says so rather
    // than cite the article for it.
    const std::string basis = a.kind == action_kind::succession
                                  ? "rule E5 (the condition of article " + e.article +
                                        ", which names ratification and accession, applied to a successor)"
                                  : "article " + e.article;
    diags.push_back({registry_.file, "/actions/" + std::to_string(i), "eligibility",
                     basis + ": on " + to_iso(a.date) + " " + a.state + " is " + who + ", so its " + to_string(a.kind) +
                         " is not open to it",
                     std::nullopt, std::nullopt});
  }

  // ---- building ---------------------------------------------------------------------------------

  void build(const std::vector<const treaty_record*>& parents, std::vector<diagnostic>& diags) {
    const std::string& file = registry_.file;
    auto err = [&](std::size_t i, const std::string& member, const char* code, std::string msg) {
      diags.push_back({file, "/actions/" + std::to_string(i) + member, code, std::move(msg), std::nullopt,
                       std::nullopt});
    };
    if (registry_.treaty != rules_.id)
      diags.push_back({file, "/treaty", "registry.treaty",
                       "the registry is for \"" + registry_.treaty + "\" but is being read under the rules of \"" +
                           rules_.id + "\"",
                       std::nullopt, std::nullopt});

    // Rule D4 needs a State's armed conflicts when its denunciation is read, and they may be
    // listed after it: collect them first (they are checked in the main pass).
    std::unordered_map<std::string, std::vector<armed_conflict_period>> conflicts;
    for (std::size_t i = 0; !rules_.armed_conflict_article.empty() && i < registry_.actions.size(); ++i) {
      const action& a = registry_.actions[i];
      if (a.kind == action_kind::armed_conflict) {
        conflicts[a.state].push_back({a.date, std::nullopt, i});
      } else if (a.kind == action_kind::armed_conflict_end) {
        auto it = conflicts.find(a.state);
        if (it != conflicts.end() && !it->second.back().to) it->second.back().to = a.date;
      }
    }

    // Number the States in order of first appearance, so that their records are allocated once.
    // next_action_ holds each action's State index until the main pass replaces it with the link
    // to the State's next action.
    constexpr auto none = static_cast<std::uint32_t>(-1);
    next_action_.assign(registry_.actions.size(), none);
    std::vector<std::uint32_t>& state_of = next_action_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> amendment_states;
    {
      std::vector<std::size_t> first;  // per State: its first action
      std::size_t previous = none;     // the last action of a State seen
      auto first_name = [&](std::size_t k) -> std::string_view { return registry_.actions[first[k]].state; };
      for (std::size_t i = 0; i < registry_.actions.size(); ++i) {
        const action& a = registry_.actions[i];
        if (is_organ_act(a.kind)) continue;
        // A State's actions mostly follow one another: the previous action's State, if it is
        // this one, spares a lookup.
        if (previous != none && registry_.actions[previous].state == a.state) {
          state_of[i] = state_of[previous];
          previous = i;
          continue;
        }
        const auto [si, inserted] = index_.insert(a.state, first.size(), first_name);
        if (inserted) first.push_back(i);
        state_of[i] = static_cast<std::uint32_t>(si);
        previous = i;
      }
      states_.reserve(first.size());
    }
    for (std::size_t i = 0; i < registry_.actions.size(); ++i) {
      const action& a = registry_.actions[i];
      if (is_organ_act(a.kind)) continue;  // the Secretary-General's, a conference's or the Assembly's
      const std::size_t si = state_of[i];
      next_action_[i] = none;
      const bool inserted = si == states_.size();
      if (inserted) {
        states_.push_back(state_record{a.state, std::nullopt, {}, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i)});
      }
      state_record& s = states_[si];
      if (!inserted) {
        const action& prev = registry_.actions[s.last_action];
        if (a.date < prev.date) {
          err(i, "/date", "order.state-dates",
              "the actions of " + a.state + " must be listed in date order: this " + to_string(a.kind) + " of " +
                  to_iso(a.date) + " follows its " + to_string(prev.kind) + " of " + to_iso(prev.date) +
                  " at /actions/" + std::to_string(s.last_action));
          continue;
        }
        next_action_[s.last_action] = static_cast<std::uint32_t>(i);
      }
      s.last_action = static_cast<std::uint32_t>(i);

      consent_record* current = s.consents.empty() ? nullptr : &s.consents.back();
      if (current) {
        const auto end = current->ends();
        if (end && *end <= a.date) current = nullptr;  // its denunciation has taken effect
      }
      const denunciation_record* pending = current ? current->standing_denunciation() : nullptr;

      switch (a.kind) {
        case action_kind::signature:
          if (current) {
            err(i, "", "signature.after-consent",
                a.state + " signed on " + to_iso(a.date) + " after its " + to_string(current->kind) + " of " +
                    to_iso(current->deposit) + ": a signature precedes consent to be bound, it cannot follow it");
          } else if (s.signature && (s.consents.empty() || s.consents.back().deposit < *s.signature)) {
            err(i, "", "signature.duplicate",
                a.state + " already signed on " + to_iso(*s.signature) + "; a State signs once");
          } else {
            s.signature = a.date;
            check_eligibility(rules_.signature, a, i, parents, diags);
          }
          break;
        case action_kind::ratification:
        case action_kind::accession:
        case action_kind::acceptance:
        case action_kind::approval:
        case action_kind::succession:
          if (current) {
            std::string msg = a.state + " already consented to be bound by its " + to_string(current->kind) +
                              " of " + to_iso(current->deposit) + ": a second consent while bound is not possible";
            if (pending)
              msg += "; its denunciation received " + to_iso(pending->received) + " is pending until " +
                     to_iso(pending->effective.date) + ": withdraw the denunciation instead";
            err(i, "", "consent.duplicate", std::move(msg));
          } else {
            consent_record c;
            c.kind = a.kind;
            c.deposit = a.date;
            c.succession_date = a.effective;
            c.action_index = static_cast<std::uint32_t>(i);
            s.consents.push_back(std::move(c));
            check_eligibility(rules_.consent, a, i, parents, diags);
          }
          break;
        case action_kind::denunciation:
          if (!current) {
            err(i, "", "denunciation.not-bound",
                a.state + " gave notice of denunciation on " + to_iso(a.date) +
                    " but has no consent in effect on that date: only a State bound by the treaty can denounce it");
          } else if (pending) {
            err(i, "", "denunciation.pending",
                a.state + " already has a denunciation pending (received " + to_iso(pending->received) +
                    ", effective " + to_iso(pending->effective.date) + ")");
          } else {
            denunciation_record d;
            d.received = a.date;
            d.action_index = i;
            d.effective = denunciation_date(a.date);
            if (auto c = conflicts.find(a.state); c != conflicts.end()) apply_armed_conflict(a.state, d, c->second);
            current->denunciations.push_back(std::move(d));
          }
          break;
        case action_kind::denunciation_withdrawal:
          if (!pending) {
            std::string msg = a.state + " withdrew a denunciation on " + to_iso(a.date) +
                              " but has no denunciation pending on that date";
            if (!s.consents.empty()) {
              const auto* late = s.consents.back().standing_denunciation();
              if (late && late->effective.date <= a.date)
                msg += ": its denunciation received " + to_iso(late->received) + " took effect on " +
                       to_iso(late->effective.date) +
                       ", and a denunciation can be withdrawn only before it takes effect (VCLT art. 68)";
            }
            err(i, "", "withdrawal.no-pending", std::move(msg));
          } else {
            for (auto& d : current->denunciations)
              if (!d.withdrawn) d.withdrawn = a.date;
          }
          break;
        case action_kind::declaration:
          if (!rules_.consent_declaration.present)
            err(i, "/action", "declaration.not-in-treaty",
                "the " + rules_.short_title + " asks for no declaration with the instrument (its profile has no "
                "\"consent_declaration\")");
          else
            clauses_of(s).declarations.push_back({a.date, a.minimum_age(), false, i});
          break;
        case action_kind::armed_conflict:
        case action_kind::armed_conflict_end: {
          if (rules_.armed_conflict_article.empty()) {
            err(i, "/action", "armed-conflict.not-in-treaty",
                "armed conflicts matter only where a treaty delays a denunciation during one (OPAC art. 11(1), "
                "rule D4); the " + rules_.short_title + " has no such clause");
            break;
          }
          std::vector<armed_conflict_period>& periods = clauses_of(s).armed_conflicts;
          const bool open = !periods.empty() && !periods.back().to;
          if (a.kind == action_kind::armed_conflict && open)
            err(i, "", "armed-conflict.open",
                a.state + " is already recorded as engaged in armed conflict since " +
                    to_iso(periods.back().from) + "; record its end (armed-conflict-end) first");
          else if (a.kind == action_kind::armed_conflict_end && !open)
            err(i, "", "armed-conflict.none",
                "the end of an armed conflict on " + to_iso(a.date) + ", but no armed conflict of " + a.state +
                    " is recorded as going on");
          else if (a.kind == action_kind::armed_conflict)
            periods.push_back({a.date, std::nullopt, i});
          else
            periods.back().to = a.date;
          break;
        }
        default:  // amendment actions: checked with their amendment below (its State noted here)
          amendment_states.emplace_back(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(si));
          break;
      }
    }
    check_declarations(diags);
    compute_entry_into_force();
    build_timelines();
    check_predecessors(diags);
    build_amendments(diags, amendment_states);
  }

  /// Rule E5: a succession that names its predecessor (`predecessor`) must succeed to a State that
  /// was bound on the date of succession — or, where the treaty was not yet in force on that date,
  /// had consented to it (a contracting State, VCSST art. 18). Without a recorded date of succession,
  /// the predecessor must have consented before the notification.
  void check_predecessors(std::vector<diagnostic>& diags) const {
    for (const auto& s : states_)
      for (const auto& c : s.consents) {
        if (c.kind != action_kind::succession) continue;
        const std::string& name = registry_.actions[c.action_index].predecessor();
        if (name.empty()) continue;
        const state_record* p = find(name);
        std::string problem;
        if (!p || p->consents.empty()) {
          problem = name + " has no recorded consent to the " + rules_.short_title;
        } else if (c.succession_date) {
          const date_t on = *c.succession_date;
          const status st = classify(*p, on, status_view::as_recorded).code;
          const bool in_force = general_ && general_->date.date <= on;
          const bool ok = st == status::bound || st == status::denunciation_pending ||
                          st == status::denunciation_suspended || (!in_force && st == status::consented);
          if (!ok)
            problem = name + " was not bound by the " + rules_.short_title + " on " + to_iso(on) +
                      ", the date of succession (its status: " + to_string(st) + ")";
        } else if (p->consents.front().deposit > c.deposit) {
          problem = name + " had not consented to the " + rules_.short_title + " by " + to_iso(c.deposit) +
                    ", the notification (the date of succession is not recorded)";
        }
        if (!problem.empty())
          diags.push_back({registry_.file, "/actions/" + std::to_string(c.action_index) + "/predecessor",
                           "succession.predecessor",
                           "rule E5: " + s.state + " notified its succession to " + name + ", but " + problem +
                               "; a State succeeds only to a treaty that bound its predecessor",
                           std::nullopt, std::nullopt});
      }
  }

  // ---- OPAC: declarations (art. 3) and armed conflict (art. 11(1), rule D4) -----------------------

  /// Rule D4: if at the end of the year the State is engaged in an armed conflict, the denunciation
  /// takes effect at the end of the conflict, or is suspended while that end is not recorded.
  void apply_armed_conflict(const std::string& state, denunciation_record& d,
                            const std::vector<armed_conflict_period>& conflicts) const {
    const date_t year_end = d.effective.date;
    for (const auto& c : conflicts) {
      if (c.from > year_end || (c.to && *c.to <= year_end)) continue;
      const std::string engaged = "on " + to_prose(year_end) + ", when the " + to_string(rules_.denunciation_delay) +
                                  " after its receipt ended, " + state + " was engaged in armed conflict (recorded from " +
                                  to_prose(c.from) + ")";
      d.effective.why.rule = "D4";
      d.effective.why.article = rules_.armed_conflict_article;
      if (c.to) {
        d.effective.date = *c.to;
        d.effective.why.reasoning = "Notification of denunciation received on " + to_prose(d.received) + "; " + engaged +
                                    ", and under article " + rules_.armed_conflict_article +
                                    " the denunciation does not take effect before the end of the armed conflict, on " +
                                    to_prose(*c.to) + ".";
      } else {
        d.suspended = true;
        d.effective.why.reasoning = "Its denunciation received on " + to_prose(d.received) + " would have taken effect on " +
                                    to_prose(year_end) + ", but " + engaged +
                                    "; under article " + rules_.armed_conflict_article +
                                    " it does not take effect before the end of the armed conflict, which is not "
                                    "recorded: the denunciation is suspended and the State stays bound.";
      }
      return;
    }
  }

  /// OPAC art. 3(2): every instrument of ratification or accession comes with a declaration
  /// (deposited the same day), unless the registry says the depositary's record shows none; art.
  /// 3(4): a later declaration may strengthen it, never weaken it, and only a State with an
  /// instrument in effect makes one.
  void check_declarations(std::vector<diagnostic>& diags) {
    const std::string& file = registry_.file;
    auto err = [&](std::size_t i, const char* code, std::string msg) {
      diags.push_back({file, "/actions/" + std::to_string(i), code, std::move(msg), std::nullopt, std::nullopt});
    };
    const auto& clause = rules_.consent_declaration;
    for (auto& s : states_) {
      for (const auto& c : s.consents) {
        const action& a = registry_.actions[c.action_index];
        if (!clause.present) {
          if (a.declaration_not_recorded)
            err(c.action_index, "action.declaration",
                "\"declaration\" belongs to treaties that ask for a declaration with the instrument; the " +
                    rules_.short_title + " does not");
          continue;
        }
        if (c.kind == action_kind::succession) continue;
        const auto& declarations = declarations_of(s);
        const bool declared = std::any_of(declarations.begin(), declarations.end(),
                                          [&](const declaration_record& d) { return d.date == c.deposit; });
        if (declared && a.declaration_not_recorded)
          err(c.action_index, "declaration.conflict",
              "the " + std::string(to_string(c.kind)) + " of " + s.state + " is marked \"declaration\": "
              "\"not-recorded\", but a declaration of the same date is recorded");
        else if (!declared && !a.declaration_not_recorded)
          err(c.action_index, "declaration.missing",
              "article " + clause.article + ": a binding declaration is deposited with each instrument of ratification "
              "or accession, and none is recorded with the " + to_string(c.kind) + " of " + s.state + " of " +
                  to_iso(c.deposit) + "; record it (action \"declaration\", same date) or, where the depositary's record "
                  "shows none, mark the instrument \"declaration\": \"not-recorded\"");
      }
      int strongest = -1;  // the highest age declared so far under the current instrument
      const consent_record* under = nullptr;
      if (s.clauses == static_cast<std::uint32_t>(-1)) continue;
      for (auto& d : clauses_[s.clauses].declarations) {
        const consent_record* c = nullptr;
        for (const auto& k : s.consents) {
          const auto end = k.ends();
          if (k.deposit <= d.date && (!end || *end > d.date)) c = &k;
        }
        if (!c) {
          err(d.action_index, "declaration.not-party",
              s.state + " has no instrument in effect on " + to_iso(d.date) + ": a declaration under article " +
                  clause.article + " is deposited with the instrument, and one under article " +
                  clause.strengthening_article + " is made by a State Party");
          continue;
        }
        if (c != under) strongest = -1;
        under = c;
        d.with_instrument = d.date == c->deposit;
        if (d.minimum_age && strongest >= 0 && *d.minimum_age < strongest)
          err(d.action_index, "declaration.weaker",
              "article " + clause.strengthening_article + ": a State may strengthen its declaration, not weaken it; " +
                  s.state + " declared " + std::to_string(*d.minimum_age) + " years on " + to_iso(d.date) +
                  ", less than the " + std::to_string(strongest) + " years it had declared");
        if (d.minimum_age && *d.minimum_age > strongest) strongest = *d.minimum_age;
      }
    }
  }

  // ---- counts over time -------------------------------------------------------------------------

  /// The counts of `consented_on` and `parties_on` as step functions: +1 when a State starts to
  /// count, −1 when its denunciation takes effect, sorted by date and summed, so that a count on a
  /// date is one binary search instead of a pass over every State.
  void build_timelines() {
    std::vector<std::pair<date_t, int>> consent, bound;
    const std::size_t consents = consent_count();
    consent.reserve(consents + consents / 8);
    bound.reserve(consents + consents / 8);
    const bool as_known = options_.view == status_view::as_known_then;
    for (const auto& s : states_)
      for (const auto& c : s.consents) {
        const auto end = c.ends();
        const date_t counts = as_known ? c.deposit : c.counts_from();
        consent.emplace_back(counts, +1);
        if (end) consent.emplace_back(std::max(*end, counts), -1);
        // Bound from the entry into force (as recorded: a succession binds from its date of
        // succession) or, as known then, once the deposit has come too; as in status_on.
        const auto from = c.bound_from();
        if (from) {
          const date_t start = std::max(*from, counts);
          if (!end || *end > start) {
            bound.emplace_back(start, +1);
            if (end) bound.emplace_back(*end, -1);
          }
        }
      }
    consent_timeline_ = summed(std::move(consent));
    bound_timeline_ = summed(std::move(bound));
  }

  static std::vector<std::pair<date_t, std::size_t>> summed(std::vector<std::pair<date_t, int>> events) {
    std::vector<std::pair<date_t, std::size_t>> out;
    if (events.empty()) return out;
    // Events fall on a few thousand distinct days: sum them by day (linear) when the span of days
    // is no larger than the events, else sort them.
    auto day = [](date_t d) { return date::sys_days{d}.time_since_epoch().count(); };
    auto lo = day(events.front().first), hi = lo;
    for (const auto& e : events) {
      lo = std::min(lo, day(e.first));
      hi = std::max(hi, day(e.first));
    }
    const auto span = static_cast<std::size_t>(hi - lo) + 1;
    if (span <= events.size() + 4096) {
      std::vector<long long> delta(span, 0);
      std::vector<bool> seen(span, false);
      for (const auto& [d, v] : events) {
        const auto k = static_cast<std::size_t>(day(d) - lo);
        delta[k] += v;
        seen[k] = true;
      }
      long long running = 0;
      for (std::size_t k = 0; k < span; ++k) {
        if (!seen[k]) continue;
        running += delta[k];
        out.emplace_back(date_t{date::sys_days{date::days{lo + static_cast<long long>(k)}}}, static_cast<std::size_t>(running));
      }
      return out;
    }
    std::sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    long long running = 0;
    for (const auto& [d, delta] : events) {
      running += delta;
      if (!out.empty() && out.back().first == d)
        out.back().second = static_cast<std::size_t>(running);
      else
        out.emplace_back(d, static_cast<std::size_t>(running));
    }
    return out;
  }

  static std::size_t count_on(const std::vector<std::pair<date_t, std::size_t>>& timeline, date_t on) noexcept {
    auto it = std::upper_bound(timeline.begin(), timeline.end(), on,
                               [](date_t d, const auto& e) { return d < e.first; });
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
    return (st == status::consented && options_.amendment_party_basis == party_basis::deposited) ||
           st == status::bound || st == status::denunciation_pending || st == status::denunciation_suspended;
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

  /// `amendment_states`: (action index, State index) of the amendment actions of States, in order.
  void build_amendments(std::vector<diagnostic>& diags,
                        const std::vector<std::pair<std::uint32_t, std::uint32_t>>& amendment_states) {
    const std::string& file = registry_.file;
    auto err = [&](std::size_t i, const std::string& member, const char* code, std::string msg) {
      diags.push_back({file, "/actions/" + std::to_string(i) + member, code, std::move(msg), std::nullopt,
                       std::nullopt});
    };
    const std::string art = "article " + rules_.amendment.article;
    // Proposals first: they define the ids.
    for (std::size_t i = 0; i < registry_.actions.size(); ++i) {
      const action& a = registry_.actions[i];
      if (!is_amendment_action(a.kind)) continue;
      if (!rules_.amendment.present) {
        err(i, "/action", "amendment.unknown", "the " + rules_.short_title + " profile has no amendment clause");
        continue;
      }
      if (a.kind != action_kind::amendment_proposal) continue;
      if (find_amendment(a.amendment)) {
        err(i, "/amendment", "amendment.duplicate", "a second proposal with the id \"" + a.amendment + "\"");
        continue;
      }
      if (!is_party_for_amendments(a.state, a.date))
        err(i, "/state", "amendment.not-party",
            art + "(1): only a State Party may propose an amendment; " + a.state + " is not one on " + to_iso(a.date));
      amendment_record r;
      r.id = a.amendment;
      r.proposer = a.state;
      r.proposed = a.date;
      amendments_.push_back(std::move(r));
    }
    if (!rules_.amendment.present) return;
    auto lookup = [&](const std::string& id) -> amendment_record* {
      for (auto& r : amendments_)
        if (r.id == id) return &r;
      return nullptr;
    };
    auto once = [&](std::optional<date_t>& slot, const action& a, std::size_t i, const char* what) {
      if (slot) {
        err(i, "", "amendment.duplicate", std::string("amendment ") + a.amendment + " already has its " + what + " (" + to_iso(*slot) + ")");
        return false;
      }
      slot = a.date;
      return true;
    };
    std::vector<std::size_t> late_favours;  // judged once the window's outcome is known
    // Who has already favoured or accepted each amendment: a flag per State (by its index in
    // states_), per amendment (by its index in amendments_).
    std::vector<std::vector<bool>> favoured(amendments_.size()), accepted(amendments_.size());
    auto first_time = [&](std::vector<std::vector<bool>>& seen, const amendment_record* r, std::size_t si) {
      std::vector<bool>& flags = seen[static_cast<std::size_t>(r - amendments_.data())];
      if (flags.empty()) flags.assign(states_.size(), false);
      if (flags[si]) return false;
      flags[si] = true;
      return true;
    };
    // The amendment's life in date order (actions of different States, and the Secretary-General's,
    // interleave in the file: one State's actions are kept together), the file's order within a day.
    std::vector<std::size_t> in_date_order;
    for (std::size_t i = 0; i < registry_.actions.size(); ++i)
      if (is_amendment_action(registry_.actions[i].kind) && registry_.actions[i].kind != action_kind::amendment_proposal)
        in_date_order.push_back(i);
    std::stable_sort(in_date_order.begin(), in_date_order.end(),
                     [&](std::size_t x, std::size_t y) { return registry_.actions[x].date < registry_.actions[y].date; });
    for (const std::size_t i : in_date_order) {
      const action& a = registry_.actions[i];
      amendment_record* r = lookup(a.amendment);
      // The acting State's index, as the main pass found it (organ acts have none).
      const auto found = std::lower_bound(
          amendment_states.begin(), amendment_states.end(), i,
          [](const std::pair<std::uint32_t, std::uint32_t>& e, std::size_t k) { return e.first < k; });
      const std::size_t si = is_organ_act(a.kind) ? 0
                             : found != amendment_states.end() && found->first == i ? found->second
                                                                                     : state_index(a.state);
      if (!r) {
        err(i, "/amendment", "amendment.unknown",
            "no amendment-proposal has the id \"" + a.amendment + "\": record the proposal first");
        continue;
      }
      switch (a.kind) {
        case action_kind::amendment_communication:
          if (a.date < *r->proposed)
            err(i, "/date", "amendment.order", "the communication of amendment " + r->id + " (" + to_iso(a.date) +
                                                   ") precedes its proposal (" + to_iso(*r->proposed) + ")");
          else
            once(r->communicated, a, i, "communication");
          break;
        case action_kind::amendment_favour:
          if (!r->communicated || a.date < *r->communicated) {
            err(i, "/date", "amendment.favour-window",
                art + "(1): " + a.state + " favoured a conference on " + to_iso(a.date) +
                    " before the Secretary-General communicated amendment " + r->id);
          } else if (!is_party_for_amendments(si, a.date)) {
            err(i, "/state", "amendment.not-party",
                art + "(1): only States Parties are asked whether they favour a conference; " + a.state +
                    " is not one on " + to_iso(a.date));
          } else if (!first_time(favoured, r, si)) {
            err(i, "", "amendment.duplicate", a.state + " already favoured a conference on amendment " + r->id);
          } else {
            r->favours.emplace_back(si, a.date);
            if (a.date > add(*r->communicated, rules_.amendment.conference_window)) late_favours.push_back(i);
          }
          break;
        case action_kind::amendment_adoption:
          if (!r->communicated || a.date < *r->communicated)
            err(i, "/date", "amendment.order", "amendment " + r->id + " was adopted before it was communicated to the States Parties");
          else if (r->vote_failed)
            err(i, "", "amendment.duplicate",
                "amendment " + r->id + " already has its adoption vote (" + to_iso(*r->vote_failed) + ", not carried)");
          else if (once(r->adopted, a, i, "adoption"))
            check_vote(*r, a, i, diags);
          break;
        case action_kind::amendment_approval:
          if (!r->adopted || a.date < *r->adopted)
            err(i, "/date", "amendment.order",
                art + "(1): the General Assembly approves an amendment adopted by the conference; amendment " + r->id +
                    (r->adopted ? " was adopted only on " + to_iso(*r->adopted)
                     : r->vote_failed
                         ? " was not adopted (the vote of " + to_iso(*r->vote_failed) + " did not carry, rule A2)"
                         : std::string(" has no recorded adoption")) +
                    ", so an approval on " + to_iso(a.date) + " comes before adoption");
          else
            once(r->approved, a, i, "approval");
          break;
        case action_kind::amendment_acceptance:
          if (!r->adopted || a.date < *r->adopted) {
            err(i, "/date", "amendment.acceptance-before-adoption",
                a.state + " accepted amendment " + r->id + " on " + to_iso(a.date) +
                    (r->adopted       ? ", before its adoption on " + to_iso(*r->adopted)
                     : r->vote_failed ? ", which was not adopted (the vote of " + to_iso(*r->vote_failed) +
                                            " did not carry, rule A2)"
                                      : std::string(", which has no recorded adoption")) +
                    ": only an adopted amendment can be accepted");
          } else if (!is_party_for_amendments(si, a.date)) {
            err(i, "/state", "amendment.not-party",
                art + "(2): only States Parties accept an amendment; " + a.state + " is not one on " + to_iso(a.date));
          } else if (!first_time(accepted, r, si)) {
            err(i, "", "amendment.duplicate", a.state + " already accepted amendment " + r->id);
          } else {
            r->acceptances.emplace_back(si, a.date);
          }
          break;
        case action_kind::amendment_declined:
          r->declined.emplace_back(si, a.date);
          break;
        default:
          break;
      }
    }
    for (auto& r : amendments_) {
      auto by_date = [](const auto& x, const auto& y) { return x.second < y.second; };
      std::stable_sort(r.favours.begin(), r.favours.end(), by_date);
      std::stable_sort(r.acceptances.begin(), r.acceptances.end(), by_date);
      compute_conference(r);
      compute_amendment_entry_into_force(r);
    }
    // A favour after the window matters only when the conference was not already due.
    for (std::size_t i : late_favours) {
      const action& a = registry_.actions[i];
      const amendment_record* r = find_amendment(a.amendment);
      if (r && !r->conference_due)
        err(i, "/date", "amendment.favour-window",
            art + "(1): " + a.state + " favoured a conference on " + to_iso(a.date) + ", after the " +
                to_string(rules_.amendment.conference_window) + " that closed on " + to_iso(*r->window_end) +
                "; it cannot count toward the third");
    }
    for (std::size_t i = 0; i < registry_.actions.size(); ++i) {
      const action& a = registry_.actions[i];
      if (!is_amendment_action(a.kind)) continue;
      const amendment_record* r = find_amendment(a.amendment);
      if (!r) continue;
      if (a.kind == action_kind::amendment_adoption && !r->conference_due && r->adopted == a.date)
        err(i, "", "amendment.no-conference",
            art + "(1): amendment " + r->id + " was adopted by a conference, but fewer than " +
                std::to_string(r->conference_needed) + " of the " + std::to_string(r->parties_at_communication) +
                " States Parties favoured one within " + to_string(rules_.amendment.conference_window) +
                " of the communication, so none was to be convened");
      if (a.kind == action_kind::amendment_declined) {
        const state_record* s = find(a.state);
        const bool later_party = r->entry_into_force && s && !s->consents.empty() &&
                                 s->consents.back().deposit > r->entry_into_force->date;
        const std::vector<bool>& acc = accepted[static_cast<std::size_t>(r - amendments_.data())];
        const bool did_accept = !acc.empty() && s && acc[static_cast<std::size_t>(s - states_.data())];
        if (!later_party || did_accept)
          err(i, "", "amendment.declined",
              a.state + " cannot decline amendment " + r->id +
                  ": only a State that becomes a party after the amendment's entry into force, and has not accepted "
                  "it, may express a different intention (VCLT art. 40(5))");
      }
    }
  }

  /// Rule A2: a recorded vote adopts the amendment when the votes in favour exceed those against
  /// (a majority of the States Parties present and voting); otherwise the amendment was not adopted.
  /// More votes than there are States Parties on the day is impossible data (`amendment.vote`).
  void check_vote(amendment_record& r, const action& a, std::size_t i, std::vector<diagnostic>& diags) const {
    r.adoption_vote = a.vote();
    if (!a.vote()) return;
    const pacta::vote& v = *a.vote();
    const std::size_t parties = amendment_parties_on(a.date);
    const auto cast = static_cast<std::size_t>(v.in_favour) + static_cast<std::size_t>(v.against) +
                      static_cast<std::size_t>(v.abstaining);
    if (cast > parties) {
      diags.push_back({registry_.file, "/actions/" + std::to_string(i) + "/vote", "amendment.vote",
                       "article " + rules_.amendment.article + "(1), rule A2: the vote on amendment " + r.id +
                           " records " + std::to_string(cast) + " States (" + std::to_string(v.in_favour) +
                           " in favour, " + std::to_string(v.against) + " against, " + std::to_string(v.abstaining) +
                           " abstaining), more than the " + std::to_string(parties) + " States Parties on " +
                           to_iso(a.date) + ": impossible data",
                       std::nullopt, std::nullopt});
      return;
    }
    if (v.in_favour <= v.against) {
      r.vote_failed = r.adopted;
      r.adopted.reset();
    }
  }

  void compute_conference(amendment_record& r) const {
    if (!r.communicated) return;
    r.window_end = add(*r.communicated, rules_.amendment.conference_window);
    r.parties_at_communication = amendment_parties_on(*r.communicated);
    r.conference_needed = rules_.amendment.conference_share.of(r.parties_at_communication);
    for (const auto& [si, when] : r.favours) {
      const std::string& state = states_[si].state;
      if (when > *r.window_end) break;
      ++r.favours_in_window;
      if (!r.conference_due && r.favours_in_window >= r.conference_needed && r.conference_needed > 0) {
        dated d;
        d.date = when;
        d.why.rule = "A1";
        d.why.article = rules_.amendment.article + "(1)";
        d.why.anchor = *r.communicated;
        d.why.delay = rules_.amendment.conference_window;
        d.why.reasoning = state + " was the " + ordinal(r.favours_in_window) + " State Party to favour a conference, on " +
                          to_prose(when) + ", within " + to_string(rules_.amendment.conference_window) +
                          " of the communication of " + to_prose(*r.communicated) + ": at least one third of the " +
                          std::to_string(r.parties_at_communication) + " States Parties (" +
                          std::to_string(r.conference_needed) + "), so the conference was to be convened.";
        r.conference_due = d;
      }
    }
  }

  /// Rule A3 (art. 16(2)): in force on the first day on which the General Assembly has approved the
  /// amendment and the acceptances by States that are parties on that day reach two thirds (rounded
  /// up) of the States Parties on that day (or, with `amendment_count_basis::approval`, on the day
  /// of approval). The count changes on the approval, on each acceptance and on every day the number
  /// of States Parties changes (a State joining, a denunciation taking effect): each is tested. An
  /// acceptance stops counting when its State's denunciation takes effect.
  void compute_amendment_entry_into_force(amendment_record& r) const {
    if (!r.approved || r.acceptances.empty()) return;
    const date_t approved = *r.approved;
    const bool at_approval = options_.amendment_basis == amendment_count_basis::approval;
    const std::size_t parties_at_approval = amendment_parties_on(approved);
    // Each acceptance counts from its date until its State ceases to be a party.
    std::vector<std::optional<date_t>> until(r.acceptances.size());
    std::vector<std::pair<date_t, int>> events;  // +1 an acceptance starts to count, -1 it stops
    std::vector<date_t> days{approved};
    for (std::size_t k = 0; k < r.acceptances.size(); ++k) {
      const auto& [si, when] = r.acceptances[k];
      until[k] = party_until(si, when);
      events.emplace_back(when, +1);
      if (until[k]) events.emplace_back(*until[k], -1);
      if (when > approved) days.push_back(when);
    }
    const auto& timeline =
        options_.amendment_party_basis == party_basis::in_force ? bound_timeline_ : consent_timeline_;
    for (const auto& step : timeline)
      if (step.first > approved) days.push_back(step.first);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::size_t next = 0;
    long long counting = 0, given = 0;
    for (const date_t t : days) {
      for (; next < events.size() && events[next].first <= t; ++next) {
        counting += events[next].second;
        if (events[next].second > 0) ++given;
      }
      const std::size_t parties = at_approval ? parties_at_approval : amendment_parties_on(t);
      const std::size_t needed = rules_.amendment.acceptance_share.of(parties);
      const auto count = static_cast<std::size_t>(counting);
      if (count == 0 || count < needed) continue;
      r.acceptances_at_entry = count;
      r.acceptances_not_counted = static_cast<std::size_t>(given - counting);
      r.parties_at_entry = parties;
      r.needed_at_entry = needed;
      r.entry_into_force = amendment_entry(r, t, until, parties, needed);
      return;
    }
    // Not in force: the acceptances that have stopped counting by the registry's date (their
    // States ceased to be parties), so that "N acceptances" is never read as N counting.
    for (; next < events.size() && events[next].first <= registry_.as_of; ++next) {
      counting += events[next].second;
      if (events[next].second > 0) ++given;
    }
    r.acceptances_not_counted = static_cast<std::size_t>(given - counting);
  }

  /// The date and reasoning of an amendment's entry into force on `t` (rule A3).
  dated amendment_entry(const amendment_record& r, date_t t, const std::vector<std::optional<date_t>>& until,
                        std::size_t parties, std::size_t needed) const {
    const date_t approved = *r.approved;
    const bool at_approval = options_.amendment_basis == amendment_count_basis::approval;
    dated d;
    d.date = t;
    d.why.rule = "A3";
    d.why.article = rules_.amendment.article + "(2)";
    d.why.anchor = t;
    // The last acceptance dated t that counts, if any (the one that completed the two thirds).
    std::optional<std::size_t> last;
    for (std::size_t k = 0; k < r.acceptances.size(); ++k)
      if (r.acceptances[k].second == t && !(until[k] && *until[k] <= t)) last = k;
    const std::size_t count = r.acceptances_at_entry;
    const std::string counted = at_approval ? "on the date of approval" : "on that date";
    const std::string left =
        r.acceptances_not_counted == 0
            ? std::string()
            : " (" + std::to_string(r.acceptances_not_counted) + " acceptance" +
                  (r.acceptances_not_counted == 1 ? " by a State that had" : "s by States that had") +
                  " ceased to be a party by then not counted)";
    if (t == approved) {
      d.why.reasoning = "Two thirds of the " + std::to_string(parties) + " States Parties (" + std::to_string(needed) +
                        ") had accepted by the General Assembly's approval on " + to_prose(approved) + left +
                        ", from which the amendment is in force.";
    } else if (last) {
      d.why.reasoning = "The " + ordinal(count) + " acceptance, " + states_[r.acceptances[*last].first].state +
                        "'s of " + to_prose(t) + ", brought acceptances to two thirds of the " +
                        std::to_string(parties) + " States Parties " + counted + " (" + std::to_string(needed) + ")" +
                        left + ", after the General Assembly's approval on " + to_prose(approved) +
                        "; no delay follows.";
    } else {
      const date_t before{date::sys_days{t} - date::days{1}};
      const std::size_t previous = amendment_parties_on(before);
      d.why.reasoning =
          "On " + to_prose(t) + " the number of States Parties " + (previous > parties ? "fell" : "changed") +
          " from " + std::to_string(previous) + " to " + std::to_string(parties) + ", so the " + std::to_string(count) +
          " acceptances by States then parties reached two thirds of them (" + std::to_string(needed) + ")" + left +
          ", after the General Assembly's approval on " + to_prose(approved) + "; no delay follows.";
    }
    return d;
  }

  dated denunciation_date(date_t received) const {
    dated d;
    d.date = add(received, rules_.denunciation_delay);
    d.why.rule = "D1";
    d.why.article = rules_.denunciation_article;
    d.why.anchor = received;
    d.why.delay = rules_.denunciation_delay;
    d.why.reasoning = "The notification of denunciation was received on " + to_prose(received) + "; article " +
                      rules_.denunciation_article + ": it takes effect " + to_string(rules_.denunciation_delay) +
                      " after the date of receipt, on " + to_prose(d.date) + clamp_note(received, d.date) + ".";
    return d;
  }

  static std::string clamp_note(date_t anchor, date_t result) {
    if (result.day() == anchor.day()) return "";
    const std::string month = to_prose(result).substr(to_prose(result).find(' ') + 1);
    return " (" + month + " has no " + ordinal(static_cast<unsigned>(anchor.day())) +
           " day: the last day of that month, rule P2)";
  }

  static std::string ordinal(std::size_t n) {
    const std::size_t mod100 = n % 100, mod10 = n % 10;
    const char* suffix = (mod100 >= 11 && mod100 <= 13) ? "th" : mod10 == 1 ? "st" : mod10 == 2 ? "nd" : mod10 == 3 ? "rd" : "th";
    return std::to_string(n) + suffix;
  }

  std::size_t consent_count() const noexcept {
    std::size_t n = 0;
    for (const auto& s : states_) n += s.consents.size();
    return n;
  }

  void compute_entry_into_force() {
    // E1: every instrument counts at its deposit, whatever happens to the State later.
    const std::size_t consents = consent_count();
    const auto threshold = static_cast<std::size_t>(rules_.threshold);
    if (consents >= threshold) {
      // The threshold day is the threshold-th smallest deposit date (a selection, not a sort); the
      // instruments of that day are numbered after those deposited before it, in registry order.
      std::vector<date_t> deposits;
      deposits.reserve(consents);
      for (const auto& s : states_)
        for (const auto& c : s.consents) deposits.push_back(c.deposit);
      std::nth_element(deposits.begin(), deposits.begin() + static_cast<std::ptrdiff_t>(threshold - 1), deposits.end());
      general_entry_into_force g;
      g.threshold_date = deposits[threshold - 1];
      std::size_t before = 0;
      for (const auto& s : states_)
        for (const auto& c : s.consents) {
          if (c.deposit < g.threshold_date) ++before;
          else if (c.deposit == g.threshold_date) g.completing.push_back(s.state);
        }
      g.first_ordinal = before + 1;
      g.last_ordinal = before + g.completing.size();
      g.date.date = add(g.threshold_date, rules_.general_delay);
      g.date.why.rule = "E1";
      g.date.why.article = rules_.general_article;
      g.date.why.anchor = g.threshold_date;
      g.date.why.delay = rules_.general_delay;
      std::string states;
      for (std::size_t k = 0; k < g.completing.size(); ++k)
        states += (k == 0 ? "" : k + 1 == g.completing.size() ? " and " : ", ") + g.completing[k];
      const std::string by = g.first_ordinal == g.last_ordinal
                                 ? " by " + states
                                 : ", when " + states + " deposited the " + ordinal(g.first_ordinal) + " to " +
                                       ordinal(g.last_ordinal) + " instruments";
      g.date.why.reasoning = "The " + ordinal(threshold) + " instrument was deposited on " +
                             to_prose(g.threshold_date) + by + "; article " + rules_.general_article +
                             ": entry into force " + to_string(rules_.general_delay) + " after that date, on " +
                             to_prose(g.date.date) + ".";
      general_ = std::move(g);
    }
    for (auto& s : states_)
      for (auto& c : s.consents) {
        c.in_force_from = state_entry_into_force_date(c);
        // E5: a succession whose date is not recorded binds from its notification, never before the
        // treaty itself is in force.
        if (c.kind == action_kind::succession && !c.succession_date && general_)
          c.provisional_from = std::max(c.deposit, general_->date.date);
        // A denunciation received before the treaty is in force for any State: article 15 applies
        // from the adoption of the text (VCLT art. 24(4)), so it is read under article 15(1), and
        // its reasoning says so.
        for (auto& d : c.denunciations)
          if (!general_ || d.received < general_->date.date)
            d.effective.why.reasoning +=
                " It was received before the " + rules_.short_title + " was in force for any State (" +
                (general_ ? "in force from " + to_prose(general_->date.date) : std::string("not yet in force")) +
                "); the clause on denunciation applies from the adoption of the text (VCLT art. 24(4)).";
      }
  }

  /// Every date the record computed is one pacta can write (years 1–9999): a date past 31 December
  /// 9999 is refused as `date.range` at the action it follows from, naming the rule.
  void check_date_range(std::vector<diagnostic>& diags) const {
    auto out_of_range = [&](std::size_t action, const std::string& what, const basis& why, date_t d) {
      const int y = static_cast<int>(d.year());
      diags.push_back({registry_.file, "/actions/" + std::to_string(action), "date.range",
                       what + " under article " + why.article + " (rule " + why.rule + ") would fall in the year " +
                           std::to_string(y) + ", after 31 December 9999, the last date pacta handles",
                       std::nullopt, std::nullopt});
    };
    if (general_ && !in_range(general_->date.date)) {
      for (const auto& s : states_)
        for (const auto& c : s.consents)
          if (c.deposit == general_->threshold_date) {
            out_of_range(c.action_index, "the entry into force of the " + rules_.short_title, general_->date.why,
                         general_->date.date);
            return;
          }
    }
    for (const auto& s : states_)
      for (const auto& c : s.consents) {
        if (c.in_force_from && !in_range(*c.in_force_from))
          if (const auto eif = state_entry_into_force(c))
            out_of_range(c.action_index, "the entry into force for " + s.state, eif->why, eif->date);
        for (const auto& d : c.denunciations)
          if (!in_range(d.effective.date))
            out_of_range(d.action_index, "the denunciation by " + s.state, d.effective.why, d.effective.date);
      }
    for (const auto& a : amendments_)
      if (a.window_end && !in_range(*a.window_end))
        diags.push_back({registry_.file, "", "date.range",
                         "the conference window of amendment " + a.id + " under article " + rules_.amendment.article +
                             "(1) (rule A1) would end after 31 December 9999, the last date pacta handles",
                         std::nullopt, std::nullopt});
  }

  /// Which of rules E2–E5 gives a consent its entry into force, and the date it gives.
  enum class eif_rule { succession, succession_before_general, general, later };
  struct eif_outcome {
    eif_rule rule;
    date_t date;
  };

  /// Nothing while the treaty is not in force, or for a succession whose date of succession is not
  /// recorded. The one place the date is decided: `in_force_from` and `state_entry_into_force` both
  /// take it from here.
  std::optional<eif_outcome> state_entry_into_force_outcome(const consent_record& c) const {
    if (!general_) return std::nullopt;
    const date_t general = general_->date.date;
    if (c.kind == action_kind::succession) {
      // E5: from the date of succession of States, not from the notification; never before the
      // treaty itself was in force.
      if (!c.succession_date) {
        // The date of succession is no later than the notification: notified on or before the
        // general date, the later of the two is the general date, whatever the date of succession.
        if (c.deposit <= general) return eif_outcome{eif_rule::succession_before_general, general};
        return std::nullopt;
      }
      if (*c.succession_date >= general) return eif_outcome{eif_rule::succession, *c.succession_date};
      return eif_outcome{eif_rule::succession_before_general, general};
    }
    const bool by_threshold = rules_.later_wording == later_state_wording::after_threshold_deposit;
    const date_t cutoff = by_threshold ? general_->threshold_date : general;
    if (c.deposit <= cutoff) return eif_outcome{eif_rule::general, general};  // E2
    return eif_outcome{eif_rule::later, add(c.deposit, rules_.later_delay)};  // E3, E4
  }

  std::optional<date_t> state_entry_into_force_date(const consent_record& c) const {
    const auto o = state_entry_into_force_outcome(c);
    return o ? std::optional<date_t>(o->date) : std::nullopt;
  }

  /// The entry into force with its basis (rule, article, anchor, period, reasoning).
  std::optional<dated> state_entry_into_force(const consent_record& c) const {
    const auto o = state_entry_into_force_outcome(c);
    if (!o) return std::nullopt;
    const date_t general = general_->date.date;
    const bool by_threshold = rules_.later_wording == later_state_wording::after_threshold_deposit;
    dated d;
    d.date = o->date;
    d.why.anchor = c.deposit;
    switch (o->rule) {
      case eif_rule::succession:
        d.why.rule = "E5";
        d.why.anchor = *c.succession_date;
        d.why.reasoning = "Notification of succession received on " + to_prose(c.deposit) +
                          "; a succession takes effect from the date of succession of States, " +
                          to_prose(*c.succession_date) + " (rule E5).";
        break;
      case eif_rule::succession_before_general:
        d.why.rule = "E5";
        d.why.anchor = c.succession_date ? *c.succession_date : c.deposit;
        d.why.article = rules_.general_article;
        d.why.reasoning =
            c.succession_date
                ? "Notification of succession received on " + to_prose(c.deposit) + "; the date of succession, " +
                      to_prose(*c.succession_date) + ", precedes the " + rules_.short_title + "'s entry into force on " +
                      to_prose(general) + ", from which the successor is bound (rules E5 and E2)."
                : "Notification of succession received on " + to_prose(c.deposit) +
                      "; the date of succession of States is not recorded, but it is no later than the notification, "
                      "which precedes the " + rules_.short_title + "'s entry into force on " + to_prose(general) +
                      ": the successor is bound from that entry into force, the later of the two (rules E5 and E2).";
        break;
      case eif_rule::general:
        d.why.rule = "E2";
        d.why.article = rules_.general_article;
        d.why.reasoning =
            by_threshold
                ? "Deposited on " + to_prose(c.deposit) + ", on or before the deposit of the " +
                      ordinal(static_cast<std::size_t>(rules_.threshold)) + " instrument on " +
                      to_prose(general_->threshold_date) + ": bound from the general entry into force on " +
                      to_prose(general) + " (article " + rules_.general_article + ")."
                : "Deposited on " + to_prose(c.deposit) + ", on or before the " + rules_.short_title + "'s entry into force on " +
                      to_prose(general) + "; article " + rules_.later_article +
                      " applies only to States consenting after it, so the State is bound from the general date "
                      "(article " + rules_.general_article + ").";
        break;
      case eif_rule::later:
        d.why.rule = by_threshold ? "E4" : "E3";
        d.why.article = rules_.later_article;
        d.why.delay = rules_.later_delay;
        d.why.reasoning = "Deposited on " + to_prose(c.deposit) + ", after " +
                          (by_threshold ? "the deposit of the " + ordinal(static_cast<std::size_t>(rules_.threshold)) +
                                              " instrument on " + to_prose(general_->threshold_date)
                                        : "the " + rules_.short_title + "'s entry into force on " + to_prose(general)) +
                          "; article " + rules_.later_article + ": " + to_string(rules_.later_delay) +
                          " after the deposit, on " + to_prose(d.date) +
                          (rules_.later_delay.unit == period_unit::days ? "" : clamp_note(c.deposit, d.date)) + ".";
        break;
    }
    return d;
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
  std::vector<state_clauses> clauses_;  ///< per State that has declarations or armed conflicts
  std::vector<std::uint32_t> next_action_;  ///< per action of a State: the index of its next action, or -1
  std::optional<general_entry_into_force> general_;
  std::vector<amendment_record> amendments_;
  std::vector<std::pair<date_t, std::size_t>> consent_timeline_;  ///< consented_on as a step function
  std::vector<std::pair<date_t, std::size_t>> bound_timeline_;    ///< parties_on as a step function
};

// ---- the loading shape of every input (see pacta/registry.hpp), for records ---------------------------
// A record is read under a treaty's rules and beside its parents' records (article 13): the input
// first, then the rules, then (try_ forms) the diagnostics, then what has a default.

/// Reads, parses and validates a registry file under `rules`. Throws `load_error` with every
/// diagnostic.
///
/// Example: `auto crc = pacta::load_record("data/registries/crc.json", pacta::crc_rules());`
inline treaty_record load_record(const std::string& path, treaty_rules rules,
                                 const std::vector<const treaty_record*>& parents = {}, record_options options = {}) {
  return treaty_record::load_file(path, std::move(rules), parents, options);
}

/// As `load_record`, from text; `file` names it in diagnostics.
inline treaty_record parse_record(std::string_view text, const std::string& file, treaty_rules rules,
                                  const std::vector<const treaty_record*>& parents = {}, record_options options = {}) {
  std::vector<diagnostic> diags;
  if (auto r = treaty_record::try_parse(text, file, std::move(rules), diags, parents, options)) return std::move(*r);
  throw load_error(std::move(diags));
}

/// As `load_record`, without throwing: the record, or nothing and every diagnostic in `diags`.
[[nodiscard]] inline std::optional<treaty_record> try_load_record(const std::string& path, treaty_rules rules,
                                                                  std::vector<diagnostic>& diags,
                                                                  const std::vector<const treaty_record*>& parents = {},
                                                                  record_options options = {}) {
  return treaty_record::try_load_file(path, std::move(rules), diags, parents, options);
}

/// As `parse_record`, without throwing.
[[nodiscard]] inline std::optional<treaty_record> try_parse_record(
    std::string_view text, const std::string& file, treaty_rules rules, std::vector<diagnostic>& diags,
    const std::vector<const treaty_record*>& parents = {}, record_options options = {}) {
  return treaty_record::try_parse(text, file, std::move(rules), diags, parents, options);
}

}  // namespace pacta
