// pacta state NAME --all-treaties, pacta reports --all-treaties, pacta calendar --all-treaties: one
// State, or every State, across every bundled treaty (docs/cli.md).
#include "across_words.hpp"
#include "commands.hpp"
#include "loading.hpp"
#include "notes.hpp"
#include "output.hpp"
#include "report_words.hpp"
#include "table.hpp"

#include <pacta/json_shapes.hpp>

#include <iostream>

namespace pacta_cli {
namespace {

/// ", overdue" or ", on time" after a calendar line; nothing while submissions are not recorded (the
/// output says so once).
std::string overdue_word(pacta::overdue_state o) {
  switch (o) {
    case pacta::overdue_state::overdue:
      return ", overdue";
    case pacta::overdue_state::on_time:
      return ", on time";
    case pacta::overdue_state::unknown:
      break;
  }
  return "";
}

/// The notes said once under a view across treaties: submissions not recorded under some treaty
/// with a reporting clause, and the oldest registry older than the date asked.
std::vector<std::string> across_notes(const pacta::treaty_set& set, pacta::date_t on,
                                      const pacta::reports_by_treaty& by_treaty) {
  bool missing = false;
  std::optional<pacta::date_t> oldest;
  std::string without;
  for (const pacta::treaty_record* rec : pacta::records_by_chapter(set)) {
    oldest = oldest ? std::min(*oldest, rec->source().as_of) : rec->source().as_of;
    if (!rec->rules().reporting.present || by_treaty.count(rec->rules().id)) continue;
    missing = true;
    without += (without.empty() ? "" : ", ") + rec->rules().short_title;
  }
  std::vector<std::string> notes;
  if (missing && by_treaty.empty()) notes.push_back(submissions_note());
  if (missing && !by_treaty.empty())
    notes.push_back("Submissions are not recorded under the " + without +
                    " (no reports file for them): their next reports are the first the text's schedule makes due on "
                    "or after the date asked, and none of them is said to be overdue.");
  std::vector<const pacta::reports_file*> files;
  for (const auto& [id, f] : by_treaty) files.push_back(f);
  notes.push_back(reports_age_note(files, on));
  if (oldest) notes.push_back(data_age_note(*oldest, on, "The oldest registry"));
  for (const pacta::treaty_record* rec : pacta::records_by_chapter(set)) {
    notes.push_back(not_computed_note(*rec));
    notes.push_back(parent_not_known_note(*rec));
  }
  return notes;
}

/// `reports --all-treaties` lists no report of a treaty whose reporting pacta does not model: the
/// note says which, so that none is left out silently; empty when there are none.
std::string not_modelled_note(const pacta::treaty_set& set) {
  std::vector<std::string> titles;
  for (const pacta::treaty_record* rec : pacta::records_by_chapter(set))
    if (!rec->rules().reporting.not_modelled.empty()) titles.push_back(rec->rules().short_title);
  if (titles.empty()) return {};
  return "No report date is computed under the " + pacta::detail::and_list(titles) +
         ": their reporting obligations are not modelled (pacta --treaty ID state NAME says why for each).";
}

/// The summary table's row of one treaty.
std::vector<std::string> summary_row(const pacta::treaty_standing& t) {
  const auto& rec = *t.treaty;
  const std::string due =
      t.reporting && t.reporting->owes_reports ? iso_or_empty(t.reporting->next_due) : std::string();
  return {rec.rules().short_title,
          status_words(rec, t.status.code),
          iso_or_empty(t.entry_into_force),
          t.entry_into_force ? rec.cite(t.entry_into_force->why) : "",
          next_report_text(t),
          due};
}

/// One treaty's section: status, entry into force, denunciation, declarations, binding text, reporting.
void print_section(const pacta::treaty_standing& t, const std::string& state) {
  const auto& rec = *t.treaty;
  const auto& r = rec.rules();
  std::cout << '\n' << r.short_title << (r.title == r.short_title ? std::string() : " — " + r.title) << '\n';
  std::cout << "  Status: " << status_words(rec, t.status.code) << ". " << t.status.explanation << '\n';
  if (!t.recorded) return;
  if (t.entry_into_force)
    std::cout << "  Entry into force for " << pacta::detail::state_in_prose(state) << ": "
              << pacta::to_iso(t.entry_into_force->date) << " (" << rec.cite(t.entry_into_force->why) << "). "
              << t.entry_into_force->why.reasoning << '\n';
  if (t.denunciation)
    std::cout << "  " << rec.rules().denunciation_heading() << " takes effect: " << pacta::to_iso(t.denunciation->date)
              << " (" << rec.cite(t.denunciation->why) << "). " << t.denunciation->why.reasoning << '\n';
  for (const auto& d : t.declared) std::cout << "  " << declaration_line(d) << '\n';
  if (const auto note = declarations_note(t); !note.empty()) std::cout << "  " << note << '\n';
  if (!t.history_incomplete.empty())
    std::cout << "  Incomplete: " << pacta::escape_controls(t.history_incomplete)
              << " (see the notes of the registry's actions).\n";
  if (!t.consent_declaration.empty()) std::cout << "  " << t.consent_declaration << '\n';
  if (const auto pa = provisional_sentence(rec, t); !pa.empty())
    std::cout << "  " << pacta::escape_controls(pa) << '\n';
  std::cout << "  Binding text: " << t.text.explanation << '\n';
  if (!rec.rules().reporting.present)
    std::cout << "  Reporting: " << pacta::no_report_dates_sentence(rec.rules()) << '\n';
  else if (t.reporting)
    std::cout << "  Reporting: " << t.reporting->explanation << '\n';
}

void print_calendar(const pacta::state_overview& o) {
  std::cout << "\nReporting calendar of " << o.state << " across the committees, soonest first\n";
  if (o.calendar.empty() && o.not_computed.empty())
    std::cout << "  no report owed under any of these treaties on " << pacta::to_iso(o.on) << '\n';
  for (const auto* t : o.not_computed)
    std::cout << "  not computed: the " << t->rules().short_title << " report (article " << t->rules().reporting.article
              << "): the entry into force for " << pacta::detail::state_in_prose(o.state)
              << " is not known (rule E5)\n";
  for (const auto& t : o.treaties)
    if (t.reporting && t.reporting->owes_reports && t.reporting->on_request && !t.reporting->next_due)
      std::cout << "  on request: the next " << t.treaty->rules().short_title << " report (article "
                << t.treaty->rules().reporting.periodic_article
                << "): after the initial one, reports only when the Committee asks (rule R4)\n";
  for (const auto& r : o.calendar)
    std::cout << "  " << pacta::to_iso(r.due.date) << "  " << r.treaty->rules().short_title << ' '
              << (r.periodic_number ? pacta::detail::ordinal(static_cast<std::size_t>(*r.periodic_number)) + " periodic"
                                    : std::string(pacta::to_key(r.kind)))
              << " report (" << r.treaty->cite(r.due.why) << ")" << overdue_word(r.overdue) << '\n';
}

void print_state_text(const pacta::state_overview& o) {
  std::size_t recorded = 0, bound = 0, unknown = 0;
  for (const auto& t : o.treaties) {
    recorded += t.recorded ? 1 : 0;
    bound += t.text.bound ? 1 : 0;
    // Consented under a treaty whose entry into force is NOT computed: bound or not is not known.
    unknown += t.recorded && !t.treaty->entry_into_force_not_computed().empty() ? 1 : 0;
  }
  std::cout << o.state << " across the " << o.treaties.size() << " instrument" << (o.treaties.size() == 1 ? "" : "s")
            << " with a bundled registry, on " << pacta::to_iso(o.on) << ": bound by " << bound
            << (unknown ? ", not known under " + std::to_string(unknown) : std::string()) << ", acts recorded under "
            << recorded << "\n\n";
  std::vector<std::vector<std::string>> rows;
  for (const auto& t : o.treaties) rows.push_back(summary_row(t));
  print_table(std::cout, {"Treaty", "Status", "In force for it", "Basis", "Next report", "Due"}, rows);
  for (const auto& t : o.treaties) print_section(t, o.state);
  print_calendar(o);
}

/// The text of `reports --all-treaties`: the heading, the table (no Overdue column without
/// submissions: the note says so once) and the count.
void print_reports_text(std::vector<std::vector<std::string>>& table, pacta::date_t on,
                        const pacta::reports_by_treaty& by_treaty, std::size_t count, bool overdue_only) {
  std::string ids;
  for (const auto& [id, f] : by_treaty) ids += (ids.empty() ? "" : ", ") + id;
  if (by_treaty.empty())
    for (auto& t : table) t.pop_back();
  std::cout << "Reports owed under every bundled treaty with a reporting clause, on " << pacta::to_iso(on) << "; "
            << (by_treaty.empty() ? std::string("submissions not recorded")
                                  : std::to_string(by_treaty.size()) + " reports file(s): " + ids +
                                        "; overdue unknown under the others")
            << "\n\n";
  if (by_treaty.empty())
    print_table(std::cout, {"State", "Treaty", "In force", "Next", "Next due", "Basis"}, table);
  else
    print_table(std::cout, {"State", "Treaty", "In force", "Next", "Next due", "Basis", "Overdue"}, table);
  std::cout << '\n' << count << (overdue_only ? " overdue reports." : " reports owed.") << '\n';
}

}  // namespace

int cmd_state_all(const pacta::treaty_set& set, const std::string& typed, pacta::date_t on,
                  const std::vector<std::string>& reports_paths, const std::string& format,
                  const pacta::state_names& names) {
  const auto name = resolve_across(set, typed, names);
  if (!name) return exit_usage;
  std::vector<pacta::reports_file> files;
  pacta::reports_by_treaty by_treaty;
  if (!load_reports_across(reports_paths, set, files, by_treaty)) return exit_invalid;
  const auto o = pacta::state_across(set, *name, on, by_treaty, &names);
  const auto notes = across_notes(set, on, by_treaty);
  const std::string marking = illustrative_note(files);
  print_illustrative(marking, format);
  if (format == "json") {
    auto j = pacta::state_overview_json(o);
    j["notes"] = nonempty(notes);
    if (!marking.empty()) j["illustrative"] = true;
    nlohmann::json on_request = nlohmann::json::array();  // rule R4: owed, undated, so not in "calendar"
    for (const auto& t : o.treaties)
      if (t.reporting && t.reporting->owes_reports && t.reporting->on_request && !t.reporting->next_due)
        on_request.push_back(t.treaty->rules().id);
    j["on_request"] = std::move(on_request);
    std::cout << j.dump(2) << '\n';
    return exit_ok;
  } else if (format == "csv") {  // one row per treaty: the summary table
    const char* mark = marking.empty() ? "" : ",true";
    std::cout << "state,treaty,status,entry_into_force,basis,denunciation_effective,next_report,next_report_due"
              << (marking.empty() ? "\n" : ",illustrative\n");
    for (const auto& t : o.treaties) {
      const auto row = summary_row(t);
      std::cout << csv_field(o.state) << ',' << t.treaty->rules().id << ',' << pacta::to_key(t.status.code) << ','
                << row[2] << ',' << csv_field(row[3]) << ',' << iso_or_empty(t.denunciation) << ',' << csv_field(row[4])
                << ',' << row[5] << mark << '\n';
    }
  } else {
    print_state_text(o);
  }
  print_notes(notes, format);
  return exit_ok;
}

int cmd_reports_all(const pacta::treaty_set& set, pacta::date_t on, const std::vector<std::string>& reports_paths,
                    bool overdue_only, const std::string& format) {
  std::vector<pacta::reports_file> files;
  pacta::reports_by_treaty by_treaty;
  if (!load_reports_across(reports_paths, set, files, by_treaty)) return exit_invalid;
  struct row {
    const pacta::treaty_record* rec;
    pacta::report_position p;
  };
  std::vector<row> rows;
  for (const pacta::treaty_record* rec : pacta::records_by_chapter(set)) {
    if (!rec->rules().reporting.present) continue;
    const auto it = by_treaty.find(rec->rules().id);
    const pacta::reporting rep(*rec, pacta::reporting_parent(set, *rec), it == by_treaty.end() ? nullptr : it->second);
    for (auto& p : rep.positions(on))
      if (p.owes_reports && (!overdue_only || p.overdue == pacta::overdue_state::overdue))
        rows.push_back({rec, std::move(p)});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const row& a, const row& b) { return a.p.state < b.p.state; });
  const std::string marking = illustrative_note(files);
  print_illustrative(marking, format);
  auto notes = across_notes(set, on, by_treaty);
  notes.insert(notes.begin(), not_modelled_note(set));  // reports pacta does not compute, said first
  const auto illustrative = [&](const row& r) {         // built from an illustrative file
    const auto it = by_treaty.find(r.rec->rules().id);
    return it != by_treaty.end() && it->second->illustrative;
  };
  if (format == "json") {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& r : rows) {
      auto j = pacta::report_position_json(*r.rec, r.p);
      j["treaty"] = r.rec->rules().id;
      if (illustrative(r)) j["illustrative"] = true;
      arr.push_back(std::move(j));
    }
    std::cout << arr.dump(2) << '\n';
    print_notes(notes, format);
    return exit_ok;
  }
  std::vector<std::vector<std::string>> table;
  for (const auto& r : rows) {
    const auto& p = r.p;
    const std::string over = p.overdue == pacta::overdue_state::overdue
                                 ? "yes (" + std::to_string(p.days_overdue->count()) + " days)"
                                 : (p.overdue == pacta::overdue_state::on_time ? "no" : "unknown");
    table.push_back({p.state, r.rec->rules().id, iso_or_empty(p.entry_into_force), next_report_text(r.rec->rules(), p),
                     iso_or_empty(p.next_due), p.next_due ? r.rec->cite(p.next_due->why) : "", over});
  }
  if (format == "csv") {
    std::cout << "state,treaty,entry_into_force,next_report,next_report_due,basis,overdue"
              << (marking.empty() ? "\n" : ",illustrative\n");
    for (std::size_t i = 0; i < table.size(); ++i) {
      const auto& t = table[i];
      std::cout << csv_field(t[0]) << ',' << t[1] << ',' << t[2] << ',' << csv_field(t[3]) << ',' << t[4] << ','
                << csv_field(t[5]) << ',' << t[6].substr(0, t[6].find(' '))
                << (marking.empty()         ? ""
                    : illustrative(rows[i]) ? ",true"
                                            : ",false")
                << '\n';
    }
    print_notes(notes, format);
    return exit_ok;
  }
  print_reports_text(table, on, by_treaty, rows.size(), overdue_only);
  print_notes(notes, "text");
  return exit_ok;
}

}  // namespace pacta_cli
