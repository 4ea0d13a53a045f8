// pacta/detail/parallel_impl.hpp — the definition of pacta/detail/parallel.hpp: compiled once into
// libpacta (src/lib/parallel.cpp), or included by parallel.hpp in header-only mode
// (PACTA_HEADER_ONLY). Not to be included otherwise: it holds no include of parallel.hpp, which
// includes it (no cycle).
#pragma once

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace pacta::detail {

PACTA_INLINE void run_jobs(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& job) {
  std::vector<std::exception_ptr> thrown(n);  // each job's, rethrown in order: what one thread would throw
  auto run = [&](std::size_t i) {
    try {
      job(i);
    } catch (...) {
      thrown[i] = std::current_exception();
    }
  };
  auto rethrow_first = [&] {
    for (const auto& e : thrown)
      if (e) std::rethrow_exception(e);
  };
  if (threads == 0) {
    const unsigned machine = std::thread::hardware_concurrency();
    threads = std::min(machine == 0 ? 1u : machine, max_job_threads);
  }
  const std::size_t used = std::min<std::size_t>(threads, n);
  if (used <= 1) {
    for (std::size_t i = 0; i < n; ++i) run(i);
    return rethrow_first();
  }
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < n; i = next++) run(i);
  };
  std::vector<std::thread> others;
  others.reserve(used - 1);
  for (std::size_t k = 1; k < used; ++k) {
    try {
      others.emplace_back(work);
    } catch (...) {  // no more threads to be had (or no memory for one): the ones running share the rest
      break;
    }
  }
  work();
  for (auto& t : others) t.join();
  rethrow_first();
}

}  // namespace pacta::detail
