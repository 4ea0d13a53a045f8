// Must not compile: a state_handle is resolved by its record (treaty_record::resolve, ::handle),
// never made from a bare index. Built by the "compile-fail:" test.
// expect-error: no matching (function for call to|constructor for initialization)
#include <pacta/record.hpp>

int main() {
  const pacta::state_handle h(std::size_t{3});
  (void)h;
}
