// denunciations.hpp — the denunciations (and re-accessions) of a participant, read from end notes.
//
// A status page prints an instrument no longer in effect in brackets ("[ 3 Oct 1975 ]") and tells
// its story in an end note: "On 23 October 1997, the Government of Jamaica notified the
// Secretary-General of its denunciation of the Protocol." (ICCPR-OP1, note 3); "On 26 May 1998 the
// Government of Trinidad and Tobago informed the Secretary-General of its decision to denounce the
// Optional Protocol with effect from 26 August 1998. On 26 August 1998, the Government of Trinidad
// and Tobago re-acceded to the Optional Protocol with a reservation." (note 1).
//
// `read_denunciations` reads, for one participant, the sentences "On D[,] the Government of STATE
// notified|informed the Secretary-General … denunciation|denounce … [with effect from D2]" and "On D
// | On that same date[,] the Government of STATE re-acceded to …", in the note's order.
//
// Chapter XXVI words a withdrawal so: "On D, the Government of STATE deposited with the
// Secretary-General a notification of withdrawal from the Convention …", and says what became of it
// in a sentence of its own: "The withdrawal took effect for STATE on D2." or "… will take effect for
// STATE on D2, subject to the condition …" (the Mine Ban Convention's art. 20(3)). That date is the
// depositary's statement of the outcome, not a date the notification specifies: the importer checks
// it against the one the treaty's rules give (rule D1), and keeps the condition in the note.
//
// Example:
//   auto events = pacta::untc::read_denunciations(note3, "Jamaica");
//   // events[0]: denunciation received 1997-10-23, no effect date stated
#pragma once

#include <pacta/action.hpp>
#include <pacta/calendar.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta::untc {

struct note_event {
  action_kind kind;  ///< denunciation (received on `date`) or accession (a re-accession)
  date_t date;
  std::optional<date_t> effective;  ///< a denunciation's "with effect from", when the note states it
  /// The date the depositary says it took (or will take) effect: "The withdrawal took effect for STATE
  /// on D"; `pending` when the note says "will take effect".
  std::optional<date_t> stated_effect;
  bool pending = false;
  std::string sentence;  ///< the note's sentences about it, as printed
};

/// The denunciations and re-accessions of `state` that `note` records, in its order.
std::vector<note_event> read_denunciations(std::string_view note, std::string_view state);
/// The same over a row's notes, in order: an outcome told in a later note than its notification ("The
/// withdrawal took effect for STATE on D" in a note of its own) is the last withdrawal read's.
std::vector<note_event> read_denunciations(const std::vector<std::string>& notes, std::string_view state);

/// The sentences of `note` that name `state` and tell of a denunciation of the treaty or a
/// withdrawal from it (or of its outcome) in words `read_denunciations` does not read: what the
/// importer cannot take as an action, and says it did not.
std::vector<std::string> unread_denunciations(std::string_view note, std::string_view state);

/// Whether `text` (what follows "the Government of STATE") tells of withdrawing from the treaty
/// itself, not of withdrawing a reservation, a declaration or an objection.
bool withdraws_from_treaty(std::string_view text);

}  // namespace pacta::untc
