// pacta/clause/delay.hpp — how long after a condition is met a clause takes effect, as a value: N
// after (zero included), the first day of the month following a period (P7), or the first day of
// the Nth month after the month of (P8). A visitor that forgets an alternative does not compile.
//
// Example: clause::apply(clause::delay{clause::after{period::months(3)}}, 2001_y / 10 / 18) == 2002_y / 1 / 18.
#pragma once

#include <pacta/clause/after.hpp>
#include <pacta/clause/first_of_month_after.hpp>
#include <pacta/clause/first_of_nth_month.hpp>

#include <string>
#include <variant>

namespace pacta::clause {

using delay = std::variant<after, first_of_month_after, first_of_nth_month>;

inline date_t apply(const delay& d, date_t from, leap_day_rule leap = leap_day_rule::last_of_february) {
  return std::visit([&](const auto& alt) { return alt.apply(from, leap); }, d);
}

inline std::string describe(const delay& d) {
  return std::visit([](const auto& alt) { return alt.describe(); }, d);
}

/// The delay a `period` of today's profiles writes: `month_start` (P7) is `first_of_month_after`.
inline delay from_period(period p) {
  if (p.nth_month) return first_of_nth_month{p.count};
  if (p.month_start) return first_of_month_after{period{p.count, p.unit, false}};
  return after{p};
}

/// A term's optional `"delay"` member, read into `out` (left as it is when absent). False when the
/// member is there but is no delay (the reader has said why).
template <class In>
bool read_optional_delay(In& in, delay& out) {
  if (auto d = in.member("delay", false)) {
    auto read = d->delay();
    if (!read) return false;
    out = *read;
  }
  return true;
}

}  // namespace pacta::clause
