// libFuzzer target: the UN Treaty Collection importer (src/untc, libxml2's HTML parser) on any
// bytes, twice: with the chapter deciding the treaty (the built-in rules check the entry into
// force), and with a treaty id given, so that a page of any chapter reaches the reading of its rows
// and end notes (former States, bracketed instruments' denunciations). Rejected: at least one
// diagnostic, each with a code and a message. Accepted: the registry text it wrote reads back as a
// registry of the same actions, and the page's counts are the ones the table gave.
#include "untc.hpp"

#include <cstdint>
#include <cstdlib>

namespace {

void import_once(std::string_view html, const pacta::untc::import_options& options) {
  pacta::untc::import_result out;
  std::vector<pacta::diagnostic> diags;
  if (!pacta::untc::import_page(html, "page.html", options, out, diags)) {
    if (diags.empty()) std::abort();
    for (const auto& d : diags)
      if (d.code.empty() || d.message.empty()) std::abort();
    return;
  }
  if (!diags.empty()) std::abort();
  pacta::registry again;
  std::vector<pacta::diagnostic> none;
  if (!pacta::detail::read_registry_text(out.text, "again.json", again, none)) std::abort();
  if (again.actions.size() != out.reg.actions.size()) std::abort();
  // No count of signatories printed ("Parties : N" alone): none in the table either.
  if (out.page.parsed_parties != out.page.parties || out.page.parsed_signatories != out.page.signatories.value_or(0))
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  import_once(html, {});
  pacta::untc::import_options named;
  named.treaty = "fuzz";
  import_once(html, named);
  return 0;
}
