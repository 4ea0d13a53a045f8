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

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

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

/// A non-empty list at `key` of distinct items, each read by `item(value, pointer)`, which returns
/// the item or nothing after reporting why not: `entry_into_force.counts`, `amendment.including`,
/// `provisional_application.declared_at`. `what` completes "must be a non-empty list of …".
template <class T, class Item>
void read_unique_list(object_reader& r, const char* key, const std::string& what, std::vector<T>& out, Item item) {
  const nlohmann::json* v = r.get(key, false);
  if (!v) return;
  const std::string at = r.member_pointer(key);
  if (!v->is_array() || v->empty()) {
    r.error(at, "profile.value", std::string("\"") + key + "\" must be a non-empty list of " + what);
    return;
  }
  for (std::size_t i = 0; i < v->size(); ++i) {
    const std::string here = at + "/" + std::to_string(i);
    std::optional<T> got = item((*v)[i], here);
    if (!got) continue;
    if (std::find(out.begin(), out.end(), *got) != out.end())
      r.error(here, "profile.value",
              std::string("\"") + key + "\" lists " +
                  ((*v)[i].is_string() ? detail::show_value((*v)[i].get_ref<const std::string&>()) : (*v)[i].dump()) +
                  " twice");
    else
      out.push_back(std::move(*got));
  }
}

}  // namespace pacta::detail
