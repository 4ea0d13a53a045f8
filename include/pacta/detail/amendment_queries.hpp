// pacta/detail/amendment_queries.hpp — the amendment queries of a treaty_record: rule A4 and the text that binds a
// State.
//
// When an amendment binds a State (rule A4, OPSC art. 16(3), VCLT art. 40(5)) and the text that binds it on a date.
// Queries over a record's parts (pacta/detail/record_parts.hpp), answered by pacta/treaty_record.hpp.
#pragma once

#include <pacta/detail/record_parts.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta::detail {

inline std::optional<dated> record_parts::amendment_binds_from(const amendment_record& a, const state_record& s) const {
  const std::size_t self = static_cast<std::size_t>(&s - states_.data());
  const std::string& state = s.state;
  if (!a.entry_into_force) return std::nullopt;
  const date_t eif = a.entry_into_force->date;
  dated d;
  d.why.rule = "A4";
  d.why.article = rules_.amendment.cited(3);
  if (rules_.amendment.binds_all) {  // UN Charter art. 108: "for all Members"
    d.why.article = rules_.amendment.article;
    if (s.consents.empty()) return std::nullopt;
    // The State's consent standing on the day, or the later one that made it a party again.
    const consent_record& c = s.consents.back();
    const auto from = c.bound_from();
    if (!from || (c.ends() && *c.ends() <= std::max(eif, *from))) return std::nullopt;
    std::optional<date_t> accepted;
    for (const auto& [si, when] : a.acceptances)
      if (si == self && when <= eif) accepted = when;
    d.date = std::max(eif, *from);
    d.why.anchor = d.date;
    const std::string article = "article " + rules_.amendment.article;
    if (*from <= eif)
      d.why.reasoning = "Amendment " + a.id + " entered into force on " + to_prose(eif) + " for every party (" +
                        article + "); " + detail::state_in_prose(state) + " was a party that day" +
                        (accepted ? " and had accepted it on " + to_prose(*accepted)
                                  : std::string(", though it had not accepted it")) +
                        ", and is bound by it from that date.";
    else
      d.why.reasoning = detail::state_in_prose(state, true) +
                        (c.deposit <= eif ? " had consented to the " : " became a party to the ") + rules_.short_title +
                        (c.deposit <= eif ? " before" : " after") + " amendment " + a.id + " entered into force on " +
                        to_prose(eif) + " for every party (" + article + "): it is bound by the " + rules_.short_title +
                        " as amended from " + to_prose(*from) + ", when the " + rules_.short_title +
                        " entered into force for it.";
    return d;
  }
  for (const auto& [si, when] : a.acceptances) {
    if (si != self) continue;
    if (const auto until = party_until(si, when); until && *until <= eif) break;  // left before it bound anyone
    d.why.anchor = when;
    if (when <= eif) {
      d.date = eif;
      d.why.reasoning = detail::state_in_prose(state, true) + " accepted amendment " + a.id + " on " + to_prose(when) +
                        ", before its entry into force on " + to_prose(eif) + ", and is bound by it from that date.";
    } else {
      d.date = when;
      d.why.reasoning = detail::state_in_prose(state, true) + " accepted amendment " + a.id + " on " + to_prose(when) +
                        ", after its entry into force on " + to_prose(eif) +
                        ", and is bound by it from its acceptance.";
    }
    return d;
  }
  for (const auto& decl : a.declined)
    if (decl.first == self) return std::nullopt;
  if (s.consents.empty()) return std::nullopt;
  const consent_record& c = s.consents.back();
  const auto from = c.bound_from();
  if (c.deposit <= eif || !from) return std::nullopt;
  d.date = *from;
  d.why.anchor = c.deposit;
  d.why.article.clear();
  d.why.reasoning = detail::state_in_prose(state, true) + " became a party after amendment " + a.id +
                    " entered into force on " + to_prose(eif) +
                    " and expressed no different intention: it is a party to the " + rules_.short_title +
                    " as amended from " + to_prose(*from) + " (VCLT art. 40(5)(a)), and, in " +
                    "relation to any party not bound by the amendment, a party to the unamended " + rules_.short_title +
                    " (art. 40(5)(b)).";
  return d;
}

inline pacta::binding_text record_parts::binding_text(const state_record& s, date_t on) const {
  detail::require_date(on);
  pacta::binding_text t;
  t.bound = is_bound(s, on);
  if (!t.bound && !general_not_computed_.empty() && classify(s, on).code == status::consented) {
    t.explanation = "Whether " + detail::state_in_prose(s.state) + " is bound by the " + rules_.short_title + " on " +
                    to_prose(on) + " is NOT known: its entry into force is NOT computed (" + general_not_computed_ +
                    ").";
    return t;
  }
  if (!t.bound) {
    t.explanation = detail::state_in_prose(s.state, true) + " is not bound by the " + rules_.short_title + " on " +
                    to_prose(on) + ".";
    return t;
  }
  for (const auto& a : amendments_) {
    const auto from = amendment_binds_from(a, s);
    if (from && from->date <= on) t.amendments.push_back(a.id);
  }
  t.explanation = "The " + rules_.short_title;
  if (t.amendments.empty()) {
    t.explanation += " as adopted";
    if (!amendments_.empty()) t.explanation += ", without amendments (article " + rules_.amendment.cited(3) + ")";
  } else {
    t.explanation += " as amended by";
    for (std::size_t k = 0; k < t.amendments.size(); ++k) t.explanation += (k ? ", " : " ") + t.amendments[k];
  }
  t.explanation += ".";
  return t;
}

}  // namespace pacta::detail
