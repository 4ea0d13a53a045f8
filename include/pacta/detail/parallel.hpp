// pacta/detail/parallel.hpp — independent jobs run on a few threads, declared.
//
// What reading a whole data directory spends most of its time on is reading each registry and
// profile: files that do not depend on each other. `run_jobs` runs such jobs on up to as many
// threads as the machine has (at most `max_job_threads`) and returns when every one has run; the
// results go to slots the caller made, one per job, so that what follows reads them in the caller's
// order, whichever thread ran which. The definition (<thread>) is compiled into libpacta
// (src/lib/parallel.cpp), or included here in header-only mode (PACTA_HEADER_ONLY,
// pacta/config.hpp).
//
// Example:
//   std::vector<std::size_t> sizes(files.size());
//   pacta::detail::run_jobs(files.size(), 0, [&](std::size_t i) { sizes[i] = measure(files[i]); });
#pragma once

#include <pacta/config.hpp>

#include <cstddef>
#include <functional>

namespace pacta::detail {

/// The most threads `run_jobs` starts when it is given 0.
inline constexpr unsigned max_job_threads = 8;

/// Runs `job(0)` … `job(n - 1)`, each once, on up to `threads` threads (0: as many as the machine
/// has, at most `max_job_threads`; 1: on the calling thread only, in order; N: at most N, whatever
/// the machine), the calling thread
/// among them; returns when all have run. A thread that cannot be started leaves its share to the
/// others. When jobs throw, the others still run, and the exception of the first of them (by
/// index) is thrown again once all have run.
void run_jobs(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& job);

}  // namespace pacta::detail

#ifdef PACTA_HEADER_ONLY
#include <pacta/detail/parallel_impl.hpp>
#endif
