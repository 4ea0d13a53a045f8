// A small application as a user would write it from README.md and docs/library.md: it loads the
// installed data, asks a date, resolves States as people type them, reads a reports file, and
// checks that a State the registry lacks is a query_error, never "not bound".
#include <pacta/pacta.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>

int main() {
  using namespace date::literals;
  const std::string dir = PACTA_DATA_DIR;
  const auto rules = pacta::load_treaty_profile(dir + "/treaties/opsc.json");
  const auto crc = pacta::load_record(dir + "/registries/crc.json", pacta::crc_rules());
  const auto rec = pacta::load_record(dir + "/registries/opsc.json", rules, {&crc});
  const auto eif = rec.entry_into_force_for("Benin");
  std::cout << "Benin " << pacta::to_iso(eif->date) << ' ' << rec.cite(eif->why) << '\n';

  // States as people type them.
  const auto names = pacta::load_state_names(dir + "/states.json");
  for (const char* typed : {"usa", "benin", "Türkiye"})
    std::cout << typed << " -> " << rec.state(rec.resolve(typed, &names)).state << '\n';

  // A reports file, through public API.
  const std::string path = "consumer-reports.json";
  std::ofstream(path) << R"({"format": "pacta.reports/1", "treaty": "opsc", "as_of": "2026-02-03",
    "submissions": [{"state": "Benin", "report": "initial", "submitted": "2009-11-02"}]})";
  const pacta::reports_file reports = pacta::load_reports(path);
  std::remove(path.c_str());
  const pacta::reporting rep(rec, &crc, &reports);
  const auto p = rep.position(rec.resolve("benin"), 2026_y / 2 / 3);
  std::cout << "Benin next report due " << pacta::to_iso(p.next_due->date) << ", " << pacta::to_prose(p.overdue)
            << '\n';

  // A name the registry lacks is a query_error, for every query.
  int errors = 0;
  auto expect_error = [&](auto&& query) {
    try {
      query();
    } catch (const pacta::query_error&) {
      ++errors;
    }
  };
  expect_error([&] { (void)rec.is_bound("Atlantis", 2026_y / 2 / 3); });
  expect_error([&] { (void)rec.status_on("benin", 2026_y / 2 / 3); });
  expect_error([&] { (void)rep.position("usa", 2026_y / 2 / 3); });
  std::cout << errors << " query errors\n";
}
