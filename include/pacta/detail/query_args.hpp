// What every query of a record checks of its arguments: a date that exists, and a State named by a
// string or a handle, never by an integer.
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/diagnostic.hpp>

#include <string>
#include <type_traits>

namespace pacta::detail {

/// Throws `query_error` when `on` is not a calendar date (2026-02-30, month 13): a query never
/// answers for a day that does not exist.
inline void require_date(date_t on) {
  if (!on.ok())
    throw query_error("the date asked, " + std::to_string(static_cast<int>(on.year())) + "-" +
                      std::to_string(static_cast<unsigned>(on.month())) + "-" +
                      std::to_string(static_cast<unsigned>(on.day())) +
                      ", is not a calendar date (no such day in the Gregorian calendar)");
}

/// The argument types that cannot name a State: integers and null pointers (see `is_bound`).
template <class I>
using if_not_a_state = std::enable_if_t<std::is_arithmetic_v<I> || std::is_null_pointer_v<I>>;

}  // namespace pacta::detail
