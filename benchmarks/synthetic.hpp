// Synthetic registries of any size, deterministic by seed, for the benchmarks.
//
// A registry of about `actions` actions over actions/3 States ("State 0000001", …): most States sign
// and ratify or accede, some succeed, 3% of the instruments carry a note on territorial application,
// about 2% of the States denounce (a few then withdraw the denunciation, a few accede again after it
// took effect), and one amendment runs its whole life (proposal, communication, favours, adoption,
// approval, acceptances). Every registry it writes is valid under
// the OPSC's rules with eligibility open to any State.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace pacta_bench {

/// splitmix64: small, fast, and the same sequence everywhere for a seed.
struct rng {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
};

inline std::string date_text(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

/// A valid registry of about `actions` actions (the exact count is returned in `written`), for the
/// treaty with the id `treaty`.
inline std::string synthetic_registry(std::size_t actions, std::uint64_t seed, std::size_t* written_out = nullptr,
                                      const std::string& treaty = "opsc") {
  rng r{seed};
  // About 3.4 actions a State: 2.1 of its own, a third favour the amendment, nearly all accept it.
  const std::size_t states = actions * 10 / 30 + 10;
  std::string out;
  out.reserve(actions * 80 + 1024);
  out += "{\n  \"format\": \"pacta.registry/1\",\n  \"treaty\": \"" + treaty +
         "\",\n  \"as_of\": \"2026-02-03\",\n"
         "  \"source\": \"synthetic registry, seed " +
         std::to_string(seed) + "\",\n  \"actions\": [\n";
  std::size_t written = 0;
  auto emit = [&](const std::string& line) {
    out += written ? ",\n    " : "    ";
    out += line;
    ++written;
  };
  auto act = [&](const std::string& state, const char* kind, const std::string& date, const std::string& extra = "") {
    emit("{\"state\": \"" + state + "\", \"action\": \"" + kind + "\", \"date\": \"" + date + "\"" + extra + "}");
  };
  auto amend = [&](const std::string& state, const char* kind, const std::string& date) {
    emit("{\"state\": \"" + state + "\", \"action\": \"amendment-" + kind + "\", \"amendment\": \"A1\", \"date\": \"" +
         date + "\"}");
  };
  auto name = [](std::size_t i) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "State %07zu", i);
    return std::string(buf);
  };
  std::vector<bool> steady(states, true);  // party throughout 2025-2026
  for (std::size_t i = 0; i < states; ++i) {
    const std::string s = name(i);
    if (i < 10) {  // the founders: the threshold, and the amendment's proposer
      act(s, "ratification", date_text(2001, 1, 1 + static_cast<int>(i)));
      continue;
    }
    const int y = 2000 + r.below(20), m = 1 + r.below(12), d = 1 + r.below(28);
    const int kind = r.below(100);
    // Territorial application, as the depositary records it: a note with the instrument (the
    // format has no territorial action; the OPSC has no territorial clause).
    const std::string territorial =
        r.below(100) < 3 ? ", \"note\": \"With a declaration that the Protocol shall not apply to Territory " +
                               std::to_string(i) + " until notification to the contrary.\""
                         : "";
    if (kind < 60) {
      act(s, "signature", date_text(y, m, d));
      act(s, "ratification", date_text(y + 1 + r.below(3), 1 + r.below(12), 1 + r.below(28)), territorial);
    } else if (kind < 95) {
      act(s, "accession", date_text(y + 1, m, d), territorial);
    } else {
      act(s, "succession", date_text(y + 1, m, d), ", \"effective\": \"" + date_text(y, m, d) + "\"");
    }
    const int den = r.below(100);
    if (den < 2) {  // a denunciation pending through 2025, withdrawn in one case in two
      act(s, "denunciation", date_text(2025, 3, 1 + r.below(28)));
      if (den == 0) act(s, "denunciation-withdrawal", date_text(2025, 12, 31));
      steady[i] = false;
    } else if (den < 3) {  // denounced with effect in 2024, acceded again in 2025
      act(s, "denunciation", date_text(2023, 3, 1 + r.below(28)));
      act(s, "accession", date_text(2025, 6, 1 + r.below(28)));
      steady[i] = false;
    }
  }
  // Amendment A1: proposed, communicated, favoured by a third of the steady States in time,
  // adopted, approved, and accepted by every steady State.
  amend(name(0), "proposal", "2025-01-02");
  emit("{\"action\": \"amendment-communication\", \"amendment\": \"A1\", \"date\": \"2025-01-10\"}");
  std::size_t favours = 0;
  for (std::size_t i = 0; i < states && favours * 3 < states + 3; ++i)
    if (steady[i]) {
      amend(name(i), "favour", "2025-02-03");
      ++favours;
    }
  emit(
      "{\"action\": \"amendment-adoption\", \"amendment\": \"A1\", \"date\": \"2025-09-01\", \"vote\": "
      "{\"in_favour\": 100, \"against\": 3, \"abstaining\": 5}}");
  emit("{\"action\": \"amendment-approval\", \"amendment\": \"A1\", \"date\": \"2025-12-01\"}");
  for (std::size_t i = 0; i < states; ++i)
    if (steady[i]) amend(name(i), "acceptance", date_text(2026, 1, 1 + static_cast<int>(i % 28)));
  out += "\n  ]\n}\n";
  if (written_out) *written_out = written;
  return out;
}

/// The registries an office keeps: `treaties` treaties ("t0001", "t0002", …) of about `states`
/// States each (about 2.9 actions a State), each from its own seed. The total number of actions is
/// returned in `written`.
inline std::vector<std::string> synthetic_treaties(std::size_t treaties, std::size_t states, std::uint64_t seed,
                                                   std::size_t* written_out = nullptr) {
  std::vector<std::string> out;
  std::size_t total = 0;
  for (std::size_t k = 0; k < treaties; ++k) {
    char id[32];
    std::snprintf(id, sizeof id, "t%04zu", k + 1);
    std::size_t written = 0;
    // synthetic_registry makes actions * 10 / 30 + 10 States.
    out.push_back(synthetic_registry((states > 10 ? states - 10 : 0) * 3, seed + k, &written, id));
    total += written;
  }
  if (written_out) *written_out = total;
  return out;
}

/// The profile of synthetic treaty `id` ("t0001"): the OPSC's final clauses (ten instruments and
/// three months, one month for later States, denunciation after a year, article 16's amendments,
/// article 12's reports), open to any State, with no parent treaty, as `synthetic_registry` needs.
inline std::string synthetic_profile(const std::string& id) {
  std::string upper = id;
  for (auto& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  return "{\n  \"format\": \"pacta.treaty/1\",\n  \"id\": \"" + id + "\",\n  \"short_title\": \"" + upper +
         "\",\n  \"title\": \"Synthetic treaty " + id +
         "\",\n"
         "  \"signature\": {\"article\": \"13(1)\", \"open_to\": \"any-state\"},\n"
         "  \"consent\": {\"article\": \"13(2)\", \"open_to\": \"any-state\"},\n"
         "  \"entry_into_force\": {\"article\": \"14(1)\", \"threshold\": 10, \"delay\": \"3 months\", "
         "\"later_states\": {\"article\": \"14(2)\", \"wording\": \"after-entry-into-force\", \"delay\": \"1 "
         "month\"}},\n"
         "  \"denunciation\": {\"article\": \"15(1)\", \"delay\": \"1 year\", \"counted_from\": \"receipt\", "
         "\"continuing_obligations_article\": \"15(2)\"},\n"
         "  \"amendment\": {\"article\": \"16\", \"conference_window\": \"4 months\", \"conference_share\": \"1/3\", "
         "\"acceptance_share\": \"2/3\"},\n"
         "  \"reporting\": {\"article\": \"12(1)\", \"initial\": \"2 years\", \"periodic_article\": \"12(2)\", "
         "\"periodic\": \"5 years\", \"committee_article\": \"12(3)\"}\n}\n";
}

}  // namespace pacta_bench
