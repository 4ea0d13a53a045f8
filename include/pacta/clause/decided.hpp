// pacta/clause/decided.hpp — the date term "on the date a recorded decision sets" (rule E9): a date
// the engine takes from the registry rather than computes. The commodity agreements' "the
// Governments which have deposited … may decide to put this Agreement into force definitively
// among themselves"; a conference activating an amendment; a notification the parties make in
// concert. The registry records the decision (`decisions`: its key, the day it was taken, and the
// day it sets where it sets one); without it, the term has no date, and the record says none is
// recorded as of its date — never a guess.
//
// Example: clause::decided{"definitive-entry-into-force"} over a registry whose decision of
// 1 March 1999 sets 1 April 1999 gives 1 April 1999; with the delay after{period::days(90)} and a
// decision that sets no day, 90 days after the day it was taken.
#pragma once

#include <pacta/clause/delay.hpp>
#include <pacta/clause/term.hpp>
#include <pacta/detail/clause_sentences.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/treaty_id.hpp>

#include <optional>
#include <string>

namespace pacta::clause {

struct decided {
  std::string decision;                          ///< the registry's `decisions[].decision`
  clause::delay delay = after{period::days(0)};  ///< after the day it was taken, when it sets no day
  friend bool operator==(const decided& a, const decided& b) { return a.decision == b.decision && a.delay == b.delay; }

  /// The date: the day the decision sets, else the delay after the day it was taken.
  date_t date_of(const decision_fact& f, leap_day_rule leap) const {
    return f.effective ? *f.effective : apply(delay, f.date, leap);
  }

  /// The date the registry's decision sets; none while no such decision is recorded.
  resolved evaluate(const date_term& self, const timeline&, const term_context& ctx) const {
    resolved r;
    r.decided_by = &self;
    const auto it = ctx.decisions.find(decision);
    if (it != ctx.decisions.end()) r.date = date_of(it->second, ctx.leap);
    return r;
  }
  /// "the decision \"definitive-entry-into-force\" taken on 1 March 1999 by the governments that had
  /// deposited, setting 1 April 1999", or that none is recorded.
  std::string explain(const resolved& r, const timeline&, const term_context& ctx, const std::string&) const {
    const auto it = ctx.decisions.find(decision);
    if (it == ctx.decisions.end() || !r.date)
      return "no decision " + pacta::detail::show_value(decision) + " is recorded (rule E9)";
    const decision_fact& f = it->second;
    return "the decision " + pacta::detail::show_value(decision) + " taken on " + to_prose(f.date) +
           (f.by.empty() ? std::string() : " by " + f.by) +
           (f.effective ? ", setting " + to_prose(*r.date)
                        : ", " + pacta::detail::delay_phrase(delay) + ", " + to_prose(*r.date)) +
           " (rule E9)";
  }

  // Profile syntax: {"decided": {"decision": "definitive-entry-into-force", "delay": DELAY}}; without
  // "delay", on the day taken (when the decision sets no day of its own).
  static constexpr const char* key = "decided";
  template <class In>
  static std::optional<decided> read(In& in) {
    if (!in.object({"decision", "delay"}, "\"decided\"")) return std::nullopt;
    decided out;
    auto k = in.member("decision", true);
    auto name = k ? k->text("the key of a decision the registry records") : std::nullopt;
    if (!name) return std::nullopt;
    if (!is_treaty_id(*name)) {
      k->error(pacta::detail::show_value(*name) +
               " is not a decision's key: 1 to 64 lower-case letters, digits and hyphens, as the registry's "
               "\"decisions\" name it");
      return std::nullopt;
    }
    out.decision = *name;
    if (!read_optional_delay(in, out.delay)) return std::nullopt;
    return out;
  }
  template <class Out>
  void write(Out& out) const {
    out.member("decision").text(decision);
    out.member("delay").delay(delay);
  }
};

}  // namespace pacta::clause
