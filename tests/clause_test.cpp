// The clause vocabulary (pacta/clause/): each condition, delay and dated term on synthetic
// timelines, and the combinations (a weighted share and a count together; the later of a count and
// a fixed date). Named after the rules: E1 (count), P7/P8 and zero delays, E7 (later of), and the
// shapes of the treaties beyond human rights (docs/rules.md).
#include <catch2/catch.hpp>
#include <pacta/clause/date_term.hpp>

#include <string>
#include <vector>

using namespace date::literals;
namespace clause = pacta::clause;
using pacta::period;

namespace {

// Names that outlive the timelines (items point into them).
const std::vector<std::string> names = {"A", "B", "C", "D", "E", "F", "G", "H"};

clause::timeline deposits(const std::vector<pacta::date_t>& days) {
  clause::timeline t;
  for (std::size_t i = 0; i < days.size(); ++i) t.counted.push_back({names[i], days[i], std::nullopt});
  return t;
}

}  // namespace

TEST_CASE("E1 art. 14(1) clause: count is met on the day of the Nth item, whatever the order given", "[clause][E1]") {
  const auto t = deposits({2001_y / 3 / 1, 2000_y / 1 / 5, 2001_y / 3 / 1, 2000_y / 6 / 1});
  const auto m = clause::first_met(clause::count{3}, t, {});
  REQUIRE(m);
  CHECK(m->day == 2001_y / 3 / 1);
  CHECK(m->counted_before == 2);
  CHECK(m->completing == std::vector<std::size_t>{0, 2});  // both of that day, in the order given
  CHECK_FALSE(clause::first_met(clause::count{5}, t, {}));
  CHECK_FALSE(clause::first_met(clause::count{0}, t, {}));  // a count of nothing is never a clause
}

TEST_CASE("E1 art. 14(1) clause: an item counts at its start for good, unless it says until when", "[clause][E1]") {
  clause::timeline t = deposits({2000_y / 1 / 1, 2000_y / 2 / 1});
  t.counted[0].until = 2000_y / 1 / 15;  // left before the second came
  CHECK_FALSE(clause::first_met(clause::count{2}, t, {}));
  t.counted[0].until.reset();
  CHECK(clause::first_met(clause::count{2}, t, {})->day == 2000_y / 2 / 1);
}

TEST_CASE("P1 and zero delay: 3 months after, and on the same day (upon the deposit)", "[clause][P1]") {
  CHECK(clause::apply(clause::after{period::months(3)}, 2001_y / 10 / 18) == 2002_y / 1 / 18);
  CHECK(clause::apply(clause::after{period::days(0)}, 1978_y / 10 / 5) == 1978_y / 10 / 5);
  CHECK(clause::describe(clause::delay{clause::after{period::days(0)}}) == "on the same day");
}

TEST_CASE("P7 ICRMW art. 87(1) clause: the first day of the month following a period", "[clause][P7]") {
  // ICRMW art. 87(1): Guatemala's twentieth instrument, 14 March 2003 → 1 July 2003.
  CHECK(clause::apply(clause::first_of_month_after{period::months(3)}, 2003_y / 3 / 14) == 2003_y / 7 / 1);
  CHECK(clause::from_period(period::first_of_month_after(period::months(3))) ==
        clause::delay{clause::first_of_month_after{period::months(3)}});
  CHECK(clause::from_period(period::months(3)) == clause::delay{clause::after{period::months(3)}});
}

TEST_CASE("P8 CCM art. 17(1) clause: the first day of the Nth month after the month of, whatever the day",
          "[clause][P8]") {
  // CCM art. 17(1): the thirtieth instrument in February 2010, in force on 1 August 2010.
  for (auto d : {2010_y / 2 / 1, 2010_y / 2 / 16, 2010_y / 2 / 28})
    CHECK(clause::apply(clause::first_of_nth_month{6}, d) == 2010_y / 8 / 1);
  CHECK(clause::apply(clause::first_of_nth_month{6}, 1998_y / 9 / 30) == 1999_y / 3 / 1);  // across a year
  CHECK(clause::apply(clause::first_of_nth_month{1}, 2000_y / 12 / 31) == 2001_y / 1 / 1);
}

TEST_CASE("E1 weighted Paris art. 21(1) clause: a share of a table's total, exactly, and a count with it (Paris-like)",
          "[clause][E1][weighted]") {
  clause::context ctx;
  clause::weight_table& w = ctx.tables["emissions"];
  w.total = 10000;                                                       // hundredths of a percent: 100.00 %
  w.of = {{"A", 2000}, {"B", 1500}, {"C", 1980}, {"D", 10}, {"E", 10}};  // F weighs nothing
  const auto t =
      deposits({2016_y / 9 / 3, 2016_y / 9 / 3, 2016_y / 10 / 5, 2016_y / 1 / 1, 2016_y / 1 / 2, 2016_y / 1 / 3});
  const clause::weighted share{"emissions", {55, 100}};
  // 55.00 % exactly is reached when C comes, on 5 October 2016 (20 + 15 + 19.8 + 0.1 + 0.1).
  CHECK(clause::first_met(share, t, ctx)->day == 2016_y / 10 / 5);
  // Six items are needed too: also met on 5 October (all six have come by then).
  const clause::condition both = clause::all_of{{clause::count{6}, share}};
  CHECK(clause::first_met(both, t, ctx)->day == 2016_y / 10 / 5);
  // Seven are never deposited: never met.
  CHECK_FALSE(clause::first_met(clause::all_of{{clause::count{7}, share}}, t, ctx));
  // Just below the share: 54.99 % is not 55 %.
  w.of["C"] = 1979;
  CHECK_FALSE(clause::first_met(share, t, ctx));
  // Without the table, the share is never taken as reached.
  CHECK_FALSE(clause::first_met(clause::weighted{"consumption", {2, 3}}, t, ctx));
}

TEST_CASE("E1 named CTBT art. XIV(1) clause: all the States named, or a quota of them with a sub-quota",
          "[clause][E1][named]") {
  const auto t = deposits({1996_y / 1 / 1, 1997_y / 1 / 1, 1998_y / 1 / 1, 1999_y / 1 / 1});
  const clause::named all{{"A", "C", "D"}, 0, "Annex 2"};
  CHECK(clause::first_met(all, t, {})->day == 1999_y / 1 / 1);
  const clause::named quota{{"A", "B", "C", "D", "E"}, 2, ""};
  CHECK(clause::first_met(quota, t, {})->day == 1997_y / 1 / 1);
  const clause::condition with_sub = clause::all_of{{clause::count{3}, quota, clause::named{{"C", "D"}, 1, ""}}};
  CHECK(clause::first_met(with_sub, t, {})->day == 1998_y / 1 / 1);
  CHECK(clause::named{{"A", "E"}, 0, ""}.missing(clause::first_met(clause::count{4}, t, {})->on_day).empty() ==
        false);  // E never came
  CHECK_FALSE(clause::first_met(clause::named{{"A", "E"}, 0, ""}, t, {}));
}

TEST_CASE("A3 art. 16(2) clause: a share of the parties on the day, as parties join and leave", "[clause][A3]") {
  clause::timeline t;
  // Three parties from 2000; a fourth joins in 2005; one leaves in 2006.
  t.parties = {{"A", 2000_y / 1 / 1, std::nullopt},
               {"B", 2000_y / 1 / 1, 2006_y / 1 / 1},
               {"C", 2000_y / 1 / 1, std::nullopt},
               {"D", 2005_y / 1 / 1, std::nullopt}};
  // Acceptances: A in 2004 (1 of 3), C in 2005 on the day D joins (2 of 4), then B leaves (2 of 3).
  t.counted = {{"A", 2004_y / 1 / 1, std::nullopt}, {"C", 2005_y / 1 / 1, std::nullopt}};
  const auto m = clause::first_met(clause::share_of_parties{{2, 3}}, t, {});
  REQUIRE(m);
  CHECK(m->day == 2006_y / 1 / 1);
  CHECK(m->on_day.parties == 3);
  CHECK(m->on_day.counted == 2);
}

TEST_CASE("E7 ICCPR-OP1 art. 9(1) clause: the later of a count and another treaty's entry into force", "[clause][E7]") {
  const auto t = deposits({1975_y / 1 / 1, 1975_y / 6 / 1});
  const clause::date_term own = clause::when_met{clause::count{2}, clause::after{period::months(3)}};
  clause::term_context ctx;
  ctx.in_force["iccpr"] = 1976_y / 3 / 23;
  const clause::date_term both = clause::later_of{{own, clause::in_force_of{"iccpr"}}};
  const auto r = clause::resolve(both, t, ctx);
  CHECK(r.date == 1976_y / 3 / 23);
  CHECK(std::holds_alternative<clause::in_force_of>(r.decided_by->term));
  ctx.in_force["iccpr"] = 1975_y / 1 / 1;  // earlier: the treaty's own date decides
  CHECK(clause::resolve(both, t, ctx).date == 1975_y / 9 / 1);
  ctx.in_force.erase("iccpr");  // not known: no date, and it says so
  CHECK_FALSE(clause::resolve(both, t, ctx).known);
  ctx.in_force["iccpr"] = std::nullopt;  // known, not in force: no date
  const auto none = clause::resolve(both, t, ctx);
  CHECK(none.known);
  CHECK_FALSE(none.date);
}

TEST_CASE("E1 fixed date Montreal art. 16(1): provided on the date when met by then, else the delay after it is met",
          "[clause][E1][fixed]") {
  // Montreal Protocol art. 16(1): 1 January 1989 provided …; else the ninetieth day after.
  const clause::date_term term =
      clause::on_date_provided{1989_y / 1 / 1, {clause::count{2}, clause::after{period::days(90)}}};
  CHECK(clause::resolve(term, deposits({1988_y / 1 / 1, 1988_y / 12 / 16}), {}).date == 1989_y / 1 / 1);
  CHECK(clause::resolve(term, deposits({1988_y / 1 / 1, 1989_y / 1 / 1}), {}).date == 1989_y / 1 / 1);
  CHECK(clause::resolve(term, deposits({1988_y / 1 / 1, 1989_y / 1 / 2}), {}).date == 1989_y / 4 / 2);
  CHECK_FALSE(clause::resolve(term, deposits({1988_y / 1 / 1}), {}).date);
}

TEST_CASE("E1 not earlier than, CTBT art. XIV(1): the later of a count and N after opening for signature",
          "[clause][E1][opened]") {
  // CTBT art. XIV(1)-like: in no case earlier than two years after opening for signature.
  const clause::date_term term = clause::later_of{{clause::when_met{clause::count{2}, clause::after{period::days(180)}},
                                                   clause::opened_plus{clause::after{period::years(2)}}}};
  clause::term_context ctx;
  ctx.opened = 1996_y / 9 / 24;
  CHECK(clause::resolve(term, deposits({1996_y / 10 / 1, 1996_y / 11 / 1}), ctx).date == 1998_y / 9 / 24);
  CHECK(clause::resolve(term, deposits({1996_y / 10 / 1, 1999_y / 1 / 1}), ctx).date == 1999_y / 6 / 30);
  ctx.opened.reset();
  CHECK_FALSE(clause::resolve(term, deposits({1996_y / 10 / 1, 1999_y / 1 / 1}), ctx).known);
}

TEST_CASE("clause values compare by value", "[clause]") {
  const clause::condition a = clause::all_of{{clause::count{55}, clause::weighted{"emissions", {55, 100}}}};
  const clause::condition b = clause::all_of{{clause::count{55}, clause::weighted{"emissions", {55, 100}}}};
  const clause::condition c = clause::all_of{{clause::count{55}, clause::weighted{"emissions", {2, 3}}}};
  CHECK(a == b);
  CHECK(a != c);
  CHECK(clause::describe(a, "instruments") ==
        "55 instruments, accounting for at least 55 % of the table \"emissions\"");
}
