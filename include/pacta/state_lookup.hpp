// A State as people type it, to the name a registry records: the one way the library and the CLI
// resolve a name, under one treaty (`treaty_record::resolve`) and across a set (`state_across`).
//
//   const auto m = pacta::match_state({"Benin", "Bosnia and Herzegovina"}, "benni", &names);
//   // m.name is empty; m.options == {"Benin"}: "no State named "benni" …; did you mean "Benin"?"
//
// Tried in order: the exact registry name; a name, ISO 3166-1 code or other name of the name table
// (data/states.json); the registry name equal to it by `name_key` (case, accents, punctuation and
// spaces aside); the only registry name that contains it (or, when no registry name does, the only
// name of the table that does). Anything else is no match, with the names it could mean: those that
// contain it when several do (ambiguous), else those within a few edits (`near_name`).
#pragma once

#include <pacta/state_names.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta {

/// What a typed name matches: the State it denotes, or the names it could mean.
struct state_match {
  std::optional<std::string> name;   ///< the registry's name (or the name table's, for a State no registry records)
  std::vector<std::string> options;  ///< when there is none: the names it could mean, at most 8
  bool ambiguous = false;            ///< several names contain what was typed
};

/// Matches a typed name against the names registries record (each one State; sorted or not) and
/// the name table, if any (see the top of this file).
inline state_match match_state(const std::vector<std::string>& registry_names, std::string_view typed,
                               const state_names* names = nullptr) {
  state_match m;
  if (std::find(registry_names.begin(), registry_names.end(), typed) != registry_names.end()) {
    m.name = std::string(typed);
    return m;
  }
  const std::string want = name_key(typed);
  if (names)
    if (const auto* n = names->lookup(typed)) {
      // The registry's spelling of the table's State, when a registry records it under another.
      for (const auto& state : registry_names)
        if (state == n->name || names->lookup(state) == n) {
          m.name = state;
          return m;
        }
      m.name = n->name;
      return m;
    }
  auto add = [](std::vector<std::string>& v, const std::string& x) {
    if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
  };
  std::vector<std::string> contains, close;
  if (!want.empty()) {
    for (const auto& state : registry_names) {
      const std::string key = name_key(state);
      if (key == want) {
        m.name = state;
        return m;
      }
      if (key.find(want) != std::string::npos) add(contains, state);
    }
    if (contains.empty() && names)  // a State no registry has, but the name table does
      for (const auto& n : names->all()) {
        if (name_key(n.name).find(want) != std::string::npos) add(contains, n.name);
        for (const auto& o : n.other_names)
          if (name_key(o).find(want) != std::string::npos) add(contains, n.name);
      }
  }
  if (contains.size() == 1) {
    m.name = contains.front();
    return m;
  }
  auto consider = [&](const std::string& candidate, const std::string& display) {
    if (near_name(candidate, want)) add(close, display);
  };
  for (const auto& state : registry_names) consider(state, state);
  if (names)
    for (const auto& n : names->all()) {
      consider(n.name, n.name);
      for (const auto& o : n.other_names) consider(o, n.name);
      for (const auto& f : n.former_names) consider(f.name, n.name);
    }
  m.ambiguous = contains.size() > 1;
  m.options = contains.empty() ? close : contains;
  if (m.options.size() > 8) m.options.resize(8);
  return m;
}

/// "no State named "Benni" in WHERE; did you mean "Benin"?" (or "more than one State matches …"):
/// the message of a match with no name.
inline std::string unmatched_message(const state_match& m, std::string_view typed, std::string_view where) {
  std::string out = std::string(m.ambiguous ? "more than one State matches " : "no State named ") +
                    detail::show_value(typed) + " in " + std::string(where);
  if (!m.options.empty()) {
    out += "; did you mean";
    for (std::size_t k = 0; k < m.options.size(); ++k) out += (k ? ", \"" : " \"") + m.options[k] + '"';
    out += '?';
  }
  return out;
}

}  // namespace pacta
