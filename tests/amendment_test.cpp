// Tests for article 16 (pacta/record.hpp, amendments): rules A1–A4 on registries built in the tests.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace date::literals;
using test::act;

namespace {

nlohmann::json am(const std::string& kind, const std::string& date, const std::string& state = "") {
  nlohmann::json j{{"action", "amendment-" + kind}, {"amendment", "A1"}, {"date", date}};
  if (!state.empty()) j["state"] = state;
  return j;
}

/// Twelve States Parties (in force 18 Jan 2002), and amendment A1 proposed by State 1 and
/// communicated on 1 Jan 2010 (window to 1 May 2010; a third of 12 is 4).
std::vector<nlohmann::json> twelve_parties_and_proposal() {
  auto a = test::ten_instruments();
  a.push_back(act("State 11", "accession", "2003-01-10"));
  a.push_back(act("State 12", "accession", "2004-01-10"));
  a.push_back(am("proposal", "2009-11-20", "State 1"));
  a.push_back(am("communication", "2010-01-01"));
  return a;
}

void favour(std::vector<nlohmann::json>& a, int first, int last, const std::string& date) {
  for (int i = first; i <= last; ++i) a.push_back(am("favour", date, "State " + std::to_string(i)));
}

void accept(std::vector<nlohmann::json>& a, int first, int last, const std::string& date) {
  for (int i = first; i <= last; ++i) a.push_back(am("acceptance", date, "State " + std::to_string(i)));
}

}  // namespace

TEST_CASE("A1 art. 16(1): fewer than a third within four months: no conference", "[amendment][A1]") {
  auto a = twelve_parties_and_proposal();
  favour(a, 1, 3, "2010-04-30");
  const auto rec = test::record(test::opsc_any_state(), a);
  const auto* r = rec.find_amendment("A1");
  REQUIRE(r);
  CHECK(r->parties_at_communication == 12);
  CHECK(r->conference_needed == 4);
  CHECK(r->favours_in_window == 3);
  CHECK(r->window_end == 2010_y / 5 / 1);
  CHECK_FALSE(r->conference_due);
}

TEST_CASE("A1 art. 16(1): the third reached within four months: the conference is due from that date",
          "[amendment][A1]") {
  auto a = twelve_parties_and_proposal();
  favour(a, 1, 3, "2010-02-01");
  favour(a, 4, 4, "2010-05-01");  // the last day of the window (P1)
  favour(a, 5, 5, "2010-06-01");  // late, but the conference was already due: harmless
  const auto rec = test::record(test::opsc_any_state(), a);
  const auto* r = rec.find_amendment("A1");
  REQUIRE(r->conference_due);
  CHECK(r->conference_due->date == 2010_y / 5 / 1);
  CHECK(r->conference_due->why.rule == "A1");
  CHECK(r->conference_due->why.article == "16(1)");
}

TEST_CASE("A1 validation: a favour after the window is an error when it would matter", "[amendment][A1][validation]") {
  auto a = twelve_parties_and_proposal();
  favour(a, 1, 3, "2010-02-01");
  favour(a, 4, 4, "2010-05-02");
  const auto ds = test::diagnostics(test::opsc_any_state(), a);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].code == "amendment.favour-window");
  CHECK(ds[0].pointer == "/actions/17/date");
}

TEST_CASE("A1 validation: an adoption without a conference due is an error", "[amendment][A1][validation]") {
  auto a = twelve_parties_and_proposal();
  favour(a, 1, 2, "2010-02-01");
  a.push_back(am("adoption", "2010-09-01"));
  CHECK(test::has_code(test::diagnostics(test::opsc_any_state(), a), "amendment.no-conference"));
}

TEST_CASE("A2 validation: an approval before the adoption is an error", "[amendment][A2][validation]") {
  auto a = twelve_parties_and_proposal();
  favour(a, 1, 4, "2010-02-01");
  a.push_back(am("approval", "2010-08-01"));
  a.push_back(am("adoption", "2010-09-01"));
  const auto ds = test::diagnostics(test::opsc_any_state(), a);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].code == "amendment.order");
  CHECK(ds[0].message.find("before adoption") != std::string::npos);
}

namespace {

/// Adopted on 1 Sep 2010 (conference due), approved by the General Assembly on 1 Jan 2012.
std::vector<nlohmann::json> adopted_and_approved() {
  auto a = twelve_parties_and_proposal();
  favour(a, 1, 4, "2010-02-01");
  nlohmann::json adoption = am("adoption", "2010-09-01");
  adoption["vote"] = {{"in_favour", 9}, {"against", 1}, {"abstaining", 2}};
  a.push_back(adoption);
  a.push_back(am("approval", "2012-01-01"));
  return a;
}

}  // namespace

TEST_CASE("A3 art. 16(2): in force on the acceptance that brings acceptances to two thirds, no delay",
          "[amendment][A3]") {
  auto a = adopted_and_approved();
  accept(a, 1, 7, "2012-03-01");
  accept(a, 8, 8, "2012-04-15");
  const auto rec = test::record(test::opsc_any_state(), a);
  const auto* r = rec.find_amendment("A1");
  REQUIRE(r->entry_into_force);
  CHECK(r->entry_into_force->date == 2012_y / 4 / 15);  // 8 of 12 = two thirds
  CHECK(r->needed_at_entry == 8);
  CHECK(r->parties_at_entry == 12);
  CHECK(r->acceptances_at_entry == 8);
  CHECK(r->adoption_vote->in_favour == 9);
}

TEST_CASE("A3: never before the General Assembly's approval", "[amendment][A3]") {
  auto a = adopted_and_approved();
  accept(a, 1, 8, "2011-06-01");
  const auto rec = test::record(test::opsc_any_state(), a);
  CHECK(rec.find_amendment("A1")->entry_into_force->date == 2012_y / 1 / 1);
}

TEST_CASE("A3: the two-thirds count moves as parties join (basis: parties on each acceptance)", "[amendment][A3]") {
  auto a = adopted_and_approved();
  accept(a, 1, 7, "2012-03-01");
  for (int i = 13; i <= 15; ++i) a.push_back(act("State " + std::to_string(i), "accession", "2012-05-01"));
  accept(a, 8, 8, "2012-08-01");  // 8 of 15: two thirds is now 10
  accept(a, 9, 9, "2012-09-01");
  accept(a, 10, 10, "2012-10-01");  // 10 of 15
  const auto rec = test::record(test::opsc_any_state(), a);
  const auto* r = rec.find_amendment("A1");
  CHECK(r->entry_into_force->date == 2012_y / 10 / 1);
  CHECK(r->parties_at_entry == 15);
  CHECK(r->needed_at_entry == 10);

  // The other basis, parties on the date of approval (12: two thirds is 8).
  pacta::record_options at_approval;
  at_approval.amendment_basis = pacta::amendment_count_basis::approval;
  const auto rec2 = test::record(test::opsc_any_state(), a, {}, at_approval);
  CHECK(rec2.find_amendment("A1")->entry_into_force->date == 2012_y / 8 / 1);
  CHECK(rec2.find_amendment("A1")->parties_at_entry == 12);
}

TEST_CASE("A3: without the approval, the amendment is not in force whatever the acceptances", "[amendment][A3]") {
  auto a = twelve_parties_and_proposal();
  favour(a, 1, 4, "2010-02-01");
  a.push_back(am("adoption", "2010-09-01"));
  accept(a, 1, 12, "2011-01-01");
  CHECK_FALSE(test::record(test::opsc_any_state(), a).find_amendment("A1")->entry_into_force);
}

TEST_CASE("A3 CRC 1995 amendment: 128 acceptances of 191 parties, in force 18 Nov 2002", "[amendment][A3][data]") {
  // The Convention's registry with an amendment whose 128th acceptance is dated 18 November 2002,
  // the date the 1995 amendment entered into force. The acceptances before it are illustrative
  // dates; what the test checks is the count: 191 parties on that date, two thirds = 128.
  std::string text;
  REQUIRE(test::read_text(test::source_path("data/registries/crc.json"), text));
  nlohmann::json reg = nlohmann::json::parse(text);
  const auto& crc = test::bundled_crc();
  std::vector<std::string> parties;
  for (const auto& s : crc.states())
    if (!s.consents.empty() && s.consents[0].deposit <= 1995_y / 1 / 1) parties.push_back(s.state);
  REQUIRE(parties.size() >= 128);
  auto add = [&](nlohmann::json j) { reg["actions"].push_back(std::move(j)); };
  auto amd = [](const std::string& kind, const std::string& date, const std::string& state = "") {
    nlohmann::json j{{"action", "amendment-" + kind}, {"amendment", "art-43-2"}, {"date", date}};
    if (!state.empty()) j["state"] = state;
    return j;
  };
  add(amd("proposal", "1995-01-02", parties[0]));
  add(amd("communication", "1995-01-10"));
  for (int i = 0; i < 60; ++i) add(amd("favour", "1995-02-01", parties[static_cast<std::size_t>(i)]));
  add(amd("adoption", "1995-12-12"));
  add(amd("approval", "1995-12-21"));
  for (std::size_t i = 0; i < 127; ++i) add(amd("acceptance", "2002-01-15", parties[i]));
  std::vector<pacta::diagnostic> diags;
  {
    auto rec = pacta::try_parse_record(reg.dump(), "crc+amendment.json", pacta::crc_rules(), diags);
    REQUIRE(rec);
    CHECK_FALSE(rec->find_amendment("art-43-2")->entry_into_force);  // 127 < 128
  }
  add(amd("acceptance", "2002-11-18", parties[127]));
  auto rec = pacta::try_parse_record(reg.dump(), "crc+amendment.json", pacta::crc_rules(), diags);
  REQUIRE(rec);
  const auto* r = rec->find_amendment("art-43-2");
  REQUIRE(r->entry_into_force);
  CHECK(r->entry_into_force->date == 2002_y / 11 / 18);
  CHECK(r->parties_at_entry == 191);
  CHECK(r->needed_at_entry == 128);
  CHECK(r->entry_into_force->why.article == "50(2)");
}

TEST_CASE("A4 art. 16(3): acceptors from entry into force, later acceptors from acceptance, others on the old text",
          "[amendment][A4]") {
  auto a = adopted_and_approved();
  accept(a, 1, 8, "2012-03-01");
  a.push_back(act("Newcomer", "accession", "2013-01-31"));
  a.push_back(act("Decliner", "accession", "2013-03-10"));
  a.push_back(am("declined", "2013-03-10", "Decliner"));
  accept(a, 9, 9, "2014-06-30");
  const auto rec = test::record(test::opsc_any_state(), a);
  const auto& r = *rec.find_amendment("A1");
  CHECK(r.entry_into_force->date == 2012_y / 3 / 1);
  CHECK(rec.amendment_binds_from(r, "State 1")->date == 2012_y / 3 / 1);
  CHECK(rec.amendment_binds_from(r, "State 9")->date == 2014_y / 6 / 30);
  CHECK_FALSE(rec.amendment_binds_from(r, "State 10"));
  // VCLT art. 40(5): a State that becomes a party later is bound by the amended text.
  CHECK(rec.amendment_binds_from(r, "Newcomer")->date == 2013_y / 2 / 28);
  CHECK_FALSE(rec.amendment_binds_from(r, "Decliner"));

  CHECK(rec.binding_text("State 1", 2012_y / 3 / 1).amendments == std::vector<std::string>{"A1"});
  CHECK(rec.binding_text("State 1", 2012_y / 2 / 29).amendments.empty());
  CHECK(rec.binding_text("State 9", 2014_y / 6 / 29).amendments.empty());
  CHECK(rec.binding_text("State 9", 2014_y / 6 / 30).amendments == std::vector<std::string>{"A1"});
  CHECK(rec.binding_text("State 10", 2020_y / 1 / 1).amendments.empty());
  CHECK(rec.binding_text("State 10", 2020_y / 1 / 1).bound);
  CHECK(rec.binding_text("Newcomer", 2013_y / 2 / 27).bound == false);
  CHECK(rec.binding_text("Newcomer", 2013_y / 2 / 28).amendments == std::vector<std::string>{"A1"});
  CHECK(rec.binding_text("Decliner", 2014_y / 1 / 1).amendments.empty());
}

TEST_CASE("A4 validation: only a State becoming party after entry into force may decline",
          "[amendment][A4][validation]") {
  auto a = adopted_and_approved();
  accept(a, 1, 8, "2012-03-01");
  a.push_back(am("declined", "2013-01-01", "State 11"));
  CHECK(test::has_code(test::diagnostics(test::opsc_any_state(), a), "amendment.declined"));
}

TEST_CASE("amendments validation: acceptance before adoption, by a non-party, duplicate, unknown id",
          "[amendment][validation]") {
  auto a = twelve_parties_and_proposal();
  favour(a, 1, 4, "2010-02-01");
  a.push_back(am("acceptance", "2010-03-01", "State 1"));  // before adoption
  a.push_back(am("adoption", "2010-09-01"));
  a.push_back(am("acceptance", "2010-10-01", "Outsider"));
  a.push_back(am("acceptance", "2010-10-01", "State 2"));
  a.push_back(am("acceptance", "2010-11-01", "State 2"));
  nlohmann::json unknown = am("acceptance", "2010-10-01", "State 3");
  unknown["amendment"] = "A9";
  a.push_back(unknown);
  const auto ds = test::diagnostics(test::opsc_any_state(), a);
  CHECK(test::has_code(ds, "amendment.acceptance-before-adoption"));
  CHECK(test::has_code(ds, "amendment.not-party"));
  CHECK(test::has_code(ds, "amendment.duplicate"));
  CHECK(test::has_code(ds, "amendment.unknown"));
  CHECK(ds.size() == 4);
}

TEST_CASE("amendments validation: organ acts carry no State, State acts need one", "[amendment][validation]") {
  auto a = twelve_parties_and_proposal();
  a.push_back(am("approval", "2011-01-01", "State 1"));
  CHECK(test::has_code(test::diagnostics(test::opsc_any_state(), a), "action.state"));
  auto b = twelve_parties_and_proposal();
  b.push_back(am("acceptance", "2011-01-01"));
  CHECK(test::has_code(test::diagnostics(test::opsc_any_state(), b), "schema.missing-key"));
}

namespace {

/// Twelve States Parties and an amendment approved on 1 Jan 2012, before the acceptances of 2023.
std::vector<nlohmann::json> approved_before_2023() {
  return adopted_and_approved();
}

}  // namespace

TEST_CASE(
    "A3 art. 16(2): an acceptance by a State that has left does not count, a former party is never bound by the "
    "amendment",
    "[amendment][A3]") {
  // Twelve parties. State 7 gives notice on 1 May 2022 (effective 1 May 2023) and accepts on
  // 10 Jan 2023 with States 1-6; three States join on 1 Jun 2023 (14 parties: 10 needed); States
  // 8-10 accept on 10 Jul 2023 (9 acceptances by parties), State 11 on 10 Aug 2023 (10).
  auto a = approved_before_2023();
  a.push_back(act("State 7", "denunciation", "2022-05-01"));
  accept(a, 1, 7, "2023-01-10");
  for (int i = 13; i <= 15; ++i) a.push_back(act("State " + std::to_string(i), "accession", "2023-06-01"));
  accept(a, 8, 10, "2023-07-10");
  accept(a, 11, 11, "2023-08-10");
  const auto rec = test::record(test::opsc_any_state(), a);
  const auto& r = *rec.find_amendment("A1");
  REQUIRE(r.entry_into_force);
  CHECK(r.entry_into_force->date == 2023_y / 8 / 10);
  CHECK(r.parties_at_entry == 14);
  CHECK(r.needed_at_entry == 10);
  CHECK(r.acceptances_at_entry == 10);
  CHECK(r.acceptances_not_counted == 1);
  CHECK(r.entry_into_force->why.reasoning.find("State 11's of 10 August 2023") != std::string::npos);
  CHECK(r.entry_into_force->why.reasoning.find("ceased to be a party") != std::string::npos);
  // State 7 left before the amendment entered into force: never bound by it.
  CHECK_FALSE(rec.amendment_binds_from(r, "State 7"));
  CHECK_FALSE(rec.binding_text("State 7", 2023_y / 9 / 1).bound);
  CHECK(rec.amendment_binds_from(r, "State 1")->date == 2023_y / 8 / 10);
  // Without State 11's acceptance it is not in force: 9 acceptances by parties, 10 needed.
  a.pop_back();
  CHECK_FALSE(test::record(test::opsc_any_state(), a).find_amendment("A1")->entry_into_force);
}

TEST_CASE("A3 art. 16(2): two thirds are re-tested on every day the number of States Parties changes",
          "[amendment][A3]") {
  // Twelve parties, seven acceptances (eight needed); the denunciations of States 11 and 12, who
  // did not accept, take effect on 1 Jun 2023: ten parties, seven needed, in force that day.
  auto a = approved_before_2023();
  a.push_back(act("State 11", "denunciation", "2022-06-01"));
  a.push_back(act("State 12", "denunciation", "2022-06-01"));
  accept(a, 1, 7, "2023-01-10");
  const auto rec = test::record(test::opsc_any_state(), a);
  const auto& r = *rec.find_amendment("A1");
  REQUIRE(r.entry_into_force);
  CHECK(r.entry_into_force->date == 2023_y / 6 / 1);
  CHECK(r.parties_at_entry == 10);
  CHECK(r.needed_at_entry == 7);
  CHECK(r.acceptances_at_entry == 7);
  CHECK(r.entry_into_force->why.reasoning.find("fell from 12 to 10") != std::string::npos);
  // A later acceptance does not move the date.
  accept(a, 8, 8, "2023-09-01");
  CHECK(test::record(test::opsc_any_state(), a).find_amendment("A1")->entry_into_force->date == 2023_y / 6 / 1);
}

TEST_CASE("A3 VCLT art. 2(1)(g), unsettled: States Parties counted from their deposit (default) or once in force",
          "[amendment][A3]") {
  // Seven of twelve accept on 1 Mar 2012; three States deposit on 20 May 2012 (in force for them
  // 20 Jun 2012); State 8 accepts on 1 Jun 2012.
  auto a = adopted_and_approved();
  accept(a, 1, 7, "2012-03-01");
  for (int i = 13; i <= 15; ++i) a.push_back(act("State " + std::to_string(i), "accession", "2012-05-20"));
  accept(a, 8, 8, "2012-06-01");
  // Counted from the deposit: 15 States Parties on 1 Jun 2012, 10 needed; not in force.
  CHECK_FALSE(test::record(test::opsc_any_state(), a).find_amendment("A1")->entry_into_force);
  // Counted once in force: 12 on 1 Jun 2012, 8 needed: in force that day.
  pacta::record_options in_force;
  in_force.amendment_party_basis = pacta::party_basis::in_force;
  const auto rec = test::record(test::opsc_any_state(), a, {}, in_force);
  REQUIRE(rec.find_amendment("A1")->entry_into_force);
  CHECK(rec.find_amendment("A1")->entry_into_force->date == 2012_y / 6 / 1);
  CHECK(rec.find_amendment("A1")->parties_at_entry == 12);
}

TEST_CASE("A2 art. 16(1): a vote with no more in favour than against adopts nothing", "[amendment][A2]") {
  auto a = twelve_parties_and_proposal();
  favour(a, 1, 4, "2010-02-01");
  nlohmann::json adoption = am("adoption", "2010-09-01");
  adoption["vote"] = {{"in_favour", 3}, {"against", 5}, {"abstaining", 2}};
  a.push_back(adoption);
  {
    const auto rec = test::record(test::opsc_any_state(), a);
    const auto& r = *rec.find_amendment("A1");
    CHECK_FALSE(r.adopted);
    CHECK(r.vote_failed == 2010_y / 9 / 1);
    CHECK_FALSE(r.entry_into_force);
  }
  // An approval and acceptances of an amendment that was not adopted are errors, not an entry into force.
  a.push_back(am("approval", "2012-01-01"));
  accept(a, 1, 12, "2012-03-01");
  const auto ds = test::diagnostics(test::opsc_any_state(), a);
  CHECK(test::has_code(ds, "amendment.order"));
  CHECK(test::has_code(ds, "amendment.acceptance-before-adoption"));
  CHECK(ds.front().message.find("did not carry") != std::string::npos);
  // A tie is not a majority either.
  auto b = twelve_parties_and_proposal();
  favour(b, 1, 4, "2010-02-01");
  nlohmann::json tie = am("adoption", "2010-09-01");
  tie["vote"] = {{"in_favour", 5}, {"against", 5}, {"abstaining", 0}};
  b.push_back(tie);
  CHECK_FALSE(test::record(test::opsc_any_state(), b).find_amendment("A1")->adopted);
}

TEST_CASE("A2 art. 16(1): more votes than States Parties at the adoption is impossible data",
          "[amendment][A2][validation]") {
  auto a = twelve_parties_and_proposal();
  favour(a, 1, 4, "2010-02-01");
  nlohmann::json adoption = am("adoption", "2010-09-01");
  adoption["vote"] = {{"in_favour", 30}, {"against", 0}, {"abstaining", 0}};
  a.push_back(adoption);
  const auto ds = test::diagnostics(test::opsc_any_state(), a);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].code == "amendment.vote");
  CHECK(ds[0].pointer == "/actions/18/vote");
  CHECK(ds[0].message.find("more than the 12 States Parties") != std::string::npos);
  // Twelve votes among twelve parties are possible.
  a.back()["vote"] = {{"in_favour", 10}, {"against", 1}, {"abstaining", 1}};
  CHECK(test::diagnostics(test::opsc_any_state(), a).empty());
}

TEST_CASE(
    "A4 VCLT art. 40(5)(b): a later party is a party to the unamended text toward parties not bound by the amendment",
    "[amendment][A4]") {
  auto a = adopted_and_approved();
  accept(a, 1, 8, "2012-03-01");
  a.push_back(act("Newcomer", "accession", "2013-01-31"));
  const auto rec = test::record(test::opsc_any_state(), a);
  const auto from = rec.amendment_binds_from(*rec.find_amendment("A1"), "Newcomer");
  REQUIRE(from);
  CHECK(from->why.reasoning.find("40(5)(a)") != std::string::npos);
  CHECK(from->why.reasoning.find("unamended OPSC (art. 40(5)(b))") != std::string::npos);
}

namespace charter {

/// Article 108 of the UN Charter as a profile's amendment clause: no conference, no approval after
/// the adoption, two thirds of the parties including the States named, binding every party.
pacta::treaty_rules rules() {
  auto r = test::opsc_any_state();
  r.amendment.article = "108";
  r.amendment.conference = false;
  r.amendment.approval = false;
  r.amendment.including = {"State 1", "State 2", "State 3"};
  r.amendment.binds_all = true;
  return r;
}

/// The twelve parties, amendment A1 proposed, communicated and adopted on 1 Sep 2010; eight
/// acceptances (two thirds of 12) on 1 Mar 2011 without the named States, two of them on 1 Apr 2011,
/// the third on 1 Jun 2011.
std::vector<nlohmann::json> adopted_and_accepted() {
  auto a = twelve_parties_and_proposal();
  a.push_back(am("adoption", "2010-09-01"));
  accept(a, 4, 11, "2011-03-01");
  accept(a, 1, 2, "2011-04-01");
  accept(a, 3, 3, "2011-06-01");
  return a;
}

}  // namespace charter

TEST_CASE("A3 UN Charter art. 108: two thirds including every State named, counted from the adoption",
          "[amendment][A3]") {
  const auto rec = test::record(charter::rules(), charter::adopted_and_accepted());
  const auto* r = rec.find_amendment("A1");
  REQUIRE(r);
  REQUIRE(r->entry_into_force);
  // Two thirds were reached on 1 Mar 2011, but State 3 accepted only on 1 Jun 2011.
  CHECK(r->entry_into_force->date == 2011_y / 6 / 1);
  CHECK(r->entry_into_force->why.rule == "A3");
  CHECK(r->acceptances_at_entry == 11);
  const std::string& why = r->entry_into_force->why.reasoning;
  CHECK(why.find("On 1 June 2011 the condition of article 108 was first met: the 11 acceptances") != std::string::npos);
  CHECK(why.find("include those of every State it names (State 1, State 2 and State 3)") != std::string::npos);
  CHECK(why.find("after its adoption on 1 September 2010") != std::string::npos);
  CHECK(r->entry_into_force->why.article == "108");  // the Charter's article has no paragraphs
  // A name the registry writes otherwise but for case and accents is the registry's State.
  auto lower = charter::rules();
  lower.amendment.including = {"State 1", "State 2", "state 3"};
  const auto respelled = test::record(lower, charter::adopted_and_accepted());
  REQUIRE(respelled.find_amendment("A1")->entry_into_force);
  CHECK(respelled.find_amendment("A1")->entry_into_force->date == 2011_y / 6 / 1);
  // … and the sentence names it so.
  CHECK(respelled.find_amendment("A1")->entry_into_force->why.reasoning.find("(State 1, State 2 and State 3)") !=
        std::string::npos);
  CHECK_FALSE(r->conference_due);  // no conference under this clause
  CHECK(r->not_in_force.empty());
}

TEST_CASE(
    "A3 UN Charter art. 108 not in force: the acceptances that count, the number needed, and the named States "
    "that have not accepted",
    "[amendment][A3]") {
  auto a = charter::adopted_and_accepted();
  a.pop_back();  // State 3 never accepts
  const auto rec = test::record(charter::rules(), a);
  const auto* r = rec.find_amendment("A1");
  REQUIRE(r);
  CHECK_FALSE(r->entry_into_force);
  CHECK(r->not_in_force ==
        "By 1 January 2030 (the registry's date), 10 acceptances by States then parties, where 8 are needed (2/3 of "
        "the 12 States Parties); not accepted by State 3, whom the article names (OPSC art. 108, rule A3).");
  // Without the named States, under the OPSC's clause: the count alone.
  auto few = twelve_parties_and_proposal();
  few.push_back(am("adoption", "2010-09-01"));
  auto opsc = charter::rules();
  opsc.amendment.including.clear();
  accept(few, 1, 3, "2011-03-01");
  const auto plain = test::record(opsc, few);
  CHECK(plain.find_amendment("A1")->not_in_force ==
        "By 1 January 2030 (the registry's date), 3 acceptances by States then parties, where 8 are needed (2/3 of the "
        "12 States Parties) (OPSC art. 108, rule A3).");
  // None at all.
  few.resize(few.size() - 3);
  CHECK(test::record(opsc, few).find_amendment("A1")->not_in_force ==
        "By 1 January 2030 (the registry's date), 0 acceptances by States then parties, where 8 are needed (2/3 of the "
        "12 States Parties) (OPSC art. 108, rule A3).");
  CHECK(test::record(charter::rules(), few)
            .find_amendment("A1")
            ->not_in_force.find("; not accepted by State 1, State 2 and State 3, whom the article names") !=
        std::string::npos);
}

TEST_CASE("A4 UN Charter art. 108: in force for every party, whether it accepted or not, and for later parties",
          "[amendment][A4]") {
  auto a = charter::adopted_and_accepted();
  a.push_back(act("State 13", "accession", "2012-01-10"));
  a.push_back(act("State 14", "accession", "2011-05-20"));  // before the amendment, bound only after it
  const auto rec = test::record(charter::rules(), a);
  const auto* r = rec.find_amendment("A1");
  REQUIRE(r);
  // State 12 never accepted: bound all the same, from the entry into force.
  const auto not_accepted = rec.amendment_binds_from(*r, "State 12");
  REQUIRE(not_accepted);
  CHECK(not_accepted->date == 2011_y / 6 / 1);
  CHECK(not_accepted->why.rule == "A4");
  CHECK(not_accepted->why.reasoning.find("though it had not accepted it") != std::string::npos);
  const auto accepted = rec.amendment_binds_from(*r, "State 4");
  REQUIRE(accepted);
  CHECK(accepted->date == 2011_y / 6 / 1);
  // A later party: from the treaty's entry into force for it (OPSC rule E3: one month).
  const auto later = rec.amendment_binds_from(*r, "State 13");
  REQUIRE(later);
  CHECK(later->date == 2012_y / 2 / 10);
  const auto consented_before = rec.amendment_binds_from(*r, "State 14");
  REQUIRE(consented_before);
  CHECK(consented_before->date == 2011_y / 6 / 20);  // its own entry into force, not the amendment's
  CHECK(consented_before->why.reasoning.find("had consented to the OPSC before amendment A1") != std::string::npos);
  CHECK(rec.binding_text("State 12", 2011_y / 6 / 1).amendments == std::vector<std::string>{"A1"});
}

TEST_CASE("A1 A4 validation: no favour, no approval and no declining under UN Charter art. 108",
          "[amendment][A4][validation]") {
  auto a = charter::adopted_and_accepted();
  a.push_back(am("favour", "2010-02-01", "State 5"));
  a.push_back(am("approval", "2010-10-01"));
  a.push_back(act("State 13", "accession", "2012-01-10"));
  a.push_back(am("declined", "2012-01-10", "State 13"));
  const auto ds = test::diagnostics(charter::rules(), a);
  CHECK(test::has_code(ds, "amendment.no-conference"));
  CHECK(test::has_code(ds, "amendment.order"));
  CHECK(test::has_code(ds, "amendment.declined"));
}

TEST_CASE("profile: UN Charter art. 108's amendment clause is read and written back, and its faults refused",
          "[amendment][A3][profile]") {
  const auto r = charter::rules();
  const nlohmann::json j = pacta::to_json(r);
  CHECK_FALSE(j["amendment"].contains("conference_window"));
  CHECK(j["amendment"]["approval"] == false);
  CHECK(j["amendment"]["binds"] == "all");
  CHECK(pacta::parse_treaty_profile(j.dump(), "charter.json").amendment == r.amendment);
  auto codes = [&](const nlohmann::json& amendment) {
    nlohmann::json bad = j;
    bad["amendment"] = amendment;
    std::vector<pacta::diagnostic> diags;
    (void)pacta::try_parse_treaty_profile(bad.dump(), "charter.json", diags);
    std::vector<std::string> out;
    for (const auto& d : diags) out.push_back(d.code + " " + d.pointer);
    return out;
  };
  nlohmann::json base = j["amendment"];
  nlohmann::json window_alone = base;
  window_alone["conference_window"] = "4 months";
  CHECK(codes(window_alone) == std::vector<std::string>{"profile.value /amendment/conference_window"});
  nlohmann::json binds_some = base;
  binds_some["binds"] = "some";
  CHECK(codes(binds_some) == std::vector<std::string>{"profile.value /amendment/binds"});
  nlohmann::json twice = base;
  twice["including"] = {"State 1", "State 1"};
  CHECK(codes(twice) == std::vector<std::string>{"profile.value /amendment/including/1"});
  nlohmann::json approval_text = base;
  approval_text["approval"] = "no";
  CHECK(codes(approval_text) == std::vector<std::string>{"schema.type /amendment/approval"});
}

TEST_CASE("A3 the States an amendment clause names are read through the data directory's name table, as a clause's are",
          "[amendment][A3]") {
  test::temp_dir dir;
  std::filesystem::copy_file(test::source_path("data/states.json"), dir.path / "states.json");
  std::filesystem::copy_file(test::source_path("tests/data/valid/opsc-amendment-example.json"),
                             dir.path / "registries" / "opsc.json");
  std::filesystem::copy_file(test::source_path("data/registries/crc.json"), dir.path / "registries" / "crc.json");
  dir.bundled_profile("crc");
  std::string text;
  REQUIRE(test::read_text(test::source_path("data/treaties/opsc.json"), text));
  auto profile = nlohmann::json::parse(text);
  profile["amendment"]["including"] = {"Norway", "MAR", "cuba"};  // an ISO code, a name in lower case
  std::filesystem::create_directories(dir.path / "treaties");
  std::ofstream(dir.path / "treaties" / "opsc.json") << profile.dump();
  pacta::treaty_set set(dir.path.string());
  const auto& rec = set.load("opsc");
  REQUIRE(rec.amendments().size() == 1);
  const auto& a = rec.amendments().front();
  REQUIRE(a.entry_into_force);
  CHECK(a.entry_into_force->why.reasoning.find("(Norway, Morocco and Cuba)") != std::string::npos);
}
