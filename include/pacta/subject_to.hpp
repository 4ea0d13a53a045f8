// pacta/subject_to.hpp — rule E7 as pure functions: a treaty "subject to the entry into force of"
// another (ICCPR-OP1 art. 9(1): "Subject to the entry into force of the Covenant"; OP-CRPD art.
// 13(1)) enters into force on the later of its own date and that treaty's. The evaluator decides
// which (`decide_subject_to`, pacta/entry_into_force.hpp); `apply_subject_to` writes the decision
// into the general entry into force, with its sentence.
//
// Example (ICCPR-OP1: its tenth instrument, Mauritius's of 12 December 1973, would give 12 March 1974;
// the Covenant entered into force on 23 March 1976, and so did the Protocol):
//   auto g = pacta::general_entry_into_force_of(rules, states);                     // 1974-03-12, E1
//   const auto d = pacta::shorthand_subject_to(rules, states, 1976_y/3/23, pacta::condition_source::record);
//   pacta::apply_subject_to(rules, g, d, 1976_y/3/23, "ICCPR", pacta::condition_source::record);
//   g->date                                                                          // 1976-03-23, E7
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/entry_into_force.hpp>
#include <pacta/record_options.hpp>
#include <pacta/state_record.hpp>
#include <pacta/treaty_rules.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace pacta {

/// Where the date of the treaty a treaty is subject to comes from (rule E7).
enum class condition_source {
  record,    ///< that treaty's record, loaded beside this one
  recorded,  ///< the profile's `subject_to.recorded`: the depositary's date, that registry not loaded
  unknown,   ///< neither: the condition cannot be checked
};

/// Rule E7: a treaty "subject to the entry into force of" another (ICCPR-OP1 art. 9(1), OP-CRPD
/// art. 13(1)) enters into force on the later of its own date (E1, or its clause's) and that
/// treaty's, as `decision` found it (`decide_subject_to`: `clause::resolve` of the two as a
/// `later_of`). `other` is that treaty's general entry into force: nothing when it is not in force
/// (and then neither is this one), or when `source` is `unknown` (the reasoning then says the
/// condition was NOT checked, and the date stays the treaty's own). `other_title` names it ("ICCPR").
/// The threshold day, the instruments that completed it and the delay stay the treaty's own.
inline void apply_subject_to(const treaty_rules& rules, std::optional<general_entry_into_force>& g,
                             const subject_to_decision& decision, const std::optional<date_t>& other,
                             const std::string& other_title, condition_source source) {
  if (!g || rules.subject_to.treaty.empty()) return;
  const std::string art = "article " + rules.subject_to.article;
  if (source == condition_source::unknown || !decision.known) {
    g->why.reasoning += " " + art + " makes the " + rules.short_title + " subject to the entry into force of the " +
                        other_title +
                        ", whose registry is not loaded and whose date the profile does not "
                        "record: that condition was NOT checked (rule E7).";
    return;
  }
  if (!decision.date || !other) {
    g.reset();  // the other treaty is not in force: nor is this one
    return;
  }
  const std::string whence = source == condition_source::recorded
                                 ? " as the depositary records it (the " + other_title + "'s registry is not loaded)"
                                 : std::string();
  if (!decision.by_other) {
    g->why.reasoning += " The condition of " + art + ", the entry into force of the " + other_title + " on " +
                        to_prose(*other) + whence + ", was met by then (rule E7).";
    return;
  }
  const date_t own = g->date;
  g->date = *decision.date;
  g->fixed_by_condition = true;
  g->why.rule = "E7";
  g->why.article = rules.subject_to.article;
  g->why.reasoning += " But " + art + " makes it subject to the entry into force of the " + other_title +
                      ", which came only on " + to_prose(*other) + whence + ": the " + rules.short_title +
                      " entered into force on that date, not on " + to_prose(own) + " (rule E7).";
}

/// Rule E7 for a profile's shorthand: the decision over `general_term(rules)` (the later of E1's
/// `when_met` and the other treaty's entry into force), by `clause::resolve` over the instruments of
/// `states`; `other` nothing when that treaty is not in force, and absent from the evaluation when
/// `source` is `unknown`.
inline subject_to_decision shorthand_subject_to(const treaty_rules& rules, const std::vector<state_record>& states,
                                                const std::optional<date_t>& other, condition_source source,
                                                leap_day_rule leap = leap_day_rule::last_of_february) {
  clause::term_context ctx;
  ctx.leap = leap;
  if (source != condition_source::unknown) ctx.in_force[rules.subject_to.treaty] = other;
  const clause::date_term own = clause::when_met{clause::count{static_cast<std::size_t>(rules.threshold)},
                                                 clause::from_period(rules.general_delay)};
  return decide_subject_to(own, rules.subject_to.treaty, clause_timeline(rules, states), ctx);
}

}  // namespace pacta
