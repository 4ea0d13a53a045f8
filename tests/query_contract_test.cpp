// Tests for the contract of naming a State in pacta/record.hpp and pacta/reports.hpp: every query
// that takes a name throws query_error (with the near names) for a State the registry lacks, and
// a state_handle from resolve() answers the same as the exact name.
#include "support.hpp"

#include <catch2/catch.hpp>
#include <pacta/names.hpp>
#include <pacta/record.hpp>
#include <pacta/reports.hpp>
#include <pacta/state_across.hpp>

#include <functional>
#include <string>
#include <type_traits>

using namespace date::literals;

namespace {

const pacta::state_names& bundled_names() {
  static const pacta::state_names names = pacta::load_state_names(test::source_path("data/states.json"));
  return names;
}

std::string message_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const pacta::query_error& e) {
    return e.what();
  }
  return "(no query_error)";
}

}  // namespace

TEST_CASE("names: every query taking a State name throws query_error for a name the registry lacks",
          "[record][names]") {
  const auto& opsc = test::bundled_opsc();
  const auto& a1 = opsc.amendments();
  const pacta::date_t on = 2026_y / 2 / 3;
  for (const char* typed : {"Atlantis", "benin", "usa", "Benin "}) {
    INFO(typed);
    CHECK_THROWS_AS(opsc.is_bound(typed, on), pacta::query_error);
    CHECK_THROWS_AS(opsc.status_on(typed, on), pacta::query_error);
    CHECK_THROWS_AS(opsc.status_code(typed, on), pacta::query_error);
    CHECK_THROWS_AS(opsc.binding_text(typed, on), pacta::query_error);
    CHECK_THROWS_AS(opsc.entry_into_force_for(typed), pacta::query_error);
    CHECK_THROWS_AS(opsc.denunciation_effective(typed), pacta::query_error);
    CHECK_THROWS_AS(opsc.bound_as_to_act(typed, on), pacta::query_error);
    CHECK_THROWS_AS(opsc.declaration_on(typed, on), pacta::query_error);
    CHECK_THROWS_AS(opsc.consent_on(typed, on), pacta::query_error);
    CHECK_THROWS_AS(opsc.state(std::string_view(typed)), pacta::query_error);
    if (!a1.empty()) CHECK_THROWS_AS(opsc.amendment_binds_from(a1.front(), typed), pacta::query_error);
    CHECK_THROWS_AS(pacta::reporting(opsc, &test::bundled_crc()).position(typed, on), pacta::query_error);
    // The non-throwing forms.
    CHECK(opsc.find(typed) == nullptr);
  }
  // The exact name still answers.
  CHECK(opsc.is_bound("Benin", on));
  CHECK(opsc.status_on("Benin", on).code == pacta::status::bound);
}

TEST_CASE("names: the query_error for an unknown name suggests the near registry names", "[record][names]") {
  const auto& opsc = test::bundled_opsc();
  const pacta::date_t on = 2026_y / 2 / 3;
  CHECK(message_of([&] { (void)opsc.is_bound("benin", on); }) ==
        "no State named \"benin\" in the OPSC registry; did you mean \"Benin\"?");
  CHECK(message_of([&] { (void)opsc.status_on("Benni", on); }) ==
        "no State named \"Benni\" in the OPSC registry; did you mean \"Benin\"?");
  CHECK(message_of([&] { (void)opsc.status_on("Atlantis", on); }) ==
        "no State named \"Atlantis\" in the OPSC registry");
  CHECK(message_of([&] { (void)opsc.resolve("Untied States", &bundled_names()); }) ==
        "no State named \"Untied States\" in the OPSC registry; did you mean \"United States of America\"?");
  // A State of the name table with no recorded action: named as such.
  CHECK(message_of([&] { (void)opsc.resolve("Barbados", &bundled_names()); }) ==
        "no State named \"Barbados\" in the OPSC registry (the name table's \"Barbados\" has no recorded action)");
}

TEST_CASE("names: resolve finds the exact name, then by name_key, then through the name table", "[record][names]") {
  const auto& opsc = test::bundled_opsc();
  const auto& names = bundled_names();
  const auto benin = opsc.resolve("Benin");
  CHECK(opsc.states()[benin.index()].state == "Benin");
  CHECK(opsc.resolve("benin") == benin);
  CHECK(opsc.resolve("  BENIN ") == benin);
  CHECK(opsc.state(opsc.resolve("usa", &names)).state == "United States of America");
  CHECK(opsc.state(opsc.resolve("US", &names)).state == "United States of America");
  CHECK(opsc.state(opsc.resolve("Türkiye", &names)).state == "Türkiye");
  CHECK(opsc.state(opsc.resolve("turkiye")).state == "Türkiye");  // name_key folds the accent
  CHECK(opsc.state(opsc.resolve("Turkey", &names)).state == "Türkiye");
  CHECK(opsc.state(opsc.resolve("cote divoire")).state == opsc.state(opsc.resolve("Côte d'Ivoire", &names)).state);
  // Without the table, "usa" is no registry name.
  CHECK_THROWS_AS(opsc.resolve("usa"), pacta::query_error);
  CHECK_FALSE(opsc.try_resolve("usa"));
  CHECK_FALSE(opsc.try_resolve("Atlantis", &names));
  CHECK_FALSE(opsc.try_resolve("Barbados", &names));  // in the table, not in the registry
  CHECK(opsc.try_resolve("usa", &names));
}

TEST_CASE("names: a handle answers every query as the exact name does", "[record][names]") {
  const auto& opsc = test::bundled_opsc();
  const pacta::reporting rep(opsc, &test::bundled_crc());
  for (const auto& s : opsc.states()) {
    const auto h = opsc.resolve(s.state);
    CHECK(&opsc.state(h) == &s);
    for (const pacta::date_t on :
         {pacta::date_t{2002_y / 1 / 17}, pacta::date_t{2010_y / 6 / 1}, pacta::date_t{2026_y / 2 / 3}}) {
      CHECK(opsc.status_code(h, on) == opsc.status_code(s.state, on));
      CHECK(opsc.is_bound(h, on) == opsc.is_bound(s.state, on));
      CHECK(opsc.status_on(h, on).explanation == opsc.status_on(s.state, on).explanation);
      CHECK(opsc.binding_text(h, on).explanation == opsc.binding_text(s.state, on).explanation);
      CHECK(opsc.bound_as_to_act(h, on).why.reasoning == opsc.bound_as_to_act(s.state, on).why.reasoning);
      CHECK(opsc.consent_on(h, on) == opsc.consent_on(s.state, on));
      CHECK(opsc.declaration_on(h, on) == opsc.declaration_on(s.state, on));
      if (opsc.status_code(h, on) != pacta::status::not_participant &&
          opsc.status_code(h, on) != pacta::status::signatory)
        CHECK(rep.position(h, on).explanation == rep.position(s.state, on).explanation);
    }
    CHECK(opsc.entry_into_force_for(h).has_value() == opsc.entry_into_force_for(s.state).has_value());
    CHECK(opsc.denunciation_effective(h).has_value() == opsc.denunciation_effective(s.state).has_value());
    for (const auto& a : opsc.amendments())
      CHECK(opsc.amendment_binds_from(a, h).has_value() == opsc.amendment_binds_from(a, s.state).has_value());
  }
}

TEST_CASE("handles: a handle of another record, an empty handle or an index out of range is a query_error",
          "[record][names]") {
  const auto& opsc = test::bundled_opsc();
  const auto& crc = test::bundled_crc();
  const pacta::date_t on = 2026_y / 2 / 3;
  const auto crc_benin = crc.resolve("Benin");
  CHECK_THROWS_AS(opsc.status_code(crc_benin, on), pacta::query_error);
  CHECK_THROWS_AS(opsc.is_bound(crc_benin, on), pacta::query_error);
  CHECK_THROWS_AS(opsc.status_code(pacta::state_handle{}, on), pacta::query_error);
  // A State's record from another record is refused: a position or a record never crosses records.
  CHECK_THROWS_AS(opsc.handle(*crc.find("Benin")), pacta::query_error);
  const pacta::state_record outside = opsc.states()[0];  // a copy lives outside the record
  CHECK_THROWS_AS(opsc.handle(outside), pacta::query_error);
  CHECK(opsc.handle(opsc.states()[0]) == opsc.resolve(opsc.states()[0].state));
  // A copy of a record answers its original's handles.
  const pacta::treaty_record copy = opsc;
  CHECK(copy.is_bound(opsc.resolve("Benin"), on));
  // A handle is a type of its own, not an index: no conversion from or to std::size_t.
  static_assert(!std::is_convertible_v<std::size_t, pacta::state_handle>);
  static_assert(!std::is_convertible_v<pacta::state_handle, std::size_t>);
  static_assert(!std::is_constructible_v<pacta::state_handle, std::size_t>);
}

TEST_CASE("dates: every query taking a date throws query_error for a day that does not exist", "[record][dates]") {
  const auto& opsc = test::bundled_opsc();
  const pacta::reporting rep(opsc, &test::bundled_crc());
  const auto h = opsc.resolve("Benin");
  for (const pacta::date_t bad : {pacta::date_t{2026_y / 2 / 30}, pacta::date_t{2026_y / date::month{13} / 45},
                                  pacta::date_t{2026_y / 4 / 31}, pacta::date_t{2025_y / 2 / 29}}) {
    INFO(static_cast<unsigned>(bad.month()) << "/" << static_cast<unsigned>(bad.day()));
    CHECK_THROWS_AS(opsc.status_code("Benin", bad), pacta::query_error);
    CHECK_THROWS_AS(opsc.status_code(h, bad), pacta::query_error);
    CHECK_THROWS_AS(opsc.is_bound("Benin", bad), pacta::query_error);
    CHECK_THROWS_AS(opsc.is_bound(h, bad), pacta::query_error);
    CHECK_THROWS_AS(opsc.status_on("Benin", bad), pacta::query_error);
    CHECK_THROWS_AS(opsc.consent_on("Benin", bad), pacta::query_error);
    CHECK_THROWS_AS(opsc.declaration_on("Benin", bad), pacta::query_error);
    CHECK_THROWS_AS(opsc.bound_as_to_act("Benin", bad), pacta::query_error);
    CHECK_THROWS_AS(opsc.binding_text("Benin", bad), pacta::query_error);
    CHECK_THROWS_AS(opsc.parties_on(bad), pacta::query_error);
    CHECK_THROWS_AS(opsc.consented_on(bad), pacta::query_error);
    CHECK_THROWS_AS(rep.position("Benin", bad), pacta::query_error);
    CHECK_THROWS_AS(rep.positions(bad), pacta::query_error);
    CHECK_THROWS_AS(pacta::signatories_on(opsc, bad), pacta::query_error);
  }
  CHECK_THROWS_WITH(opsc.is_bound("Benin", 2026_y / 2 / 30), Catch::Contains("2026-2-30, is not a calendar date"));
  CHECK(opsc.is_bound("Benin", 2024_y / 2 / 29));  // a day that exists
}

TEST_CASE("names: a State is a string or a handle, never an integer (is_bound(0, d) does not compile)",
          "[record][names]") {
  // is_bound(0, d) is the compile-fail test "state_as_integer"; these are the forms that compile.
  const auto& opsc = test::bundled_opsc();
  CHECK(opsc.is_bound(std::string("Benin"), 2026_y / 2 / 3));
  CHECK(opsc.is_bound("Benin", 2026_y / 2 / 3));
  CHECK(opsc.is_bound(opsc.handle(*opsc.find("Benin")), 2026_y / 2 / 3));
  // A const char* that is null at run time is refused, never read (strlen of a null pointer).
  const char* none = nullptr;
  CHECK_THROWS_AS(opsc.is_bound(none, 2026_y / 2 / 3), pacta::query_error);
  CHECK_THROWS_AS(opsc.entry_into_force_for(none), pacta::query_error);
}

TEST_CASE("reports: reporting cannot be built from a temporary record", "[reports]") {
  static_assert(std::is_constructible_v<pacta::reporting, const pacta::treaty_record&>);
  static_assert(!std::is_constructible_v<pacta::reporting, pacta::treaty_record&&>);
  static_assert(!std::is_constructible_v<pacta::reporting, pacta::treaty_record>);
  SUCCEED();
}

TEST_CASE("reports: load_reports/parse_reports throw load_error, the try_ forms return nothing", "[reports][loading]") {
  const std::string path = test::source_path("examples/data/reports-illustrative.json");
  const auto file = pacta::load_reports(path);
  CHECK(file.treaty == "opsc");
  CHECK_FALSE(file.submissions.empty());
  std::vector<pacta::diagnostic> diags;
  const auto again = pacta::try_load_reports(path, diags);
  REQUIRE(again);
  CHECK(diags.empty());
  CHECK(again->submissions.size() == file.submissions.size());
  CHECK_THROWS_AS(pacta::load_reports(test::source_path("no/such/reports.json")), pacta::load_error);
  CHECK_FALSE(pacta::try_load_reports(test::source_path("no/such/reports.json"), diags));
  CHECK_FALSE(diags.empty());
  CHECK_THROWS_AS(pacta::parse_reports("{}", "r.json"), pacta::load_error);
  diags.clear();
  CHECK_FALSE(pacta::try_parse_reports("[1]", "r.json", diags));
  CHECK_FALSE(diags.empty());
}

TEST_CASE("loading: every input has load_X/parse_X (throwing) and try_load_X/try_parse_X (optional)", "[loading]") {
  const std::string reg = test::source_path("data/registries/opsc.json");
  const std::string missing = test::source_path("no/such/file.json");
  std::vector<pacta::diagnostic> diags;
  // Registry.
  CHECK(pacta::load_registry(reg).treaty == "opsc");
  CHECK(pacta::try_load_registry(reg, diags));
  CHECK_FALSE(pacta::try_load_registry(missing, diags));
  CHECK_THROWS_AS(pacta::load_registry(missing), pacta::load_error);
  CHECK_THROWS_AS(pacta::parse_registry("{}", "r.json"), pacta::load_error);
  diags.clear();
  CHECK_FALSE(pacta::try_parse_registry("[]", "r.json", diags));
  CHECK_FALSE(diags.empty());
  // Treaty profile.
  const auto rules = pacta::load_treaty_profile(test::source_path("data/treaties/opsc.json"));
  CHECK(rules.short_title == "OPSC");
  diags.clear();
  CHECK(pacta::try_load_treaty_profile(test::source_path("data/treaties/opsc.json"), diags));
  CHECK_FALSE(pacta::try_load_treaty_profile(missing, diags));
  CHECK_THROWS_AS(pacta::parse_treaty_profile("{}", "p.json"), pacta::load_error);
  diags.clear();
  CHECK_FALSE(pacta::try_parse_treaty_profile(std::string_view("{"), "p.json", diags));
  CHECK_FALSE(diags.empty());
  // Record.
  const auto crc = pacta::load_record(test::source_path("data/registries/crc.json"), pacta::crc_rules());
  const auto opsc = pacta::load_record(reg, pacta::opsc_rules(), {&crc});
  CHECK(opsc.entry_into_force_for("Benin")->date == 2005_y / 2 / 28);
  diags.clear();
  CHECK(pacta::try_load_record(reg, pacta::opsc_rules(), diags, {&crc}));
  CHECK_FALSE(pacta::try_load_record(missing, pacta::opsc_rules(), diags));
  CHECK_THROWS_AS(pacta::load_record(missing, pacta::opsc_rules()), pacta::load_error);
  CHECK_THROWS_AS(pacta::parse_record("{}", "r.json", pacta::opsc_rules()), pacta::load_error);
  diags.clear();
  CHECK_FALSE(pacta::try_parse_record("{}", "r.json", pacta::opsc_rules(), diags));
  CHECK_FALSE(diags.empty());
  // Name table.
  CHECK(pacta::load_state_names(test::source_path("data/states.json")).lookup("usa")->name ==
        "United States of America");
  diags.clear();
  CHECK(pacta::try_load_state_names(test::source_path("data/states.json"), diags));
  CHECK_FALSE(pacta::try_load_state_names(missing, diags));
  CHECK_THROWS_AS(pacta::load_state_names(missing), pacta::load_error);
  CHECK_THROWS_AS(pacta::parse_state_names("{}", "n.json"), pacta::load_error);
  diags.clear();
  CHECK_FALSE(pacta::try_parse_state_names("{}", "n.json", diags));
  CHECK_FALSE(diags.empty());
}
