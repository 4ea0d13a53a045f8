// libpacta's file plumbing: the definitions of pacta/detail/files.hpp, compiled once.
#ifdef PACTA_HEADER_ONLY
#error "src/lib is compiled without PACTA_HEADER_ONLY: in header-only mode the headers hold these definitions"
#endif
#include <pacta/detail/files.hpp>
#include <pacta/detail/files_impl.hpp>
