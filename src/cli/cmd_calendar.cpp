// pacta calendar — an iCalendar file (RFC 5545) of entry-into-force dates, pending denunciations
// and report due dates (docs/cli.md).
#include "app.hpp"
#include "commands.hpp"
#include "loading.hpp"
#include "names.hpp"
#include "notes.hpp"
#include "output.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <memory>

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

/// A report the calendar cannot date: whose, under which treaty, and why.
struct undated_report {
  std::string treaty;
  std::string state;
  std::string why;
};

/// One State's events: its entry into force and pending denunciation (of its last consent) and its
/// next report — without a reports file the first the text's schedule makes due on or after `on`.
/// A report owed whose date cannot be computed goes to `undated`.
void add_state_events(const pacta::treaty_record& rec, const pacta::reporting& rep, const std::string& name,
                      pacta::date_t on, const pacta::state_names& names, std::vector<pacta::ical_event>& events,
                      std::vector<undated_report>& undated, bool illustrative = false) {
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
      events.push_back({t + "-denunciation-" + slug, d->effective.date,
                        name + "'s " + r.denunciation_of() + " the " + r.short_title + " takes effect (" +
                            rec.cite(d->effective.why) + ")",
                        d->effective.why.reasoning});
  }
  if (!r.reporting.present) return;
  const auto pos = rep.position(name, on);
  if (!pos.owes_reports) return;
  if (!pos.next_due) {
    undated.push_back({r.short_title, name,
                       pos.on_request         ? "reports on the Committee's request only (rule R4)"
                       : pos.entry_into_force ? "no due date computed"
                                              : "its entry into force is not known"});
    return;
  }
  const bool initial = pos.next_report == pacta::report_kind::initial;
  const bool overdue = pos.overdue == pacta::overdue_state::overdue;
  events.push_back({t + (initial ? "-report-initial-" : "-report-next-") + slug, pos.next_due->date,
                    std::string(illustrative ? "ILLUSTRATIVE: " : "") + name + ": " + pacta::next_report_name(pos) +
                        " under the " + r.short_title + " due (" + rec.cite(pos.next_due->why) + ")" +
                        (overdue ? ", overdue on " + pacta::to_iso(on) : std::string()),
                    pos.next_due->why.reasoning});
}

/// What the calendar does not hold, a line each: the reports it could not date, grouped by treaty
/// and reason (names listed up to five), and that submissions are not recorded.
std::vector<std::string> not_held(std::vector<undated_report> undated, bool submissions) {
  std::stable_sort(undated.begin(), undated.end(), [](const undated_report& a, const undated_report& b) {
    return a.treaty != b.treaty ? a.treaty < b.treaty : a.why < b.why;
  });
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < undated.size();) {
    std::size_t j = i;
    std::vector<std::string> who;
    while (j < undated.size() && undated[j].treaty == undated[i].treaty && undated[j].why == undated[i].why)
      who.push_back(undated[j++].state);
    std::string names;
    for (std::size_t k = 0; k < who.size() && k < 5; ++k) names += (k ? ", " : "") + who[k];
    if (who.size() > 5) names += " and " + std::to_string(who.size() - 5) + " other States";
    lines.push_back("Not in this calendar: the next " + undated[i].treaty + " report of " + names + ": " +
                    undated[i].why + ".");
    i = j;
  }
  if (!submissions)
    lines.push_back(
        "Where no reports file is given, report dates come from the text's schedule: submissions are not "
        "recorded, so none of those reports is said to be overdue.");
  return lines;
}

/// What a calendar says of itself: the marking of illustrative data, what it could not date, the
/// age of the data.
struct calendar_notes {
  std::vector<undated_report> undated;
  bool submissions = true;
  std::string illustrative;
  std::string age;
};

/// Sorts the events and writes the calendar; what it does not hold goes into the calendar's
/// description and on standard error. Built from an illustrative reports file, its name, its
/// description and every report event begin with "ILLUSTRATIVE".
int write_calendar(std::vector<pacta::ical_event>& events, const calendar_notes& n, const std::string& path,
                   std::string name, pacta::date_t stamp) {
  std::stable_sort(events.begin(), events.end(),
                   [](const auto& a, const auto& b) { return a.date < b.date || (a.date == b.date && a.uid < b.uid); });
  auto lines = not_held(n.undated, n.submissions);
  if (!n.age.empty()) lines.push_back(n.age);
  if (!n.illustrative.empty()) {
    lines.insert(lines.begin(), n.illustrative);
    name = "ILLUSTRATIVE DATA — " + name;
  }
  std::string desc;
  for (const auto& l : lines) {
    desc += (desc.empty() ? "" : "\n") + l;
    std::cerr << "pacta: " << pacta::escape_controls(l) << '\n';
  }
  return write_output(path, pacta::to_icalendar(events, name, stamp, desc), "calendar");
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
  calendar_notes notes;
  if (typed.empty())
    if (const auto& g = rec.entry_into_force())
      events.push_back({r.id + "-entry-into-force", g->date,
                        r.short_title + " enters into force (" + rec.cite(g->why) + ")", g->why.reasoning});
  for (const auto& name : *states)
    add_state_events(rec, rep, name, on, names, events, notes.undated, !reports_path.empty() && rf.illustrative);
  const std::string name = r.short_title + (typed.empty() ? std::string(" dates") : " dates: " + states->front());
  notes.submissions = !reports_path.empty() || !r.reporting.present;
  notes.illustrative = illustrative_note({reports_path.empty() ? nullptr : &rf});
  notes.age = reports_age_note({reports_path.empty() ? nullptr : &rf}, on) +
              (reports_path.empty() || on <= rf.as_of ? "" : " ") + data_age_note(rec.source().as_of, on) +
              (not_computed_note(rec).empty() ? "" : " " + not_computed_note(rec)) +
              (parent_not_known_note(rec).empty() ? "" : " " + parent_not_known_note(rec));
  return write_calendar(events, notes, path, name, rec.source().as_of);
}

int cmd_calendar_all(const pacta::treaty_set& set, const std::string& path, const std::string& typed, pacta::date_t on,
                     const std::vector<std::string>& reports_paths, const pacta::state_names& names) {
  const auto name = resolve_across(set, typed, names);
  if (!name) return exit_usage;
  std::vector<pacta::reports_file> files;
  pacta::reports_by_treaty by_treaty;
  if (!load_reports_across(reports_paths, set, files, by_treaty)) return exit_invalid;
  std::vector<pacta::ical_event> events;
  calendar_notes notes;
  pacta::date_t as_of = on, oldest = on;
  bool any = false;
  for (const pacta::treaty_record* rec : pacta::records_by_chapter(set)) {
    const std::string here = pacta::name_in(*rec, *name, &names);  // the name this registry uses
    if (here.empty()) continue;
    as_of = any ? std::max(as_of, rec->source().as_of) : rec->source().as_of;
    oldest = any ? std::min(oldest, rec->source().as_of) : rec->source().as_of;
    any = true;
    const auto it = by_treaty.find(rec->rules().id);
    if (rec->rules().reporting.present && it == by_treaty.end()) notes.submissions = false;
    const pacta::reporting rep(*rec, pacta::reporting_parent(set, *rec), it == by_treaty.end() ? nullptr : it->second);
    add_state_events(*rec, rep, here, on, names, events, notes.undated,  // UIDs begin with the treaty id
                     it != by_treaty.end() && it->second->illustrative);
  }
  if (!any) {
    std::cerr << "pacta: " << *name
              << " has no recorded action under any bundled treaty: no dates to put in a "
                 "calendar\n";
    return exit_usage;
  }
  notes.illustrative = illustrative_note(files);
  notes.age = data_age_note(oldest, on, "The oldest registry");
  return write_calendar(events, notes, path, "Treaty dates: " + *name, as_of);
}

void add_calendar(CLI::App& app, global_options& g, command_table& t) {
  CLI::App* sub = app.add_subcommand(
      "calendar",
      "An iCalendar file (RFC 5545) of entry-into-force dates, pending denunciations and report due dates.");
  struct calendar_options {
    std::string ics, state;
    CLI::Option* state_option = nullptr;
  };
  auto o = std::make_shared<calendar_options>();
  sub->add_option("--ics", o->ics, "The file to write (- for standard output).")
      ->required()
      ->check(not_empty("--ics is empty or blank: name the calendar's file, or - for standard output"));
  o->state_option = sub->add_option("--state", o->state, "Only this State's dates.");
  add_on(sub, g, "The date that decides which report is next (default: today).");
  add_reports_option(sub, g, "A reports file (pacta.reports/1).");
  add_all_treaties(sub, g);
  sub->footer(
      "Examples:\n  pacta calendar --ics opsc.ics\n  pacta calendar --ics benin.ics --state Benin\n"
      "  pacta calendar --all-treaties --state Benin --ics benin-all.ics\n"
      "Each event keeps its UID when its date changes, so importing a newer file updates it.");
  t.add(sub, [&g, o](const run_context& ctx) {
    if (o->state_option->count() > 0 && o->state.empty()) {
      std::cerr << "pacta: --state is empty: name a State (leave --state out for every State)\n";
      return exit_usage;
    }
    if (g.all_treaties)
      return across_treaties(
          ctx, "--all-treaties",
          [&](const pacta::treaty_set& set, pacta::date_t on) {
            return cmd_calendar_all(set, o->ics, o->state, on, g.reports_paths, name_table(ctx.data_dir));
          },
          [&] {
            if (!o->state.empty()) return true;
            std::cerr << "pacta: calendar --all-treaties needs --state NAME: one State's dates under every treaty\n";
            return false;
          });
    return on_records(ctx, {true}, [&](const loaded& l, const std::string& reports_path, pacta::date_t on) {
      return cmd_calendar(*l.primary, parent_of(l), o->ics, o->state, on, reports_path, name_table(ctx.data_dir));
    });
  });
}

}  // namespace pacta_cli
