// pacta calendar — an iCalendar file (RFC 5545) of entry-into-force dates, pending denunciations
// and report due dates (docs/cli.md).
#include "commands.hpp"
#include "loading.hpp"
#include "names.hpp"
#include "output.hpp"

#include <algorithm>
#include <iostream>

namespace pacta_cli {
namespace {

/// The States of the calendar: the one typed (resolved), or every State of the registry; nothing
/// after printing why when the State cannot be used.
std::optional<std::vector<std::string>> calendar_states(const pacta::treaty_record& rec, const std::string& typed,
                                                        const pacta::state_names& names) {
  std::vector<std::string> states;
  if (typed.empty()) {
    for (const auto& s : rec.states()) states.push_back(s.state);
    return states;
  }
  const auto name = resolve_state(rec, typed, names);
  if (!name) return std::nullopt;
  if (!rec.find(*name)) {
    std::cerr << "pacta: " << *name << " has no recorded action under the " << rec.rules().short_title
              << ": no dates to put in a calendar\n";
    return std::nullopt;
  }
  states.push_back(*name);
  return states;
}

/// One State's events: its entry into force and pending denunciation (of its last consent) and the
/// reports it owes.
void add_state_events(const pacta::treaty_record& rec, const pacta::reporting& rep, const std::string& name,
                      pacta::date_t on, const pacta::state_names& names, std::vector<pacta::ical_event>& events) {
  const auto& r = rec.rules();
  const std::string& t = r.id;
  const auto& s = *rec.find(name);
  const std::string slug = state_slug(name, names);
  if (!s.consents.empty()) {
    const auto& c = s.consents.back();
    if (const auto eif = rec.entry_into_force_of(c))
      events.push_back({t + "-entry-into-force-" + slug, eif->date,
                        r.short_title + " in force for " + name + " (" + rec.cite(eif->why) + ")", eif->why.reasoning});
    if (const auto* d = c.standing_denunciation())
      events.push_back(
          {t + "-denunciation-" + slug, d->effective.date,
           name + "'s denunciation of the " + r.short_title + " takes effect (" + rec.cite(d->effective.why) + ")",
           d->effective.why.reasoning});
  }
  const auto pos = rep.position(name, on);
  if (pos.owes_reports && pos.initial_due)
    events.push_back({t + "-report-initial-" + slug, pos.initial_due->date,
                      name + ": initial " + r.short_title + " report due (" + rec.cite(pos.initial_due->why) + ")",
                      pos.initial_due->why.reasoning});
  if (pos.owes_reports && pos.next_due && pos.next_report == pacta::report_kind::periodic)
    events.push_back({t + "-report-next-" + slug, pos.next_due->date,
                      name + ": next " + r.short_title + " report due (" + rec.cite(pos.next_due->why) + ")",
                      pos.next_due->why.reasoning});
}

}  // namespace

int cmd_calendar(const pacta::treaty_record& rec, const pacta::treaty_record* parent, const std::string& path,
                 const std::string& typed, pacta::date_t on, const std::string& reports_path,
                 const pacta::state_names& names) {
  const auto states = calendar_states(rec, typed, names);
  if (!states) return exit_usage;
  pacta::reports_file rf;
  if (!reports_path.empty() && !load_reports(reports_path, rec, parent, rf)) return exit_invalid;
  const pacta::reporting rep(rec, parent, reports_path.empty() ? nullptr : &rf);
  const auto& r = rec.rules();
  std::vector<pacta::ical_event> events;
  if (typed.empty())
    if (const auto& g = rec.entry_into_force())
      events.push_back({r.id + "-entry-into-force", g->date.date,
                        r.short_title + " enters into force (" + rec.cite(g->date.why) + ")", g->date.why.reasoning});
  for (const auto& name : *states) add_state_events(rec, rep, name, on, names, events);
  std::stable_sort(events.begin(), events.end(),
                   [](const auto& a, const auto& b) { return a.date < b.date || (a.date == b.date && a.uid < b.uid); });
  const std::string name = r.short_title + (typed.empty() ? std::string(" dates") : " dates: " + states->front());
  return write_output(path, pacta::to_icalendar(events, name, rec.source().as_of), "calendar");
}

int cmd_calendar_all(const pacta::treaty_set& set, const std::string& path, const std::string& typed, pacta::date_t on,
                     const std::vector<std::string>& reports_paths, const pacta::state_names& names) {
  const auto name = resolve_across(set, typed, names);
  if (!name) return exit_usage;
  std::vector<pacta::reports_file> files;
  pacta::reports_by_treaty by_treaty;
  if (!load_reports_across(reports_paths, set, files, by_treaty)) return exit_invalid;
  std::vector<pacta::ical_event> events;
  pacta::date_t as_of = on;
  bool any = false;
  for (const pacta::treaty_record* rec : pacta::records_by_chapter(set)) {
    const std::string here = pacta::name_in(*rec, *name, &names);  // the name this registry uses
    if (here.empty()) continue;
    as_of = any ? std::max(as_of, rec->source().as_of) : rec->source().as_of;
    any = true;
    const auto it = by_treaty.find(rec->rules().id);
    const pacta::reporting rep(*rec, pacta::reporting_parent(set, *rec), it == by_treaty.end() ? nullptr : it->second);
    add_state_events(*rec, rep, here, on, names, events);  // UIDs begin with the treaty id: unique across them
  }
  if (!any) {
    std::cerr << "pacta: " << *name
              << " has no recorded action under any bundled treaty: no dates to put in a "
                 "calendar\n";
    return exit_usage;
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const auto& a, const auto& b) { return a.date < b.date || (a.date == b.date && a.uid < b.uid); });
  return write_output(path, pacta::to_icalendar(events, "Treaty dates: " + *name, as_of), "calendar");
}

}  // namespace pacta_cli
