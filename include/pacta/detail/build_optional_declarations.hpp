// pacta/detail/build_optional_declarations.hpp — building a treaty_record: rule O1, optional
// declarations and their withdrawals.
//
// What it checks and stores: a declaration names an article the profile lists under
// "optional_declarations" (optional-declaration.article), is made by a State with a consent in effect
// (optional-declaration.not-party), once while it stands (optional-declaration.duplicate); a
// withdrawal withdraws a standing one (optional-declaration.none). Each article's entry into force is
// computed by `compute_optional_declaration` (pacta/optional_declaration.hpp). Part of
// `pacta::try_build_record` (pacta/record.hpp); docs/rules.md names the rules and their tests.
#pragma once

#include <pacta/optional_declaration.hpp>
#include <pacta/treaty_record.hpp>

#include <string>

namespace pacta {

inline void treaty_record::read_optional_declaration(std::size_t i, const consent_record* current, build_pass& pass) {
  const action& a = registry_.actions[i];
  optional_declaration_record* r = nullptr;
  std::string known;
  for (auto& d : optional_declarations_) {
    known += (known.empty() ? "" : ", ") + d.clause.article;
    if (d.clause.article == a.article()) r = &d;
  }
  if (!r) {
    pass.err(
        i, "/article", "optional-declaration.article",
        "the " + rules_.short_title + " takes no optional declaration under article " + a.article() +
            (known.empty() ? std::string(" (its profile lists none)") : " (its profile lists articles " + known + ")"));
    return;
  }
  optional_declaration_entry* standing = nullptr;
  for (auto& d : r->declarations)
    if (d.state == a.state && !d.withdrawn) standing = &d;
  if (a.kind == action_kind::optional_declaration_withdrawal) {
    if (!standing)
      pass.err(i, "", "optional-declaration.none",
               a.state + " withdrew a declaration under article " + a.article() + " on " + to_iso(a.date) +
                   " but has none standing on that date");
    else
      standing->withdrawn = a.date;
    return;
  }
  if (!current) {
    pass.err(i, "", "optional-declaration.not-party",
             a.state + " made a declaration under article " + a.article() + " on " + to_iso(a.date) +
                 " but has no consent to be bound in effect on that date: only a State Party declares");
    return;
  }
  if (standing) {
    pass.err(i, "", "optional-declaration.duplicate",
             a.state + " already has a declaration under article " + a.article() + " standing (made " +
                 to_iso(standing->made) + "); withdraw it first");
    return;
  }
  r->declarations.push_back({a.state, a.date, std::nullopt, i});
}

}  // namespace pacta
