// pacta/detail/build_amendments.hpp — building a treaty_record: amendments, rules A1–A3.
//
// What it checks and gives (`amendments_of`, a function of the record's parts), for each amendment (OPSC art. 16 and
// its like in each profile's `amendment`): its proposal by a State Party, its communication, the favours of a
// conference within the window and whether a third of the States Parties favoured one (A1), its adoption and the vote
// (A2), the General Assembly's approval, the acceptances, and its entry into force at two thirds of the States Parties
// after approval (A3). Codes amendment.*. Rule A4 (from when an amendment binds a State) is a query:
// pacta/treaty_record.hpp. Part of `pacta::try_build_record` (pacta/record.hpp); docs/rules.md names the rules and
// their tests.
#pragma once

#include <pacta/clause/first_met.hpp>

#include <pacta/detail/record_builder.hpp>
#include <pacta/detail/registry_spelling.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace pacta::detail {

/// The amendments of a record being built (rules A1–A3): the passes over the amendment actions, each
/// step a member, reading the record's parts and filling `amendments`. `amendments_of` runs them.
struct amendment_pass {
  const record_parts& parts;
  detail::diagnostic_sink err;
  std::string art;  ///< "article 16"
  const record_builder::amendment_state_list& amendment_states;
  std::vector<amendment_record> amendments;
  std::vector<std::size_t> late_favours;  ///< favours after the window, judged once the outcome is known
  /// Per amendment, per State: whether it favoured a conference, or accepted.
  std::vector<std::vector<bool>> favoured, accepted;

  bool once(std::optional<date_t>& slot, const action& a, std::size_t i, const char* what) const;
  static bool first_time(std::vector<std::vector<bool>>& seen, std::size_t amendment, std::size_t state,
                         std::size_t states);
  const amendment_record* find_amendment(std::string_view id) const noexcept {
    for (const auto& a : amendments)
      if (a.id == id) return &a;
    return nullptr;
  }
  void run();
  void read_proposals();
  void read_amendment_action(std::size_t i);
  void read_favour(std::size_t i, amendment_record& a, std::size_t si);
  void read_approval(std::size_t i, amendment_record& a);
  void read_acceptance(std::size_t i, amendment_record& a, std::size_t si);
  void check_amendment_outcomes() const;
  /// Rule A2: a recorded vote adopts the amendment when the votes in favour exceed those against
  /// (a majority of the States Parties present and voting); otherwise the amendment was not adopted.
  /// More votes than there are States Parties on the day is impossible data (`amendment.vote`).
  void check_vote(amendment_record& a, const action& act, std::size_t i) const;
  void compute_conference(amendment_record& a) const;
  /// Rule A3 (art. 16(2)): in force on the first day on which the General Assembly has approved the
  /// amendment and the acceptances by States that are parties on that day reach two thirds (rounded
  /// up) of the States Parties on that day (or, with `amendment_count_basis::approval`, on the day
  /// of approval). The count changes on the approval, on each acceptance and on every day the number
  /// of States Parties changes (a State joining, a denunciation taking effect): each is tested. An
  /// acceptance stops counting when its State's denunciation takes effect.
  void compute_amendment_entry_into_force(amendment_record& a) const;
  std::string not_in_force_sentence(const clause::timeline& t, const clause::named& named, date_t by,
                                    std::size_t counting) const;
  /// The date and reasoning of an amendment's entry into force on `t` (rule A3).
  dated amendment_entry(const amendment_record& a, date_t t, const std::vector<std::optional<date_t>>& until,
                        std::size_t parties, std::size_t needed) const;
};

/// The amendments of the record's parts (rules A1–A3), every fault in `diags`: the proposals (they
/// define the ids); every other amendment action in date order; then the outcomes (A1, A3) and the
/// checks that need them. `amendment_states`: (action index, State index) of the States' amendment
/// actions, as the pass over the actions found them.
inline std::vector<amendment_record> amendments_of(const record_parts& r,
                                                   const record_builder::amendment_state_list& amendment_states,
                                                   std::vector<diagnostic>& diags) {
  amendment_pass pass{r,
                      detail::diagnostic_sink(r.registry_.file, diags),
                      "article " + r.rules_.amendment.article,
                      amendment_states,
                      {},
                      {},
                      {},
                      {}};
  pass.run();
  return std::move(pass.amendments);
}

/// The three passes: the proposals, the other actions in date order, the outcomes and their checks.
inline void amendment_pass::run() {
  read_proposals();
  if (!parts.rules_.amendment.present) return;
  favoured.resize(amendments.size());
  accepted.resize(amendments.size());
  // The amendment's life in date order (actions of different States, and the Secretary-General's,
  // interleave in the file: one State's actions are kept together), the file's order within a day.
  std::vector<std::size_t> in_date_order;
  for (std::size_t i = 0; i < parts.registry_.actions.size(); ++i)
    if (is_amendment_action(parts.registry_.actions[i].kind) &&
        parts.registry_.actions[i].kind != action_kind::amendment_proposal)
      in_date_order.push_back(i);
  std::stable_sort(in_date_order.begin(), in_date_order.end(), [&](std::size_t x, std::size_t y) {
    return parts.registry_.actions[x].date < parts.registry_.actions[y].date;
  });
  for (const std::size_t i : in_date_order) read_amendment_action(i);
  for (auto& r : amendments) {
    auto by_date = [](const auto& x, const auto& y) { return x.second < y.second; };
    std::stable_sort(r.favours.begin(), r.favours.end(), by_date);
    std::stable_sort(r.acceptances.begin(), r.acceptances.end(), by_date);
    compute_conference(r);
    compute_amendment_entry_into_force(r);
  }
  check_amendment_outcomes();
}

/// Proposals: each defines an amendment's id, once, and only a State Party proposes (art. 16(1)).
inline void amendment_pass::read_proposals() {
  for (std::size_t i = 0; i < parts.registry_.actions.size(); ++i) {
    const action& a = parts.registry_.actions[i];
    if (!is_amendment_action(a.kind)) continue;
    if (!parts.rules_.amendment.present) {
      err(i, "/action", "amendment.unknown", "the " + parts.rules_.short_title + " profile has no amendment clause");
      continue;
    }
    if (a.kind != action_kind::amendment_proposal) continue;
    if (find_amendment(a.amendment)) {
      err(i, "/amendment", "amendment.duplicate", "a second proposal with the id \"" + a.amendment + "\"");
      continue;
    }
    if (!parts.is_party_for_amendments(a.state, a.date))
      err(i, "/state", "amendment.not-party",
          "article " + parts.rules_.amendment.cited(1) + ": only a State Party may propose an amendment; " + a.state +
              " is not one on " + to_iso(a.date));
    amendment_record r;
    r.id = a.amendment;
    r.proposer = a.state;
    r.proposed = a.date;
    amendments.push_back(std::move(r));
  }
}

/// Sets an amendment's date of communication, adoption or approval, once.
inline bool amendment_pass::once(std::optional<date_t>& slot, const action& a, std::size_t i, const char* what) const {
  if (slot) {
    err(i, "", "amendment.duplicate",
        std::string("amendment ") + a.amendment + " already has its " + what + " (" + to_iso(*slot) + ")");
    return false;
  }
  slot = a.date;
  return true;
}

/// Whether the State (by index) favours or accepts the amendment (by index) for the first time.
inline bool amendment_pass::first_time(std::vector<std::vector<bool>>& seen, std::size_t amendment, std::size_t state,
                                       std::size_t states) {
  std::vector<bool>& flags = seen[amendment];
  if (flags.empty()) flags.assign(states, false);
  if (flags[state]) return false;
  flags[state] = true;
  return true;
}

/// One amendment action other than a proposal, in date order.
inline void amendment_pass::read_amendment_action(std::size_t i) {
  const action& a = parts.registry_.actions[i];
  amendment_record* r = nullptr;
  for (auto& candidate : amendments)
    if (candidate.id == a.amendment) {
      r = &candidate;
      break;
    }
  if (!r) {
    err(i, "/amendment", "amendment.unknown",
        "no amendment-proposal has the id \"" + a.amendment + "\": record the proposal first");
    return;
  }
  // The acting State's index, as the main pass found it (organ acts have none).
  const auto found =
      std::lower_bound(amendment_states.begin(), amendment_states.end(), i,
                       [](const std::pair<std::uint32_t, std::uint32_t>& e, std::size_t k) { return e.first < k; });
  const std::size_t si = is_organ_act(a.kind)                                   ? 0
                         : found != amendment_states.end() && found->first == i ? found->second
                                                                                : parts.state_index(a.state);
  switch (a.kind) {
    case action_kind::amendment_communication:
      if (a.date < *r->proposed)
        err(i, "/date", "amendment.order",
            "the communication of amendment " + r->id + " (" + to_iso(a.date) + ") precedes its proposal (" +
                to_iso(*r->proposed) + ")");
      else
        once(r->communicated, a, i, "communication");
      break;
    case action_kind::amendment_favour:
      read_favour(i, *r, si);
      break;
    case action_kind::amendment_adoption:
      if (!r->communicated || a.date < *r->communicated)
        err(i, "/date", "amendment.order",
            "amendment " + r->id + " was adopted before it was communicated to the States Parties");
      else if (r->vote_failed)
        err(i, "", "amendment.duplicate",
            "amendment " + r->id + " already has its adoption vote (" + to_iso(*r->vote_failed) + ", not carried)");
      else if (once(r->adopted, a, i, "adoption"))
        check_vote(*r, a, i);
      break;
    case action_kind::amendment_approval:
      read_approval(i, *r);
      break;
    case action_kind::amendment_acceptance:
      read_acceptance(i, *r, si);
      break;
    case action_kind::amendment_declined:
      r->declined.emplace_back(si, a.date);
      break;
    default:
      break;
  }
}

/// Rule A1: a State Party favours a conference after the communication; a favour after the window
/// is judged once the window's outcome is known (`check_amendment_outcomes`).
inline void amendment_pass::read_favour(std::size_t i, amendment_record& r, std::size_t si) {
  const action& a = parts.registry_.actions[i];
  if (!parts.rules_.amendment.conference) {
    err(i, "/action", "amendment.no-conference",
        art + ": the " + parts.rules_.short_title +
            " convenes no conference on an amendment (its profile gives no \"conference_window\"), so no State "
            "favours one");
    return;
  }
  if (!r.communicated || a.date < *r.communicated) {
    err(i, "/date", "amendment.favour-window",
        "article " + parts.rules_.amendment.cited(1) + ": " + a.state + " favoured a conference on " + to_iso(a.date) +
            " before the Secretary-General communicated amendment " + r.id);
  } else if (!parts.is_party_for_amendments(si, a.date)) {
    err(i, "/state", "amendment.not-party",
        "article " + parts.rules_.amendment.cited(1) +
            ": only States Parties are asked whether they favour a conference; " + a.state + " is not one on " +
            to_iso(a.date));
  } else if (!amendment_pass::first_time(favoured, static_cast<std::size_t>(&r - amendments.data()), si,
                                         parts.states_.size())) {
    err(i, "", "amendment.duplicate", a.state + " already favoured a conference on amendment " + r.id);
  } else {
    r.favours.emplace_back(si, a.date);
    if (a.date > parts.add(*r.communicated, parts.rules_.amendment.conference_window)) late_favours.push_back(i);
  }
}

/// The General Assembly approves an amendment the conference adopted (art. 16(2)).
inline void amendment_pass::read_approval(std::size_t i, amendment_record& r) {
  const action& a = parts.registry_.actions[i];
  if (!parts.rules_.amendment.approval) {
    err(i, "/action", "amendment.order",
        art + ": an amendment to the " + parts.rules_.short_title +
            " needs no approval after its adoption (its profile says \"approval\": false): the acceptances count "
            "from the adoption");
    return;
  }
  if (!r.adopted || a.date < *r.adopted)
    err(i, "/date", "amendment.order",
        "article " + parts.rules_.amendment.cited(1) +
            ": the General Assembly approves an amendment adopted by the conference; amendment " + r.id +
            (r.adopted       ? " was adopted only on " + to_iso(*r.adopted)
             : r.vote_failed ? " was not adopted (the vote of " + to_iso(*r.vote_failed) + " did not carry, rule A2)"
                             : std::string(" has no recorded adoption")) +
            ", so an approval on " + to_iso(a.date) + " comes before adoption");
  else
    once(r.approved, a, i, "approval");
}

/// A State Party accepts an adopted amendment, once (art. 16(2)–(3)).
inline void amendment_pass::read_acceptance(std::size_t i, amendment_record& r, std::size_t si) {
  const action& a = parts.registry_.actions[i];
  if (!r.adopted || a.date < *r.adopted) {
    err(i, "/date", "amendment.acceptance-before-adoption",
        a.state + " accepted amendment " + r.id + " on " + to_iso(a.date) +
            (r.adopted ? ", before its adoption on " + to_iso(*r.adopted)
             : r.vote_failed
                 ? ", which was not adopted (the vote of " + to_iso(*r.vote_failed) + " did not carry, rule A2)"
                 : std::string(", which has no recorded adoption")) +
            ": only an adopted amendment can be accepted");
  } else if (!parts.is_party_for_amendments(si, a.date)) {
    err(i, "/state", "amendment.not-party",
        "article " + parts.rules_.amendment.cited(2) + ": only States Parties accept an amendment; " + a.state +
            " is not one on " + to_iso(a.date));
  } else if (!amendment_pass::first_time(accepted, static_cast<std::size_t>(&r - amendments.data()), si,
                                         parts.states_.size())) {
    err(i, "", "amendment.duplicate", a.state + " already accepted amendment " + r.id);
  } else {
    r.acceptances.emplace_back(si, a.date);
  }
}

/// The checks that need an amendment's outcome: a favour after the window matters only when the
/// conference was not already due; an adoption without a conference due; a declaration under VCLT
/// art. 40(5) by a State that may not make one.
inline void amendment_pass::check_amendment_outcomes() const {
  for (std::size_t i : late_favours) {
    const action& a = parts.registry_.actions[i];
    const amendment_record* r = find_amendment(a.amendment);
    if (r && !r->conference_due)
      err(i, "/date", "amendment.favour-window",
          "article " + parts.rules_.amendment.cited(1) + ": " + a.state + " favoured a conference on " +
              to_iso(a.date) + ", after the " + to_string(parts.rules_.amendment.conference_window) +
              " that closed on " + to_iso(*r->window_end) + "; it cannot count toward the third");
  }
  for (std::size_t i = 0; i < parts.registry_.actions.size(); ++i) {
    const action& a = parts.registry_.actions[i];
    if (!is_amendment_action(a.kind)) continue;
    const amendment_record* r = find_amendment(a.amendment);
    if (!r) continue;
    if (a.kind == action_kind::amendment_adoption && parts.rules_.amendment.conference && !r->conference_due &&
        r->adopted == a.date)
      err(i, "", "amendment.no-conference",
          "article " + parts.rules_.amendment.cited(1) + ": amendment " + r->id +
              " was adopted by a conference, but fewer than " + std::to_string(r->conference_needed) + " of the " +
              std::to_string(r->parties_at_communication) + " States Parties favoured one within " +
              to_string(parts.rules_.amendment.conference_window) +
              " of the communication, so none was to be convened");
    if (a.kind == action_kind::amendment_declined && parts.rules_.amendment.binds_all) {
      err(i, "", "amendment.declined",
          a.state + " cannot decline amendment " + r->id + ": " + art +
              " makes it binding on every party once in force");
      continue;
    }
    if (a.kind == action_kind::amendment_declined) {
      const state_record* s = parts.find(a.state);
      const bool later_party =
          r->entry_into_force && s && !s->consents.empty() && s->consents.back().deposit > r->entry_into_force->date;
      const std::vector<bool>& acc = accepted[static_cast<std::size_t>(r - amendments.data())];
      const bool did_accept = !acc.empty() && s && acc[static_cast<std::size_t>(s - parts.states_.data())];
      if (!later_party || did_accept)
        err(i, "", "amendment.declined",
            a.state + " cannot decline amendment " + r->id +
                ": only a State that becomes a party after the amendment's entry into force, and has not "
                "accepted it, may express a different intention (VCLT art. 40(5))");
    }
  }
}

inline void amendment_pass::check_vote(amendment_record& r, const action& a, std::size_t i) const {
  r.adoption_vote = a.vote();
  if (!a.vote()) return;
  const pacta::vote& v = *a.vote();
  const std::size_t parties = parts.amendment_parties_on(a.date);
  const auto cast = static_cast<std::size_t>(v.in_favour) + static_cast<std::size_t>(v.against) +
                    static_cast<std::size_t>(v.abstaining);
  if (cast > parties) {
    err(i, "/vote", "amendment.vote",
        "article " + parts.rules_.amendment.cited(1) + ", rule A2: the vote on amendment " + r.id + " records " +
            std::to_string(cast) + " States (" + std::to_string(v.in_favour) + " in favour, " +
            std::to_string(v.against) + " against, " + std::to_string(v.abstaining) + " abstaining), more than the " +
            std::to_string(parties) + " States Parties on " + to_iso(a.date) + ": impossible data");
    return;
  }
  if (v.in_favour <= v.against) {
    r.vote_failed = r.adopted;
    r.adopted.reset();
  }
}

inline void amendment_pass::compute_conference(amendment_record& r) const {
  if (!r.communicated || !parts.rules_.amendment.conference) return;
  r.window_end = parts.add(*r.communicated, parts.rules_.amendment.conference_window);
  r.parties_at_communication = parts.amendment_parties_on(*r.communicated);
  r.conference_needed = parts.rules_.amendment.conference_share.of(r.parties_at_communication);
  // The favours within the window, each counting from its day, in date order; the conference is due
  // on the first day they reach the share (the one evaluator, as for E1).
  clause::timeline t;
  for (const auto& [si, when] : r.favours) {
    if (when > *r.window_end) break;
    t.counted.push_back({parts.states_[si].state, when, std::nullopt});
  }
  r.favours_in_window = t.counted.size();
  if (r.conference_needed == 0) return;
  const auto m = clause::first_met(clause::count{r.conference_needed}, t, {});
  if (!m) return;
  const std::size_t nth = r.conference_needed;  // the favour that reached the share, among the day's
  const std::string state(t.counted[m->completing[nth - m->counted_before - 1]].who);
  dated d;
  d.date = m->day;
  d.why.rule = "A1";
  d.why.article = parts.rules_.amendment.article + "(1)";
  d.why.anchor = *r.communicated;
  d.why.delay = parts.rules_.amendment.conference_window;
  d.why.reasoning = state + " was the " + detail::ordinal(nth) + " State Party to favour a conference, on " +
                    to_prose(m->day) + ", within " + to_string(parts.rules_.amendment.conference_window) +
                    " of the communication of " + to_prose(*r.communicated) + ": at least one third of the " +
                    std::to_string(r.parties_at_communication) + " States Parties (" +
                    std::to_string(r.conference_needed) + "), so the conference was to be convened.";
  r.conference_due = d;
}

inline void amendment_pass::compute_amendment_entry_into_force(amendment_record& r) const {
  const amendment_clause& article = parts.rules_.amendment;
  const std::optional<date_t> start = article.approval ? r.approved : r.adopted;
  if (!start) return;
  const date_t approved = *start;
  // Each acceptance counts from its date until its State ceases to be a party; the share is of the
  // parties on each day, or of those on the day of approval (`amendment_count_basis::approval`);
  // the condition is asked from the approval on.
  clause::timeline t;
  t.not_before = approved;
  std::vector<std::optional<date_t>> until(r.acceptances.size());
  for (std::size_t k = 0; k < r.acceptances.size(); ++k) {
    const auto& [si, when] = r.acceptances[k];
    until[k] = parts.party_until(si, when);
    t.counted.push_back({parts.states_[si].state, when, until[k]});
  }
  if (parts.options_.amendment_basis == amendment_count_basis::approval) {
    t.parties.assign(parts.amendment_parties_on(approved), clause::item{{}, approved, std::nullopt});
  } else {
    const auto& steps =
        parts.options_.amendment_party_basis == party_basis::in_force ? parts.bound_timeline_ : parts.consent_timeline_;
    std::vector<std::size_t> open;  // the parties as a step function, as items (they are not named)
    for (const auto& [day, n] : steps) {
      while (open.size() < n) {
        open.push_back(t.parties.size());
        t.parties.push_back({{}, day, std::nullopt});
      }
      for (; open.size() > n; open.pop_back()) t.parties[open.back()].until = day;
    }
  }
  // The share, and every State the clause names among the acceptances (Charter art. 108).
  // The names as the registry writes them, where they differ only by `name_key` (rule A3).
  clause::named named{article.including, 0, "", ""};
  registry_spelling(named, parts.states_);
  const clause::condition condition =
      article.including.empty()
          ? clause::condition(clause::share_of_parties{article.acceptance_share})
          : clause::condition(clause::all_of{{clause::share_of_parties{article.acceptance_share}, named}});
  const auto m = clause::first_met(condition, t, {});
  // The acceptances given by a day, and those of States that had ceased to be parties by then (never
  // read as counting).
  // Not met: what the record holds by its date (or by its last acceptance, where one is dated later).
  date_t by = m ? m->day : parts.registry_.as_of;
  if (!m && !r.acceptances.empty()) by = std::max(by, r.acceptances.back().second);
  std::size_t given = 0, counting = 0;
  for (const auto& a : t.counted)
    if (a.from <= by) {
      ++given;
      if (!(a.until && *a.until <= by)) ++counting;
    }
  r.acceptances_not_counted = given - counting;
  if (!m) {
    r.not_in_force = not_in_force_sentence(t, named, by, counting);
    return;
  }
  r.acceptances_at_entry = m->on_day.counted;
  r.parties_at_entry = m->on_day.parties;
  r.needed_at_entry = parts.rules_.amendment.acceptance_share.of(m->on_day.parties);
  r.entry_into_force = amendment_entry(r, m->day, until, r.parties_at_entry, r.needed_at_entry);
}

/// Rule A3, not met by the registry's date `by`: the acceptances that count, the number the share
/// needs of the parties then, and the States the clause names that have not accepted.
inline std::string amendment_pass::not_in_force_sentence(const clause::timeline& t, const clause::named& named,
                                                         date_t by, std::size_t counting) const {
  const amendment_clause& article = parts.rules_.amendment;
  std::size_t parties = 0;
  for (const auto& p : t.parties)
    if (p.from <= by && !(p.until && *p.until <= by)) ++parties;
  const std::size_t needed = article.acceptance_share.of(parties);
  std::string out =
      "By " + to_prose(by) + (by == parts.registry_.as_of ? " (the registry's date), " : ", ") +
      std::to_string(counting) + " acceptance" + (counting == 1 ? "" : "s") + " by States then parties, where " +
      std::to_string(needed) + " are needed (" + std::to_string(article.acceptance_share.numerator) + "/" +
      std::to_string(article.acceptance_share.denominator) + " of the " + std::to_string(parties) + " States Parties)";
  std::vector<std::string> never, left;  // the named States whose acceptance does not count on `by`
  for (const auto& s : named.states) {
    bool given = false, counts = false;
    for (const auto& i : t.counted)
      if (i.who == s && i.from <= by) {
        given = true;
        counts = counts || !(i.until && *i.until <= by);
      }
    if (!given) never.push_back(detail::state_in_prose(s));
    if (given && !counts) left.push_back(detail::state_in_prose(s));
  }
  if (!never.empty()) out += "; not accepted by " + detail::and_list(never) + ", whom the article names";
  if (!left.empty())
    out += std::string("; the acceptance") + (left.size() == 1 ? " of " : "s of ") + detail::and_list(left) +
           ", whom the article names, no longer count" + (left.size() == 1 ? "s" : "") + ": it ceased to be a party";
  return out + " (" + parts.rules_.short_title + " art. " + article.cited(2) + ", rule A3).";
}

inline dated amendment_pass::amendment_entry(const amendment_record& r, date_t t,
                                             const std::vector<std::optional<date_t>>& until, std::size_t parties,
                                             std::size_t needed) const {
  const bool by_approval = parts.rules_.amendment.approval;  // else from the adoption (Charter art. 108)
  const date_t approved = by_approval ? *r.approved : *r.adopted;
  const std::string start = by_approval ? "the General Assembly's approval on " : "its adoption on ";
  const bool at_approval = parts.options_.amendment_basis == amendment_count_basis::approval;
  dated d;
  d.date = t;
  d.why.rule = "A3";
  d.why.article = parts.rules_.amendment.cited(2);
  d.why.anchor = t;
  // The last acceptance dated t that counts, if any (the one that completed the two thirds).
  std::optional<std::size_t> last;
  for (std::size_t k = 0; k < r.acceptances.size(); ++k)
    if (r.acceptances[k].second == t && !(until[k] && *until[k] <= t)) last = k;
  const std::size_t count = r.acceptances_at_entry;
  clause::named spelled{parts.rules_.amendment.including, 0, "", ""};  // Charter art. 108
  registry_spelling(spelled, parts.states_);                           // as the registry writes them (rule A3)
  const auto& named = spelled.states;
  const std::string counted = at_approval ? "on the date of approval" : "on that date";
  const std::string left =
      r.acceptances_not_counted == 0
          ? std::string()
          : " (" + std::to_string(r.acceptances_not_counted) + " acceptance" +
                (r.acceptances_not_counted == 1 ? " by a State that had" : "s by States that had") +
                " ceased to be a party by then not counted)";
  if (t == approved) {
    d.why.reasoning = "Two thirds of the " + std::to_string(parties) + " States Parties (" + std::to_string(needed) +
                      ") had accepted by " + start + to_prose(approved) + left +
                      ", from which the amendment is in force.";
  } else if (last) {
    d.why.reasoning = "The " + detail::ordinal(count) + " acceptance, " +
                      parts.states_[r.acceptances[*last].first].state + "'s of " + to_prose(t) +
                      ", brought acceptances to two thirds of the " + std::to_string(parties) + " States Parties " +
                      counted + " (" + std::to_string(needed) + ")" + left + ", after " + start + to_prose(approved) +
                      "; no delay follows.";
  } else {
    const date_t before{date::sys_days{t} - date::days{1}};
    const std::size_t previous = parts.amendment_parties_on(before);
    d.why.reasoning = "On " + to_prose(t) + " the number of States Parties " +
                      (previous > parties ? "fell" : "changed") + " from " + std::to_string(previous) + " to " +
                      std::to_string(parties) + ", so the " + std::to_string(count) +
                      " acceptances by States then parties reached two thirds of them (" + std::to_string(needed) +
                      ")" + left + ", after " + start + to_prose(approved) + "; no delay follows.";
  }
  if (!named.empty()) {  // Charter art. 108: the share and every State named; which came last is not said
    std::vector<std::string> prose;
    for (const auto& n : named) prose.push_back(detail::state_in_prose(n));
    d.why.reasoning = "On " + to_prose(t) + " the condition of article " + parts.rules_.amendment.article +
                      " was first met: the " + std::to_string(count) + " acceptances by States then parties reached " +
                      "two thirds of the " + std::to_string(parties) + " States Parties " + counted + " (" +
                      std::to_string(needed) + ")" + left + " and include those of every State it names (" +
                      detail::and_list(prose) + "), after " + start + to_prose(approved) + "; no delay follows.";
  }
  if (parts.rules_.amendment.binds_all)
    d.why.reasoning += " It binds every party from that date (article " + parts.rules_.amendment.article + ").";
  return d;
}

}  // namespace pacta::detail
