// pacta/state_record.hpp — what one State did under a treaty, and its status on a date.
//
// A `state_record` holds a State's signature and its consents to be bound, each with what became
// of it: its entry into force (rules E2–E5), its denunciations (D1, D3, D4); and, under the OPAC,
// its declarations (art. 3) and armed conflicts (art. 11(1)). A `status` names a State's position
// on a date, with two spellings: `to_key` for machines ("denunciation-pending"), `to_prose` for
// sentences ("denunciation pending"). `treaty_record` (pacta/treaty_record.hpp) builds these
// records and answers the queries.
//
// Example (Venezuela and the OPSC: ratified 8 May 2002, in force for it 8 June 2002, art. 14(2)):
//   const pacta::state_record& v = opsc.state("Venezuela (Bolivarian Republic of)");
//   v.consents.front().deposit           // 2002-05-08
//   *v.consents.front().in_force_from    // 2002-06-08
//   pacta::binds(opsc.status_code("Venezuela (Bolivarian Republic of)", 2010_y/1/1))   // true
#pragma once

#include <pacta/action.hpp>
#include <pacta/basis.hpp>
#include <pacta/calendar.hpp>
#include <pacta/detail/enum_table.hpp>
#include <pacta/participant.hpp>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pacta {

/// One denunciation notification.
struct denunciation_record {
  date_t received;                  ///< receipt by the depositary (rule D1)
  dated effective;                  ///< receipt + the denunciation delay
  std::optional<date_t> withdrawn;  ///< withdrawal before it took effect (rule D3)
  std::size_t action_index = 0;
  /// Rule D4 (OPAC art. 11(1)): at the end of the year the State was engaged in an armed conflict
  /// whose end is not recorded, so the denunciation has not taken effect; `effective.date` is then
  /// the end of the year, the earliest it could have.
  bool suspended = false;
  /// CCW art. 9(3): not the State's own notification under this treaty, but its denunciation of the
  /// parent treaty, which applies to this one too (`treaty_rules::parent_denunciation_article`).
  bool by_parent = false;
};

/// One consent to be bound, and what became of it.
struct consent_record {
  action_kind kind = action_kind::ratification;
  date_t deposit;  ///< deposit, or receipt of the notification of succession
  /// Rule E10: the later day the instrument counts from, where the registry records one (`effective`
  /// on an instrument: a reservation accepted after the deposit); nothing for an instrument that counts
  /// from its deposit.
  std::optional<date_t> counted_on;
  std::optional<date_t> succession_date;        ///< successions: the date of succession of States
  std::optional<succession_kind> succeeded_as;  ///< successions: separation or newly independent, when recorded
  /// Successions naming a predecessor that had consented but was bound only after the date of
  /// succession: the predecessor's entry into force (rule E5, `unbound_predecessor_reading`).
  std::optional<date_t> predecessor_from;
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
  /// The denunciation standing on `on`: the latest received by then and not withdrawn by then (a
  /// suspended one included, rule D4), or nullptr. The one reading of "a denunciation on a date":
  /// the status (`treaty_record::status_on`) and the cross-treaty view (`state_across`) use it.
  const denunciation_record* denunciation_on(date_t on) const noexcept {
    const denunciation_record* out = nullptr;
    for (const auto& d : denunciations)
      if (d.received <= on && !(d.withdrawn && *d.withdrawn <= on)) out = &d;
    return out;
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
  /// The day the instrument counts from toward the threshold (rule E1) and as the anchor of the
  /// State's own date (rules E2–E4): its deposit, or the later day the registry records (rule E10).
  date_t counting_day() const noexcept { return counted_on ? *counted_on : deposit; }
  /// Whether it counts from another day than an instrument's deposit (rule E10): a day the registry
  /// records after the deposit, or consent established by the simplified procedure.
  bool counts_from_another_day() const noexcept {
    return counted_on.has_value() || kind == action_kind::simplified_procedure;
  }
  /// The first date the consent counts, as the registry now records it: the deposit (an instrument
  /// counted from a later day, rule E10, is a consent from its deposit), or for a succession that
  /// binds from a date before its notification, that date (rule E5; VCSST art. 34, continuity).
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

/// The day a consent is in effect from, for `state_record::consent_in_effect`: its deposit (as the
/// depositary counts parties), or the day it binds the State (VCLT art. 2(1)(g)).
enum class in_effect_from { deposit, bound };

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
  /// A State of today (the default), a regional integration organization (rule E8) or a former
  /// State (rule F1), as the registry's `participants` say.
  participant_kind kind = participant_kind::state;
  /// A former State: the day it ceased to exist, when recorded (rule F1).
  std::optional<date_t> ceased;
  /// A former State whose `ceased` is not recorded: the date of its last recorded act, up to which
  /// it certainly existed (rule F1).
  std::optional<date_t> existed_through;

  /// Rule F1, the one reading of "no longer exists on `on`": a former State on or after the day it
  /// ceased, or, when that day is not recorded and it is presumed extinct after its last act
  /// (`unrecorded_end::after_last_act`), after that act. Never true of a State of today.
  bool gone_on(date_t on) const noexcept {
    return kind == participant_kind::former_state &&
           (ceased ? *ceased <= on : existed_through && on > *existed_through);
  }
  /// Whether its end is known or presumed, so that `gone_on` is true from some day on (rule F1).
  bool has_end() const noexcept { return kind == participant_kind::former_state && (ceased || existed_through); }
  /// The consent in effect on `on`: the latest in effect by that day (from its deposit, or from the
  /// day it binds the State) whose denunciation has not taken effect by it (rule D1); null when none.
  /// The one reading of "a consent in effect on a date" of the build's checks: a declaration made
  /// under an instrument (OPAC art. 3), a notice ending provisional application (VCLT art. 25(2)), a
  /// party to the parent treaty (article 13).
  const consent_record* consent_in_effect(date_t on, in_effect_from from = in_effect_from::deposit) const noexcept {
    const consent_record* out = nullptr;
    for (const auto& c : consents) {
      const std::optional<date_t> start =
          from == in_effect_from::bound ? c.bound_from() : std::optional<date_t>(c.deposit);
      if (!start || *start > on) continue;
      if (const auto end = c.ends(); end && *end <= on) continue;
      out = &c;
    }
    return out;
  }
};

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
  /// a former State, on or after the day it ceased to exist, or, when that day is not recorded,
  /// after its last recorded act (rule F1): its instruments counted toward the threshold, but it is
  /// among no participants
  ceased_to_exist,
};

/// Each status with its key (what files and JSON write) and its words (what a sentence says), in
/// the order of the enum.
inline constexpr detail::enum_row<status> status_table[] = {
    {status::not_participant, "not-participant", "not a participant"},
    {status::signatory, "signatory", "signatory"},
    {status::consented, "consented", "consented, not yet in force"},
    {status::bound, "bound", "bound"},
    {status::denunciation_pending, "denunciation-pending", "denunciation pending"},
    {status::denounced, "denounced", "denounced"},
    {status::denunciation_suspended, "denunciation-suspended", "denunciation suspended (armed conflict)"},
    {status::ceased_to_exist, "ceased-to-exist", "ceased to exist (former State)"},
};
static_assert(detail::in_enum_order(status_table, status::ceased_to_exist),
              "status_table: one row per status, in the order of the enum");

/// The status as a sentence says it: "not a participant", "signatory", "consented, not yet in
/// force", "bound", "denunciation pending", "denounced", "denunciation suspended (armed conflict)".
inline constexpr const char* to_prose(status s) noexcept {
  return detail::words_of(status_table, s);
}

/// The machine-readable name of a status: "not-participant", "signatory", "consented", "bound",
/// "denunciation-pending", "denounced", "denunciation-suspended", "ceased-to-exist".
inline constexpr const char* to_key(status s) noexcept {
  return detail::key_of(status_table, s);
}

/// The status a key names; nothing for another text.
inline std::optional<status> parse_status(std::string_view key) noexcept {
  return detail::from_key(status_table, key);
}

/// True when the treaty is in force for a State in this status (rule D2): bound, its denunciation
/// pending, or suspended by an armed conflict (rule D4).
inline constexpr bool binds(status s) noexcept {
  return s == status::bound || s == status::denunciation_pending || s == status::denunciation_suspended;
}

/// True when a State in this status has consented and its consent still stands: `binds`, or
/// consented before the treaty is in force for it (the depositary's count of "Parties").
inline constexpr bool has_standing_consent(status s) noexcept {
  return s == status::consented || binds(s);
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

namespace detail {

/// The names of `states`, in their order (what `match_state` matches a typed name against).
inline std::vector<std::string> names_of(const std::vector<state_record>& states) {
  std::vector<std::string> out;
  out.reserve(states.size());
  for (const auto& st : states) out.push_back(st.state);
  return out;
}

}  // namespace detail

}  // namespace pacta
