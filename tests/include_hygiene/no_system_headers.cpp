// <pacta/pacta.hpp> pulls in no POSIX header and no <filesystem>: what touches the system is in
// libpacta (pacta/config.hpp). nlohmann/json's own include of <filesystem> is turned off for this
// check (JSON_HAS_FILESYSTEM=0), to see pacta's headers alone. Built by the "include:" tests: with
// libpacta it must compile; header-only (PACTA_HEADER_ONLY) it must not, which shows the check sees.
#include <pacta/pacta.hpp>

#if defined(_UNISTD_H) || defined(_FCNTL_H) || defined(_SYS_STAT_H)
#error "a POSIX header came in through <pacta/pacta.hpp>"
#endif
#if defined(_GLIBCXX_FILESYSTEM) || defined(_LIBCPP_FILESYSTEM)
#error "<filesystem> came in through <pacta/pacta.hpp>"
#endif

int pacta_include_hygiene = 0;
