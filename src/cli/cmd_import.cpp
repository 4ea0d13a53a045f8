// pacta import-untc PAGE.html — a saved UN Treaty Collection status page to a registry; the page's
// printed counts and entry into force must match what its table gives (untc.hpp; docs/cli.md).
#include "app.hpp"
#include "commands.hpp"
#include "loading.hpp"
#include "output.hpp"
#include "untc.hpp"

#include <pacta/input.hpp>

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <set>

namespace pacta_cli {
namespace {

/// --succession STATE=YYYY-MM-DD into the options, STATE resolved through the name table as
/// --state is ("Czechia": the page's "Czech Republic"); false, after saying why, when one is not that.
/// The States named go into `given`.
bool read_successions(const import_request& req, const fs::path& data_dir, pacta::untc::import_options& options,
                      std::set<std::string>& given) {
  for (const auto& s : req.successions) {
    const auto eq = s.rfind('=');
    const auto d = eq == std::string::npos ? std::nullopt : pacta::parse_date(s.substr(eq + 1));
    if (!d || eq == 0) {
      std::cerr << "pacta: --succession " << pacta::detail::show_value(s)
                << " must be STATE=YYYY-MM-DD (the date of succession of States)\n";
      return false;
    }
    const std::string typed = s.substr(0, eq);
    const pacta::state_name* known = name_table(data_dir).lookup(typed);
    const std::string state = known ? known->name : typed;
    options.succession_dates[state] = *d;
    options.succession_sources.erase(state);
    given.insert(state);
  }
  return true;
}

/// The dates of the data directory's successions table (rule E5), for every State --succession
/// does not name; false, after printing the diagnostics, when the table is invalid.
bool table_successions(const fs::path& data_dir, const std::set<std::string>& given,
                       pacta::untc::import_options& options) {
  std::vector<pacta::diagnostic> diags;
  const auto table = load_successions_table(data_dir, diags);
  if (!table) {
    print_diagnostics(diags);
    return false;
  }
  for (const auto& e : table->entries) {
    if (given.count(e.successor)) continue;
    options.succession_dates[e.successor] = e.date;
    options.succession_sources[e.successor] = pacta::action_source(e);
    options.succession_table[e.successor] = e;
  }
  return true;
}

/// The treaty's rules, to check the page's printed entry into force: a profile given, else the
/// bundled profile of the treaty id (given, or the page's chapter), else the built-in rules. An
/// exit code when the command cannot go on.
std::optional<int> find_rules(const import_request& req, const fs::path& data_dir, pacta::untc::import_options& options,
                              std::vector<pacta::diagnostic>& diags) {
  const auto given = read_profiles(req.profiles, diags);
  if (!diags.empty()) {
    print_diagnostics(diags);
    return exit_invalid;
  }
  std::string id = lower(req.treaty);  // treaty ids are lower case: "OPIC" is opic
  if (!id.empty() && !pacta::is_treaty_id(id)) {
    std::cerr << "pacta: " << pacta::treaty_id_message("--treaty", id) << '\n';
    return exit_usage;
  }
  if (id.empty() && given.size() == 1) id = given.begin()->first;
  if (id.empty()) {  // the page's chapter says which treaty: among the bundled profiles
    for (const auto& profile : pacta::profile_ids(data_dir.string()))
      if (auto r = rules_for(profile, given, data_dir, diags)) options.profiles[r->id] = *r;
    if (!diags.empty()) {
      print_diagnostics(diags);
      return exit_invalid;
    }
    return std::nullopt;
  }
  options.treaty = id;
  options.rules = rules_for(id, given, data_dir, diags);
  if (!diags.empty()) {
    print_diagnostics(diags);
    return exit_invalid;
  }
  if (!options.rules) {
    std::cerr
        << "pacta: --treaty " << pacta::detail::show_value(req.treaty)
        << ": pacta has no profile of that id (see data/treaties/); give the treaty's profile with --profile FILE\n";
    return exit_usage;
  }
  return std::nullopt;
}

/// Whether every --succession names a State that has a succession on the page (said when not).
bool successions_used(const std::set<std::string>& given, const pacta::untc::import_result& result) {
  for (const auto& state : given) {
    bool used = false;
    for (const auto& a : result.reg.actions)
      used = used || (a.state == state && a.kind == pacta::action_kind::succession);
    if (!used) {
      std::cerr << "pacta: --succession names " << state << ", which has no succession on the page\n";
      return false;
    }
  }
  return true;
}

/// What the page printed and whether its entry into force was checked, on standard error.
void print_summary(const pacta::untc::import_result& result) {
  const auto& p = result.page;
  std::cerr << "chapter " << p.chapter << " (" << result.reg.treaty << "), status as at "
            << pacta::to_iso(p.status_as_at) << ": " << p.rows << " participants, "
            << (p.signatories ? std::to_string(p.parsed_signatories) + " signatories and "
                              : std::string("no signature column, "))
            << p.parsed_parties << " parties, as the page prints"
            << (p.organizations
                    ? ", " + std::to_string(p.organizations) + " of them a regional integration organization"
                    : std::string())
            << (p.former_participants ? "; " + std::to_string(p.former_participants) +
                                            " former State(s) read from the end notes (rule F1)"
                                      : std::string())
            << "; entry into force "
            << (p.entry_into_force ? pacta::to_prose(*p.entry_into_force) : std::string("not printed"))
            << (!p.entry_into_force ? std::string()
                : !p.checked_with.empty()
                    ? ", as computed under article " + p.entry_into_force_article + " by the rules of the " +
                          p.checked_with
                    : ", NOT checked: pacta has no rules for this treaty (give --treaty ID or --profile FILE)")
            << "\n";
}

/// The registry as every other command reads it: built with the registries its treaty names
/// (eligibility, reporting), taken from the data directory, so that import-untc never writes a
/// registry that the other commands then refuse. A parent the data directory lacks is gone without,
/// and said so. False, after printing the diagnostics, when the record cannot be built.
bool accepted_with_parents(const pacta::untc::import_result& result, const pacta::untc::import_options& options,
                           const fs::path& data_dir, const pacta::record_options& record_options) {
  std::optional<pacta::treaty_rules> rules = options.rules;
  if (!rules)
    if (const auto it = options.profiles.find(result.reg.treaty); it != options.profiles.end()) rules = it->second;
  if (!rules) return true;  // no rules for the treaty: nothing computed (the summary says NOT checked)
  std::vector<pacta::diagnostic> diags;
  loaded out;
  parent_policy policy;
  policy.no_parent = true;
  policy.how = "a data directory with its registry (--data-dir DIR)";
  if (build_all({pending{result.reg, *rules}}, {{rules->id, *rules}}, rules->id, data_dir, policy, out, diags,
                record_options))
    return true;
  print_diagnostics(diags);
  std::cerr << "pacta: no registry written: the page's record is refused under the rules of the " << rules->short_title
            << " with the registries it names (above)\n";
  return false;
}

/// Whether the name table writes a State's name exactly so: its name, one of its other names or
/// former names (a code, "zambia" or "Zambia." is found by the table, but is no name as written).
bool written_as_table(const pacta::state_names& names, const std::string& state) {
  const pacta::state_name* n = names.lookup(state);
  if (!n) return false;
  if (n->name == state) return true;
  for (const auto& o : n->other_names)
    if (o == state) return true;
  for (const auto& f : n->former_names)
    if (f.name == state) return true;
  return false;
}

/// What a page holds that its record should not, said as warnings (errors with --strict): each
/// participant that is neither a State of the name table nor a regional integration organization
/// ("Estonia 12", "EST"), each act dated after the page's status date, and each end-note sentence telling of a
/// denunciation or withdrawal the importer did not read. False when --strict
/// makes them errors and there is one.
bool page_warnings(const pacta::untc::import_result& result, const fs::path& data_dir, bool strict) {
  const pacta::state_names& names = name_table(data_dir);
  std::set<std::string> organizations, unknown;
  for (const auto& p : result.reg.participants)
    if (p.kind == pacta::participant_kind::organization) organizations.insert(p.name);
  std::size_t said = 0;
  const char* level = strict ? "error" : "warning";
  for (const auto& a : result.reg.actions) {
    if (!a.state.empty() && !organizations.count(a.state) && !written_as_table(names, a.state) &&
        unknown.insert(a.state).second) {
      const pacta::state_name* n = names.lookup(a.state);
      std::cerr << "pacta: " << level << ": the participant " << pacta::detail::show_value(a.state)
                << (n ? " is not a name the name table writes (it reads as " + n->name +
                            "): a misprint on the page, or a name to add to that State's other names in "
                      : std::string(" is no State of the name table and no organization: a misprint on the page, or "
                                    "a State to add to "))
                << shown((data_dir / "states.json").string()) << "\n";
      ++said;
    }
    if (a.date > result.page.status_as_at) {
      std::cerr << "pacta: " << level << ": " << (a.state.empty() ? std::string("an act") : a.state + "'s act")
                << " dated " << pacta::to_iso(a.date) << " is after the page's status date, "
                << pacta::to_iso(result.page.status_as_at) << ": the page contradicts itself, or was edited\n";
      ++said;
    }
  }
  for (const auto& u : result.page.denunciations_not_read) {
    // Under a treaty with no clause on denunciation (rule D5) a notification changes nothing: a note.
    std::cerr << "pacta: " << (u.marked ? level : "note") << ": an end note of " << u.state
              << " tells of a denunciation or withdrawal in words pacta does not read, so it is not imported"
              << (u.marked ? ": whether and when it ended the State's consent is not known (its instrument is "
                             "marked history_incomplete; record the denunciation with pacta record --action "
                             "denunciation)"
                           : "; the treaty has no clause on denunciation (rule D5), so the State stays as recorded")
              << ": \"" << pacta::escape_controls(u.sentence) << "\"\n";
    said += u.marked ? 1 : 0;
  }
  if (strict && said)
    std::cerr << "pacta: no registry written: --strict makes the " << said << " warnings above errors\n";
  return !(strict && said);
}

}  // namespace

/// The participants whose end notes tell of instruments with no row, which were not imported.
void print_history_notes(const pacta::untc::import_result& result) {
  const auto& h = result.page.history_not_imported;
  if (h.empty()) return;
  std::string names;
  for (std::size_t k = 0; k < h.size(); ++k) names += (k ? (k + 1 == h.size() ? " and " : ", ") : "") + h[k];
  std::cerr << "pacta: note: the end notes of " << names
            << " tell of instruments or denunciations that have no row (a re-accession, an earlier accession "
               "denounced); they are kept in the notes, not imported, and those States' dates outside their rows' "
               "instruments are incomplete (marked history_incomplete)\n";
}

/// The optional declarations read (rule O1), and what of their section was not read.
void print_declaration_notes(const pacta::untc::import_result& result) {
  const auto& p = result.page;
  if (p.optional_declarations == 0 && p.declarations_not_read.empty()) return;
  std::cerr << "optional declarations (rule O1): " << p.optional_declarations
            << " read from the page's section of them, by article, as printed";
  for (const auto& [article, day] : p.articles_in_force)
    std::cerr << "; the page prints article " << article << " in force from " << pacta::to_prose(day)
              << " (written as articles_in_force)";
  std::cerr << "\n";
  if (p.declarations_not_read.empty()) return;
  std::cerr << "pacta: note: " << p.declarations_not_read.size() << " entr"
            << (p.declarations_not_read.size() == 1 ? "y" : "ies")
            << " of that section not read, so not in the registry (add them with pacta record --action "
               "optional-declaration --article N):\n";
  for (const auto& n : p.declarations_not_read) std::cerr << "  " << pacta::escape_controls(n) << "\n";
}

int cmd_import(const import_request& req, const fs::path& data_dir, const pacta::record_options& record_options) {
  pacta::untc::import_options options;
  options.treaty = req.treaty;
  std::set<std::string> given;
  if (!read_successions(req, data_dir, options, given)) return exit_usage;
  if (!table_successions(data_dir, given, options)) return exit_invalid;
  std::vector<pacta::diagnostic> diags;
  std::string html;
  if (!pacta::read_input(req.page, html, diags)) {
    print_diagnostics(diags);
    return exit_invalid;
  }
  if (const auto code = find_rules(req, data_dir, options, diags)) return *code;
  pacta::untc::import_result result;
  if (!pacta::untc::import_page(html, req.page, options, result, diags)) {
    print_diagnostics(diags);
    return exit_invalid;
  }
  if (!successions_used(given, result)) return exit_invalid;
  if (!accepted_with_parents(result, options, data_dir, record_options)) return exit_invalid;
  if (!page_warnings(result, data_dir, req.strict)) return exit_invalid;
  print_summary(result);
  print_history_notes(result);
  print_declaration_notes(result);
  return write_output(req.output, result.text, "registry");
}

void add_import_untc(CLI::App& app, global_options& g, command_table& t) {
  auto r = std::make_shared<import_request>();
  CLI::App* sub = app.add_subcommand("import-untc",
                                     "Read a saved UN Treaty Collection status page (HTML) and write its registry; the "
                                     "page's printed counts and entry into force must match.");
  sub->add_option("PAGE", r->page, "The status page, saved as HTML from treaties.un.org.")
      ->required()
      ->check(CLI::ExistingFile);
  sub->add_option(
      "--treaty", r->treaty,
      "The treaty id (default: from the page's chapter: IV-11 crc, IV-11-b opac, IV-11-c opsc, IV-11-d opic).");
  sub->add_option("--succession", r->successions,
                  "STATE=YYYY-MM-DD: a date of succession of States the page does not print (repeatable).");
  sub->add_option("-o,--output", r->output, "The registry file to write, atomically (default: standard output).");
  sub->add_flag("--strict", r->strict,
                "Refuse the page (exit 1) for what is otherwise a warning: a participant that is no State of the name "
                "table and no organization, an act dated after the page's status date, an end note telling of a "
                "denunciation or withdrawal in words pacta does not read.");
  sub->footer(
      "Example:\n  pacta import-untc tests/data/untc/html/crc_op_sc.html --succession Montenegro=2006-06-03 -o "
      "opsc.json\n"
      "The printed entry into force is checked against the treaty's rules (the chapter's, --treaty ID's or\n"
      "--profile FILE's); without rules the summary says it was NOT checked.\n"
      "Exit codes: 0 written, 1 the page cannot be read or does not add up, 2 usage error.");
  t.add(sub, [&g, r](const run_context& ctx) {
    r->profiles = g.profile_files;
    return cmd_import(*r, ctx.data_dir, ctx.rules);
  });
}

}  // namespace pacta_cli
