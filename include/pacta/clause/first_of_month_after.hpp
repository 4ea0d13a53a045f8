// pacta/clause/first_of_month_after.hpp — the delay "on the first day of the month following a
// period of N months after" (rule P7: ICRMW art. 87(1), three months; CRPD art. 45 counts days).
//
// Example: apply(first_of_month_after{period::months(3)}, 2003_y / 3 / 14) == 2003_y / 7 / 1.
#pragma once

#include <pacta/calendar.hpp>

#include <string>

namespace pacta::clause {

struct first_of_month_after {
  period p;  ///< the period, without `month_start`

  date_t apply(date_t from, leap_day_rule leap) const noexcept {
    return add_period(from, period::first_of_month_after(p), leap);
  }
  std::string describe() const { return "on the first day of the month following " + to_string(p) + " after"; }
  friend bool operator==(const first_of_month_after& a, const first_of_month_after& b) noexcept { return a.p == b.p; }
};

}  // namespace pacta::clause
