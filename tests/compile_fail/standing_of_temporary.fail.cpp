// Must not compile: a State's standing points into the record it was taken of (`treaty`, `record`);
// of a temporary record it would dangle. Built by the "compile-fail:" test.
// expect-error: use of deleted function|call to deleted function
#include <pacta/record.hpp>
#include <pacta/state_standing.hpp>

bool bound_by_a_temporary(const pacta::treaty_rules& rules) {
  return pacta::binds(
      pacta::standing_of(pacta::load_record("opsc.json", rules), nullptr, "Benin", date::year{2026} / 2 / 3)
          .status.code);
}
