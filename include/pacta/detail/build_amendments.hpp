// pacta/detail/build_amendments.hpp — building a treaty_record: rules A1–A3: amendments.
//
// What it checks and stores: proposal, communication, a conference when a third favour one (A1), adoption by vote (A2), entry into force at two thirds of the States Parties after approval (A3); A4, from when an amendment binds a State, is a query (pacta/treaty_record.hpp).
// Part of `pacta::try_build_record` (pacta/record.hpp); docs/rules.md names the rules and their tests.
#pragma once

#include <pacta/treaty_record.hpp>

namespace pacta {

inline void treaty_record::build_amendments(std::vector<diagnostic>& diags,
                      const std::vector<std::pair<std::uint32_t, std::uint32_t>>& amendment_states) {
  const std::string& file = registry_.file;
  auto err = [&](std::size_t i, const std::string& member, const char* code, std::string msg) {
    diags.push_back({file, "/actions/" + std::to_string(i) + member, code, std::move(msg), std::nullopt,
                     std::nullopt});
  };
  const std::string art = "article " + rules_.amendment.article;
  // Proposals first: they define the ids.
  for (std::size_t i = 0; i < registry_.actions.size(); ++i) {
    const action& a = registry_.actions[i];
    if (!is_amendment_action(a.kind)) continue;
    if (!rules_.amendment.present) {
      err(i, "/action", "amendment.unknown", "the " + rules_.short_title + " profile has no amendment clause");
      continue;
    }
    if (a.kind != action_kind::amendment_proposal) continue;
    if (find_amendment(a.amendment)) {
      err(i, "/amendment", "amendment.duplicate", "a second proposal with the id \"" + a.amendment + "\"");
      continue;
    }
    if (!is_party_for_amendments(a.state, a.date))
      err(i, "/state", "amendment.not-party",
          art + "(1): only a State Party may propose an amendment; " + a.state + " is not one on " + to_iso(a.date));
    amendment_record r;
    r.id = a.amendment;
    r.proposer = a.state;
    r.proposed = a.date;
    amendments_.push_back(std::move(r));
  }
  if (!rules_.amendment.present) return;
  auto lookup = [&](const std::string& id) -> amendment_record* {
    for (auto& r : amendments_)
      if (r.id == id) return &r;
    return nullptr;
  };
  auto once = [&](std::optional<date_t>& slot, const action& a, std::size_t i, const char* what) {
    if (slot) {
      err(i, "", "amendment.duplicate", std::string("amendment ") + a.amendment + " already has its " + what + " (" + to_iso(*slot) + ")");
      return false;
    }
    slot = a.date;
    return true;
  };
  std::vector<std::size_t> late_favours;  // judged once the window's outcome is known
  // Who has already favoured or accepted each amendment: a flag per State (by its index in
  // states_), per amendment (by its index in amendments_).
  std::vector<std::vector<bool>> favoured(amendments_.size()), accepted(amendments_.size());
  auto first_time = [&](std::vector<std::vector<bool>>& seen, const amendment_record* r, std::size_t si) {
    std::vector<bool>& flags = seen[static_cast<std::size_t>(r - amendments_.data())];
    if (flags.empty()) flags.assign(states_.size(), false);
    if (flags[si]) return false;
    flags[si] = true;
    return true;
  };
  // The amendment's life in date order (actions of different States, and the Secretary-General's,
  // interleave in the file: one State's actions are kept together), the file's order within a day.
  std::vector<std::size_t> in_date_order;
  for (std::size_t i = 0; i < registry_.actions.size(); ++i)
    if (is_amendment_action(registry_.actions[i].kind) && registry_.actions[i].kind != action_kind::amendment_proposal)
      in_date_order.push_back(i);
  std::stable_sort(in_date_order.begin(), in_date_order.end(),
                   [&](std::size_t x, std::size_t y) { return registry_.actions[x].date < registry_.actions[y].date; });
  for (const std::size_t i : in_date_order) {
    const action& a = registry_.actions[i];
    amendment_record* r = lookup(a.amendment);
    // The acting State's index, as the main pass found it (organ acts have none).
    const auto found = std::lower_bound(
        amendment_states.begin(), amendment_states.end(), i,
        [](const std::pair<std::uint32_t, std::uint32_t>& e, std::size_t k) { return e.first < k; });
    const std::size_t si = is_organ_act(a.kind) ? 0
                           : found != amendment_states.end() && found->first == i ? found->second
                                                                                   : state_index(a.state);
    if (!r) {
      err(i, "/amendment", "amendment.unknown",
          "no amendment-proposal has the id \"" + a.amendment + "\": record the proposal first");
      continue;
    }
    switch (a.kind) {
      case action_kind::amendment_communication:
        if (a.date < *r->proposed)
          err(i, "/date", "amendment.order", "the communication of amendment " + r->id + " (" + to_iso(a.date) +
                                                 ") precedes its proposal (" + to_iso(*r->proposed) + ")");
        else
          once(r->communicated, a, i, "communication");
        break;
      case action_kind::amendment_favour:
        if (!r->communicated || a.date < *r->communicated) {
          err(i, "/date", "amendment.favour-window",
              art + "(1): " + a.state + " favoured a conference on " + to_iso(a.date) +
                  " before the Secretary-General communicated amendment " + r->id);
        } else if (!is_party_for_amendments(si, a.date)) {
          err(i, "/state", "amendment.not-party",
              art + "(1): only States Parties are asked whether they favour a conference; " + a.state +
                  " is not one on " + to_iso(a.date));
        } else if (!first_time(favoured, r, si)) {
          err(i, "", "amendment.duplicate", a.state + " already favoured a conference on amendment " + r->id);
        } else {
          r->favours.emplace_back(si, a.date);
          if (a.date > add(*r->communicated, rules_.amendment.conference_window)) late_favours.push_back(i);
        }
        break;
      case action_kind::amendment_adoption:
        if (!r->communicated || a.date < *r->communicated)
          err(i, "/date", "amendment.order", "amendment " + r->id + " was adopted before it was communicated to the States Parties");
        else if (r->vote_failed)
          err(i, "", "amendment.duplicate",
              "amendment " + r->id + " already has its adoption vote (" + to_iso(*r->vote_failed) + ", not carried)");
        else if (once(r->adopted, a, i, "adoption"))
          check_vote(*r, a, i, diags);
        break;
      case action_kind::amendment_approval:
        if (!r->adopted || a.date < *r->adopted)
          err(i, "/date", "amendment.order",
              art + "(1): the General Assembly approves an amendment adopted by the conference; amendment " + r->id +
                  (r->adopted ? " was adopted only on " + to_iso(*r->adopted)
                   : r->vote_failed
                       ? " was not adopted (the vote of " + to_iso(*r->vote_failed) + " did not carry, rule A2)"
                       : std::string(" has no recorded adoption")) +
                  ", so an approval on " + to_iso(a.date) + " comes before adoption");
        else
          once(r->approved, a, i, "approval");
        break;
      case action_kind::amendment_acceptance:
        if (!r->adopted || a.date < *r->adopted) {
          err(i, "/date", "amendment.acceptance-before-adoption",
              a.state + " accepted amendment " + r->id + " on " + to_iso(a.date) +
                  (r->adopted       ? ", before its adoption on " + to_iso(*r->adopted)
                   : r->vote_failed ? ", which was not adopted (the vote of " + to_iso(*r->vote_failed) +
                                          " did not carry, rule A2)"
                                    : std::string(", which has no recorded adoption")) +
                  ": only an adopted amendment can be accepted");
        } else if (!is_party_for_amendments(si, a.date)) {
          err(i, "/state", "amendment.not-party",
              art + "(2): only States Parties accept an amendment; " + a.state + " is not one on " + to_iso(a.date));
        } else if (!first_time(accepted, r, si)) {
          err(i, "", "amendment.duplicate", a.state + " already accepted amendment " + r->id);
        } else {
          r->acceptances.emplace_back(si, a.date);
        }
        break;
      case action_kind::amendment_declined:
        r->declined.emplace_back(si, a.date);
        break;
      default:
        break;
    }
  }
  for (auto& r : amendments_) {
    auto by_date = [](const auto& x, const auto& y) { return x.second < y.second; };
    std::stable_sort(r.favours.begin(), r.favours.end(), by_date);
    std::stable_sort(r.acceptances.begin(), r.acceptances.end(), by_date);
    compute_conference(r);
    compute_amendment_entry_into_force(r);
  }
  // A favour after the window matters only when the conference was not already due.
  for (std::size_t i : late_favours) {
    const action& a = registry_.actions[i];
    const amendment_record* r = find_amendment(a.amendment);
    if (r && !r->conference_due)
      err(i, "/date", "amendment.favour-window",
          art + "(1): " + a.state + " favoured a conference on " + to_iso(a.date) + ", after the " +
              to_string(rules_.amendment.conference_window) + " that closed on " + to_iso(*r->window_end) +
              "; it cannot count toward the third");
  }
  for (std::size_t i = 0; i < registry_.actions.size(); ++i) {
    const action& a = registry_.actions[i];
    if (!is_amendment_action(a.kind)) continue;
    const amendment_record* r = find_amendment(a.amendment);
    if (!r) continue;
    if (a.kind == action_kind::amendment_adoption && !r->conference_due && r->adopted == a.date)
      err(i, "", "amendment.no-conference",
          art + "(1): amendment " + r->id + " was adopted by a conference, but fewer than " +
              std::to_string(r->conference_needed) + " of the " + std::to_string(r->parties_at_communication) +
              " States Parties favoured one within " + to_string(rules_.amendment.conference_window) +
              " of the communication, so none was to be convened");
    if (a.kind == action_kind::amendment_declined) {
      const state_record* s = find(a.state);
      const bool later_party = r->entry_into_force && s && !s->consents.empty() &&
                               s->consents.back().deposit > r->entry_into_force->date;
      const std::vector<bool>& acc = accepted[static_cast<std::size_t>(r - amendments_.data())];
      const bool did_accept = !acc.empty() && s && acc[static_cast<std::size_t>(s - states_.data())];
      if (!later_party || did_accept)
        err(i, "", "amendment.declined",
            a.state + " cannot decline amendment " + r->id +
                ": only a State that becomes a party after the amendment's entry into force, and has not accepted "
                "it, may express a different intention (VCLT art. 40(5))");
    }
  }
}

inline void treaty_record::check_vote(amendment_record& r, const action& a, std::size_t i, std::vector<diagnostic>& diags) const {
  r.adoption_vote = a.vote();
  if (!a.vote()) return;
  const pacta::vote& v = *a.vote();
  const std::size_t parties = amendment_parties_on(a.date);
  const auto cast = static_cast<std::size_t>(v.in_favour) + static_cast<std::size_t>(v.against) +
                    static_cast<std::size_t>(v.abstaining);
  if (cast > parties) {
    diags.push_back({registry_.file, "/actions/" + std::to_string(i) + "/vote", "amendment.vote",
                     "article " + rules_.amendment.article + "(1), rule A2: the vote on amendment " + r.id +
                         " records " + std::to_string(cast) + " States (" + std::to_string(v.in_favour) +
                         " in favour, " + std::to_string(v.against) + " against, " + std::to_string(v.abstaining) +
                         " abstaining), more than the " + std::to_string(parties) + " States Parties on " +
                         to_iso(a.date) + ": impossible data",
                     std::nullopt, std::nullopt});
    return;
  }
  if (v.in_favour <= v.against) {
    r.vote_failed = r.adopted;
    r.adopted.reset();
  }
}

inline void treaty_record::compute_conference(amendment_record& r) const {
  if (!r.communicated) return;
  r.window_end = add(*r.communicated, rules_.amendment.conference_window);
  r.parties_at_communication = amendment_parties_on(*r.communicated);
  r.conference_needed = rules_.amendment.conference_share.of(r.parties_at_communication);
  for (const auto& [si, when] : r.favours) {
    const std::string& state = states_[si].state;
    if (when > *r.window_end) break;
    ++r.favours_in_window;
    if (!r.conference_due && r.favours_in_window >= r.conference_needed && r.conference_needed > 0) {
      dated d;
      d.date = when;
      d.why.rule = "A1";
      d.why.article = rules_.amendment.article + "(1)";
      d.why.anchor = *r.communicated;
      d.why.delay = rules_.amendment.conference_window;
      d.why.reasoning = state + " was the " + detail::ordinal(r.favours_in_window) + " State Party to favour a conference, on " +
                        to_prose(when) + ", within " + to_string(rules_.amendment.conference_window) +
                        " of the communication of " + to_prose(*r.communicated) + ": at least one third of the " +
                        std::to_string(r.parties_at_communication) + " States Parties (" +
                        std::to_string(r.conference_needed) + "), so the conference was to be convened.";
      r.conference_due = d;
    }
  }
}

inline void treaty_record::compute_amendment_entry_into_force(amendment_record& r) const {
  if (!r.approved || r.acceptances.empty()) return;
  const date_t approved = *r.approved;
  const bool at_approval = options_.amendment_basis == amendment_count_basis::approval;
  const std::size_t parties_at_approval = amendment_parties_on(approved);
  // Each acceptance counts from its date until its State ceases to be a party.
  std::vector<std::optional<date_t>> until(r.acceptances.size());
  std::vector<std::pair<date_t, int>> events;  // +1 an acceptance starts to count, -1 it stops
  std::vector<date_t> days{approved};
  for (std::size_t k = 0; k < r.acceptances.size(); ++k) {
    const auto& [si, when] = r.acceptances[k];
    until[k] = party_until(si, when);
    events.emplace_back(when, +1);
    if (until[k]) events.emplace_back(*until[k], -1);
    if (when > approved) days.push_back(when);
  }
  const auto& timeline =
      options_.amendment_party_basis == party_basis::in_force ? bound_timeline_ : consent_timeline_;
  for (const auto& step : timeline)
    if (step.first > approved) days.push_back(step.first);
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::size_t next = 0;
  long long counting = 0, given = 0;
  for (const date_t t : days) {
    for (; next < events.size() && events[next].first <= t; ++next) {
      counting += events[next].second;
      if (events[next].second > 0) ++given;
    }
    const std::size_t parties = at_approval ? parties_at_approval : amendment_parties_on(t);
    const std::size_t needed = rules_.amendment.acceptance_share.of(parties);
    const auto count = static_cast<std::size_t>(counting);
    if (count == 0 || count < needed) continue;
    r.acceptances_at_entry = count;
    r.acceptances_not_counted = static_cast<std::size_t>(given - counting);
    r.parties_at_entry = parties;
    r.needed_at_entry = needed;
    r.entry_into_force = amendment_entry(r, t, until, parties, needed);
    return;
  }
  // Not in force: the acceptances that have stopped counting by the registry's date (their
  // States ceased to be parties), so that "N acceptances" is never read as N counting.
  for (; next < events.size() && events[next].first <= registry_.as_of; ++next) {
    counting += events[next].second;
    if (events[next].second > 0) ++given;
  }
  r.acceptances_not_counted = static_cast<std::size_t>(given - counting);
}

inline dated treaty_record::amendment_entry(const amendment_record& r, date_t t, const std::vector<std::optional<date_t>>& until,
                      std::size_t parties, std::size_t needed) const {
  const date_t approved = *r.approved;
  const bool at_approval = options_.amendment_basis == amendment_count_basis::approval;
  dated d;
  d.date = t;
  d.why.rule = "A3";
  d.why.article = rules_.amendment.article + "(2)";
  d.why.anchor = t;
  // The last acceptance dated t that counts, if any (the one that completed the two thirds).
  std::optional<std::size_t> last;
  for (std::size_t k = 0; k < r.acceptances.size(); ++k)
    if (r.acceptances[k].second == t && !(until[k] && *until[k] <= t)) last = k;
  const std::size_t count = r.acceptances_at_entry;
  const std::string counted = at_approval ? "on the date of approval" : "on that date";
  const std::string left =
      r.acceptances_not_counted == 0
          ? std::string()
          : " (" + std::to_string(r.acceptances_not_counted) + " acceptance" +
                (r.acceptances_not_counted == 1 ? " by a State that had" : "s by States that had") +
                " ceased to be a party by then not counted)";
  if (t == approved) {
    d.why.reasoning = "Two thirds of the " + std::to_string(parties) + " States Parties (" + std::to_string(needed) +
                      ") had accepted by the General Assembly's approval on " + to_prose(approved) + left +
                      ", from which the amendment is in force.";
  } else if (last) {
    d.why.reasoning = "The " + detail::ordinal(count) + " acceptance, " + states_[r.acceptances[*last].first].state +
                      "'s of " + to_prose(t) + ", brought acceptances to two thirds of the " +
                      std::to_string(parties) + " States Parties " + counted + " (" + std::to_string(needed) + ")" +
                      left + ", after the General Assembly's approval on " + to_prose(approved) +
                      "; no delay follows.";
  } else {
    const date_t before{date::sys_days{t} - date::days{1}};
    const std::size_t previous = amendment_parties_on(before);
    d.why.reasoning =
        "On " + to_prose(t) + " the number of States Parties " + (previous > parties ? "fell" : "changed") +
        " from " + std::to_string(previous) + " to " + std::to_string(parties) + ", so the " + std::to_string(count) +
        " acceptances by States then parties reached two thirds of them (" + std::to_string(needed) + ")" + left +
        ", after the General Assembly's approval on " + to_prose(approved) + "; no delay follows.";
  }
  return d;
}

}  // namespace pacta
