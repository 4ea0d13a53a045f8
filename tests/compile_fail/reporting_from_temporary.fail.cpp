// Must not compile: a reporting built from a temporary record would keep a dangling reference
// (reporting(const treaty_record&&) is deleted). Built by the "compile-fail:" test.
// expect-error: use of deleted function|call to deleted constructor
#include <pacta/record.hpp>
#include <pacta/reports.hpp>

pacta::treaty_record load();

int main() {
  const pacta::reporting rep(load());
  (void)rep;
}
