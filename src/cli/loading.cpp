// pacta CLI — the bundled data, the rules of each treaty, and the records a command works on (see
// loading.hpp).
#include "loading.hpp"

#include "names.hpp"
#include "output.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iostream>
#include <utility>

namespace pacta_cli {
namespace {

/// The command's record: the one of `treaty`, or (no treaty named) the last that no other record
/// depends on. False, with a diagnostic, when there is none.
bool pick_primary(const std::string& last_file, const std::string& treaty, loaded& out,
                  std::vector<pacta::diagnostic>& diags) {
  const auto records = out.set.records();
  for (const pacta::treaty_record* r : records) {
    if (!treaty.empty() ? r->rules().id == treaty : true) {
      bool is_parent = false;
      for (const pacta::treaty_record* o : records)
        if (o != r && pacta::depends_on(o->rules(), r->rules().id)) is_parent = true;
      if (!treaty.empty() || !is_parent) out.primary = r;
    }
  }
  if (out.primary) return true;
  diags.push_back({last_file, "", "registry.treaty",
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

bool is_data_dir(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir / "registries", ec);
}

void say_not_data_dir(const fs::path& dir) {
  std::cerr << "pacta: " << dir
            << " is not a data directory: it has no folder registries/ (set PACTA_DATA_DIR or --data-dir, or give "
               "--registry FILE)\n";
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
    std::vector<pacta::diagnostic> diags;
    const fs::path file = data_dir / "states.json";
    std::error_code ec;
    if (!fs::exists(file, ec)) {  // a data directory without one: the registries' names only, and said
      std::cerr << "pacta: note: " << shown(file.string())
                << " does not exist: States are found only by the names the registries use\n";
      return pacta::state_names();
    }
    auto t = pacta::try_load_state_names(file.string(), diags);
    if (!t) {  // a corrupt table is a corrupt data directory: nothing is answered from it (exit 1)
      print_diagnostics(diags);
      std::cerr << "pacta: the name table of the data directory cannot be read; nothing done\n";
      std::exit(exit_invalid);
    }
    return std::move(*t);
  }();
  return table;
}

std::optional<pacta::successions_table> load_successions_table(const fs::path& data_dir,
                                                               std::vector<pacta::diagnostic>& diags) {
  const fs::path file = data_dir / "successions.json";
  std::error_code ec;
  if (!fs::exists(file, ec)) return pacta::successions_table();
  return pacta::try_load_successions(file.string(), diags);
}

// ---- treaties and the registries they need ------------------------------------------------------------

std::optional<pacta::treaty_rules> rules_for(const std::string& id,
                                             const std::map<std::string, pacta::treaty_rules>& given,
                                             const fs::path& data_dir, std::vector<pacta::diagnostic>& diags) {
  pacta::treaty_set set(data_dir.string());
  for (const auto& [_, rules] : given) set.add_profile(rules);
  return set.rules_for(id, diags);
}

std::vector<std::string> bundled_registries(const std::string& treaty, const fs::path& data_dir,
                                            std::vector<pacta::diagnostic>& diags) {
  std::vector<std::string> ids{treaty}, files;
  for (std::size_t k = 0; k < ids.size(); ++k) {
    auto rules = rules_for(ids[k], {}, data_dir, diags);
    if (!rules) continue;
    const auto more = pacta::needed_treaties(*rules);
    for (const auto& id : more)
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  for (auto it = ids.rbegin(); it != ids.rend(); ++it)
    files.push_back((data_dir / "registries" / (*it + ".json")).string());
  return files;
}

// ---- loading ------------------------------------------------------------------------------------------

namespace {

// `registry.parent` says how to give a registry and skip the check in the library's words; the CLI's
// are its options.
void in_cli_words(std::vector<pacta::diagnostic>& diags, const parent_policy& policy) {
  auto replace = [](std::string& text, std::string_view from, const std::string& to) {
    if (const auto at = text.find(from); at != std::string::npos) text.replace(at, from.size(), to);
  };
  for (auto& d : diags)
    if (d.code == "registry.parent") {
      replace(d.message, pacta::detail::parent_give_with, policy.how);
      replace(d.message, pacta::detail::parent_skip_with, "--no-parent");
    }
}

}  // namespace

bool build_all(std::vector<pending> todo, const std::map<std::string, pacta::treaty_rules>& given,
               const std::string& treaty, const fs::path& data_dir, const parent_policy& policy, loaded& out,
               std::vector<pacta::diagnostic>& diags, const pacta::record_options& options) {
  if (!diags.empty()) return false;
  pacta::treaty_set_options o;
  o.skip_missing_eligibility_parents = policy.no_parent;
  o.with_reporting_parents = policy.reports;
  o.record = options;
  out.set = pacta::treaty_set(data_dir.string(), o);
  for (const auto& [_, rules] : given) out.set.add_profile(rules);
  const std::string last_file = todo.empty() ? std::string("pacta") : todo.back().reg.file;
  for (const auto& p : todo) {  // one State under two of its names would be split and counted twice
    const auto twice = pacta::one_state_twice(p.reg, name_table(data_dir));
    diags.insert(diags.end(), twice.begin(), twice.end());
  }
  if (!diags.empty()) return false;
  for (auto& p : todo) out.set.add(std::move(p.reg), std::move(p.rules), diags);
  if (!out.set.build(diags)) {
    in_cli_words(diags, policy);
    return false;
  }
  return pick_primary(last_file, treaty, out, diags);
}

std::string profiles_given(const std::map<std::string, pacta::treaty_rules>& given) {
  if (given.empty()) return {};
  std::string ids;
  for (const auto& [id, _] : given) ids += (ids.empty() ? "" : ", ") + pacta::detail::show_value(id);
  return " (the profiles given are for " + ids + ")";
}

std::map<std::string, pacta::treaty_rules> read_profiles(const std::vector<std::string>& profiles,
                                                         std::vector<pacta::diagnostic>& diags) {
  std::map<std::string, pacta::treaty_rules> given;
  std::map<std::string, std::string> from;  // the file of each id
  for (const auto& p : profiles) {
    auto r = pacta::try_load_treaty_profile(p, diags);
    if (!r) continue;
    if (const auto [it, fresh] = from.emplace(r->id, p); !fresh) {
      diags.push_back({p, "/id", "profile.duplicate",
                       "a second profile of \"" + r->id + "\" (the first is " + it->second +
                           "): give one --profile for each treaty",
                       std::nullopt, std::nullopt});
      continue;
    }
    given[r->id] = std::move(*r);
  }
  return given;
}

bool read_pending(const std::string& file, const std::map<std::string, pacta::treaty_rules>& given,
                  const fs::path& data_dir, std::vector<pending>& todo, std::vector<pacta::diagnostic>& diags,
                  bool named_by_file) {
  pending p;
  auto reg = pacta::try_load_registry(file, diags);
  if (!reg) return false;
  if (named_by_file &&
      !pacta::names_agree(file, "/treaty", "registry's \"treaty\"", reg->treaty, fs::path(file).stem().string(), diags))
    return false;
  p.reg = std::move(*reg);
  auto rules = rules_for(p.reg.treaty, given, data_dir, diags);
  if (!rules) {
    diags.push_back({file, "/treaty", "registry.treaty",
                     "no rules for the treaty \"" + p.reg.treaty + "\": give its profile with --profile FILE" +
                         profiles_given(given),
                     std::nullopt, std::nullopt});
    return false;
  }
  for (const auto& q : todo)
    if (q.reg.treaty == p.reg.treaty) {
      diags.push_back({file, "/treaty", "registry.treaty",
                       "a second registry for \"" + p.reg.treaty + "\" (the first is " + q.reg.file + ")", std::nullopt,
                       std::nullopt});
      return false;
    }
  p.rules = std::move(*rules);
  todo.push_back(std::move(p));
  return true;
}

bool load_all(const std::vector<std::string>& files, const std::vector<std::string>& profiles,
              const std::string& treaty, const fs::path& data_dir, loaded& out, std::vector<pacta::diagnostic>& diags,
              const parent_policy& policy, const pacta::record_options& options, bool named_by_file) {
  const std::size_t before = diags.size();
  const auto given = read_profiles(profiles, diags);
  if (diags.size() != before) return false;  // a profile given that cannot be read: its errors, and nothing more
  std::vector<pending> todo;
  for (const auto& f : files) read_pending(f, given, data_dir, todo, diags, named_by_file);
  return build_all(std::move(todo), given, treaty, data_dir, policy, out, diags, options);
}

const pacta::treaty_record* parent_of(const loaded& l) {
  for (const pacta::treaty_record* r : l.set.records())
    if (r != l.primary && r->rules().id == l.primary->rules().parent) return r;
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

// ---- every treaty ---------------------------------------------------------------------------------

bool load_every(const fs::path& data_dir, const pacta::record_options& options, pacta::treaty_set& out,
                const std::string& chapter) {
  if (!is_data_dir(data_dir)) {
    say_not_data_dir(data_dir);
    return false;
  }
  out = pacta::treaty_set(data_dir.string(), pacta::all_treaties_options(options));
  try {
    pacta::load_every_registry(out, chapter);
  } catch (const pacta::load_error& e) {
    print_diagnostics(e.diagnostics());
    return false;
  }
  // One State under two of its names: split and counted twice. Each registry on its own, several
  // at once; said in the order of the records.
  const auto records = out.records();
  std::vector<std::vector<pacta::diagnostic>> found(records.size());
  if (!records.empty()) {  // the name table is read only where there is a registry to check
    const pacta::state_names& names = name_table(data_dir);
    pacta::detail::run_jobs(records.size(), out.options().read_threads,
                            [&](std::size_t i) { found[i] = pacta::one_state_twice(records[i]->source(), names); });
  }
  std::vector<pacta::diagnostic> twice;
  for (const auto& f : found) twice.insert(twice.end(), f.begin(), f.end());
  if (!twice.empty()) {
    print_diagnostics(twice);
    return false;
  }
  for (const auto& u : pacta::unchecked_parents(out))
    std::cerr << "pacta: note: " << u.treaty->rules().short_title << " names the treaty \"" << u.named
              << "\", whose registry the bundled data lack: what depends on it (eligibility, entry into force) is NOT "
                 "checked unless the output says otherwise\n";
  return true;
}

std::optional<std::string> resolve_across(const pacta::treaty_set& set, const std::string& typed,
                                          const pacta::state_names& names) {
  // One match over the names of every registry: a part of a name that several States share is
  // ambiguous here as it is under one treaty.
  const state_match m = match_state_in(pacta::states_of(set), typed, names);
  if (m.name) {
    say_meaning(typed, names);
    return m.name;
  }
  report_unmatched(m, typed, "the bundled registries",
                   "pacta treaties lists the instruments; pacta --treaty ID parties --all the participants of one");
  return std::nullopt;
}

bool load_reports_across(const std::vector<std::string>& paths, const pacta::treaty_set& set,
                         std::vector<pacta::reports_file>& files, pacta::reports_by_treaty& by_treaty) {
  files.clear();
  files.reserve(paths.size());  // by_treaty points into it
  for (const auto& path : paths) {
    std::vector<pacta::diagnostic> diags;
    auto file = pacta::try_load_reports(path, diags);
    if (!file) {
      print_diagnostics(diags);
      return false;
    }
    const pacta::treaty_record* rec = set.find(file->treaty);
    auto refuse = [&](const std::string& why) {
      print_diagnostics({{path, "/treaty", "reports.treaty", why, std::nullopt, std::nullopt}});
      return false;
    };
    if (!rec)
      return refuse("the reports file is for \"" + file->treaty + "\", which has no registry in the bundled data");
    if (!rec->rules().reporting.present)
      return refuse("the reports file is for \"" + file->treaty +
                    "\": " + pacta::no_report_dates_sentence(rec->rules()));
    if (by_treaty.count(file->treaty))
      return refuse("a second reports file for \"" + file->treaty + "\" (the first is " +
                    by_treaty[file->treaty]->file + ")");
    files.push_back(std::move(*file));
    diags = pacta::reporting(*rec, pacta::reporting_parent(set, *rec), &files.back()).validate();
    if (!diags.empty()) {
      print_diagnostics(diags);
      return false;
    }
    by_treaty[files.back().treaty] = &files.back();
  }
  return true;
}

}  // namespace pacta_cli
