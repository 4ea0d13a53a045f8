// Tests for pacta/reports.hpp: article 12 reporting deadlines, rules R1–R3.
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace date::literals;
using test::act;

namespace {

pacta::reports_file reports(const nlohmann::json& submissions,
                            const nlohmann::json& due_dates = nlohmann::json::array()) {
  const nlohmann::json j{{"format", "pacta.reports/1"},
                         {"treaty", "opsc"},
                         {"as_of", "2026-02-03"},
                         {"submissions", submissions},
                         {"due_dates", due_dates}};
  std::vector<pacta::diagnostic> diags;
  auto rf = pacta::try_parse_reports(j.dump(), "reports.json", diags);
  REQUIRE(rf);
  return std::move(*rf);
}

nlohmann::json sub(const std::string& state, const std::string& report, const std::string& date,
                   const std::string& symbol = "") {
  nlohmann::json j{{"state", state}, {"report", report}, {"submitted", date}};
  if (!symbol.empty()) j["symbol"] = symbol;
  return j;
}

}  // namespace

TEST_CASE("R1 art. 12(1) real data: the United States' initial report due 23 Jan 2005", "[reports][R1][data]") {
  const pacta::reporting rep(test::bundled_opsc(), &test::bundled_crc());
  const auto p = rep.position("United States of America", 2026_y / 2 / 3);
  CHECK(p.owes_reports);
  REQUIRE(p.initial_due);
  CHECK(p.initial_due->date == 2005_y / 1 / 23);
  CHECK(p.initial_due->why.rule == "R1");
  CHECK(p.initial_due->why.article == "12(1)");
  CHECK(p.overdue == pacta::overdue_state::unknown);  // no reports file: not known
  CHECK_FALSE(p.days_overdue);
  CHECK_FALSE(p.submissions_recorded);
}

TEST_CASE("reports file: \"illustrative\" is a boolean, and an illustrative file says what it illustrates",
          "[reports][illustrative]") {
  auto text = [](const std::string& extra) {
    return "{\"format\": \"pacta.reports/1\", \"treaty\": \"opsc\", \"as_of\": \"2026-02-03\"" + extra + "}";
  };
  CHECK_FALSE(pacta::parse_reports(text(""), "r.json").illustrative);
  CHECK(pacta::parse_reports(text(", \"source\": \"a training set\", \"illustrative\": true"), "r.json").illustrative);
  CHECK(pacta::load_reports(test::source_path("examples/data/reports-illustrative.json")).illustrative);
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::try_parse_reports(
      text(R"(, "submissions": [{"state": "Benin", "report": "initial", "submitted": "2026-02-04"}])"), "r.json",
      diags));
  CHECK(test::has_code(diags, "reports.after-as-of"));  // the file is complete to its as_of, 2026-02-03
  diags.clear();
  CHECK_FALSE(pacta::try_parse_reports(text(", \"illustrative\": true, \"source\": \"  \""), "r.json", diags));
  CHECK(test::has_code(diags, "reports.illustrative"));  // a blank source says nothing
  diags.clear();
  CHECK_FALSE(pacta::try_parse_reports(text(", \"illustrative\": true"), "r.json", diags));
  CHECK(test::has_code(diags, "reports.illustrative"));
  diags.clear();
  CHECK_FALSE(pacta::try_parse_reports(text(", \"source\": \"s\", \"illustrative\": \"yes\""), "r.json", diags));
  CHECK(test::has_code(diags, "schema.type"));
}

TEST_CASE("R1 without submissions: the initial report is next while its due date has not passed",
          "[reports][R1][schedule]") {
  const pacta::reporting rep(test::bundled_opsc(), &test::bundled_crc());
  const auto p = rep.position("United States of America", 2005_y / 1 / 23);  // the due date itself
  CHECK(p.next_report == pacta::report_kind::initial);
  CHECK(p.next_due->date == 2005_y / 1 / 23);
  CHECK_FALSE(p.periodic_number);
  CHECK(pacta::next_report_name(p) == "initial report");
  CHECK(pacta::reporting(test::bundled_opsc(), &test::bundled_crc())
            .position("United States of America", 2005_y / 1 / 24)
            .next_report == pacta::report_kind::periodic);
}

TEST_CASE("R2 without submissions: the next report is the first the schedule makes due on or after the date asked",
          "[reports][R2][schedule]") {
  const pacta::reporting rep(test::bundled_opsc(), &test::bundled_crc());
  // The United States, not a party to the CRC: every five years from 23 January 2005 (art. 12(2)).
  const auto p = rep.position("United States of America", 2026_y / 2 / 3);
  CHECK(p.next_report == pacta::report_kind::periodic);
  REQUIRE(p.next_due);
  CHECK(p.next_due->date == 2030_y / 1 / 23);
  CHECK(p.next_due->why.rule == "R2");
  CHECK(p.periodic_number == 5);
  CHECK(pacta::next_report_name(p) == "5th periodic report");
  CHECK(p.overdue == pacta::overdue_state::unknown);  // never computed without submissions
  CHECK_THAT(p.explanation, Catch::Contains("on or after 3 February 2026"));
  CHECK_THAT(p.explanation, Catch::Contains("the initial report fell due on 23 January 2005"));
  // A due date is on or after the date asked: on the day itself, that day's report.
  CHECK(rep.position("United States of America", 2030_y / 1 / 23).next_due->date == 2030_y / 1 / 23);
  CHECK(rep.position("United States of America", 2030_y / 1 / 24).next_due->date == 2035_y / 1 / 23);
  // Benin, a party to the CRC: in its CRC periodic reports, every five years from 2 September 1992.
  const auto b = rep.position("Benin", 2026_y / 2 / 3);
  CHECK(b.next_due->date == 2027_y / 9 / 2);
  CHECK(b.periodic_number == 7);
}

TEST_CASE("R1: entry into force on 29 Feb -> initial report due 28 Feb two years on", "[reports][R1][P6]") {
  auto actions = test::ten_instruments();
  actions.push_back(act("Leap", "accession", "2008-01-29"));  // in force 29 Feb 2008
  pacta::treaty_rules rules = pacta::opsc_rules();
  rules.consent.any_state = rules.signature.any_state = true;
  const auto rec = test::record(rules, actions);
  REQUIRE(rec.entry_into_force_for("Leap")->date == 2008_y / 2 / 29);
  const auto p = pacta::reporting(rec).position("Leap", 2009_y / 1 / 1);
  CHECK(p.initial_due->date == 2010_y / 2 / 28);
}

TEST_CASE("R1: overdue by the days since the due date when the initial report is not recorded", "[reports][R1]") {
  const auto rf = reports(nlohmann::json::array());
  const pacta::reporting rep(test::bundled_opsc(), &test::bundled_crc(), &rf);
  const auto p = rep.position("Benin", 2007_y / 3 / 10);  // initial due 28 Feb 2007
  CHECK(p.initial_due->date == 2007_y / 2 / 28);
  CHECK(p.overdue == pacta::overdue_state::overdue);
  CHECK(p.days_overdue == date::days{10});
  CHECK(rep.position("Benin", 2007_y / 2 / 28).overdue == pacta::overdue_state::on_time);
  CHECK(rep.position("Benin", 2007_y / 2 / 28).days_overdue == date::days{0});
}

TEST_CASE("R2 art. 12(2): a party to the Convention reports in its Convention cycle, counted from the anchor",
          "[reports][R2]") {
  // Benin: Convention in force 2 Sep 1990 (art. 49(1)); its initial Convention report due
  // 2 Sep 1992; then every five years: 1997, 2002, 2007, 2012, 2017, 2022, 2027 (each on 2 Sep).
  const auto& crc = test::bundled_crc();
  REQUIRE(crc.entry_into_force_for("Benin")->date == 1990_y / 9 / 2);
  const auto rf = reports(nlohmann::json::array({sub("Benin", "initial", "2009-05-01", "CRC/C/OPSC/BEN/1")}));
  const pacta::reporting rep(test::bundled_opsc(), &crc, &rf);
  const auto p = rep.position("Benin", 2010_y / 1 / 1);
  CHECK(p.next_report == pacta::report_kind::periodic);
  CHECK(p.next_due->date == 2012_y / 9 / 2);
  CHECK(p.next_due->why.rule == "R2");
  CHECK(p.next_due->why.article == "12(2)");
  CHECK(p.next_due->why.anchor == 1992_y / 9 / 2);
  CHECK(p.submitted.size() == 1);
  CHECK(p.overdue == pacta::overdue_state::on_time);
  // A late periodic report does not shift the cycle: the next is still on the anchor's grid.
  const auto rf2 =
      reports(nlohmann::json::array({sub("Benin", "initial", "2009-05-01"), sub("Benin", "periodic", "2013-03-01")}));
  CHECK(pacta::reporting(test::bundled_opsc(), &crc, &rf2).position("Benin", 2014_y / 1 / 1).next_due->date ==
        2017_y / 9 / 2);
}

TEST_CASE(
    "R2 art. 12(2): a party to the Protocol but not the Convention reports every five years from its initial due date",
    "[reports][R2]") {
  const auto rf =
      reports(nlohmann::json::array({sub("United States of America", "initial", "2007-05-01", "CRC/C/OPSC/USA/1")}));
  const pacta::reporting rep(test::bundled_opsc(), &test::bundled_crc(), &rf);
  const auto p = rep.position("United States of America", 2008_y / 1 / 1);
  CHECK(p.next_due->date == 2010_y / 1 / 23);
  CHECK(p.next_due->why.anchor == 2005_y / 1 / 23);
  CHECK(p.next_due->why.reasoning.find("not a party to the CRC") != std::string::npos);
  // Counted from the anchor, never chained: a report submitted in 2011 makes the next due 2015.
  const auto rf2 = reports(nlohmann::json::array({sub("United States of America", "initial", "2007-05-01"),
                                                  sub("United States of America", "periodic", "2011-02-01")}));
  CHECK(pacta::reporting(test::bundled_opsc(), &test::bundled_crc(), &rf2)
            .position("United States of America", 2012_y / 1 / 1)
            .next_due->date == 2015_y / 1 / 23);
}

TEST_CASE("R3 art. 12(3): a due date set by the Committee overrides the computed one", "[reports][R3]") {
  const auto rf = reports(nlohmann::json::array({sub("United States of America", "initial", "2007-05-01")}),
                          nlohmann::json::array({{{"state", "United States of America"},
                                                  {"report", "periodic"},
                                                  {"due", "2010-06-30"},
                                                  {"source", "concluding observations, para. 40"}}}));
  const pacta::reporting rep(test::bundled_opsc(), &test::bundled_crc(), &rf);
  const auto p = rep.position("United States of America", 2010_y / 7 / 5);
  CHECK(p.next_due->date == 2010_y / 6 / 30);
  CHECK(p.next_due->why.rule == "R3");
  CHECK(p.next_due->why.article == "12(3)");
  CHECK(p.next_due->why.reasoning.find("replaces the computed 23 January 2010") != std::string::npos);
  CHECK(p.overdue == pacta::overdue_state::overdue);
  CHECK(p.days_overdue == date::days{5});
}

TEST_CASE("R1 art. 12(1): no report falls due after a pending denunciation's effective date", "[reports][R1][D1]") {
  // In force for Leaver on 15 Apr 2024 (deposit 15 Mar 2024); its denunciation, received
  // 20 Mar 2024, takes effect on 20 Mar 2025, before the initial report's due date, 15 Apr 2026.
  auto actions = test::ten_instruments();
  actions.push_back(act("Leaver", "accession", "2024-03-15"));
  actions.push_back(act("Leaver", "denunciation", "2024-03-20"));
  const auto rec = test::record(test::opsc_any_state(), actions);
  REQUIRE(rec.entry_into_force_for("Leaver")->date == 2024_y / 4 / 15);
  const pacta::reporting rep(rec);
  for (const auto on : {2025_y / 1 / 1, 2026_y / 6 / 1}) {
    INFO(pacta::to_iso(on));
    const auto p = rep.position("Leaver", on);
    CHECK_FALSE(p.owes_reports);
    CHECK_FALSE(p.initial_due);
    CHECK_FALSE(p.next_due);
    CHECK(p.explanation.find("20 March 2025") != std::string::npos);
  }
  // Without the denunciation the same State owes its initial report on 15 Apr 2026.
  actions.pop_back();
  const auto staying = test::record(test::opsc_any_state(), actions);
  CHECK(pacta::reporting(staying).position("Leaver", 2025_y / 1 / 1).initial_due->date == 2026_y / 4 / 15);
}

TEST_CASE("R2 without submissions: after the State leaves nothing falls due, and what fell due before is NOT known",
          "[reports][R2][D1][schedule]") {
  // State 1: in force 18 Jan 2002, initial report due 18 Jan 2004, then 2009, 2014; its
  // denunciation takes effect on 1 Jan 2011. No reports file.
  auto actions = test::ten_instruments();
  actions.push_back(act("State 1", "denunciation", "2010-01-01"));
  const auto rec = test::record(test::opsc_any_state(), actions);
  const auto p = pacta::reporting(rec).position("State 1", 2011_y / 6 / 1);
  CHECK_FALSE(p.owes_reports);  // the next in the schedule, 18 Jan 2014, falls after it left
  CHECK_FALSE(p.next_due);
  CHECK_THAT(p.explanation, Catch::Contains("18 January 2014"));
  CHECK_THAT(p.explanation, Catch::Contains("were submitted is not known"));
  CHECK_THAT(p.explanation, Catch::Contains("70(1)(b)"));
}

TEST_CASE("R2 VCLT art. 70(1)(b): reports that fell due while a party stay owed, and overdue, after the State leaves",
          "[reports][R2][D1]") {
  // State 1: in force 18 Jan 2002, initial report due 18 Jan 2004; not a party to the Convention
  // here, so five-yearly from then (2009, 2014). Its denunciation takes effect on 1 Jan 2011.
  auto actions = test::ten_instruments();
  actions.push_back(act("State 1", "denunciation", "2010-01-01"));
  const auto rec = test::record(test::opsc_any_state(), actions);
  {
    const auto rf = reports(nlohmann::json::array());  // nothing submitted
    const auto p = pacta::reporting(rec, nullptr, &rf).position("State 1", 2011_y / 6 / 1);
    CHECK(p.owes_reports);
    CHECK(p.next_report == pacta::report_kind::initial);
    CHECK(p.next_due->date == 2004_y / 1 / 18);
    CHECK(p.overdue == pacta::overdue_state::overdue);
    CHECK(p.explanation.find("70(1)(b)") != std::string::npos);
  }
  {
    const auto rf = reports(nlohmann::json::array({sub("State 1", "initial", "2005-01-01")}));
    const auto p = pacta::reporting(rec, nullptr, &rf).position("State 1", 2011_y / 6 / 1);
    CHECK(p.owes_reports);
    CHECK(p.next_due->date == 2009_y / 1 / 18);
    CHECK(p.overdue == pacta::overdue_state::overdue);
  }
  {
    const auto rf = reports(
        nlohmann::json::array({sub("State 1", "initial", "2005-01-01"), sub("State 1", "periodic", "2009-06-01")}));
    const pacta::reporting rep(rec, nullptr, &rf);
    // The next report would fall due on 18 Jan 2014, after the denunciation took effect: none owed.
    const auto p = rep.position("State 1", 2011_y / 6 / 1);
    CHECK_FALSE(p.owes_reports);
    CHECK_FALSE(p.next_due);
    CHECK(p.explanation.find("owes no further report") != std::string::npos);
    // While the denunciation is pending, the same: no due date after 1 Jan 2011.
    CHECK_FALSE(rep.position("State 1", 2010_y / 6 / 1).next_due);
    CHECK(rep.positions(2011_y / 6 / 1).size() == 10);
  }
}

TEST_CASE(
    "R2 art. 12(2), unsettled: the five-year cycle of a State not party to the Convention counts from the initial due "
    "date, or its submission",
    "[reports][R2]") {
  // State 1: initial report due 18 Jan 2004, submitted 1 Mar 2005.
  const auto rf = reports(nlohmann::json::array({sub("State 1", "initial", "2005-03-01")}));
  const auto rec = test::record(test::opsc_any_state(), test::ten_instruments());
  CHECK(pacta::reporting(rec, nullptr, &rf).position("State 1", 2006_y / 1 / 1).next_due->date == 2009_y / 1 / 18);
  pacta::record_options submitted;
  submitted.report_anchor = pacta::report_cycle_anchor::initial_submitted;
  const auto rec2 = test::record(test::opsc_any_state(), test::ten_instruments(), {}, submitted);
  const auto p = pacta::reporting(rec2, nullptr, &rf).position("State 1", 2006_y / 1 / 1);
  CHECK(p.next_due->date == 2010_y / 3 / 1);
  CHECK(p.next_due->why.reasoning.find("the submission of its initial report") != std::string::npos);
}

TEST_CASE("reports: every one of the 178 parties has a position on the bundled data", "[reports][data]") {
  const pacta::reporting rep(test::bundled_opsc(), &test::bundled_crc());
  const auto all = rep.positions(2026_y / 2 / 3);
  CHECK(all.size() == 178);
  std::size_t with_due = 0;
  for (const auto& p : all) with_due += p.initial_due ? 1 : 0;
  CHECK(with_due == 178);
}

TEST_CASE("reports file: malformed files are refused with pointer and rule, unknown States too", "[reports][errors]") {
  std::vector<pacta::diagnostic> diags;
  CHECK_FALSE(pacta::try_parse_reports(R"({"format": "pacta.reports/1", "treaty": "opsc", "as_of": "2026-02-03",
      "submissions": [{"state": "Benin", "report": "final", "submitted": "2009-02-30"}],
      "due_dates": [{"state": "Benin", "report": "periodic", "due": "2030-01-01"}]})",
                                       "r.json", diags));
  auto has = [&](const std::string& pointer, const std::string& code) {
    for (const auto& d : diags)
      if (d.pointer == pointer && d.code == code) return true;
    return false;
  };
  CHECK(has("/submissions/0/report", "reports.kind"));
  CHECK(has("/submissions/0/submitted", "date.invalid"));
  CHECK(has("/due_dates/0", "schema.missing-key"));
  diags.clear();
  CHECK_FALSE(pacta::try_parse_reports(R"({"format": "pacta.reports/2", "treaty": "opsc", "as_of": "2026-02-03",
      "submissions": []})",
                                       "r2.json", diags));
  CHECK(has("/format", "reports.format"));
  diags.clear();
  const auto parsed_other =
      pacta::try_parse_reports(R"({"format": "pacta.reports/1", "treaty": "opac", "as_of": "2026-02-03",
      "submissions": []})",
                               "opac-reports.json", diags);
  REQUIRE(parsed_other);
  const pacta::reports_file& other = *parsed_other;
  const auto wrong = pacta::reporting(test::bundled_opsc(), &test::bundled_crc(), &other).validate();
  REQUIRE(wrong.size() == 1);  // another treaty's file: its States and dates are not checked against this one
  CHECK(wrong[0].code == "reports.treaty");
  CHECK_THAT(wrong[0].message, Catch::Contains("--treaty opac"));

  const auto rf2 = reports(
      nlohmann::json::array({sub("Ruritania", "initial", "2009-05-01"), sub("Benin", "initial", "2004-01-01")}));
  const auto ds = pacta::reporting(test::bundled_opsc(), &test::bundled_crc(), &rf2).validate();
  REQUIRE(ds.size() == 2);
  CHECK(ds[0].code == "reports.unknown-state");
  CHECK(ds[0].pointer == "/submissions/0/state");
  CHECK(ds[1].code == "reports.before-consent");
  // A name the registry does not use is said to be unknown (with the near names), not "not consented".
  const auto rf3 = reports(nlohmann::json::array({sub("Benni", "initial", "2009-05-01")}));
  const auto d3 = pacta::reporting(test::bundled_opsc(), &test::bundled_crc(), &rf3).validate();
  REQUIRE(d3.size() == 1);
  CHECK_THAT(d3[0].message, Catch::Contains("did you mean \"Benin\"") && !Catch::Contains("has not consented"));
}

TEST_CASE("R2 VCLT art. 70(1)(b): a report of an earlier membership stays owed after the State consents again",
          "[reports][R2][D1]") {
  // State 1: in force 18 Jan 2002, initial report due 18 Jan 2004; its denunciation (received
  // 1 Jan 2010) takes effect 1 Jan 2011; it accedes again on 1 Mar 2012 (in force 1 Apr 2012,
  // initial report of that membership due 1 Apr 2014).
  auto actions = test::ten_instruments();
  actions.push_back(act("State 1", "denunciation", "2010-01-01"));
  actions.push_back(act("State 1", "accession", "2012-03-01"));
  const auto rec = test::record(test::opsc_any_state(), actions);
  const auto rf = reports(nlohmann::json::array());  // nothing submitted
  const auto p = pacta::reporting(rec, nullptr, &rf).position("State 1", 2012_y / 6 / 1);
  CHECK(p.owes_reports);
  REQUIRE(p.next_due);
  CHECK(p.next_due->date == 2004_y / 1 / 18);
  CHECK(p.overdue == pacta::overdue_state::overdue);
  CHECK(p.explanation.find("70(1)(b)") != std::string::npos);
  CHECK(p.explanation.find("Under its present consent") != std::string::npos);
  // Once that report is submitted, the present membership's initial report is next.
  const auto done = reports(nlohmann::json::array({sub("State 1", "initial", "2012-05-01")}));
  const auto q = pacta::reporting(rec, nullptr, &done).position("State 1", 2012_y / 6 / 1);
  REQUIRE(q.next_due);
  CHECK(q.next_due->date > 2012_y / 6 / 1);
}

TEST_CASE("R1: a denunciation taking effect on the very day a report would fall due says so", "[reports][R1][D1]") {
  // State 1 in force 18 Jan 2002: initial report due 18 Jan 2004; a denunciation received on
  // 18 Jan 2003 takes effect on 18 Jan 2004, the same day.
  auto actions = test::ten_instruments();
  actions.push_back(act("State 1", "denunciation", "2003-01-18"));
  const auto rec = test::record(test::opsc_any_state(), actions);
  const auto p = pacta::reporting(rec).position("State 1", 2003_y / 6 / 1);
  CHECK_FALSE(p.owes_reports);
  CHECK(p.explanation.find("18 January 2004, the day its initial report") != std::string::npos);
}

TEST_CASE(
    "R1 R2 ICESCR art. 17(1): the initial report and the five-year cycle cite ECOSOC res. 1988/4, which sets "
    "them, no sentence speaks of a parent treaty",
    "[reports][R1][R2]") {
  const auto rules = pacta::load_treaty_profile(test::source_path("data/treaties/icescr.json"));
  REQUIRE(rules.reporting.source == "ECOSOC res. 1988/4");
  auto actions = test::ten_instruments("1975-10-03");
  actions.push_back(act("Ruritania", "ratification", "1980-01-15"));
  auto r = rules;
  r.threshold = 10;  // ten instruments make it enter into force here
  const auto rec = test::record(r, actions);
  const nlohmann::json j{{"format", "pacta.reports/1"},
                         {"treaty", "icescr"},
                         {"as_of", "2026-02-03"},
                         {"submissions", {sub("Ruritania", "initial", "1982-04-15")}}};
  std::vector<pacta::diagnostic> diags;
  const auto rf = pacta::try_parse_reports(j.dump(), "reports.json", diags);
  REQUIRE(rf);
  const auto p = pacta::reporting(rec, nullptr, &*rf).position("Ruritania", 1983_y / 1 / 1);
  REQUIRE(p.initial_due);
  CHECK(rec.cite(p.initial_due->why) == "ECOSOC res. 1988/4 under ICESCR art. 17(1), rule R1");
  CHECK_THAT(p.initial_due->why.reasoning, Catch::StartsWith("ECOSOC res. 1988/4 (under article 17(1))"));
  REQUIRE(p.next_due);
  CHECK(p.next_report == pacta::report_kind::periodic);
  CHECK(rec.cite(p.next_due->why) == "ECOSOC res. 1988/4 under ICESCR art. 17(1), rule R2");
  CHECK(p.next_due->why.reasoning.find("parent") == std::string::npos);
  CHECK_THAT(p.next_due->why.reasoning, Catch::Contains("Ruritania reports every 5 years"));
}

TEST_CASE(
    "R3: a position says once that the Committee's own schedule can replace the text's dates, and where its "
    "decision goes",
    "[reports][R3]") {
  const pacta::reporting rep(test::bundled_opsc(), &test::bundled_crc());
  const auto p = rep.position("Benin", 2026_y / 2 / 3);
  const std::string sentence = "The Committee's own schedule";
  const auto at = p.explanation.find(sentence);
  REQUIRE(at != std::string::npos);
  CHECK(p.explanation.find(sentence, at + 1) == std::string::npos);
  CHECK_THAT(p.explanation, Catch::Contains("reports file (rule R3)"));
}
