// pacta CLI — States named as people type them.
//
// `resolve_state` is the one way every subcommand (state, calendar, record) turns what the user
// typed into the registry's name: the exact registry name; a name, ISO code or other name of the
// name table (data/states.json); the registry name equal to it by `pacta::name_key` (case,
// accents, punctuation and spaces aside); the only registry name that contains it (or, when no
// registry name does, the only name of the table that does). Anything else is refused with the
// names it could mean.
#pragma once

#include <pacta/names.hpp>
#include <pacta/record.hpp>

#include <algorithm>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace pacta_cli {

using pacta::detail::edit_distance;

/// The registry's name for what the user typed (see above), or nothing after printing, on
/// standard error, why and what it could mean. `hint` ends the message (how to list the names).
inline std::optional<std::string> resolve_state(const pacta::treaty_record& rec, const std::string& typed,
                                                const pacta::state_names& names,
                                                const std::string& hint = "pacta parties --all lists every participant") {
  if (rec.find(typed)) return typed;
  if (const auto* n = names.lookup(typed)) return n->name;
  const std::string want = pacta::name_key(typed);
  std::vector<std::string> contains, close;
  if (!want.empty()) {
    for (const auto& s : rec.states()) {
      const std::string name = pacta::name_key(s.state);
      if (name == want) return s.state;
      if (name.find(want) != std::string::npos) contains.push_back(s.state);
    }
  }
  if (contains.empty() && !want.empty())  // a State the registry does not have, but the name table does
    for (const auto& n : names.all())
      if (pacta::name_key(n.name).find(want) != std::string::npos) contains.push_back(n.name);
  if (contains.size() == 1) return contains.front();
  auto consider = [&](const std::string& candidate, const std::string& display) {
    if (want.empty()) return;
    if (edit_distance(pacta::name_key(candidate), want) <= std::max<std::size_t>(2, want.size() / 4) &&
        std::find(close.begin(), close.end(), display) == close.end())
      close.push_back(display);
  };
  for (const auto& s : rec.states()) consider(s.state, s.state);
  for (const auto& n : names.all())
    for (const auto& o : n.other_names) consider(o, n.name);
  const std::vector<std::string>& options = contains.empty() ? close : contains;
  std::cerr << "pacta: " << (contains.size() > 1 ? "more than one State matches " : "no State named ")
            << pacta::detail::show_value(typed) << " in the " << rec.rules().short_title << " registry";
  if (!options.empty()) {
    std::cerr << "; did you mean";
    for (std::size_t k = 0; k < options.size() && k < 8; ++k) std::cerr << (k ? ", " : " ") << '"' << options[k] << '"';
    std::cerr << '?';
  }
  std::cerr << " (" << hint << ")\n";
  return std::nullopt;
}

}  // namespace pacta_cli
