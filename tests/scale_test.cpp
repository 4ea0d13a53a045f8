// What the compact record keeps must answer as the full computation does: the entry-into-force date
// stored for each consent is the one its basis gives, a State's chain of actions is its actions in
// order, and the State index answers by index as by name.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <map>

using namespace date::literals;

namespace {

std::vector<const pacta::treaty_record*> bundled() {
  return {&test::bundled_crc(), &test::bundled_opac(), &test::bundled_opsc(), &test::bundled_opic()};
}

}  // namespace

TEST_CASE("scale: the date kept for each consent is the date of its basis (rules E2-E5), in every bundled registry",
          "[scale][E2][E3][E5]") {
  std::size_t consents = 0, dated = 0, undated = 0;
  for (const auto* rec : bundled()) {
    for (const auto& s : rec->states()) {
      for (const auto& c : s.consents) {
        INFO(rec->rules().id << ": " << s.state);
        const auto eif = rec->entry_into_force_of(c);
        REQUIRE(eif.has_value() == c.in_force_from.has_value());
        ++consents;
        if (!eif) {
          // Only a former State that ceased to exist before the treaty could enter into force for it
          // has none (rule F1: the German Democratic Republic, which ratified the CRC on 2 October 1990).
          CHECK(s.ceased);
          ++undated;
          continue;
        }
        ++dated;
        CHECK(eif->date == *c.in_force_from);
        CHECK_FALSE(eif->why.rule.empty());
        CHECK_FALSE(eif->why.reasoning.empty());
      }
      if (!s.consents.empty())
        CHECK(rec->entry_into_force_for(s.state).has_value() == s.consents.back().in_force_from.has_value());
    }
  }
  // The parties of the four treaties (CRC, OPAC, OPSC, OPIC), and the CRC's three former States
  // (the German Democratic Republic, Czechoslovakia, the former Yugoslavia: rule F1).
  CHECK(consents == 196 + 173 + 178 + 53 + 3);
  CHECK(dated + undated == consents);
  CHECK(undated == 1);  // every succession is dated (data/successions.json, rule E5); the GDR and the CRC (F1)
}

TEST_CASE("scale: a State's actions (actions_of) are exactly its actions in the registry, in order", "[scale]") {
  for (const auto* rec : bundled()) {
    std::map<std::string, std::vector<std::size_t>> expected;
    const auto& actions = rec->source().actions;
    for (std::size_t i = 0; i < actions.size(); ++i)
      if (!pacta::is_organ_act(actions[i].kind)) expected[actions[i].state].push_back(i);
    REQUIRE(expected.size() == rec->states().size());
    for (const auto& s : rec->states()) {
      INFO(rec->rules().id << ": " << s.state);
      CHECK(rec->actions_of(s) == expected[s.state]);
    }
  }
}

TEST_CASE("scale: status by State index equals status by name, for every State on many dates", "[scale]") {
  const auto& opsc = test::bundled_opsc();
  std::size_t checked = 0;
  for (std::size_t k = 0; k < opsc.states().size(); ++k) {
    const auto& name = opsc.states()[k].state;
    REQUIRE(opsc.handle(opsc.states()[k]) == opsc.resolve(name));
    CHECK(opsc.find(name) == &opsc.states()[k]);
    for (auto on = date::sys_days{2000_y / 1 / 1}; on < date::sys_days{2027_y / 1 / 1}; on += date::days{97}) {
      CHECK(opsc.status_code(opsc.handle(opsc.states()[k]), pacta::date_t{on}) ==
            opsc.status_code(name, pacta::date_t{on}));
      ++checked;
    }
  }
  CHECK(checked > 178 * 100);
  CHECK_FALSE(opsc.try_resolve("Atlantis"));
  CHECK(opsc.find("benin") == nullptr);  // names are exact
  CHECK_THROWS_AS(opsc.status_code("Atlantis", 2026_y / 2 / 3), pacta::query_error);
  CHECK_THROWS_AS(opsc.handle(test::bundled_crc().states().front()), pacta::query_error);
}

TEST_CASE("scale: the State index finds each of 300,000 names and none that is absent", "[scale]") {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < 300000; ++i) names.push_back("State " + std::to_string(i * 7919 % 1000003));
  pacta::detail::name_index index;
  auto name_of = [&](std::size_t i) -> std::string_view { return names[i]; };
  for (std::size_t i = 0; i < names.size(); ++i) {
    const auto [at, added] = index.insert(names[i], i, name_of);
    CHECK(added);
    CHECK(at == i);
  }
  const auto [again, added_again] = index.insert(names[12345], 999, name_of);
  CHECK_FALSE(added_again);
  CHECK(again == 12345u);
  std::size_t found = 0;
  for (std::size_t i = 0; i < names.size(); ++i)
    found += index.find(names[i], name_of) == static_cast<std::ptrdiff_t>(i) ? 1 : 0;
  CHECK(found == names.size());
  CHECK(index.find("State -1", name_of) == -1);
  CHECK(index.find("", name_of) == -1);
  CHECK(index.find("State 1000003", name_of) == -1);
}

TEST_CASE("scale: OPAC declarations and armed conflicts are kept for the States that have them only", "[scale][opac]") {
  const auto& opac = test::bundled_opac();
  std::size_t with = 0;
  for (const auto& s : opac.states()) {
    with += opac.declarations_of(s).empty() ? 0 : 1;
    CHECK(opac.armed_conflicts_of(s).empty());  // none recorded in the UNTC data
  }
  CHECK(with == 171);
  const auto& opsc = test::bundled_opsc();
  for (const auto& s : opsc.states()) CHECK(opsc.declarations_of(s).empty());
}

TEST_CASE("scale: the counts of parties on a date equal a count State by State, for dense and for sparse dates",
          "[scale][E2][D1]") {
  // Dense: 4,000 States whose events fall within about a year (the counts are summed day by day);
  // sparse: the bundled OPSC, whose events spread over 25 years (they are sorted).
  std::vector<nlohmann::json> actions;
  for (int i = 0; i < 4000; ++i) {
    const std::string s = "S" + std::to_string(i);
    const int m = 1 + i % 12, d = 1 + i % 28;
    char day[16];
    std::snprintf(day, sizeof day, "2001-%02d-%02d", m, d);
    actions.push_back(test::act(s, i % 3 == 0 ? "accession" : "ratification", day));
    if (i % 7 == 0) {
      std::snprintf(day, sizeof day, "2002-%02d-%02d", m, d);
      actions.push_back(test::act(s, "denunciation", day));
    }
  }
  pacta::treaty_rules rules = pacta::opsc_rules();
  rules.signature.any_state = rules.consent.any_state = true;
  const auto dense = test::record(rules, actions);
  const std::vector<const pacta::treaty_record*> records = {&dense, &test::bundled_opsc()};
  for (const auto* rec : records) {
    for (auto on = date::sys_days{2000_y / 12 / 1}; on < date::sys_days{2026_y / 3 / 1};
         on += date::days{rec == &dense ? 3 : 41}) {
      std::size_t bound = 0, consented = 0;
      for (std::size_t k = 0; k < rec->states().size(); ++k) {
        const auto st = rec->status_code(rec->handle(rec->states()[k]), pacta::date_t{on});
        bound += rec->is_bound(rec->states()[k].state, pacta::date_t{on}) ? 1 : 0;
        consented += st == pacta::status::consented || st == pacta::status::bound ||
                             st == pacta::status::denunciation_pending || st == pacta::status::denunciation_suspended
                         ? 1
                         : 0;
      }
      INFO(rec->rules().id << " on " << pacta::to_iso(pacta::date_t{on}));
      CHECK(rec->parties_on(pacta::date_t{on}) == bound);
      CHECK(rec->consented_on(pacta::date_t{on}) == consented);
    }
  }
}
