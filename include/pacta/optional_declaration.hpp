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
// The clauses count declarations by *States Parties*: a declaration made with a ratification, or
// before the treaty binds the declarant, counts from the treaty's entry into force for it (CAT: the
// five declarations that put arts. 21 and 22 into force on 26 June 1987 were made from 1986, before
// the Convention was in force). Likewise a declaration applies to its State no earlier than the
// treaty binds it (France under CED arts. 31/32: declared 9 December 2008, bound and so applying
// from 23 December 2010). Where the depositary records the article's entry into force (the registry's
// `articles_in_force`), that date is the one given, beside what the recorded declarations give.
//
// Example (ICCPR art. 41, ten declarations needed; the tenth made on 28 March 1979):
//   for (const auto& d : iccpr.optional_declarations())
//     if (d.clause.article == "41") d.in_force->date;   // 1979-03-28, rule O1
//   iccpr.optional_declarations()[0].in_force_for(iccpr.state("Denmark"), 2000_y / 1 / 1);  // it applies from
#pragma once

#include <pacta/basis.hpp>
#include <pacta/calendar.hpp>
#include <pacta/clause/first_met.hpp>
#include <pacta/detail/prose.hpp>
#include <pacta/detail/query_args.hpp>
#include <pacta/registry_data.hpp>
#include <pacta/state_record.hpp>
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
  /// From when it counts as a State Party's declaration: the later of `made` and the treaty's entry
  /// into force for the State (for a succession without its date, the day it counts as bound, rule
  /// E5); nothing while the treaty binds the State on no known day (not yet in force).
  std::optional<date_t> counts_from;
  /// The day its State ceased to be a State Party (its denunciation took effect), if it did: the
  /// declaration stands no longer from that day.
  std::optional<date_t> lapsed;
};

/// What a State's declaration does (rule O1): from when the article applies to it (nothing while
/// the article's threshold is not reached), and why.
struct declaration_effect {
  std::optional<date_t> applies_from;
  basis why;
};

/// An article that takes optional declarations, with every declaration made under it and (rule O1)
/// the article's own entry into force.
struct optional_declaration_record {
  optional_declaration_clause clause;
  std::vector<optional_declaration_entry> declarations;  ///< in date order
  /// With a threshold: the day the threshold-th declaration by a State Party counts from, or the
  /// day the depositary records; nothing while fewer were made. Without a threshold: nothing (each
  /// declaration has effect from when it counts).
  std::optional<dated> in_force;
  std::vector<std::string> completing;  ///< the States whose declarations completed the threshold
  /// With the depositary's recorded date (`recorded`): what the declarations recorded give, the same
  /// date or another (nothing: they give none, fewer being recorded).
  std::optional<date_t> computed;
  bool recorded = false;  ///< `in_force` is the depositary's recorded date (`articles_in_force`)

  /// The declaration of the State standing on `on` (made, not withdrawn), if any. The State is
  /// given by its record (`rec.state(name)`, which throws for a name the registry lacks) and matched
  /// by its registry name; throws `query_error` for a day that does not exist.
  const optional_declaration_entry* standing(const state_record& state, date_t on) const {
    detail::require_date(on);
    const optional_declaration_entry* out = nullptr;
    for (const auto& d : declarations)
      if (d.state == state.state && d.made <= on && !(d.withdrawn && *d.withdrawn <= on) &&
          !(d.lapsed && *d.lapsed <= on))
        out = &d;
    return out;
  }

  /// From when the article applies to `state` under the declaration standing on `on`: the latest of
  /// its declaration, the treaty's entry into force for the State and the article's entry into
  /// force; nothing when it has no declaration standing, or the threshold is not reached.
  std::optional<date_t> in_force_for(const state_record& state, date_t on) const {
    const auto* d = standing(state, on);
    if (!d || !d->counts_from) return std::nullopt;
    if (clause.threshold == 0) return d->counts_from;
    if (!in_force) return std::nullopt;
    return std::max(*d->counts_from, in_force->date);
  }

  /// Rule O1 for the declaration of `state` standing on `on`: from when the article applies to it,
  /// with the reasoning (no date while the threshold is not reached); nothing when none stands.
  /// `short_title` names the treaty.
  std::optional<declaration_effect> applies_to(const state_record& state, date_t on,
                                               const std::string& short_title) const {
    const auto* d = standing(state, on);
    if (!d) return std::nullopt;
    declaration_effect out;
    out.why.rule = "O1";
    out.why.article = clause.threshold_article.empty() ? clause.article : clause.threshold_article;
    std::string r =
        "Declared on " + to_prose(d->made) + " under article " + clause.article + " (" + clause.subject + ")";
    if (!d->counts_from) {
      r += ", but the " + short_title + " binds " + d->state +
           " on no known day yet: a declaration has effect for a State Party only, so it does not apply yet.";
      out.why.reasoning = std::move(r);
      return out;
    }
    if (*d->counts_from > d->made)
      r += ", before the " + short_title + " bound " + detail::state_in_prose(d->state) + " (from " +
           to_prose(*d->counts_from) + "): a declaration has effect for a State Party only";
    const auto from = in_force_for(state, on);
    if (from && d->withdrawn && *d->withdrawn <= *from) {
      r += "; withdrawn on " + to_prose(*d->withdrawn) + ", before the article applied to " +
           detail::state_in_prose(d->state) + " (from " + to_prose(*from) + "): it never applied.";
      out.why.reasoning = std::move(r);
      return out;
    }
    if (from && d->lapsed && *d->lapsed <= *from) {
      r += "; " + detail::state_in_prose(d->state) + " ceased to be a State Party on " + to_prose(*d->lapsed) +
           " (its denunciation took effect), before the article applied to it: it never applied.";
      out.why.reasoning = std::move(r);
      return out;
    }
    if (clause.threshold == 0) {
      r += "; article " + clause.article + " sets no number of declarations: it applies from " + to_prose(*from) + ".";
    } else if (!in_force) {
      r += "; article " + out.why.article + ": the article comes into force when " + std::to_string(clause.threshold) +
           " States Parties have declared, which the record does not reach: it does not apply yet.";
      out.why.reasoning = std::move(r);
      return out;
    } else {
      r += "; the article is in force from " + to_prose(in_force->date) + " (article " + out.why.article +
           "): it applies from " + to_prose(*from) + ".";
    }
    out.applies_from = from;
    out.why.anchor = *from;
    out.why.reasoning = std::move(r);
    return out;
  }
};

namespace detail {

/// Each State's declaration that counts first (rule O1): a State counts once, though it withdrew a
/// declaration and made another; declarations that count from no day yet are left out.
inline std::vector<const optional_declaration_entry*> first_counting(
    const std::vector<optional_declaration_entry>& declarations) {
  std::vector<const optional_declaration_entry*> first;
  for (const auto& d : declarations) {
    if (!d.counts_from) continue;
    auto same = std::find_if(first.begin(), first.end(), [&](const auto* f) { return f->state == d.state; });
    if (same == first.end())
      first.push_back(&d);
    else if (*d.counts_from < *(*same)->counts_from)
      *same = &d;
  }
  return first;
}

}  // namespace detail

/// Rule O1: the article's entry into force, from the declarations made: each counts from the day it
/// is a State Party's (`counts_from`), whatever happens to it later, as instruments do under rule E1
/// (the clause says "have made declarations"). With the depositary's date for the article
/// (`recorded`, the registry's `articles_in_force`), that date is given, and the reasoning says what
/// the recorded declarations give. Sets `r.in_force`, `r.completing`, `r.computed`, `r.recorded`;
/// `short_title` names the treaty in the reasoning.
inline void compute_optional_declaration(optional_declaration_record& r, const std::string& short_title,
                                         const recorded_article_in_force* recorded = nullptr) {
  r.in_force.reset();
  r.completing.clear();
  r.computed.reset();
  r.recorded = false;
  const auto n = static_cast<std::size_t>(r.clause.threshold);
  if (n == 0) return;
  const std::string article = r.clause.threshold_article.empty() ? r.clause.article : r.clause.threshold_article;
  const std::string rule_text = "article " + article + ": the article of the " + short_title +
                                " comes into force when " + std::to_string(n) +
                                " States Parties have made declarations";
  const auto first = detail::first_counting(r.declarations);
  std::optional<dated> from_declarations;
  clause::timeline t;  // each State's first declaration, counting from the day it is a State Party's
  for (const auto* d : first) t.counted.push_back({d->state, *d->counts_from, std::nullopt});
  if (const auto m = clause::first_met(clause::count{n}, t, {})) {
    const date_t day = m->day;
    std::vector<std::string> before;  // made before they counted: the declarant not yet a State Party
    for (std::size_t i : m->completing) {
      const auto& d = *first[i];
      r.completing.push_back(d.state);
      if (d.made < day) before.push_back(d.state);
    }
    dated out;
    out.date = day;
    out.why.rule = "O1";
    out.why.article = article;
    out.why.anchor = day;
    const bool all_before = before.size() == r.completing.size();
    out.why.reasoning =
        "The " + detail::ordinal(n) + " declaration by a State Party under article " + r.clause.article + " (" +
        r.clause.subject + ") counts from " + to_prose(day) + " (" +
        (r.completing.size() == 1 ? "that of " : "those of ") + detail::and_list(r.completing) +
        (before.empty() ? std::string()
                        : (all_before ? std::string(", ") : ", " + detail::and_list(before) + " having ") +
                              "made before the " + short_title + " bound " + (before.size() == 1 ? "it" : "them") +
                              ": a declaration counts from the day its State is a State Party") +
        "); " + rule_text + ", on " + to_prose(day) + ".";
    from_declarations = std::move(out);
  }
  if (!recorded) {
    r.in_force = std::move(from_declarations);
    return;
  }
  const std::string where = recorded->source.empty() ? std::string("the registry") : recorded->source;
  if (from_declarations && from_declarations->date == recorded->date) {
    from_declarations->why.reasoning += " The depositary records the same date (" + where + ").";
    r.computed = from_declarations->date;
    r.in_force = std::move(from_declarations);
    r.recorded = true;
    return;
  }
  r.computed = from_declarations ? std::optional<date_t>(from_declarations->date) : std::nullopt;
  r.recorded = true;
  r.completing.clear();
  dated out;
  out.date = recorded->date;
  out.why.rule = "O1";
  out.why.article = article;
  out.why.anchor = recorded->date;
  out.why.reasoning =
      "The depositary records article " + r.clause.article + " of the " + short_title + " (" + r.clause.subject +
      ") in force from " + to_prose(recorded->date) + " (" + where + "; " + rule_text + "). The " +
      std::to_string(r.declarations.size()) + " declaration" + (r.declarations.size() == 1 ? "" : "s") +
      " recorded in the registry " +
      (!from_declarations ? std::string("do not reach ") + std::to_string(n) +
                                ": declarations counted then that have since lapsed or been replaced are not all in "
                                "the record"
       : from_declarations->date > recorded->date
           ? "reach " + std::to_string(n) + " only on " + to_prose(from_declarations->date) +
                 ": declarations counted then that have since lapsed or been replaced are not all in the record"
           : "reach " + std::to_string(n) + " already on " + to_prose(from_declarations->date) +
                 ": the record holds declarations the depositary did not count then, or dates them otherwise") +
      ". pacta gives the depositary's date.";
  r.in_force = std::move(out);
}

}  // namespace pacta
