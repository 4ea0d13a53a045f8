// Must not compile: the record of a temporary set would dangle once the statement ends
// (treaty_set::load is deleted on an rvalue set). Built by the "compile-fail:" test.
// expect-error: use of deleted function|call to deleted member function
#include <pacta/treaty_set.hpp>

int main() {
  const pacta::treaty_record& opsc = pacta::treaty_set("data").load("opsc");
  (void)opsc;
}
