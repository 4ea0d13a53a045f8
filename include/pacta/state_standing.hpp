// pacta/state_standing.hpp — one State under one treaty on a date: one value, every rendering.
//
// What a treaty office asks of a State under a treaty: its status and why, the consent that decides it
// and its entry into force, a standing denunciation, the optional declarations standing, the text that
// binds it, its provisional application, its reporting position, and every date computed for it with
// its article and reasoning. `standing_of` gathers them from a record's queries (status_on,
// entry_into_force_of, denunciation_on, optional_declarations, binding_text, provisional_application_of,
// reporting::position) into a `treaty_standing`; `pacta state` writes it as text, JSON and CSV,
// `state --all-treaties` and the site (pacta/state_across.hpp) write one per treaty.
//
// Example (Benin under the OPSC on 30 November 2026, with the bundled records):
//   const auto t = pacta::standing_of(opsc, &crc, "Benin", 2026_y / 11 / 30);
//   t.status.code                    // status::bound
//   t.entry_into_force->date         // 2005-02-28: ratified 31 January 2005, art. 14(2) + P2, rule E3
//   t.dates.front().what             // "entry into force for Benin"
//   t.dates.back().what              // "next report due: the 7th periodic report" (2 September 2027)
#pragma once

#include <pacta/basis.hpp>
#include <pacta/calendar.hpp>
#include <pacta/detail/prose.hpp>
#include <pacta/provisional_application.hpp>
#include <pacta/reporting.hpp>
#include <pacta/state_record.hpp>
#include <pacta/treaty_record.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace pacta {

/// An optional declaration (rule O1) standing for the State on the date.
struct declaration_standing {
  std::string article, subject;
  date_t made;
  std::optional<date_t> applies_from;  ///< nothing while the article's threshold is not reached
};

/// One computed date of a State under a treaty, with its citation and reasoning: an entry into
/// force, a denunciation taking effect, a provisional application, an amendment binding it, an
/// optional declaration applying, a report due. No date: there is none (`never`), not yet (`not_yet`),
/// or it is not known.
struct state_date {
  std::optional<date_t> date;
  std::string what;       ///< "entry into force for Benin", "initial report due", …
  std::string citation;   ///< "OPSC art. 14(2), rule E3"
  std::string reasoning;  ///< the sentence of the rule that gives it
  bool never = false;     ///< no date because there is none, not because it is not known (rule F1)
  bool not_yet = false;   ///< what would give one has not happened (rule O1: the threshold)
};

/// The State under one treaty on a date: what was recorded by that date, as the treaty's own
/// queries give it (a consent or denunciation deposited after the date is not shown), and every date
/// computed for it. `pacta state` (text, JSON, CSV), `state --all-treaties` and the site's State
/// pages are renderings of this one value.
struct treaty_standing {
  const treaty_record* treaty = nullptr;
  std::string state;                     ///< as the registry names it (as asked, when not recorded)
  const state_record* record = nullptr;  ///< the State's record under the treaty; null when not recorded
  bool recorded = false;                 ///< the registry records an action of the State (at any date)
  state_status status;
  std::optional<dated> entry_into_force;  ///< of the consent that decides the status on the date
  /// Of that consent: the denunciation received by the date and not withdrawn by it (pending or in effect).
  std::optional<dated> denunciation;
  std::vector<declaration_standing> declared;  ///< optional declarations standing on the date
  /// The declaration the treaty asks for with the instrument (OPAC art. 3(2)), as
  /// `consent_declaration_text` gives it; empty under other treaties.
  std::string consent_declaration;
  /// False when the treaty takes optional declarations (rule O1) but the registry records none under
  /// one of its articles (the importer reads only the section "Declarations recognizing the
  /// competence …"), or marks the State's entry there as not read (`x-untc-declarations-not-imported`):
  /// whether the State made one is then not known.
  bool declarations_known = true;
  /// What the registry marks as not imported of the State's history (`x-untc-history-not-imported`,
  /// written by `pacta import-untc`), or empty.
  std::string history_incomplete;
  /// The declaration of provisional application that applies on the date (rule V1), if any.
  std::optional<provisional_period> provisional;
  /// Every declaration of provisional application the State made (rule V1), each with its period.
  std::vector<provisional_period> provisional_periods;
  binding_text text;
  std::optional<report_position> reporting;  ///< when the treaty has a reporting clause
  /// Every date computed for the State (`state_dates`), in date order, the undated last.
  std::vector<state_date> dates;
  /// After its denunciation took effect: the obligations that continue as to acts before (rule D2;
  /// `continuing_obligations_text`), or empty.
  std::string continuing_obligations;
};

/// The declaration in effect on `on` under a treaty that asks for one with the instrument (OPAC
/// art. 3(2), strengthened under art. 3(4)); empty for other treaties.
inline std::string consent_declaration_text(const treaty_record& rec, const state_record& s, date_t on) {
  const auto& clause = rec.rules().consent_declaration;
  if (!clause.present || s.consents.empty() || s.consents.back().deposit > on) return {};
  const std::string head = "Declaration (" + rec.rules().short_title + " art. " + clause.article + "): ";
  const consent_record& c = s.consents.back();
  if (c.kind == action_kind::succession && !rec.declaration_on(s.state, on))
    return head +
           "none recorded with the notification of succession (the article speaks of ratification and accession).";
  if (rec.source().actions[c.action_index].declaration_not_recorded)
    return head + "none recorded with the " + to_key(c.kind) + " of " + to_prose(c.deposit) +
           " (the depositary's record shows none).";
  const declaration_record* d = rec.declaration_on(s.state, on);
  if (!d) return {};
  std::string out =
      head +
      (d->with_instrument ? "deposited with the instrument on "
                          : "strengthened (art. " + clause.strengthening_article + ") by a declaration received on ") +
      to_prose(d->date);
  out += d->minimum_age ? "; minimum age of voluntary recruitment " + std::to_string(*d->minimum_age) + " years."
                        : "; the age declared is not recorded in the registry.";
  return out;
}

/// What the registry says is missing of a State's history (`history_incomplete` on one of its
/// actions), or empty.
inline std::string history_incomplete(const treaty_record& rec, const state_record& s) {
  for (std::size_t i : rec.actions_of(s))
    if (const auto& h = rec.source().actions[i].history_incomplete(); !h.empty()) return h;
  return {};
}

/// Why the registry does not hold all of a State's optional declarations (`declarations_not_imported`
/// on one of its actions, as `pacta import-untc` writes for an entry of the page's section it could
/// not read), or empty: its declarations are then NOT known (rule O1).
inline std::string declarations_not_imported(const treaty_record& rec, const state_record& s) {
  for (std::size_t i : rec.actions_of(s))
    if (const auto& d = rec.source().actions[i].declarations_not_imported(); !d.empty()) return d;
  return {};
}

/// After a denunciation took effect by `on`: the obligations that continue as to acts before its
/// effective date (rule D2), checked with `bound_as_to_act` on the last day before it, for every
/// membership whose denunciation has taken effect (also when the State has since consented again:
/// the article speaks of the time it was bound). Only where the profile names the article that says
/// so (OPSC 15(2), OPAC 11(2), OPIC 22(2), ICCPR-OP1 12(2)): the sentence is theirs, and another
/// treaty's clause may say otherwise or nothing. Empty otherwise.
inline std::string continuing_obligations_text(const treaty_record& rec, const state_record& s, date_t on) {
  const auto& r = rec.rules();
  if (r.continuing_obligations_article.empty()) return {};
  const std::string& article = r.continuing_obligations_article;
  std::string out;
  for (const auto& c : s.consents) {
    const denunciation_record* d = c.standing_denunciation();
    const auto from = c.bound_from();
    if (!d || d->suspended || !from || d->effective.date > on) continue;
    const date_t last{date::sys_days{d->effective.date} - date::days{1}};
    if (!rec.bound_as_to_act(s.state, last).bound) continue;
    out += (out.empty() ? "" : " ") + std::string("Continuing obligations (") + r.short_title + " art. " + article +
           ", rule D2): its denunciation, effective " + to_prose(d->effective.date) + ", does not release " + s.state +
           " from its obligations as to any offence that occurred while the " + r.short_title +
           " was in force for it, from " + to_prose(*from) + " to " + to_prose(last) +
           ", nor end the consideration of any matter already under consideration by the Committee before " +
           to_prose(d->effective.date) + ".";
  }
  return out;
}

namespace detail {

/// The dates of a State's entry into force and denunciations, of each membership.
inline void add_membership_dates(const treaty_record& rec, const state_record& s, std::vector<state_date>& dates) {
  for (const auto& c : s.consents) {
    if (const auto eif = rec.entry_into_force_of(c))
      dates.push_back({eif->date, "entry into force for " + s.state, rec.cite(eif->why), eif->why.reasoning});
    else if (c.kind == action_kind::succession && !c.succession_date)
      dates.push_back(
          {std::nullopt, "entry into force for " + s.state, "rule E5",
           "The date of succession of States is not recorded, so no date of entry into force is computed."});
    else if (s.has_end())
      dates.push_back({std::nullopt, "entry into force for " + s.state, "rule F1",
                       s.state +
                           (s.ceased ? " ceased to exist on " + to_prose(*s.ceased)
                                     : " is taken to have ceased to exist after its last recorded act, of " +
                                           to_prose(*s.existed_through)) +
                           ", before the " + rec.rules().short_title +
                           " could enter into force for it, so the treaty never entered into force for it (rule F1).",
                       true});
    const std::string& noun = rec.rules().denunciation_noun;  // "withdrawal" where the treaty says so
    for (const auto& d : c.denunciations) {
      if (d.withdrawn)  // a withdrawal is revoked, a denunciation withdrawn (VCLT art. 68)
        dates.push_back({d.effective.date,
                         noun + " " + rec.rules().denunciation_taken_back() + " on " + to_iso(*d.withdrawn) +
                             " (never took effect)",
                         "rule D3",
                         "A notification of " + noun + " may be " + rec.rules().denunciation_taken_back() +
                             " before it takes effect (VCLT art. 68)."});
      else
        dates.push_back(
            {d.effective.date, noun + " takes effect", rec.cite(d.effective.why), d.effective.why.reasoning});
    }
  }
}

}  // namespace detail

/// Every date computed for a State under a treaty: entry into force and denunciations (of each
/// membership), provisional application (V1), amendments binding it (A3), optional declarations
/// applying (O1), the initial and next reports due (`pos`, R1–R2); in date order, the undated ("never",
/// "not yet", "unknown") last.
inline std::vector<state_date> state_dates(const treaty_record& rec, const state_record& s,
                                           const std::optional<report_position>& pos,
                                           const std::vector<provisional_period>& provisional) {
  std::vector<state_date> dates;
  detail::add_membership_dates(rec, s, dates);
  for (const auto& p : provisional)  // rule V1
    dates.push_back({p.from,
                     "provisional application of " + rec.rules().provisional_application.applies +
                         (p.already_bound ? " declared (nothing to apply: already bound)"
                          : p.until       ? " begins; ends " + to_iso(*p.until)
                                          : std::string(" begins")),
                     rec.cite(p.why), p.why.reasoning});
  for (const auto& a : rec.amendments())
    if (auto from = rec.amendment_binds_from(a, s.state))
      dates.push_back({from->date, "bound by amendment " + a.id, rec.cite(from->why), from->why.reasoning});
  for (const auto& od : rec.optional_declarations())  // rule O1
    for (const auto& d : od.declarations) {
      if (d.state != s.state) continue;
      const auto e = od.applies_to(s, d.made, rec.rules().short_title);
      if (!e) continue;
      std::string what = "article " + od.clause.article + " (" + od.clause.subject + ") applies";
      if (d.withdrawn) what += "; declaration withdrawn " + to_iso(*d.withdrawn);
      if (d.lapsed && !(d.withdrawn && *d.withdrawn <= *d.lapsed))
        what += "; lapsed " + to_iso(*d.lapsed) + " (the denunciation took effect)";
      dates.push_back({e->applies_from, what, rec.cite(e->why), e->why.reasoning,
                       (d.withdrawn || d.lapsed) && !e->applies_from, !d.withdrawn && !d.lapsed && !e->applies_from});
    }
  if (pos && pos->initial_due)
    dates.push_back({pos->initial_due->date, "initial report due", rec.cite(pos->initial_due->why),
                     pos->initial_due->why.reasoning});
  if (pos && pos->next_due && pos->next_report == report_kind::periodic)
    dates.push_back({pos->next_due->date, "next report due: the " + next_report_name(*pos),
                     rec.cite(pos->next_due->why), pos->next_due->why.reasoning});
  std::stable_sort(dates.begin(), dates.end(),
                   [](const state_date& a, const state_date& b) { return a.date && (!b.date || *a.date < *b.date); });
  return dates;
}

/// The State `state` (a registry name; one the registry lacks is `not_participant`) under the
/// treaty of `rec` on `on`; `parent` is the treaty it reports under (OPSC art. 12(2): the Convention),
/// when loaded, and `reports` its reports file, when given. The standing points into `rec` (`treaty`,
/// `record`): on a temporary record it would dangle, and does not compile.
treaty_standing standing_of(const treaty_record&& rec, const treaty_record* parent, const std::string& state, date_t on,
                            const reports_file* reports = nullptr) = delete;
inline treaty_standing standing_of(const treaty_record& rec, const treaty_record* parent, const std::string& state,
                                   date_t on, const reports_file* reports = nullptr) {
  treaty_standing t;
  t.treaty = &rec;
  t.state = state;
  const state_record* s = rec.find(state);
  t.record = s;
  t.recorded = s != nullptr;
  if (!s) {
    t.status.code = status::not_participant;
    t.status.explanation = "The registry (as of " + to_iso(rec.source().as_of) + ") records no action by " +
                           detail::state_in_prose(state) + " under the " + rec.rules().short_title + ".";
    return t;
  }
  t.status = rec.status_on(state, on);
  const consent_record* c = rec.consent_on(state, on);
  if (!c && s->kind == participant_kind::former_state)  // rule F1: what it consented to before it ceased
    for (const auto& k : s->consents)
      if (k.deposit <= on) c = &k;
  if (c) {
    t.entry_into_force = rec.entry_into_force_of(*c);  // none on or after the day it ceased (rule F1)
    if (const auto* d = c->denunciation_on(on); d && !d->suspended) t.denunciation = d->effective;
  }
  if (!declarations_not_imported(rec, *s).empty()) t.declarations_known = false;  // an entry not read
  for (const auto& od : rec.optional_declarations()) {
    if (od.declarations.empty()) t.declarations_known = false;
    if (const auto* d = od.standing(*s, on))
      t.declared.push_back({od.clause.article, od.clause.subject, d->made, od.in_force_for(*s, on)});
  }
  t.consent_declaration = consent_declaration_text(rec, *s, on);
  t.history_incomplete = history_incomplete(rec, *s);
  t.provisional_periods = rec.provisional_application_of(rec.handle(*s));  // rule V1
  for (const auto& p : t.provisional_periods)
    if (p.from <= on && p.applies_on(on)) t.provisional = p;
  t.text = rec.binding_text(state, on);
  if (rec.rules().reporting.present) t.reporting = reporting(rec, parent, reports).position(state, on);
  t.dates = state_dates(rec, *s, t.reporting, t.provisional_periods);
  t.continuing_obligations = continuing_obligations_text(rec, *s, on);
  return t;
}

}  // namespace pacta
