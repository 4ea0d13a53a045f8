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
#include <pacta/clause/first_met.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace pacta::clause {

/// When the condition is first met, and then the delay.
struct when_met {
  condition c;
  clause::delay delay = after{period::days(0)};
  friend bool operator==(const when_met& a, const when_met& b) { return a.c == b.c && a.delay == b.delay; }

  // Profile syntax: {"when_met": {"condition": CONDITION, "delay": DELAY}}; without "delay", on the
  // day it is met.
  static constexpr const char* key = "when_met";
  template <class In>
  static std::optional<when_met> read(In& in) {
    if (!in.object({"condition", "delay"}, "\"when_met\"")) return std::nullopt;
    when_met out;
    auto c = in.member("condition", true);
    auto cond = c ? c->condition() : std::nullopt;
    if (!cond) return std::nullopt;
    out.c = std::move(*cond);
    if (!read_optional_delay(in, out.delay)) return std::nullopt;
    return out;
  }
  template <class Out>
  void write(Out& out) const {
    out.member("condition").condition(c);
    out.member("delay").delay(delay);
  }
};

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
};

/// A delay after the treaty was opened for signature.
struct opened_plus {
  clause::delay delay;
  friend bool operator==(const opened_plus& a, const opened_plus& b) { return a.delay == b.delay; }

  // Profile syntax: {"opened_plus": DELAY}.
  static constexpr const char* key = "opened_plus";
  template <class In>
  static std::optional<opened_plus> read(In& in) {
    if (auto d = in.delay()) return opened_plus{*d};
    return std::nullopt;
  }
  template <class Out>
  void write(Out& out) const {
    out.delay(delay);
  }
};

/// On a fixed date, provided the condition held by then; else when it is met, and then the delay.
struct on_date_provided {
  date_t on;
  when_met otherwise;
  friend bool operator==(const on_date_provided& a, const on_date_provided& b) {
    return a.on == b.on && a.otherwise == b.otherwise;
  }

  // Profile syntax: {"on_date_provided": {"date": "1989-01-01", "condition": CONDITION, "delay":
  // DELAY}}: on the date if the condition was met by then, else the delay after it is met.
  static constexpr const char* key = "on_date_provided";
  template <class In>
  static std::optional<on_date_provided> read(In& in) {
    if (!in.object({"date", "condition", "delay"}, "\"on_date_provided\"")) return std::nullopt;
    auto d = in.member("date", true);
    auto c = in.member("condition", true);
    auto l = in.member("delay", true);
    auto day = d ? d->date_value() : std::nullopt;
    auto cond = c ? c->condition() : std::nullopt;
    auto del = l ? l->delay() : std::nullopt;
    if (!day || !cond || !del) return std::nullopt;
    return on_date_provided{*day, when_met{std::move(*cond), *del}};
  }
  template <class Out>
  void write(Out& out) const {
    out.member("date").date_value(on);
    out.member("condition").condition(otherwise.c);
    out.member("delay").delay(otherwise.delay);
  }
};

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
};
inline bool operator==(const later_of& a, const later_of& b);

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
};
inline bool operator==(const earliest_of& a, const earliest_of& b);

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

/// What a term needs beyond the timeline: the other treaties' dates and the opening for signature.
struct term_context {
  clause::context tables;
  std::map<std::string, std::optional<date_t>> in_force;  ///< by treaty id; absent: not known
  std::optional<date_t> opened;                           ///< opened for signature
  std::map<std::string, decision_fact> decisions;         ///< the registry's, by key (rule E9)
  leap_day_rule leap = leap_day_rule::last_of_february;
};

/// A term's date and the facts behind it.
struct resolved {
  std::optional<date_t> date;
  std::optional<met> facts;  ///< of the condition that decided, where one did
  /// The alternative that gave the date (an index into `date_term::term`'s variant, or of a
  /// `later_of`'s term that decided).
  const date_term* decided_by = nullptr;
  bool known = true;  ///< false: a date the term needs is not known (another treaty's, the opening)
};

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

inline resolved resolve(const date_term& term, const timeline& t, const term_context& ctx) {
  return std::visit(
      [&](const auto& alt) -> resolved {
        using T = std::decay_t<decltype(alt)>;
        resolved r;
        r.decided_by = &term;
        if constexpr (std::is_same_v<T, when_met>) {
          r.facts = first_met(alt.c, t, ctx.tables);
          if (r.facts) r.date = apply(alt.delay, r.facts->day, ctx.leap);
        } else if constexpr (std::is_same_v<T, in_force_of>) {
          const auto it = ctx.in_force.find(alt.treaty);
          r.known = it != ctx.in_force.end();
          if (r.known) r.date = it->second;
        } else if constexpr (std::is_same_v<T, opened_plus>) {
          r.known = ctx.opened.has_value();
          if (ctx.opened) r.date = apply(alt.delay, *ctx.opened, ctx.leap);
        } else if constexpr (std::is_same_v<T, on_date_provided>) {
          r.facts = first_met(alt.otherwise.c, t, ctx.tables);
          if (r.facts) r.date = r.facts->day <= alt.on ? alt.on : apply(alt.otherwise.delay, r.facts->day, ctx.leap);
        } else if constexpr (std::is_same_v<T, decided>) {
          const auto it = ctx.decisions.find(alt.decision);
          if (it != ctx.decisions.end()) r.date = alt.date_of(it->second, ctx.leap);
        } else if constexpr (std::is_same_v<T, earliest_of>) {
          for (const auto& sub : alt.terms) {
            resolved s = resolve(sub, t, ctx);
            if (!s.known) return s;
            if (s.date && (!r.date || *s.date < *r.date)) r = std::move(s);
          }
        } else {
          for (const auto& sub : alt.terms) {
            resolved s = resolve(sub, t, ctx);
            if (!s.known) return s;
            if (!s.date) return s;
            if (!r.date || *s.date > *r.date) r = std::move(s);
          }
        }
        return r;
      },
      term.term);
}

}  // namespace pacta::clause
