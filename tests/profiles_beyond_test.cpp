// The bundled profiles of treaties whose registries are not bundled (the Mine Ban Convention, the
// Convention on Cluster Munitions, the CCW's amended Protocol II, Protocol V and amended article 1):
// each profile, read from data/treaties, over a synthetic registry whose dates are the worked dates
// of the reference texts, gives the dates the depositary and the States record.
#include "support.hpp"

#include <pacta/pacta.hpp>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace date::literals;

namespace profiles_beyond {

/// The bundled profile of `id`, open to any State (the CCW instruments' eligibility, the parties of
/// the Convention, is not what these tests are about).
pacta::treaty_rules bundled(const std::string& id) {
  pacta::treaty_rules r = pacta::load_treaty_profile(test::source_path("data/treaties/" + id + ".json"));
  r.signature = pacta::eligibility{};
  r.consent = pacta::eligibility{};
  return r;
}

/// `n` instruments of `kind` by "State 1" … "State n", the last deposited on `last` and the others a
/// day apart before it, then `more`.
std::vector<nlohmann::json> instruments(int n, pacta::date_t last, const std::string& kind,
                                        std::vector<nlohmann::json> more = {}) {
  std::vector<nlohmann::json> out;
  for (int i = 1; i <= n; ++i)
    out.push_back(test::act("State " + std::to_string(i), kind,
                            pacta::to_iso(date::year_month_day{date::sys_days{last} - date::days{n - i}})));
  for (auto& m : more) out.push_back(std::move(m));
  return out;
}

}  // namespace profiles_beyond

TEST_CASE(
    "P8 E1 E4 Mine Ban Convention art. 17: the 40th instrument on 16 Sep 1998 gives 1 Mar 1999, later States "
    "the first day of the sixth month after the month of their deposit",
    "[profiles][P8][E1][E4]") {
  const auto rec = test::record(profiles_beyond::bundled("apmbc"),
                                profiles_beyond::instruments(40, 1998_y / 9 / 16, "ratification",
                                                             {test::act("Later 1", "ratification", "1998-10-31"),
                                                              test::act("Later 2", "accession", "1999-01-15")}));
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->date == 1999_y / 3 / 1);
  CHECK(rec.entry_into_force_for("State 1")->date == 1999_y / 3 / 1);  // E2
  const auto later = rec.entry_into_force_for("Later 1");
  REQUIRE(later);
  CHECK(later->date == 1999_y / 4 / 1);
  CHECK(later->why.rule == "E4");
  CHECK(later->why.reasoning.find("first day of the 6th month after the month of") != std::string::npos);
  CHECK(rec.entry_into_force_for("Later 2")->date == 1999_y / 7 / 1);
}

TEST_CASE("P8 E1 Convention on Cluster Munitions art. 17(1): a thirtieth instrument in February 2010 gives 1 Aug 2010",
          "[profiles][P8][E1]") {
  for (const auto day : {2010_y / 2 / 1, 2010_y / 2 / 16, 2010_y / 2 / 28}) {
    const auto rec =
        test::record(profiles_beyond::bundled("ccm"), profiles_beyond::instruments(30, day, "ratification"));
    REQUIRE(rec.entry_into_force());
    CHECK(rec.entry_into_force()->date == 2010_y / 8 / 1);
  }
}

TEST_CASE(
    "E1 E4 CCW Protocol V (CCW art. 5(3)-(4)): 20 consents by 12 May 2006 give 12 Nov 2006, the Czech "
    "Republic 6 Dec 2006, France 30 Apr 2007",
    "[profiles][E1][E4][P2]") {
  const auto rec =
      test::record(profiles_beyond::bundled("ccw-p5"),
                   profiles_beyond::instruments(20, 2006_y / 5 / 12, "consent-to-be-bound",
                                                {test::act("Czech Republic", "consent-to-be-bound", "2006-06-06"),
                                                 test::act("France", "consent-to-be-bound", "2006-10-31"),
                                                 test::act("Hungary", "consent-to-be-bound", "2006-11-13")}));
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->date == 2006_y / 11 / 12);
  CHECK(rec.entry_into_force_for("Czech Republic")->date == 2006_y / 12 / 6);  // own six months, after the 20th
  CHECK(rec.entry_into_force_for("France")->date == 2007_y / 4 / 30);          // 31 Oct + 6 months (P2)
  CHECK(rec.entry_into_force_for("Hungary")->date == 2007_y / 5 / 13);
}

TEST_CASE(
    "E1 E4 CCW amended article 1 (CCW art. 8(1)(b)): the 20th acceptance on 18 Nov 2003 gives 18 May 2004, "
    "Burkina Faso 26 May 2004, Belgium 12 Aug 2004",
    "[profiles][E1][E4]") {
  const auto rec = test::record(profiles_beyond::bundled("ccw-art1"),
                                profiles_beyond::instruments(20, 2003_y / 11 / 18, "acceptance",
                                                             {test::act("Burkina Faso", "accession", "2003-11-26"),
                                                              test::act("Belgium", "ratification", "2004-02-12")}));
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->date == 2004_y / 5 / 18);
  CHECK(rec.entry_into_force_for("Burkina Faso")->date == 2004_y / 5 / 26);  // the UNTC's date of effect
  CHECK(rec.entry_into_force_for("Belgium")->date == 2004_y / 8 / 12);
}

TEST_CASE("E1 E4 CCW amended Protocol II: Brazil's consent of 4 Oct 1999 in force for it on 4 Apr 2000",
          "[profiles][E1][E4]") {
  const auto rec =
      test::record(profiles_beyond::bundled("ccw-p2-amended"),
                   profiles_beyond::instruments(20, 1998_y / 6 / 3, "consent-to-be-bound",
                                                {test::act("Brazil", "consent-to-be-bound", "1999-10-04")}));
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->date == 1998_y / 12 / 3);  // the UNTS's 3 December 1998
  CHECK(rec.entry_into_force_for("Brazil")->date == 2000_y / 4 / 4);
}
