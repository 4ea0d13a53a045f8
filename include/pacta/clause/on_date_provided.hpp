// pacta/clause/on_date_provided.hpp — the date term "on a fixed date, provided the condition held by
// then; else when it is met, and then the delay" (Montreal Protocol art. 16(1): "on 1 January 1989,
// provided that at least eleven instruments … have been deposited").
//
// Example: on_date_provided{1989_y/1/1, when_met{count{11}, after{period::days(90)}}} gives 1 January
// 1989 when the eleventh instrument came by then.
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/clause/condition.hpp>
#include <pacta/clause/delay.hpp>
#include <pacta/clause/first_met.hpp>
#include <pacta/clause/term.hpp>
#include <pacta/clause/when_met.hpp>
#include <pacta/detail/clause_sentences.hpp>

#include <optional>
#include <string>

namespace pacta::clause {

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

  /// The fixed date when the condition was met by then, else the delay after it is met; none while
  /// it is not met.
  resolved evaluate(const date_term& self, const timeline& t, const term_context& ctx) const {
    resolved r;
    r.decided_by = &self;
    r.facts = first_met(otherwise.c, t, ctx.tables);
    if (r.facts) r.date = r.facts->day <= on ? on : apply(otherwise.delay, r.facts->day, ctx.leap);
    return r;
  }
  /// The condition met by the fixed date, or after it with the delay, or not met.
  std::string explain(const resolved& r, const timeline& t, const term_context& ctx, const std::string& what) const {
    if (!r.facts) return pacta::detail::not_met_sentence(otherwise.c, t, what);
    if (r.facts->day <= on)
      return pacta::detail::met_sentence(otherwise.c, *r.facts, t, what, ctx.tables) +
             ", by the date the article fixes: entry into force on " + to_prose(on);
    return pacta::detail::met_sentence(otherwise.c, *r.facts, t, what, ctx.tables) +
           ", after the date the article fixes (" + to_prose(on) + "): entry into force " +
           pacta::detail::delay_phrase(otherwise.delay) + ", on " + to_prose(*r.date);
  }
};

}  // namespace pacta::clause
