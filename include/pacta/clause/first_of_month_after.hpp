// pacta/clause/first_of_month_after.hpp — the delay "on the first day of the month following a
// period of N months after" (rule P7: ICRMW art. 87(1), three months; CRPD art. 45 counts days).
//
// Example: apply(first_of_month_after{period::months(3)}, 2003_y / 3 / 14) == 2003_y / 7 / 1.
#pragma once

#include <pacta/calendar.hpp>

#include <optional>
#include <string>

namespace pacta::clause {

struct first_of_month_after {
  period p;  ///< the period, without `month_start`

  date_t apply(date_t from, leap_day_rule leap) const noexcept {
    return add_period(from, period::first_of_month_after(p), leap);
  }
  std::string describe() const { return "on the first day of the month following " + to_string(p) + " after"; }
  friend bool operator==(const first_of_month_after& a, const first_of_month_after& b) noexcept { return a.p == b.p; }

  // Profile syntax: {"first_of_month_after": "3 months"}.
  static constexpr const char* key = "first_of_month_after";
  template <class In>
  static std::optional<first_of_month_after> read(In& in) {
    if (auto p = in.period_value(false)) return first_of_month_after{*p};
    return std::nullopt;
  }
  template <class Out>
  void write(Out& out) const {
    out.period_value(p);
  }
};

}  // namespace pacta::clause
