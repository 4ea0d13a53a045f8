// pacta/denunciation.hpp — rules D1 and D4: when a denunciation takes effect, as pure functions.
//
// D1 (OPSC art. 15(1)): a denunciation takes effect a period (one year) after the depositary
// receives its notification. D4 (OPAC art. 11(1)): if at the end of that year the State is engaged
// in an armed conflict, it takes effect at the end of the conflict, and is suspended while that
// end is not recorded. D2 (bound until then) and D3 (a withdrawal before it takes effect) are read
// from the record: pacta/treaty_record.hpp. docs/rules.md gives each rule's sources and cases.
//
// Example (a notification received on 31 March 2011, under the OPSC):
//   pacta::denunciation_takes_effect(pacta::opsc_rules(), 2011_y/3/31).date   // 2012-03-31, rule D1
#pragma once

#include <pacta/basis.hpp>
#include <pacta/calendar.hpp>
#include <pacta/detail/prose.hpp>
#include <pacta/state_record.hpp>
#include <pacta/treaty_rules.hpp>

#include <string>
#include <vector>

namespace pacta {

/// Rule D1: the date a denunciation received on `received` takes effect, with its basis.
inline dated denunciation_takes_effect(const treaty_rules& rules, date_t received,
                                       leap_day_rule leap = leap_day_rule::last_of_february) {
  dated d;
  d.date = add_period(received, rules.denunciation_delay, leap);
  d.why.rule = "D1";
  d.why.article = rules.denunciation_article;
  d.why.anchor = received;
  d.why.delay = rules.denunciation_delay;
  d.why.reasoning = "The notification of " + rules.denunciation_noun + " was received on " + to_prose(received) +
                    "; article " + rules.denunciation_article + ": it takes effect " +
                    to_string(rules.denunciation_delay) + " after the date of receipt, on " + to_prose(d.date) +
                    detail::period_note(received, rules.denunciation_delay, d.date) + ".";
  return d;
}

/// Rule D4: if at the end of the denunciation's period (`d.effective`, from D1) `state` is engaged
/// in one of `conflicts`, the denunciation takes effect at the end of that conflict or, while its
/// end is not recorded, is suspended (`d.suspended`, the State stays bound). `d` is left as it is
/// when the treaty has no such clause or no conflict was going on.
inline void apply_armed_conflict(const treaty_rules& rules, const std::string& state, denunciation_record& d,
                                 const std::vector<armed_conflict_period>& conflicts) {
  if (rules.armed_conflict_article.empty()) return;
  const date_t year_end = d.effective.date;
  for (const auto& c : conflicts) {
    if (c.from > year_end || (c.to && *c.to <= year_end)) continue;
    const std::string engaged = "on " + to_prose(year_end) + ", when the " + to_string(rules.denunciation_delay) +
                                " after its receipt ended, " + detail::state_in_prose(state) +
                                " was engaged in armed conflict (recorded from " + to_prose(c.from) + ")";
    d.effective.why.rule = "D4";
    d.effective.why.article = rules.armed_conflict_article;
    if (c.to) {
      d.effective.date = *c.to;
      d.effective.why.reasoning =
          "Notification of " + rules.denunciation_noun + " received on " + to_prose(d.received) + "; " + engaged +
          ", and under article " + rules.armed_conflict_article + " the " + rules.denunciation_noun +
          " does not take effect before the end of the armed conflict, on " + to_prose(*c.to) + ".";
    } else {
      d.suspended = true;
      d.effective.why.reasoning = "Its " + rules.denunciation_noun + " received on " + to_prose(d.received) +
                                  " would have taken effect on " + to_prose(year_end) + ", but " + engaged +
                                  "; under article " + rules.armed_conflict_article +
                                  " it does not take effect before the end of the armed conflict, which is not "
                                  "recorded: the " +
                                  rules.denunciation_noun + " is suspended and the State stays bound.";
    }
    return;
  }
}

}  // namespace pacta
