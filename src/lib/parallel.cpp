// libpacta's job runner: the definition of pacta/detail/parallel.hpp, compiled once.
#ifdef PACTA_HEADER_ONLY
#error "src/lib is compiled without PACTA_HEADER_ONLY: in header-only mode the headers hold these definitions"
#endif
#include <pacta/detail/parallel.hpp>
#include <pacta/detail/parallel_impl.hpp>
