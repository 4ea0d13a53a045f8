// pacta/rule_glossary.hpp — every rule code an answer cites ("OPSC art. 14(2), rule E3"), each with
// one sentence a reader without docs/rules.md can follow. docs/rules.md holds each rule whole; the
// site's glossary page prints this table, and every "rule X" it shows links to its entry.
//
// Example:
//   pacta::rule_summary("E3");   // "A State that deposits after the general entry into force is …"
#pragma once

#include <string_view>

namespace pacta {

/// A rule code and its sentence.
struct rule_entry {
  const char* code;
  const char* family;
  const char* summary;
};

/// Every rule code, in the order of docs/rules.md's families.
inline constexpr rule_entry rule_glossary[] = {
    {"P1", "periods",
     "A period of months or years ends on the same day of the month that many months later; the day it "
     "is counted from is not counted, and the period is counted once from that day, never in steps."},
    {"P2", "periods",
     "When that day does not exist in the month, the period ends on the month's last day "
     "(31 January + 1 month = 28 February)."},
    {"P3", "periods", "No \"end of month\" rule: 30 June + 1 month = 30 July."},
    {"P4", "periods", "No adjustment for weekends or holidays, of the day counted from or of the result."},
    {"P5", "periods", "A period of days is plain calendar days."},
    {"P6", "periods", "29 February + 1 year = 28 February (unsettled; an option gives 1 March)."},
    {"P7", "periods",
     "\"The first day of the month following\" a period is the 1st of the month after the period ends."},
    {"E1", "entry into force",
     "The treaty enters into force a set period after the deposit of the instrument that "
     "completes the number it requires (the 10th, 20th, 35th …)."},
    {"E2", "entry into force",
     "A State that deposited its instrument on or before the one that completed that number "
     "is bound from the treaty's own entry into force."},
    {"E3", "entry into force",
     "A State that deposits later is bound a set period after its own deposit, and never "
     "before the treaty's entry into force (\"after its entry into force\")."},
    {"E4", "entry into force",
     "A State that deposits after the instrument that completed the number is bound a set "
     "period after its own deposit (\"after the deposit of the Nth instrument\")."},
    {"E5", "entry into force",
     "A State that succeeds to a treaty is bound from the date of succession of States, not "
     "from its notification."},
    {"E6", "entry into force", "A signature is not consent to be bound: it gives no date of entry into force."},
    {"E7", "entry into force",
     "A treaty \"subject to the entry into force\" of another enters into force no earlier "
     "than that one."},
    {"E8", "entry into force",
     "Where the treaty says so, the instrument of a regional integration organization (the "
     "European Union) is not counted toward the number required."},
    {"E9", "entry into force",
     "Where the treaty leaves the date to a decision (the governments that deposited deciding to "
     "put a commodity agreement into force), the date is the one the recorded decision sets; none "
     "recorded, none is given."},
    {"E10", "entry into force",
     "Consent that counts from another day than a deposit: an instrument the depositary counts from a "
     "later day (a reservation accepted later), or consent established by a simplified procedure on the "
     "day the treaty fixes (Part XI Agreement art. 5), counts toward the threshold and for the State's own "
     "date from that day."},
    {"F1", "former States",
     "A State that no longer exists (the German Democratic Republic) counted toward the number "
     "while it existed; it is bound by nothing, and owes nothing, from the day it ceased."},
    {"G1", "who may join",
     "A treaty open to \"all Member States of the United Nations\" is recorded as such; pacta "
     "checks it as open to any State."},
    {"G2", "who may join",
     "A treaty open to \"any State that has signed\" another admits, as the depositary does, a "
     "State that became a party to that other treaty without signing it."},
    {"D1", "denunciation", "A denunciation takes effect a set period (one year) after the depositary received it."},
    {"D2", "denunciation", "Until then the State stays bound, and it stays bound as to what happened while it was."},
    {"D3", "denunciation", "A denunciation withdrawn before it takes effect ends nothing."},
    {"D4", "denunciation",
     "A State engaged in armed conflict when the year runs out is bound until the conflict ends "
     "(OPAC art. 11(1))."},
    {"D5", "denunciation",
     "A treaty with no clause on denunciation: a recorded denunciation is refused, citing the "
     "treaty's silence (VCLT art. 56)."},
    {"D6", "denunciation",
     "A denunciation that may be given only after a minimum time is refused when given earlier "
     "(ICRMW art. 89(1))."},
    {"D7", "denunciation",
     "A denunciation of the parent treaty applies to its protocols too: the protocol ends for the "
     "State on the same day (CCW art. 9(3))."},
    {"O1", "optional declarations",
     "An article that applies only between States that declared they accept it (a "
     "committee's competence) comes into force once enough States have declared, and "
     "applies to each from then or from its own declaration."},
    {"A1", "amendments",
     "A conference on a proposed amendment is due when a third of the States Parties favour it "
     "within four months."},
    {"A2", "amendments",
     "An amendment is adopted by a majority of the States Parties present and voting, then "
     "submitted to the General Assembly."},
    {"A3", "amendments",
     "An amendment enters into force when the General Assembly has approved it and two thirds of "
     "the States Parties have accepted it."},
    {"A4", "amendments",
     "An amendment binds the States that accepted it, from its entry into force or their later "
     "acceptance; the others stay on the text they had."},
    {"R1", "reports",
     "The initial report is due a set period (one or two years) after the treaty's entry into force "
     "for the State."},
    {"R2", "reports",
     "Periodic reports are due every cycle (two, four or five years) counted from a fixed anchor, "
     "never from the last report's date."},
    {"R3", "reports",
     "A due date the Committee set replaces the computed one (it is known only from a reports "
     "file)."},
    {"R4", "reports",
     "After the initial report, reports are due only when the Committee requests them: no date is "
     "computed."},
    {"V1", "provisional application",
     "A State that declares it will apply part of the treaty provisionally (ATT art. 23) applies it from its "
     "declaration until the treaty enters into force for it; the declaration is not consent to be bound."},
};

/// The sentence of a rule code ("E3"), or nullptr for a code pacta does not use.
inline const char* rule_summary(std::string_view code) noexcept {
  for (const auto& r : rule_glossary)
    if (code == r.code) return r.summary;
  return nullptr;
}

}  // namespace pacta
