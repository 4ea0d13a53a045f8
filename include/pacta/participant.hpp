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

#include <optional>
#include <string>

namespace pacta {

/// What a participant is, where it is not a State that exists today.
enum class participant_kind : unsigned char {
  state,         ///< a State (the default: every participant not listed in `registry::participants`)
  organization,  ///< a regional integration organization (CRPD art. 44; rule E8)
  former_state,  ///< a State that no longer exists (the German Democratic Republic, Czechoslovakia, …; rule F1)
};

/// "state", "organization", "former-state".
inline const char* to_key(participant_kind k) noexcept {
  return k == participant_kind::organization   ? "organization"
         : k == participant_kind::former_state ? "former-state"
                                               : "state";
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
