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
#include <pacta/state_across.hpp>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <memory>

namespace pacta_cli {
namespace {

/// After a denunciation took effect (status `denounced` on `on`): the obligations that continue as to
/// acts before its effective date (OPSC art. 15(2), rule D2), checked with `bound_as_to_act` on the
/// last day before it. Empty otherwise.
std::string continuing_obligations(const pacta::treaty_record& rec, const std::string& state, pacta::date_t on) {
  // Every membership whose denunciation has taken effect by `on`, also when the State has since
  // consented again: article 15(2) speaks of the time it was bound.
  // Only where the profile names the article that says so (OPSC 15(2), OPAC 11(2), OPIC 22(2),
  // ICCPR-OP1 12(2)): the sentence is theirs, and another treaty's clause may say otherwise or nothing.
  const pacta::state_record* s = rec.find(state);
  const auto& r = rec.rules();
  if (!s || r.continuing_obligations_article.empty()) return {};
  const std::string& article = r.continuing_obligations_article;
  std::string out;
  for (const auto& c : s->consents) {
    const pacta::denunciation_record* d = c.standing_denunciation();
    const auto from = c.bound_from();
    if (!d || d->suspended || !from || d->effective.date > on) continue;
    const pacta::date_t last{date::sys_days{d->effective.date} - date::days{1}};
    if (!rec.bound_as_to_act(state, last).bound) continue;
    out += (out.empty() ? "" : " ") + std::string("Continuing obligations (") + r.short_title + " art. " + article +
           ", rule D2): its denunciation, effective " + pacta::to_prose(d->effective.date) + ", does not release " +
           state + " from its obligations as to any offence that occurred while the " + r.short_title +
           " was in force for it, from " + pacta::to_prose(*from) + " to " + pacta::to_prose(last) +
           ", nor end the consideration of any matter already under consideration by the Committee before " +
           pacta::to_prose(d->effective.date) + ".";
  }
  return out;
}

/// A State the registry records nothing of: status not-participant.
void print_not_participant(const pacta::treaty_record& rec, const std::string& name, pacta::date_t on,
                           const std::string& format) {
  if (format == "json")
    std::cout << nlohmann::json{{"state", name},
                                {"treaty", rec.rules().id},
                                {"on", pacta::to_iso(on)},
                                {"status", "not-participant"},
                                {"actions", nlohmann::json::array()}}
                     .dump(2)
              << '\n';
  else
    std::cout << name << " and the " << rec.rules().short_title << "\nStatus on " << pacta::to_iso(on)
              << ": not a participant. The registry (as of " << pacta::to_iso(rec.source().as_of)
              << ") records no signature or consent by " << pacta::detail::state_in_prose(name) << ".\n";
}

/// One computed date of the story, with its citation and reasoning (an empty date: not known).
struct story_date {
  std::string date, what, cite, reasoning;
  bool never = false;    ///< no date because there is none, not because it is not known (rule F1)
  bool not_yet = false;  ///< no date yet: what would give one has not happened (rule O1: the threshold)
};

/// What `pacta state` tells of a State on a date.
struct story {
  const pacta::state_record& s;
  pacta::date_t on;
  pacta::state_status status;
  pacta::binding_text text;
  pacta::report_position reporting;
  std::vector<story_date> dates;
  std::vector<pacta::provisional_period> provisional;  ///< rule V1: the State's declarations, each with its period
  std::string illustrative;  ///< the marking of an illustrative reports file (notes.hpp), or empty
  std::string reports_age;   ///< the reports file older than the date asked (notes.hpp), or empty
};

/// The dates of a State's entry into force and denunciations, of each membership.
void add_membership_dates(const pacta::treaty_record& rec, const pacta::state_record& s,
                          std::vector<story_date>& dates) {
  for (const auto& c : s.consents) {
    if (const auto eif = rec.entry_into_force_of(c))
      dates.push_back(
          {pacta::to_iso(eif->date), "entry into force for " + s.state, rec.cite(eif->why), eif->why.reasoning});
    else if (c.kind == pacta::action_kind::succession && !c.succession_date)
      dates.push_back(
          {"", "entry into force for " + s.state, "rule E5",
           "The date of succession of States is not recorded, so no date of entry into force is computed."});
    else if (s.has_end())
      dates.push_back({"", "entry into force for " + s.state, "rule F1",
                       s.state +
                           (s.ceased ? " ceased to exist on " + pacta::to_prose(*s.ceased)
                                     : " is taken to have ceased to exist after its last recorded act, of " +
                                           pacta::to_prose(*s.existed_through)) +
                           ", before the " + rec.rules().short_title +
                           " could enter into force for it, so the treaty never entered into force for it (rule F1).",
                       true});
    const std::string& noun = rec.rules().denunciation_noun;  // "withdrawal" where the treaty says so
    for (const auto& d : c.denunciations) {
      if (d.withdrawn)  // a withdrawal is revoked, a denunciation withdrawn (VCLT art. 68)
        dates.push_back({pacta::to_iso(d.effective.date),
                         noun + " " + rec.rules().denunciation_taken_back() + " on " + pacta::to_iso(*d.withdrawn) +
                             " (never took effect)",
                         "rule D3",
                         "A notification of " + noun + " may be " + rec.rules().denunciation_taken_back() +
                             " before it takes effect (VCLT art. 68)."});
      else
        dates.push_back({pacta::to_iso(d.effective.date), noun + " takes effect", rec.cite(d.effective.why),
                         d.effective.why.reasoning});
    }
  }
}

/// Every date of the story: entry into force, denunciations, amendments, reports due.
std::vector<story_date> dates_of(const pacta::treaty_record& rec, const pacta::state_record& s, const std::string& name,
                                 const pacta::report_position& pos,
                                 const std::vector<pacta::provisional_period>& provisional) {
  std::vector<story_date> dates;
  add_membership_dates(rec, s, dates);
  for (const auto& p : provisional)  // rule V1
    dates.push_back({pacta::to_iso(p.from),
                     "provisional application of " + rec.rules().provisional_application.applies +
                         (p.already_bound ? " declared (nothing to apply: already bound)"
                          : p.until       ? " begins; ends " + pacta::to_iso(*p.until)
                                          : std::string(" begins")),
                     rec.cite(p.why), p.why.reasoning});
  for (const auto& a : rec.amendments())
    if (auto from = rec.amendment_binds_from(a, name))
      dates.push_back(
          {pacta::to_iso(from->date), "bound by amendment " + a.id, rec.cite(from->why), from->why.reasoning});
  for (const auto& od : rec.optional_declarations())  // rule O1
    for (const auto& d : od.declarations) {
      if (d.state != s.state) continue;
      const auto e = od.applies_to(s, d.made, rec.rules().short_title);
      if (!e) continue;
      std::string what = "article " + od.clause.article + " (" + od.clause.subject + ") applies";
      if (d.withdrawn) what += "; declaration withdrawn " + pacta::to_iso(*d.withdrawn);
      if (d.lapsed && !(d.withdrawn && *d.withdrawn <= *d.lapsed))
        what += "; lapsed " + pacta::to_iso(*d.lapsed) + " (the denunciation took effect)";
      dates.push_back({e->applies_from ? pacta::to_iso(*e->applies_from) : "", what, rec.cite(e->why), e->why.reasoning,
                       (d.withdrawn || d.lapsed) && !e->applies_from, !d.withdrawn && !d.lapsed && !e->applies_from});
    }
  if (pos.initial_due)
    dates.push_back({pacta::to_iso(pos.initial_due->date), "initial report due", rec.cite(pos.initial_due->why),
                     pos.initial_due->why.reasoning});
  if (pos.next_due && pos.next_report == pacta::report_kind::periodic)
    dates.push_back({pacta::to_iso(pos.next_due->date), "next report due: the " + pacta::next_report_name(pos),
                     rec.cite(pos.next_due->why), pos.next_due->why.reasoning});
  // In date order (ISO dates sort as text), the undated ("never", "not yet", "unknown") last.
  std::stable_sort(dates.begin(), dates.end(), [](const story_date& a, const story_date& b) {
    return !a.date.empty() && (b.date.empty() || a.date < b.date);
  });
  return dates;
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
std::vector<std::string> story_notes(const pacta::treaty_record& rec, const story& st) {
  const bool reports = rec.rules().reporting.present && st.reporting.owes_reports;
  std::vector<std::string> notes{reports && !st.reporting.submissions_recorded ? submissions_note() : std::string(),
                                 st.reports_age};
  for (auto& n : record_notes(rec, st.on)) notes.push_back(std::move(n));
  return notes;
}

/// Rule V1: the State's declarations of provisional application, each with whether it applies on
/// the date asked.
nlohmann::json provisional_json(const pacta::treaty_record& rec, const story& st) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& p : st.provisional)
    out.push_back({{"from", pacta::to_iso(p.from)},
                   {"until", p.until ? nlohmann::json(pacta::to_iso(*p.until)) : nlohmann::json(nullptr)},
                   {"applies", rec.rules().provisional_application.applies},
                   {"applies_on", p.applies_on(st.on)},
                   {"citation", rec.cite(p.why)},
                   {"reasoning", p.why.reasoning}});
  return out;
}

/// Rule V1, in the text view: the provisions the State applies provisionally on the date asked; or
/// that its notice under VCLT art. 25(2) ended the last of them; else empty.
std::string provisional_line(const pacta::treaty_record& rec, const story& st) {
  const std::string head = "Provisional application on " + pacta::to_iso(st.on) + ": ";
  for (const auto& p : st.provisional)
    if (p.applies_on(st.on))
      return head + st.s.state + " applies " + rec.rules().provisional_application.applies + " provisionally since " +
             pacta::to_prose(p.from) + " (" + rec.cite(p.why) + "), not yet bound by the treaty itself (VCLT art. 25).";
  if (!st.provisional.empty()) {
    const pacta::provisional_period& last = st.provisional.back();
    if (last.terminated && last.until && *last.until <= st.on)
      return head + "none; it ended on " + pacta::to_prose(*last.until) + ", when " + st.s.state +
             " notified that it does not intend to become a party to the treaty (VCLT art. 25(2); " +
             rec.cite(last.why) + ").";
  }
  return {};
}

void print_json(const pacta::treaty_record& rec, const story& st) {
  nlohmann::json j;
  j["state"] = st.s.state;
  j["treaty"] = rec.rules().id;
  j["on"] = pacta::to_iso(st.on);
  j["status"] = pacta::to_key(st.status.code);
  j["status_explanation"] = st.status.explanation;
  j["actions"] = actions_json(rec, st.s);
  if (const auto h = pacta::history_incomplete(rec, st.s); !h.empty()) j["history_incomplete"] = h;
  if (const auto d = pacta::declarations_not_imported(rec, st.s); !d.empty()) j["declarations_not_imported"] = d;
  nlohmann::json ds = nlohmann::json::array();
  for (const auto& d : st.dates)
    ds.push_back({{"date", d.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.date)},
                  {"what", d.what},
                  {"citation", d.cite},
                  {"reasoning", d.reasoning}});
  j["dates"] = std::move(ds);
  if (const auto pa = provisional_json(rec, st); !pa.empty()) j["provisional_application"] = pa;
  j["binding_text"] = {
      {"bound", st.text.bound}, {"amendments", st.text.amendments}, {"explanation", st.text.explanation}};
  if (const auto cont = continuing_obligations(rec, st.s.state, st.on); !cont.empty())
    j["continuing_obligations"] = cont;
  if (const auto decl = pacta::consent_declaration_text(rec, st.s, st.on); !decl.empty()) j["declaration"] = decl;
  j["reporting"] = pacta::report_position_json(rec, st.reporting);
  j["notes"] = nonempty(story_notes(rec, st));
  if (!st.illustrative.empty()) j["illustrative"] = true;
  std::cout << j.dump(2) << '\n';
}

void print_csv(const story& st) {
  const bool marked = !st.illustrative.empty();
  std::cout << "state,date,what,citation,reasoning" << (marked ? ",illustrative\n" : "\n");
  for (const auto& d : st.dates)
    std::cout << csv_field(st.s.state) << ',' << d.date << ',' << csv_field(d.what) << ',' << csv_field(d.cite) << ','
              << csv_field(d.reasoning) << (marked ? ",true\n" : "\n");
}

void print_text(const pacta::treaty_record& rec, const story& st) {
  std::cout << st.s.state << " and the " << rec.rules().short_title << '\n'
            << "Status on " << pacta::to_iso(st.on) << ": " << status_words(rec, st.status.code) << ". "
            << st.status.explanation << "\n\n"
            << "Recorded actions\n";
  for (std::size_t i : rec.actions_of(st.s)) {
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
  if (const auto h = pacta::history_incomplete(rec, st.s); !h.empty())
    std::cout << "  Incomplete: " << pacta::escape_controls(h) << " (see the notes of the registry's actions).\n";
  if (const auto d = pacta::declarations_not_imported(rec, st.s); !d.empty())
    std::cout << "  Optional declarations NOT known: " << pacta::escape_controls(d) << ".\n";
  std::cout << "\nDates\n";
  if (st.dates.empty() && !st.s.consents.empty() && !rec.entry_into_force_not_computed().empty())
    std::cout << "  NOT computed: the " << rec.rules().short_title << "'s entry into force ("
              << pacta::escape_controls(rec.entry_into_force_not_computed()) << ")\n";
  else if (st.dates.empty() && !st.s.consents.empty() && !rec.entry_into_force())
    std::cout << "  none yet: the " << rec.rules().short_title << " is not in force\n";
  else if (st.dates.empty())
    std::cout << "  none: a signature is not consent to be bound (rule E6)\n";
  for (const auto& d : st.dates)
    std::cout << "  "
              << (!d.date.empty() ? d.date
                  : d.never       ? std::string("never     ")
                  : d.not_yet     ? std::string("not yet   ")
                                  : std::string("unknown   "))
              << "  " << d.what << " (" << d.cite << ")\n              " << d.reasoning << '\n';
  std::cout << "\nBinding text on " << pacta::to_iso(st.on) << ": " << st.text.explanation << '\n';
  if (const auto pa = provisional_line(rec, st); !pa.empty()) std::cout << pacta::escape_controls(pa) << '\n';
  if (const auto cont = continuing_obligations(rec, st.s.state, st.on); !cont.empty()) std::cout << cont << '\n';
  if (const auto decl = pacta::consent_declaration_text(rec, st.s, st.on); !decl.empty()) std::cout << decl << '\n';
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
  const pacta::state_record& s = *rec.find(*name);
  story st{s,
           on,
           rec.status_on(*name, on),
           rec.binding_text(*name, on),
           pacta::reporting(rec, parent, reports_path.empty() ? nullptr : &rf).position(*name, on),
           {},
           rec.provisional_application_of(rec.handle(s)),
           {},
           {}};
  st.dates = dates_of(rec, s, *name, st.reporting, st.provisional);
  st.illustrative = illustrative_note({reports_path.empty() ? nullptr : &rf});
  st.reports_age = reports_age_note({reports_path.empty() ? nullptr : &rf}, on);
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
