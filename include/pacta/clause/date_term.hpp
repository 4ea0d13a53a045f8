// pacta/clause/date_term.hpp — when a clause takes effect, as a value: when a condition is first met
// and a delay has run (E1, O1, A3), another treaty's entry into force (E7, "subject to"), a fixed
// date provided a condition held by then (Montreal Protocol art. 16(1)), a delay after opening for
// signature (CTBT art. XIV(1): "in no case earlier than two years after its opening for
// signature"), the date a recorded decision sets (E9, clause/decided.hpp), the later of several (E7;
// "not earlier than") and the earliest of several (a date by the clause, or sooner by a decision). `resolve` gives the
// date and which term decided it, or nothing while a term has no date (the condition not met, the other treaty not in
// force, a date pacta lacks).
//
// Example (ICCPR-OP1: E1, then subject to the ICCPR's entry into force, rule E7):
//   clause::date_term t = clause::later_of{{clause::when_met{clause::count{10}, clause::after{period::months(3)}},
//                                           clause::in_force_of{"iccpr"}}};
#pragma once

#include <pacta/clause/condition.hpp>
#include <pacta/clause/decided.hpp>
#include <pacta/clause/delay.hpp>
#include <pacta/clause/earliest_of.hpp>
#include <pacta/clause/first_met.hpp>
#include <pacta/clause/in_force_of.hpp>
#include <pacta/clause/later_of.hpp>
#include <pacta/clause/on_date_provided.hpp>
#include <pacta/clause/opened_plus.hpp>
#include <pacta/clause/term.hpp>
#include <pacta/clause/when_met.hpp>
#include <pacta/detail/prose.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace pacta::clause {

struct date_term {
  using alternatives =
      std::variant<when_met, in_force_of, opened_plus, on_date_provided, decided, later_of, earliest_of>;
  alternatives term;

  date_term() = default;
  template <typename T, typename = std::enable_if_t<!std::is_same_v<std::decay_t<T>, date_term> &&
                                                    std::is_constructible_v<alternatives, T&&>>>
  date_term(T&& t) : term(std::forward<T>(t)) {}  // NOLINT: implicit, as a variant's alternatives are
};

inline bool operator==(const date_term& a, const date_term& b) {
  return a.term == b.term;
}
inline bool operator==(const later_of& a, const later_of& b) {
  return a.terms == b.terms;
}
inline bool operator==(const earliest_of& a, const earliest_of& b) {
  return a.terms == b.terms;
}

/// The terms of a `later_of` or an `earliest_of`, read as the array `name`.
template <class In>
std::optional<std::vector<date_term>> read_term_list(In& in, const char* name) {
  auto items = in.elements(name);
  if (!items) return std::nullopt;
  std::vector<date_term> out;
  for (auto& e : *items) {
    auto t = e.term();
    if (!t) return std::nullopt;
    out.push_back(std::move(*t));
  }
  return out;
}

template <class In>
std::optional<later_of> later_of::read(In& in) {
  if (auto t = read_term_list(in, "\"later_of\"")) return later_of{std::move(*t)};
  return std::nullopt;
}

template <class Out>
void later_of::write(Out& out) const {
  for (const auto& t : terms) out.push().term(t);
}

template <class In>
std::optional<earliest_of> earliest_of::read(In& in) {
  if (auto t = read_term_list(in, "\"earliest_of\"")) return earliest_of{std::move(*t)};
  return std::nullopt;
}

template <class Out>
void earliest_of::write(Out& out) const {
  for (const auto& t : terms) out.push().term(t);
}

/// What a term names, for the checks of a profile and the sentences of rules E2–E4: the first count of
/// instruments, whether a share of the States Parties is asked, and the treaties whose entry into
/// force it waits for.
struct term_facts {
  std::optional<std::size_t> count;
  bool share_of_parties = false;
  std::vector<std::string> treaties;
  std::vector<std::string> tables;  ///< the tables its weighted conditions take a share of, or name States from
  bool named = false;               ///< a condition names States (all, or a quota of them)
};

/// Calls `f` on every condition of the term (a `when_met`'s, an `on_date_provided`'s, those of each
/// term of a `later_of`), each through `for_each_condition`: the one walk over a term's conditions.
template <class Term, class F>
std::enable_if_t<std::is_same_v<std::remove_const_t<Term>, date_term>> for_each_condition(Term& t, F&& f) {
  if (auto* m = std::get_if<when_met>(&t.term)) for_each_condition(m->c, f);
  if (auto* p = std::get_if<on_date_provided>(&t.term)) for_each_condition(p->otherwise.c, f);
  if (auto* l = std::get_if<later_of>(&t.term))
    for (auto& sub : l->terms) for_each_condition(sub, f);
  if (auto* e = std::get_if<earliest_of>(&t.term))
    for (auto& sub : e->terms) for_each_condition(sub, f);
}

inline void facts_of(const date_term& t, term_facts& f) {
  const auto add = [](std::vector<std::string>& to, const std::string& x) {
    if (std::find(to.begin(), to.end(), x) == to.end()) to.push_back(x);
  };
  for_each_condition(t, [&](const condition& c) {
    if (const auto* n = std::get_if<count>(&c.term)) {
      if (!f.count) f.count = n->n;
    } else if (std::holds_alternative<share_of_parties>(c.term)) {
      f.share_of_parties = true;
    } else if (const auto* nm = std::get_if<named>(&c.term)) {
      f.named = true;
      if (!nm->table.empty()) add(f.tables, nm->table);
    } else if (const auto* w = std::get_if<weighted>(&c.term)) {
      add(f.tables, w->table);
    }
  });
  const auto treaties = [&](const date_term& x, const auto& self) -> void {
    if (const auto* i = std::get_if<in_force_of>(&x.term)) add(f.treaties, i->treaty);
    if (const auto* l = std::get_if<later_of>(&x.term))
      for (const auto& sub : l->terms) self(sub, self);
    if (const auto* e = std::get_if<earliest_of>(&x.term))
      for (const auto& sub : e->terms) self(sub, self);
  };
  treaties(t, treaties);
}

inline term_facts facts_of(const date_term& t) {
  term_facts f;
  facts_of(t, f);
  return f;
}

/// A term's date and the facts behind it: each alternative's `evaluate`.
inline resolved resolve(const date_term& term, const timeline& t, const term_context& ctx) {
  return std::visit([&](const auto& alt) { return alt.evaluate(term, t, ctx); }, term.term);
}

inline resolved later_of::evaluate(const date_term& self, const timeline& t, const term_context& ctx) const {
  resolved r;
  r.decided_by = &self;
  for (const auto& sub : terms) {
    resolved s = resolve(sub, t, ctx);
    if (!s.known) return s;
    if (!s.date) return s;
    if (!r.date || *s.date > *r.date) r = std::move(s);
  }
  return r;
}

inline resolved earliest_of::evaluate(const date_term& self, const timeline& t, const term_context& ctx) const {
  resolved r;
  r.decided_by = &self;
  for (const auto& sub : terms) {
    resolved s = resolve(sub, t, ctx);
    if (!s.known) return s;
    if (s.date && (!r.date || *s.date < *r.date)) r = std::move(s);
  }
  return r;
}

}  // namespace pacta::clause

namespace pacta::detail {

/// One term's date and its sentence (each alternative's `explain`); `known` false when a figure it
/// needs is not known.
inline std::pair<clause::resolved, std::string> explain_term(const clause::date_term& term, const clause::timeline& t,
                                                             const clause::term_context& ctx, const std::string& what) {
  clause::resolved r = clause::resolve(term, t, ctx);
  std::string why = std::visit([&](const auto& alt) { return alt.explain(r, t, ctx, what); }, term.term);
  return {std::move(r), std::move(why)};
}

}  // namespace pacta::detail

namespace pacta::clause {

inline std::string later_of::explain(const resolved& r, const timeline& t, const term_context& ctx,
                                     const std::string& what) const {
  std::vector<std::string> parts;
  for (const auto& sub : terms) parts.push_back(pacta::detail::explain_term(sub, t, ctx, what).second);
  return "the later of these dates: " + pacta::detail::and_list(parts) +
         (r.date && r.known ? std::string("; that is ") + to_prose(*r.date) : std::string());
}

inline std::string earliest_of::explain(const resolved& r, const timeline& t, const term_context& ctx,
                                        const std::string& what) const {
  std::vector<std::string> parts;
  for (const auto& sub : terms) parts.push_back(pacta::detail::explain_term(sub, t, ctx, what).second);
  return "the earliest of these dates: " + pacta::detail::and_list(parts) +
         (r.date && r.known ? std::string("; that is ") + to_prose(*r.date) : std::string());
}

}  // namespace pacta::clause
