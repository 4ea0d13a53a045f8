// pacta/detail/clause_sentences.hpp — the sentences of a clause's terms (internal): what a condition
// found on the day it was first met (the count, the share weighed, the instruments that completed
// it), why one is not met, and a term's date with its reason, for the bases of rules E1 and E7.
// The facts come from `clause::resolve` and `clause::first_met`; nothing here computes a date.
//
// Example (the OPSC): explain_term(when_met{count{10}, after{3 months}}, …).second ==
//   "the condition (10 instruments …) was first met on 18 October 2001, with the instrument of …;
//    entry into force 3 months after that date, on 18 January 2002"
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/clause/date_term.hpp>
#include <pacta/clause/first_met.hpp>
#include <pacta/detail/prose.hpp>
#include <pacta/state_names.hpp>
#include <pacta/state_record.hpp>

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pacta::detail {

/// "entry into force 3 months after that date", "… on the same day".
inline std::string delay_phrase(const clause::delay& d) {
  const auto* a = std::get_if<clause::after>(&d);
  return a && a->p.count == 0 ? std::string("on the same day") : clause::describe(d) + " that date";
}

/// The delay as a period of the basis (rules P1–P7), where it is one: nothing for P8.
inline std::optional<period> delay_period(const clause::delay& d) {
  if (const auto* a = std::get_if<clause::after>(&d)) return a->p;
  if (const auto* f = std::get_if<clause::first_of_month_after>(&d)) return period::first_of_month_after(f->p);
  return std::nullopt;
}

/// The States a condition names that have deposited no instrument by the end of the record, for a
/// "not met" sentence.
inline void named_missing(const clause::condition& c, const clause::timeline& t, std::vector<std::string>& out) {
  clause::for_each_condition(c, [&](const clause::condition& x) {
    if (const auto* n = std::get_if<clause::named>(&x.term))
      for (const auto& s : n->states)
        if (std::none_of(t.counted.begin(), t.counted.end(), [&](const clause::item& i) { return i.who == s; }))
          out.push_back(s);
  });
}

/// The sentence of a condition not met on the record, naming the States it names that have not deposited.
inline std::string not_met_sentence(const clause::condition& c, const clause::timeline& t, const std::string& what) {
  std::vector<std::string> missing;
  named_missing(c, t, missing);
  std::vector<std::string> shown;
  for (std::size_t i = 0; i < missing.size() && i < 10; ++i) shown.push_back(show_value(missing[i]));
  if (missing.size() > 10) shown.push_back(std::to_string(missing.size() - 10) + " more");
  return "the condition (" + clause::describe(c, what) + ") is not met on the record" +
         (missing.empty() ? std::string() : " (no instrument of " + and_list(shown) + ")");
}

/// The term with each State it names written as the registry writes it, where the registry has the
/// same name but for case and accents (`name_key`): "france" is "France".
inline void registry_spelling(clause::named& n, const std::vector<state_record>& states) {
  for (auto& s : n.states)
    if (std::none_of(states.begin(), states.end(), [&](const state_record& r) { return r.state == s; })) {
      const std::string key = name_key(s);
      for (const auto& r : states)
        if (name_key(r.state) == key) s = r.state;
    }
}

/// The same for each named condition of a term.
inline void registry_spelling(clause::date_term& t, const std::vector<state_record>& states) {
  clause::for_each_condition(t, [&](clause::condition& c) {
    if (auto* n = std::get_if<clause::named>(&c.term)) registry_spelling(*n, states);
  });
}

/// A table's States under the registry's spelling of their names, where it differs only by `name_key`
/// ("Cote d'Ivoire" for "Côte d'Ivoire").
inline void registry_spelling(clause::weight_table& w, const std::vector<state_record>& states) {
  std::map<std::string, std::string> spelled;  // name_key → the registry's name
  for (const auto& r : states) spelled.emplace(name_key(r.state), r.state);
  std::map<std::string, std::int64_t, std::less<>> of;
  for (auto& [who, n] : w.of) {
    const auto it = spelled.find(name_key(who));
    of.emplace(it == spelled.end() ? who : it->second, n);
  }
  w.of = std::move(of);
  for (auto& who : w.not_available)
    if (const auto it = spelled.find(name_key(who)); it != spelled.end()) who = it->second;
}

/// What a weighted condition of `c` found on the day it was met: the count and the share reached,
/// and the States counted that the table gives no figure (they weigh nothing): "; then 75
/// instruments counted, weighing 22,356,917 of 37,168,339 Gg CO2 equivalent (60.15 %) in the table
/// \"emissions\"".
inline std::string weighted_notes(const clause::condition& c, const clause::tally& on_day, const clause::context& ctx) {
  if (const auto* all = std::get_if<clause::all_of>(&c.term)) {
    std::string out;
    for (const auto& sub : all->terms) out += weighted_notes(sub, on_day, ctx);
    return out;
  }
  const auto* w = std::get_if<clause::weighted>(&c.term);
  const auto tab = w ? ctx.tables.find(w->table) : ctx.tables.end();
  if (tab == ctx.tables.end()) return {};
  std::string out = "; then " + std::to_string(on_day.counted) + " instrument" + (on_day.counted == 1 ? "" : "s") +
                    " counted, weighing " + w->reached(on_day, ctx) + " in the table \"" + w->table + "\"";
  std::vector<std::string> unlisted, unavailable;
  for (const auto& [who, n] : on_day.of_state) {
    if (n == 0 || tab->second.of.count(who)) continue;
    const auto& na = tab->second.not_available;
    (std::find(na.begin(), na.end(), who) != na.end() ? unavailable : unlisted)
        .push_back(state_in_prose(std::string(who)));
  }
  std::vector<std::string> nothing;  // counted, weighing nothing
  if (!unavailable.empty()) nothing.push_back(and_list(unavailable) + ", no figure in the table");
  if (!unlisted.empty()) nothing.push_back(and_list(unlisted) + ", no row in it");
  if (!nothing.empty())
    out += " (weighing nothing: " + nothing[0] + (nothing.size() > 1 ? "; " + nothing[1] : "") + ")";
  return out;
}

/// The sentence of a condition met: "… was first met on 18 October 2001, when Bangladesh deposited".
inline std::string met_sentence(const clause::condition& c, const clause::met& m, const clause::timeline& t,
                                const std::string& what, const clause::context& ctx) {
  std::vector<std::string> by;
  for (std::size_t i : m.completing) by.push_back(state_in_prose(std::string(t.counted[i].who)));
  return "the condition (" + clause::describe(c, what) + ") was first met on " + to_prose(m.day) +
         (by.empty() ? std::string()
                     : ", with the instrument" + std::string(by.size() > 1 ? "s" : "") + " of " + and_list(by)) +
         weighted_notes(c, m.on_day, ctx);
}

/// The sentence of a decision's date (rule E9): "the decision \"definitive-entry-into-force\" taken on
/// 1 March 1999 by the governments that had deposited, setting 1 April 1999", or that none is recorded.
inline std::string decided_sentence(const clause::decided& d, const clause::term_context& ctx,
                                    const clause::resolved& r) {
  const auto it = ctx.decisions.find(d.decision);
  if (it == ctx.decisions.end() || !r.date) return "no decision " + show_value(d.decision) + " is recorded (rule E9)";
  const clause::decision_fact& f = it->second;
  return "the decision " + show_value(d.decision) + " taken on " + to_prose(f.date) +
         (f.by.empty() ? std::string() : " by " + f.by) +
         (f.effective ? ", setting " + to_prose(*r.date) : ", " + delay_phrase(d.delay) + ", " + to_prose(*r.date)) +
         " (rule E9)";
}

/// One term's date and its sentence; `known` false when a figure it needs is not known.
inline std::pair<clause::resolved, std::string> explain_term(const clause::date_term& term, const clause::timeline& t,
                                                             const clause::term_context& ctx, const std::string& what) {
  clause::resolved r = clause::resolve(term, t, ctx);
  std::string why;
  if (const auto* m = std::get_if<clause::when_met>(&term.term)) {
    const auto p = delay_period(m->delay);
    why = r.facts ? met_sentence(m->c, *r.facts, t, what, ctx.tables) + "; entry into force " + delay_phrase(m->delay) +
                        ", on " + to_prose(*r.date) +
                        (p && p->count > 0 ? period_note(r.facts->day, *p, *r.date) : std::string())
                  : not_met_sentence(m->c, t, what);
  } else if (const auto* f = std::get_if<clause::in_force_of>(&term.term)) {
    why = !r.known ? "the entry into force of " + f->treaty +
                         " is not known (its registry is not loaded, or its own date is NOT computed)"
          : r.date ? "the entry into force of " + f->treaty + " on " + to_prose(*r.date)
                   : f->treaty + " is not in force";
  } else if (const auto* o = std::get_if<clause::opened_plus>(&term.term)) {
    why = !r.known ? "the date the treaty was opened for signature is not in the data"
                   : clause::describe(o->delay) + " its opening for signature, " + to_prose(*r.date);
  } else if (const auto* p = std::get_if<clause::on_date_provided>(&term.term)) {
    if (!r.facts)
      why = not_met_sentence(p->otherwise.c, t, what);
    else if (r.facts->day <= p->on)
      why = met_sentence(p->otherwise.c, *r.facts, t, what, ctx.tables) +
            ", by the date the article fixes: entry into force on " + to_prose(p->on);
    else
      why = met_sentence(p->otherwise.c, *r.facts, t, what, ctx.tables) + ", after the date the article fixes (" +
            to_prose(p->on) + "): entry into force " + delay_phrase(p->otherwise.delay) + ", on " + to_prose(*r.date);
  } else if (const auto* d = std::get_if<clause::decided>(&term.term)) {
    why = decided_sentence(*d, ctx, r);
  } else if (const auto* l = std::get_if<clause::later_of>(&term.term)) {
    std::vector<std::string> parts;
    for (const auto& sub : l->terms) parts.push_back(explain_term(sub, t, ctx, what).second);
    why = "the later of these dates: " + and_list(parts) +
          (r.date && r.known ? std::string("; that is ") + to_prose(*r.date) : std::string());
  } else if (const auto* e = std::get_if<clause::earliest_of>(&term.term)) {
    std::vector<std::string> parts;
    for (const auto& sub : e->terms) parts.push_back(explain_term(sub, t, ctx, what).second);
    why = "the earliest of these dates: " + and_list(parts) +
          (r.date && r.known ? std::string("; that is ") + to_prose(*r.date) : std::string());
  }
  return {std::move(r), std::move(why)};
}

}  // namespace pacta::detail
