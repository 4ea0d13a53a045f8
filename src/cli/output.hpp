// pacta CLI — where its output goes, and proof that it got there.
//
// Every file the command writes goes through `write_output`: standard output for "-" (and for
// /dev/stdout, which is the same thing), otherwise `pacta::write_atomically`, which keeps a
// symbolic link a link, keeps an existing file's owner and mode, gives a new file 0666 less the
// umask and writes devices and pipes in place. A temporary file that a signal interrupts is
// removed (`install_signal_cleanup`). And a command is only successful when what it printed
// reached its standard output: `finish` flushes it and turns a failed write (a full disk, a
// closed descriptor) into exit code 1 with the reason.
#pragma once

#include <pacta/diagnostic.hpp>
#include <pacta/writer.hpp>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

#include <fcntl.h>
#include <unistd.h>

namespace pacta_cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_invalid = 1;
inline constexpr int exit_usage = 2;
/// The command did its work (a file written, a registry changed) but what it printed did not reach
/// standard output (a full disk, a closed descriptor).
inline constexpr int exit_output = 3;

namespace detail {

// The temporary file being written, for the signal handler: a fixed buffer (no allocation in the
// handler) and a flag set only once the path is whole.
inline char pending_temporary[4096];
inline volatile std::sig_atomic_t pending_set = 0;

extern "C" inline void remove_pending_and_reraise(int sig) {
  if (pending_set) ::unlink(pending_temporary);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

/// Blocks SIGINT and SIGTERM while the pending path changes, so the handler never sees half a path.
inline void set_pending(const std::string& path) {
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGTERM);
  sigaddset(&block, SIGHUP);
  ::sigprocmask(SIG_BLOCK, &block, &old);
  pending_set = 0;
  if (!path.empty() && path.size() < sizeof pending_temporary) {
    std::memcpy(pending_temporary, path.c_str(), path.size() + 1);
    pending_set = 1;
  }
  ::sigprocmask(SIG_SETMASK, &old, nullptr);
}

inline bool stdout_was_closed = false;

}  // namespace detail

/// Removes the temporary file of a write in progress when SIGINT, SIGTERM or SIGHUP arrives, then
/// dies of the signal as it would have. Also makes sure descriptors 0–2 are open, so that a file
/// the command opens can never become its standard output (`pacta parties >&-`): a closed standard
/// output is replaced by a descriptor that refuses writes, so that `finish` reports it.
inline void install_signal_cleanup() {
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    // A signal ignored when pacta started (nohup, a shell's background job) stays ignored.
    struct sigaction old {};
    if (::sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    std::signal(sig, detail::remove_pending_and_reraise);
  }
  for (int fd = 0; fd <= 2; ++fd) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    if (fd == STDOUT_FILENO) detail::stdout_was_closed = true;
    const int opened = ::open("/dev/null", O_RDONLY);  // writes to it fail (EBADF)
    if (opened >= 0 && opened != fd) {
      ::dup2(opened, fd);
      ::close(opened);
    }
  }
}

/// The options every write of the command uses: signal cleanup of the temporary file, and the
/// faults the tests inject (only in the test build, `pacta-test-hooks`). Defined in write_faults.cpp,
/// the one source compiled twice: once for `pacta`, once with PACTA_TEST_HOOKS for `pacta-test-hooks`.
pacta::write_options write_options_for_cli();

/// Whether a path is the command's own standard output ("-", /dev/stdout, /dev/fd/1, …).
inline bool is_standard_output(const std::string& path) {
  return path == "-" || pacta::own_descriptor(path) == STDOUT_FILENO;
}

/// A path or value as shown in a message: control characters escaped, at most 300 bytes.
inline std::string shown(const std::string& s) {
  return pacta::escape_controls(pacta::detail::bounded(s, 300));
}

/// Writes an output file atomically (see pacta::write_atomically), or to standard output for "-".
/// Says what it wrote on standard error; exit code 1 and the reason when it could not.
inline int write_output(const std::string& path, const std::string& content, const char* what) {
  if (is_standard_output(path)) {
    std::cout << content;
    return exit_ok;
  }
  std::string error;
  if (!pacta::write_atomically(path, content, error, write_options_for_cli())) {
    std::cerr << "pacta: " << shown(error) << "; no " << what << " written\n";
    return exit_invalid;
  }
  std::cerr << "pacta: wrote " << what << " " << shown(path) << '\n';
  return exit_ok;
}

/// What a command that changed something says when its confirmation cannot be printed (`record`:
/// "the action WAS recorded in FILE").
inline std::string& done_anyway() {
  static std::string note;
  return note;
}

/// The command's exit code once its standard output is flushed: a command whose output did not
/// arrive did not succeed (exit 3, and what it did all the same).
inline int finish(int code) {
  errno = 0;
  std::cout.flush();
  const int flush_errno = errno;
  const bool failed = !std::cout.good() || std::fflush(stdout) != 0 || std::ferror(stdout);
  if (failed) {
    const int e = flush_errno ? flush_errno : errno;
    std::cerr << "pacta: cannot write to standard output"
              << (detail::stdout_was_closed ? std::string(": it is closed")
                  : e                       ? std::string(": ") + std::strerror(e)
                                            : std::string())
              << "; the output is lost or incomplete" << (done_anyway().empty() ? "" : "; " + done_anyway()) << "\n";
    return code == exit_ok ? exit_output : code;
  }
  return code;
}

}  // namespace pacta_cli
