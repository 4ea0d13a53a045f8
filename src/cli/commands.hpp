// pacta CLI — the subcommands, one file each (cmd_*.cpp), each registering its options (app.hpp); main.cpp reads the
// command line and calls one of them. Each prints its result on standard output and returns the exit code (output.hpp:
// exit_ok, exit_invalid, exit_usage); `main` turns an output that did not arrive into exit code 3 (pacta_cli::finish).
//
// The commands that read registries get the records loaded (loading.hpp): `rec` is the command's
// treaty, `parent` the treaty it reports under (article 12(2)) when it was loaded; `format` is
// text, json or csv; `on` the date to judge by.
#pragma once

#include "site_tables.hpp"  // site_file, html

#include <pacta/calendar.hpp>
#include <pacta/names.hpp>
#include <pacta/record.hpp>
#include <pacta/state_across.hpp>
#include <pacta/treaty_set.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace pacta_cli {

/// `pacta eif`: the general entry into force, the instrument(s) that completed the threshold, the article.
int cmd_eif(const pacta::treaty_record& rec, const std::string& format);

/// `pacta parties`: one row per participant on `on` (every State of the registry with `all`).
int cmd_parties(const pacta::treaty_record& rec, pacta::date_t on, const std::string& format, bool all);

/// `pacta amendments`: each amendment's conference, adoption, approval, acceptances, entry into force.
int cmd_amendments(const pacta::treaty_record& rec, const std::string& format);

/// `pacta reports`: each State's reporting position on `on`, with the submissions of a reports file
/// when `reports_path` names one; only the overdue with `overdue_only`.
int cmd_reports(const pacta::treaty_record& rec, const pacta::treaty_record* parent, pacta::date_t on,
                const std::string& reports_path, bool overdue_only, const std::string& format);

/// `pacta state NAME`: one State's whole story; `typed` is resolved as resolve_state does (names.hpp).
int cmd_state(const pacta::treaty_record& rec, const pacta::treaty_record* parent, const std::string& typed,
              pacta::date_t on, const std::string& reports_path, const std::string& format,
              const pacta::state_names& names);

/// `pacta calendar`: an iCalendar file of the dates (of one State when `typed` is not empty) to `path`.
int cmd_calendar(const pacta::treaty_record& rec, const pacta::treaty_record* parent, const std::string& path,
                 const std::string& typed, pacta::date_t on, const std::string& reports_path,
                 const pacta::state_names& names);

/// `pacta timeline`: the chart of parties and signatories until `until`, as SVG, to `path`.
int cmd_timeline(const pacta::treaty_record& rec, const std::string& path, pacta::date_t until);

/// `pacta check FILE…`: each file checked as what its "format" says; registries with the registries
/// their treaty needs (among the files, else bundled; `no_parent`: eligibility skipped on purpose).
int cmd_check(const std::vector<std::string>& files, const std::vector<std::string>& profile_files,
              const std::filesystem::path& data_dir, bool no_parent);

/// `pacta record`: one action to add to a registry file.
struct record_request {
  std::string registry, state, action, date, effective, predecessor, amendment, note, source;
  std::string article;  ///< optional declarations and their withdrawals (rule O1)
  std::vector<std::string> parents;
  std::vector<std::string> profiles;  ///< --profile: the rules of their treaties, before the data directory's
  bool no_parent = false;
  bool new_state = false;
  pacta::record_options options;  ///< the unsettled rules' choices (--option)
  // OPAC art. 3(2): the declaration deposited with an instrument, or its absence from the record.
  bool declaration = false;
  std::optional<int> minimum_age;
  bool declaration_not_recorded = false;
};

/// Adds one action to a registry file, under a lock, validated before and after (cmd_record.cpp).
int cmd_record(const record_request& req, const std::filesystem::path& data_dir);

/// `pacta import-untc`: a saved UN Treaty Collection status page to a registry.
struct import_request {
  std::string page;
  std::string treaty;
  std::vector<std::string> profiles;
  std::vector<std::string> successions;  // STATE=YYYY-MM-DD
  std::string output = "-";
  bool strict = false;  // warnings about the page (unknown participants, acts after its date) are errors
};

/// Reads the page, checks it against the treaty's rules and writes the registry (cmd_import.cpp).
/// `options`: the record's, as for every other command (--option), so that what it writes is what
/// they accept.
int cmd_import(const import_request& req, const std::filesystem::path& data_dir, const pacta::record_options& options);

// ---- every bundled treaty (the set loaded by load_every) ----------------------------------------------

/// `pacta treaties`: every bundled instrument, with its entry into force and counts on `on`.
int cmd_treaties(const pacta::treaty_set& set, pacta::date_t on, const std::string& format,
                 const std::string& chapter = {});

/// `pacta state NAME --all-treaties`: the State under every treaty, then its reporting calendar;
/// `reports_paths`: reports files, each for the treaty its "treaty" names.
int cmd_state_all(const pacta::treaty_set& set, const std::string& typed, pacta::date_t on,
                  const std::vector<std::string>& reports_paths, const std::string& format,
                  const pacta::state_names& names);

/// `pacta reports --all-treaties`: every State's next report under every treaty with a reporting clause.
int cmd_reports_all(const pacta::treaty_set& set, pacta::date_t on, const std::vector<std::string>& reports_paths,
                    bool overdue_only, const std::string& format);

/// `pacta calendar --all-treaties --state NAME`: one iCalendar file of the State's dates under every treaty.
int cmd_calendar_all(const pacta::treaty_set& set, const std::string& path, const std::string& typed, pacta::date_t on,
                     const std::vector<std::string>& reports_paths, const pacta::state_names& names);

/// Where `pacta site` writes and what it says of itself.
struct site_options {
  std::string dir;
  std::string title;         ///< empty: site_text's default title
  bool title_given = false;  ///< --title was on the command line (an empty one is refused)
  std::string intro_file;    ///< Markdown or plain text for the index, or empty
  bool force = false;        ///< replace a DIR that holds files pacta site did not write
};

/// What a site says besides the data: its title, the index's introduction, the marking of an
/// illustrative reports file.
struct site_text {
  /// The default title: of the human-rights instruments (chapter IV) where the site holds no other.
  std::string title = "UN human-rights instruments";
  static constexpr const char* depositary_title = "Treaties deposited with the Secretary-General of the United Nations";
  html intro;                ///< escaped by construction (site_text.hpp's intro_html)
  std::string illustrative;  ///< empty unless a reports file is illustrative (notes.hpp)
};

/// Every file of the site, built in memory from the set (cmd_site.cpp): what `pacta site` writes,
/// and what the writers' fuzz target checks.
std::vector<site_file> site_files(const pacta::treaty_set& set, pacta::date_t on, const pacta::state_names& names,
                                  const pacta::reports_by_treaty& reports, const site_text& text);

/// `pacta site DIR`: the static site (an index, a page per instrument and per State, who is late, a
/// glossary of the rules; each table downloadable).
int cmd_site(const pacta::treaty_set& set, const site_options& options, pacta::date_t on,
             const std::vector<std::string>& reports_paths, const pacta::state_names& names);

}  // namespace pacta_cli
