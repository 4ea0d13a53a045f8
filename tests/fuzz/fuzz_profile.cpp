// libFuzzer target: treaty profiles. Rejected: diagnostics with resolvable pointers. Accepted: the
// rules written back (to_json) read again to equal rules.
#include <pacta/pacta.hpp>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<pacta::diagnostic> diags;
  nlohmann::json j;
  if (!pacta::detail::parse_json_strict(text, "p.json", j, diags)) {
    if (diags.empty()) std::abort();
    return 0;
  }
  pacta::treaty_rules r;
  if (!pacta::detail::profile_from_json(j, "p.json", r, diags)) {
    if (diags.empty()) std::abort();
    for (const auto& d : diags) {
      if (d.code.empty() || d.message.empty()) std::abort();
      if (!d.pointer.empty() && !j.contains(nlohmann::json::json_pointer(d.pointer))) std::abort();
    }
    return 0;
  }
  if (pacta::parse_treaty_profile(pacta::to_json(r).dump(), "<profile>") != r) std::abort();
  return 0;
}
