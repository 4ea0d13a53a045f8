// libpacta's build of a record: the definition of pacta::try_build_record (pacta/record.hpp),
// compiled once.
#ifdef PACTA_HEADER_ONLY
#error "src/lib is compiled without PACTA_HEADER_ONLY: in header-only mode the headers hold these definitions"
#endif
#include <pacta/record.hpp>  // the declaration, with its default arguments, first

#include <pacta/detail/record_impl.hpp>
