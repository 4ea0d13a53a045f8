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
// This file reads the command line (CLI11) and calls the subcommand: each is in its own file
// (cmd_*.cpp, declared in commands.hpp); loading.hpp finds the data and loads the records,
// options.hpp reads --option, table.hpp and output.hpp print.
#include <pacta/pacta.hpp>

#include "commands.hpp"
#include "loading.hpp"
#include "options.hpp"
#include "output.hpp"
#include "suggest.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace pacta_cli {
namespace {

/// Today where the user is: the local date (TZ), not the date in Greenwich.
pacta::date_t today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  if (::localtime_r(&now, &local) == nullptr)
    return pacta::date_t{date::floor<date::days>(std::chrono::system_clock::now())};
  return pacta::date_t{date::year{local.tm_year + 1900}, date::month{static_cast<unsigned>(local.tm_mon + 1)},
                       date::day{static_cast<unsigned>(local.tm_mday)}};
}

/// What the command line sets: the global options, each subcommand's options, and the subcommands
/// (to see which one was given). CLI11 writes into it, so it stays where it is while parsing.
struct command_line {
  // The global options.
  std::vector<std::string> registry_files, profile_files, option_texts;
  std::string treaty, data_dir;
  bool no_parent = false;
  // Options that several subcommands share.
  std::string format = "text", on_text, reports_path;
  std::vector<std::string> reports_paths;  // --reports, repeatable with --all-treaties and site
  std::vector<CLI::Option*> reports_options;
  bool all_treaties = false;
  std::string site_dir;
  std::string site_title;   // site --title
  std::string site_intro;   // site --intro FILE
  bool site_force = false;  // site --force
  std::vector<CLI::Option*> on_options;
  // Each subcommand's own.
  bool all_states = false, overdue_only = false;
  std::string state_name, ics_path, calendar_state, svg_path;
  CLI::Option* calendar_state_opt = nullptr;
  CLI::Option* treaty_opt = nullptr;
  record_request record_req;
  CLI::Option* record_registry = nullptr;
  std::vector<std::string> check_files;
  import_request import_req;
  // The subcommands.
  CLI::App *eif = nullptr, *parties = nullptr, *amendments = nullptr, *reports = nullptr, *state = nullptr,
           *calendar = nullptr, *timeline = nullptr, *record = nullptr, *check = nullptr, *import_untc = nullptr,
           *treaties = nullptr, *site = nullptr;
};

/// The date of --on, or today; nothing after saying why when --on is not a date.
std::optional<pacta::date_t> date_on(const command_line& c) {
  if (c.on_text.empty()) return today();
  auto d = pacta::parse_date(c.on_text);
  // One wording with the files' dates: "impossible date "2026-02-30": no such day …" for a date of the
  // right shape that the calendar does not have, "… is not a date: write … YYYY-MM-DD" otherwise.
  if (!d) std::cerr << "pacta: --on: " << pacta::detail::bad_date_message(c.on_text) << '\n';
  return d;
}

void add_global_options(CLI::App& app, command_line& c) {
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
  app.add_option("--option", c.option_texts,
                 "NAME=VALUE (repeatable): the choice for an unsettled rule: amendment-count=each-day|approval, "
                 "amendment-parties=deposited|in-force, parent-party=deposited|in-force, "
                 "status=as-recorded|as-known-then, leap-day=feb-28|mar-1, denounced-signatory=eligible|not-eligible, "
                 "parent-signatory=depositary|literal, former-end=exists|last-act, "
                 "report-anchor=initial-due|initial-submitted. Default: the first of each (docs/rules.md).")
      ->allow_extra_args(false)  // one value a time: it may stand before a subcommand's positionals
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
}

void add_format(CLI::App* sub, command_line& c, const std::string& help = "text, json or csv") {
  sub->add_option("--format", c.format, help)->check(CLI::IsMember({"text", "json", "csv"}));
}

/// --reports FILE: one file; with --all-treaties (and for site) repeatable, one per treaty.
/// --reports; `across` adds how it is given with --all-treaties (site is always across treaties, so
/// its help says "repeatable" without naming a flag it does not take).
void add_reports_option(CLI::App* sub, command_line& c, const std::string& help, bool across = true) {
  c.reports_options.push_back(
      sub->add_option(
             "--reports", c.reports_paths,
             help + (across ? " With --all-treaties: repeatable, each file for the treaty its \"treaty\" names."
                            : " Repeatable: each file for the treaty its \"treaty\" names."))
          ->check(CLI::ExistingFile)
          ->allow_extra_args(false)
          ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll));
}

void add_all_treaties(CLI::App* sub, command_line& c) {
  sub->add_flag("--all-treaties", c.all_treaties,
                "Every bundled treaty at once (not with --registry, --treaty or --profile).");
}

/// eif, parties, amendments, reports.
void add_tables(CLI::App& app, command_line& c) {
  c.eif = app.add_subcommand(
      "eif", "The general entry into force, the instrument(s) that completed the threshold, and the article.");
  add_format(c.eif, c);
  c.eif->footer("Example:\n  pacta eif\n  pacta eif --format json");

  c.parties = app.add_subcommand(
      "parties",
      "One row per participant: signature, consent, entry into force and its basis, status on a date, denunciation.");
  c.on_options.push_back(
      c.parties->add_option("--on", c.on_text, "The date for the status column, YYYY-MM-DD (default: today)."));
  add_format(c.parties, c);
  c.parties->add_flag(
      "--all", c.all_states,
      "Every State of the registry, with all its recorded actions, instead of the participants on the date.");
  c.parties->footer("Examples:\n  pacta parties --on 2002-06-01\n  pacta parties --format csv > parties.csv");

  c.amendments = app.add_subcommand(
      "amendments", "Amendments under article 16: conference, adoption, approval, acceptances, entry into force.");
  add_format(c.amendments, c);
  c.amendments->footer("Example:\n  pacta amendments --format json");

  c.reports = app.add_subcommand(
      "reports", "Reporting under article 12: initial report due, next report due, overdue or not, per State.");
  c.on_options.push_back(
      c.reports->add_option("--on", c.on_text, "The date to judge by, YYYY-MM-DD (default: today)."));
  add_reports_option(c.reports, c, "A reports file (pacta.reports/1): submissions and Committee-set due dates.");
  add_all_treaties(c.reports, c);
  c.reports->add_flag("--overdue", c.overdue_only, "Only the States with an overdue report (needs --reports).");
  add_format(c.reports, c);
  c.reports->footer(
      "Examples:\n  pacta reports --on 2026-02-03\n  pacta reports --reports examples/data/reports-illustrative.json "
      "--overdue --format csv\n  pacta reports --all-treaties --on 2026-11-30");
}

/// state, calendar, timeline.
void add_dates(CLI::App& app, command_line& c) {
  c.state = app.add_subcommand("state",
                               "One State's whole story: actions, each computed date with its article and reasoning, "
                               "status, binding text, reporting.");
  c.state
      ->add_option("NAME", c.state_name,
                   "The State, as the registry names it (case-insensitive; a unique part of the name will do).")
      ->required();
  c.on_options.push_back(
      c.state->add_option("--on", c.on_text, "The date for the status, YYYY-MM-DD (default: today)."));
  add_reports_option(c.state, c, "A reports file (pacta.reports/1).");
  add_all_treaties(c.state, c);
  add_format(c.state, c, "text, json or csv (csv: the dates)");
  c.state->footer(
      "Examples:\n  pacta state Benin\n  pacta state \"united states of america\" --on 2003-01-01\n  pacta state Benin "
      "--all-treaties");

  c.calendar = app.add_subcommand(
      "calendar",
      "An iCalendar file (RFC 5545) of entry-into-force dates, pending denunciations and report due dates.");
  c.calendar->add_option("--ics", c.ics_path, "The file to write (- for standard output).")->required();
  c.calendar_state_opt = c.calendar->add_option("--state", c.calendar_state, "Only this State's dates.");
  c.on_options.push_back(
      c.calendar->add_option("--on", c.on_text, "The date that decides which report is next (default: today)."));
  add_reports_option(c.calendar, c, "A reports file (pacta.reports/1).");
  add_all_treaties(c.calendar, c);
  c.calendar->footer(
      "Examples:\n  pacta calendar --ics opsc.ics\n  pacta calendar --ics benin.ics --state Benin\n"
      "  pacta calendar --all-treaties --state Benin --ics benin-all.ics\n"
      "Each event keeps its UID when its date changes, so importing a newer file updates it.");

  c.timeline = app.add_subcommand(
      "timeline", "A chart of the number of States parties and signatories over time (standalone SVG).");
  c.timeline->add_option("--svg", c.svg_path, "The file to write (- for standard output).")->required();
  c.on_options.push_back(
      c.timeline->add_option("--on", c.on_text, "The end of the chart (default: the registry's as-of date)."));
  c.timeline->footer("Example:\n  pacta timeline --svg parties.svg");
}

void add_record(CLI::App& app, command_line& c) {
  record_request& r = c.record_req;
  auto* record = c.record = app.add_subcommand(
      "record",
      "Add one action to a registry file: validated whole first, written atomically, keys and x- fields kept.");
  c.record_registry =
      record->add_option("--registry", r.registry, "The registry file to change (required).")->check(CLI::ExistingFile);
  record->add_option("--state", r.state,
                     "The State (a registry name, ISO code or common name). Not for the acts of the Secretary-General, "
                     "a conference or the General Assembly.");
  record
      ->add_option("--action", r.action,
                   "signature, ratification, accession, acceptance, approval, succession, denunciation, "
                   "denunciation-withdrawal, optional-declaration, optional-declaration-withdrawal, amendment-…")
      ->required();
  record->add_option("--date", r.date, "The date of the act, YYYY-MM-DD (deposit; receipt for a notification).")
      ->required();
  record->add_option("--effective", r.effective, "Successions: the date of succession of States.");
  record->add_option("--predecessor", r.predecessor,
                     "Successions: the predecessor State (checked: bound on the date of succession).");
  record->add_option("--amendment", r.amendment, "Amendment actions: the amendment's id.");
  record->add_option("--article", r.article,
                     "Optional declarations and their withdrawals: the article whose competence is recognized "
                     "(ICCPR 41, CAT 21 or 22 …; rule O1).");
  record->add_option("--note", r.note, "A note kept with the action.");
  record->add_flag("--declaration", r.declaration,
                   "OPAC art. 3(2): a binding declaration was deposited with the instrument (recorded as a declaration "
                   "of the same day).");
  record
      ->add_option("--minimum-age", r.minimum_age,
                   "OPAC art. 3(2)/(4): the minimum age of voluntary recruitment declared (implies --declaration with "
                   "an instrument).")
      ->check(CLI::Range(0, 99));
  record->add_flag("--declaration-not-recorded", r.declaration_not_recorded,
                   "OPAC: the depositary's record shows no declaration with this instrument.");
  record->add_option("--source", r.source, "Where the fact comes from.");
  record->add_option("--parent", r.parents, "A parent treaty's registry for article 13 (default: the bundled one).")
      ->check(CLI::ExistingFile)
      ->allow_extra_args(false)  // one value a time: it may stand before a subcommand's positionals
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  record->add_flag(
      "--new-state", r.new_state,
      "The State is new: take --state as written, without matching it to a State of the registry or the name table.");
  record->footer(
      "Example:\n  cp data/registries/opsc.json my-opsc.json\n"
      "  pacta record --registry my-opsc.json --state Ireland --action ratification --date 2026-03-02 --source "
      "\"depositary notification\"\n"
      "Writers of one registry take turns (a lock on the file); links, owner and mode are kept.\n"
      "Exit codes: 0 written, 1 refused (the file is unchanged), 2 usage error (the file is unchanged),\n"
      "3 written, but the confirmation could not be printed.");
}

/// treaties, site: every bundled treaty.
void add_system(CLI::App& app, command_line& c) {
  c.treaties = app.add_subcommand(
      "treaties", "Every bundled instrument: id, short title, chapter, entry into force, signatories and parties.");
  c.on_options.push_back(
      c.treaties->add_option("--on", c.on_text, "The date of the counts, YYYY-MM-DD (default: today)."));
  add_format(c.treaties, c);
  c.treaties->footer("Example:\n  pacta treaties --format csv");

  c.site = app.add_subcommand("site",
                              "A static site (HTML, CSS, SVG; no server, no network) of every bundled instrument and "
                              "State, with each date's article and reasoning.");
  c.site->add_option("DIR", c.site_dir, "The directory to write (created; the files pacta writes are replaced).")
      ->required();
  c.on_options.push_back(c.site->add_option("--on", c.on_text, "The date of the statuses (default: today)."));
  add_reports_option(c.site, c, "A reports file (pacta.reports/1): adds the \"who is late\" page.", false);
  c.site->add_option("--title", c.site_title, "The site's title (default: \"UN human-rights instruments\").");
  c.site
      ->add_option("--intro", c.site_intro,
                   "A file of Markdown or plain text shown under the title of the index (escaped; headings, lists, "
                   "emphasis and https links).")
      ->check(CLI::ExistingFile);
  c.site->add_flag("--force", c.site_force,
                   "Replace DIR even if it holds files pacta site did not write (it is replaced whole).");
  c.site->footer("Example:\n  pacta site public/ && xdg-open public/index.html\nDocumentation: docs/site.md");
}

/// check, import-untc.
void add_files(CLI::App& app, command_line& c) {
  c.check = app.add_subcommand(
      "check", "Validate registries and treaty profiles: one line per error (FILE: /json/pointer: message [rule]).");
  c.check->add_option("FILE", c.check_files, "Files to check")->required();
  c.check->footer(
      "Exit codes: 0 all valid, 1 something invalid, 2 usage error.\nExample:\n  pacta check "
      "data/registries/opsc.json");

  import_request& r = c.import_req;
  c.import_untc = app.add_subcommand("import-untc",
                                     "Read a saved UN Treaty Collection status page (HTML) and write its registry; the "
                                     "page's printed counts and entry into force must match.");
  c.import_untc->add_option("PAGE", r.page, "The status page, saved as HTML from treaties.un.org.")
      ->required()
      ->check(CLI::ExistingFile);
  c.import_untc->add_option(
      "--treaty", r.treaty,
      "The treaty id (default: from the page's chapter: IV-11 crc, IV-11-b opac, IV-11-c opsc, IV-11-d opic).");
  c.import_untc->add_option("--succession", r.successions,
                            "STATE=YYYY-MM-DD: a date of succession of States the page does not print (repeatable).");
  c.import_untc->add_option("-o,--output", r.output,
                            "The registry file to write, atomically (default: standard output).");
  c.import_untc->add_flag("--strict", r.strict,
                          "Refuse the page (exit 1) for what is otherwise a warning: a participant that is no State "
                          "of the name table and no organization, an act dated after the page's status date.");
  c.import_untc->footer(
      "Example:\n  pacta import-untc tests/data/untc/html/crc_op_sc.html --succession Montenegro=2006-06-03 -o "
      "opsc.json\n"
      "The printed entry into force is checked against the treaty's rules (the chapter's, --treaty ID's or\n"
      "--profile FILE's); without rules the summary says it was NOT checked.\n"
      "Exit codes: 0 written, 1 the page cannot be read or does not add up, 2 usage error.");
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
bool empty_values(const command_line& c) {
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
  if (c.calendar_state_opt->count() > 0 && c.calendar_state.empty()) {
    std::cerr << "pacta: --state is empty: name a State (leave --state out for every State)\n";
    return true;
  }
  return false;
}

/// `pacta record`: its own --registry is the file to change; the global one is refused.
int run_record(command_line& c, const fs::path& data_dir, const pacta::record_options& options) {
  if (c.record_registry->count() == 0) {
    std::cerr << "pacta record: give the registry file to change after the subcommand: pacta record --registry "
                 "FILE …"
              << (c.registry_files.empty() ? "" : " (a --registry before \"record\" is not used by record)")
              << "; nothing written\n";
    return exit_usage;
  }
  if (!c.registry_files.empty()) {
    std::cerr << "pacta record: the global --registry " << shown(c.registry_files.front())
              << " is not used by record: the file to change is record's own --registry, parents are given "
                 "with --parent; nothing written\n";
    return exit_usage;
  }
  record_request& r = c.record_req;
  for (const auto* v : {&r.registry, &r.action, &r.date})
    if (v->empty()) {
      std::cerr << "pacta record: --registry, --action and --date cannot be empty\n";
      return exit_usage;
    }
  for (const auto& [option, text] : {std::pair<const char*, const std::string*>{"--date", &r.date},
                                     std::pair<const char*, const std::string*>{"--effective", &r.effective}})
    if (!text->empty() && !pacta::parse_date(*text)) {  // a usage error, not the file's (exit 2)
      std::cerr << "pacta record: " << option << ": " << pacta::detail::bad_date_message(*text)
                << "; nothing written\n";
      return exit_usage;
    }
  for (const auto& [option, text] : {std::pair<const char*, const std::string*>{"--state", &r.state},
                                     {"--note", &r.note},
                                     {"--source", &r.source},
                                     {"--predecessor", &r.predecessor},
                                     {"--amendment", &r.amendment},
                                     {"--article", &r.article}})
    if (!pacta::detail::valid_utf8(*text)) {  // a registry is UTF-8 JSON: such bytes cannot be written into it
      std::cerr << "pacta record: " << option << " has bytes that are not UTF-8 text; nothing written\n";
      return exit_usage;
    }
  if (c.record->count("--state") > 0 && r.state.empty()) {
    std::cerr << "pacta record: --state is empty: name the State (leave --state out for the acts of the "
                 "Secretary-General, a conference or the General Assembly)\n";
    return exit_usage;
  }
  r.no_parent = c.no_parent;
  r.options = options;
  return cmd_record(r, data_dir);
}

/// Without --registry: the bundled registries of the treaty (--treaty, else the OPSC) and of those
/// it needs, into `c.registry_files`; an exit code when they are not there.
std::optional<int> use_bundled_registries(command_line& c, const fs::path& data_dir) {
  if (!has_data(data_dir)) {
    std::cerr << "pacta: the bundled data are not in " << data_dir << "; set PACTA_DATA_DIR or give --registry FILE\n";
    return exit_invalid;
  }
  std::vector<pacta::diagnostic> d;
  c.registry_files = bundled_registries(c.treaty.empty() ? "opsc" : c.treaty, data_dir, d);
  if (!d.empty()) {
    print_diagnostics(d);
    return exit_invalid;
  }
  const std::string primary = c.treaty.empty() ? "opsc" : c.treaty;
  std::vector<std::string> present;
  for (const auto& f : c.registry_files) {
    std::error_code ec;
    const std::string id = fs::path(f).stem().string();
    if (fs::is_regular_file(f, ec)) {
      present.push_back(f);
      continue;
    }
    if (id != primary) {
      // A treaty the primary one names (eligibility, a condition of entry into force) whose
      // registry is not bundled: go without it, and say so; what needed it is NOT checked.
      std::cerr << "pacta: note: the bundled data have no registry of \"" << id << "\", which the rules of \""
                << primary
                << "\" name (eligibility, entry into force or reporting): what depends on it is NOT checked unless "
                   "the output says otherwise; give it with --registry FILE\n";
      c.no_parent = true;
      continue;
    }
    std::string known;
    for (const auto& k : pacta::registry_ids(data_dir.string())) known += (known.empty() ? "" : ", ") + k;
    std::cerr << "pacta: no bundled registry for the treaty \"" << id << "\""
              << did_you_mean(id, pacta::registry_ids(data_dir.string())) << " (the bundled registries: " << known
              << "); give --registry FILE\n";
    return exit_usage;
  }
  c.registry_files = std::move(present);
  return std::nullopt;
}

/// The subcommands that work on the records loaded: each with the date given (--on) or today.
int run_on_records(const command_line& c, const loaded& l, const fs::path& data_dir) {
  const auto on_given = date_on(c);
  if (!on_given) return exit_usage;
  const pacta::date_t on = *on_given;
  const pacta::treaty_record& rec = *l.primary;
  if (c.eif->parsed()) return cmd_eif(rec, c.format);
  if (c.parties->parsed()) return cmd_parties(rec, on, c.format, c.all_states);
  if (c.amendments->parsed()) return cmd_amendments(rec, c.format);
  if (c.reports->parsed()) {
    if (c.overdue_only && c.reports_path.empty()) {
      std::cerr
          << "pacta: --overdue needs --reports FILE: without a record of submissions no report can be called overdue\n";
      return exit_usage;
    }
    return cmd_reports(rec, parent_of(l), on, c.reports_path, c.overdue_only, c.format);
  }
  if (c.calendar->parsed())
    return cmd_calendar(rec, parent_of(l), c.ics_path, c.calendar_state, on, c.reports_path, name_table(data_dir));
  if (c.timeline->parsed()) return cmd_timeline(rec, c.svg_path, c.on_text.empty() ? rec.source().as_of : on);
  if (c.state->parsed())
    return cmd_state(rec, parent_of(l), c.state_name, on, c.reports_path, c.format, name_table(data_dir));
  return exit_usage;
}

/// treaties, site and --all-treaties: every bundled treaty, loaded together.
int run_across(const command_line& c, const fs::path& data_dir, const pacta::record_options& options) {
  const std::string what = c.treaties->parsed() ? "treaties" : c.site->parsed() ? "site" : "--all-treaties";
  if (!c.registry_files.empty() || !c.treaty.empty() || !c.profile_files.empty() || c.no_parent) {
    std::cerr << "pacta: " << what
              << " works on every bundled registry: --registry, --treaty, --profile and --no-parent are not used "
                 "with it (--data-dir names other data)\n";
    return exit_usage;
  }
  if (c.calendar->parsed() && c.calendar_state.empty()) {
    std::cerr << "pacta: calendar --all-treaties needs --state NAME: one State's dates under every treaty\n";
    return exit_usage;
  }
  if (c.reports->parsed() && c.overdue_only && c.reports_paths.empty()) {
    std::cerr
        << "pacta: --overdue needs --reports FILE: without a record of submissions no report can be called overdue\n";
    return exit_usage;
  }
  const auto on = date_on(c);
  if (!on) return exit_usage;
  pacta::treaty_set set;
  if (!load_every(data_dir, options, set)) return exit_invalid;
  if (c.treaties->parsed()) return cmd_treaties(set, *on, c.format);
  if (c.site->parsed())
    return cmd_site(set,
                    {c.site_dir, c.site_title, c.site->get_option("--title")->count() > 0, c.site_intro, c.site_force},
                    *on, c.reports_paths, name_table(data_dir));
  if (c.state->parsed()) return cmd_state_all(set, c.state_name, *on, c.reports_paths, c.format, name_table(data_dir));
  if (c.reports->parsed()) return cmd_reports_all(set, *on, c.reports_paths, c.overdue_only, c.format);
  if (c.calendar->parsed())
    return cmd_calendar_all(set, c.ics_path, c.calendar_state, *on, c.reports_paths, name_table(data_dir));
  std::cerr << "pacta: --all-treaties is for state, reports and calendar\n";
  return exit_usage;
}

/// The subcommand given, once the command line is read.
int dispatch(command_line& c, const char* argv0, const pacta::record_options& options) {
  const fs::path data_dir = c.data_dir.empty() ? find_data_dir(argv0) : fs::path(c.data_dir);
  c.treaty = lower(c.treaty);  // treaty ids are lower case: --treaty OPAC is opac
  if (empty_values(c)) return exit_usage;
  if (!c.treaty.empty() && !pacta::is_treaty_id(c.treaty)) {
    std::cerr << "pacta: " << pacta::treaty_id_message("--treaty", c.treaty) << '\n';
    return exit_usage;
  }
  if (c.record->parsed()) return run_record(c, data_dir, options);
  if (c.check->parsed()) {
    // A registry given with --registry is one more file to check (and a parent for the others).
    std::vector<std::string> files = c.registry_files;
    files.insert(files.end(), c.check_files.begin(), c.check_files.end());
    return cmd_check(files, data_dir, c.no_parent);
  }
  if (c.import_untc->parsed()) {
    c.import_req.profiles = c.profile_files;
    return cmd_import(c.import_req, data_dir, options);
  }
  if (c.treaties->parsed() || c.site->parsed() || c.all_treaties) return run_across(c, data_dir, options);
  if (c.reports_paths.size() > 1) {
    std::cerr << "pacta: --reports is given " << c.reports_paths.size()
              << " times: one treaty takes one reports file (several go with --all-treaties)\n";
    return exit_usage;
  }
  if (!c.reports_paths.empty()) c.reports_path = c.reports_paths.front();
  if (c.registry_files.empty())
    if (const auto code = use_bundled_registries(c, data_dir)) return *code;
  loaded l;
  std::vector<pacta::diagnostic> diags;
  parent_policy policy;
  policy.no_parent = c.no_parent;
  policy.reports = c.reports->parsed() || c.state->parsed() || c.calendar->parsed();
  if (!load_all(c.registry_files, c.profile_files, c.treaty, data_dir, l, diags, policy, options)) {
    print_diagnostics(diags);
    return exit_invalid;
  }
  return run_on_records(c, l, data_dir);
}

int run(int argc, char** argv) {
  CLI::App app{
      "pacta: the dates of treaty law from the record of what States did.\n"
      "Runs on the bundled OPSC registry (and the Convention's, for article 13) unless --registry is given.",
      "pacta"};
  command_line c;
  add_global_options(app, c);
  add_tables(app, c);
  add_dates(app, c);
  add_record(app, c);
  add_files(app, c);
  add_system(app, c);
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
    return dispatch(c, argv[0], options);
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
