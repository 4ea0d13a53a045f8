// pacta/clause/later_of.hpp — the date term "the later of several" (rule E7: "subject to the entry into
// force of" another treaty; "not earlier than"): nothing while one term has no date, not known while
// one is not known. Its evaluation and sentence need the whole variant: clause/date_term.hpp defines
// them.
//
// Example: later_of{{when_met{count{10}, after{3 months}}, in_force_of{"iccpr"}}} gives ICCPR-OP1's
// 23 March 1976, the Covenant's date, not 12 March 1974.
#pragma once

#include <pacta/clause/term.hpp>

#include <optional>
#include <string>
#include <vector>

namespace pacta::clause {

struct date_term;

/// The latest of the terms' dates; nothing while one of them has none.
struct later_of {
  std::vector<date_term> terms;

  // Profile syntax: {"later_of": [TERM, TERM, …]}.
  static constexpr const char* key = "later_of";
  template <class In>
  static std::optional<later_of> read(In& in);
  template <class Out>
  void write(Out& out) const;
  /// Defined with the variant (clause/date_term.hpp): each term's date, then the latest.
  inline resolved evaluate(const date_term& self, const timeline& t, const term_context& ctx) const;
  inline std::string explain(const resolved& r, const timeline& t, const term_context& ctx,
                             const std::string& what) const;
};
inline bool operator==(const later_of& a, const later_of& b);

}  // namespace pacta::clause
