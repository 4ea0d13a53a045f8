// pacta/detail/profile_fields.hpp — the fields every part of a treaty profile reads the same way
// (internal): a period ("3 months", rules P1–P8) and an article ("14(1)"). Used by pacta/treaty.hpp
// and the readers of the profile's parts (detail/denunciation_profile.hpp).
//
// Example: read_period(den, "delay", r.denunciation_delay) reads "1 year", and refuses "3 moths"
// with `profile.period` at /denunciation/delay.
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/detail/json_reader.hpp>
#include <pacta/diagnostic.hpp>

#include <string>

namespace pacta::detail {

/// A period at `key`; "0 days" too where `later_state` (a later State's delay: ENMOD art. IX(4)), and
/// only there rule P8's "first day of the Nth month after the month of" (Mine Ban Convention art.
/// 17(2)), which a clause writes as its own delay (`first_of_nth_month`).
inline void read_period(object_reader& r, const char* key, period& out, bool later_state = false) {
  if (auto s = r.string(key, true)) {
    auto p = later_state ? parse_period_or_zero(*s) : parse_period(*s);
    if (p && p->nth_month && !later_state)
      r.error(r.member_pointer(key), "profile.period",
              detail::show_value(*s) + ": rule P8 is a later State's delay only (\"later_states.delay\")");
    else if (p)
      out = *p;
    else
      r.error(r.member_pointer(key), "profile.period",
              detail::show_value(*s) + " is not a period: write a whole number from " + (later_state ? "0" : "1") +
                  " to 1200, a space and a unit (\"3 months\", \"1 year\", \"30 days\")");
  }
}

inline void read_article(object_reader& r, std::string& out, bool required = true) {
  if (auto s = r.string("article", required)) out = *s;
}

}  // namespace pacta::detail
