// libFuzzer target: the UN Treaty Collection importer (src/untc, libxml2's HTML parser) on any
// bytes. Rejected: at least one diagnostic, each with a code and a message. Accepted: the registry
// text it wrote reads back as a registry of the same actions, and the page's counts are the ones
// the table gave.
#include "untc.hpp"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  pacta::untc::import_result out;
  std::vector<pacta::diagnostic> diags;
  if (!pacta::untc::import_page(html, "page.html", {}, out, diags)) {
    if (diags.empty()) std::abort();
    for (const auto& d : diags)
      if (d.code.empty() || d.message.empty()) std::abort();
    return 0;
  }
  if (!diags.empty()) std::abort();
  pacta::registry again;
  std::vector<pacta::diagnostic> none;
  if (!pacta::detail::read_registry_text(out.text, "again.json", again, none)) std::abort();
  if (again.actions.size() != out.reg.actions.size()) std::abort();
  if (out.page.parsed_parties != out.page.parties || out.page.parsed_signatories != out.page.signatories) std::abort();
  return 0;
}
