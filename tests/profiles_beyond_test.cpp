// The bundled profiles of treaties whose registries are not bundled (the Mine Ban Convention, the
// Convention on Cluster Munitions, the CCW's amended Protocol II, Protocol V and amended article 1):
// each profile, read from data/treaties, over a synthetic registry whose dates are the worked dates
// of the reference texts, gives the dates the depositary and the States record.
#include "support.hpp"

#include <pacta/pacta.hpp>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace date::literals;

namespace profiles_beyond {

/// The bundled profile of `id`, open to any State.
pacta::treaty_rules bundled(const std::string& id) {
  return test::bundled_any_state(id);
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
  CHECK(later->why.reasoning ==
        "Deposited on 31 October 1998, after the deposit of the 40th instrument on 16 September 1998; article 17(2): "
        "on the first day of the 6th month after the month of the deposit, 1 April 1999 (rule P8).");
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

namespace profiles_beyond {

/// A data directory of the name table and treaty `id`'s profile, with a registry of these actions.
void data_dir(const std::filesystem::path& dir, const std::string& id, const std::vector<nlohmann::json>& actions) {
  std::filesystem::create_directories(dir / "treaties");
  std::filesystem::copy(test::source_path("data/states.json"), dir / "states.json");
  std::filesystem::copy(test::source_path("data/treaties/" + id + ".json"), dir / "treaties" / (id + ".json"));
  std::ofstream(dir / "registries" / (id + ".json")) << test::registry_json(id, actions).dump();
}

/// The 44 States of CTBT Annex 2 under the names the depositary writes today.
std::vector<std::string> annex2_today() {
  return {"Algeria",
          "Argentina",
          "Australia",
          "Austria",
          "Bangladesh",
          "Belgium",
          "Brazil",
          "Bulgaria",
          "Canada",
          "Chile",
          "China",
          "Colombia",
          "Democratic People's Republic of Korea",
          "Egypt",
          "Finland",
          "France",
          "Germany",
          "Hungary",
          "India",
          "Indonesia",
          "Iran (Islamic Republic of)",
          "Israel",
          "Italy",
          "Japan",
          "Mexico",
          "Netherlands (Kingdom of the)",
          "Norway",
          "Pakistan",
          "Peru",
          "Poland",
          "Romania",
          "Republic of Korea",
          "Russian Federation",
          "Slovakia",
          "South Africa",
          "Spain",
          "Sweden",
          "Switzerland",
          "Türkiye",
          "Ukraine",
          "United Kingdom of Great Britain and Northern Ireland",
          "United States of America",
          "Viet Nam",
          "Democratic Republic of the Congo"};
}

}  // namespace profiles_beyond

TEST_CASE(
    "E1 named CTBT art. XIV(1): not in force while an Annex 2 State has not ratified, whatever the count, and "
    "the States of 1996 (Zaire, Turkey) found under today's names",
    "[profiles][E1][named]") {
  std::vector<nlohmann::json> actions;
  for (const auto& s : profiles_beyond::annex2_today())
    if (s != "United States of America" && s != "China") actions.push_back(test::act(s, "ratification", "2000-01-10"));
  for (int i = 1; i <= 120; ++i)  // many others: no count decides
    actions.push_back(test::act("Other " + std::to_string(i), "ratification", "2001-01-10"));
  actions.push_back(test::act("United States of America", "signature", "1996-09-24"));
  {
    test::temp_dir dir;
    profiles_beyond::data_dir(dir.path, "ctbt", actions);
    pacta::treaty_set set(dir.path.string());
    const auto& rec = set.load("ctbt");
    CHECK_FALSE(rec.entry_into_force());
    CHECK(rec.entry_into_force_not_computed().empty());  // not in force: known, not a missing figure
  }
  actions.push_back(test::act("China", "ratification", "2010-03-01"));
  actions.push_back(test::act("United States of America", "ratification", "2012-07-04"));
  test::temp_dir dir;
  profiles_beyond::data_dir(dir.path, "ctbt", actions);
  pacta::treaty_set set(dir.path.string());
  const auto& rec = set.load("ctbt");
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->date == 2012_y / 12 / 31);  // 180 days after 4 July 2012
  CHECK(rec.entry_into_force_for("Democratic Republic of the Congo")->date == 2012_y / 12 / 31);  // Annex 2's "Zaire"
}

TEST_CASE("E1 E8 UNFCCC art. 23: the 50th instrument on 21 Dec 1993 gives 21 Mar 1994, an organization's not counted",
          "[profiles][E1][E8]") {
  test::temp_dir dir;
  auto actions = profiles_beyond::instruments(50, 1993_y / 12 / 21, "ratification",
                                              {test::act("Late", "accession", "1994-06-01")});
  actions.insert(actions.begin() + 10, test::act("European Union", "approval", "1993-12-10"));
  auto doc = test::registry_json("unfccc", actions);
  doc["participants"] = {{{"name", "European Union"}, {"kind", "organization"}}};
  dir.bundled_profile("unfccc");
  dir.registry("unfccc", doc);
  pacta::treaty_set set(dir.path.string());
  const auto& rec = set.load("unfccc");
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->date == 1994_y / 3 / 21);  // the UNTC's date: the 50th State's instrument + 90 days
  CHECK(rec.entry_into_force_for("Late")->date == 1994_y / 8 / 30);
}

TEST_CASE(
    "E1 weighted Kyoto Protocol art. 25(1): without the Annex I 1990 emissions the date is NOT computed, "
    "and says which table",
    "[profiles][E1][weights]") {
  const auto rec = test::record(pacta::load_treaty_profile(test::source_path("data/treaties/kyoto.json")),
                                profiles_beyond::instruments(60, 2002_y / 5 / 23, "ratification"));
  CHECK_FALSE(rec.entry_into_force());
  CHECK(rec.entry_into_force_not_computed().find("annex-i-co2-1990") != std::string::npos);
}

TEST_CASE(
    "E1 E4 E7 UNCLOS art. 308: Guyana's 60th instrument of 16 Nov 1993 gives 16 Nov 1994, a later State "
    "30 days after its deposit but never before the general date",
    "[profiles][E1][E4][E7]") {
  const auto rec = test::record(profiles_beyond::bundled("unclos"),
                                profiles_beyond::instruments(60, 1993_y / 11 / 16, "ratification",
                                                             {test::act("Early later", "accession", "1993-12-01"),
                                                              test::act("Later", "ratification", "1995-11-01")}));
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->date == 1994_y / 11 / 16);  // 12 months: the same day-number (P1)
  const auto early = rec.entry_into_force_for("Early later");
  REQUIRE(early);
  CHECK(early->date == 1994_y / 11 / 16);  // 31 Dec 1993 by art. 308(2), "subject to paragraph 1"
  CHECK(early->why.rule == "E7");
  CHECK(rec.entry_into_force_for("Later")->date == 1995_y / 12 / 1);
}

TEST_CASE(
    "E1 weighted on a date provided (Montreal Protocol art. 16(1)): 1 Jan 1989 if eleven instruments with two "
    "thirds of the consumption were deposited by then, else 90 days after, and NOT computed without the table",
    "[profiles][E1][weights]") {
  const auto rules = pacta::load_treaty_profile(test::source_path("data/treaties/montreal.json"));
  const auto by_1988 = profiles_beyond::instruments(11, 1988_y / 12 / 1, "ratification");
  CHECK(test::record(rules, by_1988).entry_into_force_not_computed().find("consumption-1986") != std::string::npos);
  pacta::clause::weight_table consumption;  // eleven States of twelve weigh 70 of 100; "State 12" 30
  consumption.name = "consumption-1986";
  consumption.total = 100;
  for (int i = 1; i <= 10; ++i) consumption.of["State " + std::to_string(i)] = 6;
  consumption.of["State 11"] = 10;
  consumption.of["State 12"] = 30;
  auto at = [&](const std::vector<nlohmann::json>& actions) {
    test::temp_dir dir;
    dir.bundled_profile("montreal");
    dir.registry("montreal", test::registry_json("montreal", actions));
    pacta::treaty_set set(dir.path.string());
    set.add_table("montreal", consumption);
    const auto& rec = set.load("montreal");
    REQUIRE(rec.entry_into_force());
    return rec.entry_into_force()->date;
  };
  CHECK(at(by_1988) == 1989_y / 1 / 1);  // 70 of 100 >= 2/3 by the date provided
  // Ten by 1988 weigh 60: not two thirds; the eleventh on 1 Mar 1989 makes 70, and 90 days after.
  auto late = profiles_beyond::instruments(10, 1988_y / 12 / 1, "ratification",
                                           {test::act("State 11", "ratification", "1989-03-01")});
  CHECK(at(late) == 1989_y / 5 / 30);
}

TEST_CASE(
    "D1 a later date specified (ATT art. 24(2)): the withdrawal takes effect on it, never before the 90 days, "
    "and only where the treaty gives one",
    "[profiles][D1]") {
  const auto att = profiles_beyond::bundled("att");
  auto actions = profiles_beyond::instruments(50, 2014_y / 9 / 25, "ratification");
  auto later = test::act("State 1", "denunciation", "2020-01-01");
  later["effective"] = "2021-01-01";
  actions.push_back(later);
  const auto rec = test::record(att, actions);
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->date == 2014_y / 12 / 24);
  const auto d = rec.denunciation_effective("State 1");
  REQUIRE(d);
  CHECK(d->date == 2021_y / 1 / 1);
  CHECK(d->why.rule == "D1");
  CHECK(d->why.article == "24(2)");
  CHECK(d->why.reasoning.find("specifies a later date than 90 days after its receipt (31 March 2020)") !=
        std::string::npos);
  CHECK(rec.status_on("State 1", 2020_y / 12 / 31).code == pacta::status::denunciation_pending);

  actions.back()["effective"] = "2020-02-01";  // before the 90 days have run
  CHECK(test::has_code_at(test::diagnostics(att, actions), "/actions/50/effective", "denunciation.later-date"));
  actions.back()["effective"] = "2019-12-31";  // before the receipt itself
  CHECK(test::has_code_at(test::diagnostics(att, actions), "/actions/50/effective", "denunciation.later-date"));
  actions.back()["effective"] = "2020-03-31";  // the period's own end: D1 as usual
  CHECK(test::record(att, actions).denunciation_effective("State 1")->why.article == "24(2)");
  // The CWC gives no later date (art. XVI(2)).
  auto cwc = profiles_beyond::bundled("cwc");
  auto cwc_actions = profiles_beyond::instruments(65, 1996_y / 10 / 31, "ratification");
  auto notice = test::act("State 1", "denunciation", "2020-01-01");
  notice["effective"] = "2021-01-01";
  cwc_actions.push_back(notice);
  CHECK(test::has_code_at(test::diagnostics(cwc, cwc_actions), "/actions/65/effective", "denunciation.later-date"));
}

TEST_CASE("D1 the act named as the treaty names it: a withdrawal (Paris art. 28), a denunciation (UNCLOS art. 317)",
          "[profiles][D1]") {
  pacta::treaty_set set(test::source_path("data"));
  const auto& paris = set.load("paris");
  CHECK(paris.rules().denunciation_noun == "withdrawal");
  const auto st = paris.status_on("United States of America", 2020_y / 12 / 1);
  CHECK(st.code == pacta::status::denounced);  // the data's one vocabulary
  CHECK(st.explanation.find("Its withdrawal received on 4 November 2019") != std::string::npos);
  const auto& us = paris.state("United States of America");
  REQUIRE(us.consents.front().denunciations.size() == 1);
  CHECK(us.consents.front().denunciations.front().effective.why.reasoning.find("notification of withdrawal") !=
        std::string::npos);
  CHECK(profiles_beyond::bundled("unclos").denunciation_noun == "denunciation");
  // Written back and read again; a word that is neither is refused.
  auto j = pacta::to_json(paris.rules());
  CHECK(j["denunciation"]["called"] == "withdrawal");
  j["denunciation"]["called"] = "retreat";
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::try_parse_treaty_profile(j.dump(), "p.json", diags));
  CHECK(test::has_code_at(diags, "/denunciation/called", "profile.value"));
}

TEST_CASE("D6 a notice too early is named as the treaty names it: a withdrawal from the UNFCCC (art. 25(1))",
          "[profiles][D6]") {
  // Fifty instruments by 21 Dec 1993: in force 21 Mar 1994 (art. 23(1)); no withdrawal before 21 Mar 1997.
  const auto diags =
      test::diagnostics(profiles_beyond::bundled("unfccc"),
                        profiles_beyond::instruments(50, 1993_y / 12 / 21, "ratification",
                                                     {test::act("State 1", "denunciation", "1996-03-21")}));
  REQUIRE(test::has_code(diags, "denunciation.too-early"));
  CHECK(diags.front().message.find("State 1 gave notice of withdrawal on 1996-03-21; article 25(1) allows it no "
                                   "earlier than 3 years after") == 0);
}

TEST_CASE("date.range: a general date past 9999 that a profile's opening for signature gives is said once, naming it",
          "[profiles][E1]") {
  auto cwc = profiles_beyond::bundled("cwc");
  cwc.opened_for_signature = 9999_y / 1 / 13;  // + 2 years (CWC art. XXI(1))
  const auto diags = test::diagnostics(cwc, profiles_beyond::instruments(70, 1996_y / 10 / 31, "ratification"));
  REQUIRE(diags.size() == 1);
  CHECK(diags.front().code == "date.range");
  CHECK(diags.front().message.find("opened for signature 9999-01-13") != std::string::npos);
}

TEST_CASE(
    "D7 CCW art. 9(3): a denunciation of the Convention ends the Protocols by which the State is bound, on the "
    "same day",
    "[profiles][D7]") {
  test::temp_dir dir;
  dir.bundled_profile("ccw");
  dir.bundled_profile("ccw-p4");
  auto ccw = profiles_beyond::instruments(20, 1983_y / 6 / 2, "ratification",
                                          {test::act("State 1", "denunciation", "2020-01-01")});
  auto p4 = profiles_beyond::instruments(20, 1998_y / 1 / 30, "consent-to-be-bound");
  dir.registry("ccw", test::registry_json("ccw", ccw));
  dir.registry("ccw-p4", test::registry_json("ccw-p4", p4));
  pacta::treaty_set set(dir.path.string());
  const auto& rec = set.load("ccw-p4");
  CHECK(rec.status_on("State 1", 2020_y / 12 / 31).code == pacta::status::denunciation_pending);
  const auto st = rec.status_on("State 1", 2021_y / 1 / 1);
  CHECK(st.code == pacta::status::denounced);  // the Convention's year (CCW art. 9(2)) ends the Protocol too
  const auto& d = rec.state("State 1").consents.front().denunciations.front();
  CHECK(d.by_parent);
  CHECK(d.effective.why.rule == "D7");
  CHECK(d.effective.why.article == "9(3) of the Convention");
  CHECK(d.effective.why.reasoning.find("denunciation of the CCW received on 1 January 2020") != std::string::npos);
  CHECK(rec.status_on("State 2", 2021_y / 1 / 1).code == pacta::status::bound);  // no notice of its own or the CCW's
}

TEST_CASE(
    "D7 Paris art. 28(3): a withdrawal from the UNFCCC is one from the Agreement, read where the UNFCCC's registry is "
    "at hand, and said NOT known where it is not",
    "[profiles][D7]") {
  test::temp_dir dir;
  dir.bundled_profile("unfccc");
  dir.bundled_profile("paris");
  std::filesystem::copy(test::source_path("data/tables"), dir.path / "tables",
                        std::filesystem::copy_options::recursive);
  std::filesystem::copy_file(test::source_path("data/states.json"), dir.path / "states.json");
  std::filesystem::copy_file(test::source_path("data/registries/paris.json"), dir.path / "registries" / "paris.json");
  {
    pacta::treaty_set without(dir.path.string());  // no registries/unfccc.json
    const auto& rec = without.load("paris");
    CHECK(rec.parent_denunciations_not_known() ==
          "whether a State withdrew from the parent treaty (unfccc), which article 28(3) makes a withdrawal from the "
          "Paris Agreement too: its registry was not loaded (rule D7)");
    CHECK(rec.status_on("France", 2030_y / 1 / 1).code == pacta::status::bound);
  }
  // A UNFCCC registry in which France withdraws, notified on 1 Jan 2027 (UNFCCC art. 25(2): one year).
  auto unfccc = profiles_beyond::instruments(
      50, 1993_y / 12 / 21, "ratification",
      {test::act("France", "ratification", "1994-03-25"), test::act("France", "denunciation", "2027-01-01")});
  dir.registry("unfccc", test::registry_json("unfccc", unfccc));
  pacta::treaty_set set(dir.path.string());
  const auto& rec = set.load("paris");
  CHECK(rec.parent_denunciations_not_known().empty());
  REQUIRE(set.find("unfccc"));  // loaded for rule D7 alone: the Agreement is open to any State
  CHECK(rec.status_on("France", 2027_y / 12 / 31).code == pacta::status::denunciation_pending);
  CHECK(rec.status_on("France", 2028_y / 1 / 1).code == pacta::status::denounced);
  CHECK(rec.status_on("France", 2028_y / 1 / 1).explanation ==
        "Its withdrawal from the parent treaty (unfccc) received on 1 January 2027 took effect on 1 January 2028 "
        "(Paris Agreement art. 28(3), rule D7).");
  const auto& ds = rec.state("France").consents.front().denunciations;
  REQUIRE(ds.size() == 1);
  CHECK(ds.front().by_parent);
  CHECK(ds.front().effective.date == 2028_y / 1 / 1);
  CHECK(ds.front().effective.why.article == "28(3)");
  CHECK(ds.front().effective.why.reasoning.find(
            "The withdrawal from the UNFCCC received on 1 January 2027 takes effect on 1 January 2028") !=
        std::string::npos);
  CHECK(rec.status_on("Germany", 2028_y / 1 / 1).code == pacta::status::bound);
}

TEST_CASE("P8 is a later State's period only: a denunciation's delay written so is refused", "[profiles][P8]") {
  std::string text;
  REQUIRE(test::read_text(test::source_path("data/treaties/apmbc.json"), text));
  auto j = nlohmann::json::parse(text);
  j["denunciation"]["delay"] = "first day of the 6th month after the month of";
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::try_parse_treaty_profile(j.dump(), "p.json", diags));
  CHECK(test::has_code_at(diags, "/denunciation/delay", "profile.period"));
}

TEST_CASE(
    "a profile written back keeps an optional field absent (OPAC's consent_declaration without its "
    "strengthening article)",
    "[profiles][profile]") {
  std::string text;
  REQUIRE(test::read_text(test::source_path("data/treaties/opac.json"), text));
  auto j = nlohmann::json::parse(text);
  j["consent_declaration"].erase("strengthening_article");
  const auto r = pacta::parse_treaty_profile(j.dump(), "p.json");
  CHECK_FALSE(pacta::to_json(r)["consent_declaration"].contains("strengthening_article"));
  CHECK(pacta::parse_treaty_profile(pacta::to_json(r).dump(), "again.json") == r);
}

namespace profiles_beyond {

/// A list of States as a table: each row weighs 1 (the form a data directory gives it in).
pacta::clause::weight_table list_table(const std::string& name, const std::vector<std::string>& states) {
  pacta::clause::weight_table t;
  t.name = name;
  t.unit = "State";
  for (const auto& s : states) t.of[s] = 1;
  t.total = static_cast<std::int64_t>(states.size());
  return t;
}

/// The Part XI Agreement over `actions`, with the lists of resolution II para. 1(a) when `lists`:
/// "State 1" … "State 8" listed, "State 1" … "State 6" of them developed.
pacta::treaty_record part_xi(const std::vector<nlohmann::json>& actions, bool lists, pacta::treaty_set& set,
                             const test::temp_dir& dir) {
  dir.bundled_profile("unclos-part-xi");
  dir.registry("unclos-part-xi", test::registry_json("unclos-part-xi", actions));
  if (lists) {
    std::vector<std::string> listed, developed;
    for (int i = 1; i <= 8; ++i) listed.push_back("State " + std::to_string(i));
    for (int i = 1; i <= 6; ++i) developed.push_back("State " + std::to_string(i));
    set.add_table("unclos-part-xi", list_table("resolution-ii-1a", listed));
    set.add_table("unclos-part-xi", list_table("resolution-ii-1a-developed", developed));
  }
  return set.load("unclos-part-xi");
}

}  // namespace profiles_beyond

TEST_CASE(
    "E1 named from a table: the Part XI Agreement art. 6(1) is NOT computed without the list of resolution II, "
    "and says which table",
    "[profiles][E1][named]") {
  test::temp_dir dir;
  pacta::treaty_set set(dir.path.string());
  const auto rec =
      profiles_beyond::part_xi(profiles_beyond::instruments(40, 1996_y / 6 / 28, "ratification"), false, set, dir);
  CHECK_FALSE(rec.entry_into_force());
  CHECK(rec.entry_into_force_not_computed() ==
        "article 6(1) needs the list of States in the table \"resolution-ii-1a\", which pacta does not have: a data "
        "directory gives it as tables/unclos-part-xi/resolution-ii-1a.json");
}

TEST_CASE(
    "E1 E4 named from a table, on a date provided: the Part XI Agreement art. 6 on 16 Nov 1994 when 40 States "
    "with 7 of resolution II (5 developed) had consented by then, else 30 days after, later States the 30th day",
    "[profiles][E1][E4][named]") {
  {  // 40 by 1 October 1994, with the eight listed: 16 November 1994
    test::temp_dir dir;
    pacta::treaty_set set(dir.path.string());
    const auto rec =
        profiles_beyond::part_xi(profiles_beyond::instruments(40, 1994_y / 10 / 1, "ratification"), true, set, dir);
    REQUIRE(rec.entry_into_force());
    CHECK(rec.entry_into_force()->date == 1994_y / 11 / 16);
  }
  // The 40th on 28 June 1996, but only four developed States among those listed until 1 July 1996:
  // the conditions are fulfilled then, and 30 days after is 31 July 1996.
  auto actions = profiles_beyond::instruments(40, 1996_y / 6 / 28, "ratification");
  for (auto& a : actions)
    if (a["state"] == "State 5" || a["state"] == "State 6") a["state"] = a["state"].get<std::string>() + "x";
  actions.push_back(test::act("State 5", "ratification", "1996-07-01"));
  actions.push_back(test::act("Belgium", "ratification", "1998-11-13"));
  test::temp_dir dir;
  pacta::treaty_set set(dir.path.string());
  const auto rec = profiles_beyond::part_xi(actions, true, set, dir);
  REQUIRE(rec.entry_into_force());
  CHECK(rec.entry_into_force()->date == 1996_y / 7 / 31);
  CHECK(rec.entry_into_force()->why.reasoning.find("at least 5 of the States of paragraph 1(a) of resolution II "
                                                   "that are developed States") != std::string::npos);
  const auto belgium = rec.entry_into_force_for("Belgium");  // the worked date of the Belgian record
  REQUIRE(belgium);
  CHECK(belgium->date == 1998_y / 12 / 13);
  CHECK(belgium->why.rule == "E4");
}

TEST_CASE("named: a profile gives \"states\" or \"table\", not both, and a table's name stays in the data directory",
          "[profiles][named]") {
  std::string text;
  REQUIRE(test::read_text(test::source_path("data/treaties/unclos-part-xi.json"), text));
  auto j = nlohmann::json::parse(text);
  const auto r = pacta::parse_treaty_profile(j.dump(), "p.json");
  CHECK(pacta::parse_treaty_profile(pacta::to_json(r).dump(), "again.json") == r);  // written back the same
  auto& named = j["entry_into_force"]["clause"]["on_date_provided"]["condition"]["all_of"][1]["named"];
  named["states"] = {"China"};
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::try_parse_treaty_profile(j.dump(), "p.json", diags));
  CHECK(test::has_code_at(diags, "/entry_into_force/clause/on_date_provided/condition/all_of/1/named/table",
                          "profile.clause"));
  named.erase("states");
  named["table"] = "../../etc/passwd";
  diags.clear();
  CHECK_FALSE(pacta::try_parse_treaty_profile(j.dump(), "p.json", diags));
  REQUIRE_FALSE(diags.empty());
  CHECK(diags[0].message.find("is not the name of a table") != std::string::npos);
}
