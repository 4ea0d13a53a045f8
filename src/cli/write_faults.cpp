// pacta CLI — the write options of every file the command writes, and the faults the tests inject.
//
// The only source of the CLI compiled twice: plain for the installed `pacta`, with PACTA_TEST_HOOKS
// for `pacta-test-hooks`, the command the tests run to crash or fill the disk half-way through a
// write. Every other source is compiled once and linked into both.
#include "output.hpp"

#include <cstdlib>
#include <string>

#include <unistd.h>

namespace pacta_cli {

pacta::write_options write_options_for_cli() {
  pacta::write_options o;
  o.temporary = [](const std::string& path) { detail::set_pending(path); };
#ifdef PACTA_TEST_HOOKS
  // PACTA_TEST_FAULT: "after-temp-write" (a crash between the temporary file and the rename),
  // "disk-full" (the write fails half-way with ENOSPC) or "pause-before-rename".
  if (const char* v = std::getenv("PACTA_TEST_FAULT")) {
    if (std::string(v) == "after-temp-write") o.faults.after_temp_written = [] { std::_Exit(70); };
    if (std::string(v) == "disk-full") o.faults.disk_full = true;
    // "pause-before-rename": waits there, so that a test can send a signal mid-write.
    if (std::string(v) == "pause-before-rename") o.faults.after_temp_written = [] { ::sleep(3); };
  }
#endif
  return o;
}

}  // namespace pacta_cli
