// Example 02: check my reporting deadlines (OPSC article 12).
//
// A treaty office loads the bundled registries and its record of reports submitted (here an
// illustrative reports file), then asks, for its State on a date: when was the initial report due,
// which report is next, when, on what basis, and is it overdue?
#include <pacta/pacta.hpp>

#include <iostream>
#include <string>

int main() {
  using namespace date::literals;
  const std::string data = PACTA_DATA_DIR;
  const std::string examples = PACTA_EXAMPLES_DIR;
  try {
    const auto crc = pacta::load_record(data + "/registries/crc.json", pacta::crc_rules());
    const auto opsc = pacta::load_record(data + "/registries/opsc.json", pacta::opsc_rules(), {&crc});

    const pacta::reports_file reports = pacta::load_reports(examples + "/data/reports-illustrative.json");
    const pacta::reporting rep(opsc, &crc, &reports);
    for (const auto& d : rep.validate()) std::cerr << d.to_string() << '\n';

    const pacta::date_t on = 2026_y / 2 / 3;
    for (const char* state : {"Benin", "United States of America", "Armenia"}) {
      const pacta::report_position p = rep.position(state, on);
      std::cout << state << " on " << pacta::to_iso(on) << '\n'
                << "  initial report due " << pacta::to_iso(p.initial_due->date) << " ("
                << opsc.cite(p.initial_due->why) << ")\n"
                << "  reports submitted: " << p.submitted.size() << '\n'
                << "  next: " << pacta::to_key(*p.next_report) << " report due " << pacta::to_iso(p.next_due->date)
                << " (" << opsc.cite(p.next_due->why) << ")"
                << (p.overdue == pacta::overdue_state::overdue
                        ? ", overdue by " + std::to_string(p.days_overdue->count()) + " days"
                    : p.overdue == pacta::overdue_state::on_time ? ", not overdue"
                                                                 : ", overdue unknown")
                << '\n'
                << "  why: " << p.next_due->why.reasoning << '\n';
    }
  } catch (const pacta::load_error& e) {
    for (const auto& d : e.diagnostics()) std::cerr << d.to_string() << '\n';
    return 1;
  }
}
