// A loaded record is immutable and shareable: many threads query it at once and get the answers
// one thread gets. Run under ThreadSanitizer by scripts/test.sh --tsan (and so in CI).
#include "support.hpp"

#include <catch2/catch.hpp>
#include <pacta/detail/parallel.hpp>

#include <atomic>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

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

TEST_CASE(
    "concurrency: run_jobs runs every job once on the threads asked for, and throws the first job's "
    "exception after all have run",
    "[concurrency]") {
  for (unsigned threads : {0u, 1u, 3u, 64u}) {
    DYNAMIC_SECTION("threads: " << threads) {
      std::vector<std::atomic<int>> runs(100);
      pacta::detail::run_jobs(runs.size(), threads, [&](std::size_t i) { ++runs[i]; });
      for (const auto& r : runs) CHECK(r == 1);

      std::vector<std::atomic<int>> ran(10);
      try {
        pacta::detail::run_jobs(ran.size(), threads, [&](std::size_t i) {
          ++ran[i];
          if (i == 7 || i == 3) throw std::runtime_error("job " + std::to_string(i));
        });
        FAIL("nothing thrown");
      } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()) == "job 3");  // the first by index, whichever thread ran it
      }
      for (const auto& r : ran) CHECK(r == 1);  // the jobs after a throw ran all the same
    }
  }
  pacta::detail::run_jobs(0, 0, [](std::size_t) { FAIL("a job of none"); });
}
