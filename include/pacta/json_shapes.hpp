// pacta/json_shapes.hpp — a date's basis, an amendment and a reporting position as JSON.
//
// The shapes that `pacta … --format json` prints (docs/cli.md), for a program that wants the same
// JSON without the command: a basis is {"rule", "article", "citation", "anchor", "period",
// "reasoning"}, with null for an article, anchor or period that does not apply; dates are ISO 8601
// strings, or null when there is none.
//
// Example:
//   auto opsc = pacta::load_record("data/registries/opsc.json", pacta::opsc_rules(), {&crc});
//   auto eif = opsc.entry_into_force_for("Benin");
//   nlohmann::json j = pacta::basis_json(opsc, eif->why);
//   // {"anchor": "2005-01-31", "article": "14(2)", "citation": "OPSC art. 14(2), rule E3",
//   //  "period": "1 month", "reasoning": "Deposited on 31 January 2005, …", "rule": "E3"}
#pragma once

#include <pacta/record.hpp>
#include <pacta/reports.hpp>
#include <pacta/state_across.hpp>

#include <nlohmann/json.hpp>

#include <optional>

namespace pacta {

/// A date as JSON: its ISO 8601 text, or null.
inline nlohmann::json date_json(const std::optional<date_t>& d) {
  return d ? nlohmann::json(to_iso(*d)) : nlohmann::json(nullptr);
}

/// A computed date as JSON: its ISO 8601 text (the basis left out), or null.
inline nlohmann::json date_json(const std::optional<dated>& d) {
  return d ? nlohmann::json(to_iso(d->date)) : nlohmann::json(nullptr);
}

/// Why a date is what it is, with the citation `rec` gives it ("OPSC art. 14(2), rule E3").
inline nlohmann::json basis_json(const treaty_record& rec, const basis& b) {
  nlohmann::json j;
  j["rule"] = b.rule;
  j["article"] = b.article.empty() ? nlohmann::json(nullptr) : nlohmann::json(b.article);
  j["citation"] = rec.cite(b);
  j["anchor"] = date_json(b.anchor);
  j["period"] = b.delay ? nlohmann::json(to_string(*b.delay)) : nlohmann::json(nullptr);
  j["reasoning"] = b.reasoning;
  return j;
}

/// The basis of a date that may be absent: null when it is.
inline nlohmann::json basis_json(const treaty_record& rec, const std::optional<dated>& d) {
  return d ? basis_json(rec, d->why) : nlohmann::json(nullptr);
}

/// An amendment's life (rules A1–A4): proposal, conference, adoption (or the failed vote),
/// approval, acceptances and entry into force, each date with its basis where it is computed.
inline nlohmann::json amendment_json(const treaty_record& rec, const amendment_record& a) {
  nlohmann::json j;
  j["id"] = a.id;
  j["proposed_by"] = a.proposer;
  j["proposed"] = date_json(a.proposed);
  j["communicated"] = date_json(a.communicated);
  j["conference_window_end"] = date_json(a.window_end);
  j["parties_at_communication"] = a.parties_at_communication;
  j["conference_needed"] = a.conference_needed;
  j["favours_in_window"] = a.favours_in_window;
  j["conference_due"] = date_json(a.conference_due);
  j["conference_basis"] = basis_json(rec, a.conference_due);
  j["adopted"] = date_json(a.adopted);
  j["vote"] = a.adoption_vote ? nlohmann::json{{"in_favour", a.adoption_vote->in_favour},
                                               {"against", a.adoption_vote->against},
                                               {"abstaining", a.adoption_vote->abstaining}}
                              : nlohmann::json(nullptr);
  if (a.vote_failed) j["vote_failed"] = to_iso(*a.vote_failed);  // rule A2: not adopted
  j["approved"] = date_json(a.approved);
  j["acceptances"] = a.acceptances.size();
  j["entry_into_force"] = date_json(a.entry_into_force);
  j["basis"] = basis_json(rec, a.entry_into_force);
  if (a.entry_into_force) {
    j["acceptances_at_entry"] = a.acceptances_at_entry;
    j["parties_at_entry"] = a.parties_at_entry;
    j["needed_at_entry"] = a.needed_at_entry;
  }
  if (a.acceptances_not_counted) j["acceptances_not_counted"] = a.acceptances_not_counted;
  if (!a.not_in_force.empty()) j["not_in_force"] = a.not_in_force;  // rule A3: what the record holds
  return j;
}

/// One State's reporting position (rules R1–R3): the reports due, those submitted, and whether the
/// next is overdue (null when submissions are not recorded); "basis" is the next due date's.
inline nlohmann::json report_position_json(const treaty_record& rec, const report_position& p) {
  nlohmann::json j;
  j["state"] = p.state;
  j["owes_reports"] = p.owes_reports;
  j["entry_into_force"] = date_json(p.entry_into_force);
  j["initial_report_due"] = date_json(p.initial_due);
  j["next_report"] = p.next_report ? nlohmann::json(to_key(*p.next_report)) : nlohmann::json(nullptr);
  j["periodic_number"] = p.periodic_number ? nlohmann::json(*p.periodic_number) : nlohmann::json(nullptr);
  j["on_request"] = p.on_request;
  j["next_report_due"] = date_json(p.next_due);
  j["basis"] = basis_json(rec, p.next_due);
  j["submissions_recorded"] = p.submissions_recorded;
  j["overdue"] = p.overdue == overdue_state::unknown ? nlohmann::json(nullptr)
                                                     : nlohmann::json(p.overdue == overdue_state::overdue);
  j["days_overdue"] = p.days_overdue ? nlohmann::json(p.days_overdue->count()) : nlohmann::json(nullptr);
  nlohmann::json subs = nlohmann::json::array();
  for (const auto& s : p.submitted)
    subs.push_back({{"report", to_key(s.kind)},
                    {"submitted", to_iso(s.submitted)},
                    {"symbol", s.symbol.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.symbol)}});
  j["submitted"] = std::move(subs);
  j["explanation"] = p.explanation;
  return j;
}

/// The State under one treaty (`pacta state NAME --all-treaties --format json`, one element of
/// "treaties"): status, entry into force and its basis, a standing denunciation, the optional
/// declarations standing, the binding text and the reporting position (null without a reporting
/// clause).
inline nlohmann::json treaty_standing_json(const treaty_standing& t) {
  const treaty_record& rec = *t.treaty;
  nlohmann::json j;
  j["treaty"] = rec.rules().id;
  j["short_title"] = rec.rules().short_title;
  j["status"] = to_key(t.status.code);
  j["status_explanation"] = t.status.explanation;
  j["entry_into_force"] = date_json(t.entry_into_force);
  j["basis"] = basis_json(rec, t.entry_into_force);
  j["denunciation_effective"] = date_json(t.denunciation);
  j["denunciation_basis"] = basis_json(rec, t.denunciation);
  nlohmann::json decl = nlohmann::json::array();
  for (const auto& d : t.declared)
    decl.push_back({{"article", d.article},
                    {"subject", d.subject},
                    {"made", to_iso(d.made)},
                    {"applies_from", date_json(d.applies_from)}});
  j["optional_declarations"] = std::move(decl);
  j["optional_declarations_known"] = t.declarations_known;
  if (!t.consent_declaration.empty()) j["consent_declaration"] = t.consent_declaration;
  if (!t.history_incomplete.empty()) j["history_incomplete"] = t.history_incomplete;
  if (t.provisional)  // rule V1: what it applies provisionally on the date
    j["provisional_application"] = {{"from", to_iso(t.provisional->from)},
                                    {"until", date_json(t.provisional->until)},
                                    {"applies", rec.rules().provisional_application.applies},
                                    {"citation", rec.cite(t.provisional->why)},
                                    {"reasoning", t.provisional->why.reasoning}};
  j["binding_text"] = {{"bound", t.text.bound}, {"amendments", t.text.amendments}, {"explanation", t.text.explanation}};
  j["next_report"] = t.reporting && t.reporting->owes_reports && t.reporting->next_report
                         ? nlohmann::json(to_key(*t.reporting->next_report))
                         : nlohmann::json(nullptr);
  j["next_report_due"] =
      t.reporting && t.reporting->owes_reports ? date_json(t.reporting->next_due) : nlohmann::json(nullptr);
  j["reporting"] = t.reporting ? report_position_json(rec, *t.reporting) : nlohmann::json(nullptr);
  if (!rec.rules().reporting.present) j["reporting_explanation"] = no_report_dates_sentence(rec.rules());
  return j;
}

/// One report of a State's calendar across treaties: its date, treaty, kind, basis and whether it
/// is overdue (null when submissions are not recorded).
inline nlohmann::json report_due_json(const report_due& r) {
  return {{"date", to_iso(r.due.date)},
          {"treaty", r.treaty->rules().id},
          {"report", to_key(r.kind)},
          {"periodic_number", r.periodic_number ? nlohmann::json(*r.periodic_number) : nlohmann::json(nullptr)},
          {"basis", basis_json(*r.treaty, r.due.why)},
          {"overdue", r.overdue == overdue_state::unknown ? nlohmann::json(nullptr)
                                                          : nlohmann::json(r.overdue == overdue_state::overdue)}};
}

/// A State across every treaty of a set: {"state", "on", "treaties": [...], "calendar": [...]}.
inline nlohmann::json state_overview_json(const state_overview& o) {
  nlohmann::json j;
  j["state"] = o.state;
  j["on"] = to_iso(o.on);
  j["treaties"] = nlohmann::json::array();
  for (const auto& t : o.treaties) j["treaties"].push_back(treaty_standing_json(t));
  j["calendar"] = nlohmann::json::array();
  for (const auto& r : o.calendar) j["calendar"].push_back(report_due_json(r));
  j["not_computed"] = nlohmann::json::array();  // reports owed whose due date is not known
  for (const auto* t : o.not_computed) j["not_computed"].push_back(t->rules().id);
  return j;
}

}  // namespace pacta
