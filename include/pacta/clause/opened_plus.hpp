// pacta/clause/opened_plus.hpp — the date term "N after the treaty was opened for signature" (CTBT
// art. XIV(1): "in no case earlier than two years after its opening for signature"; CWC art. XXI(1)).
//
// Example: opened_plus{after{period::years(2)}} for a treaty opened on 24 September 1996 gives
// 24 September 1998.
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

  /// The delay after the opening for signature; not known when the data lack that date.
  resolved evaluate(const date_term& self, const timeline&, const term_context& ctx) const {
    resolved r;
    r.decided_by = &self;
    r.known = ctx.opened.has_value();
    if (ctx.opened) r.date = apply(delay, *ctx.opened, ctx.leap);
    return r;
  }
  /// "2 years after its opening for signature, 24 September 1998", or not known.
  std::string explain(const resolved& r, const timeline&, const term_context&, const std::string&) const {
    return !r.known ? "the date the treaty was opened for signature is not in the data"
                    : describe(delay) + " its opening for signature, " + to_prose(*r.date);
  }
};

}  // namespace pacta::clause
