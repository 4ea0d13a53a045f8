// pacta/detail/status_prose.hpp — the sentences of a treaty_record's answers.
//
// A State's status on a date explained, whether it is bound as to an act (OPSC art. 15(2)), and the "did you mean" of
// an unknown name. Queries over a record's parts (pacta/detail/record_parts.hpp), answered by pacta/treaty_record.hpp.
#pragma once

#include <pacta/detail/query_args.hpp>
#include <pacta/detail/record_parts.hpp>
#include <pacta/state_lookup.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta::detail {

inline state_status record_parts::status_on(const state_record& st, date_t on) const {
  detail::require_date(on);
  const state_record* s = &st;
  const position p = classify(*s, on);
  const std::string when = to_prose(on);
  std::string what =
      p.consent ? std::string(to_key(p.consent->kind)) + " of " + to_prose(p.consent->deposit) : std::string();
  // Rule E10: a consent by a simplified procedure, or an instrument counted from a later day.
  if (p.consent && p.consent->kind == action_kind::simplified_procedure)
    what = "consent established by the simplified procedure on " + to_prose(p.consent->deposit) + ", article " +
           rules_.simplified_procedure.article + ", rule E10";
  else if (p.consent && p.consent->counted_on)
    what += ", counted from " + to_prose(*p.consent->counted_on) + ", rule E10";
  // A succession: the notification's date, and the date of succession it binds from (rule E5).
  std::string later;
  if (p.consent && p.consent->kind == action_kind::succession) {
    const auto& c = *p.consent;
    what = "succession notified on " + to_prose(c.deposit) + ", " +
           (!c.succession_date                     ? std::string("the date of succession of States not recorded")
            : c.in_force_from == c.succession_date ? std::string("from the date of succession of States")
                                                   : "date of succession of States " + to_prose(*c.succession_date)) +
           ", rule E5";
    if (c.deposit > on)
      later = " The notification came later: as known on " + when +
              " the State was not yet a participant, but the succession binds it from then on (VCSST art. 34, "
              "continuity).";
  }
  // The notice: the State's own, or its notice to the parent treaty that ends this one too (rule D7).
  const std::string notice = p.denunciation && p.denunciation->by_parent
                                 ? rules_.denunciation_of() + " the parent treaty (" + rules_.parent + ")"
                                 : rules_.denunciation_noun;
  switch (p.code) {
    case status::denounced:
      return {p.code, "Its " + notice + " received on " + to_prose(p.denunciation->received) + " took effect on " +
                          to_prose(p.denunciation->effective.date) + " (" + cite(p.denunciation->effective.why) + ")."};
    case status::consented:
      return {p.code,
              "Consented (" + what + "); " +
                  (p.from ? "the " + rules_.short_title + " enters into force for it on " + to_prose(*p.from) + "."
                   : s->ceased && general_ && general_->date <= on
                       ? "it ceases to exist on " + to_prose(*s->ceased) + ", before the " + rules_.short_title +
                             " can enter into force for it: the treaty never enters into force for it (rule F1)."
                   : !general_not_computed_.empty()
                       ? "the date the " + rules_.short_title + " enters into force is NOT computed (" +
                             general_not_computed_ + ")."
                       : "the " + rules_.short_title + " is not yet in force.") +
                  later};
    case status::denunciation_pending:
      return {p.code, "Bound since " + to_prose(*p.from) + " (" + what + "); its " + notice + " received on " +
                          to_prose(p.denunciation->received) + " takes effect on " +
                          to_prose(p.denunciation->effective.date) + ", and until then it stays bound (rule D2)" +
                          (p.denunciation->effective.why.rule == "D4" ? ". " + p.denunciation->effective.why.reasoning
                                                                      : std::string("."))};
    case status::denunciation_suspended:
      return {p.code,
              "Bound since " + to_prose(*p.from) + " (" + what + "). " + p.denunciation->effective.why.reasoning};
    case status::bound:
      return {p.code, "Bound since " + to_prose(*p.from) + " (" + what + ")." + later};
    case status::signatory:
      return {p.code,
              "Signed on " + to_prose(*s->signature) +
                  "; a signature is not consent to be bound (rule E6), and no instrument had been deposited by " +
                  when + "."};
    case status::ceased_to_exist:
      return {p.code,
              detail::state_in_prose(s->state, true) + " is a State that no longer exists" +
                  (s->ceased            ? ": it ceased to exist on " + to_prose(*s->ceased)
                   : s->existed_through ? " (the day it ceased to exist is not recorded; its last recorded act is of " +
                                              to_prose(*s->existed_through) + ")"
                                        : std::string(" (the day it ceased to exist is not recorded)")) +
                  ". Its instruments counted toward the threshold, but it is among no participants (rule F1)."};
    case status::not_participant:
      break;
  }
  return {status::not_participant, "No signature or consent recorded on or before " + when + "."};
}

inline act_obligation record_parts::bound_as_to_act(const state_record& s, date_t act_date) const {
  detail::require_date(act_date);
  act_obligation out;
  out.why.rule = "D2";
  out.why.article = rules_.continuing_obligations_article;
  out.why.anchor = act_date;
  for (const auto& c : s.consents) {
    const auto from = c.bound_from();
    if (!from || *from > act_date) continue;
    const auto end = c.ends();
    if (end && *end <= act_date) continue;
    out.bound = true;
    out.why.reasoning = "The act of " + to_prose(act_date) + " occurred while the " + rules_.short_title +
                        " was in force for " + detail::state_in_prose(s.state) + " (from " + to_prose(*from) + ")";
    if (end)
      out.why.reasoning += " and before its denunciation took effect on " + to_prose(*end) + "; under article " +
                           (rules_.continuing_obligations_article.empty() ? rules_.denunciation_article
                                                                          : rules_.continuing_obligations_article) +
                           " the denunciation does not release it from obligations as to that act.";
    else
      out.why.reasoning += ".";
    return out;
  }
  out.why.reasoning = "The " + rules_.short_title + " was not in force for " + detail::state_in_prose(s.state) +
                      " on " + to_prose(act_date) + ".";
  return out;
}

inline std::string record_parts::unknown_state_message(std::string_view typed, const state_names* names) const {
  state_match m = match_state(detail::names_of(states_), typed, names);
  if (m.name && find(*m.name)) {  // a query that takes the exact name, given another spelling of it
    m.options = {*m.name};
    m.name.reset();
  }
  if (m.name)  // a State of the name table that this registry does not record
    return "no State named " + detail::show_value(typed) + " in the " + rules_.short_title +
           " registry (the name table's \"" + *m.name + "\" has no recorded action)";
  return unmatched_message(m, typed, "the " + rules_.short_title + " registry");
}

}  // namespace pacta::detail
