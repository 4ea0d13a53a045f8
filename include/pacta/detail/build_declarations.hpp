// pacta/detail/build_declarations.hpp — building a treaty_record: OPAC art. 3: declarations.
//
// What it checks and stores: a binding declaration deposited with each instrument (art. 3(2)), strengthened, never
// weakened, later (art. 3(4)) (codes declaration.*, action.declaration). Part of `pacta::try_build_record`
// (pacta/record.hpp); docs/rules.md names the rules and their tests.
#pragma once

#include <pacta/detail/record_parts.hpp>
#include <pacta/diagnostic.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace pacta::detail {

/// OPAC art. 3 over a record's parts: each instrument's declaration (art. 3(2)) and each later one
/// (art. 3(4)) checked, its faults reported; each declaration marked as made with the instrument
/// or later (`declaration_record::with_instrument`), which the queries read.
inline void check_declarations(record_parts& r, std::vector<diagnostic>& diags) {
  const detail::diagnostic_sink err(r.registry_.file, diags);
  const auto& clause = r.rules_.consent_declaration;
  for (auto& s : r.states_) {
    for (const auto& c : s.consents) {
      const action& a = r.registry_.actions[c.action_index];
      if (!clause.present) {
        if (a.declaration_not_recorded)
          err(c.action_index, "", "action.declaration",
              "\"declaration\" belongs to treaties that ask for a declaration with the instrument; the " +
                  r.rules_.short_title + " does not");
        continue;
      }
      if (c.kind == action_kind::succession) continue;
      const auto& declarations = r.declarations_of(s);
      const bool declared = std::any_of(declarations.begin(), declarations.end(),
                                        [&](const declaration_record& d) { return d.date == c.deposit; });
      if (declared && a.declaration_not_recorded)
        err(c.action_index, "", "declaration.conflict",
            "the " + std::string(to_key(c.kind)) + " of " + s.state +
                " is marked \"declaration\": "
                "\"not-recorded\", but a declaration of the same date is recorded");
      else if (!declared && !a.declaration_not_recorded)
        err(c.action_index, "", "declaration.missing",
            "article " + clause.article +
                ": a binding declaration is deposited with each instrument of ratification "
                "or accession, and none is recorded with the " +
                to_key(c.kind) + " of " + s.state + " of " + to_iso(c.deposit) +
                "; record it (action \"declaration\", same date) or, where the depositary's record "
                "shows none, mark the instrument \"declaration\": \"not-recorded\"");
    }
    int strongest = -1;  // the highest age declared so far under the current instrument
    const consent_record* under = nullptr;
    if (s.clauses == static_cast<std::uint32_t>(-1)) continue;
    for (auto& d : r.clauses_[s.clauses].declarations) {
      const consent_record* c = s.consent_in_effect(d.date);
      if (!c) {
        err(d.action_index, "", "declaration.not-party",
            s.state + " has no instrument in effect on " + to_iso(d.date) + ": a declaration under article " +
                clause.article + " is deposited with the instrument, and one under article " +
                clause.strengthening_article + " is made by a State Party");
        continue;
      }
      if (c != under) strongest = -1;
      under = c;
      d.with_instrument = d.date == c->deposit;
      if (d.minimum_age && strongest >= 0 && *d.minimum_age < strongest)
        err(d.action_index, "", "declaration.weaker",
            "article " + clause.strengthening_article + ": a State may strengthen its declaration, not weaken it; " +
                s.state + " declared " + std::to_string(*d.minimum_age) + " years on " + to_iso(d.date) +
                ", less than the " + std::to_string(strongest) + " years it had declared");
      if (d.minimum_age && *d.minimum_age > strongest) strongest = *d.minimum_age;
    }
  }
}

}  // namespace pacta::detail
