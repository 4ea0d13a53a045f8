// pacta/clause/earliest_of.hpp — the date term "the earliest of several" (a date by the clause, or sooner
// by a decision, E9): the first date one of them gives; not known while one is not known (it might be
// the earliest). Its evaluation and sentence need the whole variant: clause/date_term.hpp defines
// them.
//
// Example: earliest_of{{when_met{count{40}}, decided{"provisional-entry-into-force"}}} gives the
// decision's date when it comes first.
#pragma once

#include <pacta/clause/term.hpp>

#include <optional>
#include <string>
#include <vector>

namespace pacta::clause {

/// The earliest of the terms' dates: the first that one of them gives; nothing while none has one.
/// A term whose date is not known makes the whole not known (it might be the earliest).
struct earliest_of {
  std::vector<date_term> terms;

  // Profile syntax: {"earliest_of": [TERM, TERM, …]}.
  static constexpr const char* key = "earliest_of";
  template <class In>
  static std::optional<earliest_of> read(In& in);
  template <class Out>
  void write(Out& out) const;
  /// Defined with the variant (clause/date_term.hpp): each term's date, then the earliest.
  inline resolved evaluate(const date_term& self, const timeline& t, const term_context& ctx) const;
  inline std::string explain(const resolved& r, const timeline& t, const term_context& ctx,
                             const std::string& what) const;
};
inline bool operator==(const earliest_of& a, const earliest_of& b);

}  // namespace pacta::clause
