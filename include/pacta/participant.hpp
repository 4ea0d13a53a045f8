// pacta/participant.hpp — participants that are not States of today: organizations, former States.
//
// Most participants of a treaty are States that exist today. Two other kinds take part: regional
// integration organizations (the European Union formally confirmed the CRPD on 23 December 2010;
// CRPD art. 44(3): their instruments "shall not be counted" toward the threshold, rule E8), and
// States that no longer exist (the German Democratic Republic ratified CEDAW on 9 July 1980; its
// instrument was one of the twenty that brought the Convention into force on 3 September 1981, rule
// F1), which the status pages record only in end notes. A registry lists them in `participants`.
//
// Example:
//   pacta::participant_info gdr{"German Democratic Republic", pacta::participant_kind::former_state,
//                               1990_y / 10 / 3, "End note 4: …", ""};
//   pacta::to_key(gdr.kind)   // "former-state"
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/detail/enum_table.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace pacta {

/// What a participant is, where it is not a State that exists today.
enum class participant_kind : unsigned char {
  state,         ///< a State (the default: every participant not listed in `registry::participants`)
  organization,  ///< a regional integration organization (CRPD art. 44; rule E8)
  former_state,  ///< a State that no longer exists (the German Democratic Republic, Czechoslovakia, …; rule F1)
};

/// Each kind with its key (a registry's `participants[].kind`) and its words, in the order of the enum.
inline constexpr detail::enum_row<participant_kind> participant_kinds[] = {
    {participant_kind::state, "state", "State"},
    {participant_kind::organization, "organization", "regional integration organization"},
    {participant_kind::former_state, "former-state", "State that no longer exists"},
};
static_assert(detail::in_enum_order(participant_kinds, participant_kind::former_state),
              "participant_kinds: one row per kind, in the order of the enum");

/// "state", "organization", "former-state".
inline constexpr const char* to_key(participant_kind k) noexcept {
  return detail::key_of(participant_kinds, k);
}

/// The kind a key names; nothing for another text.
inline std::optional<participant_kind> parse_participant_kind(std::string_view key) noexcept {
  return detail::from_key(participant_kinds, key);
}

/// A participant that is not a State of today (`registry::participants`).
struct participant_info {
  std::string name;
  participant_kind kind = participant_kind::state;
  /// Former States: the day it ceased to exist, when known; it counts among the participants of each
  /// date before that day, never on or after it (rule F1).
  std::optional<date_t> ceased;
  std::string note;    ///< where its record comes from (an end note of the status page)
  std::string source;  ///< the source, when given
};

}  // namespace pacta
