// pacta/amendment.hpp — one amendment's life under the amendment clause (OPSC art. 16).
//
// Rules A1–A4 (docs/rules.md): a proposal communicated to the States Parties; a conference when a
// third of them favour one within four months (A1); adoption by a majority present and voting
// (A2); entry into force when two thirds of the States Parties have accepted, after the General
// Assembly's approval (A3); and from when it binds each State (A4). An `amendment_record` is what
// `treaty_record` computed for one amendment; `binding_text` is what binds a State on a date.
//
// Example:
//   const pacta::amendment_record* a = rec.find_amendment("A1");
//   if (a && a->entry_into_force) std::cout << pacta::to_iso(a->entry_into_force->date);
#pragma once

#include <pacta/action.hpp>
#include <pacta/basis.hpp>
#include <pacta/calendar.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pacta {

/// One amendment's life and what follows from it (OPSC art. 16, rules A1–A4).
struct amendment_record {
  std::string id;
  std::string proposer;                ///< the State that filed the proposal
  std::optional<date_t> proposed;      ///< filed with the Secretary-General
  std::optional<date_t> communicated;  ///< communicated to the States Parties
  std::optional<date_t> adopted;       ///< adopted by the conference
  std::optional<pacta::vote> adoption_vote;
  /// Rule A2: an adoption recorded with a vote in which the votes in favour did not exceed those
  /// against: the date of that vote. The amendment was not adopted (`adopted` is nothing).
  std::optional<date_t> vote_failed;
  std::optional<date_t> approved;  ///< approved by the General Assembly
  // Each State by its index in treaty_record::states(), with the date.
  std::vector<std::pair<std::size_t, date_t>> favours;      ///< States favouring a conference, in date order
  std::vector<std::pair<std::size_t, date_t>> acceptances;  ///< in date order
  std::vector<std::pair<std::size_t, date_t>> declined;     ///< VCLT art. 40(5) declarations

  // Rule A1: was a conference due?
  std::optional<date_t> window_end;          ///< communication + the conference window (4 months)
  std::size_t parties_at_communication = 0;  ///< States Parties on the communication date
  std::size_t conference_needed = 0;         ///< one third of them, rounded up
  std::size_t favours_in_window = 0;
  std::optional<dated> conference_due;  ///< the date the third was reached within the window

  // Rule A3: entry into force.
  std::optional<dated> entry_into_force;
  std::size_t acceptances_at_entry = 0;  ///< acceptances counted on that date (by States then parties)
  /// Acceptances by States that had ceased to be parties: by the entry into force, or (not in force)
  /// by the registry's `as_of` date.
  std::size_t acceptances_not_counted = 0;
  std::size_t parties_at_entry = 0;  ///< States Parties counted (on that date, or on approval)
  std::size_t needed_at_entry = 0;   ///< two thirds of them, rounded up
  /// Adopted (or approved) and not in force: what the record holds by its `as_of` date — the
  /// acceptances that count, the number needed, and the States the clause names that have not
  /// accepted (UN Charter art. 108) — as one sentence (rule A3). Empty otherwise.
  std::string not_in_force;
};

/// The text that binds a State on a date (OPSC art. 16(3)): the Protocol and the amendments in
/// force for it.
struct binding_text {
  bool bound = false;                   ///< is the State bound by the treaty at all on that date
  std::vector<std::string> amendments;  ///< ids of the amendments in force for it, in order
  std::string explanation;
};

}  // namespace pacta
