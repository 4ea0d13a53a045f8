// Builds the whole public interface as C++20 with the project's warnings, and runs one computation.
#include <pacta/pacta.hpp>

#include <iostream>

int main() {
  using namespace date::literals;
  const pacta::date_t d = pacta::add_period(2005_y / 1 / 31, pacta::period::months(1));
  if (d != 2005_y / 2 / 28) {
    std::cerr << "art. 14(2) P2: expected 2005-02-28, got " << pacta::to_iso(d) << '\n';
    return 1;
  }
  const auto rec = pacta::load_record("data/registries/opsc.json", pacta::opsc_rules());
  if (!rec.entry_into_force() || rec.entry_into_force()->date != 2002_y / 1 / 18) {
    std::cerr << "art. 14(1): expected 2002-01-18\n";
    return 1;
  }
  std::cout << "C++20: OPSC in force " << pacta::to_iso(rec.entry_into_force()->date) << '\n';
  return 0;
}
