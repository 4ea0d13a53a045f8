// pacta CLI — the shared pieces of text output: aligned tables (coloured on a terminal), the
// display width of UTF-8 text, and CSV fields.
#pragma once

#include <pacta/basis.hpp>

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace pacta_cli {

/// The columns a UTF-8 string takes: its code points (continuation bytes do not count).
std::size_t display_width(const std::string& s);

/// Colour on a terminal only, and never when NO_COLOR is set to a value (https://no-color.org: an
/// empty NO_COLOR does not count).
bool use_colour();

/// A table with a header row and a rule under it, columns two spaces apart, trailing spaces
/// trimmed; on a terminal (use_colour) the header is bold and statuses and overdue marks coloured.
void print_table(std::ostream& os, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows);

/// A date as YYYY-MM-DD, or empty text when there is none (a table cell, a CSV field).
std::string iso_or_empty(const std::optional<pacta::dated>& d);
std::string iso_or_empty(const std::optional<pacta::date_t>& d);

/// A CSV field (RFC 4180): quoted, with its quotes doubled, when it holds a comma, quote or line break.
std::string csv_field(const std::string& s);

}  // namespace pacta_cli
