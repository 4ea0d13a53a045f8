// Example 01: since when is a State bound by the OPSC, and why?
//
// Loads the bundled Convention registry and the OPSC registry (checked against it, article 13), then
// prints, for a few States, the date the Protocol entered into force for them with its article,
// rule and reasoning.
#include <pacta/pacta.hpp>

#include <iostream>
#include <string>

int main() {
  const std::string data = PACTA_DATA_DIR;
  try {
    const auto crc = pacta::load_record(data + "/registries/crc.json", pacta::crc_rules());
    const auto opsc = pacta::load_record(data + "/registries/opsc.json", pacta::opsc_rules(), {&crc});

    for (const char* state : {"Benin", "United States of America", "Montenegro"}) {
      const pacta::state_record* s = opsc.find(state);
      const pacta::consent_record& consent = s->consents.back();
      const pacta::dated eif = *opsc.entry_into_force_of(consent);
      std::cout << state << '\n'
                << "  " << pacta::to_key(consent.kind) << ": " << pacta::to_prose(consent.deposit) << '\n'
                << "  bound from: " << pacta::to_prose(eif.date) << " (" << opsc.cite(eif.why) << ")\n"
                << "  why: " << eif.why.reasoning << '\n';
    }
  } catch (const pacta::load_error& e) {
    for (const auto& d : e.diagnostics()) std::cerr << d.to_string() << '\n';
    return 1;
  }
}
