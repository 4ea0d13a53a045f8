// pacta/clause/first_met.hpp — the one evaluator: the first day a condition holds over a timeline
// of dated items, and the facts of that day (what counted before it, what completed it), from which
// the sentences are made. Rules E1 (the general entry into force) and O1 (an article in force on
// declarations) are this, with `count`; a weighted share, named States and a share of the parties
// are the same sweep.
//
// The condition can change only on a day an item starts or stops counting: the sweep visits those
// days in order, applies each day's events, and asks the condition. `tally::of_state` is kept only
// when the condition reads by State.
//
// Example (the OPSC: its tenth instrument deposited on 18 October 2001):
//   auto m = clause::first_met(clause::count{10}, t, {});
//   m->day                 // 2001-10-18
//   m->counted_before      // instruments counting before that day (the completing ones are next)
//   m->completing          // indexes into t.counted of the items of that day, in the order given
#pragma once

#include <pacta/clause/condition.hpp>
#include <pacta/clause/tally.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <vector>

namespace pacta::clause {

/// The first day a condition holds, and its facts.
struct met {
  date_t day;
  std::size_t counted_before = 0;       ///< items counting at the end of the day before
  std::vector<std::size_t> completing;  ///< `timeline::counted` indexes of the items starting that day
  tally on_day;                         ///< the tally that day (with `of_state` where the condition reads it)
};

namespace detail {

struct event {
  date_t day;
  std::size_t index;
  bool party;  ///< an item of `timeline::parties`
  bool start;
};

inline std::vector<event> events_of(const timeline& t) {
  std::vector<event> ev;
  ev.reserve(t.counted.size() + t.parties.size());
  auto add = [&](const std::vector<item>& items, bool party) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      ev.push_back({items[i].from, i, party, true});
      if (items[i].until) ev.push_back({*items[i].until, i, party, false});
    }
  };
  add(t.counted, false);
  add(t.parties, true);
  std::stable_sort(ev.begin(), ev.end(), [](const event& a, const event& b) { return a.day < b.day; });
  return ev;
}

}  // namespace detail

/// The first day `c` holds over `t` (not before `t.not_before`), with its facts; nothing when it
/// never does (on the record).
inline std::optional<met> first_met(const condition& c, const timeline& t, const context& ctx) {
  const bool per_state = by_state(c);
  const auto ev = detail::events_of(t);
  tally now;
  bool floor_asked = !t.not_before;  // the condition was asked on `not_before`
  auto on_floor = [&]() -> std::optional<met> {
    floor_asked = true;
    if (holds(c, now, ctx)) return met{*t.not_before, now.counted, {}, now};
    return std::nullopt;
  };
  for (std::size_t k = 0; k < ev.size();) {
    const date_t day = ev[k].day;
    if (!floor_asked && day > *t.not_before)
      if (auto m = on_floor()) return m;
    const std::size_t before = now.counted;
    std::vector<std::size_t> starting;
    for (; k < ev.size() && ev[k].day == day; ++k) {
      const auto& e = ev[k];
      if (e.party) {
        now.parties = e.start ? now.parties + 1 : now.parties - 1;
        continue;
      }
      now.counted = e.start ? now.counted + 1 : now.counted - 1;
      if (per_state) {
        auto& n = now.of_state[t.counted[e.index].who];
        n = e.start ? n + 1 : n - 1;
      }
      if (e.start) starting.push_back(e.index);
    }
    if (t.not_before && day < *t.not_before) continue;
    floor_asked = true;
    if (holds(c, now, ctx)) {
      std::sort(starting.begin(), starting.end());
      return met{day, before, std::move(starting), std::move(now)};
    }
  }
  if (!floor_asked) return on_floor();
  return std::nullopt;
}

}  // namespace pacta::clause
