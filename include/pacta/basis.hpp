// pacta/basis.hpp — a date and why it is what it is.
//
// Every date pacta computes comes with its basis: the rule of depositary practice
// (docs/rules.md: "E3", "D1", …), the treaty article, the date the period runs from, the period,
// and one sentence of reasoning. A basis is cited as the depositary would: "OPSC art. 14(2),
// rule E3", or "depositary practice, rule E5" where no article applies.
//
// Example (Benin and the OPSC):
//   pacta::dated eif = *opsc.entry_into_force_for("Benin");
//   eif.date                          // 2005-02-28
//   eif.why.rule                      // "E3"
//   pacta::cite(eif.why, "OPSC")      // "OPSC art. 14(2), rule E3"
#pragma once

#include <pacta/calendar.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace pacta {

/// Why a date is what it is.
struct basis {
  std::string rule;     ///< the depositary-practice rule: "E1", "E3", "D1", …
  std::string article;  ///< the treaty article, e.g. "14(2)" (empty when none applies)
  /// The instrument that sets the date under that article, when it is not the treaty's text
  /// ("ECOSOC res. 1988/4" under ICESCR art. 17(1)); empty otherwise.
  std::string source;
  std::optional<date_t> anchor;  ///< the date the period runs from
  std::optional<period> delay;   ///< the period
  std::string reasoning;         ///< one readable sentence
};

/// A date with its basis.
struct dated {
  date_t date;
  basis why;
};

/// The citation of a basis under a treaty's short title: "OPSC art. 14(2), rule E3", "ECOSOC res.
/// 1988/4 under ICESCR art. 17(1), rule R1" where another instrument sets the date, or "depositary
/// practice, rule E5" where no article applies.
inline std::string cite(const basis& b, std::string_view short_title) {
  if (!b.source.empty() && !b.article.empty())
    return b.source + " under " + std::string(short_title) + " art. " + b.article + ", rule " + b.rule;
  if (b.article.empty()) return "depositary practice, rule " + b.rule;
  return std::string(short_title) + " art. " + b.article + ", rule " + b.rule;
}

}  // namespace pacta
