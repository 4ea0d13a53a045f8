// libFuzzer target: registry text under the OPSC's rules (eligibility open, so that arbitrary State
// names reach the computations; clauses on provisional application and a simplified procedure, so that rules V1
// and E10 are reached). Properties checked on
// every input:
//  - rejected: at least one diagnostic; every diagnostic names the file, a code and a message; when
//    the text is JSON with no key given twice, every pointer resolves in the document;
//  - accepted: the registry re-serialises (to_json) and reloads to the same computed dates;
//  - the streaming reader (try_parse_registry) and the DOM path (parse_json_strict, then
//    try_registry_from_json) give the same registry or the same diagnostics, in the same order.
#include <pacta/pacta.hpp>

#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

pacta::treaty_rules rules() {
  pacta::treaty_rules r = pacta::opsc_rules();
  r.signature.any_state = r.consent.any_state = true;
  r.provisional_application = {true, "23", "articles 6 and 7", true, true};  // rule V1 reached too
  r.simplified_procedure = {true, "5", date::year{2001} / 12 / 1};           // and rule E10's procedure
  return r;
}

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "property violated: %s\n", what);
  std::abort();
}

bool same_dates(const pacta::treaty_record& a, const pacta::treaty_record& b) {
  if (a.entry_into_force().has_value() != b.entry_into_force().has_value()) return false;
  if (a.entry_into_force() && a.entry_into_force()->date != b.entry_into_force()->date) return false;
  if (a.states().size() != b.states().size()) return false;
  for (std::size_t i = 0; i < a.states().size(); ++i) {
    const auto& s = a.states()[i];
    const auto& t = b.states()[i];
    if (s.state != t.state || s.consents.size() != t.consents.size()) return false;
    for (std::size_t k = 0; k < s.consents.size(); ++k) {
      if (s.consents[k].in_force_from != t.consents[k].in_force_from) return false;
      if (s.consents[k].ends() != t.consents[k].ends()) return false;
    }
  }
  for (std::size_t i = 0; i < a.amendments().size(); ++i) {
    const auto& x = a.amendments()[i].entry_into_force;
    const auto& y = b.amendments()[i].entry_into_force;
    if (x.has_value() != y.has_value() || (x && x->date != y->date)) return false;
  }
  return a.amendments().size() == b.amendments().size();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const pacta::treaty_rules r = rules();
  const std::string text(reinterpret_cast<const char*>(data), size);
  {
    pacta::registry streamed, built;
    std::vector<pacta::diagnostic> ds, dd;
    const bool a = pacta::detail::read_registry_text(text, "input.json", streamed, ds);
    nlohmann::json j;
    const bool b = pacta::detail::parse_json_strict(text, "input.json", j, dd) &&
                   pacta::detail::registry_from_json(j, "input.json", built, dd);
    if (a != b || ds.size() != dd.size()) fail("the streaming reader and the DOM path disagree");
    for (std::size_t k = 0; k < ds.size(); ++k)
      if (ds[k].to_string() != dd[k].to_string()) fail("the streaming reader and the DOM path report differently");
    if (a && pacta::to_json(streamed) != pacta::to_json(built))
      fail("the streaming reader and the DOM path read differently");
  }
  std::vector<pacta::diagnostic> diags;
  auto rec = pacta::try_parse_record(text, "input.json", r, diags);
  if (!rec) {
    if (diags.empty()) fail("rejected without a diagnostic");
    const nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    // A text with a key given twice has no single document: a pointer into the first of the two
    // values need not resolve in nlohmann's DOM, which keeps the second. Pointers are checked only
    // in a text without one (regression seed: tests/fuzz/corpus/fuzz_registry/duplicate-outer-key.json).
    bool one_document = !doc.is_discarded();
    for (const auto& d : diags)
      if (d.code == "json.duplicate-key") one_document = false;
    for (const auto& d : diags) {
      if (d.file != "input.json" || d.code.empty() || d.message.empty()) fail("incomplete diagnostic");
      if (one_document && !d.pointer.empty()) {
        try {
          (void)doc.at(nlohmann::json::json_pointer(d.pointer));
        } catch (const std::exception&) {
          fail("a diagnostic's JSON pointer does not resolve in the document");
        }
      }
    }
    return 0;
  }
  if (!diags.empty()) fail("accepted with diagnostics");
  const std::string again = pacta::to_json(rec->source()).dump();
  std::vector<pacta::diagnostic> d2;
  auto rec2 = pacta::try_parse_record(again, "input.json", r, d2);
  if (!rec2) fail("a re-serialised registry was rejected");
  if (!same_dates(*rec, *rec2)) fail("re-serialising changed a computed date");
  return 0;
}
