// pacta_synth ACTIONS [SEED] — writes a synthetic registry of about ACTIONS actions to standard
// output (benchmarks/synthetic.hpp), deterministic by seed (default 42).
#include "synthetic.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: pacta_synth ACTIONS [SEED]\n");
    return 2;
  }
  const std::size_t actions = std::strtoull(argv[1], nullptr, 10);
  const std::uint64_t seed = argc == 3 ? std::strtoull(argv[2], nullptr, 10) : 42;
  std::size_t written = 0;
  const std::string text = pacta_bench::synthetic_registry(actions, seed, &written);
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fprintf(stderr, "%zu actions, %zu bytes\n", written, text.size());
  return 0;
}
