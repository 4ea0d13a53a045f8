// pacta_synth ACTIONS [SEED] — writes a synthetic registry of about ACTIONS actions to standard
// output (benchmarks/synthetic.hpp), deterministic by seed (default 42).
// pacta_synth --treaties T STATES DIR [SEED] — writes T registries of about STATES States each
// (treaties t0001, t0002, …) to DIR/t0001.json, … (DIR must exist).
// pacta_synth --data-dir T STATES DIR [SEED] — the same registries as a data directory the CLI
// reads (--data-dir DIR): DIR/registries/t0001.json, … and each treaty's profile in
// DIR/treaties/t0001.json, … (DIR/registries and DIR/treaties must exist).
#include "synthetic.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

/// A whole number above zero, or 0 when the text is not one.
std::size_t count(const char* text) {
  char* end = nullptr;
  const unsigned long long n = std::strtoull(text, &end, 10);
  return end != text && *end == '\0' && text[0] != '-' ? static_cast<std::size_t>(n) : 0;
}

int usage() {
  std::fprintf(stderr,
               "usage: pacta_synth ACTIONS [SEED]\n       pacta_synth --treaties T STATES DIR [SEED]\n       "
               "pacta_synth --data-dir T STATES DIR [SEED]\n");
  return 2;
}

bool write(const std::string& path, const std::string& text) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return false;
  const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  return std::fclose(f) == 0 && ok;
}

}  // namespace

int main(int argc, char** argv) {
  const bool data_dir = argc >= 2 && std::strcmp(argv[1], "--data-dir") == 0;
  if (argc >= 2 && (data_dir || std::strcmp(argv[1], "--treaties") == 0)) {
    if (argc < 5 || argc > 6) return usage();
    const std::size_t treaties = count(argv[2]);
    const std::size_t states = count(argv[3]);
    if (treaties == 0 || states == 0) return usage();
    const std::string dir = argv[4];
    const std::uint64_t seed = argc == 6 ? std::strtoull(argv[5], nullptr, 10) : 42;
    std::size_t written = 0, bytes = 0;
    const auto texts = pacta_bench::synthetic_treaties(treaties, states, seed, &written);
    for (std::size_t k = 0; k < texts.size(); ++k) {
      char id[32];
      std::snprintf(id, sizeof id, "t%04zu", k + 1);
      const std::string registry = dir + (data_dir ? "/registries/" : "/") + id + ".json";
      const std::string profile = dir + "/treaties/" + id + ".json";
      if (!write(registry, texts[k])) {
        std::perror(registry.c_str());
        return 1;
      }
      if (data_dir && !write(profile, pacta_bench::synthetic_profile(id))) {
        std::perror(profile.c_str());
        return 1;
      }
      bytes += texts[k].size();
    }
    std::fprintf(stderr, "%zu registries, %zu actions, %zu bytes\n", texts.size(), written, bytes);
    return 0;
  }
  if (argc < 2 || argc > 3) return usage();
  const std::size_t actions = count(argv[1]);
  if (actions == 0) return usage();
  const std::uint64_t seed = argc == 3 ? std::strtoull(argv[2], nullptr, 10) : 42;
  std::size_t written = 0;
  const std::string text = pacta_bench::synthetic_registry(actions, seed, &written);
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fprintf(stderr, "%zu actions, %zu bytes\n", written, text.size());
  return 0;
}
