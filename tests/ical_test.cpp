// Tests for pacta/ical.hpp, and a parse-back of the calendar `pacta calendar` writes for the bundled
// data (tests/cli/golden/calendar-all.ics, itself compared byte for byte with the CLI's output).
#include "support.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace date::literals;

namespace {

struct vevent {
  std::map<std::string, std::string> props;  // name (with parameters) -> value
};

/// A small RFC 5545 reader: checks CRLF line ends and the 75-octet limit, unfolds lines, and
/// collects the VEVENTs. Fails the test on any structural error.
std::vector<vevent> parse_ics(const std::string& text) {
  std::vector<std::string> physical;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto end = text.find("\r\n", pos);
    REQUIRE(end != std::string::npos);  // every line ends with CRLF
    physical.push_back(text.substr(pos, end - pos));
    pos = end + 2;
  }
  std::vector<std::string> lines;
  for (const auto& l : physical) {
    CHECK(l.size() <= 75);
    CHECK(l.find('\n') == std::string::npos);
    if (!l.empty() && l[0] == ' ') {
      REQUIRE_FALSE(lines.empty());
      lines.back() += l.substr(1);
    } else {
      lines.push_back(l);
    }
  }
  REQUIRE(lines.front() == "BEGIN:VCALENDAR");
  REQUIRE(lines.back() == "END:VCALENDAR");
  std::vector<vevent> events;
  bool in_event = false;
  bool version = false, prodid = false;
  for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
    const auto& l = lines[i];
    const auto colon = l.find(':');
    REQUIRE(colon != std::string::npos);
    const std::string name = l.substr(0, colon), value = l.substr(colon + 1);
    if (l == "BEGIN:VEVENT") {
      REQUIRE_FALSE(in_event);
      in_event = true;
      events.emplace_back();
    } else if (l == "END:VEVENT") {
      REQUIRE(in_event);
      in_event = false;
    } else if (in_event) {
      events.back().props[name] = value;
    } else {
      version = version || l == "VERSION:2.0";
      prodid = prodid || name == "PRODID";
    }
  }
  CHECK_FALSE(in_event);
  CHECK(version);
  CHECK(prodid);
  return events;
}

std::optional<pacta::date_t> ics_date(const std::string& v) {
  if (v.size() != 8) return std::nullopt;
  return pacta::parse_date(v.substr(0, 4) + "-" + v.substr(4, 2) + "-" + v.substr(6, 2));
}

}  // namespace

TEST_CASE("ical: text is escaped and long lines are folded at 75 octets, never inside a UTF-8 character", "[ical]") {
  CHECK(pacta::detail::ical_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
  const std::string long_line = "SUMMARY:" + std::string(70, 'x') + "Côte d'Ivoire";
  const std::string folded = pacta::detail::ical_fold(long_line);
  CHECK(folded.find("\r\n ") == 75);
  std::string unfolded = folded;
  unfolded.erase(unfolded.find("\r\n "), 3);
  CHECK(unfolded == long_line + "\r\n");
  // "ô" is two octets: the fold must not split it.
  const std::string edge = "X:" + std::string(72, 'y') + "ô";
  const std::string f2 = pacta::detail::ical_fold(edge);
  CHECK(f2.substr(0, 74) == "X:" + std::string(72, 'y'));
  CHECK(f2.substr(74, 3) == "\r\n ");
}

TEST_CASE("ical: the calendar of the bundled data parses back: every event all-day, UIDs unique and stable",
          "[ical][data]") {
  std::string text;
  REQUIRE(test::read_text(test::source_path("tests/cli/golden/calendar-all.ics"), text));
  const auto events = parse_ics(text);
  // The general entry into force, and for each of the 178 parties its entry into force and its next
  // report (no denunciation is recorded). Without a reports file the next report is the first the
  // schedule makes due on or after the date asked (3 February 2026): no report event before it.
  CHECK(events.size() == 1 + 178 + 178);
  std::set<std::string> uids;
  for (const auto& e : events) {
    const auto& p = e.props;
    REQUIRE(p.count("UID"));
    CHECK(uids.insert(p.at("UID")).second);
    REQUIRE(p.count("DTSTART;VALUE=DATE"));
    REQUIRE(p.count("DTEND;VALUE=DATE"));
    const auto start = ics_date(p.at("DTSTART;VALUE=DATE"));
    const auto end = ics_date(p.at("DTEND;VALUE=DATE"));
    REQUIRE(start);
    REQUIRE(end);
    CHECK(*end == pacta::add_period(*start, pacta::period::days(1)));
    CHECK(p.at("DTSTAMP") == "20260203T000000Z");
    CHECK(p.count("SUMMARY"));
    if (p.at("UID").find("-report-") != std::string::npos) CHECK(*start >= 2026_y / 2 / 3);
  }
  const auto find = [&](const std::string& uid) -> const vevent* {
    for (const auto& e : events)
      if (e.props.at("UID") == uid) return &e;
    return nullptr;
  };
  REQUIRE(find("opsc-entry-into-force@pacta"));
  CHECK(find("opsc-entry-into-force@pacta")->props.at("DTSTART;VALUE=DATE") == "20020118");
  REQUIRE(find("opsc-entry-into-force-ben@pacta"));
  CHECK(find("opsc-entry-into-force-ben@pacta")->props.at("DTSTART;VALUE=DATE") == "20050228");
  CHECK_FALSE(find("opsc-report-initial-usa@pacta"));  // due 23 January 2005: past
  REQUIRE(find("opsc-report-next-usa@pacta"));
  CHECK(find("opsc-report-next-usa@pacta")->props.at("DTSTART;VALUE=DATE") == "20300123");
  CHECK(find("opsc-entry-into-force-mne@pacta")->props.at("DTSTART;VALUE=DATE") == "20060603");
}
