// pacta/detail/build_counts.hpp — building a treaty_record: counts over time.
//
// What it gives: the number of States consented and bound on each date, as step functions (`consented_on`,
// `parties_on`), from the States' records. Part of `pacta::try_build_record` (pacta/record.hpp); docs/rules.md
// names the rules and their tests.
//
// Example: count_timelines t = timelines_of(states, status_view::as_recorded);
//          record_parts::count_on(t.bound, 2005_y/3/1) is the number of parties on that day.
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/record_options.hpp>
#include <pacta/state_record.hpp>

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace pacta::detail {

/// A count over time: (day, count from that day), one entry per day the count changes.
using step_function = std::vector<std::pair<date_t, std::size_t>>;

/// The counts of `consented_on` and `parties_on`.
struct count_timelines {
  step_function consented;
  step_function bound;
};

/// +1 and −1 events summed by day into a step function.
inline step_function summed(std::vector<std::pair<date_t, int>> events);

/// The counts of `consented_on` and `parties_on` as step functions: +1 when a State starts to
/// count, −1 when its denunciation takes effect, sorted by date and summed, so that a count on a
/// date is one binary search instead of a pass over every State. `view`: a consent counts from
/// its deposit (as known then) or as recorded (a succession from its date of succession).
inline count_timelines timelines_of(const std::vector<state_record>& states, status_view view) {
  std::size_t consents = 0;
  for (const auto& s : states) consents += s.consents.size();
  std::vector<std::pair<date_t, int>> consent, bound;
  consent.reserve(consents + consents / 8);
  bound.reserve(consents + consents / 8);
  const bool as_known = view == status_view::as_known_then;
  for (const auto& s : states) {
    // Rule F1: a former State counts until it ceased to exist. When that day is not recorded it
    // counts as any State does, or, presumed extinct after its last act (the option), on no date.
    const bool former = s.kind == participant_kind::former_state && s.ceased;
    if (s.kind == participant_kind::former_state && !s.ceased && s.existed_through) continue;
    for (const auto& c : s.consents) {
      auto end = c.ends();
      if (former && (!end || *end > *s.ceased)) end = s.ceased;
      if (former && c.counts_from() >= *s.ceased) continue;
      const date_t counts = as_known ? c.deposit : c.counts_from();
      consent.emplace_back(counts, +1);
      if (end) consent.emplace_back(std::max(*end, counts), -1);
      // Bound from the entry into force (as recorded: a succession binds from its date of
      // succession) or, as known then, once the deposit has come too; as in status_on.
      const auto from = c.bound_from();
      if (from) {
        const date_t start = std::max(*from, counts);
        if (!end || *end > start) {
          bound.emplace_back(start, +1);
          if (end) bound.emplace_back(*end, -1);
        }
      }
    }
  }
  return {summed(std::move(consent)), summed(std::move(bound))};
}

inline step_function summed(std::vector<std::pair<date_t, int>> events) {
  step_function out;
  if (events.empty()) return out;
  // Events fall on a few thousand distinct days: sum them by day (linear) when the span of days
  // is no larger than the events, else sort them.
  auto day = [](date_t d) { return date::sys_days{d}.time_since_epoch().count(); };
  auto lo = day(events.front().first), hi = lo;
  for (const auto& e : events) {
    lo = std::min(lo, day(e.first));
    hi = std::max(hi, day(e.first));
  }
  const auto span = static_cast<std::size_t>(hi - lo) + 1;
  if (span <= events.size() + 4096) {
    std::vector<long long> delta(span, 0);
    std::vector<bool> seen(span, false);
    for (const auto& [d, v] : events) {
      const auto k = static_cast<std::size_t>(day(d) - lo);
      delta[k] += v;
      seen[k] = true;
    }
    long long running = 0;
    for (std::size_t k = 0; k < span; ++k) {
      if (!seen[k]) continue;
      running += delta[k];
      out.emplace_back(date_t{date::sys_days{date::days{lo + static_cast<long long>(k)}}},
                       static_cast<std::size_t>(running));
    }
    return out;
  }
  std::sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  long long running = 0;
  for (const auto& [d, delta] : events) {
    running += delta;
    if (!out.empty() && out.back().first == d)
      out.back().second = static_cast<std::size_t>(running);
    else
      out.emplace_back(d, static_cast<std::size_t>(running));
  }
  return out;
}

}  // namespace pacta::detail
