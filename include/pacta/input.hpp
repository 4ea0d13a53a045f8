// pacta/input.hpp — reading an input file, or standard input, with diagnostics, as pacta reads its
// own (for programs that read other files the same way). Not included by <pacta/pacta.hpp>.
//
// Every file pacta reads goes through `open_input`: a missing or unreadable file, a directory and a
// file over the size limit are each a diagnostic (`io.read` with the system's reason, or
// `io.too-large`), never an exception or a silent empty input. `-` is standard input. A regular
// file is known by its size and can be read again (to place an error); a pipe, a FIFO or standard
// input is read once. `read_input` reads an input whole; `block_reader` reads it in blocks.
//
// Example:
//   std::vector<pacta::diagnostic> diags;
//   std::string text;
//   if (!pacta::read_input("reports.json", text, diags))
//     std::cerr << diags.front().to_string() << '\n';   // reports.json: (document): cannot open the
//                                                       // file: No such file or directory [io.read]
#pragma once

#include <pacta/detail/files.hpp>

namespace pacta {
using detail::block_reader;
using detail::file_handle;
using detail::input_info;
using detail::max_input_bytes;
using detail::max_registry_bytes;
using detail::open_input;
using detail::read_input;
using detail::read_rest;
}  // namespace pacta
