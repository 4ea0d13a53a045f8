// Must not compile: the reports of a temporary set would point into a set already destroyed
// (reports_due_between(const treaty_set&&, …) is deleted). Built by the "compile-fail:" test.
// expect-error: use of deleted function|call to deleted function
#include <pacta/reports_window.hpp>

int main() {
  using namespace date::literals;
  const auto due = pacta::reports_due_between(pacta::treaty_set("data"), 2026_y / 12 / 3, 2027_y / 12 / 2);
  (void)due;
}
