// Tests for pacta/calendar.hpp: the depositary's period arithmetic (rules P1–P6) and date parsing.
#include <pacta/calendar.hpp>

#include <catch2/catch.hpp>

#include <cstdint>

using namespace date::literals;
using pacta::add_period;
using pacta::period;

TEST_CASE("P1 art. 14(1): three months after the tenth instrument, 18 Oct 2001 -> 18 Jan 2002", "[calendar][P1]") {
  CHECK(add_period(2001_y / 10 / 18, period::months(3)) == 2002_y / 1 / 18);
}

TEST_CASE("P1 art. 14(2): United States deposit 23 Dec 2002 -> 23 Jan 2003", "[calendar][P1]") {
  CHECK(add_period(2002_y / 12 / 23, period::months(1)) == 2003_y / 1 / 23);
}

TEST_CASE("P1: k months is one step from the anchor, never k steps of one month", "[calendar][P1]") {
  // 31 Jan + 1 month = 28 Feb; + 1 month again would be 28 Mar. One step of 2 months gives 31 Mar.
  CHECK(add_period(2005_y / 1 / 31, period::months(2)) == 2005_y / 3 / 31);
  CHECK(add_period(add_period(2005_y / 1 / 31, period::months(1)), period::months(1)) == 2005_y / 3 / 28);
}

TEST_CASE("P2 art. 14(2): Benin deposit 31 Jan 2005 -> 28 Feb 2005 (clamp to the month's end)", "[calendar][P2]") {
  CHECK(add_period(2005_y / 1 / 31, period::months(1)) == 2005_y / 2 / 28);
  CHECK(add_period(2004_y / 1 / 31, period::months(1)) == 2004_y / 2 / 29);
  CHECK(add_period(2005_y / 3 / 31, period::months(1)) == 2005_y / 4 / 30);
}

TEST_CASE("P3 art. 14(2): Armenia deposit 30 Jun 2005 -> 30 Jul 2005 (no sticky end of month)", "[calendar][P3]") {
  CHECK(add_period(2005_y / 6 / 30, period::months(1)) == 2005_y / 7 / 30);
  CHECK(add_period(2005_y / 2 / 28, period::months(1)) == 2005_y / 3 / 28);
}

TEST_CASE("P4: no weekend roll, DR Congo deposited on Sunday 11 Nov 2001", "[calendar][P4]") {
  CHECK(date::weekday{date::sys_days{2001_y / 11 / 11}} == date::Sunday);
  // One month after Saturday 1 Dec 2001 is Tuesday 1 Jan 2002: no adjustment either way.
  CHECK(add_period(2001_y / 12 / 1, period::months(1)) == 2002_y / 1 / 1);
  CHECK(add_period(2001_y / 11 / 11, period::months(1)) == 2001_y / 12 / 11);
}

TEST_CASE("P5 CRC art. 49(1): the thirtieth day after 3 Aug 1990 is 2 Sep 1990", "[calendar][P5]") {
  CHECK(add_period(1990_y / 8 / 3, period::days(30)) == 1990_y / 9 / 2);
  CHECK(add_period(2000_y / 2 / 28, period::days(1)) == 2000_y / 2 / 29);
  CHECK(add_period(1900_y / 2 / 28, period::days(1)) == 1900_y / 3 / 1);
}

TEST_CASE("P6 art. 15(1): one year after 29 Feb 2028 is 28 Feb 2029", "[calendar][P6]") {
  CHECK(add_period(2028_y / 2 / 29, period::years(1)) == 2029_y / 2 / 28);
  CHECK(add_period(2028_y / 2 / 29, period::years(4)) == 2032_y / 2 / 29);
  CHECK(add_period(2028_y / 2 / 29, period::months(12)) == 2029_y / 2 / 28);
}

TEST_CASE(
    "P8 Mine Ban Convention art. 17(2) as a period: the first day of the sixth month after the month of the deposit",
    "[calendar][P8]") {
  const period p = period::first_of_nth_month(6);
  CHECK(add_period(2010_y / 2 / 16, p) == 2010_y / 8 / 1);  // any day of February gives 1 August
  CHECK(add_period(2010_y / 2 / 1, p) == 2010_y / 8 / 1);
  CHECK(add_period(2010_y / 2 / 28, p) == 2010_y / 8 / 1);
  CHECK(add_period(1998_y / 9 / 16, p) == 1999_y / 3 / 1);  // September -> March of the next year
  CHECK(add_period(2028_y / 2 / 29, p, pacta::leap_day_rule::first_of_march) == 2028_y / 8 / 1);
  CHECK(to_string(p) == "first day of the 6th month after the month of");
  CHECK(pacta::parse_period("first day of the 6th month after the month of") == p);
  CHECK(pacta::parse_period("first day of the 1st month after the month of") == period::first_of_nth_month(1));
  CHECK(pacta::parse_period("first day of the 12th month after the month of") == period::first_of_nth_month(12));
  CHECK(pacta::parse_period("first day of the 22nd month after the month of") == period::first_of_nth_month(22));
  CHECK_FALSE(pacta::parse_period("first day of the 6rd month after the month of"));
  CHECK_FALSE(pacta::parse_period("first day of the 0th month after the month of"));
  CHECK_FALSE(pacta::parse_period("first day of the 06th month after the month of"));
  CHECK_FALSE(pacta::parse_period("first day of the 121st month after the month of"));
  CHECK_FALSE(pacta::parse_period("first day of the th month after the month of"));
  CHECK(p != period::first_of_month_after(period::months(5)));  // the same dates, said as the text says them
}

TEST_CASE("P7 ICRMW art. 87(1): the first day of the month following three months after 14 Mar 2003 is 1 Jul 2003",
          "[calendar][P7]") {
  const period p = period::first_of_month_after(period::months(3));
  CHECK(add_period(2003_y / 3 / 14, p) == 2003_y / 7 / 1);
  CHECK(add_period(2003_y / 4 / 1, p) == 2003_y / 8 / 1);                    // a deposit on the 1st
  CHECK(add_period(2003_y / 9 / 14, p) == 2004_y / 1 / 1);                   // December -> next year
  CHECK(add_period(2003_y / 11 / 30, p) == 2004_y / 3 / 1);                  // 30 Nov -> 29 Feb 2004 (P2) -> 1 Mar
  CHECK(add_period(2003_y / 3 / 14, period::months(3)) == 2003_y / 6 / 14);  // without P7
  CHECK(to_string(p) == "first day of the month following 3 months");
  CHECK(pacta::parse_period("first day of the month following 3 months") == p);
  CHECK(pacta::parse_period("first day of the month following 12 months") ==
        period::first_of_month_after(period::months(12)));
  CHECK_FALSE(pacta::parse_period("first day of the month following "));
  CHECK_FALSE(pacta::parse_period("first day of the month following first day of the month following 3 months"));
  // The leap-day option never moves a P7 date: it is always the 1st.
  CHECK(add_period(2028_y / 2 / 29, period::first_of_month_after(period::years(1)),
                   pacta::leap_day_rule::first_of_march) == 2029_y / 3 / 1);
  CHECK(add_period(2028_y / 1 / 31, period::first_of_month_after(period::months(1)),
                   pacta::leap_day_rule::first_of_march) == 2028_y / 3 / 1);
}

TEST_CASE("D1 example: three-month clause, Trinidad and Tobago 26 May 1998 -> 26 Aug 1998", "[calendar][D1]") {
  CHECK(add_period(1998_y / 5 / 26, period::months(3)) == 1998_y / 8 / 26);
  CHECK(add_period(1999_y / 1 / 5, period::months(3)) == 1999_y / 4 / 5);
}

// The worked examples of rules P1–P6 (docs/rules.md and include/pacta/calendar.hpp), checked at
// compile time: the period arithmetic is constexpr. A failure here stops the build, not a test run.

// P1 (OPSC art. 14(1)): three months after the tenth instrument, 18 Oct 2001 -> 18 Jan 2002.
static_assert(add_period(2001_y / 10 / 18, period::months(3)) == 2002_y / 1 / 18);
// P1 (OPSC art. 14(2)): United States deposit 23 Dec 2002 + 1 month -> 23 Jan 2003.
static_assert(add_period(2002_y / 12 / 23, period::months(1)) == 2003_y / 1 / 23);
// P1: one step from the anchor, never a chain: 31 Jan 2005 + 2 months is 31 Mar 2005, not 28 Mar.
static_assert(add_period(2005_y / 1 / 31, period::months(2)) == 2005_y / 3 / 31);
static_assert(add_period(add_period(2005_y / 1 / 31, period::months(1)), period::months(1)) == 2005_y / 3 / 28);
// P2 (OPSC art. 14(2), Benin): 31 Jan 2005 + 1 month -> 28 Feb 2005, the last day of February.
static_assert(add_period(2005_y / 1 / 31, period::months(1)) == 2005_y / 2 / 28);
static_assert(pacta::add_months(2005_y / 1 / 31, 1) == 2005_y / 2 / 28);
// P2 in a leap year: 31 Jan 2004 + 1 month -> 29 Feb 2004.
static_assert(add_period(2004_y / 1 / 31, period::months(1)) == 2004_y / 2 / 29);
// P3 (OPSC art. 14(2), Armenia): 30 Jun 2005 + 1 month -> 30 Jul 2005, no sticky end of month.
static_assert(add_period(2005_y / 6 / 30, period::months(1)) == 2005_y / 7 / 30);
static_assert(pacta::add_months(2005_y / 6 / 30, 1) == 2005_y / 7 / 30);
// P4: no weekend or holiday adjustment: DR Congo deposited on Sunday 11 Nov 2001, and a month
// later is 11 Dec 2001, neither anchor nor result moved.
static_assert(date::weekday{date::sys_days{2001_y / 11 / 11}} == date::Sunday);
static_assert(add_period(2001_y / 11 / 11, period::months(1)) == 2001_y / 12 / 11);
// P5 (CRC art. 49(1)): day periods are plain calendar days: the thirtieth day after 3 Aug 1990 is
// 2 Sep 1990.
static_assert(add_period(1990_y / 8 / 3, period::days(30)) == 1990_y / 9 / 2);
// P6 (default, leap_day_rule::last_of_february; OPSC art. 15(1)): 29 Feb 2028 + 1 year -> 28 Feb 2029.
static_assert(add_period(2028_y / 2 / 29, period::years(1)) == 2029_y / 2 / 28);
static_assert(add_period(2028_y / 2 / 29, period::years(1), pacta::leap_day_rule::last_of_february) == 2029_y / 2 / 28);
// P6 with the option leap_day_rule::first_of_march: 29 Feb 2028 + 1 year -> 1 Mar 2029.
static_assert(add_period(2028_y / 2 / 29, period::years(1), pacta::leap_day_rule::first_of_march) == 2029_y / 3 / 1);
// P6: the option changes only a result clamped from 29 February: 29 Feb 2028 + 4 years -> 29 Feb 2032.
static_assert(add_period(2028_y / 2 / 29, period::years(4), pacta::leap_day_rule::first_of_march) == 2032_y / 2 / 29);
// P7 (ICRMW art. 87(1)): "the first day of the month following a period of three months after the
// date of the deposit": Guatemala's twentieth instrument, 14 Mar 2003 -> 1 Jul 2003.
static_assert(add_period(2003_y / 3 / 14, period::first_of_month_after(period::months(3))) == 2003_y / 7 / 1);
// P7: a period ending on the 1st still runs on to the next month: 1 Apr 2003 -> 1 Jul 2003 -> 1 Aug 2003.
static_assert(add_period(2003_y / 4 / 1, period::first_of_month_after(period::months(3))) == 2003_y / 8 / 1);
// P7: a period ending in December gives 1 January: 14 Sep 2003 -> 14 Dec 2003 -> 1 Jan 2004.
static_assert(add_period(2003_y / 9 / 14, period::first_of_month_after(period::months(3))) == 2004_y / 1 / 1);
// P7 (ICRMW art. 89(2)): twelve months after receipt, 15 Mar 2010 -> 15 Mar 2011 -> 1 Apr 2011.
static_assert(add_period(2010_y / 3 / 15, period::first_of_month_after(period::months(12))) == 2011_y / 4 / 1);
// The range pacta writes (date.range beyond it): 1 Jan 0001 to 31 Dec 9999.
static_assert(pacta::in_range(pacta::first_date) && pacta::in_range(pacta::last_date));
static_assert(!pacta::in_range(add_period(pacta::last_date, period::days(1))));

namespace {

// An independent formulation of P1–P3, written without the date library: days since 1 Jan of
// year 0 counted by hand, months as year*12 + month, the month's length from a table and the
// Gregorian leap rule.
struct civil {
  std::int64_t y;
  int m;  // 1..12
  int d;  // 1..31
};

bool leap(std::int64_t y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int month_length(std::int64_t y, int m) {
  static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : len[m - 1];
}

civil next_day(civil c) {
  if (c.d < month_length(c.y, c.m)) return {c.y, c.m, c.d + 1};
  if (c.m < 12) return {c.y, c.m + 1, 1};
  return {c.y + 1, 1, 1};
}

civil plus_months(civil c, int k) {
  std::int64_t index = c.y * 12 + (c.m - 1) + k;
  std::int64_t y = index >= 0 ? index / 12 : -((-index + 11) / 12);
  int m = static_cast<int>(index - y * 12) + 1;
  int d = c.d;
  const int len = month_length(y, m);
  if (d > len) d = len;
  return {y, m, d};
}

pacta::date_t to_ymd(civil c) {
  return date::year{static_cast<int>(c.y)} / date::month{static_cast<unsigned>(c.m)} /
         date::day{static_cast<unsigned>(c.d)};
}

}  // namespace

TEST_CASE("P1-P3 exhaustive: every anchor of a 400-year cycle x 1..60 months and 1..10 years",
          "[calendar][P1][P2][P3][exhaustive]") {
  civil c{2000, 1, 1};
  std::int64_t checked = 0, mismatches = 0;
  for (int day = 0; day < 146097; ++day, c = next_day(c)) {
    const pacta::date_t anchor = to_ymd(c);
    for (int k = 1; k <= 60; ++k) {
      const pacta::date_t got = add_period(anchor, period::months(k));
      if (got != to_ymd(plus_months(c, k)) || !got.ok()) ++mismatches;
      ++checked;
    }
    for (int k = 1; k <= 10; ++k) {
      const pacta::date_t got = add_period(anchor, period::years(k));
      if (got != to_ymd(plus_months(c, 12 * k)) || !got.ok()) ++mismatches;
      ++checked;
    }
  }
  CHECK(c.y == 2400);  // the walk covered exactly one cycle
  CHECK(c.m == 1);
  CHECK(c.d == 1);
  CHECK(checked == 146097LL * 70);
  CHECK(mismatches == 0);
}

TEST_CASE("P5 exhaustive: day periods are plain calendar days over a 400-year cycle", "[calendar][P5][exhaustive]") {
  civil c{2000, 1, 1};
  std::int64_t mismatches = 0;
  for (int day = 0; day < 146097; ++day) {
    civil expected = c;
    for (int k = 1; k <= 31; ++k) {
      expected = next_day(expected);
      if (add_period(to_ymd(c), period::days(k)) != to_ymd(expected)) ++mismatches;
    }
    c = next_day(c);
  }
  CHECK(mismatches == 0);
}

TEST_CASE("dates: ISO 8601 YYYY-MM-DD only, and only days that exist", "[calendar][parse]") {
  CHECK(pacta::parse_date("2002-01-18") == 2002_y / 1 / 18);
  CHECK(pacta::parse_date("2000-02-29") == 2000_y / 2 / 29);
  CHECK_FALSE(pacta::parse_date("2001-02-30"));
  CHECK_FALSE(pacta::parse_date("1900-02-29"));
  CHECK_FALSE(pacta::parse_date("2001-13-01"));
  CHECK_FALSE(pacta::parse_date("2001-00-10"));
  CHECK_FALSE(pacta::parse_date("2001-1-18"));
  CHECK_FALSE(pacta::parse_date("18/01/2002"));
  CHECK_FALSE(pacta::parse_date("0000-01-01"));
  CHECK_FALSE(pacta::parse_date("99999-01-01"));
  CHECK_FALSE(pacta::parse_date("2002-01-18T00:00"));
  CHECK_FALSE(pacta::parse_date(""));
  CHECK_FALSE(pacta::parse_date("2002-0a-18"));
  CHECK(pacta::to_iso(2002_y / 1 / 18) == "2002-01-18");
  CHECK(pacta::to_iso(33_y / 3 / 3) == "0033-03-03");
  CHECK(pacta::to_prose(2002_y / 1 / 18) == "18 January 2002");
}

TEST_CASE("periods: written as in a treaty profile", "[calendar][parse]") {
  CHECK(pacta::parse_period("3 months") == period::months(3));
  CHECK(pacta::parse_period("1 month") == period::months(1));
  CHECK(pacta::parse_period("1 year") == period::years(1));
  CHECK(pacta::parse_period("30 days") == period::days(30));
  CHECK_FALSE(pacta::parse_period("0 months"));
  CHECK_FALSE(pacta::parse_period("-1 months"));
  CHECK_FALSE(pacta::parse_period("03 months"));
  CHECK_FALSE(pacta::parse_period("3months"));
  CHECK_FALSE(pacta::parse_period("3 weeks"));
  CHECK_FALSE(pacta::parse_period("1201 months"));
  CHECK_FALSE(pacta::parse_period(""));
  CHECK(pacta::to_string(period::months(3)) == "3 months");
  CHECK(pacta::to_string(period::years(1)) == "1 year");
}
