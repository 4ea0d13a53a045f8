// denunciations.cpp — denunciations and re-accessions from end notes (see denunciations.hpp).
#include "denunciations.hpp"
#include "prose_date.hpp"

#include <cctype>
#include <cstdio>
#include <initializer_list>

namespace pacta::untc {

bool withdraws_from_treaty(std::string_view text) {
  if (text.find("withdrawal from") != std::string_view::npos || text.find("withdraw from") != std::string_view::npos)
    return true;
  const std::string_view n = "notification of withdrawal";
  const auto k = text.find(n);
  if (k == std::string_view::npos) return false;
  const std::string_view after = text.substr(k + n.size());
  return after.rfind(" of", 0) != 0;  // "notification of withdrawal of its reservation" is not one
}

namespace {

bool starts(std::string_view s, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (s.rfind(w, 0) == 0) return true;
  return false;
}

/// "The withdrawal took effect for STATE on D" / "… will take effect for STATE on D[, subject to …]":
/// the outcome of the last withdrawal read, stated by the depositary.
void read_outcome(std::string_view s, std::string_view state, std::vector<note_event>& out) {
  const std::string took = "took effect for " + std::string(state) + " on ";
  const std::string will = "will take effect for " + std::string(state) + " on ";
  auto k = s.find(took);
  const bool pending = k == std::string_view::npos;
  if (pending) k = s.find(will);
  if (k == std::string_view::npos || out.empty() || out.back().kind != action_kind::denunciation) return;
  auto d = date_in(s, k + (pending ? will.size() : took.size()));
  if (!d) return;
  out.back().stated_effect = d->first;
  out.back().pending = pending;
  out.back().sentence += ". " + std::string(s);
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
    if (s.rfind("On ", 0) != 0) {
      read_outcome(s, state, out);
      continue;
    }
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
      out.push_back({action_kind::accession, *on, std::nullopt, std::nullopt, false, std::string(s)});
    } else if (starts(rest, {" notified", " informed", " deposited", " submitted"}) &&
               (rest.find("denunciation") != std::string_view::npos ||
                rest.find("denounce") != std::string_view::npos || withdraws_from_treaty(rest))) {
      note_event e{action_kind::denunciation, *on, std::nullopt, std::nullopt, false, std::string(s)};
      if (const auto w = rest.find("with effect from"); w != std::string_view::npos)
        if (auto d = date_in(rest, w)) e.effective = d->first;
      out.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace pacta::untc
