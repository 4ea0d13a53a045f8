// Must not compile: an overview of a temporary set would point into a set already destroyed
// (state_across(const treaty_set&&, …) is deleted). Built by the "compile-fail:" test.
// expect-error: use of deleted function|call to deleted function
#include <pacta/state_across.hpp>

int main() {
  using namespace date::literals;
  const auto overview = pacta::state_across(pacta::treaty_set("data"), "Benin", 2026_y / 12 / 3);
  (void)overview;
}
