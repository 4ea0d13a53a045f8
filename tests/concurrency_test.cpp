// A loaded record is immutable and shareable: many threads query it at once and get the answers
// one thread gets. Run under ThreadSanitizer by scripts/test.sh --tsan (and so in CI).
#include "support.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

using namespace date::literals;

TEST_CASE("concurrency: eight threads query one shared record and reporting at once", "[concurrency]") {
  const pacta::treaty_record& opsc = test::bundled_opsc();
  const pacta::reporting rep(opsc, &test::bundled_crc());
  std::vector<pacta::date_t> days;
  for (int y = 2000; y <= 2026; ++y) days.push_back(date::year{y} / 6 / 30);
  const pacta::date_t us_party = 2003_y / 1 / 1;  // the United States' report dates exist from its deposit
  // The answers of one thread.
  std::vector<std::size_t> expected;
  for (auto d : days) expected.push_back(opsc.parties_on(d));
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (std::size_t i = 0; i < days.size(); ++i) {
        const std::size_t k = (i + static_cast<std::size_t>(t)) % days.size();
        if (opsc.parties_on(days[k]) != expected[k]) ++mismatches;
        for (const auto& s : opsc.states()) {
          (void)opsc.status_on(s.state, days[k]);
          (void)opsc.binding_text(s.state, days[k]);
        }
        if (opsc.entry_into_force_for("Benin")->date != 2005_y / 2 / 28) ++mismatches;
        if (days[k] >= us_party) {
          const auto p = rep.position("United States of America", days[k]);
          if (!p.initial_due || p.initial_due->date != 2005_y / 1 / 23) ++mismatches;
        }
      }
    });
  for (auto& th : threads) th.join();
  CHECK(mismatches == 0);
}
