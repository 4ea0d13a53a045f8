// libFuzzer target: reports files, checked and used against the bundled OPSC and Convention
// records on a date taken from the input. Rejected: diagnostics. Accepted: every position of a
// State the registry has computes, an overdue report is overdue by a positive number of days, and
// a State it lacks is a query_error.
#include <pacta/pacta.hpp>

#include <cstdint>
#include <cstdlib>

namespace {
struct bundled {
  pacta::treaty_record crc = pacta::load_record(PACTA_SOURCE_DIR "/data/registries/crc.json", pacta::crc_rules());
  pacta::treaty_record opsc =
      pacta::load_record(PACTA_SOURCE_DIR "/data/registries/opsc.json", pacta::opsc_rules(), {&crc});
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bundled b;
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<pacta::diagnostic> diags;
  const auto parsed = pacta::try_parse_reports(text, "r.json", diags);
  if (!parsed) {
    if (diags.empty()) std::abort();
    return 0;
  }
  const pacta::reports_file& rf = *parsed;
  const pacta::reporting rep(b.opsc, &b.crc, &rf);
  (void)rep.validate();
  using namespace date::literals;
  const pacta::date_t on = rf.as_of;
  // A State the registry lacks is a query_error (the one contract for naming a State), never an
  // answer; the others have a position.
  auto unknown = [&](const std::string& state) {
    if (b.opsc.find(state)) return false;
    try {
      (void)rep.position(state, on);
    } catch (const pacta::query_error&) {
      return true;
    }
    std::abort();
  };
  for (const auto& s : rf.submissions) {
    if (unknown(s.state)) continue;
    const auto p = rep.position(s.state, on);
    if (p.overdue == pacta::overdue_state::overdue && p.days_overdue->count() <= 0) std::abort();
  }
  for (const auto& d : rf.due_dates)
    if (!unknown(d.state)) (void)rep.position(d.state, on);
  return 0;
}
