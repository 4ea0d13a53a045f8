// pacta/ical.hpp — treaty dates as an iCalendar file (RFC 5545).
//
// Entry-into-force dates, pending denunciations and report due dates become all-day events that a
// calendar program imports. Each event's UID is built from the treaty, the kind of date and the
// State (its ISO code where known), not from the date itself, so that importing a newer file
// updates an event whose date changed instead of adding a second one. DTSTAMP is the registry's
// as-of date, so the same data always give the same file.
//
// Example:
//   std::vector<pacta::ical_event> events{{"opsc-entry-into-force", 2002_y/1/18, "OPSC in force", "…"}};
//   std::string text = pacta::to_icalendar(events, "OPSC", 2026_y/2/3);
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/detail/utf8.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pacta {

/// One all-day event.
struct ical_event {
  std::string uid;  ///< stable identifier, without the domain part
  date_t date;
  std::string summary;
  std::string description;
};

namespace detail {

/// Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma, newline; a carriage
/// return dropped. What a TEXT value cannot hold (§3.1: control characters other than the tab) and
/// bytes that are not UTF-8 are written as U+FFFD, so that no field starts a line or a property.
inline std::string ical_escape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto ch = decode_utf8(s, i);
    const char32_t c = ch.code_point;
    if (ch.length == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      out += utf8_replacement;
    } else if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {
      out.append(s.substr(i, ch.length));
    }
    i += ch.length ? ch.length : 1;
  }
  return out;
}

/// Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence, and ends it
/// with CRLF.
inline std::string ical_fold(std::string_view line) {
  std::string out;
  std::size_t width = 0;
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t len = std::max<std::size_t>(1, decode_utf8(line, i).length);
    if (width + len > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line.substr(i, len));
    width += len;
    i += len;
  }
  return out + "\r\n";
}

inline std::string ical_date(date_t d) {
  std::string s = to_iso(d);
  return s.substr(0, 4) + s.substr(5, 2) + s.substr(8, 2);
}

}  // namespace detail

/// The calendar: one VEVENT per event, all-day (DTSTART;VALUE=DATE, DTEND the next day).
/// `description`, when not empty, is the calendar's own description (RFC 7986 DESCRIPTION, and
/// X-WR-CALDESC for the programs that read only that): what the calendar does not hold, and why.
inline std::string to_icalendar(const std::vector<ical_event>& events, std::string_view calendar_name, date_t stamp,
                                std::string_view description = {}) {
  std::string out;
  auto line = [&](const std::string& l) { out += detail::ical_fold(l); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//pacta//pacta//EN");
  line("CALSCALE:GREGORIAN");
  line("METHOD:PUBLISH");
  line("X-WR-CALNAME:" + detail::ical_escape(calendar_name));
  if (!description.empty()) {
    line("DESCRIPTION:" + detail::ical_escape(description));
    line("X-WR-CALDESC:" + detail::ical_escape(description));
  }
  for (const auto& e : events) {
    line("BEGIN:VEVENT");
    line("UID:" + detail::ical_escape(e.uid) + "@pacta");
    line("DTSTAMP:" + detail::ical_date(stamp) + "T000000Z");
    line("DTSTART;VALUE=DATE:" + detail::ical_date(e.date));
    if (e.date < last_date)  // an all-day event without DTEND lasts one day (RFC 5545 3.6.1)
      line("DTEND;VALUE=DATE:" + detail::ical_date(add_period(e.date, period::days(1))));
    line("SUMMARY:" + detail::ical_escape(e.summary));
    if (!e.description.empty()) line("DESCRIPTION:" + detail::ical_escape(e.description));
    line("TRANSP:TRANSPARENT");
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  return out;
}

}  // namespace pacta
