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
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace pacta_cli {

using pacta::edit_distance;

/// What a typed name matches: the State it denotes, or the names it could mean.
struct state_match {
  std::optional<std::string> name;   ///< the registry's (or the name table's) name
  std::vector<std::string> options;  ///< when there is none: the names it could mean
  bool ambiguous = false;            ///< several names contain what was typed
};

/// Matches a typed name (see above) against the names a registry, or several, record, without
/// printing anything. `registry_names` sorted or not; each is one State.
inline state_match match_state_in(const std::vector<std::string>& registry_names, const std::string& typed,
                                  const pacta::state_names& names) {
  state_match m;
  if (std::find(registry_names.begin(), registry_names.end(), typed) != registry_names.end()) {
    m.name = typed;
    return m;
  }
  if (const auto* n = names.lookup(typed)) {
    m.name = n->name;
    return m;
  }
  const std::string want = pacta::name_key(typed);
  std::vector<std::string> contains, close;
  auto add = [](std::vector<std::string>& v, const std::string& x) {
    if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
  };
  if (!want.empty()) {
    for (const auto& state : registry_names) {
      const std::string name = pacta::name_key(state);
      if (name == want) {
        m.name = state;
        return m;
      }
      if (name.find(want) != std::string::npos) add(contains, state);
    }
    if (contains.empty())  // a State the registry does not have, but the name table does
      for (const auto& n : names.all()) {
        if (pacta::name_key(n.name).find(want) != std::string::npos) add(contains, n.name);
        for (const auto& o : n.other_names)
          if (pacta::name_key(o).find(want) != std::string::npos) add(contains, n.name);
      }
  }
  if (contains.size() == 1) {
    m.name = contains.front();
    return m;
  }
  auto consider = [&](const std::string& candidate, const std::string& display) {
    if (pacta::near_name(candidate, want)) add(close, display);
  };
  for (const auto& state : registry_names) consider(state, state);
  for (const auto& n : names.all()) {
    consider(n.name, n.name);
    for (const auto& o : n.other_names) consider(o, n.name);
    for (const auto& f : n.former_names) consider(f.name, n.name);
  }
  m.ambiguous = contains.size() > 1;
  m.options = contains.empty() ? close : contains;
  return m;
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
  std::cerr << "pacta: " << (m.ambiguous ? "more than one State matches " : "no State named ")
            << pacta::show_value(typed) << " in " << where;
  if (!m.options.empty()) {
    std::cerr << "; did you mean";
    for (std::size_t k = 0; k < m.options.size() && k < 8; ++k)
      std::cerr << (k ? ", " : " ") << '"' << m.options[k] << '"';
    std::cerr << '?';
  }
  std::cerr << " (" << hint << ")\n";
}

/// Says on standard error what a typed former name or former State's name means ("Zaire", "GDR"):
/// the name table's note.
inline void say_meaning(const std::string& typed, const pacta::state_names& names) {
  if (const std::string note = names.meaning(typed); !note.empty())
    std::cerr << "pacta: note: " << pacta::show_value(typed) << ": " << pacta::escape_controls(note) << '\n';
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
