// pacta/entry_into_force.hpp — rules E1–E5: when a treaty enters into force, generally and for
// each State, as pure functions of its final clauses and the consents recorded.
//
// E1 (OPSC art. 14(1)): the treaty enters into force a period (three months) after the deposit of
// the threshold-th instrument (the tenth). E2: a State that consented on or before that date is
// bound from it. E3 (art. 14(2)): a State consenting after it is bound a period (one month) after
// its own deposit. E4 (CRC art. 49(2), OPIC art. 19(2)): where the clause counts from "the deposit
// of the tenth instrument", every later State gets its deposit + the period, even before the
// general date. E5: a successor is bound from the date of succession of States, never before the
// treaty itself is in force. docs/rules.md gives each rule's sources and cases.
//
// Example (the OPSC: the tenth instrument on 18 October 2001; Benin accedes on 31 January 2005):
//   auto g = pacta::general_entry_into_force_of(pacta::opsc_rules(), opsc.states());
//   g->date                                  // 2002-01-18, rule E1
//   pacta::consent_record benin;  benin.kind = pacta::action_kind::accession;  benin.deposit = 2005_y/1/31;
//   pacta::state_entry_into_force(pacta::opsc_rules(), g, benin)->date   // 2005-02-28, rule E3 (P2)
#pragma once

#include <pacta/basis.hpp>
#include <pacta/calendar.hpp>
#include <pacta/clause/delay.hpp>
#include <pacta/clause/first_met.hpp>
#include <pacta/detail/clause_sentences.hpp>
#include <pacta/detail/prose.hpp>
#include <pacta/detail/registry_spelling.hpp>
#include <pacta/record_options.hpp>
#include <pacta/state_names.hpp>
#include <pacta/state_record.hpp>
#include <pacta/treaty_rules.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pacta {

/// The treaty's entry into force (rule E1).
/// As a `dated`: `date` is the threshold date + the general delay, `why` its basis.
struct general_entry_into_force : dated {
  date_t threshold_date;                ///< the day the threshold was reached
  std::size_t first_ordinal = 0;        ///< ordinal of the first instrument deposited that day
  std::size_t last_ordinal = 0;         ///< ordinal of the last instrument deposited that day
  std::vector<std::string> completing;  ///< the States that deposited on the threshold day
  /// Rule E7: the date was put off to the entry into force of the treaty it is subject to.
  bool fixed_by_condition = false;
  /// Rule E10: an instrument of the threshold day counts from it though deposited earlier (or is a
  /// consent by a simplified procedure): the threshold day is then not a deposit's.
  bool counted_later = false;
};

/// Whether a participant's instrument counts toward the threshold: an organization's does not where
/// the treaty says so (CRPD art. 44(3), rule E8); a former State's does (rule F1).
inline bool counts_toward_threshold(const treaty_rules& rules, const state_record& s) noexcept {
  return !(s.kind == participant_kind::organization && !rules.organizations.counted);
}

/// Whether an instrument counts toward the general clause: its participant's do (above), and it is of
/// a kind the clause counts (`treaty_rules::counted_kinds`; CWC art. XXI(1) counts ratifications).
inline bool counts_instrument(const treaty_rules& rules, const state_record& s, const consent_record& c) noexcept {
  if (!counts_toward_threshold(rules, s)) return false;
  if (rules.counted_kinds.empty()) return true;
  for (action_kind k : rules.counted_kinds)
    if (k == c.kind) return true;
  return false;
}

namespace detail {

/// The noun of a kind of instrument of consent, as a clause names it ("ratification", "consent to be
/// bound").
inline std::string instrument_noun(action_kind k) {
  std::string s = to_key(k);
  for (char& ch : s)
    if (ch == '-') ch = ' ';
  return s;
}

/// What the clause counts, as its reasoning says it: "instruments of ratification, acceptance or
/// approval" where the profile names the kinds, else every kind of instrument.
inline std::string counted_instruments(const treaty_rules& rules) {
  if (rules.counted_kinds.empty()) return "instruments of ratification, acceptance, approval or accession";
  std::string out = "instruments of ";
  for (std::size_t i = 0; i < rules.counted_kinds.size(); ++i)
    out += (i == 0                                ? ""
            : i + 1 == rules.counted_kinds.size() ? " or "
                                                  : ", ") +
           instrument_noun(rules.counted_kinds[i]);
  return out;
}

/// What the count of instruments by `day` included that a reader would not assume: former States'
/// instruments (rule F1), organizations' instruments not counted (rule E8), and instruments counted
/// from another day than a deposit (rule E10); " The count includes …", or empty.
inline std::string counting_notes(const treaty_rules& rules, const std::vector<state_record>& states, date_t day) {
  std::vector<std::string> former, uncounted, other_kind, later_day;
  for (const auto& s : states)
    for (const auto& c : s.consents) {
      if (c.counting_day() > day) continue;
      if (c.counted_on && counts_toward_threshold(rules, s) && counts_instrument(rules, s, c))
        later_day.push_back("the instrument of " + detail::state_in_prose(s.state) + ", deposited on " +
                            to_prose(c.deposit) + ", from " + to_prose(*c.counted_on));
      else if (c.kind == action_kind::simplified_procedure && counts_instrument(rules, s, c))
        later_day.push_back("the consent of " + detail::state_in_prose(s.state) +
                            " established by the simplified procedure (article " + rules.simplified_procedure.article +
                            ") on " + to_prose(c.deposit));
      if (!counts_toward_threshold(rules, s))
        uncounted.push_back(detail::state_in_prose(s.state));
      else if (!counts_instrument(rules, s, c))
        other_kind.push_back("the " + instrument_noun(c.kind) + " of " + detail::state_in_prose(s.state) + " (" +
                             to_prose(c.deposit) + ")");
      else if (s.kind == participant_kind::former_state)
        former.push_back(detail::state_in_prose(s.state) + " (" + to_prose(c.deposit) + ")");
    }
  std::string out;
  if (!later_day.empty()) out += " The count includes " + detail::and_list(later_day) + " (rule E10).";
  if (!former.empty())
    out += std::string(later_day.empty() ? " The count includes" : " It also includes") + " the instrument" +
           std::string(former.size() > 1 ? "s" : "") + " of " + detail::and_list(former) +
           (former.size() > 1 ? ", States that no longer exist" : ", a State that no longer exists") +
           ": an instrument counts at its deposit (rules E1 and F1).";
  if (!uncounted.empty())
    out += " The instrument of " + detail::and_list(uncounted) +
           ", a regional integration organization, is not counted (article " + rules.organizations.not_counted_article +
           ", rule E8).";
  if (!other_kind.empty()) {
    std::string what = detail::and_list(other_kind);
    what[0] = 'T';
    out += " " + what + (other_kind.size() > 1 ? " are" : " is") + " not counted: article " + rules.general_article +
           " counts " + counted_instruments(rules) + " (rule E1).";
  }
  return out;
}

}  // namespace detail

/// Rule E1: the general entry into force from the consents of `states` (every instrument counts
/// at its deposit, whatever happens to the State later); nothing while fewer than the threshold
/// have been deposited. The threshold day is the threshold-th smallest deposit date; the
/// instruments of that day are numbered after those deposited before it, in the order of `states`.
inline std::optional<general_entry_into_force> general_entry_into_force_of(
    const treaty_rules& rules, const std::vector<state_record>& states,
    leap_day_rule leap = leap_day_rule::last_of_february) {
  const auto threshold = static_cast<std::size_t>(rules.threshold);
  if (threshold == 0) return std::nullopt;
  // The instruments that count, each from its deposit for good, in the order of `states`.
  clause::timeline t;
  std::vector<const state_record*> of;    // the State of each item
  std::vector<const consent_record*> by;  // and its consent
  for (const auto& s : states)
    for (const auto& c : s.consents)
      if (counts_instrument(rules, s, c)) {
        t.counted.push_back({s.state, c.counting_day(), std::nullopt});
        of.push_back(&s);
        by.push_back(&c);
      }
  const auto m = clause::first_met(clause::count{threshold}, t, {});
  if (!m) return std::nullopt;
  general_entry_into_force g;
  g.threshold_date = m->day;
  bool later_day = false;  // an instrument of the threshold day counted from another day than a deposit (E10)
  for (std::size_t i : m->completing) {
    g.completing.push_back(of[i]->state);
    later_day = later_day || by[i]->counts_from_another_day();
  }
  g.counted_later = later_day;
  g.first_ordinal = m->counted_before + 1;
  g.last_ordinal = m->counted_before + g.completing.size();
  g.date = clause::apply(clause::from_period(rules.general_delay), g.threshold_date, leap);
  g.why.rule = "E1";
  g.why.article = rules.general_article;
  g.why.anchor = g.threshold_date;
  g.why.delay = rules.general_delay;
  std::vector<std::string> completing_prose;  // the names as a sentence writes them ("the Czech Republic")
  for (const auto& c : g.completing) completing_prose.push_back(detail::state_in_prose(c));
  const std::string states_text = detail::and_list(completing_prose);
  const std::string whose = later_day
                                ? (g.first_ordinal == g.last_ordinal ? ", that of " + states_text
                                                                     : ", those of " + states_text + " being the " +
                                                                           detail::ordinal(g.first_ordinal) + " to " +
                                                                           detail::ordinal(g.last_ordinal))
                            : g.first_ordinal == g.last_ordinal
                                ? " by " + states_text
                                : ", when " + states_text + " deposited the " + detail::ordinal(g.first_ordinal) +
                                      " to " + detail::ordinal(g.last_ordinal) + " instruments";
  g.why.reasoning = "The " + detail::ordinal(threshold) + " instrument " +
                    (later_day ? "counts from " : "was deposited on ") + to_prose(g.threshold_date) + whose +
                    "; article " + rules.general_article + ": entry into force " + to_string(rules.general_delay) +
                    " after that date, on " + to_prose(g.date) +
                    detail::period_note(g.threshold_date, rules.general_delay, g.date) + ".";
  g.why.reasoning += detail::counting_notes(rules, states, g.threshold_date);
  return g;
}

/// Rule E7, as the evaluator found it: the later of a treaty's own date and the entry into force of
/// the treaty it is subject to (`later_of{own, in_force_of{other}}`, resolved).
struct subject_to_decision {
  bool known = true;           ///< false: the other treaty's date is not known
  std::optional<date_t> date;  ///< the later of the two; none while either has none
  bool by_other = false;       ///< the other treaty's date decided (it came later)
};

/// The E7 decision for a treaty whose own date is the term `own`, subject to the treaty `other`,
/// by `clause::resolve` over the same timeline and context.
inline subject_to_decision decide_subject_to(const clause::date_term& own, const std::string& other,
                                             const clause::timeline& t, const clause::term_context& ctx) {
  const clause::date_term term = clause::later_of{{own, clause::in_force_of{other}}};
  const clause::resolved r = clause::resolve(term, t, ctx);
  subject_to_decision d;
  d.known = r.known;
  d.date = r.date;
  d.by_other = r.decided_by && std::holds_alternative<clause::in_force_of>(r.decided_by->term);
  return d;
}

/// The general entry into force that a profile's clause gives (`treaty_rules::general_clause`):
/// the date and its basis, or the reason it is NOT computed, or neither (not yet in force).
struct clause_entry_into_force {
  std::optional<general_entry_into_force> general;
  std::string not_computed;  ///< why the date is NOT computed (a figure pacta lacks), or empty
  /// Where the profile makes the treaty subject to another's entry into force (rule E7): the later
  /// of the clause's date and that treaty's, for `apply_subject_to`.
  std::optional<subject_to_decision> subject_to;
};

/// The shorthand of today's profiles as a clause value: the threshold-th instrument and the general
/// delay (rule E1), and the later of that and another treaty's entry into force where the treaty is
/// subject to it (rule E7).
///
/// Example: general_term(opsc_rules()) is when_met{count{10}, after{3 months}}.
inline clause::date_term general_term(const treaty_rules& rules) {
  if (rules.general_clause) return *rules.general_clause;
  clause::when_met own{clause::count{static_cast<std::size_t>(rules.threshold)},
                       clause::from_period(rules.general_delay)};
  if (rules.subject_to.treaty.empty()) return own;
  return clause::later_of{{own, clause::in_force_of{rules.subject_to.treaty}}};
}

/// What a clause of entry into force counts: each instrument that counts toward the threshold
/// (rule E8) from its deposit, for good (rule E1); and each party from its consent until its
/// denunciation takes effect.
inline clause::timeline clause_timeline(const treaty_rules& rules, const std::vector<state_record>& states) {
  clause::timeline t;
  for (const auto& s : states)
    for (const auto& c : s.consents) {
      if (counts_instrument(rules, s, c)) t.counted.push_back({s.state, c.counting_day(), std::nullopt});
      t.parties.push_back({s.state, c.counts_from(), c.ends()});
    }
  return t;
}

/// The general entry into force by the profile's clause (rule E1, and E7 where an `in_force_of` term
/// decides), evaluated by `clause::resolve` over the instruments of `states` (each counts at its
/// deposit, as for E1; a party is one from its consent until its denunciation takes effect). A
/// weighted share whose table `ctx` lacks, another treaty's date not given, or an opening for
/// signature not recorded leave the date NOT computed, and `not_computed` says why. Where the profile
/// also has a `subject_to` (rule E7), `subject_to` holds the evaluator's later of the clause's date and
/// that treaty's, which `apply_subject_to` applies.
inline clause_entry_into_force general_entry_into_force_by_clause(const treaty_rules& rules,
                                                                  const std::vector<state_record>& states,
                                                                  const clause::term_context& ctx) {
  clause_entry_into_force out;
  if (!rules.general_clause) return out;
  const std::string art = "article " + rules.general_article;
  for (const std::string& t : clause::facts_of(*rules.general_clause).tables)
    if (!ctx.tables.tables.count(t)) {
      bool lists = false;  // a table of the States named, not of figures
      clause::for_each_condition(*rules.general_clause, [&](const clause::condition& c) {
        if (const auto* n = std::get_if<clause::named>(&c.term)) lists = lists || n->table == t;
      });
      out.not_computed = art +
                         (lists ? " needs the list of States in the table \"" : " needs the figures of the table \"") +
                         t + "\", which pacta does not have: a data directory gives " + (lists ? "it" : "them") +
                         " as tables/" + rules.id + "/" + t + ".json";
      return out;
    }
  const clause::timeline t = clause_timeline(rules, states);
  clause::date_term term = *rules.general_clause;
  clause::for_each_condition(term, [&](clause::condition& c) {  // the States a table lists
    if (auto* n = std::get_if<clause::named>(&c.term); n && !n->table.empty()) {
      const clause::weight_table& tab = ctx.tables.tables.at(n->table);
      for (const auto& row : tab.of) n->states.push_back(row.first);
      n->states.insert(n->states.end(), tab.not_available.begin(), tab.not_available.end());
    }
  });
  detail::registry_spelling(term, states);
  const auto [r, why] = detail::explain_term(term, t, ctx, detail::counted_instruments(rules));
  if (!r.known) {
    out.not_computed = art + ": " + why;
    return out;
  }
  if (!r.date) return out;
  general_entry_into_force g;
  g.date = *r.date;
  g.threshold_date = r.facts ? r.facts->day : *r.date;
  if (r.facts) {
    for (std::size_t i : r.facts->completing) g.completing.emplace_back(t.counted[i].who);
    for (const auto& s : states)  // rule E10: a consent of the day that counts from it, not from a deposit
      for (const auto& c : s.consents)
        if (c.counting_day() == g.threshold_date && c.counts_from_another_day() &&
            std::find(g.completing.begin(), g.completing.end(), s.state) != g.completing.end())
          g.counted_later = true;
    g.first_ordinal = r.facts->counted_before + 1;
    g.last_ordinal = r.facts->counted_before + g.completing.size();
  }
  const bool by_other = r.decided_by && std::holds_alternative<clause::in_force_of>(r.decided_by->term);
  const bool by_decision = r.decided_by && std::holds_alternative<clause::decided>(r.decided_by->term);
  g.why.rule = by_other ? "E7" : by_decision ? "E9" : "E1";
  g.why.article = rules.general_article;
  g.why.anchor = g.threshold_date;
  g.why.reasoning =
      "Under " + art + ", " + why + "." + (r.facts ? detail::counting_notes(rules, states, r.facts->day) : "");
  if (const auto* m = r.decided_by ? std::get_if<clause::when_met>(&r.decided_by->term) : nullptr)
    if (const auto p = detail::delay_period(m->delay)) g.why.delay = *p;
  out.general = std::move(g);
  if (!rules.subject_to.treaty.empty())  // rule E7: the later of the clause's date and the other's
    out.subject_to = decide_subject_to(term, rules.subject_to.treaty, t, ctx);
  return out;
}

/// Which of rules E2–E5 gives a consent its entry into force.
enum class eif_rule {
  succession,                 ///< E5: from the date of succession of States
  succession_before_general,  ///< E5 with E2: the date of succession precedes the general date
  /// E5, a predecessor that had consented but was bound only after the date of succession: from the
  /// predecessor's entry into force (`unbound_predecessor_reading::predecessor_in_force`)
  succession_after_predecessor,
  /// E5, a newly independent State read as acceding on its notification: the notification + the
  /// period for later States (`newly_independent_reading::notification`)
  succession_as_accession,
  general,  ///< E2: consented on or before the cut-off, bound from the general date
  later,    ///< E3 or E4: the deposit + the later States' period
  /// E7 with E4: the deposit + the period falls before the general date, which a condition put off
  /// ("subject to the entry into force of" another treaty): bound from the general date
  condition,
};

/// The rule and the date it gives.
struct eif_outcome {
  eif_rule rule;
  date_t date;
};

/// Rules E2–E5: the date the treaty enters into force for a State under `consent`, and the rule
/// that gives it. Nothing while the treaty is not in force (`general` is nothing), or for a
/// succession whose date of succession is not recorded and that was notified after the general
/// date. The one place this date is decided.
inline std::optional<eif_outcome> state_entry_into_force_outcome(const treaty_rules& rules,
                                                                 const std::optional<general_entry_into_force>& general,
                                                                 const consent_record& c,
                                                                 const record_options& options = {}) {
  if (!general) return std::nullopt;
  const date_t in_force = general->date;
  const leap_day_rule leap = options.leap_day;
  if (c.kind == action_kind::succession) {
    // E5, a newly independent State read as acceding on its notification: no date of succession needed.
    if (c.succeeded_as == succession_kind::newly_independent &&
        options.newly_independent == newly_independent_reading::notification)
      return eif_outcome{eif_rule::succession_as_accession,
                         std::max(add_period(c.deposit, rules.later_delay, leap), in_force)};
    // E5: from the date of succession of States, not from the notification; never before the
    // treaty itself was in force.
    if (!c.succession_date) {
      // The date of succession is no later than the notification: notified on or before the
      // general date, the later of the two is the general date, whatever the date of succession.
      if (c.deposit <= in_force) return eif_outcome{eif_rule::succession_before_general, in_force};
      return std::nullopt;
    }
    if (c.predecessor_from && *c.predecessor_from > *c.succession_date &&
        options.unbound_predecessor == unbound_predecessor_reading::predecessor_in_force)
      return eif_outcome{eif_rule::succession_after_predecessor, *c.predecessor_from};
    if (*c.succession_date >= in_force) return eif_outcome{eif_rule::succession, *c.succession_date};
    return eif_outcome{eif_rule::succession_before_general, in_force};
  }
  const bool by_threshold = rules.later_wording != later_state_wording::after_entry_into_force;
  const date_t cutoff = by_threshold ? general->threshold_date : in_force;
  if (c.counting_day() <= cutoff) return eif_outcome{eif_rule::general, in_force};  // E2 (E10: its counting day)
  const date_t own = add_period(c.counting_day(), rules.later_delay, leap);         // E3, E4
  if (own < in_force) return eif_outcome{eif_rule::condition, in_force};            // E7: never before the treaty
  return eif_outcome{eif_rule::later, own};
}

namespace detail {

/// The head of rules E2–E4's sentences: "Deposited on 31 January 2005", or, where the consent
/// counts from another day than a deposit, that day and how (rule E10).
inline std::string consent_head(const treaty_rules& rules, const consent_record& c) {
  if (c.kind == action_kind::simplified_procedure)
    return "Consent established by the simplified procedure on " + to_prose(c.deposit) + " (article " +
           rules.simplified_procedure.article + ", rule E10)";
  if (c.counted_on)
    return "Deposited on " + to_prose(c.deposit) + " and counted from " + to_prose(*c.counted_on) +
           ", the later day the registry records (rule E10)";
  return "Deposited on " + to_prose(c.deposit);
}

/// What rules E3–E4 count from, as their sentences name it: "the deposit", or the day of rule E10.
inline std::string counted_from_noun(const consent_record& c) {
  if (c.kind == action_kind::simplified_procedure) return "the day consent was established";
  return c.counted_on ? "the day it counts from" : "the deposit";
}

/// What rule E5's unsettled readings add to a succession bound from its date of succession: for a
/// newly independent State, or one whose predecessor was bound only later, the other reading and
/// its option.
inline std::string succession_reading_note(const consent_record& c, const record_options& options) {
  std::string out;
  if (c.succeeded_as == succession_kind::newly_independent)
    out +=
        " A newly independent State: a party from the date of succession (VCSST art. 23(1)). Unsettled: the "
        "CERD Committee counted such States from the notification + the period for later States (--option "
        "newly-independent=notification).";
  if (c.predecessor_from && c.succession_date && *c.predecessor_from > *c.succession_date &&
      options.unbound_predecessor == unbound_predecessor_reading::date_of_succession)
    out += " The predecessor was bound only from " + to_prose(*c.predecessor_from) +
           "; counted from the date of succession (--option predecessor-not-bound=succession, the CAT Committee's "
           "practice), not from that day (the default, VCSST art. 34).";
  return out;
}

/// Rule E5's basis for a succession's date (`d.date` set): the rule, its anchor and reasoning.
inline void succession_basis(const treaty_rules& rules, date_t in_force, const consent_record& c, eif_rule rule,
                             const record_options& options, dated& d) {
  switch (rule) {
    case eif_rule::succession:
      d.why.rule = "E5";
      d.why.anchor = *c.succession_date;
      d.why.reasoning = "Notification of succession received on " + to_prose(c.deposit) +
                        "; a succession takes effect from the date of succession of States, " +
                        to_prose(*c.succession_date) + " (rule E5)." + detail::succession_reading_note(c, options);
      break;
    case eif_rule::succession_after_predecessor:
      d.why.rule = "E5";
      d.why.anchor = *c.predecessor_from;
      d.why.reasoning = "Notification of succession received on " + to_prose(c.deposit) +
                        "; the date of succession of States, " + to_prose(*c.succession_date) +
                        ", precedes the predecessor's own entry into force on " + to_prose(*c.predecessor_from) +
                        ": the " + rules.short_title +
                        " continues in force for the successor only from the day it was in force for the territory "
                        "(VCSST art. 34; rule E5). Unsettled: --option predecessor-not-bound=succession counts from "
                        "the date of succession, as the CAT Committee did for Croatia.";
      break;
    case eif_rule::succession_as_accession:
      d.why.rule = "E5";
      d.why.article = rules.later_article;
      d.why.delay = rules.later_delay;
      d.why.reasoning =
          "A newly independent State, read as acceding on its notification of succession received on " +
          to_prose(c.deposit) +
          " (--option newly-independent=notification, the CERD Committee's "
          "practice); article " +
          rules.later_article + ": " + to_string(rules.later_delay) + " after the notification, on " +
          to_prose(d.date) + ". By the default reading (VCSST art. 23(1)) it is a party from the date of succession" +
          (c.succession_date ? ", " + to_prose(*c.succession_date) : std::string(" (not recorded)")) + " (rule E5).";
      break;
    case eif_rule::succession_before_general:
      d.why.rule = "E5";
      d.why.anchor = c.succession_date ? *c.succession_date : c.deposit;
      d.why.article = rules.general_article;
      d.why.reasoning =
          c.succession_date
              ? "Notification of succession received on " + to_prose(c.deposit) + "; the date of succession, " +
                    to_prose(*c.succession_date) + ", precedes the " + rules.short_title + "'s entry into force on " +
                    to_prose(in_force) + ", from which the successor is bound (rules E5 and E2)."
              : "Notification of succession received on " + to_prose(c.deposit) +
                    "; the date of succession of States is not recorded, but it is no later than the notification, "
                    "which precedes the " +
                    rules.short_title + "'s entry into force on " + to_prose(in_force) +
                    ": the successor is bound from that entry into force, the later of the two (rules E5 and E2).";
      break;
    default:
      break;
  }
}

}  // namespace detail

/// Rules E2–E5 with their basis: rule, article, anchor, period and the sentence of reasoning.
inline std::optional<dated> state_entry_into_force(const treaty_rules& rules,
                                                   const std::optional<general_entry_into_force>& general,
                                                   const consent_record& c, const record_options& options = {}) {
  const auto o = state_entry_into_force_outcome(rules, general, c, options);
  const leap_day_rule leap = options.leap_day;
  if (!o) return std::nullopt;
  const date_t in_force = general->date;
  const bool by_threshold = rules.later_wording != later_state_wording::after_entry_into_force;
  const std::string nth = detail::ordinal(static_cast<std::size_t>(rules.threshold));
  // The day rule E4 counts from: the threshold deposit, or the day the clause's conditions were met.
  const std::string threshold_day =
      rules.later_wording == later_state_wording::after_conditions_fulfilled
          ? to_prose(general->threshold_date) + ", when the conditions of article " + rules.general_article +
                " were fulfilled"
      : general->counted_later
          ? "the day the " + nth + " instrument counts from, " + to_prose(general->threshold_date) + " (rule E10)"
          : "the deposit of the " + nth + " instrument on " + to_prose(general->threshold_date);
  dated d;
  d.date = o->date;
  d.why.anchor = c.counting_day();
  const std::string head = detail::consent_head(rules, c);
  const std::string from = detail::counted_from_noun(c);
  switch (o->rule) {
    case eif_rule::succession:
    case eif_rule::succession_after_predecessor:
    case eif_rule::succession_as_accession:
    case eif_rule::succession_before_general:
      detail::succession_basis(rules, in_force, c, o->rule, options, d);
      break;
    case eif_rule::general:
      d.why.rule = "E2";
      d.why.article = rules.general_article;
      d.why.reasoning =
          by_threshold ? head + ", on or before " + threshold_day + ": bound from the general entry into force on " +
                             to_prose(in_force) + " (article " + rules.general_article + ")."
                       : head + ", on or before the " + rules.short_title + "'s entry into force on " +
                             to_prose(in_force) + "; article " + rules.later_article +
                             " applies only to States consenting after it, so the State is bound from the general date "
                             "(article " +
                             rules.general_article + ").";
      break;
    case eif_rule::condition:
      d.why.rule = "E7";
      d.why.article = rules.subject_to.article.empty() ? rules.general_article : rules.subject_to.article;
      d.why.reasoning =
          head + ", after " +
          (rules.later_wording == later_state_wording::after_conditions_fulfilled ? threshold_day
           : general->counted_later ? "the day the " + nth + " instrument counts from"
                                    : "the deposit of the " + nth + " instrument") +
          "; article " + rules.later_article + " would give " +
          to_prose(add_period(c.counting_day(), rules.later_delay, leap)) + ", but the " + rules.short_title +
          " itself entered into force only on " + to_prose(in_force) +
          (rules.subject_to.treaty.empty()
               ? std::string()
               : ", subject to the entry into force of another treaty (article " + rules.subject_to.article + ")") +
          ": the State is bound from that date (rule E7).";
      break;
    case eif_rule::later:
      d.why.rule = by_threshold ? "E4" : "E3";
      d.why.article = rules.later_article;
      d.why.delay = rules.later_delay;
      d.why.reasoning =
          head + ", after " +
          (by_threshold ? threshold_day : "the " + rules.short_title + "'s entry into force on " + to_prose(in_force)) +
          "; article " + rules.later_article + ": " +
          (rules.later_delay.count == 0
               ? "on " + (c.counts_from_another_day() ? from : "the date of " + from) + ", " + to_prose(d.date)
           : rules.later_delay.nth_month  // P8: "on the first day of the sixth month after the date on which …"
               ? "on the first day of the " + detail::ordinal(static_cast<std::size_t>(rules.later_delay.count)) +
                     " month after the month of " + from + ", " + to_prose(d.date) + " (rule P8)"
               : to_string(rules.later_delay) + " after " + from + ", on " + to_prose(d.date) +
                     detail::period_note(c.counting_day(), rules.later_delay, d.date)) +
          ".";
      break;
  }
  return d;
}

}  // namespace pacta
