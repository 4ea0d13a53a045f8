// pacta/detail/prose.hpp — the small pieces of English that the reasoning sentences share:
// ordinals ("10th"), "A, B and C" lists, and the note of rule P2 when a month has no such day.
#pragma once

#include <pacta/calendar.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace pacta::detail {

/// "1st", "2nd", "3rd", "4th", "11th", "21st", "112th" (the suffix is calendar.hpp's `ordinal_suffix`).
inline std::string ordinal(std::size_t n) {
  return std::to_string(n) + std::string(ordinal_suffix(static_cast<int>(n % 100)));
}

/// A State's name as a sentence writes it, with the article the UN's editorial practice gives it
/// ("the Czech Republic", "the United States of America", "the Gambia", "the former Yugoslavia";
/// "Benin", "Maldives", "Solomon Islands" take none). A name the depositary writes with a bracket
/// ("Netherlands (Kingdom of the)", "Bahamas (The)") is left as written. `capital` for the start of
/// a sentence ("The Czech Republic").
inline std::string state_in_prose(const std::string& name, bool capital = false) {
  static const char* const with_the[] = {"Central African Republic",
                                         "Comoros",
                                         "Congo",
                                         "Cook Islands",
                                         "Czech Republic",
                                         "Democratic People's Republic of Korea",
                                         "Democratic Republic of the Congo",
                                         "Dominican Republic",
                                         "European Union",
                                         "Gambia",
                                         "German Democratic Republic",
                                         "Holy See",
                                         "Lao People's Democratic Republic",
                                         "Marshall Islands",
                                         "Niger",
                                         "Philippines",
                                         "Republic of Korea",
                                         "Republic of Moldova",
                                         "Russian Federation",
                                         "State of Palestine",
                                         "Sudan",
                                         "Syrian Arab Republic",
                                         "United Arab Emirates",
                                         "United Kingdom of Great Britain and Northern Ireland",
                                         "United Republic of Tanzania",
                                         "United States of America",
                                         "Yemen Arab Republic",
                                         "former Yugoslavia"};
  for (const char* n : with_the)
    if (name == n) return std::string(capital ? "The " : "the ") + name;
  return name;
}

/// "A", "A and B", "A, B and C".
inline std::string and_list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t k = 0; k < items.size(); ++k)
    out += (k == 0 ? "" : k + 1 == items.size() ? " and " : ", ") + items[k];
  return out;
}

/// Rule P2: " (June has no 31st day: the last day of that month, rule P2)" when a period counted
/// from `anchor` ended on another day of the month than the anchor's; empty otherwise.
inline std::string clamp_note(date_t anchor, date_t result) {
  if (result.day() == anchor.day()) return "";
  const std::string month = to_prose(result).substr(to_prose(result).find(' ') + 1);
  return " (" + month + " has no " + ordinal(static_cast<unsigned>(anchor.day())) +
         " day: the last day of that month, rule P2)";
}

/// The note on how a period counted from `anchor` gave `result`: the clamp of rule P2 for months
/// and years, the month's start of rule P7; nothing for days or when the day-number is kept.
inline std::string period_note(date_t anchor, period p, date_t result) {
  if (p.nth_month) return "";  // P8 says its own day: the first of a month
  if (p.month_start) {
    period plain = p;
    plain.month_start = false;
    return " (the period of " + to_string(plain) + " ends on " + to_prose(add_period(anchor, plain)) +
           "; the first day of the following month, rule P7)";
  }
  if (p.unit == period_unit::days) return "";
  return clamp_note(anchor, result);
}

}  // namespace pacta::detail
