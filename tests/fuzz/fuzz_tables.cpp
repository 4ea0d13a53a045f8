// libFuzzer target: the data tables a data directory holds beside its registries and profiles —
// the name table (pacta.states/1), the successions table (pacta.successions/1) and a weights file
// (pacta.weights/1, its rows resolved through the bundled name table) — each parser given every
// input. Rejected: diagnostics. Accepted: a weights file's figures are each within 0..10^12 and
// together no more, its total positive, and every State it names is one the name table knows under
// that very name (the key a weighted condition looks up).
#include <pacta/pacta.hpp>
#include <pacta/successions.hpp>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const pacta::state_names names = pacta::load_state_names(PACTA_SOURCE_DIR "/data/states.json");
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto rejected_with_reason = [](const auto& parsed, const std::vector<pacta::diagnostic>& diags) {
    if (!parsed && diags.empty()) std::abort();
  };
  {
    std::vector<pacta::diagnostic> diags;
    const auto t = pacta::try_parse_state_names(text, "s.json", diags);
    rejected_with_reason(t, diags);
    if (t)
      for (const auto& n : t->all())
        if (!t->lookup(n.name)) std::abort();  // every State is found by its own name
  }
  {
    std::vector<pacta::diagnostic> diags;
    rejected_with_reason(pacta::try_parse_successions(text, "x.json", diags), diags);
  }
  std::vector<pacta::diagnostic> diags;
  const auto w = pacta::try_parse_weights(text, "w.json", names, diags);
  rejected_with_reason(w, diags);
  if (!w) return 0;
  if (w->table.total <= 0 || w->table.total > 1'000'000'000'000) std::abort();
  std::int64_t sum = 0;
  for (const auto& [who, n] : w->table.of) {
    if (n < 0 || n > 1'000'000'000'000) std::abort();
    sum += n;
    const pacta::state_name* s = names.lookup(who);
    if (!s || s->name != who) std::abort();
  }
  if (sum > 1'000'000'000'000) std::abort();
  return 0;
}
