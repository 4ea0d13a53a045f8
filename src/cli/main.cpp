// pacta — the command-line tool (docs/cli.md).
//
//   pacta eif        [--format text|json|csv]                      general entry into force and its instrument
//   pacta parties    [--on DATE] [--all] [--format text|json|csv]  one row per participant
//   pacta amendments [--format text|json|csv]                      article 16: amendments and their entry into force
//   pacta reports    [--on DATE] [--reports FILE] [--overdue] [--format text|json|csv]   article 12
//   pacta state      NAME [--on DATE] [--reports FILE] [--format text|json|csv]  one State's whole story
//   pacta calendar   --ics FILE [--state NAME] [--on DATE] [--reports FILE]    an iCalendar file
//   pacta timeline   --svg FILE [--on DATE]                        a chart of parties and signatories
//   pacta record     --registry FILE --action KIND --date DATE [--state NAME] …   add one action, under a lock
//   pacta check      FILE…                                         validate registries, profiles, reports files
//   pacta import-untc PAGE.html [-o FILE]                          a saved UN Treaty Collection status page
//   pacta treaties   [--on DATE] [--format text|json|csv]           every bundled instrument
//   pacta site       DIR [--on DATE] [--reports FILE]…             a static site of every bundled treaty and State
// `state`, `reports` and `calendar` take --all-treaties: the State(s) under every bundled treaty.
//
// By default it reads the bundled OPSC registry and, for article 13, the bundled Convention
// registry (`--treaty crc|opac|opic`: that treaty's bundled registry and its parents').
// `--registry FILE` (repeatable) replaces them; a parent treaty's registry is given the same way,
// else the bundled one is used, else the command refuses unless `--no-parent`. Exit codes: 0
// success, 1 invalid data or output that could not be written, 2 usage error, 3 a change written
// whose confirmation could not be printed (docs/cli.md).
//
// This file builds the app: the global options, then each subcommand's `add_X`, which registers its
// own options and run in its cmd_X.cpp (app.hpp); it reads the command line (CLI11), checks the
// global options and runs the subcommand given. loading.hpp finds the data and loads the records,
// options.hpp reads --option, table.hpp and output.hpp print.
#include <pacta/pacta.hpp>

#include "app.hpp"
#include "commands.hpp"
#include "loading.hpp"
#include "options.hpp"
#include "output.hpp"
#include "suggest.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace pacta_cli {
namespace {

void add_global_options(CLI::App& app, global_options& c) {
  app.set_version_flag("--version", std::string("pacta ") + pacta::version);
  app.require_subcommand(1);
  app.fallthrough();  // the global options may follow the subcommand: pacta parties --registry F
  app.footer(
      "Exit codes: 0 success, 1 invalid data, 2 usage error, 3 output that could not be written.\n"
      "Documentation: docs/cli.md");
  app.add_option("--registry", c.registry_files,
                 "A registry file (repeatable). A parent treaty's registry is given the same way. Default: the "
                 "bundled OPSC and Convention registries.")
      ->check(CLI::ExistingFile)
      ->allow_extra_args(false)  // one value a time: it may stand before a subcommand's positionals
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--profile", c.profile_files, "A treaty profile (repeatable); default: the bundled profiles.")
      ->check(CLI::ExistingFile)
      ->allow_extra_args(false)  // one value a time: it may stand before a subcommand's positionals
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  c.treaty_opt =
      app.add_option("--treaty", c.treaty, "The treaty to report on when several registries are given (e.g. opsc).");
  app.add_option("--data-dir", c.data_dir,
                 "The bundled data directory (default: found automatically, or $PACTA_DATA_DIR).");
  app.add_flag("--no-parent", c.no_parent,
               "Go without the registries a treaty's eligibility clause needs (article 13) when they are not given or "
               "bundled: eligibility is then NOT checked, and the output says so.");
  app.add_option("--option", c.option_texts, option_help())
      ->allow_extra_args(false)  // one value a time: it may stand before a subcommand's positionals
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

/// Whether a word stands where the subcommand goes that is no subcommand (pacta bogus): said so,
/// rather than CLI11's "a subcommand is required".
bool unknown_subcommand(const CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.empty() || arg[0] == '-') {
      if (arg.find('=') == std::string::npos &&
          (arg == "--registry" || arg == "--profile" || arg == "--treaty" || arg == "--data-dir" || arg == "--option"))
        ++i;  // its value
      continue;
    }
    bool known = false;
    for (const auto* sub : app.get_subcommands({})) known = known || sub->get_name() == arg;
    if (known) return false;
    std::string names;
    std::vector<std::string> all;
    for (const auto* sub : app.get_subcommands({})) {
      names += (names.empty() ? "" : ", ") + sub->get_name();
      all.push_back(sub->get_name());
    }
    std::cerr << "pacta: unknown subcommand " << pacta::detail::show_value(arg) << did_you_mean(arg, all) << "; one of "
              << names << " (see pacta --help)\n";
    return true;
  }
  return false;
}

/// Parses the command line; an exit code when the command ends there (help, version, a usage error).
std::optional<int> parse(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // An option the command does not take: say which, and what was probably meant, instead of
    // CLI11's list of the unexpected arguments (which comes reversed).
    const std::string unknown = unknown_option_message(app, argc, argv);
    std::cerr << "pacta: " << (unknown.empty() ? shown(e.what()) + " (see pacta --help)" : shown(unknown)) << '\n';
    return exit_usage;
  }
  return std::nullopt;
}

/// Options given empty that mean something only with a value: a usage error.
bool empty_values(const global_options& c) {
  for (const auto* o : c.on_options)
    if (o->count() > 0 && c.on_text.empty()) {
      std::cerr << "pacta: --on is empty: write a date, YYYY-MM-DD (leave --on out for today)\n";
      return true;
    }
  for (const auto& r : c.reports_paths)
    if (r.empty()) {
      std::cerr << "pacta: --reports is empty: name a reports file\n";
      return true;
    }
  if (c.treaty_opt->count() > 0 && c.treaty.empty()) {
    std::cerr << "pacta: --treaty is empty: give a treaty id (pacta treaties lists them), or leave --treaty out\n";
    return true;
  }
  return false;
}

/// The subcommand given, once the command line is read and the global options checked.
int dispatch(global_options& c, const command_table& commands, const char* argv0,
             const pacta::record_options& options) {
  const fs::path data_dir = c.data_dir.empty() ? find_data_dir(argv0) : fs::path(c.data_dir);
  c.treaty = lower(c.treaty);  // treaty ids are lower case: --treaty OPAC is opac
  if (empty_values(c)) return exit_usage;
  if (!c.treaty.empty() && !pacta::is_treaty_id(c.treaty)) {
    std::cerr << "pacta: " << pacta::treaty_id_message("--treaty", c.treaty) << '\n';
    return exit_usage;
  }
  const command_table::run* r = commands.given();
  if (!r) return exit_usage;
  return (*r)(run_context{c, data_dir, options, argv0});
}

int run(int argc, char** argv) {
  CLI::App app{
      "pacta: the dates of treaty law from the record of what States did.\n"
      "Runs on the bundled OPSC registry (and the Convention's, for article 13) unless --registry is given.",
      "pacta"};
  global_options c;
  command_table commands;
  add_global_options(app, c);
  // The subcommands, in the order of pacta --help: each registers its options and its run (app.hpp).
  for (auto add : {add_eif, add_parties, add_amendments, add_reports, add_state, add_calendar, add_timeline, add_record,
                   add_check, add_import_untc, add_treaties, add_site})
    add(app, c, commands);
  if (unknown_subcommand(app, argc, argv)) return exit_usage;
  if (const auto code = parse(app, argc, argv)) return *code;
  pacta::record_options options;
  for (const auto& o : c.option_texts) {
    std::string error;
    if (!apply_option(o, options, error)) {
      std::cerr << "pacta: " << error << "\n";
      return exit_usage;
    }
  }
  try {
    return dispatch(c, commands, argv[0], options);
  } catch (const pacta::error& e) {
    std::cerr << "pacta: " << e.what() << '\n';
    return exit_invalid;
  } catch (const std::exception& e) {
    std::cerr << "pacta: " << e.what() << '\n';
    return exit_invalid;
  }
}

}  // namespace
}  // namespace pacta_cli

int main(int argc, char** argv) {
  pacta_cli::install_signal_cleanup();
  return pacta_cli::finish(pacta_cli::run(argc, argv));
}
