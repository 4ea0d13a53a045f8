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
  json_value extensions;  ///< top-level `x-` keys, as read (null when it has none)
};

}  // namespace pacta
