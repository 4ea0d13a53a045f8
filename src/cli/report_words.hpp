// pacta CLI — the next report in a word or two, as the tables, the site and the CSV print it.
#pragma once

#include <pacta/state_across.hpp>

#include <string>

namespace pacta_cli {

/// What the next report of a reporting position is, in a word or two: "initial", "3rd periodic",
/// "periodic" (a date the Committee set), "on
/// request" (rule R4: after the initial report, only when the Committee asks), "not computed" (the
/// State's entry into force is not known, rule E5), "none owed".
inline std::string next_report_text(const pacta::treaty_rules& rules, const pacta::report_position& p) {
  if (!p.owes_reports) return "none owed";
  if (p.next_report && p.periodic_number)
    return pacta::detail::ordinal(static_cast<std::size_t>(*p.periodic_number)) + " periodic";
  if (p.next_report) return pacta::to_key(*p.next_report);
  if (!p.entry_into_force) return "not computed";
  return rules.reporting.periodic_on_request ? "on request" : "not computed";
}

/// The same for the State under one treaty; "no reporting clause" where the treaty has none,
/// "reporting not modelled" where pacta does not model its clause.
inline std::string next_report_text(const pacta::treaty_standing& t) {
  if (!t.treaty->rules().reporting.present) return pacta::no_report_dates_words(t.treaty->rules());
  return t.reporting ? next_report_text(t.treaty->rules(), *t.reporting) : std::string();
}

}  // namespace pacta_cli
