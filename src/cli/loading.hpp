// pacta CLI — finding the bundled data and loading what a command works on.
//
// A command names registry files (or takes the bundled ones); each registry's treaty has rules (a
// profile given with --profile, else the bundled profile, else the built-in rules); the registries
// a treaty needs — those its eligibility clauses name (article 13) and, for a command that computes
// reports, the treaty it reports under (article 12(2)) — are taken from the files given, else from
// the bundled data, else the load fails unless --no-parent says to go without eligibility on
// purpose. The records are then built parents first, and one of them is the command's (`primary`).
#pragma once

#include <pacta/pacta.hpp>
#include <pacta/state_across.hpp>
#include <pacta/successions.hpp>
#include <pacta/treaty_set.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pacta_cli {

namespace fs = std::filesystem;

/// ASCII lower case (treaty ids, UID slugs).
std::string lower(std::string s);

/// Prints diagnostics on standard error, one a line.
void print_diagnostics(const std::vector<pacta::diagnostic>& diags);

// ---- locating the bundled data -------------------------------------------------------------------

/// Whether a directory holds the bundled data (its OPSC registry).
bool has_data(const fs::path& dir);
/// Whether `dir` is a data directory at all (it has a folder registries/), and the message when not.
bool is_data_dir(const fs::path& dir);
void say_not_data_dir(const fs::path& dir);

/// The bundled data directory: $PACTA_DATA_DIR, else next to an installed binary
/// (<prefix>/share/pacta), else the source tree the binary was built from.
fs::path find_data_dir(const char* argv0);

/// The bundled name table (data/states.json), or an empty one when it is missing. Read once: the
/// first call's `data_dir` is the one used.
const pacta::state_names& name_table(const fs::path& data_dir);

/// The data directory's successions table (data/successions.json: the dates of succession of States,
/// rule E5), or an empty one when the directory has none; nothing, with diagnostics, when it is
/// invalid.
std::optional<pacta::successions_table> load_successions_table(const fs::path& data_dir,
                                                               std::vector<pacta::diagnostic>& diags);

// ---- treaties and the registries they need ---------------------------------------------------------

/// The rules for a treaty id: a profile given on the command line, else the bundled profile, else
/// the built-in rules; nothing (with diagnostics when a bundled profile is invalid) otherwise.
std::optional<pacta::treaty_rules> rules_for(const std::string& id,
                                             const std::map<std::string, pacta::treaty_rules>& given,
                                             const fs::path& data_dir, std::vector<pacta::diagnostic>& diags);

/// The bundled registries a treaty needs: its own, and those of the treaties its eligibility
/// clauses and reporting name, transitively (OPIC: the Convention, OPAC and OPSC), parents first.
std::vector<std::string> bundled_registries(const std::string& treaty, const fs::path& data_dir,
                                            std::vector<pacta::diagnostic>& diags);

// ---- loading ------------------------------------------------------------------------------------------

/// The records built, parents before children, and the one the command is about.
struct loaded {
  pacta::treaty_set set;  // parents before children
  const pacta::treaty_record* primary = nullptr;
};

/// A registry read and the rules of its treaty, waiting to be built into a record.
struct pending {
  pacta::registry reg;
  pacta::treaty_rules rules;
};

/// What a command needs of the registries a treaty names, and how its user gives them.
struct parent_policy {
  bool no_parent = false;               ///< --no-parent: go without a missing eligibility parent
  bool reports = false;                 ///< the command computes reports (R2 needs the reporting parent)
  std::string how = "--registry FILE";  ///< how to give a registry, in the message
};

/// Builds the records of the registries read, parents first, and picks the primary one (`treaty`,
/// or the one no other registry depends on). A registry that a treaty needs (eligibility,
/// reporting) and that was not given is taken from the bundled data; when it is not there either,
/// the load fails (`registry.parent`) unless `policy.no_parent` says to go without on purpose, so
/// that a check is never skipped without a word. Returns false with diagnostics.
bool build_all(std::vector<pending> todo, const std::map<std::string, pacta::treaty_rules>& given,
               const std::string& treaty, const fs::path& data_dir, const parent_policy& policy, loaded& out,
               std::vector<pacta::diagnostic>& diags, const pacta::record_options& options = {});

/// " (the profiles given are for \"a\", \"b\")" where profiles were given, for a message that a
/// registry's treaty has no rules; empty otherwise.
std::string profiles_given(const std::map<std::string, pacta::treaty_rules>& given);

/// Reads the profiles given (a profile for a treaty id replaces the bundled one); a second one of
/// an id is `profile.duplicate`.
std::map<std::string, pacta::treaty_rules> read_profiles(const std::vector<std::string>& profiles,
                                                         std::vector<pacta::diagnostic>& diags);

/// Reads a registry file and finds its treaty's rules, adding it to `todo`; false (with
/// diagnostics) when it cannot, or when `todo` has a registry of the same treaty already. A file of
/// a data directory (`named_by_file`: registries/ID.json) must be the registry of treaty ID
/// (`treaty.id`), as when every registry is loaded.
bool read_pending(const std::string& file, const std::map<std::string, pacta::treaty_rules>& given,
                  const fs::path& data_dir, std::vector<pending>& todo, std::vector<pacta::diagnostic>& diags,
                  bool named_by_file = false);

/// Reads every registry given and builds the records (see build_all); `named_by_file` as read_pending.
bool load_all(const std::vector<std::string>& files, const std::vector<std::string>& profiles,
              const std::string& treaty, const fs::path& data_dir, loaded& out, std::vector<pacta::diagnostic>& diags,
              const parent_policy& policy = {}, const pacta::record_options& options = {}, bool named_by_file = false);

/// The record of the treaty the primary one reports under (article 12(2)), when it was loaded.
const pacta::treaty_record* parent_of(const loaded& l);

/// Reads and checks a reports file against the treaty; prints diagnostics and returns false when
/// it is invalid.
bool load_reports(const std::string& path, const pacta::treaty_record& rec, const pacta::treaty_record* parent,
                  pacta::reports_file& out);

// ---- every treaty (--all-treaties, treaties, site) ---------------------------------------------------

/// Builds the record of every bundled registry with the registries they need
/// (pacta::load_every_registry); a treaty that names one the bundled data lack (ICCPR-OP1: the
/// Covenant) is built without what depends on it, and a note on standard error says so. False,
/// after printing the diagnostics, when one cannot be built.
bool load_every(const fs::path& data_dir, const pacta::record_options& options, pacta::treaty_set& out,
                const std::string& chapter = {});

/// The registry name of a State typed, looked for in every record of the set (names.hpp's rules,
/// treaty by treaty: the first that records it); a State no registry records, but the name table
/// knows, is taken as the table names it. Nothing, after printing why, otherwise.
std::optional<std::string> resolve_across(const pacta::treaty_set& set, const std::string& typed,
                                          const pacta::state_names& names);

/// Reads reports files given with --all-treaties: each is checked against the treaty its "treaty"
/// names, which must be in the set, once. False after printing the diagnostics.
bool load_reports_across(const std::vector<std::string>& paths, const pacta::treaty_set& set,
                         std::vector<pacta::reports_file>& files, pacta::reports_by_treaty& by_treaty);

}  // namespace pacta_cli
