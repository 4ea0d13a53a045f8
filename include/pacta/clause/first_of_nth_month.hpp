// pacta/clause/first_of_nth_month.hpp — the delay "on the first day of the Nth month after the month
// in which" (rule P8: Mine Ban Convention art. 17(1) and Convention on Cluster Munitions art. 17(1),
// the sixth month). The day of the month does not matter: a deposit on 1 or on 31 March gives
// 1 September.
//
// Example (the Convention on Cluster Munitions: its thirtieth instrument deposited in February 2010,
// in force on 1 August 2010): apply(first_of_nth_month{6}, 2010_y / 2 / 16) == 2010_y / 8 / 1, as for
// any day of February.
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/detail/prose.hpp>

#include <optional>
#include <string>

namespace pacta::clause {

struct first_of_nth_month {
  int n = 0;  ///< 1: the first day of the next month

  date_t apply(date_t from, leap_day_rule) const noexcept { return add_period(from, period::first_of_nth_month(n)); }
  std::string describe() const {
    return "on the first day of the " + pacta::detail::ordinal(static_cast<std::size_t>(n)) +
           " month after the month of";
  }
  friend bool operator==(const first_of_nth_month& a, const first_of_nth_month& b) noexcept { return a.n == b.n; }

  // Profile syntax: {"first_of_nth_month": 6}.
  static constexpr const char* key = "first_of_nth_month";
  template <class In>
  static std::optional<first_of_nth_month> read(In& in) {
    if (auto v = in.whole(1, 120, "a number of months")) return first_of_nth_month{static_cast<int>(*v)};
    return std::nullopt;
  }
  template <class Out>
  void write(Out& out) const {
    out.number(static_cast<std::size_t>(n));
  }
};

}  // namespace pacta::clause
