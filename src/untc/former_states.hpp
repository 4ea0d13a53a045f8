// former_states.hpp — the actions of States that no longer exist, read from a status page's end notes.
//
// A status page has rows only for States that exist today. A State that ceased to exist (the German
// Democratic Republic, Czechoslovakia, the former Yugoslavia, …) appears in an end note attached to
// its successors' rows, in prose: "The German Democratic Republic had signed and ratified the
// Convention on 25 June 1980 and 9 July 1980, respectively." (CEDAW, note 23); "The former Yugoslavia
// had signed the Optional Protocol on 14 March 1990." (ICCPR-OP1, note 5); "Czechoslovakia acceded to
// the Optional Protocol on 12 March 1991." (note 7). Their instruments counted toward the thresholds
// (rule F1): CEDAW's printed entry into force, 3 September 1981, follows only when the German
// Democratic Republic's ratification is counted.
//
// `read_former_states` reads such sentences: a former State's name opening a sentence, "had"
// optionally, one or more of signed, ratified, acceded, accepted, approved, succeeded ("signed and
// ratified"), and then "on" with as many dates ("D Month YYYY", joined by "and", with
// "respectively"). A sentence that opens with a former State and one of those verbs but does not
// read so is returned as unreadable, never guessed.
//
// Example:
//   auto r = pacta::untc::read_former_states(
//       "The German Democratic Republic had signed and ratified the Convention on 25 June 1980 and 9 July "
//       "1980, respectively.");
//   // r.actions: {German Democratic Republic, signature, 1980-06-25}, {…, ratification, 1980-07-09}
#pragma once

#include <pacta/action.hpp>
#include <pacta/calendar.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace pacta::untc {

/// One action of a former State, as an end note records it.
struct former_action {
  std::string state;  ///< the name pacta gives it: "German Democratic Republic", "former Yugoslavia"
  action_kind kind;   ///< signature, ratification, accession, acceptance, approval or succession
  date_t date;
  std::string sentence;  ///< the sentence it was read from
};

struct former_reading {
  std::vector<former_action> actions;
  std::vector<std::string> unreadable;  ///< sentences about a former State's action that did not read
};

/// The former States an end note's text records actions of (see above).
former_reading read_former_states(std::string_view note);

/// The name pacta gives a former State named at the start of `text` ("The German Democratic
/// Republic …" → "German Democratic Republic"), and the length of the name as written; empty when
/// `text` does not open with one.
std::pair<std::string, std::size_t> former_state_at(std::string_view text);

}  // namespace pacta::untc
