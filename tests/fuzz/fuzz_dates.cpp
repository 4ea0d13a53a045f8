// libFuzzer target: date and period parsing and period arithmetic. Properties: a parsed date is
// valid and prints back to the same text; a parsed period prints back to a period that parses to
// the same value; adding a positive period to any valid date gives a valid, later date, and months
// and years agree with the independent rule "same day-number, else the month's last day"; with rule
// P7 ("the first day of the month following" the period) the result is the 1st of the month after
// the one that independent rule gives, whatever the unit; with rule P8 ("the first day of the Nth
// month after the month of") the 1st of the month N months after the anchor's, whatever its day.
#include <pacta/calendar.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto split = text.find('|');
  const std::string date_text = text.substr(0, split);
  const std::string period_text = split == std::string::npos ? "" : text.substr(split + 1);
  const auto d = pacta::parse_date(date_text);
  if (d) {
    if (!d->ok() || pacta::to_iso(*d) != date_text) std::abort();
  }
  const auto p = pacta::parse_period(period_text);
  if (p) {
    const auto again = pacta::parse_period(pacta::to_string(*p));
    if (!again || *again != *p || p->count < 1) std::abort();
  }
  if (d && p) {
    const pacta::date_t r = pacta::add_period(*d, *p);
    if (!r.ok() || !(r > *d)) std::abort();
    // The period's own end, by the independent rule (days: serial arithmetic).
    int y = static_cast<int>(d->year());
    unsigned m = static_cast<unsigned>(d->month());
    unsigned day = static_cast<unsigned>(d->day());
    if (p->unit == pacta::period_unit::days) {
      const date::year_month_day end{date::sys_days{*d} + date::days{p->count}};
      y = static_cast<int>(end.year());
      m = static_cast<unsigned>(end.month());
      day = static_cast<unsigned>(end.day());
    } else {
      const int months = p->unit == pacta::period_unit::months ? p->count : 12 * p->count;
      const int index = y * 12 + static_cast<int>(m) - 1 + months;
      y = index / 12;
      m = static_cast<unsigned>(index % 12 + 1);
      const unsigned last = static_cast<unsigned>((date::year{y} / date::month{m} / date::last).day());
      day = std::min(day, last);
    }
    if (p->nth_month) {  // P8: the day of the month does not count, and no month is added after
      const int index =
          static_cast<int>(d->year()) * 12 + static_cast<int>(static_cast<unsigned>(d->month())) - 1 + p->count;
      y = index / 12;
      m = static_cast<unsigned>(index % 12 + 1);
      day = 1;
    } else if (p->month_start) {  // P7: the 1st of the following month
      if (m == 12) {
        ++y;
        m = 1;
      } else {
        ++m;
      }
      day = 1;
    }
    if (r != date::year{y} / date::month{m} / date::day{day}) std::abort();
  }
  return 0;
}
