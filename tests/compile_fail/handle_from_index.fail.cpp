// Must not compile: a position in `states()` is not a State (it could be another record's); a
// handle is made from a name (resolve) or from one of the record's own state_records (handle(s)).
// Built by the "compile-fail:" test.
// expect-error: use of deleted function|call to deleted member function
#include <pacta/record.hpp>

int handle_of_index(const pacta::treaty_record& opsc) {
  return opsc.is_bound(opsc.handle(std::size_t{3}), date::year{2026} / 2 / 3) ? 1 : 0;
}
