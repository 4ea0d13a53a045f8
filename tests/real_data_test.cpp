// The bundled registries (data/registries) against the UN Treaty Collection tables they come from
// (tests/data/untc/*.csv, status as at 3 February 2026), and the known dates of the OPSC.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>

using namespace date::literals;

namespace {

struct untc_row {
  std::string signature, deposit, kind;
};

std::map<std::string, untc_row> read_csv(const std::string& path) {
  std::ifstream in(path);
  std::string line;
  auto next = [&]() {
    if (!std::getline(in, line)) return false;
    if (!line.empty() && line.back() == '\r') line.pop_back();  // the UNTC tables have CRLF line ends
    return true;
  };
  REQUIRE(next());
  REQUIRE(line == "participant,signature,deposit,kind");
  std::map<std::string, untc_row> rows;
  while (next()) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string field;
    while (std::getline(ss, field, ',')) f.push_back(field);
    f.resize(4);
    rows[f[0]] = {f[1], f[2], f[3]};
  }
  return rows;
}

void same_as_untc(const pacta::treaty_record& rec, const std::string& csv, std::size_t signatories,
                  std::size_t parties) {
  const auto rows = read_csv(test::source_path(csv));
  // Every participant of today has a row; the former States (rule F1) come from the end notes.
  std::size_t today = 0;
  for (const auto& s : rec.states()) today += s.kind != pacta::participant_kind::former_state;
  CHECK(rows.size() == today);
  std::size_t sig = 0, dep = 0;
  for (const auto& [name, row] : rows) {
    const pacta::state_record* s = rec.find(name);
    REQUIRE(s != nullptr);
    CHECK((s->signature ? pacta::to_iso(*s->signature) : "") == row.signature);
    if (row.deposit.empty()) {
      CHECK(s->consents.empty());
    } else {
      REQUIRE(s->consents.size() == 1);
      CHECK(pacta::to_iso(s->consents[0].deposit) == row.deposit);
      CHECK(std::string(pacta::to_key(s->consents[0].kind)) == row.kind);
    }
    sig += row.signature.empty() ? 0 : 1;
    dep += row.deposit.empty() ? 0 : 1;
  }
  CHECK(sig == signatories);
  CHECK(dep == parties);
  CHECK(rec.consented_on(rec.source().as_of) == parties);
}

}  // namespace

TEST_CASE("data: the OPSC registry holds every signature and deposit of the UNTC table (122 signatories, 178 parties)",
          "[data]") {
  const auto& opsc = test::bundled_opsc();
  CHECK(opsc.source().as_of == 2026_y / 2 / 3);
  CHECK(opsc.source().treaty == "opsc");
  same_as_untc(opsc, "tests/data/untc/opsc.csv", 122, 178);
}

TEST_CASE(
    "data: the Convention registry holds every signature and deposit of the UNTC table (140 signatories, 196 parties)",
    "[data]") {
  const auto& crc = test::bundled_crc();
  same_as_untc(crc, "tests/data/untc/crc.csv", 140, 196);
  CHECK(crc.find("Netherlands (Kingdom of the)")->consents[0].kind == pacta::action_kind::acceptance);
}

TEST_CASE("E1 art. 14(1) real data: in force 18 Jan 2002, the tenth instrument Romania's of 18 Oct 2001",
          "[data][E1]") {
  const auto& g = *test::bundled_opsc().entry_into_force();
  CHECK(g.date == 2002_y / 1 / 18);
  CHECK(g.threshold_date == 2001_y / 10 / 18);
  CHECK(g.completing == std::vector<std::string>{"Romania"});
  CHECK(g.first_ordinal == 10);
  CHECK(g.last_ordinal == 10);
}

TEST_CASE("E1 real data: Morocco and Norway both deposited on 2 Oct 2001, the 8th and 9th", "[data][E1]") {
  const auto& opsc = test::bundled_opsc();
  std::vector<pacta::date_t> deposits;
  for (const auto& s : opsc.states())
    for (const auto& c : s.consents) deposits.push_back(c.deposit);
  std::sort(deposits.begin(), deposits.end());
  CHECK(deposits[7] == 2001_y / 10 / 2);
  CHECK(deposits[8] == 2001_y / 10 / 2);
  CHECK(deposits[6] < 2001_y / 10 / 2);
  CHECK(deposits[9] == 2001_y / 10 / 18);
  CHECK(opsc.find("Morocco")->consents[0].deposit == 2001_y / 10 / 2);
  CHECK(opsc.find("Norway")->consents[0].deposit == 2001_y / 10 / 2);
}

TEST_CASE("E3 art. 14(2) real data: United States 23 Dec 2002 -> 23 Jan 2003", "[data][E3]") {
  const auto eif = test::bundled_opsc().entry_into_force_for("United States of America");
  CHECK(eif->date == 2003_y / 1 / 23);
  CHECK(eif->why.rule == "E3");
  CHECK(eif->why.article == "14(2)");
  CHECK(eif->why.anchor == 2002_y / 12 / 23);
}

TEST_CASE("E3 P2 real data: Benin 31 Jan 2005 -> 28 Feb 2005", "[data][E3][P2]") {
  CHECK(test::bundled_opsc().entry_into_force_for("Benin")->date == 2005_y / 2 / 28);
}

TEST_CASE("E3 P3 real data: Armenia 30 Jun 2005 -> 30 Jul 2005", "[data][E3][P3]") {
  CHECK(test::bundled_opsc().entry_into_force_for("Armenia")->date == 2005_y / 7 / 30);
}

TEST_CASE("E2 real data: DR Congo deposited 11 Nov 2001, bound from 18 Jan 2002", "[data][E2]") {
  const auto eif = test::bundled_opsc().entry_into_force_for("Democratic Republic of the Congo");
  CHECK(eif->date == 2002_y / 1 / 18);
  CHECK(eif->why.rule == "E2");
}

TEST_CASE("E2 real data: Andorra deposited 30 Apr 2001, bound from 18 Jan 2002", "[data][E2]") {
  CHECK(test::bundled_opsc().entry_into_force_for("Andorra")->date == 2002_y / 1 / 18);
}

TEST_CASE("E5 real data: Montenegro, notification 23 Oct 2006, effective 3 Jun 2006", "[data][E5]") {
  const auto& opsc = test::bundled_opsc();
  const auto eif = opsc.entry_into_force_for("Montenegro");
  CHECK(eif->date == 2006_y / 6 / 3);
  CHECK(eif->why.rule == "E5");
  CHECK(opsc.find("Montenegro")->consents[0].deposit == 2006_y / 10 / 23);
}

TEST_CASE("art. 13 real data: the OPSC registry validates against the Convention registry", "[data][art13]") {
  std::vector<pacta::diagnostic> diags;
  auto rec = pacta::try_load_record(test::source_path("data/registries/opsc.json"), pacta::opsc_rules(), diags,
                                    {&test::bundled_crc()});
  CHECK(rec);
  CHECK(diags.empty());
  // The United States is party to the OPSC and only a signatory of the Convention.
  CHECK(test::bundled_crc().status_on("United States of America", 2002_y / 12 / 23).code == pacta::status::signatory);
  CHECK(rec->is_bound("United States of America", 2026_y / 2 / 3));
}

TEST_CASE("E1 CRC art. 49(1) real data: in force 2 Sep 1990, three instruments on 3 Aug 1990 (20th to 22nd)",
          "[data][E1][P5]") {
  const auto& g = *test::bundled_crc().entry_into_force();
  CHECK(g.date == 1990_y / 9 / 2);
  CHECK(g.first_ordinal == 20);
  CHECK(g.last_ordinal == 22);
  CHECK(g.completing.size() == 3);
}

TEST_CASE("parties real data: 178 States bound on 3 Feb 2026, none before 18 Jan 2002", "[data]") {
  const auto& opsc = test::bundled_opsc();
  CHECK(opsc.parties_on(2026_y / 2 / 3) == 178);
  CHECK(opsc.parties_on(2002_y / 1 / 17) == 0);
  CHECK(opsc.consented_on(2002_y / 1 / 17) > 10);
  CHECK(opsc.parties_on(2002_y / 1 / 18) == opsc.consented_on(2002_y / 1 / 17));
  // No denunciation appears on the depositary's page.
  for (const auto& s : opsc.states())
    for (const auto& c : s.consents) CHECK(c.denunciations.empty());
}

TEST_CASE("profiles: the bundled OPSC and Convention profiles equal the built-in rules", "[data][profile]") {
  CHECK(pacta::load_treaty_profile(test::source_path("data/treaties/opsc.json")) == pacta::opsc_rules());
  CHECK(pacta::load_treaty_profile(test::source_path("data/treaties/crc.json")) == pacta::crc_rules());
}

// ---- the Convention's family: OPAC and OPIC ------------------------------------------------------

TEST_CASE("data: the OPAC registry holds every signature and deposit of the UNTC table (130 signatories, 173 parties)",
          "[data][opac]") {
  same_as_untc(test::bundled_opac(), "tests/data/untc/opac.csv", 130, 173);
}

TEST_CASE("data: the OPIC registry holds every signature and deposit of the UNTC table (54 signatories, 53 parties)",
          "[data][opic]") {
  same_as_untc(test::bundled_opic(), "tests/data/untc/opic.csv", 54, 53);
}

TEST_CASE("E1 for the four treaties: the bundled data give the dates the UNTC pages print", "[data][E1]") {
  CHECK(test::bundled_crc().entry_into_force()->date == 1990_y / 9 / 2);
  CHECK(test::bundled_opac().entry_into_force()->date == 2002_y / 2 / 12);
  CHECK(test::bundled_opsc().entry_into_force()->date == 2002_y / 1 / 18);
  CHECK(test::bundled_opic().entry_into_force()->date == 2014_y / 4 / 14);
  const auto& opac = *test::bundled_opac().entry_into_force();
  CHECK(opac.threshold_date == 2001_y / 11 / 12);
  CHECK(opac.why.article == "10(1)");
  const auto& opic = *test::bundled_opic().entry_into_force();
  CHECK(opic.threshold_date == 2014_y / 1 / 14);
  CHECK(opic.why.article == "19(1)");
}

TEST_CASE("E2 OPAC real data: Bulgaria deposited on 12 Feb 2002, the day of entry into force, and is bound from it",
          "[data][E2][opac]") {
  const auto eif = test::bundled_opac().entry_into_force_for("Bulgaria");
  REQUIRE(eif);
  CHECK(eif->date == 2002_y / 2 / 12);
  CHECK(eif->why.rule == "E2");
}

TEST_CASE("E3 OPAC art. 10(2) real data: Tajikistan acceded 5 Aug 2002 -> 5 Sep 2002", "[data][E3][opac]") {
  const auto eif = test::bundled_opac().entry_into_force_for("Tajikistan");
  REQUIRE(eif);
  CHECK(eif->date == 2002_y / 9 / 5);
  CHECK(eif->why.article == "10(2)");
}

TEST_CASE("E5 OPAC real data: Montenegro notified 2 May 2007, bound from 3 Jun 2006", "[data][E5][opac]") {
  const auto eif = test::bundled_opac().entry_into_force_for("Montenegro");
  REQUIRE(eif);
  CHECK(eif->date == 2006_y / 6 / 3);
  CHECK(eif->why.rule == "E5");
}

TEST_CASE(
    "OPAC art. 3(2) real data: a declaration with every instrument but Tajikistan's, which is marked not recorded",
    "[data][opac][declaration]") {
  const auto& opac = test::bundled_opac();
  std::size_t with_instrument = 0;
  for (const auto& s : opac.states())
    for (const auto& d : opac.declarations_of(s)) with_instrument += d.with_instrument ? 1 : 0;
  CHECK(with_instrument == 171);  // 173 parties, less Montenegro (a succession) and Tajikistan
  CHECK(opac.declaration_on("Tajikistan", 2026_y / 2 / 3) == nullptr);
  CHECK(opac.source().actions[opac.find("Tajikistan")->consents[0].action_index].declaration_not_recorded);
  REQUIRE(opac.declaration_on("Albania", 2026_y / 2 / 3) != nullptr);
  CHECK(opac.declaration_on("Albania", 2026_y / 2 / 3)->date == 2008_y / 12 / 9);
}

TEST_CASE(
    "E4 OPIC art. 19(2) real data: Germany ratified 28 Feb 2013, before the tenth instrument, and is bound from 14 Apr "
    "2014",
    "[data][E4][opic]") {
  const auto eif = test::bundled_opic().entry_into_force_for("Germany");
  REQUIRE(eif);
  CHECK(eif->date == 2014_y / 4 / 14);
  CHECK(eif->why.rule == "E2");
  const auto later = test::bundled_opic().entry_into_force_for("Belgium");  // 30 May 2014 + 3 months
  REQUIRE(later);
  CHECK(later->date == 2014_y / 8 / 30);
  CHECK(later->why.rule == "E4");
}
