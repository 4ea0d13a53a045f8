// pacta/calendar.hpp — calendar dates and the depositary's period arithmetic.
//
// Treaty clauses count time in periods: "three months after the date of deposit" (OPSC art. 14),
// "one year after the date of receipt" (art. 15), "on the thirtieth day after" (CRC art. 49). The UN
// Secretary-General as depositary reads them by fixed rules (docs/rules.md, rules P1–P6, with their
// sources in the depositary's practice), and this header implements those rules once, in
// `pacta::add_period`. Every date the library computes goes through it.
//
// CASE STUDY: one month after 31 January 2005.
//   Benin deposited its instrument of ratification of the OPSC on 31 January 2005. Article 14(2)
//   says the Protocol enters into force for it "one month after the date of the deposit". There is no
//   31 February. `date::year_month_day{2005_y/1/31} + date::months{1}` yields 2005-02-31, which is
//   not `ok()`; converting that to `sys_days` silently gives 3 March. The depositary recorded
//   28 February 2005: the same day-number when it exists, otherwise the last day of the target
//   month (rule P2). There is no "sticky" end of month either: one month after 30 June is 30 July,
//   not 31 July (rule P3).
//
// Example:
//   using namespace date::literals;
//   auto in_force = pacta::add_period(2005_y / 1 / 31, pacta::period::months(1));
//   // in_force == 2005_y / 2 / 28
//
// CONSTEXPR. The arithmetic is `constexpr`: `period` and its factories, `add_months`, both
// `add_period`s, `first_date`, `last_date` and `in_range`, so a period can be computed at compile
// time (`static_assert(add_period(2005_y / 1 / 31, period::months(1)) == 2005_y / 2 / 28)`;
// tests/calendar_test.cpp checks the worked examples of rules P1–P6 that way). Howard Hinnant's date
// library (3.0.1, Debian 12) allows it: from C++14 on (its CONSTCD14) every operation used here is
// constexpr — `year_month + months`, `year_month_day_last::day()`, the conversions between
// `year_month_day` and `sys_days`, `sys_days + days`, the comparisons and `ok()`. Not constexpr:
// `to_iso`, `to_prose` and `to_string` build a `std::string`, which C++17 cannot do at compile time
// (the date library is not the limit there); `parse_date` and `parse_period` are not arithmetic and
// are left as they were.
#pragma once

#include <pacta/detail/enum_table.hpp>

#include <date/date.h>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace pacta {

/// A calendar date (proleptic Gregorian). Only valid dates (`ok()`) are ever produced by pacta.
using date_t = date::year_month_day;

/// The unit of a treaty period.
enum class period_unit { days, months, years };

/// Each unit as a profile writes it: one ("1 month", the key) and more ("3 months", the words).
inline constexpr detail::enum_row<period_unit> period_units[] = {
    {period_unit::days, "day", "days"},
    {period_unit::months, "month", "months"},
    {period_unit::years, "year", "years"},
};
static_assert(detail::in_enum_order(period_units, period_unit::years),
              "period_units: one row per unit, in the order of the enum");

/// A period counted in whole days, months or years, as a treaty clause states it; with
/// `month_start`, the clause's date is the first day of the month following the period's end
/// (rule P7: ICRMW art. 87, "on the first day of the month following a period of three months after
/// the date of the deposit").
struct period {
  int count = 0;
  period_unit unit = period_unit::days;
  bool month_start = false;
  /// Rule P8: "the first day of the `count`-th month after the month of" (Mine Ban Convention art.
  /// 17(2), Convention on Cluster Munitions art. 17(2): a later State's date). `unit` is months.
  bool nth_month = false;

  /// `n` plain calendar days after, the anchor not counted (rule P5).
  static constexpr period days(int n) noexcept { return {n, period_unit::days, false}; }
  /// `n` months after: the same day-number `n` months later (rule P1), or that month's last day where
  /// the day-number does not exist (P2: 31 January + 1 month = 28 or 29 February); no weekend
  /// adjustment (P4).
  static constexpr period months(int n) noexcept { return {n, period_unit::months, false}; }
  /// `n` years after: 12`n` months (rule P1); 29 February + 1 year per `leap_day_rule` (P6).
  static constexpr period years(int n) noexcept { return {n, period_unit::years, false}; }
  /// Rule P7: "the first day of the month following a period of `p` after".
  static constexpr period first_of_month_after(period p) noexcept { return {p.count, p.unit, true, false}; }
  /// Rule P8: "the first day of the `n`-th month after the month of" the anchor.
  static constexpr period first_of_nth_month(int n) noexcept { return {n, period_unit::months, false, true}; }

  friend constexpr bool operator==(period a, period b) noexcept {
    return a.count == b.count && a.unit == b.unit && a.month_start == b.month_start && a.nth_month == b.nth_month;
  }
  friend constexpr bool operator!=(period a, period b) noexcept { return !(a == b); }
};

/// Adds `k` calendar months to `anchor` by the depositary's rules: the same day-number `k` months
/// later (P1), or the last day of that month when the day-number does not exist there (P2), with no
/// "sticky" end of month (P3) and no weekend or holiday adjustment (P4). `k` may be negative.
/// Precondition: `anchor.ok()`. The result is always `ok()`.
///
/// Example: add_months(2005_y/1/31, 1) == 2005_y/2/28; add_months(2005_y/6/30, 1) == 2005_y/7/30.
constexpr date_t add_months(date_t anchor, int k) noexcept {
  const date::year_month target = date::year_month{anchor.year(), anchor.month()} + date::months{k};
  const date::day last = date::year_month_day_last{target.year(), date::month_day_last{target.month()}}.day();
  const date::day d = anchor.day() <= last ? anchor.day() : last;  // P2: clamp to the month's end
  return date::year_month_day{target.year(), target.month(), d};
}

/// The date a period ends, counted from `anchor` as the depositary counts it (rules P1–P6):
/// - days: `anchor` + n calendar days (P5: "the thirtieth day after" 3 Aug 1990 is 2 Sep 1990);
/// - months: `add_months(anchor, n)` (P1–P3);
/// - years: `add_months(anchor, 12 × n)`; from 29 February this gives 28 February in a common year
///   (P6, the documented default for a case with no recorded precedent);
/// - with `month_start` (rule P7), the first day of the month after the one in which that period
///   ends: 14 Mar 2003 + 3 months ends on 14 Jun 2003, so the date is 1 Jul 2003; a period ending on
///   the 1st still runs to the next month (1 Apr 2003 → 1 Jul 2003 → 1 Aug 2003), and one ending in
///   December gives 1 January.
/// The anchor day itself is not counted, and a period is always one step from the anchor, never a
/// chain of shorter steps. Precondition: `anchor.ok()`; the result is `ok()`.
///
/// Example: add_period(2001_y/10/18, period::months(3)) == 2002_y/1/18 (OPSC art. 14(1)).
constexpr date_t add_period(date_t anchor, period p) noexcept {
  if (p.nth_month) {  // P8: the day of the month does not matter
    const date::year_month ym = date::year_month{anchor.year(), anchor.month()} + date::months{p.count};
    return date::year_month_day{ym.year(), ym.month(), date::day{1}};
  }
  date_t end = anchor;
  switch (p.unit) {
    case period_unit::days:
      end = date::year_month_day{date::sys_days{anchor} + date::days{p.count}};
      break;
    case period_unit::months:
      end = add_months(anchor, p.count);
      break;
    case period_unit::years:
      end = add_months(anchor, 12 * p.count);
      break;
  }
  if (!p.month_start) return end;
  const date::year_month next = date::year_month{end.year(), end.month()} + date::months{1};
  return date::year_month_day{next.year(), next.month(), date::day{1}};  // P7
}

/// How a period counted in months or years from 29 February ends when it lands in February of a
/// common year (rule P6, *unsettled*: the depositary has no recorded case).
enum class leap_day_rule {
  /// 28 February, the last day of that February, by rule P2 (the default): 29 Feb 2028 + 1 year =
  /// 28 Feb 2029.
  last_of_february,
  /// 1 March, the day after: the reading that a year from 29 February runs out when February does.
  first_of_march,
};

/// `add_period` under a chosen reading of rule P6: the same date, except that from a 29 February
/// anchor a result clamped to 28 February becomes 1 March under `leap_day_rule::first_of_march`.
///
/// Example: add_period(2028_y/2/29, period::years(1), leap_day_rule::first_of_march) == 2029_y/3/1.
constexpr date_t add_period(date_t anchor, period p, leap_day_rule leap) noexcept {
  const date_t result = add_period(anchor, p);
  if (leap == leap_day_rule::first_of_march && p.unit != period_unit::days && !p.month_start &&
      anchor.month() == date::February && anchor.day() == date::day{29} && result.month() == date::February &&
      result.day() == date::day{28})
    return date::year_month_day{result.year(), date::March, date::day{1}};
  return result;
}

/// The first and last dates pacta handles: 1 January of the year 1 to 31 December 9999, the
/// four-digit years of ISO 8601 and of the depositary's records. A computed date outside them is
/// an error (`date.range`, naming the rule that would give it), never a year printed modulo 10000.
inline constexpr date_t first_date{date::year{1}, date::month{1}, date::day{1}};
inline constexpr date_t last_date{date::year{9999}, date::month{12}, date::day{31}};

/// Whether pacta can write `d` (see `first_date`, `last_date`).
inline constexpr bool in_range(date_t d) noexcept {
  return d >= first_date && d <= last_date;
}

/// Parses an ISO 8601 calendar date written exactly as `YYYY-MM-DD` (years 0001–9999). Returns
/// nothing for any other text or for a date that does not exist (`2001-02-30`).
inline std::optional<date_t> parse_date(std::string_view text) noexcept {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto digits = [&](std::size_t pos, std::size_t len, int& out) {
    out = 0;
    for (std::size_t i = pos; i < pos + len; ++i) {
      const char c = text[i];
      if (c < '0' || c > '9') return false;
      out = out * 10 + (c - '0');
    }
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d)) return std::nullopt;
  if (y < 1) return std::nullopt;
  const date_t result{date::year{y}, date::month{static_cast<unsigned>(m)}, date::day{static_cast<unsigned>(d)}};
  if (!result.ok()) return std::nullopt;
  return result;
}

/// `YYYY-MM-DD`.
inline std::string to_iso(date_t d) {
  if (!in_range(d)) {  // never wrapped: the whole year (ISO 8601 expanded form); pacta refuses such dates
    const int y = static_cast<int>(d.year());
    char out[32];
    std::snprintf(out, sizeof out, "%+05d-%02u-%02u", y, static_cast<unsigned>(d.month()),
                  static_cast<unsigned>(d.day()));
    return out;
  }
  char buf[16];
  const int y = static_cast<int>(d.year());
  const unsigned m = static_cast<unsigned>(d.month());
  const unsigned dd = static_cast<unsigned>(d.day());
  std::string out;
  out.reserve(10);
  buf[0] = static_cast<char>('0' + (y / 1000) % 10);
  buf[1] = static_cast<char>('0' + (y / 100) % 10);
  buf[2] = static_cast<char>('0' + (y / 10) % 10);
  buf[3] = static_cast<char>('0' + y % 10);
  buf[4] = '-';
  buf[5] = static_cast<char>('0' + m / 10);
  buf[6] = static_cast<char>('0' + m % 10);
  buf[7] = '-';
  buf[8] = static_cast<char>('0' + dd / 10);
  buf[9] = static_cast<char>('0' + dd % 10);
  out.assign(buf, 10);
  return out;
}

/// The date as the depositary writes it in prose: `18 January 2002`.
inline std::string to_prose(date_t d) {
  static constexpr const char* names[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
  return std::to_string(static_cast<unsigned>(d.day())) + " " + names[static_cast<unsigned>(d.month()) - 1] + " " +
         std::to_string(static_cast<int>(d.year()));
}

/// "st", "nd", "rd" or "th", as English writes the ordinal of `n` (1st, 12th, 22nd).
constexpr std::string_view ordinal_suffix(int n) noexcept {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
}

/// `3 months`, `1 year`, `30 days`; with rule P7, `first day of the month following 3 months`.
inline std::string to_string(period p) {
  if (p.nth_month)
    return "first day of the " + std::to_string(p.count) + std::string(ordinal_suffix(p.count)) +
           " month after the month of";
  std::string s = std::to_string(p.count) + " " +
                  (p.count == 1 ? detail::key_of(period_units, p.unit) : detail::words_of(period_units, p.unit));
  return p.month_start ? "first day of the month following " + s : s;
}

/// Parses a period written as in a treaty profile: a positive whole number, one space, and a unit
/// (`day`, `days`, `month`, `months`, `year`, `years`): `"3 months"`, `"1 year"`, `"30 days"`.
/// Counts from 1 to 1200 are accepted; anything else gives nothing. Rule P7 is written
/// `"first day of the month following 3 months"`, rule P8 `"first day of the 6th month after the month of"`.
inline std::optional<period> parse_period(std::string_view text) noexcept {
  constexpr std::string_view p8 = "first day of the ", p8_end = " month after the month of";
  if (text.size() > p8.size() + p8_end.size() && text.substr(0, p8.size()) == p8 &&
      text.substr(text.size() - p8_end.size()) == p8_end) {  // "first day of the 6th month after the month of"
    const std::string_view nth = text.substr(p8.size(), text.size() - p8.size() - p8_end.size());
    int n = 0;
    std::size_t i = 0;
    for (; i < nth.size() && i < 3 && nth[i] >= '0' && nth[i] <= '9'; ++i) n = n * 10 + (nth[i] - '0');
    if (i == 0 || nth[0] == '0' || n > 120 || nth.substr(i) != ordinal_suffix(n)) return std::nullopt;
    return period::first_of_nth_month(n);
  }
  constexpr std::string_view p7 = "first day of the month following ";
  if (text.substr(0, p7.size()) == p7) {
    auto inner = parse_period(text.substr(p7.size()));
    if (!inner || inner->month_start) return std::nullopt;
    return period::first_of_month_after(*inner);
  }
  const auto space = text.find(' ');
  if (space == std::string_view::npos || space == 0 || space > 4) return std::nullopt;
  int n = 0;
  for (std::size_t i = 0; i < space; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  if (text[0] == '0' || n < 1 || n > 1200) return std::nullopt;
  const std::string_view unit = text.substr(space + 1);
  for (const auto& u : period_units)
    if (unit == u.key || unit == u.words) return period{n, u.value, false};
  return std::nullopt;
}

/// The same, and "0 days" (or "0 day") where a clause may say "on the same day" (`after`: ENMOD art.
/// IX(3); a later State's delay: ENMOD art. IX(4)).
inline std::optional<period> parse_period_or_zero(std::string_view text) noexcept {
  if (text == "0 days" || text == "0 day") return period::days(0);
  return parse_period(text);
}

}  // namespace pacta
