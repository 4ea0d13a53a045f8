// pacta_peak FILE — loads, validates and computes every date of a registry once, as
// `pacta::load_record` does, and prints the file size, wall and CPU time and the peak
// resident memory (max RSS) of the process, and what the load added to the resident memory of the
// process before it (the program and its libraries). One process per measurement, since max RSS is
// a high-water mark.
#include <pacta/pacta.hpp>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <ctime>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: pacta_peak FILE\n");
    return 2;
  }
  struct stat st {};
  if (::stat(argv[1], &st) != 0) {
    std::perror(argv[1]);
    return 2;
  }
  long before_pages = 0;
  if (std::FILE* statm = std::fopen("/proc/self/statm", "r")) {
    long size_pages = 0;
    if (std::fscanf(statm, "%ld %ld", &size_pages, &before_pages) != 2) before_pages = 0;
    std::fclose(statm);
  }
  const double before = static_cast<double>(before_pages) * static_cast<double>(::sysconf(_SC_PAGESIZE));
  pacta::treaty_rules rules = pacta::opsc_rules();
  rules.signature.any_state = rules.consent.any_state = true;
  const auto wall0 = std::chrono::steady_clock::now();
  const std::clock_t cpu0 = std::clock();
  std::vector<pacta::diagnostic> diags;
  auto rec = pacta::try_load_record(argv[1], rules, diags);
  const double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
  if (!rec) {
    for (const auto& d : diags) std::fprintf(stderr, "%s\n", d.to_string().c_str());
    return 1;
  }
  struct rusage ru {};
  ::getrusage(RUSAGE_SELF, &ru);
  const double rss = static_cast<double>(ru.ru_maxrss) * 1024.0;
  std::printf(
      "{\"file_bytes\": %lld, \"actions\": %zu, \"states\": %zu, \"wall_s\": %.4f, \"cpu_s\": %.4f, "
      "\"max_rss_bytes\": %.0f, \"rss_to_file\": %.3f, \"rss_before_bytes\": %.0f, \"added_to_file\": %.3f}\n",
      static_cast<long long>(st.st_size), rec->source().actions.size(), rec->states().size(), wall, cpu, rss,
      rss / static_cast<double>(st.st_size), before, (rss - before) / static_cast<double>(st.st_size));
  return 0;
}
