// pacta/reporting.hpp — reporting deadlines (OPSC art. 12, rules R1–R3).
//
// Article 12(1): each State Party submits, within two years following the entry into force of the
// Protocol for it, a comprehensive report (rule R1). Article 12(2): afterwards, a State party to the
// Convention includes further information in its periodic reports under the Convention's article 44
// — initial within two years of the Convention's entry into force for it, thereafter every five
// years, each cycle counted from that anchor, never chained — while a State party to the Protocol
// but not to the Convention (the United States) reports every five years after its initial report's
// due date (rule R2). The Committee may request further information and set due dates in its
// concluding observations; such a date, when recorded, overrides the computed one (rule R3).
//
// Submissions and Committee-set due dates are kept in a reports file (format `pacta.reports/1`,
// docs/reports-format.md, schema data/schema/pacta.reports-1.schema.json), read by pacta/reports.hpp.
// This header holds no JSON: it computes from a record and a reports file already read.
//
// Example:
//   pacta::reporting rep(opsc, &crc, &reports_file);
//   auto pos = rep.position("United States of America", 2026_y/2/3);
//   // pos.initial_due->date == 2005-01-23 (entry into force 23 Jan 2003 + 2 years, rule R1)
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/detail/enum_table.hpp>
#include <pacta/detail/prose.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/json_value.hpp>
#include <pacta/treaty_record.hpp>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta {

/// Which report: the comprehensive initial report (art. 12(1)) or a later one (art. 12(2)).
enum class report_kind { initial, periodic };

/// Each report kind with the key files and JSON write (a reports file's "report") and its words, in
/// the order of the enum.
inline constexpr detail::enum_row<report_kind> report_kinds[] = {
    {report_kind::initial, "initial", "initial report"},
    {report_kind::periodic, "periodic", "periodic report"},
};
static_assert(detail::in_enum_order(report_kinds, report_kind::periodic),
              "report_kinds: one row per kind, in the order of the enum");

/// The report kind as files and JSON write it: "initial", "periodic".
inline constexpr const char* to_key(report_kind k) noexcept {
  return detail::key_of(report_kinds, k);
}

/// The report kind a key names; nothing for another word.
inline std::optional<report_kind> parse_report_kind(std::string_view key) noexcept {
  return detail::from_key(report_kinds, key);
}

/// A report the State submitted.
struct report_submission {
  std::string state;
  report_kind kind = report_kind::initial;
  date_t submitted;
  std::string symbol;  ///< the document symbol, e.g. "CRC/C/OPSC/USA/1"
  std::string note;
  json_value extensions;  ///< its `x-` members, as read (null when it has none)
};

/// A due date the Committee set (rule R3).
struct committee_due_date {
  std::string state;
  report_kind kind = report_kind::periodic;
  date_t due;
  std::string source;  ///< where the Committee set it, e.g. its concluding observations
  std::string note;
  json_value extensions;  ///< its `x-` members, as read (null when it has none)
};

/// A parsed reports file.
struct reports_file {
  std::string file;
  std::string treaty;
  date_t as_of;
  std::string source;
  /// True when the file says its submissions and due dates are not a record of real ones (examples,
  /// training, tests): everything built from it carries a visible marking.
  bool illustrative = false;
  std::vector<report_submission> submissions;
  std::vector<committee_due_date> due_dates;
};

/// Whether the next report is overdue on the date asked.
enum class overdue_state {
  unknown,  ///< submissions are not recorded (no reports file), or no report is due
  on_time,  ///< its due date has not passed
  overdue,  ///< its due date has passed and it is not recorded as submitted
};

/// Each state with its key and its words, in the order of the enum.
inline constexpr detail::enum_row<overdue_state> overdue_states[] = {
    {overdue_state::unknown, "unknown", "unknown"},
    {overdue_state::on_time, "on-time", "on time"},
    {overdue_state::overdue, "overdue", "overdue"},
};
static_assert(detail::in_enum_order(overdue_states, overdue_state::overdue),
              "overdue_states: one row per state, in the order of the enum");

/// The state in words: "unknown", "on time", "overdue".
inline constexpr const char* to_prose(overdue_state o) noexcept {
  return detail::words_of(overdue_states, o);
}

/// A State's reporting position on a date.
struct report_position {
  std::string state;
  /// True while a report is owed or will fall due while the State is a party; false when none is: not
  /// a party, a denunciation taking effect before the next due date, or every report that fell due
  /// while it was a party submitted. A State whose denunciation has taken effect still owes the
  /// reports that fell due before (VCLT art. 70(1)(b)).
  bool owes_reports = false;
  std::optional<dated> entry_into_force;
  std::optional<dated> initial_due;          ///< rule R1
  std::vector<report_submission> submitted;  ///< on or before the date, in date order
  std::optional<report_kind> next_report;
  /// For a periodic next report, its cycle: n for the report the schedule makes due n cycles after
  /// its anchor (the 1st periodic report is the first after the initial one). Nothing for the
  /// initial report, for a date the Committee set (rule R3) and for a report on request (rule R4).
  std::optional<int> periodic_number;
  /// True when, after the initial report, the text asks reports only when the Committee requests
  /// them (rule R4): the next report then has no computed due date.
  bool on_request = false;
  /// Whether submissions are recorded (a reports file was given). Without them the next report is
  /// the first the text's schedule makes due on or after the date asked, and `overdue` is `unknown`.
  bool submissions_recorded = false;
  std::optional<dated> next_due;                   ///< rule R1, R2 or R3
  overdue_state overdue = overdue_state::unknown;  ///< `unknown` when submissions are not recorded
  /// The days since the next report's due date while it is overdue, 0 while it is on time; nothing
  /// while `overdue` is `unknown`.
  std::optional<date::days> days_overdue;
  std::string explanation;
};

/// The next report in words: "initial report", "3rd periodic report", "periodic report" (a date the
/// Committee set), "report on the Committee's request" (rule R4); empty when none is owed.
inline std::string next_report_name(const report_position& p) {
  if (!p.next_report) return p.on_request && p.owes_reports ? "report on the Committee's request" : "";
  if (*p.next_report == report_kind::initial) return "initial report";
  return p.periodic_number ? detail::ordinal(static_cast<std::size_t>(*p.periodic_number)) + " periodic report"
                           : "periodic report";
}

/// Reporting deadlines for the States of a treaty record, with the parent treaty's record (for
/// article 12(2)) and a reports file where they are given.
class reporting {
 public:
  /// `treaty` and, if given, `parent` and `reports` must outlive this object.
  reporting(const treaty_record& treaty, const treaty_record* parent = nullptr, const reports_file* reports = nullptr)
      : treaty_(treaty), parent_(parent), reports_(reports) {}
  /// A temporary record would be destroyed before the first query: name the record first.
  reporting(const treaty_record&& treaty, const treaty_record* parent = nullptr,
            const reports_file* reports = nullptr) = delete;

  /// Checks a reports file against the treaty: the treaty id, and that every State named is a
  /// participant. Returns the diagnostics (empty when it fits).
  std::vector<diagnostic> validate() const {
    std::vector<diagnostic> out;
    if (!reports_) return out;
    const std::string& f = reports_->file;
    if (reports_->treaty != treaty_.rules().id) {  // its States and dates are another treaty's: no more to say
      out.push_back({f, "/treaty", "reports.treaty",
                     "the reports file is for \"" + reports_->treaty + "\", not \"" + treaty_.rules().id +
                         "\" (give --treaty " + reports_->treaty + ")",
                     std::nullopt, std::nullopt});
      return out;
    }
    for (std::size_t i = 0; i < reports_->submissions.size(); ++i) {
      const auto& s = reports_->submissions[i];
      const state_record* rec =
          consented(s.state, "/submissions/" + std::to_string(i) + "/state", "it has no report to submit", out);
      if (rec && s.submitted < rec->consents.front().deposit)
        out.push_back({f, "/submissions/" + std::to_string(i) + "/submitted", "reports.before-consent",
                       "a report submitted on " + to_iso(s.submitted) + " precedes " + s.state + "'s consent of " +
                           to_iso(rec->consents.front().deposit),
                       std::nullopt, std::nullopt});
    }
    for (std::size_t i = 0; i < reports_->due_dates.size(); ++i) {
      const auto& d = reports_->due_dates[i];
      (void)consented(d.state, "/due_dates/" + std::to_string(i) + "/state", "the Committee sets it no due date", out);
    }
    return out;
  }

  /// The State's position on `on`: by its exact registry name or a `state_handle` of the record.
  /// Throws `query_error` (with the near names) for a State the registry lacks.
  ///
  /// Example: `rep.position("Benin", 2026_y/2/3).next_due->date`.
  report_position position(state_ref who, date_t on) const {
    detail::require_date(on);
    const state_record* rec = &treaty_.state(who);
    const std::string_view state = rec->state;
    const auto& rules = treaty_.rules();
    const auto& rc = rules.reporting;
    report_position p;
    p.state = std::string(state);
    if (!rc.present) {
      p.explanation = no_report_dates_sentence(rules);
      return p;
    }
    if (!rec || rec->consents.empty()) {
      p.explanation = detail::state_in_prose(p.state, true) + " is not a party to the " + rules.short_title +
                      ": it owes no report.";
      return p;
    }
    const status st = treaty_.status_code(state, on);
    if (st == status::ceased_to_exist || rec->kind == participant_kind::former_state) {  // rule F1
      p.explanation = detail::state_in_prose(p.state, true) + " no longer exists: it owes no report (rule F1).";
      return p;
    }
    if (!has_standing_consent(st) && st != status::denounced) {
      p.explanation =
          detail::state_in_prose(p.state, true) + " had not consented by " + to_prose(on) + ": it owes no report yet.";
      return p;
    }
    const consent_record& consent = *treaty_.consent_on(state, on);
    p = position_under(consent, st == status::denounced, on, p);
    // A State that denounced and consented again still owes what fell due during its earlier
    // membership (VCLT art. 70(1)(b)): the earliest report outstanding comes first.
    for (const auto& earlier : rec->consents) {
      if (&earlier == &consent) break;
      const auto* d = earlier.standing_denunciation();
      if (!d || d->suspended || d->effective.date > on) continue;
      report_position q;
      q.state = p.state;
      q = position_under(earlier, true, on, q);
      if (!q.owes_reports || !q.next_due || (p.next_due && p.next_due->date <= q.next_due->date)) continue;
      q.explanation += " (Under its present consent: " + p.explanation + ")";
      p = std::move(q);
    }
    return p;
  }

 private:
  /// A State a reports file names, when the registry records its consent; else nothing, and why in
  /// `out`: a name the registry does not use (with the near names), or a State that has not consented.
  const state_record* consented(const std::string& state, const std::string& ptr, const std::string& what,
                                std::vector<diagnostic>& out) const {
    const state_record* rec = treaty_.find(state);
    if (rec && !rec->consents.empty()) return rec;
    std::string why =
        "\"" + state + "\" has not consented to the " + treaty_.rules().short_title + " in the registry, so " + what;
    if (!rec) {
      try {
        (void)treaty_.state(state);  // throws, with the near names
      } catch (const query_error& e) {
        why = std::string(e.what()) + " (a reports file names States as the registry does)";
      }
    }
    out.push_back({reports_->file, ptr, "reports.unknown-state", why, std::nullopt, std::nullopt});
    return nullptr;
  }

  /// The position under one consent: `left` when its denunciation has taken effect by `on`.
  report_position position_under(const consent_record& consent, bool left, date_t on, report_position p) const {
    const auto& rc = treaty_.rules().reporting;
    const std::string_view state = p.state;
    // A denunciation received by `on` (pending or taken effect): only the reports falling due before
    // its effective date are owed; those stay owed after the State leaves (VCLT art. 70(1)(b)).
    std::optional<date_t> leaves;
    if (const auto* d = consent.standing_denunciation(); d && !d->suspended && d->received <= on)
      leaves = d->effective.date;
    // "before", or "on the day" when the two dates are one.
    auto before = [](date_t effect, date_t due) {
      return effect == due ? std::string(", the day") : std::string(", before");
    };
    p.owes_reports = true;
    p.entry_into_force = treaty_.entry_into_force_of(consent);
    if (const state_record* s = treaty_.find(state); !p.entry_into_force && s && s->has_end()) {
      p.owes_reports = false;
      p.explanation = detail::state_in_prose(p.state, true) + " ceased to exist before the " +
                      treaty_.rules().short_title + " could enter into force for it: it owes no report (rule F1).";
      return p;
    }
    if (!p.entry_into_force) {
      p.explanation = "No date of entry into force is recorded for " + detail::state_in_prose(p.state) +
                      " (a succession without its date of succession, or the treaty not yet in force), so its "
                      "reporting deadlines cannot be computed.";
      return p;
    }
    const dated initial = initial_report_due(p);
    if (!in_range(initial.date)) {
      p.explanation = "Article " + rc.article +
                      " (rule R1): the initial report would fall due after 31 December 9999, "
                      "the last date pacta handles, so no due date is given.";
      return p;
    }
    if (leaves && initial.date >= *leaves) {
      p.owes_reports = false;
      p.explanation = detail::state_in_prose(p.state, true) + "'s denunciation " + (left ? "took" : "takes") +
                      " effect on " + to_prose(*leaves) + before(*leaves, initial.date) + " its initial report " +
                      (left ? "fell" : "would fall") + " due on " + to_prose(initial.date) + " (article " + rc.article +
                      "): a State owes only the reports that fall due while it is a party, so it owes none.";
      return p;
    }
    p.initial_due = initial;
    p.submissions_recorded = reports_ != nullptr;
    if (reports_)
      next_after_submissions(p, on);
    else
      next_in_schedule(p, on);
    if (p.on_request && !p.next_due) p.next_report.reset();  // rule R4: no date to give
    if (p.next_due && leaves && p.next_due->date >= *leaves) {
      p.owes_reports = false;
      p.explanation = detail::state_in_prose(p.state, true) + "'s denunciation " + (left ? "took" : "takes") +
                      " effect on " + to_prose(*leaves) + before(*leaves, p.next_due->date) + " its next report " +
                      (left ? "fell" : "would fall") + " due on " + to_prose(p.next_due->date) +
                      ": it owes no further report.";
      if (!reports_ && p.initial_due->date < on)  // what fell due before is owed still, if not submitted
        p.explanation += " Whether the reports that fell due while it was a party (the initial report on " +
                         to_prose(p.initial_due->date) +
                         " and any after it) were submitted is not known (no reports file); those stay owed "
                         "(VCLT art. 70(1)(b)).";
      p.next_due.reset();
      p.next_report.reset();
      return p;
    }
    if (p.next_due) describe_next(p, on, left, leaves);
    return p;
  }

  /// With submissions recorded: the report after the last one submitted by `on`, at the date the
  /// Committee set for it (rule R3) or the text's (rules R1, R2).
  void next_after_submissions(report_position& p, date_t on) const {
    for (const auto& s : reports_->submissions)
      if (s.state == p.state && s.submitted <= on) p.submitted.push_back(s);
    std::stable_sort(p.submitted.begin(), p.submitted.end(),
                     [](const auto& a, const auto& b) { return a.submitted < b.submitted; });
    const bool has_initial = std::any_of(p.submitted.begin(), p.submitted.end(),
                                         [](const auto& s) { return s.kind == report_kind::initial; });
    if (!has_initial) {
      p.next_report = report_kind::initial;
      p.next_due = override_or(p.state, report_kind::initial, std::nullopt, p.initial_due);
      return;
    }
    p.next_report = report_kind::periodic;
    const date_t last = p.submitted.back().submitted;
    auto computed = periodic_after(p, last, on);
    p.next_due = override_or(p.state, report_kind::periodic, last, computed);
    if (p.next_due && p.next_due->why.rule == "R3") p.periodic_number.reset();
  }

  /// Without submissions (no reports file): the first report the text's schedule makes due on or
  /// after `on` — the initial report while its date has not passed, else the periodic report of the
  /// first cycle ending on or after `on` (rules R1, R2), or none computed where the text asks
  /// reports only on the Committee's request (rule R4). Whether earlier reports were submitted is
  /// not known, so nothing is said to be overdue.
  void next_in_schedule(report_position& p, date_t on) const {
    if (p.initial_due->date >= on) {
      p.next_report = report_kind::initial;
      p.next_due = p.initial_due;
      return;
    }
    p.next_report = report_kind::periodic;
    p.next_due = periodic_after(p, std::nullopt, on);
    if (p.on_request)
      p.explanation = "The initial report fell due on " + to_prose(p.initial_due->date) + " (" +
                      treaty_.cite(p.initial_due->why) + "). " + p.explanation;
  }

  /// Rule R1: the initial report is due a period (two years) after the entry into force for the State.
  dated initial_report_due(const report_position& p) const {
    const auto& rc = treaty_.rules().reporting;
    dated initial;
    initial.date = treaty_.add(p.entry_into_force->date, rc.initial);
    initial.why.rule = "R1";
    initial.why.article = rc.article;
    initial.why.anchor = p.entry_into_force->date;
    initial.why.delay = rc.initial;
    initial.why.source = rc.source;
    initial.why.reasoning = clause(rc.article) + ": the initial report is due within " + to_string(rc.initial) +
                            " following the entry into force for " + detail::state_in_prose(p.state) + " on " +
                            to_prose(p.entry_into_force->date) + ", by " + to_prose(initial.date) + "." +
                            source_caveat();
    return initial;
  }

  /// Whether the next report is overdue (known only with a reports file), and the sentence.
  void describe_next(report_position& p, date_t on, bool left, const std::optional<date_t>& leaves) const {
    if (reports_) {
      const bool late = on > p.next_due->date;
      p.overdue = late ? overdue_state::overdue : overdue_state::on_time;
      p.days_overdue = late ? date::sys_days{on} - date::sys_days{p.next_due->date} : date::days{0};
    }
    p.explanation = "Next: the " + next_report_name(p) + ", due " + to_prose(p.next_due->date) + " (" +
                    treaty_.cite(p.next_due->why) + ")";
    if (!reports_ && *p.next_report == report_kind::periodic)
      p.explanation += ", the first the text's schedule makes due on or after " + to_prose(on) +
                       " (the initial report fell due on " + to_prose(p.initial_due->date) + ").";
    else if (!reports_)
      p.explanation += ".";
    else if (p.overdue == overdue_state::overdue)
      p.explanation += "; overdue by " + std::to_string(p.days_overdue->count()) + " days on " + to_prose(on) + ".";
    else
      p.explanation += ".";
    if (left)
      p.explanation += " That report fell due while " + detail::state_in_prose(p.state) +
                       " was a party: its denunciation, effective " + to_prose(*leaves) +
                       ", does not release it from an obligation already due (VCLT art. 70(1)(b)).";
    // Rule R3: the text's dates are the Committee's to change, and pacta knows them only from a reports file.
    if (p.next_due->why.rule != "R3")
      p.explanation +=
          " The Committee's own schedule (a simplified reporting procedure, combined reports, its review "
          "calendar) can replace the text's dates: a date it sets goes in the reports file (rule R3).";
  }

 public:
  /// The position of every State that had consented by `on` (and of States whose denunciation has
  /// taken effect, which owe only the reports that fell due before), in registry order.
  std::vector<report_position> positions(date_t on) const {
    detail::require_date(on);
    std::vector<report_position> out;
    for (const auto& s : treaty_.states()) {
      const status st = treaty_.status_code(s.state, on);
      if (!has_standing_consent(st) && st != status::denounced) continue;
      out.push_back(position(s.state, on));
    }
    return out;
  }

 private:
  /// How a reasoning names the clause: "Article 12(1)", or "ECOSOC res. 1988/4 (under article
  /// 17(1))" where another instrument sets the dates (`reporting_clause::source`).
  std::string clause(const std::string& article) const {
    const auto& src = treaty_.rules().reporting.source;
    return src.empty() ? "Article " + article : src + " (under article " + article + ")";
  }

  /// Where another instrument sets the dates, what pacta does not know of it: it is applied to every
  /// date, also to reports due before it was adopted, which an earlier programme governed.
  std::string source_caveat() const {
    const auto& src = treaty_.rules().reporting.source;
    return src.empty() ? std::string()
                       : " pacta applies " + src +
                             " to every date, also to reports that fell due before it was adopted (an earlier "
                             "programme governed those, which pacta does not model; a date the Committee set goes in "
                             "the reports file, rule R3).";
  }

  /// The first periodic due date after the last submission `last` or, without one, on or after `on`
  /// (rule R2); sets the cycle's number.
  std::optional<dated> periodic_after(report_position& p, std::optional<date_t> last, date_t on) const {
    const auto& rc = treaty_.rules().reporting;
    date_t anchor = p.initial_due->date;
    period cycle = rc.periodic;
    dated d;
    d.why.rule = "R2";
    d.why.article = rc.periodic_article;
    std::string scheme;
    const bool parent_party = rc.periodic_in_parent_reports && parent_ && parent_->rules().reporting.present &&
                              parent_->find(p.state) && !parent_->find(p.state)->consents.empty() &&
                              parent_->status_code(p.state, on) != status::denounced;
    if (parent_party) {
      const auto parent_eif = parent_->entry_into_force_for(p.state);
      const auto& prc = parent_->rules().reporting;
      if (!parent_eif) {
        p.explanation = "Article " + rc.periodic_article + ": " + detail::state_in_prose(p.state) + " reports in its " +
                        parent_->rules().short_title + " periodic reports, but no date of entry into force of the " +
                        parent_->rules().short_title + " is recorded for it, so their due dates cannot be computed.";
        return std::nullopt;
      }
      anchor = treaty_.add(parent_eif->date, prc.initial);
      cycle = prc.periodic;
      scheme = "Article " + rc.periodic_article + ": after its initial report, " + detail::state_in_prose(p.state) +
               " includes further information in its " + parent_->rules().short_title + " periodic reports (" +
               parent_->rules().short_title + " art. " + prc.periodic_article + "), due every " + to_string(cycle) +
               " from " + to_prose(anchor) + " (the " + parent_->rules().short_title +
               " entered into force for it on " + to_prose(parent_eif->date) + ", initial report due " +
               to_string(prc.initial) + " later)";
    } else if (rc.periodic_on_request) {
      // Rule R4: no cycle; further reports only "whenever the Committee so requests" (ICCPR art.
      // 40(1)(b), CED art. 29(4)). A due date the Committee set is used (R3, `override_or`).
      p.on_request = true;
      p.explanation = "Article " + rc.periodic_article + ": after its initial report, " +
                      detail::state_in_prose(p.state) + " reports whenever the Committee so requests: the " +
                      treaty_.rules().short_title +
                      " sets no cycle, so no periodic due date is computed (rule R4); a due date the Committee set "
                      "can be recorded in a reports file (rule R3).";
      return std::nullopt;
    } else {
      // Rule R2, unsettled: the five years count from the initial report's due date (default) or,
      // with report_cycle_anchor::initial_submitted, from its submission when recorded.
      const auto initial = std::find_if(p.submitted.begin(), p.submitted.end(),
                                        [](const auto& s) { return s.kind == report_kind::initial; });
      const bool from_submission =
          treaty_.options().report_anchor == report_cycle_anchor::initial_submitted && initial != p.submitted.end();
      if (from_submission) anchor = initial->submitted;
      // "not a party to" the parent only where the treaty has one whose reports would carry it (OPSC
      // art. 12(2)); a treaty with no parent simply reports every cycle.
      const std::string who = rc.periodic_in_parent_reports && !treaty_.rules().parent.empty()
                                  ? detail::state_in_prose(p.state) + " is not a party to the " +
                                        (parent_ ? parent_->rules().short_title : treaty_.rules().parent) +
                                        " and reports every "
                                  : detail::state_in_prose(p.state) + " reports every ";
      d.why.source = rc.source;
      scheme = clause(rc.periodic_article) + ": " + who + to_string(cycle) + " counted from " +
               (from_submission ? "the submission of its initial report, " : "its initial report's due date, ") +
               to_prose(anchor);
    }
    // Each cycle is anchor + n × cycle (rule P1: counted from the anchor, never chained).
    for (int n = 1; n < 10000; ++n) {
      const date_t due = treaty_.add(anchor, period{cycle.count * n, cycle.unit});
      if (!in_range(due)) {  // after 31 December 9999: no date pacta can write
        p.explanation = scheme +
                        "; the next due date would fall after 31 December 9999, the last date pacta handles, "
                        "so none is given.";
        return std::nullopt;
      }
      if (last ? due <= *last : due < on) continue;
      d.date = due;
      d.why.anchor = anchor;
      d.why.delay = period{cycle.count * n, cycle.unit};
      d.why.reasoning = scheme + "; the first due date " +
                        (last ? "after its last report of " + to_prose(*last) : "on or after " + to_prose(on)) +
                        " is " + to_prose(due) + ", the " + detail::ordinal(static_cast<std::size_t>(n)) +
                        " after the initial report." + source_caveat();
      p.periodic_number = n;
      return d;
    }
    return std::nullopt;
  }

  /// A Committee-set due date for this report after `after`, when one is recorded (rule R3); else
  /// the computed date.
  std::optional<dated> override_or(std::string_view state, report_kind kind, std::optional<date_t> after,
                                   std::optional<dated> computed) const {
    if (!reports_) return computed;
    const committee_due_date* best = nullptr;
    for (const auto& d : reports_->due_dates) {
      if (d.state != state || d.kind != kind) continue;
      if (after && d.due <= *after) continue;
      if (!best || d.due < best->due) best = &d;
    }
    if (!best) return computed;
    dated out;
    out.date = best->due;
    out.why.rule = "R3";
    out.why.article = treaty_.rules().reporting.committee_article;
    out.why.reasoning = "The Committee set the due date " + to_prose(best->due) + " (" + best->source + ")" +
                        (computed ? ", which replaces the computed " + to_prose(computed->date) : std::string()) + ".";
    return out;
  }

  const treaty_record& treaty_;
  const treaty_record* parent_;
  const reports_file* reports_;
};

}  // namespace pacta
