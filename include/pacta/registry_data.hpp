// pacta/registry_data.hpp — a registry as data: the actions of one treaty, and where they came from.
//
// What `pacta::load_registry` (pacta/registry.hpp) reads and `pacta::treaty_record`
// (pacta/treaty_record.hpp) is built from. This header holds the data only; reading and writing
// JSON are in pacta/registry.hpp.
//
// Example:
//   pacta::registry reg;
//   reg.treaty = "opsc";
//   reg.as_of = 2026_y / 2 / 3;
//   reg.actions.push_back(...);   // pacta::action, pacta/action.hpp
#pragma once

#include <pacta/action.hpp>
#include <pacta/calendar.hpp>
#include <pacta/json_value.hpp>
#include <pacta/participant.hpp>

#include <optional>
#include <string>
#include <vector>

namespace pacta {

/// The day the depositary records an article taking optional declarations as in force (rule O1):
/// ICCPR art. 41, "28 March 1979 for the provisions of article 41" on the status page's
/// entry-into-force line (`articles_in_force`). It stands beside what the declarations recorded give,
/// which may fall short where declarations counted then have since lapsed and are not all printed.
struct recorded_article_in_force {
  std::string article;  ///< "41"
  date_t date;
  std::string source;  ///< where the depositary records it
};

/// A decision the depositary records whose date a final clause takes rather than computes (rule
/// E9): a meeting of the governments that deposited putting a commodity agreement into force, a
/// conference activating an amendment. `decision` is the key a profile's `decided` term names.
struct recorded_decision {
  std::string decision;             ///< "definitive-entry-into-force", an id's letters
  date_t date;                      ///< the day it was taken
  std::optional<date_t> effective;  ///< the day it sets, when it sets one
  std::string by;                   ///< who took it ("the governments that had deposited")
  std::string source;               ///< where it is recorded
  std::string note;
};

/// A parsed registry file.
struct registry {
  std::string file;  ///< where it was read from (for diagnostics)
  std::string format = "pacta.registry/1";
  std::string treaty;  ///< the treaty id, e.g. "opsc"
  date_t as_of;        ///< the date the record is complete to
  std::string source;  ///< where the data come from
  std::vector<action> actions;
  /// The participants that are organizations or former States, each named once (`participants`).
  std::vector<participant_info> participants;
  /// Articles taking optional declarations whose entry into force the depositary records (rule O1).
  std::vector<recorded_article_in_force> articles_in_force;
  /// Decisions whose dates final clauses take (rule E9), each key once (`decisions`).
  std::vector<recorded_decision> decisions;
  json_value extensions;  ///< top-level `x-` keys, as read (null when it has none)
};

/// Said once by an answer for a date after a registry's `as_of`; empty when `on` is not after it.
/// `what` names the data: "The registry", "The oldest registry".
inline std::string data_age_note(date_t as_of, date_t on, const std::string& what = "The registry") {
  if (on <= as_of) return "";
  return what + " records acts up to " + to_prose(as_of) + ": acts after that date are not recorded, so " +
         "this answer for " + to_prose(on) + " holds only if there were none.";
}

}  // namespace pacta
