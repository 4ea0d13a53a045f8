// pacta/detail/registry_spelling.hpp — the States a clause or a table names, written as the registry
// writes them (internal): a profile's "france" or "Cote d'Ivoire" is the registry's "France" or "Côte
// d'Ivoire", where they differ only by `name_key` (rules E1, A3).
//
// Example: registry_spelling(named{{"france"}}, states) names "France" when the registry records it so.
#pragma once

#include <pacta/clause/date_term.hpp>
#include <pacta/clause/named.hpp>
#include <pacta/clause/weighted.hpp>
#include <pacta/state_names.hpp>
#include <pacta/state_record.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace pacta::detail {

/// The term with each State it names written as the registry writes it, where the registry has the
/// same name but for case and accents (`name_key`): "france" is "France".
inline void registry_spelling(clause::named& n, const std::vector<state_record>& states) {
  for (auto& s : n.states)
    if (std::none_of(states.begin(), states.end(), [&](const state_record& r) { return r.state == s; })) {
      const std::string key = name_key(s);
      for (const auto& r : states)
        if (name_key(r.state) == key) s = r.state;
    }
}

/// The same for each named condition of a term.
inline void registry_spelling(clause::date_term& t, const std::vector<state_record>& states) {
  clause::for_each_condition(t, [&](clause::condition& c) {
    if (auto* n = std::get_if<clause::named>(&c.term)) registry_spelling(*n, states);
  });
}

/// A table's States under the registry's spelling of their names, where it differs only by `name_key`
/// ("Cote d'Ivoire" for "Côte d'Ivoire").
inline void registry_spelling(clause::weight_table& w, const std::vector<state_record>& states) {
  std::map<std::string, std::string> spelled;  // name_key → the registry's name
  for (const auto& r : states) spelled.emplace(name_key(r.state), r.state);
  std::map<std::string, std::int64_t, std::less<>> of;
  for (auto& [who, n] : w.of) {
    const auto it = spelled.find(name_key(who));
    of.emplace(it == spelled.end() ? who : it->second, n);
  }
  w.of = std::move(of);
  for (auto& who : w.not_available)
    if (const auto it = spelled.find(name_key(who)); it != spelled.end()) who = it->second;
}

}  // namespace pacta::detail
