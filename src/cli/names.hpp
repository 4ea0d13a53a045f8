// pacta CLI — States named as people type them.
//
// `resolve_state` is the one way every subcommand (state, calendar, record) turns what the user
// typed into the registry's name, by the library's `pacta::match_state` (pacta/state_lookup.hpp),
// printing why on standard error when it finds none.
#pragma once

#include <pacta/names.hpp>
#include <pacta/record.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace pacta_cli {

using pacta::detail::edit_distance;

using pacta::state_match;

/// Matches a typed name against the names a registry, or several, record, without printing
/// anything: pacta::match_state (pacta/state_lookup.hpp), the library's one way.
inline state_match match_state_in(const std::vector<std::string>& registry_names, const std::string& typed,
                                  const pacta::state_names& names) {
  return pacta::match_state(registry_names, typed, &names);
}

/// Matches a typed name (see above) against one registry, without printing anything.
inline state_match match_state(const pacta::treaty_record& rec, const std::string& typed,
                               const pacta::state_names& names) {
  std::vector<std::string> registry_names;
  registry_names.reserve(rec.states().size());
  for (const auto& s : rec.states()) registry_names.push_back(s.state);
  return match_state_in(registry_names, typed, names);
}

/// Says on standard error why a typed name matched no State (or several) `where`, with what it could
/// mean; `hint` ends the message.
inline void report_unmatched(const state_match& m, const std::string& typed, const std::string& where,
                             const std::string& hint) {
  std::cerr << "pacta: " << pacta::unmatched_message(m, typed, where) << " (" << hint << ")\n";
}

/// Says on standard error what a typed former name or former State's name means ("Zaire", "GDR"):
/// the name table's note.
inline void say_meaning(const std::string& typed, const pacta::state_names& names) {
  if (const std::string note = names.meaning(typed); !note.empty())
    std::cerr << "pacta: note: " << pacta::detail::show_value(typed) << ": " << pacta::escape_controls(note) << '\n';
}

/// The registry's name for what the user typed (see above), or nothing after printing, on
/// standard error, why and what it could mean. `hint` ends the message (how to list the names).
inline std::optional<std::string> resolve_state(
    const pacta::treaty_record& rec, const std::string& typed, const pacta::state_names& names,
    const std::string& hint = "pacta parties --all lists every participant") {
  const state_match m = match_state(rec, typed, names);
  if (m.name) {
    say_meaning(typed, names);
    return m.name;
  }
  report_unmatched(m, typed, "the " + rec.rules().short_title + " registry", hint);
  return std::nullopt;
}

/// A State as a file name or an iCalendar UID part: its ISO code in lower case, else its name as
/// an ASCII slug with a hash of the name (two names never share one).
inline std::string state_slug(const std::string& state, const pacta::state_names& names) {
  if (const auto* n = names.lookup(state); n && !n->iso3.empty()) {  // a former State has no code
    std::string iso = n->iso3;
    for (auto& c : iso) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return iso;
  }
  std::string out;
  for (unsigned char c : state) {
    if (std::isalnum(c) && c < 0x80)
      out += static_cast<char>(std::tolower(c));
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a, 64 bits
  for (unsigned char c : state) hash = (hash ^ c) * 1099511628211ull;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  if (!out.empty() && out.back() != '-') out += '-';
  return out + hex;
}

}  // namespace pacta_cli
