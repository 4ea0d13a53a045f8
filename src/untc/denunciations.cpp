// denunciations.cpp — denunciations and re-accessions from end notes (see denunciations.hpp).
#include "denunciations.hpp"

#include <cctype>
#include <cstdio>

namespace pacta::untc {
namespace {

/// The first "D Month YYYY" in `s` at or after `from`, and where it ends.
std::optional<std::pair<date_t, std::size_t>> date_in(std::string_view s, std::size_t from = 0) {
  static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                 "July",    "August",   "September", "October", "November", "December"};
  for (std::size_t i = from; i < s.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i])) ||
        (i > 0 && std::isalnum(static_cast<unsigned char>(s[i - 1]))))
      continue;
    std::size_t j = i;
    while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
    if (j - i > 2 || j >= s.size() || s[j] != ' ') continue;
    for (unsigned k = 0; k < 12; ++k) {
      const std::string_view m = months[k];
      if (s.substr(j + 1, m.size()) != m || j + 1 + m.size() + 5 > s.size() || s[j + 1 + m.size()] != ' ') continue;
      const std::size_t y = j + 2 + m.size();
      bool digits = true;
      for (std::size_t q = y; q < y + 4; ++q) digits = digits && std::isdigit(static_cast<unsigned char>(s[q]));
      if (!digits || (y + 4 < s.size() && std::isdigit(static_cast<unsigned char>(s[y + 4])))) continue;
      char iso[16];
      std::snprintf(iso, sizeof iso, "%.*s-%02u-%02d", 4, s.data() + y, k + 1,
                    std::stoi(std::string(s.substr(i, j - i))));
      if (auto d = parse_date(iso)) return std::make_pair(*d, y + 4);
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<note_event> read_denunciations(std::string_view note, std::string_view state) {
  std::vector<note_event> out;
  const std::string government = "the Government of " + std::string(state);
  std::optional<date_t> last;  // the date of the previous sentence, for "On that same date"
  std::size_t start = 0;
  while (start < note.size()) {
    std::size_t end = note.find(". ", start);
    if (end == std::string_view::npos) end = note.size();
    const std::string_view s = note.substr(start, end - start);
    start = end + 2;
    if (s.rfind("On ", 0) != 0) continue;
    std::optional<date_t> on;
    if (s.rfind("On that same date", 0) == 0)
      on = last;
    else if (s.size() > 3 && std::isdigit(static_cast<unsigned char>(s[3])))
      if (auto d = date_in(s, 3)) on = d->first;
    if (!on) continue;
    last = on;
    const auto g = s.find(government);
    if (g == std::string_view::npos) continue;
    const std::string_view rest = s.substr(g + government.size());
    if (rest.rfind(" re-acceded", 0) == 0 || rest.rfind(" acceded", 0) == 0) {
      out.push_back({action_kind::accession, *on, std::nullopt, std::string(s)});
    } else if ((rest.rfind(" notified", 0) == 0 || rest.rfind(" informed", 0) == 0) &&
               (rest.find("denunciation") != std::string_view::npos ||
                rest.find("denounce") != std::string_view::npos)) {
      note_event e{action_kind::denunciation, *on, std::nullopt, std::string(s)};
      if (const auto w = rest.find("with effect from"); w != std::string_view::npos)
        if (auto d = date_in(rest, w)) e.effective = d->first;
      out.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace pacta::untc
