// pacta/clause/term.hpp — what a dated term (clause/date_term.hpp) is evaluated with and what it
// gives: the context (the tables of weighted conditions, the other treaties' dates, the opening for
// signature, the registry's decisions, the leap-day reading) and the result (the date, the facts of the
// condition that decided it, and which term did). Each alternative's `evaluate` and `explain` take these.
//
// Example: a `resolved` of the OPSC's term has date 2002-01-18, facts->day 2001-10-18 (the tenth
// instrument) and decided_by the term `when_met{count{10}, after{3 months}}`.
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/clause/first_met.hpp>
#include <pacta/clause/tally.hpp>

#include <map>
#include <optional>
#include <string>

namespace pacta::clause {

struct date_term;

/// What the record says of a decision: the day it was taken, the day it sets, and who took it.
struct decision_fact {
  date_t date;
  std::optional<date_t> effective;
  std::string by;
};

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

}  // namespace pacta::clause
