// pacta CLI — the options several subcommands take, and the runs that load data (see app.hpp).
#include "app.hpp"

#include "loading.hpp"
#include "output.hpp"
#include "suggest.hpp"

#include <pacta/pacta.hpp>

#include <CLI/CLI.hpp>

#include <iostream>
#include <set>
#include <system_error>

namespace pacta_cli {

const command_table::run* command_table::given() const {
  for (const auto& [sub, r] : commands_)
    if (sub->parsed()) return &r;
  return nullptr;
}

void add_format(CLI::App* sub, global_options& g, const std::string& help) {
  sub->add_option("--format", g.format, help)->check(CLI::IsMember({"text", "json", "csv"}));
}

void add_on(CLI::App* sub, global_options& g, const std::string& help) {
  g.on_options.push_back(sub->add_option("--on", g.on_text, help));
}

void add_reports_option(CLI::App* sub, global_options& g, const std::string& help, bool across) {
  sub->add_option("--reports", g.reports_paths,
                  help + (across ? " With --all-treaties: repeatable, each file for the treaty its \"treaty\" names."
                                 : " Repeatable: each file for the treaty its \"treaty\" names."))
      ->check(CLI::ExistingFile)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

void add_all_treaties(CLI::App* sub, global_options& g) {
  CLI::Option* all = sub->add_flag("--all-treaties", g.all_treaties,
                                   "Every bundled treaty at once (not with --registry, --treaty or --profile).");
  add_chapter(sub, g)->needs(all);
}

CLI::Option* add_chapter(CLI::App* sub, global_options& g) {
  return sub
      ->add_option(
          "--chapter", g.chapter,
          "Only the treaties of this chapter of the Secretary-General's depositary (IV, XXI, XXVI, XXVII; pacta "
          "treaties lists each treaty's) or under "
          "a treaty's number (XXVI-2: the CCW and its Protocols), with the registries they need.")
      ->check(not_empty("--chapter is empty or blank: give a chapter (IV, XXI, XXVI, XXVII; pacta treaties lists them)",
                        "CHAPTER"));
}

CLI::Validator not_empty(std::string message, std::string what) {
  return CLI::Validator(
      [message](std::string& s) {  // spaces or tabs alone are no name either: a file " " is a slip
        return s.find_first_not_of(" \t\n\r\v\f") == std::string::npos ? message : std::string();
      },
      std::move(what));
}

namespace {

/// The treaty asked for has no registry in the data directory: says so, with its profile where it
/// has one, else the registries there (all of them up to a screenful; past that the first ones and
/// how many more: a data directory may hold the depositary's 560, which `pacta treaties` lists).
int no_registry(const std::string& id, const fs::path& data_dir) {
  std::error_code ec;
  if (fs::is_regular_file(data_dir / "treaties" / (id + ".json"), ec)) {  // its final clauses, not its record
    std::cerr << "pacta: the data directory has the final clauses of \"" << id << "\" ("
              << shown((data_dir / "treaties" / (id + ".json")).string())
              << ") but no registry of its participants: give --registry FILE, or make one from a saved UN Treaty "
                 "Collection status page with pacta import-untc PAGE.html\n";
    return exit_usage;
  }
  constexpr std::size_t listed = 30;
  const auto ids = pacta::registry_ids(data_dir.string());
  std::string known;
  for (std::size_t k = 0; k < ids.size() && k < listed; ++k) known += (k ? ", " : "") + ids[k];
  if (ids.size() > listed)
    known += ", and " + std::to_string(ids.size() - listed) + " more: pacta --data-dir " + shown(data_dir.string()) +
             " treaties lists them";
  std::cerr << "pacta: no bundled registry for the treaty \"" << id << "\"" << did_you_mean(id, ids)
            << (ids.empty() ? " (the data directory " + shown(data_dir.string()) + " has no registry)"
                            : " (the bundled registries: " + known + ")")
            << "; give --registry FILE\n";
  return exit_usage;
}

/// Without --registry: the bundled registries of the treaty (--treaty, else the OPSC) and of those
/// it needs, into `g.registry_files`; an exit code when they are not there.
std::optional<int> use_bundled_registries(global_options& g, const fs::path& data_dir) {
  if (!is_data_dir(data_dir)) {
    say_not_data_dir(data_dir);
    return exit_invalid;
  }
  std::vector<pacta::diagnostic> d;
  g.registry_files = bundled_registries(g.treaty.empty() ? "opsc" : g.treaty, data_dir, d);
  if (!d.empty()) {
    print_diagnostics(d);
    return exit_invalid;
  }
  const std::string primary = g.treaty.empty() ? "opsc" : g.treaty;
  auto absent = [](const std::string& f) {
    // Any entry of that name is read (a link to nothing, a directory, a device: io.read says which),
    // never passed over as if absent.
    std::error_code ec;
    return fs::symlink_status(f, ec).type() == fs::file_type::not_found;
  };
  // The treaty asked for first: without its registry, notes on the treaties it names are noise.
  for (const auto& f : g.registry_files)
    if (fs::path(f).stem().string() == primary && absent(f)) return no_registry(primary, data_dir);
  std::vector<std::string> present;
  for (const auto& f : g.registry_files) {
    if (!absent(f)) {
      present.push_back(f);
      continue;
    }
    // A treaty the primary one names (eligibility, a condition of entry into force) whose registry
    // is not bundled: go without it, and say so; what needed it is NOT checked.
    std::cerr << "pacta: note: the bundled data have no registry of \"" << fs::path(f).stem().string()
              << "\", which the rules of \"" << primary
              << "\" name (eligibility, entry into force, reporting or withdrawal): what depends on it is NOT "
                 "checked unless the output says otherwise; give it with --registry FILE\n";
    g.no_parent = true;
  }
  g.registry_files = std::move(present);
  return std::nullopt;
}

}  // namespace

std::optional<pacta::date_t> date_on(const global_options& g) {
  if (g.on_text.empty()) return pacta::detail::local_today();
  auto d = pacta::parse_date(g.on_text);
  // One wording with the files' dates: "impossible date "2026-02-30": no such day …" for a date of the
  // right shape that the calendar does not have, "… is not a date: write … YYYY-MM-DD" otherwise.
  if (!d) std::cerr << "pacta: --on: " << pacta::detail::bad_date_message(g.on_text) << '\n';
  return d;
}

int on_records(const run_context& ctx, records_needs needs,
               const std::function<int(const loaded&, const std::string&, pacta::date_t)>& f) {
  global_options& g = ctx.options;
  if (g.reports_paths.size() > 1) {
    std::cerr << "pacta: --reports is given " << g.reports_paths.size()
              << " times: one treaty takes one reports file (several go with --all-treaties)\n";
    return exit_usage;
  }
  const std::string reports_path = g.reports_paths.empty() ? std::string() : g.reports_paths.front();
  const bool bundled = g.registry_files.empty();  // registries/ID.json of the data directory
  if (bundled)
    if (const auto code = use_bundled_registries(g, ctx.data_dir)) return *code;
  loaded l;
  std::vector<pacta::diagnostic> diags;
  parent_policy policy;
  policy.no_parent = g.no_parent;
  policy.reports = needs.reports;
  if (!load_all(g.registry_files, g.profile_files, g.treaty, ctx.data_dir, l, diags, policy, ctx.rules, bundled)) {
    print_diagnostics(diags);
    return exit_invalid;
  }
  const auto on = date_on(g);
  if (!on) return exit_usage;
  return f(l, reports_path, *on);
}

int across_treaties(const run_context& ctx, const std::string& what,
                    const std::function<int(const pacta::treaty_set&, pacta::date_t)>& f,
                    const std::function<bool()>& usable) {
  const global_options& g = ctx.options;
  if (!g.registry_files.empty() || !g.treaty.empty() || !g.profile_files.empty() || g.no_parent) {
    std::cerr << "pacta: " << what
              << " works on every bundled registry: --registry, --treaty, --profile and --no-parent are not used "
                 "with it (--data-dir names other data)\n";
    return exit_usage;
  }
  if (usable && !usable()) return exit_usage;
  const auto on = date_on(g);
  if (!on) return exit_usage;
  pacta::treaty_set set;
  if (!load_every(ctx.data_dir, ctx.rules, set, g.chapter)) return exit_invalid;
  if (set.records().empty() && !g.chapter.empty()) {
    std::set<std::string> chapters;  // the chapters the bundled profiles name ("IV", "XXVI")
    std::vector<pacta::diagnostic> diags;
    for (const auto& id : pacta::profile_ids(ctx.data_dir.string()))
      if (const auto r = set.rules_for(id, diags); r && !r->untc_chapter.empty())
        chapters.insert(r->untc_chapter.substr(0, r->untc_chapter.find('-')));
    std::string known;
    for (const auto& c : chapters) known += (known.empty() ? "" : ", ") + c;
    std::cerr << "pacta: --chapter " << pacta::escape_controls(g.chapter)
              << ": no bundled treaty is in that chapter (the chapters: " << known << ")\n";
    return exit_usage;
  }
  return f(set, *on);
}

}  // namespace pacta_cli
