// pacta/config.hpp — how the library is built into a program: compiled or header-only.
//
// By default the parts of the library that touch the system (reading files, listing a data
// directory: pacta/detail/files.hpp; threads: pacta/detail/parallel.hpp) and the build of a record
// (pacta/detail/record_impl.hpp) are compiled once into libpacta, which the CMake target
// `pacta::pacta` and `pkg-config pacta` link; no header of the library then includes a POSIX header
// or <filesystem>. Defining PACTA_HEADER_ONLY (the CMake target `pacta::header_only`, or
// `pkg-config pacta-header-only`) includes those definitions in the headers instead, and nothing
// needs linking. One program uses one mode: every translation unit with the same definition.
#pragma once

#ifdef PACTA_HEADER_ONLY
#define PACTA_INLINE inline
#else
#define PACTA_INLINE
#endif
