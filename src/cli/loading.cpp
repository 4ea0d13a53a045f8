// pacta CLI — the bundled data, the rules of each treaty, and the records a command works on (see
// loading.hpp).
#include "loading.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iostream>
#include <utility>

namespace pacta_cli {
namespace {

/// Whether treaty `r`'s eligibility clauses name treaty `id`.
bool depends_on_for_eligibility(const pacta::treaty_rules& r, const std::string& id) {
  const auto ids = parent_ids(r);
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

/// The diagnostic for a registry that treaty `r` needs and that is neither given nor bundled.
pacta::diagnostic missing_parent(const pending& child, const std::string& id, bool reporting, const fs::path& bundled,
                                 const parent_policy& policy) {
  const auto& r = child.rules;
  return {child.reg.file, "/treaty", "registry.parent",
          "the " + r.short_title + " needs the registry of \"" + id + "\" (" +
              (reporting ? "its reports, article " + r.reporting.periodic_article + ", are due with that treaty's"
                         : "eligibility, article " + r.consent.article) +
              "), which was not given and is not in the bundled data (" + bundled.string() + "): give it with " +
              policy.how +
              (reporting ? std::string() : std::string(", or --no-parent to go without the check on purpose")),
          std::nullopt, std::nullopt};
}

/// Adds to `todo` the bundled registries its treaties need and that were not given, and theirs in
/// turn; a missing one is a diagnostic (see build_all).
void add_bundled_parents(std::vector<pending>& todo, const std::map<std::string, pacta::treaty_rules>& given,
                         const fs::path& data_dir, const parent_policy& policy, std::vector<pacta::diagnostic>& diags) {
  for (std::size_t k = 0; k < todo.size(); ++k) {  // grows: a bundled parent's own parents
    for (const auto& id : needed_ids(todo[k].rules)) {
      if (std::any_of(todo.begin(), todo.end(), [&](const pending& p) { return p.reg.treaty == id; })) continue;
      const auto& r = todo[k].rules;
      const bool eligibility = depends_on_for_eligibility(r, id);
      const bool reporting = id == r.parent && policy.reports;
      if (!eligibility && !reporting) continue;  // a reporting parent, for a command that reports nothing
      const fs::path bundled = data_dir / "registries" / (id + ".json");
      std::error_code ec;
      if (!fs::is_regular_file(bundled, ec)) {
        if (policy.no_parent && !reporting) continue;  // eligibility not checked, on purpose (said so)
        diags.push_back(missing_parent(todo[k], id, reporting, bundled, policy));
        continue;
      }
      pending p;
      if (!pacta::try_load_registry(bundled.string(), p.reg, diags)) continue;
      auto rules = rules_for(p.reg.treaty, given, data_dir, diags);
      if (!rules) continue;
      p.rules = std::move(*rules);
      todo.push_back(std::move(p));
    }
  }
}

/// Builds the records in dependency order: each once the records of its parents (among the
/// registries) are built. A cycle leaves some unbuilt.
void build_in_order(const std::vector<pending>& todo, loaded& out, std::vector<pacta::diagnostic>& diags,
                    const pacta::record_options& options) {
  std::vector<bool> done(todo.size(), false);
  for (std::size_t round = 0; round < todo.size(); ++round) {
    for (std::size_t i = 0; i < todo.size(); ++i) {
      if (done[i]) continue;
      bool ready = true;
      for (std::size_t k = 0; k < todo.size(); ++k)
        if (k != i && !done[k] && depends_on(todo[i].rules, todo[k].reg.treaty)) ready = false;
      if (!ready) continue;
      std::vector<const pacta::treaty_record*> parents;
      for (const auto& r : out.records) parents.push_back(r.get());
      auto rec = pacta::treaty_record::try_from_registry(todo[i].reg, todo[i].rules, diags, parents, options);
      done[i] = true;
      if (rec) out.records.push_back(std::make_unique<pacta::treaty_record>(std::move(*rec)));
    }
  }
}

/// The command's record: the one of `treaty`, or (no treaty named) the last that no other record
/// depends on. False, with a diagnostic, when there is none.
bool pick_primary(const std::vector<pending>& todo, const std::string& treaty, loaded& out,
                  std::vector<pacta::diagnostic>& diags) {
  for (const auto& r : out.records) {
    if (!treaty.empty() ? r->rules().id == treaty : true) {
      bool is_parent = false;
      for (const auto& o : out.records)
        if (o.get() != r.get() && depends_on(o->rules(), r->rules().id)) is_parent = true;
      if (!treaty.empty() || !is_parent) out.primary = r.get();
    }
  }
  if (out.primary) return true;
  diags.push_back({todo.empty() ? std::string("pacta") : todo.back().reg.file, "", "registry.treaty",
                   "no registry for the treaty \"" + treaty + "\" was given (see --registry)", std::nullopt,
                   std::nullopt});
  return false;
}

}  // namespace

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

void print_diagnostics(const std::vector<pacta::diagnostic>& diags) {
  for (const auto& d : diags) std::cerr << d.to_string() << '\n';
}

// ---- locating the bundled data -----------------------------------------------------------------------

bool has_data(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "registries" / "opsc.json", ec);
}

fs::path find_data_dir(const char* argv0) {
  if (const char* env = std::getenv("PACTA_DATA_DIR"); env && *env) return fs::path(env);
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) exe = fs::absolute(argv0, ec);
  if (!exe.empty()) {
    const fs::path installed = (exe.parent_path() / PACTA_BIN_TO_DATA).lexically_normal();
    if (has_data(installed)) return installed;
  }
  return fs::path(PACTA_SOURCE_DATA_DIR);
}

const pacta::state_names& name_table(const fs::path& data_dir) {
  static const pacta::state_names table = [&] {
    pacta::state_names t;
    std::string text;
    std::vector<pacta::diagnostic> diags;
    const std::string path = (data_dir / "states.json").string();
    if (pacta::detail::read_file(path, text) && !pacta::state_names::try_parse(text, path, t, diags))
      print_diagnostics(diags);
    return t;
  }();
  return table;
}

// ---- treaties and the registries they need ------------------------------------------------------------

std::optional<pacta::treaty_rules> rules_for(const std::string& id, const std::map<std::string, pacta::treaty_rules>& given,
                                             const fs::path& data_dir, std::vector<pacta::diagnostic>& diags) {
  if (auto it = given.find(id); it != given.end()) return it->second;
  const fs::path bundled = data_dir / "treaties" / (id + ".json");
  std::error_code ec;
  if (fs::is_regular_file(bundled, ec)) {
    try {
      return pacta::load_treaty_profile_file(bundled.string());
    } catch (const pacta::load_error& e) {
      diags.insert(diags.end(), e.diagnostics().begin(), e.diagnostics().end());
      return std::nullopt;
    }
  }
  return pacta::builtin_rules(id);
}

std::vector<std::string> parent_ids(const pacta::treaty_rules& r) {
  std::vector<std::string> ids;
  for (const auto* e : {&r.signature, &r.consent})
    for (const auto* list : {&e->parties_of, &e->signatories_of})
      for (const auto& id : *list)
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  return ids;
}

std::vector<std::string> needed_ids(const pacta::treaty_rules& r) {
  auto ids = parent_ids(r);
  if (!r.parent.empty() && std::find(ids.begin(), ids.end(), r.parent) == ids.end()) ids.push_back(r.parent);
  return ids;
}

bool depends_on(const pacta::treaty_rules& r, const std::string& id) {
  const auto ids = needed_ids(r);
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::vector<std::string> bundled_registries(const std::string& treaty, const fs::path& data_dir,
                                            std::vector<pacta::diagnostic>& diags) {
  std::vector<std::string> ids{treaty}, files;
  for (std::size_t k = 0; k < ids.size(); ++k) {
    auto rules = rules_for(ids[k], {}, data_dir, diags);
    if (!rules) continue;
    auto more = parent_ids(*rules);
    if (!rules->parent.empty()) more.push_back(rules->parent);
    for (const auto& id : more)
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  for (auto it = ids.rbegin(); it != ids.rend(); ++it) files.push_back((data_dir / "registries" / (*it + ".json")).string());
  return files;
}

// ---- loading ------------------------------------------------------------------------------------------

bool build_all(std::vector<pending> todo, const std::map<std::string, pacta::treaty_rules>& given,
               const std::string& treaty, const fs::path& data_dir, const parent_policy& policy, loaded& out,
               std::vector<pacta::diagnostic>& diags, const pacta::record_options& options) {
  if (!diags.empty()) return false;
  add_bundled_parents(todo, given, data_dir, policy, diags);
  if (!diags.empty()) return false;
  build_in_order(todo, out, diags, options);
  if (!diags.empty()) return false;
  if (out.records.size() != todo.size()) {
    diags.push_back({todo.empty() ? std::string("pacta") : todo.back().reg.file, "/treaty", "registry.treaty",
                     "the treaties of the registries given depend on each other in a cycle", std::nullopt, std::nullopt});
    return false;
  }
  return pick_primary(todo, treaty, out, diags);
}

std::map<std::string, pacta::treaty_rules> read_profiles(const std::vector<std::string>& profiles,
                                                         std::vector<pacta::diagnostic>& diags) {
  std::map<std::string, pacta::treaty_rules> given;
  for (const auto& p : profiles) {
    try {
      auto r = pacta::load_treaty_profile_file(p);
      given[r.id] = r;
    } catch (const pacta::load_error& e) {
      diags.insert(diags.end(), e.diagnostics().begin(), e.diagnostics().end());
    }
  }
  return given;
}

bool read_pending(const std::string& file, const std::map<std::string, pacta::treaty_rules>& given,
                  const fs::path& data_dir, std::vector<pending>& todo, std::vector<pacta::diagnostic>& diags) {
  pending p;
  if (!pacta::try_load_registry(file, p.reg, diags)) return false;
  auto rules = rules_for(p.reg.treaty, given, data_dir, diags);
  if (!rules) {
    diags.push_back({file, "/treaty", "registry.treaty",
                     "no rules for the treaty \"" + p.reg.treaty + "\": give its profile with --profile FILE",
                     std::nullopt, std::nullopt});
    return false;
  }
  for (const auto& q : todo)
    if (q.reg.treaty == p.reg.treaty) {
      diags.push_back({file, "/treaty", "registry.treaty",
                       "a second registry for \"" + p.reg.treaty + "\" (the first is " + q.reg.file + ")",
                       std::nullopt, std::nullopt});
      return false;
    }
  p.rules = std::move(*rules);
  todo.push_back(std::move(p));
  return true;
}

bool load_all(const std::vector<std::string>& files, const std::vector<std::string>& profiles, const std::string& treaty,
              const fs::path& data_dir, loaded& out, std::vector<pacta::diagnostic>& diags,
              const parent_policy& policy, const pacta::record_options& options) {
  const auto given = read_profiles(profiles, diags);
  std::vector<pending> todo;
  for (const auto& f : files) read_pending(f, given, data_dir, todo, diags);
  return build_all(std::move(todo), given, treaty, data_dir, policy, out, diags, options);
}

const pacta::treaty_record* parent_of(const loaded& l) {
  for (const auto& r : l.records)
    if (r.get() != l.primary && r->rules().id == l.primary->rules().parent) return r.get();
  return nullptr;
}

bool load_reports(const std::string& path, const pacta::treaty_record& rec, const pacta::treaty_record* parent,
                  pacta::reports_file& out) {
  std::vector<pacta::diagnostic> diags;
  if (auto file = pacta::try_load_reports(path, diags)) {
    out = std::move(*file);
    diags = pacta::reporting(rec, parent, &out).validate();
  }
  print_diagnostics(diags);
  return diags.empty();
}

}  // namespace pacta_cli
