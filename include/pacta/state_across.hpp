// pacta/state_across.hpp — one State across every treaty of a `treaty_set`.
//
// A treaty office asks of a State not one treaty's story but all of them: to which instruments is
// it bound, since when, under which article; what has it declared; which reports does it owe to
// which committee, and when. `state_across` answers from the records of a set, treaty by treaty,
// with the same computations as each treaty's own queries (status_on, entry_into_force_of,
// standing_denunciation, optional_declarations, binding_text, reporting::position), and gathers the
// report due dates of every treaty into one calendar, soonest first.
//
// Example (Benin on 30 November 2026, with the bundled data):
//   pacta::treaty_set set("data", pacta::all_treaties_options());
//   pacta::load_every_registry(set);
//   const auto benin = pacta::state_across(set, "Benin", 2026_y / 11 / 30);
//   benin.treaties[k].treaty->rules().id;              // "icescr", "cedaw", …, in chapter order
//   benin.treaties[k].entry_into_force->date;           // CAT: 1992-04-11 (art. 27(2), rule E4)
//   benin.calendar.front().due.date;                    // the soonest report due under any treaty
#pragma once

#include <pacta/diagnostic.hpp>
#include <pacta/record.hpp>
#include <pacta/reporting.hpp>
#include <pacta/state_lookup.hpp>
#include <pacta/state_names.hpp>
#include <pacta/state_standing.hpp>
#include <pacta/treaty_set.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace pacta {

/// The options for a set of every bundled treaty: each treaty's reporting parent is loaded (OPSC
/// art. 12(2)), and a treaty whose eligibility parent has no registry in the data (ICCPR-OP1: the
/// Covenant) is built without that check, which `unchecked_parents` then names.
inline treaty_set_options all_treaties_options(record_options record = {}) {
  treaty_set_options o;
  o.skip_missing_eligibility_parents = true;
  o.with_reporting_parents = true;
  o.record = std::move(record);
  return o;
}

/// The treaty ids of a data directory's files of one kind ("registries" or "treaties": `KIND/ID.json`), sorted.
inline std::vector<std::string> data_ids(const std::string& data_dir, const char* kind) {
  return detail::json_stems(detail::join_path(data_dir, kind));
}

/// The treaty ids of the registries in a data directory (`registries/ID.json`), sorted.
inline std::vector<std::string> registry_ids(const std::string& data_dir) {
  return data_ids(data_dir, "registries");
}

/// The treaty ids of the profiles in a data directory (`treaties/ID.json`), sorted.
inline std::vector<std::string> profile_ids(const std::string& data_dir) {
  return data_ids(data_dir, "treaties");
}

namespace detail {
/// The value of a chapter's Roman numeral ("XXVI": 26); 0 for a text that is not one.
inline int roman_value(const std::string& s) {
  int total = 0, last = 0;
  for (auto it = s.rbegin(); it != s.rend(); ++it) {
    const int v = *it == 'I' ? 1 : *it == 'V' ? 5 : *it == 'X' ? 10 : *it == 'L' ? 50 : *it == 'C' ? 100 : 0;
    if (v == 0) return 0;
    total += v < last ? -v : v;
    last = v < last ? last : v;
  }
  return total;
}
}  // namespace detail

/// The order of the Secretary-General's chapters: "IV-3" < "IV-3-a" < "IV-11" < "IV-11-b" < "XXVI-1";
/// the chapter's Roman numeral by its value, each other part as a number where it is one; an empty
/// chapter last.
inline bool chapter_less(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return !a.empty() && b.empty();
  auto parts = [](const std::string& s) {
    std::vector<std::string> out(1);
    for (char c : s)
      if (c == '-')
        out.emplace_back();
      else
        out.back() += c;
    return out;
  };
  const auto pa = parts(a), pb = parts(b);
  for (std::size_t i = 0; i < pa.size() && i < pb.size(); ++i) {
    if (pa[i] == pb[i]) continue;
    if (i == 0 && detail::roman_value(pa[0]) && detail::roman_value(pb[0]))  // IX before XXI, V after IV
      return detail::roman_value(pa[0]) < detail::roman_value(pb[0]);
    const bool na = !pa[i].empty() && pa[i].find_first_not_of("0123456789") == std::string::npos;
    const bool nb = !pb[i].empty() && pb[i].find_first_not_of("0123456789") == std::string::npos;
    if (na && nb && pa[i].size() != pb[i].size()) return pa[i].size() < pb[i].size();
    return pa[i] < pb[i];
  }
  return pa.size() < pb.size();
}

/// Builds the record of every registry of the set's data directory, with the registries they need.
/// Throws `load_error` with every diagnostic when one cannot be built; nothing is half-loaded: the
/// records built before stay valid.
inline void load_every_registry(treaty_set& set) {
  const auto ids = registry_ids(set.data_dir());
  set.read_ahead(ids);  // the files, several at once; the records are then built in this order
  for (const auto& id : ids) set.load(id);
}

/// Whether a treaty of the depositary's chapter `of` ("XXVI-2-a") is in `chapter`: the chapter
/// itself ("XXVI"), a treaty's own number and what is under it ("XXVI-2": the CCW and its
/// Protocols), or `of` exactly. Every treaty is in an empty `chapter`.
inline bool in_chapter(std::string_view of, std::string_view chapter) {
  if (chapter.empty() || of == chapter) return true;
  return of.size() > chapter.size() && of.substr(0, chapter.size()) == chapter && of[chapter.size()] == '-';
}

/// The same for the registries of the treaties in `chapter` (`in_chapter`) only, with the
/// registries they need (whatever their chapter). A profile that cannot be read is loaded anyway,
/// so that its error is thrown. (Each profile is read to learn its chapter, and again by `load`:
/// without a chapter, nothing is read twice.)
inline void load_every_registry(treaty_set& set, std::string_view chapter) {
  if (chapter.empty()) return load_every_registry(set);
  std::vector<std::string> ids;
  for (const auto& id : registry_ids(set.data_dir())) {
    std::vector<diagnostic> diags;
    const auto rules = set.rules_for(id, diags);
    if (!rules || in_chapter(rules->untc_chapter, chapter)) ids.push_back(id);
  }
  set.read_ahead(ids);
  for (const auto& id : ids) set.load(id);
}

/// A treaty of a set whose rules name a treaty that has no record in the set.
struct unchecked_parent {
  const treaty_record* treaty = nullptr;  ///< the treaty that names it (ICCPR-OP1)
  std::string named;                      ///< the id it names, of which the set has no record ("iccpr")
  /// "ICCPR-OP1: iccpr", as a line of text may say it.
  std::string to_string() const { return treaty->rules().short_title + ": " + named; }
};

/// The treaties whose rules name a treaty (eligibility, rule E7) that has no record in the set: what
/// depends on it was NOT checked. A parent named only for its reports (article 12(2)) or its
/// denunciation (rule D7: the record says what is not known, `parent_denunciations_not_known`) is
/// not listed. They point into the set.
std::vector<unchecked_parent> unchecked_parents(const treaty_set&& set) = delete;
inline std::vector<unchecked_parent> unchecked_parents(const treaty_set& set) {
  std::vector<unchecked_parent> out;
  for (const treaty_record* r : set.records()) {
    const auto& rules = r->rules();
    auto checked = eligibility_parents(rules);
    for (const auto& id : entry_into_force_treaties(rules)) checked.push_back(id);
    for (const auto& id : needed_treaties(rules))
      if (!set.find(id) && (id != rules.parent || std::find(checked.begin(), checked.end(), id) != checked.end()))
        out.push_back({r, id});
  }
  return out;
}

/// The States that had signed by `on`, as the depositary counts its "Signatories": a State that
/// went on to consent still counts, and so does a successor that took its predecessor's signature
/// (UNTC `d`); a State whose denunciation has taken effect does not (the page brackets its
/// signature: Jamaica's of ICCPR-OP1, so that the page prints 35), nor a former State once it
/// ceased to exist (rule F1).
inline std::size_t signatories_on(const treaty_record& rec, date_t on) {
  detail::require_date(on);
  std::size_t n = 0;
  for (const auto& s : rec.states())
    if (s.signature && *s.signature <= on &&
        !(s.gone_on(on) || (s.kind == participant_kind::former_state && !s.ceased && s.existed_through)) &&
        rec.status_code(s.state, on) != status::denounced)
      ++n;
  return n;
}

/// The record a treaty's reports are due with (OPSC art. 12(2): the Convention's), when in the set.
inline const treaty_record* reporting_parent(const treaty_set& set, const treaty_record& rec) {
  return rec.rules().parent.empty() ? nullptr : set.find(rec.rules().parent);
}

/// The records of a set in the order of the depositary's chapters (ICERD IV-2 first); they point
/// into the set (not on a temporary set).
std::vector<const treaty_record*> records_by_chapter(const treaty_set&& set) = delete;
inline std::vector<const treaty_record*> records_by_chapter(const treaty_set& set) {
  auto out = set.records();
  std::stable_sort(out.begin(), out.end(), [](const treaty_record* a, const treaty_record* b) {
    return chapter_less(a->rules().untc_chapter, b->rules().untc_chapter);
  });
  return out;
}

/// One report due, for the calendar across treaties.
struct report_due {
  const treaty_record* treaty = nullptr;
  report_kind kind = report_kind::initial;
  std::optional<int> periodic_number;  ///< as `report_position::periodic_number`
  dated due;
  overdue_state overdue = overdue_state::unknown;
};

/// The State across the treaties of a set.
struct state_overview {
  std::string state;
  date_t on;
  std::vector<treaty_standing> treaties;  ///< one per record of the set, in chapter order
  std::vector<report_due> calendar;       ///< the next report owed under each treaty, soonest first
  /// The treaties with a reporting clause under which the State owes reports but no due date could
  /// be computed (its entry into force not known: a succession without its date, rule E5).
  std::vector<const treaty_record*> not_computed;
};

/// The reports files by treaty id (each file's `treaty`); a treaty with none has submissions not recorded.
using reports_by_treaty = std::map<std::string, const reports_file*>;

/// The name under which a registry records `state`: the same name, else (with a name table) the
/// name of the registry that the table gives the same ISO code ("Czechia" for "Czech Republic");
/// empty when the registry records neither.
inline std::string name_in(const treaty_record& rec, const std::string& state, const state_names* names = nullptr) {
  if (rec.find(state)) return state;
  const state_name* wanted = names ? names->lookup(state) : nullptr;
  if (!wanted) return {};
  for (const auto& s : rec.states())
    if (names->lookup(s.state) == wanted) return s.state;  // the same entry of the table, not merely equal codes
  return {};
}

/// The State `typed` under one treaty of the set on `on` (`standing_of`, with the treaty's reporting
/// parent from the set); with a name table, also where the registry records it under another name
/// of the same State (`name_in`).
inline treaty_standing standing_under(const treaty_set& set, const treaty_record& rec, const std::string& typed,
                                      date_t on, const reports_file* reports = nullptr,
                                      const state_names* names = nullptr) {
  const std::string found = name_in(rec, typed, names);
  return standing_of(rec, reporting_parent(set, rec), found.empty() ? typed : found, on, reports);
}

/// Every State a set records (registry names), sorted, each once; former States and organizations too.
inline std::vector<std::string> states_of(const treaty_set& set) {
  std::unordered_set<std::string_view> seen;  // most States are under most treaties: each name kept once
  std::vector<std::string> out;
  for (const treaty_record* rec : set.records())
    for (const auto& s : rec->states())
      if (seen.insert(s.state).second) out.push_back(s.state);
  std::sort(out.begin(), out.end());
  return out;
}

/// The State named `typed` across every treaty of the set on `on`, with the reports files given (by
/// treaty id). The name is resolved as under one treaty (pacta/state_lookup.hpp) over the names of
/// every registry of the set: a registry name, or with a name table any name, code or other name of
/// a State; a registry that records the State under another of its names is found too (`name_in`).
/// Throws `query_error` ("did you mean") for a name that denotes no State, or several, and for a
/// date that is not a calendar date. The overview points into the set: it must not outlive it.
/// On a temporary set the overview would dangle, and a State is never an integer (a null name): neither
/// compiles.
state_overview state_across(const treaty_set&& set, std::string_view typed, date_t on,
                            const reports_by_treaty& reports = {}, const state_names* names = nullptr) = delete;
template <class I, class = detail::if_not_a_state<I>>
state_overview state_across(const treaty_set& set, I typed, date_t on, const reports_by_treaty& reports = {},
                            const state_names* names = nullptr) = delete;
inline state_overview state_across(const treaty_set& set, std::string_view typed, date_t on,
                                   const reports_by_treaty& reports = {}, const state_names* names = nullptr) {
  detail::require_date(on);
  const state_match m = match_state(states_of(set), typed, names);
  if (!m.name) throw query_error(unmatched_message(m, typed, "the registries of the set"));
  const std::string& state = *m.name;
  state_overview o;
  o.state = state;
  o.on = on;
  for (const treaty_record* rec : records_by_chapter(set)) {
    const auto it = reports.find(rec->rules().id);
    o.treaties.push_back(standing_under(set, *rec, state, on, it == reports.end() ? nullptr : it->second, names));
    const auto& p = o.treaties.back().reporting;
    if (p && p->owes_reports && p->next_due && p->next_report)
      o.calendar.push_back({rec, *p->next_report, p->periodic_number, *p->next_due, p->overdue});
    else if (p && p->owes_reports && !p->entry_into_force)
      o.not_computed.push_back(rec);
  }
  std::stable_sort(o.calendar.begin(), o.calendar.end(),
                   [](const report_due& a, const report_due& b) { return a.due.date < b.due.date; });
  return o;
}

}  // namespace pacta
