// pacta/clause/after.hpp — the delay "N days, months or years after" (rules P1–P6), zero included:
// "upon the deposit" is 0 days after (ENMOD art. IX(3); ATT art. 22(1) counts ninety days).
//
// Example: apply(after{period::months(3)}, 2001_y / 10 / 18) == 2002_y / 1 / 18 (OPSC art. 14(1)).
#pragma once

#include <pacta/calendar.hpp>

#include <optional>
#include <string>

namespace pacta::clause {

struct after {
  period p;  ///< `p.count` may be 0: the same day; never `month_start` (that is `first_of_month_after`)

  date_t apply(date_t from, leap_day_rule leap) const noexcept {
    return p.count == 0 ? from : add_period(from, p, leap);
  }
  /// "3 months after", or "on the same day" for zero.
  std::string describe() const { return p.count == 0 ? std::string("on the same day") : to_string(p) + " after"; }
  friend bool operator==(const after& a, const after& b) noexcept { return a.p == b.p; }

  // Profile syntax: {"after": "3 months"}; {"after": "0 days"}: on the same day.
  static constexpr const char* key = "after";
  template <class In>
  static std::optional<after> read(In& in) {
    if (auto p = in.period_value(true)) return after{*p};
    return std::nullopt;
  }
  template <class Out>
  void write(Out& out) const {
    out.period_value(p);
  }
};

}  // namespace pacta::clause
