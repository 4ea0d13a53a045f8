// prose_date.hpp — dates as the status pages write them: "18 January 2002" in the text and the end
// notes, "18 Jan 2002" in the table's cells. One reader for the importer's three places (cells,
// former States' notes, denunciation notes).
#pragma once

#include <pacta/calendar.hpp>

#include <cctype>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace pacta::untc {

/// How a month may be written: its full English name only (the notes' prose), or also its first
/// three letters (the table's cells: "Sep").
enum class month_names { full, full_or_abbreviated };

/// The month's number (1–12) for "January" (or "Jan" where abbreviations are read).
inline std::optional<unsigned> month_number(std::string_view m, month_names names) {
  static const char* const table[] = {"January", "February", "March",     "April",   "May",      "June",
                                      "July",    "August",   "September", "October", "November", "December"};
  for (unsigned k = 0; k < 12; ++k) {
    const std::string_view full = table[k];
    if (m == full || (names == month_names::full_or_abbreviated && m.size() == 3 && full.substr(0, 3) == m))
      return k + 1;
  }
  return std::nullopt;
}

/// "18", "January", "2002" → 2002-01-18; nothing unless the day has one or two digits, the year
/// four, the month is a month and the date exists ("31 February" is none).
inline std::optional<date_t> day_month_year(std::string_view d, std::string_view m, std::string_view y,
                                            month_names names) {
  auto digits = [](std::string_view s) {
    for (char c : s)
      if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return !s.empty();
  };
  if (d.size() > 2 || y.size() != 4 || !digits(d) || !digits(y)) return std::nullopt;
  const auto month = month_number(m, names);
  if (!month) return std::nullopt;
  char iso[16];
  std::snprintf(iso, sizeof iso, "%.*s-%02u-%02d", 4, y.data(), *month, std::stoi(std::string(d)));
  return parse_date(iso);
}

/// The first "D Month YYYY" (full month name) in `s` at or after `from`, and where it ends.
inline std::optional<std::pair<date_t, std::size_t>> date_in(std::string_view s, std::size_t from = 0) {
  auto digit = [&](std::size_t k) { return k < s.size() && std::isdigit(static_cast<unsigned char>(s[k])); };
  for (std::size_t i = from; i < s.size(); ++i) {
    if (!digit(i) || (i > 0 && std::isalnum(static_cast<unsigned char>(s[i - 1])))) continue;
    std::size_t j = i;
    while (digit(j)) ++j;
    if (j >= s.size() || s[j] != ' ') continue;
    std::size_t k = j + 1;
    while (k < s.size() && std::isalpha(static_cast<unsigned char>(s[k]))) ++k;
    if (k >= s.size() || s[k] != ' ' || digit(k + 5) || k + 5 > s.size()) continue;
    if (auto d = day_month_year(s.substr(i, j - i), s.substr(j + 1, k - j - 1), s.substr(k + 1, 4), month_names::full))
      return std::make_pair(*d, k + 5);
  }
  return std::nullopt;
}

}  // namespace pacta::untc
