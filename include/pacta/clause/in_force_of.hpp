// pacta/clause/in_force_of.hpp — the date term "on the entry into force of another treaty" (rule E7:
// ICCPR-OP1 art. 9(1), "subject to the entry into force of the Covenant"), its date taken from that
// treaty's record, or not known.
//
// Example: in_force_of{"iccpr"} with the Covenant's record gives 23 March 1976.
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/clause/condition.hpp>
#include <pacta/clause/delay.hpp>
#include <pacta/clause/first_met.hpp>
#include <pacta/clause/term.hpp>
#include <pacta/detail/clause_sentences.hpp>

#include <optional>
#include <string>

namespace pacta::clause {

/// On the entry into force of another treaty (rule E7).
struct in_force_of {
  std::string treaty;
  friend bool operator==(const in_force_of& a, const in_force_of& b) { return a.treaty == b.treaty; }

  // Profile syntax: {"in_force_of": "iccpr"}.
  static constexpr const char* key = "in_force_of";
  template <class In>
  static std::optional<in_force_of> read(In& in) {
    if (auto t = in.treaty_id()) return in_force_of{*t};
    return std::nullopt;
  }
  template <class Out>
  void write(Out& out) const {
    out.text(treaty);
  }

  /// That treaty's date as the context gives it; not known when the context lacks it.
  resolved evaluate(const date_term& self, const timeline&, const term_context& ctx) const {
    resolved r;
    r.decided_by = &self;
    const auto it = ctx.in_force.find(treaty);
    r.known = it != ctx.in_force.end();
    if (r.known) r.date = it->second;
    return r;
  }
  /// "the entry into force of iccpr on 23 March 1976", that it is not in force, or not known.
  std::string explain(const resolved& r, const timeline&, const term_context&, const std::string&) const {
    return !r.known ? "the entry into force of " + treaty +
                          " is not known (its registry is not loaded, or its own date is NOT computed)"
           : r.date ? "the entry into force of " + treaty + " on " + to_prose(*r.date)
                    : treaty + " is not in force";
  }
};

}  // namespace pacta::clause
