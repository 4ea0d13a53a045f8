// pacta/detail/clause_sentences.hpp — the words the dated terms' sentences share (internal): what a
// condition found on the day it was first met (the count, the share weighed, the instruments that
// completed it), why one is not met, and a delay in words. Each term's `explain` (clause/when_met.hpp,
// …) makes its sentence of them, from the facts `clause::first_met` found; nothing here computes a
// date.
//
// Example (the OPSC): met_sentence(count{10}, m, t, "instruments", {}) ==
//   "the condition (10 instruments) was first met on 18 October 2001, with the instrument of …"
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/clause/condition.hpp>
#include <pacta/clause/delay.hpp>
#include <pacta/clause/first_met.hpp>
#include <pacta/detail/prose.hpp>

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

}  // namespace pacta::detail
