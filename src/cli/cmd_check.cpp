// pacta check FILE… — each file is read once (standard input as `-`; a pipe or FIFO read whole, a
// regular file streamed) and checked as what its "format" says: a treaty profile, a reports file,
// a name table, a successions table, a weights file, else a registry. Every registry is then checked with the
// registries its treaty needs (article 13): one among the files, else the bundled one; when neither exists the check
// fails, unless --no-parent says to skip eligibility on purpose (docs/cli.md).
#include "app.hpp"
#include "commands.hpp"
#include "loading.hpp"
#include "output.hpp"

#include <pacta/input.hpp>

#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <utility>

namespace pacta_cli {
namespace {

using given_profiles = std::map<std::string, pacta::treaty_rules>;  ///< given with --profile, by treaty id

/// The value of a JSON document's top-level "format" member, read as a stream and stopping there
/// (it is usually the first member); empty when there is none or the text is not JSON.
class format_sniffer : public nlohmann::json_sax<nlohmann::json> {
 public:
  std::string found;
  bool null() override { return next(); }
  bool boolean(bool) override { return next(); }
  bool number_integer(number_integer_t) override { return next(); }
  bool number_unsigned(number_unsigned_t) override { return next(); }
  bool number_float(number_float_t, const string_t&) override { return next(); }
  bool string(string_t& v) override {
    if (want_) {
      found = v;
      return false;  // found: stop
    }
    return next();
  }
  bool binary(binary_t&) override { return next(); }
  bool start_object(std::size_t) override { return open(); }
  bool key(string_t& k) override {
    want_ = depth_ == 1 && k == "format";
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  bool next() {
    want_ = false;
    return true;
  }
  bool open() {
    want_ = false;
    ++depth_;
    return true;
  }
  bool close() {
    --depth_;
    return depth_ > 0;  // the top-level object closed: no format
  }
  int depth_ = 0;
  bool want_ = false;
};

template <class Input>
std::string sniff_format(Input&& input) {
  format_sniffer s;
  (void)nlohmann::json::sax_parse(std::forward<Input>(input), &s, nlohmann::json::input_format_t::json, false);
  return s.found;
}

/// A file opened for checking: what `open_input` found, its text when it is not a regular file
/// (a pipe is read once), and its "format".
struct opened {
  pacta::input_info info;
  std::string text, format;
};

/// Opens a file and reads its format; false (with diagnostics) when it cannot be read.
bool open_and_sniff(const std::string& f, opened& o, std::vector<pacta::diagnostic>& diags) {
  std::vector<pacta::diagnostic> open_diags;
  auto handle = pacta::open_input(f, open_diags, pacta::max_registry_bytes, o.info);
  if (!handle) {
    diags.insert(diags.end(), open_diags.begin(), open_diags.end());
    return false;
  }
  if (o.info.regular) {
    std::ifstream in(f, std::ios::binary);
    o.format = sniff_format(in);
  } else {
    if (!pacta::read_rest(handle.get(), f, o.text, diags, pacta::max_registry_bytes)) return false;
    o.format = sniff_format(o.text);
  }
  return true;
}

/// Checks a file whose format says it is a treaty profile, a reports file, a name table, a
/// successions table or a weights file (its rows resolved through the data directory's name table),
/// and prints what it is when valid; false when the format says none of them (a registry).
bool check_other(const std::string& f, opened& o, const fs::path& data_dir, std::vector<pacta::diagnostic>& diags) {
  auto whole_text = [&]() { return !o.info.regular || pacta::read_input(f, o.text, diags); };
  auto starts = [&](const char* prefix) { return o.format.rfind(prefix, 0) == 0; };
  if (starts("pacta.treaty/")) {
    std::optional<pacta::treaty_rules> r;
    if (whole_text() && (r = pacta::try_parse_treaty_profile(o.text, f, diags)))
      std::cout << f << ": valid treaty profile (" << r->short_title << ")\n";
    return true;
  }
  if (starts("pacta.reports/")) {
    std::optional<pacta::reports_file> rf;
    if (whole_text() && (rf = pacta::try_parse_reports(o.text, f, diags)))
      std::cout << f << ": valid reports file for the treaty \"" << rf->treaty << "\", " << rf->submissions.size()
                << " submissions (checked against a registry by pacta reports --reports)\n";
    return true;
  }
  if (starts("pacta.states/")) {
    std::optional<pacta::state_names> t;
    if (whole_text() && (t = pacta::try_parse_state_names(o.text, f, diags)))
      std::cout << f << ": valid name table, " << t->all().size() << " States\n";
    return true;
  }
  if (starts("pacta.weights/")) {
    const std::size_t before = diags.size();
    const pacta::state_names& names = name_table(data_dir);
    if (names.all().empty()) {  // one line, not one per row
      diags.push_back(pacta::no_name_table(f, (data_dir / "states.json").string()));
      return true;
    }
    std::optional<pacta::weights_file> w;
    if (whole_text() && (w = pacta::try_parse_weights(o.text, f, names, diags))) {
      // In a data directory's tables/ID/NAME.json, the file's place names its treaty and table.
      const fs::path place(f);
      if (place.parent_path().parent_path().filename() == "tables" &&
          (!pacta::names_agree(f, "/treaty", "weights file's \"treaty\"", w->treaty,
                               place.parent_path().filename().string(), diags) ||
           !pacta::names_agree(f, "/name", "weights file's \"name\"", w->table.name, place.stem().string(), diags)))
        return true;
    }
    if (w && diags.size() == before)
      std::cout << f << ": valid weights file \"" << w->table.name << "\" for the treaty \"" << w->treaty << "\", "
                << w->table.of.size() << " States with a figure\n";
    return true;
  }
  if (starts("pacta.successions/")) {
    std::optional<pacta::successions_table> t;
    if (whole_text() && (t = pacta::try_parse_successions(o.text, f, diags)))
      std::cout << f << ": valid successions table, " << t->entries.size() << " successor States\n";
    return true;
  }
  return false;
}

/// Reads a registry and its treaty's rules into `registries`, for checking once every file is read.
void read_registry(const std::string& f, const opened& o, const given_profiles& given, const fs::path& data_dir,
                   std::vector<pending>& registries, std::vector<pacta::diagnostic>& diags) {
  pending p;
  auto reg = o.info.regular ? pacta::try_load_registry(f, diags) : pacta::try_parse_registry(o.text, f, diags);
  if (!reg) return;
  p.reg = std::move(*reg);
  auto rules = rules_for(p.reg.treaty, given, data_dir, diags);
  if (!rules) {
    diags.push_back({f, "/treaty", "registry.treaty",
                     "no rules for the treaty \"" + p.reg.treaty +
                         "\": pacta has no profile of that id; give its profile with --profile FILE" +
                         profiles_given(given),
                     std::nullopt, std::nullopt});
    return;
  }
  p.rules = std::move(*rules);
  registries.push_back(std::move(p));
}

/// Checks registry `r` with the registries among the files that its treaty needs (the rest
/// bundled), and prints what it is when valid.
void check_registry(const pending& r, const std::vector<pending>& registries, const given_profiles& given,
                    const fs::path& data_dir, bool no_parent, std::vector<pacta::diagnostic>& diags) {
  std::vector<pending> set;
  for (const auto& id : pacta::needed_treaties(r.rules))
    for (const auto& other : registries)
      if (&other != &r && other.reg.treaty == id) set.push_back(other);
  set.push_back(r);
  loaded l;
  std::vector<pacta::diagnostic> found;
  parent_policy policy;
  policy.no_parent = no_parent;
  policy.how = "a FILE of its own in the same pacta check";
  if (!build_all(std::move(set), given, r.reg.treaty, data_dir, policy, l, found)) {
    diags.insert(diags.end(), found.begin(), found.end());
    return;
  }
  std::cout << r.reg.file << ": valid " << l.primary->rules().short_title << " registry, "
            << l.primary->source().actions.size() << " actions, " << l.primary->states().size() << " States";
  std::vector<std::string> against;
  for (const auto& id : pacta::eligibility_parents(r.rules))
    for (const pacta::treaty_record* rec : l.set.records())
      if (rec->rules().id == id) against.push_back(rec->source().file);
  if (!against.empty()) {
    std::cout << " (eligibility, article " << l.primary->rules().consent.article << ", checked against";
    for (const auto& a : against) std::cout << ' ' << a;
    std::cout << ')';
  } else if (!pacta::eligibility_parents(r.rules).empty()) {
    std::cout << " (eligibility, article " << l.primary->rules().consent.article << ", NOT checked: --no-parent)";
  } else if (r.rules.signature.un_members || r.rules.consent.un_members) {  // rule G1
    std::cout << " (eligibility, article " << l.primary->rules().consent.article
              << ", Members of the United Nations: NOT checked, pacta has no list of UN Members)";
  }
  std::cout << '\n';
}

}  // namespace

int cmd_check(const std::vector<std::string>& files, const std::vector<std::string>& profile_files,
              const fs::path& data_dir, bool no_parent) {
  std::vector<pacta::diagnostic> diags;
  // The profiles given with --profile: the rules of their treaties' registries here, before the
  // data directory's (as every other subcommand takes them).
  const given_profiles given = read_profiles(profile_files, diags);
  if (!diags.empty()) {  // a profile given that cannot be read: its errors, and no check under other rules
    print_diagnostics(diags);
    std::cerr << "pacta check: the profiles given with --profile cannot be used; nothing was checked\n";
    return exit_invalid;
  }
  std::vector<pending> registries;
  for (const auto& f : files) {
    opened o;
    if (!open_and_sniff(f, o, diags)) continue;
    if (check_other(f, o, data_dir, diags)) continue;
    read_registry(f, o, given, data_dir, registries, diags);
  }
  for (const auto& r : registries) check_registry(r, registries, given, data_dir, no_parent, diags);
  if (diags.empty()) return exit_ok;
  print_diagnostics(diags);
  std::cerr << "pacta check: " << diags.size() << (diags.size() == 1 ? " error" : " errors")
            << "; fix each at the JSON pointer shown (the rule codes are explained in docs/registry-format.md)\n";
  return exit_invalid;
}

void add_check(CLI::App& app, global_options& g, command_table& t) {
  CLI::App* sub = app.add_subcommand(
      "check", "Validate registries and treaty profiles: one line per error (FILE: /json/pointer: message [rule]).");
  auto files = std::make_shared<std::vector<std::string>>();
  sub->add_option("FILE", *files, "Files to check")->required();
  sub->footer(
      "Exit codes: 0 all valid, 1 something invalid, 2 usage error.\nExample:\n  pacta check "
      "data/registries/opsc.json");
  t.add(sub, [&g, files](const run_context& ctx) {
    // A registry given with --registry is one more file to check (and a parent for the others).
    std::vector<std::string> all = g.registry_files;
    all.insert(all.end(), files->begin(), files->end());
    return cmd_check(all, g.profile_files, ctx.data_dir, g.no_parent);
  });
}

}  // namespace pacta_cli
