// pacta/provisional_application.hpp — rule V1: a State's declaration that it will apply part of a
// treaty provisionally, and the period it runs.
//
// Worked case: Antigua and Barbuda signed the Arms Trade Treaty on 3 June 2013 and, with its
// instrument of ratification of 12 August 2013, declared under article 23 that it would apply
// articles 6 and 7 provisionally "pending the entry into force of this Treaty for that State". The
// treaty entered into force for it on 24 December 2014 (art. 22(1), rule E2): it applied them
// provisionally from 12 August 2013 to 23 December 2014, and has been bound by the whole treaty since.
//
//   for (const auto& p : rec.provisional_application_of(*rec.find("Antigua and Barbuda")))
//     p.from;   // 2013-08-12
//     p.until;  // 2014-12-24, the first day it no longer applies provisionally
//
// A declaration of provisional application is not consent to be bound (VCLT art. 25): no date of
// entry into force depends on it, and the status of a State that has only signed and declared is
// still `signatory`. The profile's `provisional_application` names the article, what it applies and
// when it may be declared; a registry's `provisional-application` is checked against it when the
// record is built (detail/build_provisional.hpp: codes provisional.no-clause, provisional.duplicate,
// provisional.not-applying); a `provisional-application-termination` (VCLT art. 25(2)) ends it;
// one recorded on a day the clause does not provide for is counted as recorded, and says so.
// docs/rules.md, rule V1.
#pragma once

#include <pacta/basis.hpp>
#include <pacta/calendar.hpp>
#include <pacta/entry_into_force.hpp>
#include <pacta/state_record.hpp>
#include <pacta/treaty_rules.hpp>

#include <cstddef>
#include <optional>
#include <string>

namespace pacta {

/// One declaration of provisional application and the period it runs (rule V1).
struct provisional_period {
  date_t from;                  ///< the declaration
  std::optional<date_t> until;  ///< the first day it no longer applies provisionally; none while it still does
  std::size_t action_index = 0;
  /// Made when the clause provides for it (at signature, or at the deposit of the instrument, as its
  /// `declared_at` says). A declaration the registry records on another day is not refused — the
  /// record is the depositary's — but counted from that day, and its reasoning says so.
  bool as_provided = true;
  /// The State was already bound on the day of the declaration: there was nothing to apply, and the
  /// period is empty (`until` is `from`).
  bool already_bound = false;
  /// Ended by the State's notification that it does not intend to become a party (VCLT art. 25(2),
  /// the registry's `provisional-application-termination`) on `until`.
  bool terminated = false;
  basis why;  ///< rule V1, the article, and the reasoning
  /// Whether the State applies the provisions provisionally on `on`.
  bool applies_on(date_t on) const noexcept { return from <= on && (!until || on < *until); }
};

/// When the clause lets the declaration be made, as a sentence ends: "at signature or at the deposit
/// of the instrument of consent".
inline const char* provisional_moments(const provisional_clause& pa) noexcept {
  return pa.at_signature && pa.at_consent ? "at signature or at the deposit of the instrument of consent"
         : pa.at_signature                ? "at signature"
                                          : "at the deposit of the instrument of consent";
}

/// The consent a declaration made on `declared` is made pending: the State's consent in effect that
/// day (deposited by then, its denunciation not yet in effect), else its first consent deposited
/// after it; nullptr when none is recorded.
inline const consent_record* consent_pended(const state_record& s, date_t declared) noexcept {
  for (const auto& c : s.consents)
    if (c.deposit <= declared && !(c.ends() && *c.ends() <= declared)) return &c;
  for (const auto& c : s.consents)
    if (c.deposit > declared) return &c;
  return nullptr;
}

/// Rule V1 (pure): the period a declaration of provisional application made on `declared` runs,
/// under the treaty's clause: from the declaration until the treaty enters into force for the State
/// (the entry into force of the consent it was made with, or of the first one after it), or until
/// the State ceased to exist, or until it notified that it does not intend to become a party
/// (`terminated`: VCLT art. 25(2), the registry's `provisional-application-termination`), whichever
/// comes first; an empty period (`until` the declaration's own day) where the State was already bound
/// that day. While none of these is recorded it runs still, and the reasoning says so.
inline provisional_period provisional_period_of(const treaty_rules& r, const state_record& s, date_t declared,
                                                std::size_t action_index,
                                                std::optional<date_t> terminated = std::nullopt) {
  const provisional_clause& pa = r.provisional_application;
  provisional_period p;
  p.from = declared;
  p.action_index = action_index;
  p.why.rule = "V1";
  p.why.article = pa.article;
  const consent_record* c = consent_pended(s, declared);
  const bool on_deposit = c && c->deposit == declared;
  const bool on_signature = s.signature && *s.signature == declared;
  p.as_provided = (on_deposit && pa.at_consent) || (on_signature && pa.at_signature);
  const std::string made =
      on_deposit && (pa.at_consent || !on_signature) ? "with its instrument of " + detail::instrument_noun(c->kind)
      : on_signature                                 ? std::string("at its signature")
      : c && c->deposit < declared ? std::string("after its ") + to_key(c->kind) + " of " + to_prose(c->deposit)
                                   : std::string("on neither its signature nor the deposit of an instrument");
  std::string& why = p.why.reasoning;
  why = "Declared on " + to_prose(declared) + " " + made + ": article " + pa.article + " lets a State apply " +
        pa.applies + " provisionally pending the " + r.short_title + "'s entry into force for it (rule V1).";
  if (!p.as_provided)
    why += std::string(" The article provides for the declaration only ") + provisional_moments(pa) +
           ": the registry records it on that day, and it is counted from that day as recorded.";
  const consent_record* binding = nullptr;  // a consent already binding the State on that day
  for (const auto& k : s.consents)
    if (k.deposit < declared && k.bound_from() && *k.bound_from() <= declared && !(k.ends() && *k.ends() <= declared))
      binding = &k;
  const auto bound = c ? c->bound_from() : std::nullopt;
  if (binding) {
    p.until = declared;
    p.already_bound = true;
    why += " " + s.state + " was already bound by the " + r.short_title + " on that day (from " +
           to_prose(*binding->bound_from()) + "), so there was nothing to apply provisionally.";
  } else if (terminated && (!bound || *terminated < *bound) && !(s.ceased && *s.ceased < *terminated)) {
    p.until = *terminated;
    p.terminated = true;
    why += " " + s.state + " notified on " + to_prose(*terminated) +
           " that it does not intend to become a party, which ended it (VCLT art. 25(2)).";
  } else if (bound) {
    p.until = *bound;
    why += " The " + r.short_title + " entered into force for " + s.state + " on " + to_prose(*bound) +
           ", which ended the provisional application: from then on the whole treaty binds it.";
  } else if (s.ceased) {
    p.until = *s.ceased;
    why += " " + s.state + " ceased to exist on " + to_prose(*s.ceased) + ", which ended it.";
  } else {
    why += c ? " No date of entry into force for " + s.state + " is known (its " + to_key(c->kind) + " of " +
                   to_prose(c->deposit) + "), so it applies " + pa.applies + " provisionally still"
             : " No instrument of consent of " + s.state + " is recorded after it, so it applies " + pa.applies +
                   " provisionally still";
    why +=
        "; a notification that it does not intend to become a party would end it (VCLT art. 25(2)), and the "
        "registry records none after it (the action provisional-application-termination).";
  }
  return p;
}

}  // namespace pacta
