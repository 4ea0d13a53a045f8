// Must not compile: a State named by the integer 0 would read as a null name and crash
// (is_bound(0, d)); a State is a string or a handle. Built by the "compile-fail:" test.
// expect-error: use of deleted function|call to deleted member function|invokes a deleted function
#include <pacta/record.hpp>

bool ask(const pacta::treaty_record& opsc, pacta::date_t d) {
  return opsc.is_bound(0, d);
}

int main() {}
