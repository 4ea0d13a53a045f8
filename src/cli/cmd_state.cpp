// pacta state NAME — one State's whole story: its actions, each computed date with its article and
// reasoning, its status, the text that binds it and its reporting (docs/cli.md).
#include "app.hpp"
#include "commands.hpp"
#include "loading.hpp"
#include "names.hpp"
#include "notes.hpp"
#include "output.hpp"
#include "table.hpp"

#include <pacta/json_shapes.hpp>
#include <pacta/state_standing.hpp>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <memory>

namespace pacta_cli {
namespace {

/// A State the registry records nothing of: status not-participant.
void print_not_participant(const pacta::treaty_record& rec, const std::string& name, pacta::date_t on,
                           const std::string& format) {
  const std::string why = "The registry (as of " + pacta::to_iso(rec.source().as_of) +
                          ") records no signature or consent by " + pacta::detail::state_in_prose(name) + ".";
  const auto notes = record_notes(rec, on);  // the registry older than the date asked, …
  if (format == "json") {
    std::cout << nlohmann::json{{"state", name},
                                {"treaty", rec.rules().id},
                                {"on", pacta::to_iso(on)},
                                {"status", pacta::to_key(pacta::status::not_participant)},
                                {"status_explanation", why},
                                {"actions", nlohmann::json::array()},
                                {"dates", nlohmann::json::array()},
                                {"notes", nonempty(notes)}}
                     .dump(2)
              << '\n';
    return;
  }
  if (format == "csv") {  // the dates: none, and a note on standard error says why
    std::cout << "state,date,what,citation,reasoning\n";
    print_notes({"status on " + pacta::to_iso(on) + ": not a participant. " + why.substr(0, why.size() - 1) +
                 ", so no date is computed for it."},
                format);
  } else {
    std::cout << name << " and the " << rec.rules().short_title << "\nStatus on " << pacta::to_iso(on)
              << ": not a participant. " << why << '\n';
  }
  print_notes(notes, format);
}

/// What `pacta state` writes of a State: its standing under the treaty (the library's one view),
/// the date asked, and the notes of the reports file given.
struct state_page {
  const pacta::treaty_standing& t;
  pacta::date_t on;
  pacta::report_position reporting;  ///< the standing's, or, without a reporting clause, why no report is due
  std::string illustrative;          ///< the marking of an illustrative reports file (notes.hpp), or empty
  std::string reports_age;           ///< the reports file older than the date asked (notes.hpp), or empty
};

/// The position `pacta state` reports: the standing's, or, under a treaty without a reporting
/// clause, the sentence that says so.
pacta::report_position reporting_of(const pacta::treaty_standing& t) {
  if (t.reporting) return *t.reporting;
  pacta::report_position p;
  p.state = t.state;
  p.explanation = pacta::no_report_dates_sentence(t.treaty->rules());
  return p;
}

nlohmann::json actions_json(const pacta::treaty_record& rec, const pacta::state_record& s) {
  nlohmann::json acts = nlohmann::json::array();
  for (std::size_t i : rec.actions_of(s)) {
    const auto& a = rec.source().actions[i];
    nlohmann::json o{{"action", pacta::to_key(a.kind)}, {"date", pacta::to_iso(a.date)}};
    if (a.effective) o["effective"] = pacta::to_iso(*a.effective);
    if (!a.amendment.empty()) o["amendment"] = a.amendment;
    if (!a.article().empty()) o["article"] = a.article();
    if (!a.note().empty()) o["note"] = a.note();
    if (!a.source().empty()) o["source"] = a.source();
    if (const std::string* why = rec.eligibility_note(i)) o["eligibility"] = *why;
    acts.push_back(std::move(o));
  }
  return acts;
}

/// The notes said once under a State's story: submissions not recorded, the registry older than the
/// date asked.
std::vector<std::string> story_notes(const pacta::treaty_record& rec, const state_page& st) {
  const bool reports = rec.rules().reporting.present && st.reporting.owes_reports;
  std::vector<std::string> notes{reports && !st.reporting.submissions_recorded ? submissions_note() : std::string(),
                                 st.reports_age};
  for (auto& n : record_notes(rec, st.on)) notes.push_back(std::move(n));
  return notes;
}

/// Rule V1: the State's declarations of provisional application, each with whether it applies on
/// the date asked.
nlohmann::json provisional_json(const pacta::treaty_record& rec, const state_page& st) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& p : st.t.provisional_periods)
    out.push_back({{"from", pacta::to_iso(p.from)},
                   {"until", p.until ? nlohmann::json(pacta::to_iso(*p.until)) : nlohmann::json(nullptr)},
                   {"applies", rec.rules().provisional_application.applies},
                   {"applies_on", p.applies_on(st.on)},
                   {"citation", rec.cite(p.why)},
                   {"reasoning", p.why.reasoning}});
  return out;
}

/// Rule V1, in the text view: the provisions the State applies provisionally on the date asked; or
/// that its notice under VCLT art. 25(2) ended the latest it had declared by that date (a later
/// declaration, made after the date, does not hide it); else empty.
std::string provisional_line(const pacta::treaty_record& rec, const state_page& st) {
  const std::string head = "Provisional application on " + pacta::to_iso(st.on) + ": ";
  for (const auto& p : st.t.provisional_periods)
    if (p.applies_on(st.on))
      return head + st.t.state + " applies " + rec.rules().provisional_application.applies + " provisionally since " +
             pacta::to_prose(p.from) + " (" + rec.cite(p.why) + "), not yet bound by the treaty itself (VCLT art. 25).";
  const pacta::provisional_period* last = nullptr;  // the latest declared by the date asked
  for (const auto& p : st.t.provisional_periods)
    if (p.from <= st.on && (!last || last->from <= p.from)) last = &p;
  if (last && last->terminated && last->until && *last->until <= st.on)
    return head + "none; it ended on " + pacta::to_prose(*last->until) + ", when " + st.t.state +
           " notified that it does not intend to become a party to the treaty (VCLT art. 25(2); " +
           rec.cite(last->why) + ").";
  return {};
}

void print_json(const pacta::treaty_record& rec, const state_page& st) {
  const pacta::state_record& s = *st.t.record;
  nlohmann::json j;
  j["state"] = st.t.state;
  j["treaty"] = rec.rules().id;
  j["on"] = pacta::to_iso(st.on);
  j["status"] = pacta::to_key(st.t.status.code);
  j["status_explanation"] = st.t.status.explanation;
  j["actions"] = actions_json(rec, s);
  if (!st.t.history_incomplete.empty()) j["history_incomplete"] = st.t.history_incomplete;
  if (const auto d = pacta::declarations_not_imported(rec, s); !d.empty()) j["declarations_not_imported"] = d;
  nlohmann::json ds = nlohmann::json::array();
  for (const auto& d : st.t.dates)
    ds.push_back({{"date", d.date ? nlohmann::json(pacta::to_iso(*d.date)) : nlohmann::json(nullptr)},
                  {"what", d.what},
                  {"citation", d.citation},
                  {"reasoning", d.reasoning}});
  j["dates"] = std::move(ds);
  if (const auto pa = provisional_json(rec, st); !pa.empty()) j["provisional_application"] = pa;
  j["binding_text"] = {
      {"bound", st.t.text.bound}, {"amendments", st.t.text.amendments}, {"explanation", st.t.text.explanation}};
  if (!st.t.continuing_obligations.empty()) j["continuing_obligations"] = st.t.continuing_obligations;
  if (!st.t.consent_declaration.empty()) j["declaration"] = st.t.consent_declaration;
  j["reporting"] = pacta::report_position_json(rec, st.reporting);
  j["notes"] = nonempty(story_notes(rec, st));
  if (!st.illustrative.empty()) j["illustrative"] = true;
  std::cout << j.dump(2) << '\n';
}

void print_csv(const state_page& st) {
  const bool marked = !st.illustrative.empty();
  std::cout << "state,date,what,citation,reasoning" << (marked ? ",illustrative\n" : "\n");
  for (const auto& d : st.t.dates)
    std::cout << csv_field(st.t.state) << ',' << iso_or_empty(d.date) << ',' << csv_field(d.what) << ','
              << csv_field(d.citation) << ',' << csv_field(d.reasoning) << (marked ? ",true\n" : "\n");
}

void print_text(const pacta::treaty_record& rec, const state_page& st) {
  const pacta::state_record& s = *st.t.record;
  std::cout << st.t.state << " and the " << rec.rules().short_title << '\n'
            << "Status on " << pacta::to_iso(st.on) << ": " << status_words(rec, st.t.status.code) << ". "
            << st.t.status.explanation << "\n\n"
            << "Recorded actions\n";
  for (std::size_t i : rec.actions_of(s)) {
    const auto& a = rec.source().actions[i];
    std::cout << "  " << pacta::to_iso(a.date) << "  " << pacta::to_key(a.kind);
    if (!a.amendment.empty()) std::cout << " (amendment " << a.amendment << ')';
    if (!a.article().empty()) std::cout << " (article " << a.article() << ')';
    if (a.effective)  // an instrument's is the later day it counts from (rule E10)
      std::cout << (pacta::is_consent(a.kind) && a.kind != pacta::action_kind::succession ? ", counted from "
                                                                                          : ", effective ")
                << pacta::to_iso(*a.effective);
    std::cout << '\n';
    if (!a.source().empty()) std::cout << "              Source: " << pacta::escape_controls(a.source()) << '\n';
    if (const std::string* why = rec.eligibility_note(i)) std::cout << "              " << *why << '\n';
  }
  if (!st.t.history_incomplete.empty())
    std::cout << "  Incomplete: " << pacta::escape_controls(st.t.history_incomplete)
              << " (see the notes of the registry's actions).\n";
  if (const auto d = pacta::declarations_not_imported(rec, s); !d.empty())
    std::cout << "  Optional declarations NOT known: " << pacta::escape_controls(d) << ".\n";
  std::cout << "\nDates\n";
  const auto& dates = st.t.dates;
  if (dates.empty() && !s.consents.empty() && !rec.entry_into_force_not_computed().empty())
    std::cout << "  NOT computed: the " << rec.rules().short_title << "'s entry into force ("
              << pacta::escape_controls(rec.entry_into_force_not_computed()) << ")\n";
  else if (dates.empty() && !s.consents.empty() && !rec.entry_into_force())
    std::cout << "  none yet: the " << rec.rules().short_title << " is not in force\n";
  else if (dates.empty())
    std::cout << "  none: a signature is not consent to be bound (rule E6)\n";
  for (const auto& d : dates)
    std::cout << "  "
              << (d.date      ? pacta::to_iso(*d.date)
                  : d.never   ? std::string("never     ")
                  : d.not_yet ? std::string("not yet   ")
                              : std::string("unknown   "))
              << "  " << d.what << " (" << d.citation << ")\n              " << d.reasoning << '\n';
  std::cout << "\nBinding text on " << pacta::to_iso(st.on) << ": " << st.t.text.explanation << '\n';
  if (const auto pa = provisional_line(rec, st); !pa.empty()) std::cout << pacta::escape_controls(pa) << '\n';
  if (!st.t.continuing_obligations.empty()) std::cout << st.t.continuing_obligations << '\n';
  if (!st.t.consent_declaration.empty()) std::cout << st.t.consent_declaration << '\n';
  std::cout << "Reporting: " << st.reporting.explanation << '\n';
  print_notes(story_notes(rec, st), "text");
}

}  // namespace

int cmd_state(const pacta::treaty_record& rec, const pacta::treaty_record* parent, const std::string& typed,
              pacta::date_t on, const std::string& reports_path, const std::string& format,
              const pacta::state_names& names) {
  const auto name = resolve_state(rec, typed, names);
  if (!name) return exit_usage;
  if (!rec.find(*name)) {
    print_not_participant(rec, *name, on, format);
    return exit_ok;
  }
  pacta::reports_file rf;
  if (!reports_path.empty() && !load_reports(reports_path, rec, parent, rf)) return exit_invalid;
  const pacta::treaty_standing t = pacta::standing_of(rec, parent, *name, on, reports_path.empty() ? nullptr : &rf);
  const state_page st{t, on, reporting_of(t), illustrative_note({reports_path.empty() ? nullptr : &rf}),
                      reports_age_note({reports_path.empty() ? nullptr : &rf}, on)};
  print_illustrative(st.illustrative, format);
  if (format == "json")
    print_json(rec, st);
  else if (format == "csv") {
    print_csv(st);
    print_notes(story_notes(rec, st), format);
  } else
    print_text(rec, st);
  return exit_ok;
}

void add_state(CLI::App& app, global_options& g, command_table& t) {
  CLI::App* sub = app.add_subcommand("state",
                                     "One State's whole story: actions, each computed date with its article and "
                                     "reasoning, status, binding text, reporting.");
  auto name = std::make_shared<std::string>();
  sub->add_option("NAME", *name,
                  "The State, as the registry names it (case-insensitive; a unique part of the name will do).")
      ->required();
  add_on(sub, g, "The date for the status, YYYY-MM-DD (default: today).");
  add_reports_option(sub, g, "A reports file (pacta.reports/1).");
  add_all_treaties(sub, g);
  add_format(sub, g, "text, json or csv (csv: the dates)");
  sub->footer(
      "Examples:\n  pacta state Benin\n  pacta state \"united states of america\" --on 2003-01-01\n  pacta state Benin "
      "--all-treaties");
  t.add(sub, [&g, name](const run_context& ctx) {
    if (g.all_treaties)
      return across_treaties(ctx, "--all-treaties", [&](const pacta::treaty_set& set, pacta::date_t on) {
        return cmd_state_all(set, *name, on, g.reports_paths, g.format, name_table(ctx.data_dir));
      });
    return on_records(ctx, {true}, [&](const loaded& l, const std::string& reports_path, pacta::date_t on) {
      return cmd_state(*l.primary, parent_of(l), *name, on, reports_path, g.format, name_table(ctx.data_dir));
    });
  });
}

}  // namespace pacta_cli
