// pacta CLI — a State's optional declarations under a treaty (rule O1), as `state --all-treaties` and
// the site print them.
#pragma once

#include <pacta/state_across.hpp>

#include <string>

namespace pacta_cli {

/// One optional declaration standing for a State (rule O1), as the views across treaties print it:
/// "Optional declaration under article 21 (inter-State communications), made 1994-10-21; applies from
/// 1994-11-20."
inline std::string declaration_line(const pacta::declaration_standing& d) {
  return "Optional declaration under article " + d.article + " (" + d.subject + "), made " + pacta::to_iso(d.made) +
         (d.applies_from ? "; applies from " + pacta::to_iso(*d.applies_from) : std::string("; does not apply yet")) +
         " (rule O1).";
}

/// What the views across treaties say of a bound State's optional declarations when none is shown
/// (rule O1): that they are NOT known (the registry does not hold them all), or that none stands;
/// empty when the treaty takes none, the State is not bound, or one is shown.
inline std::string declarations_note(const pacta::treaty_standing& t) {
  const auto& decl = t.treaty->optional_declarations();
  if (!t.text.bound || !t.declared.empty() || decl.empty()) return {};
  std::string arts;
  for (const auto& od : decl) arts += (arts.empty() ? "" : ", ") + od.clause.article;
  if (!t.declarations_known)
    return "Optional declarations (art. " + arts +
           "): the registry does not hold this State's declarations under these articles (not all were imported from "
           "the status page), so whether it made one is NOT known.";
  return "Optional declarations (art. " + arts + "): none standing for this State in the registry (rule O1).";
}

}  // namespace pacta_cli
