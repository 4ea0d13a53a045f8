// pacta CLI — tables, display width, colour and CSV fields (see table.hpp).
#include "table.hpp"

#include <pacta/state_record.hpp>

#include <algorithm>
#include <cstdlib>

#include <unistd.h>

namespace pacta_cli {
namespace {

/// The colour of a table cell, by what it says: statuses and overdue marks.
const char* cell_colour(const std::string& cell) {
  using code = pacta::status;
  const auto is = [&](code s) { return cell == pacta::to_key(s); };
  if (is(code::bound) || cell == "no") return "\033[32m";
  if (is(code::consented) || is(code::denunciation_pending) || is(code::denunciation_suspended) || is(code::signatory))
    return "\033[33m";
  if (is(code::denounced) || cell.rfind("yes", 0) == 0) return "\033[31m";
  return nullptr;
}

}  // namespace

std::size_t display_width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

bool use_colour() {
  static const bool on = [] {
    const char* no_colour = std::getenv("NO_COLOR");
    return ::isatty(STDOUT_FILENO) && !(no_colour && *no_colour);
  }();
  return on;
}

void print_table(std::ostream& os, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> width(header.size());
  for (std::size_t c = 0; c < header.size(); ++c) width[c] = display_width(header[c]);
  for (const auto& r : rows)
    for (std::size_t c = 0; c < r.size(); ++c) width[c] = std::max(width[c], display_width(r[c]));
  const bool colour = use_colour();
  auto line = [&](const std::vector<std::string>& r, bool is_header) {
    std::string out;
    for (std::size_t c = 0; c < r.size(); ++c) {
      const char* code = colour ? (is_header ? "\033[1m" : cell_colour(r[c])) : nullptr;
      out += code ? code + r[c] + "\033[0m" : r[c];
      if (c + 1 < r.size()) out += std::string(width[c] - display_width(r[c]) + 2, ' ');
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    os << out << '\n';
  };
  line(header, true);
  std::vector<std::string> rule;
  for (auto w : width) rule.push_back(std::string(w, '-'));
  line(rule, false);
  for (const auto& r : rows) line(r, false);
}

std::string iso_or_empty(const std::optional<pacta::dated>& d) {
  return d ? pacta::to_iso(d->date) : std::string();
}

std::string iso_or_empty(const std::optional<pacta::date_t>& d) {
  return d ? pacta::to_iso(*d) : std::string();
}

std::string csv_field(const std::string& s) {
  // A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first)
  // begins with an apostrophe: it stays text (OWASP's CSV injection advice).
  const bool formula = !s.empty() && std::string("=+-@\t\r").find(s.front()) != std::string::npos;
  const std::string v = formula ? "'" + s : s;
  if (v.find_first_of(",\"\n\r") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace pacta_cli
