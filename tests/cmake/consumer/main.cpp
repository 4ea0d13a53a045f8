#include <pacta/pacta.hpp>

#include <iostream>

int main() {
  const std::string dir = PACTA_DATA_DIR;
  const auto rules = pacta::load_treaty_profile_file(dir + "/treaties/opsc.json");
  const auto rec = pacta::treaty_record::load_file(dir + "/registries/opsc.json", rules);
  const auto eif = rec.entry_into_force_for("Benin");
  std::cout << "Benin " << pacta::to_iso(eif->date) << ' ' << rec.cite(eif->why) << '\n';
}
