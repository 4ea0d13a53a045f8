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

#include <pacta/detail/record_builder.hpp>
#include <pacta/optional_declaration.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace pacta::detail {

inline void read_optional_declaration(record_parts& r, std::size_t i, const consent_record* current,
                                      record_builder::build_pass& pass) {
  const action& a = r.registry_.actions[i];
  optional_declaration_record* decl = nullptr;
  std::string known;
  for (auto& d : r.optional_declarations_) {
    known += (known.empty() ? "" : ", ") + d.clause.article;
    if (d.clause.article == a.article()) decl = &d;
  }
  if (!decl) {
    pass.err(
        i, "/article", "optional-declaration.article",
        "the " + r.rules_.short_title + " takes no optional declaration under article " + a.article() +
            (known.empty() ? std::string(" (its profile lists none)") : " (its profile lists articles " + known + ")"));
    return;
  }
  optional_declaration_entry* standing = nullptr;
  for (auto& d : decl->declarations)
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
  decl->declarations.push_back({a.state, a.date, std::nullopt, i, std::nullopt, std::nullopt});
}

/// Rule O1 once the entries into force are known: the declarations the pass over the actions
/// collected (`declared`, one record per article), each counting from the day its State is a State
/// Party, and each article come into force (`compute_optional_declaration`), beside the date the
/// depositary records for it (`articles_in_force`: an article the profile lists with a threshold,
/// optional-declaration.in-force).
inline std::vector<optional_declaration_record> optional_declarations_in_force(
    std::vector<optional_declaration_record> declared, const record_parts& parts, std::vector<diagnostic>& diags) {
  const detail::diagnostic_sink err(parts.registry_.file, diags);
  for (auto& r : declared)
    for (auto& d : r.declarations) {
      d.counts_from.reset();
      d.lapsed.reset();
      const state_record* s = parts.find(d.state);
      if (const consent_record* c = s ? parts.classify(*s, d.made).consent : nullptr) {
        if (const auto bound = c->in_force_from ? c->in_force_from : c->provisional_from)  // E2–E5
          d.counts_from = std::max(d.made, *bound);
        d.lapsed = c->ends();  // a denunciation that took effect (rule D1)
      }
    }
  for (std::size_t k = 0; k < parts.registry_.articles_in_force.size(); ++k) {
    const auto& a = parts.registry_.articles_in_force[k];
    const bool known = std::any_of(declared.begin(), declared.end(), [&](const auto& r) {
      return r.clause.article == a.article && r.clause.threshold > 0;
    });
    const std::string at = "/articles_in_force/" + std::to_string(k);
    if (!known)
      err(at + "/article", "optional-declaration.in-force",
          "the " + parts.rules_.short_title + " has no article " + a.article +
              " that comes into force on a number of declarations (its profile's \"optional_declarations\" "
              "with a \"threshold\")");
    else if (!parts.general_ || a.date < parts.general_->date)
      err(at + "/date", "optional-declaration.in-force",
          "article " + a.article + " recorded in force from " + to_iso(a.date) + ", but the " +
              parts.rules_.short_title + " itself is " +
              (parts.general_ ? "in force only from " + to_iso(parts.general_->date) : std::string("not in force")) +
              " by this registry: only States Parties declare");
    else if (a.date > parts.registry_.as_of)
      err(at + "/date", "optional-declaration.in-force",
          "article " + a.article + " recorded in force from " + to_iso(a.date) + ", after the registry's as_of date " +
              to_iso(parts.registry_.as_of) + ": the record is complete only to that day");
  }
  for (auto& r : declared) {
    const recorded_article_in_force* recorded = nullptr;
    for (const auto& a : parts.registry_.articles_in_force)
      if (a.article == r.clause.article) recorded = &a;
    compute_optional_declaration(r, parts.rules_.short_title, recorded);
  }
  return declared;
}

}  // namespace pacta::detail
