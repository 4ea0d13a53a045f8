// pacta/clause/when_met.hpp — the date term "when the condition is first met, and then the delay"
// (rule E1: OPSC art. 14(1), "three months after the deposit of the tenth instrument"; O1, A3): the
// one evaluator's first day (clause/first_met.hpp), then the delay (clause/delay.hpp).
//
// Example: when_met{count{10}, after{period::months(3)}} over the OPSC's deposits gives 18 January
// 2002, its facts the tenth instrument of 18 October 2001.
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

  /// The day the condition is first met over `t`, and then the delay; none while it is not met.
  resolved evaluate(const date_term& self, const timeline& t, const term_context& ctx) const {
    resolved r;
    r.decided_by = &self;
    r.facts = first_met(c, t, ctx.tables);
    if (r.facts) r.date = apply(delay, r.facts->day, ctx.leap);
    return r;
  }
  /// "the condition (10 instruments …) was first met on 18 October 2001, with the instrument of …;
  /// entry into force 3 months after that date, on 18 January 2002", or why it is not met.
  std::string explain(const resolved& r, const timeline& t, const term_context& ctx, const std::string& what) const {
    const auto p = pacta::detail::delay_period(delay);
    return r.facts ? pacta::detail::met_sentence(c, *r.facts, t, what, ctx.tables) + "; entry into force " +
                         pacta::detail::delay_phrase(delay) + ", on " + to_prose(*r.date) +
                         (p && p->count > 0 ? pacta::detail::period_note(r.facts->day, *p, *r.date) : std::string())
                   : pacta::detail::not_met_sentence(c, t, what);
  }
};

}  // namespace pacta::clause
