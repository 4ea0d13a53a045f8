// pacta CLI — how a subcommand joins the command: it registers its own options and what it runs.
//
// main.cpp builds the app: the global options (`global_options`), then each subcommand's `add_X`
// (declared below, defined in its cmd_X.cpp beside the command itself), which adds the subcommand,
// its options and its run to the `command_table`. Once the command line is read and the global
// options checked, main runs the one subcommand given. The runs that load data are shared:
// `on_records` (one treaty's records, the default) and `across_treaties` (every bundled treaty:
// treaties, site, --all-treaties).
//
// Example (cmd_eif.cpp):
//   void add_eif(CLI::App& app, global_options& g, command_table& t) {
//     CLI::App* sub = app.add_subcommand("eif", "The general entry into force …");
//     add_format(sub, g);
//     t.add(sub, [&g](const run_context& ctx) {
//       return on_records(ctx, {}, [&g](const loaded& l, pacta::date_t) { return cmd_eif(*l.primary, g.format); });
//     });
//   }
#pragma once

#include "loading.hpp"

#include <pacta/calendar.hpp>
#include <pacta/record_options.hpp>
#include <pacta/treaty_set.hpp>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace CLI {
class App;
class Validator;
class Option;
}  // namespace CLI

namespace pacta_cli {

/// What the command line sets before the subcommand's own options: the global options, and those
/// that several subcommands take (each subcommand registers the ones it takes; one subcommand runs,
/// so they share one place). CLI11 writes into it, so it stays where it is while parsing.
struct global_options {
  std::vector<std::string> registry_files, profile_files, option_texts;
  std::string treaty, data_dir;
  bool no_parent = false;
  CLI::Option* treaty_opt = nullptr;
  // Taken by several subcommands.
  std::string format = "text", on_text;
  std::vector<std::string> reports_paths;  ///< --reports, repeatable with --all-treaties and site
  bool all_treaties = false;
  std::string chapter;  ///< --chapter: only the treaties of this chapter of the depositary
  std::vector<CLI::Option*> on_options;
};

/// What a subcommand runs with: the options, the data directory found, the unsettled rules' choices.
struct run_context {
  global_options& options;
  std::filesystem::path data_dir;
  pacta::record_options rules;
  const char* argv0 = "pacta";
};

/// Each subcommand with what it runs when it is the one given.
class command_table {
 public:
  using run = std::function<int(const run_context&)>;
  void add(CLI::App* sub, run r) { commands_.emplace_back(sub, std::move(r)); }
  /// The run of the subcommand the command line gave, or nullptr.
  const run* given() const;

 private:
  std::vector<std::pair<CLI::App*, run>> commands_;
};

// ---- options that several subcommands take ----------------------------------------------------------

/// --format text|json|csv.
void add_format(CLI::App* sub, global_options& g, const std::string& help = "text, json or csv");
/// --on DATE, with its help.
void add_on(CLI::App* sub, global_options& g, const std::string& help);
/// --reports FILE: one file; with --all-treaties (and for site) repeatable, one per treaty. `across`
/// adds how it is given with --all-treaties (site is always across treaties, so its help says
/// "repeatable" without naming a flag it does not take).
void add_reports_option(CLI::App* sub, global_options& g, const std::string& help, bool across = true);
/// --all-treaties, and --chapter with it.
void add_all_treaties(CLI::App* sub, global_options& g);
/// --chapter CH: only the treaties of a chapter of the depositary (pacta::in_chapter).
CLI::Option* add_chapter(CLI::App* sub, global_options& g);
/// A check that refuses an empty value (a usage error, exit 2) with `message`: `--svg ""` names no file.
/// `what` is the value's name in --help ("CHAPTER"), or nothing.
CLI::Validator not_empty(std::string message, std::string what = "");

/// The date of --on, or today; nothing after saying why when --on is not a date.
std::optional<pacta::date_t> date_on(const global_options& g);

// ---- the runs that load data --------------------------------------------------------------------------

/// What a command on one treaty's records needs loaded besides them.
struct records_needs {
  bool reports = false;  ///< the treaty it reports under (article 12(2)): reports, state, calendar
};

/// Loads the records the command works on (--registry, else the bundled ones of --treaty or the
/// OPSC, with the registries they need), then runs `f` with them and the date of --on; an exit code
/// after saying why when they do not load.
int on_records(const run_context& ctx, records_needs needs,
               const std::function<int(const loaded&, const std::string& reports_path, pacta::date_t on)>& f);

/// Loads every bundled treaty, then runs `f` with the set and the date of --on; `what` names the
/// command in the refusal of --registry, --treaty, --profile and --no-parent ("treaties", "site",
/// "--all-treaties"). `usable`, when given, checks the subcommand's own options first (false: it
/// said why, a usage error).
int across_treaties(const run_context& ctx, const std::string& what,
                    const std::function<int(const pacta::treaty_set&, pacta::date_t on)>& f,
                    const std::function<bool()>& usable = nullptr);

// ---- the subcommands, in the order of pacta --help (each in its cmd_X.cpp) -------------------------------

void add_eif(CLI::App& app, global_options& g, command_table& t);
void add_parties(CLI::App& app, global_options& g, command_table& t);
void add_amendments(CLI::App& app, global_options& g, command_table& t);
void add_reports(CLI::App& app, global_options& g, command_table& t);
void add_state(CLI::App& app, global_options& g, command_table& t);
void add_calendar(CLI::App& app, global_options& g, command_table& t);
void add_timeline(CLI::App& app, global_options& g, command_table& t);
void add_record(CLI::App& app, global_options& g, command_table& t);
void add_check(CLI::App& app, global_options& g, command_table& t);
void add_import_untc(CLI::App& app, global_options& g, command_table& t);
void add_treaties(CLI::App& app, global_options& g, command_table& t);
void add_site(CLI::App& app, global_options& g, command_table& t);

}  // namespace pacta_cli
