// The reports falling due in a window of dates, across every treaty of a set: what a treaty-body
// secretariat or a ministry plans a year with.
//
//   pacta::treaty_set set(pacta_DATA_DIR, pacta::all_treaties_options());
//   pacta::load_every_registry(set);
//   for (const auto& r : pacta::reports_due_between(set, 2026_y / 12 / 3, 2027_y / 12 / 2))
//     std::cout << pacta::to_iso(r.due.date) << "  " << r.state << "  " << r.treaty->rules().short_title << '\n';
//
// Each report is found as `pacta::reporting` finds a State's next report (rules R1, R2, R3, R4),
// with the same basis: from the first day of the window, the next report due, then the next after
// it, until one falls due after the window. Without a reports file the dates are the texts'
// schedules (a report "on request", rule R4, has none and is not listed); with one, a report
// recorded as submitted is not listed, and a report not submitted stays the State's next one: it is
// listed once, if it falls due in the window (an overdue report due before the window is not).
#pragma once

#include <pacta/reporting.hpp>
#include <pacta/state_across.hpp>
#include <pacta/treaty_set.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pacta {

/// A report falling due in the window.
struct report_in_window {
  std::string state;                      ///< the registry's name of the State
  const treaty_record* treaty = nullptr;  ///< points into the set: the result must not outlive it
  report_kind kind = report_kind::initial;
  std::optional<int> periodic_number;  ///< as `report_position::periodic_number`
  dated due;                           ///< the date and its basis (rule R1, R2 or R3)
  overdue_state overdue = overdue_state::unknown;
};

namespace detail {

/// The reports of one State under one treaty falling due from `from` to `to`, into `out`. The next
/// report changes when its due date passes (without submissions, the next cycle's), or when the
/// State submits (a report not submitted stays next, overdue, until it is): each is asked on those
/// days, and a report is listed once.
inline void reports_between(const treaty_record& rec, const reporting& rep, const std::string& state, date_t from,
                            date_t to, std::vector<report_in_window>& out) {
  date_t at = from;
  if (!rep.position(state, from).owes_reports) {  // a State that becomes bound during the window
    const auto eif = rec.entry_into_force_for(state);
    if (!eif || eif->date > to || eif->date < from) return;
    at = eif->date;
  }
  std::vector<date_t> submissions;  // in the window, in date order: the days the next report may change
  for (const auto& s : rep.position(state, to).submitted)
    if (s.submitted > at) submissions.push_back(s.submitted);
  std::vector<std::pair<report_kind, date_t>> listed;
  for (int step = 0; step < 10000; ++step) {  // a cycle of a year at least, and each submission once
    const report_position p = rep.position(state, at);
    std::optional<date_t> next;  // the next day to ask
    if (p.owes_reports && p.next_due && p.next_report) {
      const date_t due = p.next_due->date;
      const std::pair<report_kind, date_t> key{*p.next_report, due};
      if (due >= from && due <= to && std::find(listed.begin(), listed.end(), key) == listed.end()) {
        out.push_back({state, &rec, *p.next_report, p.periodic_number, *p.next_due, p.overdue});
        listed.push_back(key);
      }
      if (due >= at && due < to) next = add_period(due, period::days(1));
    }
    const auto sub = std::upper_bound(submissions.begin(), submissions.end(), at);
    if (sub != submissions.end() && (!next || *sub < *next)) next = *sub;
    if (!next || *next > to) return;
    at = *next;
  }
}

/// Soonest first; on one day, in the set's chapter order, then by State.
inline void sort_window(std::vector<report_in_window>& out, const treaty_set& set) {
  const auto order = records_by_chapter(set);
  auto rank = [&](const treaty_record* t) { return std::find(order.begin(), order.end(), t) - order.begin(); };
  std::stable_sort(out.begin(), out.end(), [&](const report_in_window& a, const report_in_window& b) {
    if (a.due.date != b.due.date) return a.due.date < b.due.date;
    if (a.treaty != b.treaty) return rank(a.treaty) < rank(b.treaty);
    return a.state < b.state;
  });
}

inline void require_window(date_t from, date_t to) {
  require_date(from);
  require_date(to);
  if (to < from) throw query_error("the window ends (" + to_iso(to) + ") before it begins (" + to_iso(from) + ")");
}

}  // namespace detail

/// On a temporary set the reports would dangle (`report_in_window::treaty`): that does not compile.
std::vector<report_in_window> reports_due_between(const treaty_set&& set, date_t from, date_t to,
                                                  const reports_by_treaty& reports = {}) = delete;
std::vector<report_in_window> reports_due_between(const treaty_set&& set, std::string_view state, date_t from,
                                                  date_t to, const reports_by_treaty& reports = {},
                                                  const state_names* names = nullptr) = delete;
/// A State is never an integer (a null name): that does not compile.
template <class I, class = detail::if_not_a_state<I>>
std::vector<report_in_window> reports_due_between(const treaty_set& set, I state, date_t from, date_t to,
                                                  const reports_by_treaty& reports = {},
                                                  const state_names* names = nullptr) = delete;

/// Every report falling due from `from` to `to` (both included) under every treaty of the set that
/// has a reporting clause, for every State, soonest first; with the reports files given (by treaty
/// id). Throws `query_error` for a date that does not exist or a window that ends before it begins.
inline std::vector<report_in_window> reports_due_between(const treaty_set& set, date_t from, date_t to,
                                                         const reports_by_treaty& reports = {}) {
  detail::require_window(from, to);
  std::vector<report_in_window> out;
  for (const treaty_record* rec : records_by_chapter(set)) {
    if (!rec->rules().reporting.present) continue;
    const auto it = reports.find(rec->rules().id);
    const reporting rep(*rec, reporting_parent(set, *rec), it == reports.end() ? nullptr : it->second);
    for (const auto& s : rec->states()) detail::reports_between(*rec, rep, s.state, from, to, out);
  }
  detail::sort_window(out, set);
  return out;
}

/// The same for one State, named as `state_across` takes it (a registry name; with a name table any
/// name, code or other name). Throws `query_error` ("did you mean") for a name that denotes no State.
inline std::vector<report_in_window> reports_due_between(const treaty_set& set, std::string_view state, date_t from,
                                                         date_t to, const reports_by_treaty& reports = {},
                                                         const state_names* names = nullptr) {
  detail::require_window(from, to);
  const state_match m = match_state(states_of(set), state, names);
  if (!m.name) throw query_error(unmatched_message(m, state, "the registries of the set"));
  std::vector<report_in_window> out;
  for (const treaty_record* rec : records_by_chapter(set)) {
    if (!rec->rules().reporting.present) continue;
    const std::string here = name_in(*rec, *m.name, names);  // the State as this registry names it
    if (here.empty()) continue;
    const auto it = reports.find(rec->rules().id);
    const reporting rep(*rec, reporting_parent(set, *rec), it == reports.end() ? nullptr : it->second);
    detail::reports_between(*rec, rep, here, from, to, out);
  }
  detail::sort_window(out, set);
  return out;
}

}  // namespace pacta
