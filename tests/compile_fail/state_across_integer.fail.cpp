// Must not compile: state_across(set, 0, d) would read 0 as a null name. Built by the
// "compile-fail:" test.
// expect-error: use of deleted function|call to deleted function
#include <pacta/state_across.hpp>

pacta::state_overview overview_of_zero(const pacta::treaty_set& set) {
  return pacta::state_across(set, 0, date::year{2026} / 2 / 3);
}
