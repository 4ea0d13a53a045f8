// pacta/optional_declaration.hpp — rule O1: optional declarations with their own entry into force.
//
// Some treaties let a State Party recognize a committee's competence by a declaration, and put the
// article itself into force only once enough States have declared: ICCPR art. 41(2), "The
// provisions of this article shall come into force when ten States Parties to the present Covenant
// have made declarations under paragraph 1" (in force 28 March 1979); CAT arts. 21(2) and 22(8)
// (five); ICERD art. 14(9) (ten); ICRMW arts. 76(2) and 77(8) (ten, not yet reached). Others set no
// threshold: a declaration under CED art. 31 or 32 has effect from the declaration. A registry
// records each declaration as an `optional-declaration` action with its `article`, and a
// withdrawal as `optional-declaration-withdrawal` (ICCPR art. 41(2): "may be withdrawn at any time").
//
// Example (ICCPR art. 41, ten declarations needed; the tenth made on 28 March 1979):
//   for (const auto& d : iccpr.optional_declarations())
//     if (d.clause.article == "41") d.in_force->date;   // 1979-03-28, rule O1
//   iccpr.optional_declarations()[0].in_force_for("Denmark", 2000_y / 1 / 1);   // the date it applies
#pragma once

#include <pacta/basis.hpp>
#include <pacta/calendar.hpp>
#include <pacta/detail/prose.hpp>
#include <pacta/treaty_rules.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta {

/// One declaration under an article.
struct optional_declaration_entry {
  std::string state;
  date_t made;                      ///< the date the depositary received it
  std::optional<date_t> withdrawn;  ///< the date its withdrawal was received, if any
  std::size_t action_index = 0;     ///< the declaration's action in the registry
};

/// An article that takes optional declarations, with every declaration made under it and (rule O1)
/// the article's own entry into force.
struct optional_declaration_record {
  optional_declaration_clause clause;
  std::vector<optional_declaration_entry> declarations;  ///< in date order
  /// With a threshold: the date the threshold-th declaration was made; nothing while fewer were
  /// made. Without a threshold: nothing (each declaration has effect from when it is made).
  std::optional<dated> in_force;
  std::vector<std::string> completing;  ///< the States whose declarations completed the threshold

  /// The declaration of `state` standing on `on` (made, not withdrawn), if any.
  const optional_declaration_entry* standing(std::string_view state, date_t on) const noexcept {
    const optional_declaration_entry* out = nullptr;
    for (const auto& d : declarations)
      if (d.state == state && d.made <= on && !(d.withdrawn && *d.withdrawn <= on)) out = &d;
    return out;
  }

  /// From when the article applies to `state` under the declaration standing on `on`: the later of
  /// its declaration and the article's entry into force; nothing when it has no declaration
  /// standing, or the threshold is not reached.
  std::optional<date_t> in_force_for(std::string_view state, date_t on) const noexcept {
    const auto* d = standing(state, on);
    if (!d) return std::nullopt;
    if (clause.threshold == 0) return d->made;
    if (!in_force) return std::nullopt;
    return d->made > in_force->date ? d->made : in_force->date;
  }
};

/// Rule O1: the article's entry into force, from the declarations made (every declaration counts at
/// the date it was made, whatever happens to it later, as instruments do under rule E1: the clause
/// says "have made declarations"). Sets `r.in_force` and `r.completing`; `short_title` names the
/// treaty in the reasoning.
inline void compute_optional_declaration(optional_declaration_record& r, const std::string& short_title) {
  r.in_force.reset();
  r.completing.clear();
  const auto n = static_cast<std::size_t>(r.clause.threshold);
  if (n == 0 || r.declarations.size() < n) return;
  std::vector<date_t> dates;
  for (const auto& d : r.declarations) dates.push_back(d.made);
  std::nth_element(dates.begin(), dates.begin() + static_cast<std::ptrdiff_t>(n - 1), dates.end());
  const date_t day = dates[n - 1];
  for (const auto& d : r.declarations)
    if (d.made == day) r.completing.push_back(d.state);
  dated out;
  out.date = day;
  out.why.rule = "O1";
  out.why.article = r.clause.threshold_article.empty() ? r.clause.article : r.clause.threshold_article;
  out.why.anchor = day;
  out.why.reasoning = "The " + detail::ordinal(n) + " declaration under article " + r.clause.article + " (" +
                      r.clause.subject + ") was made on " + to_prose(day) + " by " + detail::and_list(r.completing) +
                      "; article " + out.why.article + ": the article of the " + short_title +
                      " comes into force when " + std::to_string(n) + " States Parties have made declarations, on " +
                      to_prose(day) + ".";
  r.in_force = std::move(out);
}

}  // namespace pacta
