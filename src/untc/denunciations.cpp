// denunciations.cpp — denunciations and re-accessions from end notes (see denunciations.hpp).
#include "denunciations.hpp"
#include "prose_date.hpp"

#include <cctype>
#include <cstdio>

namespace pacta::untc {

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
