// pacta/record_options.hpp — the choices left open by unsettled rules, each with its default.
//
// Where depositary practice or the treaty text leaves a point open, pacta names it as an enum
// whose default is the recorded practice (docs/rules.md, the rows marked *Unsettled*), and a record is
// built under one `record_options`. The CLI sets them with `--option NAME=VALUE`.
//
// Example (count "party to the Convention" from its entry into force, not from the deposit):
//   pacta::record_options o;
//   o.parent_party_basis = pacta::party_basis::in_force;   // rejects Timor-Leste's same-day accessions
//   auto opsc = pacta::load_record("data/registries/opsc.json", pacta::opsc_rules(), {&crc}, o);
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/detail/enum_table.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pacta {

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

/// Who "has signed" the parent treaty where a protocol opens its signature to the parent's
/// signatories (OPCAT art. 27(1), ICCPR-OP2 art. 7(1), ICCPR-OP1 art. 8(1); rule G2).
enum class parent_signatory_reading {
  /// As the depositary applies it: a State that signed, ratified, acceded or succeeded to the parent
  /// treaty. The Secretary-General accepted the signatures of States that had acceded or succeeded
  /// to the parent without signing it: 28 on the OPCAT (Azerbaijan, Benin, …), 9 on ICCPR-OP2, 4 on
  /// ICCPR-OP1. The default.
  depositary_practice,
  /// The article's words only: a State that signed the parent treaty. It refuses the signatures
  /// above.
  literal,
};

/// What a former State whose end is not recorded (no `ceased` in the registry's `participants`) is
/// taken to be after its last recorded act (rule F1).
enum class unrecorded_end {
  /// Existing: the day it ceased is "not recorded", so it is counted and has a status as any State
  /// has; pacta presumes no end the record does not give. The default.
  exists,
  /// Extinct after its last recorded act: its status is `ceased-to-exist` after that act, and it is
  /// in no count (it cannot be placed in time).
  after_last_act,
};

/// From when a newly independent State's notification of succession binds it (rule E5, *unsettled*;
/// VCSST arts. 17, 23). Only successions whose registry action says `"succession_kind":
/// "newly-independent"` are concerned (Fiji, the Bahamas, Suriname, Solomon Islands, St. Lucia,
/// Antigua and Barbuda).
enum class newly_independent_reading {
  /// A party from the date of succession, or from the treaty's entry into force if later (VCSST art.
  /// 23(1)). The default.
  date_of_succession,
  /// As an accession on the day of the notification: the notification + the treaty's period for
  /// later States (the CERD Committee's practice: Fiji from 10 February 1973, its notification of
  /// 11 January 1973 + 30 days; the Bahamas from 4 September 1975).
  notification,
};

/// From when a successor is bound where its predecessor had consented but was not yet bound on the
/// date of succession (rule E5, *unsettled*: the SFRY ratified the CAT on 10 September 1991, in force
/// for it from 10 October 1991, after Croatia's date of succession of 8 October 1991 and North
/// Macedonia's of 17 September 1991). Only successions that name their `predecessor` are concerned.
enum class unbound_predecessor_reading {
  /// From the later of the date of succession and the treaty's entry into force for the predecessor:
  /// the treaty continues in force only where it was in force (VCSST art. 34). The default.
  predecessor_in_force,
  /// From the date of succession (the CAT Committee's practice for Croatia: initial report due
  /// 7 October 1992).
  date_of_succession,
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
  status_view view = status_view::as_recorded;                                                          ///< rule E5
  denounced_signatory signatory_after_denunciation = denounced_signatory::eligible;                     ///< art. 13
  parent_signatory_reading signatory_reading = parent_signatory_reading::depositary_practice;           ///< rule G2
  unrecorded_end former_state_end = unrecorded_end::exists;                                             ///< rule F1
  newly_independent_reading newly_independent = newly_independent_reading::date_of_succession;          ///< rule E5
  unbound_predecessor_reading unbound_predecessor = unbound_predecessor_reading::predecessor_in_force;  ///< E5
  report_cycle_anchor report_anchor = report_cycle_anchor::initial_due;                                 ///< rule R2
  leap_day_rule leap_day = leap_day_rule::last_of_february;                                             ///< rule P6
};

/// Each reading of an unsettled point with its key (what `--option NAME=VALUE` takes, docs/rules.md)
/// and its words, in the order of its enum: the first is the default.
inline constexpr detail::enum_row<amendment_count_basis> amendment_count_bases[] = {
    {amendment_count_basis::each_acceptance, "each-day", "the States Parties on each day tested"},
    {amendment_count_basis::approval, "approval", "the States Parties on the day of approval"},
};
inline constexpr detail::enum_row<party_basis> party_bases[] = {
    {party_basis::deposited, "deposited", "a party from the deposit of its instrument"},
    {party_basis::in_force, "in-force", "a party once the treaty is in force for it"},
};
inline constexpr detail::enum_row<status_view> status_views[] = {
    {status_view::as_recorded, "as-recorded", "as the registry now records it"},
    {status_view::as_known_then, "as-known-then", "as the depositary knew it on the date"},
};
inline constexpr detail::enum_row<leap_day_rule> leap_day_rules[] = {
    {leap_day_rule::last_of_february, "feb-28", "28 February"},
    {leap_day_rule::first_of_march, "mar-1", "1 March"},
};
inline constexpr detail::enum_row<denounced_signatory> denounced_signatories[] = {
    {denounced_signatory::eligible, "eligible", "its signature stands"},
    {denounced_signatory::not_eligible, "not-eligible", "no longer a signatory"},
};
inline constexpr detail::enum_row<parent_signatory_reading> parent_signatory_readings[] = {
    {parent_signatory_reading::depositary_practice, "depositary", "as the depositary applies it"},
    {parent_signatory_reading::literal, "literal", "the article's words only"},
};
inline constexpr detail::enum_row<unrecorded_end> unrecorded_ends[] = {
    {unrecorded_end::exists, "exists", "existing"},
    {unrecorded_end::after_last_act, "last-act", "extinct after its last recorded act"},
};
inline constexpr detail::enum_row<newly_independent_reading> newly_independent_readings[] = {
    {newly_independent_reading::date_of_succession, "succession", "from the date of succession"},
    {newly_independent_reading::notification, "notification", "as an accession on the day of the notification"},
};
inline constexpr detail::enum_row<unbound_predecessor_reading> unbound_predecessor_readings[] = {
    {unbound_predecessor_reading::predecessor_in_force, "predecessor",
     "from the treaty's entry into force for the predecessor"},
    {unbound_predecessor_reading::date_of_succession, "succession", "from the date of succession"},
};
inline constexpr detail::enum_row<report_cycle_anchor> report_cycle_anchors[] = {
    {report_cycle_anchor::initial_due, "initial-due", "the initial report's due date"},
    {report_cycle_anchor::initial_submitted, "initial-submitted", "the initial report's submission"},
};

namespace detail {
static_assert(in_enum_order(amendment_count_bases, amendment_count_basis::approval) &&
                  in_enum_order(party_bases, party_basis::in_force) &&
                  in_enum_order(status_views, status_view::as_known_then) &&
                  in_enum_order(leap_day_rules, leap_day_rule::first_of_march) &&
                  in_enum_order(denounced_signatories, denounced_signatory::not_eligible) &&
                  in_enum_order(parent_signatory_readings, parent_signatory_reading::literal) &&
                  in_enum_order(unrecorded_ends, unrecorded_end::after_last_act) &&
                  in_enum_order(newly_independent_readings, newly_independent_reading::notification) &&
                  in_enum_order(unbound_predecessor_readings, unbound_predecessor_reading::date_of_succession) &&
                  in_enum_order(report_cycle_anchors, report_cycle_anchor::initial_submitted),
              "the tables of the unsettled readings: one row per value, in the order of each enum");

template <auto Member, const auto& Rows>
bool set_reading(record_options& o, std::string_view key) noexcept {
  const auto v = from_key(Rows, key);
  if (v) o.*Member = *v;
  return v.has_value();
}
template <auto Member, const auto& Rows>
const char* reading_key(const record_options& o) noexcept {
  return key_of(Rows, o.*Member);
}
template <const auto& Rows>
std::string reading_keys() {
  return keys_list(Rows, "|");
}
}  // namespace detail

/// One unsettled point as it is chosen by name (`--option NAME=VALUE`; docs/rules.md, the rows marked
/// *Unsettled*).
struct record_option {
  const char* name;                                             ///< "amendment-count"
  bool (*set)(record_options&, std::string_view key) noexcept;  ///< false (and nothing set) for an unknown key
  const char* (*key)(const record_options&) noexcept;           ///< the reading chosen, as its key
  std::string (*keys)();                                        ///< every key, the default first: "each-day|approval"
};

namespace detail {
/// The row of the point `name`: the member `Member` of `record_options`, read and written by `Rows`.
template <auto Member, const auto& Rows>
constexpr record_option option_row(const char* name) noexcept {
  return {name, set_reading<Member, Rows>, reading_key<Member, Rows>, reading_keys<Rows>};
}
}  // namespace detail

/// Every unsettled point of `record_options`, in the order docs/rules.md gives them.
inline constexpr record_option record_option_table[] = {
    detail::option_row<&record_options::amendment_basis, amendment_count_bases>("amendment-count"),
    detail::option_row<&record_options::amendment_party_basis, party_bases>("amendment-parties"),
    detail::option_row<&record_options::parent_party_basis, party_bases>("parent-party"),
    detail::option_row<&record_options::view, status_views>("status"),
    detail::option_row<&record_options::leap_day, leap_day_rules>("leap-day"),
    detail::option_row<&record_options::signatory_after_denunciation, denounced_signatories>("denounced-signatory"),
    detail::option_row<&record_options::signatory_reading, parent_signatory_readings>("parent-signatory"),
    detail::option_row<&record_options::former_state_end, unrecorded_ends>("former-end"),
    detail::option_row<&record_options::newly_independent, newly_independent_readings>("newly-independent"),
    detail::option_row<&record_options::unbound_predecessor, unbound_predecessor_readings>("predecessor-not-bound"),
    detail::option_row<&record_options::report_anchor, report_cycle_anchors>("report-anchor"),
};

/// The unsettled point named `name`, or nothing.
inline const record_option* find_record_option(std::string_view name) noexcept {
  for (const auto& o : record_option_table)
    if (name == o.name) return &o;
  return nullptr;
}

}  // namespace pacta
