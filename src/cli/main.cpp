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
//
// By default it reads the bundled OPSC registry and, for article 13, the bundled Convention
// registry (`--treaty crc|opac|opic`: that treaty's bundled registry and its parents').
// `--registry FILE` (repeatable) replaces them; a parent treaty's registry is given the same way,
// else the bundled one is used, else the command refuses unless `--no-parent`. Exit codes: 0
// success, 1 invalid data or output that could not be written, 2 usage error.
#include <pacta/pacta.hpp>
#include <pacta/writer.hpp>

#include "names.hpp"
#include "output.hpp"
#include "timeline.hpp"
#include "untc.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace fs = std::filesystem;

namespace {

using pacta_cli::exit_invalid;
using pacta_cli::exit_ok;
using pacta_cli::exit_usage;
using pacta_cli::resolve_state;
using pacta_cli::write_output;

/// ASCII lower case (treaty ids, UID slugs).
std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}


// ---- locating the bundled data -----------------------------------------------------------------------

bool has_data(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "registries" / "opsc.json", ec);
}

/// The bundled data directory: $PACTA_DATA_DIR, else next to an installed binary
/// (<prefix>/share/pacta), else the source tree the binary was built from.
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

// ---- loading ------------------------------------------------------------------------------------------

struct loaded {
  std::vector<std::unique_ptr<pacta::treaty_record>> records;  // parents before children
  const pacta::treaty_record* primary = nullptr;
};

void print_diagnostics(const std::vector<pacta::diagnostic>& diags) {
  for (const auto& d : diags) std::cerr << d.to_string() << '\n';
}

/// The rules for a treaty id: a profile given on the command line, else the bundled profile, else
/// the built-in rules.
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

/// A registry read and the rules of its treaty, waiting to be built into a record.
struct pending {
  pacta::registry reg;
  pacta::treaty_rules rules;
};

/// The treaty ids a treaty's eligibility clauses name.
std::vector<std::string> parent_ids(const pacta::treaty_rules& r) {
  std::vector<std::string> ids;
  for (const auto* e : {&r.signature, &r.consent})
    for (const auto* list : {&e->parties_of, &e->signatories_of})
      for (const auto& id : *list)
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  return ids;
}

/// The treaty ids whose registries a treaty's computations need: those its eligibility clauses
/// name (article 13) and the treaty it reports under (article 12(2)).
std::vector<std::string> needed_ids(const pacta::treaty_rules& r) {
  auto ids = parent_ids(r);
  if (!r.parent.empty() && std::find(ids.begin(), ids.end(), r.parent) == ids.end()) ids.push_back(r.parent);
  return ids;
}

/// Whether treaty `r`'s eligibility clauses name treaty `id`.
bool depends_on_for_eligibility(const pacta::treaty_rules& r, const std::string& id) {
  const auto ids = parent_ids(r);
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

/// Whether treaty `r` depends on treaty `id` (eligibility or reporting).
bool depends_on(const pacta::treaty_rules& r, const std::string& id) {
  const auto ids = needed_ids(r);
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

/// Builds the records of the registries read, parents first, and picks the primary one (`treaty`,
/// or the one no other registry depends on). A registry that a treaty needs (eligibility,
/// reporting) and that was not given is taken from the bundled data; when it is not there either,
/// the load fails (`registry.parent`) unless `no_parent` says to go without on purpose, so that a
/// check is never skipped without a word. Returns false with diagnostics.
/// What a command needs of the registries a treaty names, and how its user gives them.
struct parent_policy {
  bool no_parent = false;           ///< --no-parent: go without a missing eligibility parent
  bool reports = false;             ///< the command computes reports (R2 needs the reporting parent)
  std::string how = "--registry FILE";  ///< how to give a registry, in the message
};

bool build_all(std::vector<pending> todo, const std::map<std::string, pacta::treaty_rules>& given,
               const std::string& treaty, const fs::path& data_dir, const parent_policy& policy, loaded& out,
               std::vector<pacta::diagnostic>& diags, const pacta::record_options& options = {}) {
  if (!diags.empty()) return false;
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
        diags.push_back({todo[k].reg.file, "/treaty", "registry.parent",
                         "the " + r.short_title + " needs the registry of \"" + id + "\" (" +
                             (reporting ? "its reports, article " + r.reporting.periodic_article +
                                              ", are due with that treaty's"
                                        : "eligibility, article " + r.consent.article) +
                             "), which was not given and is not in the bundled data (" + bundled.string() +
                             "): give it with " + policy.how +
                             (reporting ? std::string() : std::string(", or --no-parent to go without the check on purpose")),
                         std::nullopt, std::nullopt});
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
  if (!diags.empty()) return false;
  // Build in dependency order: a record whose parents (among the registries) are built.
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
  if (!diags.empty()) return false;
  if (out.records.size() != todo.size()) {
    diags.push_back({todo.empty() ? std::string("pacta") : todo.back().reg.file, "/treaty", "registry.treaty",
                     "the treaties of the registries given depend on each other in a cycle", std::nullopt, std::nullopt});
    return false;
  }
  for (const auto& r : out.records) {
    if (!treaty.empty() ? r->rules().id == treaty : true) {
      bool is_parent = false;
      for (const auto& o : out.records)
        if (o.get() != r.get() && depends_on(o->rules(), r->rules().id)) is_parent = true;
      if (!treaty.empty() || !is_parent) out.primary = r.get();
    }
  }
  if (!out.primary) {
    diags.push_back({todo.empty() ? std::string("pacta") : todo.back().reg.file, "", "registry.treaty",
                     "no registry for the treaty \"" + treaty + "\" was given (see --registry)", std::nullopt,
                     std::nullopt});
    return false;
  }
  return true;
}

/// Reads the profiles given (a profile for a treaty id replaces the bundled one).
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

/// Reads a registry file and finds its treaty's rules; false (with diagnostics) when it cannot.
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

/// Reads every registry given and builds the records (see build_all).
bool load_all(const std::vector<std::string>& files, const std::vector<std::string>& profiles, const std::string& treaty,
              const fs::path& data_dir, loaded& out, std::vector<pacta::diagnostic>& diags,
              const parent_policy& policy = {}, const pacta::record_options& options = {}) {
  const auto given = read_profiles(profiles, diags);
  std::vector<pending> todo;
  for (const auto& f : files) read_pending(f, given, data_dir, todo, diags);
  return build_all(std::move(todo), given, treaty, data_dir, policy, out, diags, options);
}

// ---- the unsettled rules' options ------------------------------------------------------------------

/// `--option NAME=VALUE`: the choice for one unsettled rule (docs/rules.md). Returns false, with a
/// message, for an unknown name or value.
bool apply_option(const std::string& text, pacta::record_options& o, std::string& error) {
  const auto eq = text.find('=');
  const std::string name = text.substr(0, eq), value = eq == std::string::npos ? "" : text.substr(eq + 1);
  auto pick = [&](auto& field, std::initializer_list<std::pair<const char*, std::decay_t<decltype(field)>>> values) {
    std::string known;
    for (const auto& [v, e] : values) {
      if (value == v) {
        field = e;
        return true;
      }
      known += (known.empty() ? "" : "|") + std::string(v);
    }
    error = "--option " + name + " takes " + known + ", not \"" + value + "\"";
    return false;
  };
  using pb = pacta::party_basis;
  if (name == "amendment-count")
    return pick(o.amendment_basis, {{"each-day", pacta::amendment_count_basis::each_acceptance},
                                    {"approval", pacta::amendment_count_basis::approval}});
  if (name == "amendment-parties")
    return pick(o.amendment_party_basis, {{"deposited", pb::deposited}, {"in-force", pb::in_force}});
  if (name == "parent-party")
    return pick(o.parent_party_basis, {{"deposited", pb::deposited}, {"in-force", pb::in_force}});
  if (name == "status")
    return pick(o.view, {{"as-recorded", pacta::status_view::as_recorded},
                         {"as-known-then", pacta::status_view::as_known_then}});
  if (name == "leap-day")
    return pick(o.leap_day,
                {{"feb-28", pacta::leap_day_rule::last_of_february}, {"mar-1", pacta::leap_day_rule::first_of_march}});
  if (name == "denounced-signatory")
    return pick(o.signatory_after_denunciation, {{"eligible", pacta::denounced_signatory::eligible},
                                                 {"not-eligible", pacta::denounced_signatory::not_eligible}});
  if (name == "report-anchor")
    return pick(o.report_anchor, {{"initial-due", pacta::report_cycle_anchor::initial_due},
                                  {"initial-submitted", pacta::report_cycle_anchor::initial_submitted}});
  error = "--option \"" + text +
          "\": unknown; one of amendment-count, amendment-parties, parent-party, status, leap-day, "
          "denounced-signatory, report-anchor (NAME=VALUE; docs/cli.md)";
  return false;
}

// ---- output helpers ----------------------------------------------------------------------------------

std::size_t display_width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

/// Colour on a terminal only, and never when NO_COLOR is set to a value (https://no-color.org: an
/// empty NO_COLOR does not count).
bool use_colour() {
  static const bool on = [] {
    const char* no_colour = std::getenv("NO_COLOR");
    return ::isatty(STDOUT_FILENO) && !(no_colour && *no_colour);
  }();
  return on;
}

/// The colour of a table cell, by what it says: statuses and overdue marks.
const char* cell_colour(const std::string& cell) {
  if (cell == "bound" || cell == "no") return "\033[32m";
  if (cell == "consented" || cell == "denunciation-pending" || cell == "denunciation-suspended" || cell == "signatory")
    return "\033[33m";
  if (cell == "denounced" || cell.rfind("yes", 0) == 0) return "\033[31m";
  return nullptr;
}

void print_table(std::ostream& os, const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> width(header.size());
  for (std::size_t c = 0; c < header.size(); ++c) width[c] = display_width(header[c]);
  for (const auto& r : rows)
    for (std::size_t c = 0; c < r.size(); ++c) width[c] = std::max(width[c], display_width(r[c]));
  const bool colour = use_colour();
  auto line = [&](const std::vector<std::string>& r, bool is_header) {
    std::string out;
    for (std::size_t c = 0; c < r.size(); ++c) {
      const char* code = colour ? (is_header ? "\033[1m" : cell_colour(r[c])) : nullptr;
      out += code ? code + r[c] + "\033[0m" : r[c];
      if (c + 1 < r.size()) out += std::string(width[c] - display_width(r[c]) + 2, ' ');
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    os << out << '\n';
  };
  line(header, true);
  std::vector<std::string> rule;
  for (auto w : width) rule.push_back(std::string(w, '-'));
  line(rule, false);
  for (const auto& r : rows) line(r, false);
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

nlohmann::json basis_json(const pacta::treaty_record& rec, const pacta::basis& b) {
  nlohmann::json j;
  j["rule"] = b.rule;
  j["article"] = b.article.empty() ? nlohmann::json(nullptr) : nlohmann::json(b.article);
  j["citation"] = rec.cite(b);
  j["anchor"] = b.anchor ? nlohmann::json(pacta::to_iso(*b.anchor)) : nlohmann::json(nullptr);
  j["period"] = b.delay ? nlohmann::json(pacta::to_string(*b.delay)) : nlohmann::json(nullptr);
  j["reasoning"] = b.reasoning;
  return j;
}

/// Today where the user is: the local date (TZ), not the date in Greenwich.
pacta::date_t today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  if (::localtime_r(&now, &local) == nullptr)
    return pacta::date_t{date::floor<date::days>(std::chrono::system_clock::now())};
  return pacta::date_t{date::year{local.tm_year + 1900}, date::month{static_cast<unsigned>(local.tm_mon + 1)},
                       date::day{static_cast<unsigned>(local.tm_mday)}};
}

// ---- subcommands -------------------------------------------------------------------------------------

int cmd_eif(const pacta::treaty_record& rec, const std::string& format) {
  const auto& g = rec.entry_into_force();
  const auto& r = rec.rules();
  std::size_t deposited = 0;
  for (const auto& s : rec.states()) deposited += s.consents.size();
  if (format == "json") {
    nlohmann::json j;
    j["treaty"] = r.id;
    j["title"] = r.title;
    j["as_of"] = pacta::to_iso(rec.source().as_of);
    j["threshold"] = r.threshold;
    j["instruments_deposited"] = deposited;
    if (g) {
      j["entry_into_force"] = pacta::to_iso(g->date.date);
      j["threshold_date"] = pacta::to_iso(g->threshold_date);
      j["completing_states"] = g->completing;
      j["first_ordinal"] = g->first_ordinal;
      j["last_ordinal"] = g->last_ordinal;
      j["basis"] = basis_json(rec, g->date.why);
    } else {
      j["entry_into_force"] = nullptr;
    }
    std::cout << j.dump(2) << '\n';
    return exit_ok;
  }
  if (format == "csv") {
    std::cout << "treaty,entry_into_force,threshold,threshold_date,completing_states,citation,reasoning\n";
    std::string completing;
    if (g)
      for (std::size_t k = 0; k < g->completing.size(); ++k) completing += (k ? "; " : "") + g->completing[k];
    std::cout << r.id << ',' << (g ? pacta::to_iso(g->date.date) : "") << ',' << r.threshold << ','
              << (g ? pacta::to_iso(g->threshold_date) : "") << ',' << csv_field(completing) << ','
              << csv_field(g ? rec.cite(g->date.why) : "") << ',' << csv_field(g ? g->date.why.reasoning : "") << '\n';
    return exit_ok;
  }
  std::cout << r.short_title << ": " << r.title << '\n';
  if (!g) {
    std::cout << "Not yet in force: " << deposited << " of the " << r.threshold
              << " instruments required by article " << r.general_article << " have been deposited (registry as of "
              << pacta::to_prose(rec.source().as_of) << ").\n";
    return exit_ok;
  }
  std::cout << "Entry into force: " << pacta::to_prose(g->date.date) << " (" << pacta::to_iso(g->date.date) << "), "
            << rec.cite(g->date.why) << '\n';
  std::cout << g->date.why.reasoning << '\n';
  return exit_ok;
}

int cmd_parties(const pacta::treaty_record& rec, pacta::date_t on, const std::string& format, bool all) {
  // One row per State that is a participant on `on` (or every State of the registry with --all),
  // showing what had happened by that date.
  struct row {
    std::string state, signature, consent, consent_date, eif, basis, status, den_received, den_effective;
    const pacta::consent_record* c = nullptr;
    std::optional<pacta::dated> eif_basis;
  };
  std::vector<row> rows;
  for (const auto& s : rec.states()) {
    const auto st = rec.status_code(s.state, on);
    if (!all && st == pacta::status::not_participant) continue;
    row r;
    r.state = s.state;
    if (s.signature && (all || *s.signature <= on)) r.signature = pacta::to_iso(*s.signature);
    // The consent that decides the status on `on`, so that the row's columns agree with its status;
    // with --all, a State that had not yet consented shows its first consent.
    r.c = rec.consent_on(s.state, on);
    if (!r.c && all && !s.consents.empty()) r.c = &s.consents.front();
    if (r.c) {
      r.consent = pacta::to_string(r.c->kind);
      r.consent_date = pacta::to_iso(r.c->deposit);
      r.eif_basis = rec.entry_into_force_of(*r.c);
      if (r.eif_basis) {
        r.eif = pacta::to_iso(r.eif_basis->date);
        r.basis = rec.cite(r.eif_basis->why);
      }
      for (const auto& d : r.c->denunciations) {  // the denunciation that decides the status on `on`
        if (d.withdrawn && *d.withdrawn <= on) continue;
        if (d.received > on) continue;
        r.den_received = pacta::to_iso(d.received);
        r.den_effective = pacta::to_iso(d.effective.date);
      }
    }
    r.status = pacta::to_key(st);
    rows.push_back(std::move(r));
  }
  std::sort(rows.begin(), rows.end(), [](const row& a, const row& b) { return a.state < b.state; });
  if (format == "json") {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& r : rows) {
      nlohmann::json j;
      auto opt = [](const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); };
      j["state"] = r.state;
      j["signature"] = opt(r.signature);
      j["consent"] = opt(r.consent);
      j["consent_date"] = opt(r.consent_date);
      j["entry_into_force"] = opt(r.eif);
      j["basis"] = r.eif_basis ? basis_json(rec, r.eif_basis->why) : nlohmann::json(nullptr);
      if (r.c && r.c->succession_date) j["succession_date"] = pacta::to_iso(*r.c->succession_date);
      j["status"] = r.status;
      j["on"] = pacta::to_iso(on);
      j["denunciation_received"] = opt(r.den_received);
      j["denunciation_effective"] = opt(r.den_effective);
      arr.push_back(std::move(j));
    }
    std::cout << arr.dump(2) << '\n';
    return exit_ok;
  }
  if (format == "csv") {
    std::cout << "state,signature,consent,consent_date,entry_into_force,basis,status,denunciation_received,"
                 "denunciation_effective\n";
    for (const auto& r : rows)
      std::cout << csv_field(r.state) << ',' << r.signature << ',' << r.consent << ',' << r.consent_date << ','
                << r.eif << ',' << csv_field(r.basis) << ',' << r.status << ',' << r.den_received << ','
                << r.den_effective << '\n';
    return exit_ok;
  }
  std::vector<std::vector<std::string>> table;
  for (const auto& r : rows)
    table.push_back({r.state, r.signature, r.consent, r.consent_date, r.eif, r.basis, r.status,
                     r.den_effective.empty() ? "" : r.den_received + " -> " + r.den_effective});
  std::cout << rec.rules().short_title << " participants on " << pacta::to_iso(on) << " (registry as of "
            << pacta::to_iso(rec.source().as_of) << ")\n\n";
  print_table(std::cout, {"State", "Signature", "Consent", "Deposit", "In force", "Basis", "Status", "Denunciation"},
              table);
  std::cout << '\n'
            << rows.size() << (all ? " States in the registry; " : " participants; ") << rec.consented_on(on)
            << " States had consented and " << rec.parties_on(on) << " were bound on " << pacta::to_iso(on) << ".\n";
  return exit_ok;
}

/// The bundled registries a treaty needs: its own, and those of the treaties its eligibility
/// clauses and reporting name, transitively (OPIC: the Convention, OPAC and OPSC).
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

/// `pacta import-untc`: a saved UN Treaty Collection status page to a registry.
struct import_request {
  std::string page;
  std::string treaty;
  std::vector<std::string> profiles;
  std::vector<std::string> successions;  // STATE=YYYY-MM-DD
  std::string output = "-";
};

int cmd_import(const import_request& req, const fs::path& data_dir) {
  pacta::untc::import_options options;
  options.treaty = req.treaty;
  for (const auto& s : req.successions) {
    const auto eq = s.rfind('=');
    const auto d = eq == std::string::npos ? std::nullopt : pacta::parse_date(s.substr(eq + 1));
    if (!d || eq == 0) {
      std::cerr << "pacta: --succession " << pacta::detail::show_value(s)
                << " must be STATE=YYYY-MM-DD (the date of succession of States)\n";
      return exit_usage;
    }
    options.succession_dates[s.substr(0, eq)] = *d;
  }
  std::vector<pacta::diagnostic> diags;
  std::string html;
  if (!pacta::detail::read_input(req.page, html, diags)) {
    print_diagnostics(diags);
    return exit_invalid;
  }
  // The treaty's rules, to check the page's printed entry into force: a profile given, else the
  // bundled profile of the treaty id (given, or the page's chapter), else the built-in rules.
  const auto given = read_profiles(req.profiles, diags);
  if (!diags.empty()) {
    print_diagnostics(diags);
    return exit_invalid;
  }
  std::string id = lower(req.treaty);  // treaty ids are lower case: "OPIC" is opic
  if (id.empty() && given.size() == 1) id = given.begin()->first;
  if (!id.empty()) {
    options.treaty = id;
    options.rules = rules_for(id, given, data_dir, diags);
    if (!diags.empty()) {
      print_diagnostics(diags);
      return exit_invalid;
    }
    if (!options.rules) {
      std::cerr << "pacta: --treaty " << pacta::detail::show_value(req.treaty)
                << ": pacta has no profile of that id (see data/treaties/); give the treaty's profile with --profile FILE\n";
      return exit_usage;
    }
  }
  pacta::untc::import_result result;
  if (!pacta::untc::import_page(html, req.page, options, result, diags)) {
    print_diagnostics(diags);
    return exit_invalid;
  }
  for (const auto& [state, date] : options.succession_dates) {
    bool used = false;
    for (const auto& a : result.reg.actions) used = used || (a.state == state && a.kind == pacta::action_kind::succession);
    if (!used) {
      std::cerr << "pacta: --succession names " << state << ", which has no succession on the page\n";
      return exit_invalid;
    }
  }
  const auto& p = result.page;
  std::cerr << "chapter " << p.chapter << " (" << result.reg.treaty << "), status as at " << pacta::to_iso(p.status_as_at)
            << ": " << p.rows << " participants, " << p.parsed_signatories << " signatories and " << p.parsed_parties
            << " parties, as the page prints; entry into force "
            << (p.entry_into_force ? pacta::to_prose(*p.entry_into_force) : std::string("not printed"))
            << (!p.entry_into_force ? std::string()
                : !p.checked_with.empty()
                    ? ", as computed under article " + p.entry_into_force_article + " by the rules of the " + p.checked_with
                    : ", NOT checked: pacta has no rules for this treaty (give --treaty ID or --profile FILE)")
            << "\n";
  return write_output(req.output, result.text, "registry");
}

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

/// `pacta check FILE…`: each file is read once (standard input as `-`; a pipe or FIFO read whole,
/// a regular file streamed) and checked as what its "format" says: a treaty profile, a reports
/// file, a name table, else a registry. Every registry is then checked with the registries its
/// treaty needs (article 13): one among the files, else the bundled one; when neither exists the
/// check fails, unless --no-parent says to skip eligibility on purpose.
int cmd_check(const std::vector<std::string>& files, const fs::path& data_dir, bool no_parent) {
  std::vector<pacta::diagnostic> diags;
  std::vector<pending> registries;
  for (const auto& f : files) {
    pacta::detail::input_info info;
    std::string text, format;
    {
      std::vector<pacta::diagnostic> open_diags;
      auto handle = pacta::detail::open_input(f, open_diags, pacta::detail::max_registry_bytes, info);
      if (!handle) {
        diags.insert(diags.end(), open_diags.begin(), open_diags.end());
        continue;
      }
      if (info.regular) {
        std::ifstream in(f, std::ios::binary);
        format = sniff_format(in);
      } else {
        if (!pacta::detail::read_rest(handle.get(), f, text, diags, pacta::detail::max_registry_bytes)) continue;
        format = sniff_format(text);
      }
    }
    auto whole_text = [&]() {
      return !info.regular || pacta::detail::read_input(f, text, diags);
    };
    auto starts = [&](const char* prefix) { return format.rfind(prefix, 0) == 0; };
    if (starts("pacta.treaty/")) {
      nlohmann::json j;
      pacta::treaty_rules r;
      if (whole_text() && pacta::detail::parse_json_strict(text, f, j, diags) &&
          pacta::try_parse_treaty_profile(j, f, r, diags))
        std::cout << f << ": valid treaty profile (" << r.short_title << ")\n";
      continue;
    }
    if (starts("pacta.reports/")) {
      std::optional<pacta::reports_file> rf;
      if (whole_text() && (rf = pacta::try_parse_reports(text, f, diags)))
        std::cout << f << ": valid reports file for the treaty \"" << rf->treaty << "\", " << rf->submissions.size()
                  << " submissions (checked against a registry by pacta reports --reports)\n";
      continue;
    }
    if (starts("pacta.states/")) {
      pacta::state_names t;
      if (whole_text() && pacta::state_names::try_parse(text, f, t, diags))
        std::cout << f << ": valid name table, " << t.all().size() << " States\n";
      continue;
    }
    pending p;
    const bool ok = info.regular ? pacta::try_load_registry(f, p.reg, diags)
                                 : pacta::try_parse_registry(text, f, p.reg, diags);
    if (!ok) continue;
    auto rules = rules_for(p.reg.treaty, {}, data_dir, diags);
    if (!rules) {
      diags.push_back({f, "/treaty", "registry.treaty",
                       "no rules for the treaty \"" + p.reg.treaty + "\": pacta has no profile of that id",
                       std::nullopt, std::nullopt});
      continue;
    }
    p.rules = std::move(*rules);
    registries.push_back(std::move(p));
  }
  for (const auto& r : registries) {
    // This registry, with the registries among the files that its treaty needs (the rest bundled).
    std::vector<pending> set;
    for (const auto& id : needed_ids(r.rules))
      for (const auto& other : registries)
        if (&other != &r && other.reg.treaty == id) set.push_back(other);
    set.push_back(r);
    loaded l;
    std::vector<pacta::diagnostic> found;
    parent_policy policy;
    policy.no_parent = no_parent;
    policy.how = "a FILE of its own in the same pacta check";
    if (!build_all(std::move(set), {}, r.reg.treaty, data_dir, policy, l, found)) {
      diags.insert(diags.end(), found.begin(), found.end());
      continue;
    }
    std::cout << r.reg.file << ": valid " << l.primary->rules().short_title << " registry, "
              << l.primary->source().actions.size() << " actions, " << l.primary->states().size() << " States";
    std::vector<std::string> against;
    for (const auto& id : parent_ids(r.rules))
      for (const auto& rec : l.records)
        if (rec->rules().id == id) against.push_back(rec->source().file);
    if (!against.empty()) {
      std::cout << " (eligibility, article " << l.primary->rules().consent.article << ", checked against";
      for (const auto& a : against) std::cout << ' ' << a;
      std::cout << ')';
    } else if (!parent_ids(r.rules).empty()) {
      std::cout << " (eligibility, article " << l.primary->rules().consent.article
                << ", NOT checked: --no-parent)";
    }
    std::cout << '\n';
  }
  if (diags.empty()) return exit_ok;
  print_diagnostics(diags);
  std::cerr << "pacta check: " << diags.size() << (diags.size() == 1 ? " error" : " errors")
            << "; fix each at the JSON pointer shown (the rule codes are explained in docs/registry-format.md)\n";
  return exit_invalid;
}

// ---- States by name ---------------------------------------------------------------------------------

/// The bundled name table (data/states.json), or an empty one when it is missing.
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

const pacta::treaty_record* parent_of(const loaded& l) {
  for (const auto& r : l.records)
    if (r.get() != l.primary && r->rules().id == l.primary->rules().parent) return r.get();
  return nullptr;
}

/// Reads and checks a reports file against the treaty; prints diagnostics and returns false when
/// it is invalid.
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

nlohmann::json opt_date(const std::optional<pacta::dated>& d) {
  return d ? nlohmann::json(pacta::to_iso(d->date)) : nlohmann::json(nullptr);
}

// ---- amendments, reports, state ---------------------------------------------------------------------

nlohmann::json amendment_json(const pacta::treaty_record& rec, const pacta::amendment_record& a) {
  auto od = [](const std::optional<pacta::date_t>& d) { return d ? nlohmann::json(pacta::to_iso(*d)) : nlohmann::json(nullptr); };
  nlohmann::json j;
  j["id"] = a.id;
  j["proposed_by"] = a.proposer;
  j["proposed"] = od(a.proposed);
  j["communicated"] = od(a.communicated);
  j["conference_window_end"] = od(a.window_end);
  j["parties_at_communication"] = a.parties_at_communication;
  j["conference_needed"] = a.conference_needed;
  j["favours_in_window"] = a.favours_in_window;
  j["conference_due"] = opt_date(a.conference_due);
  j["conference_basis"] = a.conference_due ? basis_json(rec, a.conference_due->why) : nlohmann::json(nullptr);
  j["adopted"] = od(a.adopted);
  j["vote"] = a.adoption_vote ? nlohmann::json{{"in_favour", a.adoption_vote->in_favour},
                                               {"against", a.adoption_vote->against},
                                               {"abstaining", a.adoption_vote->abstaining}}
                              : nlohmann::json(nullptr);
  if (a.vote_failed) j["vote_failed"] = pacta::to_iso(*a.vote_failed);  // rule A2: not adopted
  j["approved"] = od(a.approved);
  j["acceptances"] = a.acceptances.size();
  j["entry_into_force"] = opt_date(a.entry_into_force);
  j["basis"] = a.entry_into_force ? basis_json(rec, a.entry_into_force->why) : nlohmann::json(nullptr);
  if (a.entry_into_force) {
    j["acceptances_at_entry"] = a.acceptances_at_entry;
    j["parties_at_entry"] = a.parties_at_entry;
    j["needed_at_entry"] = a.needed_at_entry;
  }
  if (a.acceptances_not_counted) j["acceptances_not_counted"] = a.acceptances_not_counted;
  return j;
}

int cmd_amendments(const pacta::treaty_record& rec, const std::string& format) {
  const auto& r = rec.rules();
  if (format == "json") {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& a : rec.amendments()) arr.push_back(amendment_json(rec, a));
    std::cout << arr.dump(2) << '\n';
    return exit_ok;
  }
  if (format == "csv") {
    std::cout << "id,proposed_by,proposed,communicated,conference_due,adopted,approved,acceptances,entry_into_force,"
                 "parties_at_entry,needed_at_entry\n";
    auto od = [](const std::optional<pacta::date_t>& d) { return d ? pacta::to_iso(*d) : std::string(); };
    for (const auto& a : rec.amendments())
      std::cout << csv_field(a.id) << ',' << csv_field(a.proposer) << ',' << od(a.proposed) << ',' << od(a.communicated)
                << ',' << (a.conference_due ? pacta::to_iso(a.conference_due->date) : "") << ',' << od(a.adopted) << ','
                << od(a.approved) << ',' << a.acceptances.size() << ','
                << (a.entry_into_force ? pacta::to_iso(a.entry_into_force->date) : "") << ','
                << (a.entry_into_force ? std::to_string(a.parties_at_entry) : "") << ','
                << (a.entry_into_force ? std::to_string(a.needed_at_entry) : "") << '\n';
    return exit_ok;
  }
  if (rec.amendments().empty()) {
    std::cout << "No amendment to the " << r.short_title << " is recorded in the registry (as of "
              << pacta::to_iso(rec.source().as_of) << "): every State Party is bound by the text as adopted"
              << (r.amendment.present ? " (article " + r.amendment.article + ")." : ".") << '\n';
    return exit_ok;
  }
  for (const auto& a : rec.amendments()) {
    std::cout << "Amendment " << a.id << " to the " << r.short_title << ", proposed by " << a.proposer << " on "
              << pacta::to_iso(*a.proposed) << '\n';
    if (a.communicated) {
      std::cout << "  communicated " << pacta::to_iso(*a.communicated) << "; " << a.favours_in_window << " of "
                << a.parties_at_communication << " States Parties favoured a conference by "
                << pacta::to_iso(*a.window_end) << " (" << a.conference_needed << " needed)\n";
      if (a.conference_due)
        std::cout << "  conference due from " << pacta::to_iso(a.conference_due->date) << " ("
                  << rec.cite(a.conference_due->why) << ")\n";
      else if (a.window_end && *a.window_end > rec.source().as_of)
        std::cout << "  no conference yet: the four-month window is open until " << pacta::to_iso(*a.window_end)
                  << " (the registry is as of " << pacta::to_iso(rec.source().as_of) << "; " << r.short_title << " art. "
                  << r.amendment.article << "(1), rule A1)\n";
      else
        std::cout << "  no conference: fewer than a third favoured one in time (" << r.short_title << " art. "
                  << r.amendment.article << "(1), rule A1)\n";
    }
    if (a.adopted) {
      std::cout << "  adopted " << pacta::to_iso(*a.adopted);
      if (a.adoption_vote)
        std::cout << " (" << a.adoption_vote->in_favour << " in favour, " << a.adoption_vote->against << " against, "
                  << a.adoption_vote->abstaining << " abstaining)";
      std::cout << '\n';
    }
    if (a.vote_failed && a.adoption_vote)
      std::cout << "  put to the vote " << pacta::to_iso(*a.vote_failed) << " (" << a.adoption_vote->in_favour
                << " in favour, " << a.adoption_vote->against << " against, " << a.adoption_vote->abstaining
                << " abstaining): not adopted, the votes in favour do not exceed those against (" << r.short_title
                << " art. " << r.amendment.article << "(1), rule A2)\n";
    if (a.approved) std::cout << "  approved by the General Assembly " << pacta::to_iso(*a.approved) << '\n';
    std::cout << "  " << a.acceptances.size() << " acceptances";
    if (a.acceptances_not_counted)
      std::cout << " (" << a.acceptances_not_counted << " by States that have ceased to be parties, not counted)";
    std::cout << '\n';
    if (a.entry_into_force)
      std::cout << "  in force " << pacta::to_iso(a.entry_into_force->date) << " (" << rec.cite(a.entry_into_force->why)
                << "): " << a.entry_into_force->why.reasoning << '\n';
    else
      std::cout << "  not in force\n";
  }
  return exit_ok;
}

nlohmann::json position_json(const pacta::treaty_record& rec, const pacta::report_position& p) {
  nlohmann::json j;
  j["state"] = p.state;
  j["owes_reports"] = p.owes_reports;
  j["entry_into_force"] = opt_date(p.entry_into_force);
  j["initial_report_due"] = opt_date(p.initial_due);
  j["next_report"] = p.next_report ? nlohmann::json(pacta::to_string(*p.next_report)) : nlohmann::json(nullptr);
  j["next_report_due"] = opt_date(p.next_due);
  j["basis"] = p.next_due ? basis_json(rec, p.next_due->why) : nlohmann::json(nullptr);
  j["overdue"] = p.overdue == pacta::overdue_state::unknown
                     ? nlohmann::json(nullptr)
                     : nlohmann::json(p.overdue == pacta::overdue_state::overdue);
  j["days_overdue"] = p.days_overdue ? nlohmann::json(p.days_overdue->count()) : nlohmann::json(nullptr);
  nlohmann::json subs = nlohmann::json::array();
  for (const auto& s : p.submitted)
    subs.push_back({{"report", pacta::to_string(s.report)},
                    {"submitted", pacta::to_iso(s.submitted)},
                    {"symbol", s.symbol.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.symbol)}});
  j["submitted"] = std::move(subs);
  j["explanation"] = p.explanation;
  return j;
}

int cmd_reports(const pacta::treaty_record& rec, const pacta::treaty_record* parent, pacta::date_t on,
                const std::string& reports_path, bool overdue_only, const std::string& format) {
  pacta::reports_file rf;
  if (!reports_path.empty() && !load_reports(reports_path, rec, parent, rf)) return exit_invalid;
  const pacta::reporting rep(rec, parent, reports_path.empty() ? nullptr : &rf);
  auto all = rep.positions(on);
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.state < b.state; });
  std::vector<pacta::report_position> rows;
  for (auto& p : all)
    if (!overdue_only || p.overdue == pacta::overdue_state::overdue) rows.push_back(std::move(p));
  auto iso = [](const std::optional<pacta::dated>& d) { return d ? pacta::to_iso(d->date) : std::string(); };
  auto overdue_text = [](const pacta::report_position& p) {
    switch (p.overdue) {
      case pacta::overdue_state::overdue:
        return std::string("yes");
      case pacta::overdue_state::on_time:
        return std::string("no");
      case pacta::overdue_state::unknown:
        break;
    }
    return std::string(p.owes_reports && p.next_due ? "unknown" : "");
  };
  if (format == "json") {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& p : rows) arr.push_back(position_json(rec, p));
    std::cout << arr.dump(2) << '\n';
    return exit_ok;
  }
  if (format == "csv") {
    std::cout << "state,entry_into_force,initial_report_due,reports_submitted,next_report,next_report_due,basis,overdue,"
                 "days_overdue\n";
    for (const auto& p : rows)
      std::cout << csv_field(p.state) << ',' << iso(p.entry_into_force) << ',' << iso(p.initial_due) << ','
                << p.submitted.size() << ',' << (p.next_report ? pacta::to_string(*p.next_report) : "") << ','
                << iso(p.next_due) << ',' << csv_field(p.next_due ? rec.cite(p.next_due->why) : "") << ','
                << overdue_text(p) << ','
                << (p.overdue == pacta::overdue_state::overdue ? std::to_string(p.days_overdue->count()) : "") << '\n';
    return exit_ok;
  }
  std::vector<std::vector<std::string>> table;
  for (const auto& p : rows)
    table.push_back({p.state, iso(p.entry_into_force), iso(p.initial_due), std::to_string(p.submitted.size()),
                     p.next_report ? pacta::to_string(*p.next_report) : (p.owes_reports ? "" : "none owed"),
                     iso(p.next_due), p.next_due ? rec.cite(p.next_due->why) : "",
                     overdue_text(p) + (p.overdue == pacta::overdue_state::overdue
                                            ? " (" + std::to_string(p.days_overdue->count()) + " days)"
                                            : "")});
  std::cout << rec.rules().short_title << " reports (article " << rec.rules().reporting.article << ") on "
            << pacta::to_iso(on) << ", "
            << (reports_path.empty() ? "no reports file: submissions not recorded, overdue unknown"
                                     : "submissions from " + reports_path)
            << "\n\n";
  print_table(std::cout, {"State", "In force", "Initial due", "Submitted", "Next", "Next due", "Basis", "Overdue"}, table);
  std::cout << '\n' << rows.size() << (overdue_only ? " States with an overdue report." : " States owing or having owed reports.") << '\n';
  return exit_ok;
}

/// The declaration in effect on `on` under a treaty that asks for one with the instrument (OPAC
/// art. 3(2), strengthened under art. 3(4)); empty for other treaties.
std::string declaration_line(const pacta::treaty_record& rec, const pacta::state_record& s, pacta::date_t on) {
  const auto& clause = rec.rules().consent_declaration;
  if (!clause.present || s.consents.empty() || s.consents.back().deposit > on) return {};
  const std::string head = "Declaration (" + rec.rules().short_title + " art. " + clause.article + "): ";
  const pacta::consent_record& c = s.consents.back();
  if (c.kind == pacta::action_kind::succession && !rec.declaration_on(s.state, on))
    return head + "none recorded with the notification of succession (the article speaks of ratification and accession).";
  if (rec.source().actions[c.action_index].declaration_not_recorded)
    return head + "none recorded with the " + pacta::to_string(c.kind) + " of " + pacta::to_prose(c.deposit) +
           " (the depositary's record shows none).";
  const pacta::declaration_record* d = rec.declaration_on(s.state, on);
  if (!d) return {};
  std::string out = head + (d->with_instrument ? "deposited with the instrument on " : "strengthened (art. " +
                                                     clause.strengthening_article + ") by a declaration received on ") +
                    pacta::to_prose(d->date);
  out += d->minimum_age ? "; minimum age of voluntary recruitment " + std::to_string(*d->minimum_age) + " years."
                        : "; the age declared is not recorded in the registry.";
  return out;
}

/// After a denunciation took effect (status `denounced` on `on`): the obligations that continue as to
/// acts before its effective date (OPSC art. 15(2), rule D2), checked with `bound_as_to_act` on the
/// last day before it. Empty otherwise.
std::string continuing_obligations(const pacta::treaty_record& rec, const std::string& state, pacta::date_t on) {
  // Every membership whose denunciation has taken effect by `on`, also when the State has since
  // consented again: article 15(2) speaks of the time it was bound.
  const pacta::state_record* s = rec.find(state);
  if (!s) return {};
  const auto& r = rec.rules();
  const std::string article =
      r.continuing_obligations_article.empty() ? r.denunciation_article : r.continuing_obligations_article;
  std::string out;
  for (const auto& c : s->consents) {
    const pacta::denunciation_record* d = c.standing_denunciation();
    const auto from = c.bound_from();
    if (!d || d->suspended || !from || d->effective.date > on) continue;
    const pacta::date_t last{date::sys_days{d->effective.date} - date::days{1}};
    if (!rec.bound_as_to_act(state, last).bound) continue;
    out += (out.empty() ? "" : " ") + std::string("Continuing obligations (") + r.short_title + " art. " + article +
           ", rule D2): its denunciation, effective " + pacta::to_prose(d->effective.date) + ", does not release " +
           state + " from its obligations as to any offence that occurred while the " + r.short_title +
           " was in force for it, from " + pacta::to_prose(*from) + " to " + pacta::to_prose(last) +
           ", nor end the consideration of any matter already under consideration by the Committee before " +
           pacta::to_prose(d->effective.date) + ".";
  }
  return out;
}

int cmd_state(const pacta::treaty_record& rec, const pacta::treaty_record* parent, const std::string& typed,
              pacta::date_t on, const std::string& reports_path, const std::string& format,
              const pacta::state_names& names) {
  const auto name = resolve_state(rec, typed, names);
  if (!name) return exit_usage;
  if (!rec.find(*name)) {
    if (format == "json")
      std::cout << nlohmann::json{{"state", *name}, {"treaty", rec.rules().id}, {"on", pacta::to_iso(on)},
                                  {"status", "not-participant"}, {"actions", nlohmann::json::array()}}
                       .dump(2)
                << '\n';
    else
      std::cout << *name << " and the " << rec.rules().short_title << "\nStatus on " << pacta::to_iso(on)
                << ": not a participant. The registry (as of " << pacta::to_iso(rec.source().as_of)
                << ") records no signature or consent by " << *name << ".\n";
    return exit_ok;
  }
  pacta::reports_file rf;
  if (!reports_path.empty() && !load_reports(reports_path, rec, parent, rf)) return exit_invalid;
  const pacta::state_record& s = *rec.find(*name);
  const auto st = rec.status_on(*name, on);
  const auto text = rec.binding_text(*name, on);
  const auto pos = pacta::reporting(rec, parent, reports_path.empty() ? nullptr : &rf).position(*name, on);
  struct line {
    std::string date, what, cite, reasoning;
  };
  std::vector<line> dates;
  for (const auto& c : s.consents) {
    if (const auto eif = rec.entry_into_force_of(c))
      dates.push_back({pacta::to_iso(eif->date), "entry into force for " + s.state, rec.cite(eif->why), eif->why.reasoning});
    else if (c.kind == pacta::action_kind::succession && !c.succession_date)
      dates.push_back({"", "entry into force for " + s.state, "rule E5",
                       "The date of succession of States is not recorded, so no date of entry into force is computed."});
    for (const auto& d : c.denunciations) {
      if (d.withdrawn)
        dates.push_back({pacta::to_iso(d.effective.date), "denunciation withdrawn on " + pacta::to_iso(*d.withdrawn) + " (never took effect)",
                         "rule D3", "A denunciation may be withdrawn before it takes effect (VCLT art. 68)."});
      else
        dates.push_back({pacta::to_iso(d.effective.date), "denunciation takes effect", rec.cite(d.effective.why),
                         d.effective.why.reasoning});
    }
  }
  for (const auto& a : rec.amendments())
    if (auto from = rec.amendment_binds_from(a, *name))
      dates.push_back({pacta::to_iso(from->date), "bound by amendment " + a.id, rec.cite(from->why), from->why.reasoning});
  if (pos.initial_due)
    dates.push_back({pacta::to_iso(pos.initial_due->date), "initial report due", rec.cite(pos.initial_due->why),
                     pos.initial_due->why.reasoning});
  if (pos.next_due && pos.next_report == pacta::report_kind::periodic)
    dates.push_back({pacta::to_iso(pos.next_due->date), "next report due", rec.cite(pos.next_due->why),
                     pos.next_due->why.reasoning});

  if (format == "json") {
    nlohmann::json j;
    j["state"] = s.state;
    j["treaty"] = rec.rules().id;
    j["on"] = pacta::to_iso(on);
    j["status"] = pacta::to_key(st.code);
    j["status_explanation"] = st.explanation;
    nlohmann::json acts = nlohmann::json::array();
    for (std::size_t i : rec.actions_of(s)) {
      const auto& a = rec.source().actions[i];
      nlohmann::json o{{"action", pacta::to_string(a.kind)}, {"date", pacta::to_iso(a.date)}};
      if (a.effective) o["effective"] = pacta::to_iso(*a.effective);
      if (!a.amendment.empty()) o["amendment"] = a.amendment;
      if (!a.note().empty()) o["note"] = a.note();
      acts.push_back(std::move(o));
    }
    j["actions"] = std::move(acts);
    nlohmann::json ds = nlohmann::json::array();
    for (const auto& d : dates)
      ds.push_back({{"date", d.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.date)},
                    {"what", d.what},
                    {"citation", d.cite},
                    {"reasoning", d.reasoning}});
    j["dates"] = std::move(ds);
    j["binding_text"] = {{"bound", text.bound}, {"amendments", text.amendments}, {"explanation", text.explanation}};
    if (const auto cont = continuing_obligations(rec, s.state, on); !cont.empty()) j["continuing_obligations"] = cont;
    if (const auto decl = declaration_line(rec, s, on); !decl.empty()) j["declaration"] = decl;
    j["reporting"] = position_json(rec, pos);
    std::cout << j.dump(2) << '\n';
    return exit_ok;
  }
  if (format == "csv") {
    std::cout << "state,date,what,citation,reasoning\n";
    for (const auto& d : dates)
      std::cout << csv_field(s.state) << ',' << d.date << ',' << csv_field(d.what) << ',' << csv_field(d.cite) << ','
                << csv_field(d.reasoning) << '\n';
    return exit_ok;
  }
  std::cout << s.state << " and the " << rec.rules().short_title << '\n'
            << "Status on " << pacta::to_iso(on) << ": " << pacta::to_string(st.code) << ". " << st.explanation << "\n\n"
            << "Recorded actions\n";
  for (std::size_t i : rec.actions_of(s)) {
    const auto& a = rec.source().actions[i];
    std::cout << "  " << pacta::to_iso(a.date) << "  " << pacta::to_string(a.kind);
    if (!a.amendment.empty()) std::cout << " (amendment " << a.amendment << ')';
    if (a.effective) std::cout << ", effective " << pacta::to_iso(*a.effective);
    std::cout << '\n';
  }
  std::cout << "\nDates\n";
  if (dates.empty()) std::cout << "  none: a signature is not consent to be bound (rule E6)\n";
  for (const auto& d : dates)
    std::cout << "  " << (d.date.empty() ? std::string("unknown   ") : d.date) << "  " << d.what << " (" << d.cite
              << ")\n              " << d.reasoning << '\n';
  std::cout << "\nBinding text on " << pacta::to_iso(on) << ": " << text.explanation << '\n';
  if (const auto cont = continuing_obligations(rec, s.state, on); !cont.empty()) std::cout << cont << '\n';
  if (const auto decl = declaration_line(rec, s, on); !decl.empty()) std::cout << decl << '\n';
  std::cout << "Reporting: " << pos.explanation << '\n';
  return exit_ok;
}

struct record_request {
  std::string registry, state, action, date, effective, predecessor, amendment, note, source;
  std::vector<std::string> parents;
  bool no_parent = false;
  bool new_state = false;
  pacta::record_options options;  ///< the unsettled rules' choices (--option)
  // OPAC art. 3(2): the declaration deposited with an instrument, or its absence from the record.
  bool declaration = false;
  std::optional<int> minimum_age;
  bool declaration_not_recorded = false;
};

/// Adds one action to a registry file (see docs/cli.md, "pacta record"):
/// - writers of one registry take turns under an exclusive lock on it, each reading the file as
///   the previous one left it, so that no recorded action is lost;
/// - the registry and its parents (article 13) are validated before and after, and nothing is
///   written when the existing file or the action is invalid; a parent that is missing, of another
///   treaty, or invalid is refused as such (`--no-parent` skips eligibility on purpose);
/// - the State is resolved as `pacta state` resolves it; a name that matches no State is refused
///   unless `--new-state` says it is one;
/// - the file keeps its text, links, owner and mode (pacta::write_atomically), and `as_of`
///   advances to the action's date when that is later;
/// - temporary files that killed runs left beside the registry are removed.
int cmd_record(const record_request& req, const fs::path& data_dir) {
  const std::string& path = req.registry;
  auto refuse = [&](const std::string& why) {
    std::cerr << "pacta record: " << pacta_cli::shown(why) << "; " << pacta_cli::shown(path) << " is unchanged.\n";
    return exit_invalid;
  };
  std::string error;
  auto lock = pacta::file_lock::acquire(pacta::detail::follow_links(path), error, [&] {
    std::cerr << "pacta record: waiting for another process that is writing " << pacta_cli::shown(path)
              << " (it holds the lock)…\n";
  });
  if (!lock) return refuse(error);
  {
    std::vector<std::string> left;
    if (const std::size_t removed = pacta::remove_stale_temporaries(path, left))
      std::cerr << "pacta record: removed " << removed << " temporary file" << (removed == 1 ? "" : "s")
                << " that interrupted runs left beside " << path << '\n';
    for (const auto& l : left) std::cerr << "pacta record: cannot remove the stale temporary file " << l << '\n';
  }
  std::string text;
  if (!lock->read(text, error, pacta::detail::max_registry_bytes)) return refuse("cannot read " + path + ": " + error);

  std::vector<pacta::diagnostic> diags;
  pending current;
  if (!pacta::try_parse_registry(text, path, current.reg, diags)) {
    print_diagnostics(diags);
    return refuse(path + " is invalid already; fix it first");
  }
  const std::map<std::string, pacta::treaty_rules> no_profiles;
  if (auto rules = rules_for(current.reg.treaty, no_profiles, data_dir, diags)) {
    current.rules = std::move(*rules);
  } else {
    print_diagnostics(diags);
    return refuse("pacta has no rules for the treaty \"" + current.reg.treaty + "\"");
  }
  // The parents given: each must be a registry of a treaty this one needs.
  std::vector<pending> parents;
  for (const auto& f : req.parents) {
    if (!read_pending(f, no_profiles, data_dir, parents, diags)) {
      print_diagnostics(diags);
      return refuse("the parent registry " + f + " cannot be used");
    }
    const std::string& id = parents.back().reg.treaty;
    if (!depends_on(current.rules, id)) {
      std::string wanted;
      for (const auto& w : needed_ids(current.rules)) wanted += (wanted.empty() ? "" : ", ") + w;
      return refuse("--parent " + f + " is a registry of \"" + id + "\", but the " + current.rules.short_title +
                    " needs " + (wanted.empty() ? std::string("no other registry") : "the registry of " + wanted));
    }
  }
  // Validates a registry text with its parents; the diagnostics say which file is at fault.
  auto validate = [&](const pending& reg, loaded& out, std::vector<pacta::diagnostic>& d) {
    std::vector<pending> set = parents;
    set.push_back(reg);
    parent_policy policy;
    policy.no_parent = req.no_parent;
    policy.how = "--parent FILE";
    return build_all(std::move(set), no_profiles, reg.reg.treaty, data_dir, policy, out, d, req.options);
  };
  auto blame_parent = [&](const std::vector<pacta::diagnostic>& d) {
    for (const auto& x : d)
      if (x.file != path) return x.code == "registry.parent" ? std::string() : x.file;
    return std::string();
  };
  loaded before;
  if (std::vector<pacta::diagnostic> d; !validate(current, before, d)) {
    print_diagnostics(d);
    const std::string parent = blame_parent(d);
    if (!parent.empty()) return refuse("the parent registry " + parent + " is invalid (see above)");
    for (const auto& x : d)
      if (x.code == "registry.parent") return refuse("a registry that eligibility needs is missing");
    return refuse(path + " is invalid already; fix it first");
  }

  // The State as the registry (or the name table) writes it.
  std::string state = req.state;
  if (!req.state.empty() && req.new_state) {
    // A "new" State must be new: no State of the registry or of the name table that it denotes.
    const auto m = pacta_cli::match_state(*before.primary, req.state, name_table(data_dir));
    if (m.name) {
      std::cerr << "pacta record: " << pacta::detail::show_value(req.state) << " names " << *m.name
                << ", a State pacta knows: leave out --new-state; nothing written\n";
      return exit_usage;
    }
  }
  if (!req.state.empty() && !req.new_state) {
    const auto resolved =
        resolve_state(*before.primary, req.state, name_table(data_dir),
                      "a State new to the registry and to pacta's name table needs --new-state; nothing written");
    if (!resolved) return exit_usage;
    state = *resolved;
  }

  // The predecessor of a succession, named as any State is.
  std::string predecessor = req.predecessor;
  if (!predecessor.empty()) {
    const auto resolved = resolve_state(*before.primary, predecessor, name_table(data_dir),
                                        "--predecessor names the State the successor succeeded; nothing written");
    if (!resolved) return exit_usage;
    predecessor = *resolved;
  }

  nlohmann::ordered_json act = nlohmann::ordered_json::object();
  if (!state.empty()) act["state"] = state;
  act["action"] = req.action;
  if (!req.amendment.empty()) act["amendment"] = req.amendment;
  act["date"] = req.date;
  if (!req.effective.empty()) act["effective"] = req.effective;
  if (!predecessor.empty()) act["predecessor"] = predecessor;
  if (!req.note.empty()) act["note"] = req.note;
  if (!req.source.empty()) act["source"] = req.source;
  // OPAC art. 3(2): a declaration with the instrument (recorded as its own action, the same day),
  // or the depositary's record showing none.
  const bool instrument = pacta::is_consent(pacta::parse_action_kind(req.action).value_or(pacta::action_kind::signature)) &&
                          req.action != "succession";
  std::vector<std::string> added;
  if ((req.declaration || req.minimum_age || req.declaration_not_recorded) && !instrument && req.action != "declaration") {
    std::cerr << "pacta record: --declaration, --minimum-age and --declaration-not-recorded go with an instrument of "
                 "ratification, accession, acceptance or approval (or --minimum-age with --action declaration); nothing written\n";
    return exit_usage;
  }
  if (req.declaration_not_recorded && (req.declaration || req.minimum_age)) {
    std::cerr << "pacta record: --declaration-not-recorded says the record shows no declaration: it cannot go with "
                 "--declaration or --minimum-age; nothing written\n";
    return exit_usage;
  }
  if (req.action == "declaration" && req.minimum_age) act["minimum_age"] = *req.minimum_age;
  if (instrument && req.declaration_not_recorded) act["declaration"] = "not-recorded";
  added.push_back(pacta::dump_inline(act));
  if (instrument && (req.declaration || req.minimum_age)) {
    nlohmann::ordered_json decl = nlohmann::ordered_json::object();
    decl["state"] = state;
    decl["action"] = "declaration";
    decl["date"] = req.date;
    if (req.minimum_age) decl["minimum_age"] = *req.minimum_age;
    added.push_back(pacta::dump_inline(decl));
  }
  const auto doc = nlohmann::ordered_json::parse(text);
  const std::size_t at = pacta::insertion_index(doc["actions"], state, req.date);
  // The registry is complete to at least the day of what it now records.
  std::optional<std::string> as_of;
  if (const auto d = pacta::parse_date(req.date); d && *d > current.reg.as_of) as_of = pacta::to_iso(*d);
  const std::string new_text = pacta::format_registry_text(text, at, added, as_of);

  pending next;
  next.rules = current.rules;
  loaded after;
  {
    std::vector<pacta::diagnostic> d;
    if (!pacta::try_parse_registry(new_text, path, next.reg, d) || !validate(next, after, d)) {
      print_diagnostics(d);
      if (std::any_of(d.begin(), d.end(), [](const pacta::diagnostic& x) { return x.code == "declaration.missing"; }))
        std::cerr << "pacta record: give the instrument's declaration with --minimum-age N (or --declaration when the "
                     "age is not known), or --declaration-not-recorded when the depositary's record shows none\n";
      std::cerr << "pacta record: the action was refused; " << path << " is unchanged.\n";
      return exit_invalid;
    }
  }
  auto options = pacta_cli::write_options_for_cli();
  options.expect = lock->identity();
  if (!pacta::write_atomically(path, new_text, error, options)) return refuse(error);
  pacta_cli::done_anyway() = "the action WAS recorded in " + pacta_cli::shown(path);
  for (std::size_t k = 0; k < added.size(); ++k)
    std::cout << "recorded in " << pacta_cli::shown(path) << " at /actions/" << at + k << ": " << added[k] << '\n';
  if (as_of) std::cout << "registry as of " << *as_of << " (was " << pacta::to_iso(current.reg.as_of) << ")\n";
  for (const auto& id : parent_ids(current.rules))
    if (std::none_of(after.records.begin(), after.records.end(), [&](const auto& r) { return r->rules().id == id; })) {
      std::cout << "eligibility (article " << current.rules.consent.article << ") NOT checked: no registry of \"" << id
                << "\" (--no-parent)\n";
      break;
    }
  if (!state.empty()) {
    const auto& rec = *after.primary;
    if (auto eif = rec.entry_into_force_for(state); eif && pacta::is_consent(pacta::parse_action_kind(req.action).value_or(pacta::action_kind::signature)))
      std::cout << "entry into force for " << state << ": " << pacta::to_iso(eif->date) << " (" << rec.cite(eif->why) << ")\n";
    if (auto den = rec.denunciation_effective(state); den && req.action == "denunciation")
      std::cout << "denunciation takes effect: " << pacta::to_iso(den->date) << " (" << rec.cite(den->why) << ")\n";
  }
  return exit_ok;
}

std::string uid_slug(const std::string& state, const pacta::state_names& names) {
  if (const auto* n = names.lookup(state)) return lower(n->iso3);
  std::string out;
  for (unsigned char c : state) {
    if (std::isalnum(c) && c < 0x80) out += static_cast<char>(std::tolower(c));
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  std::uint64_t h = 14695981039346656037ull;  // FNV-1a, 64 bits
  for (unsigned char c : state) h = (h ^ c) * 1099511628211ull;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  if (!out.empty() && out.back() != '-') out += '-';
  return out + hex;
}

int cmd_calendar(const pacta::treaty_record& rec, const pacta::treaty_record* parent, const std::string& path,
                 const std::string& typed, pacta::date_t on, const std::string& reports_path,
                 const pacta::state_names& names) {
  std::vector<std::string> states;
  if (!typed.empty()) {
    const auto name = resolve_state(rec, typed, names);
    if (!name) return exit_usage;
    if (!rec.find(*name)) {
      std::cerr << "pacta: " << *name << " has no recorded action under the " << rec.rules().short_title
                << ": no dates to put in a calendar\n";
      return exit_usage;
    }
    states.push_back(*name);
  } else {
    for (const auto& s : rec.states()) states.push_back(s.state);
  }
  pacta::reports_file rf;
  if (!reports_path.empty() && !load_reports(reports_path, rec, parent, rf)) return exit_invalid;
  const pacta::reporting rep(rec, parent, reports_path.empty() ? nullptr : &rf);
  const auto& r = rec.rules();
  const std::string t = r.id;
  std::vector<pacta::ical_event> events;
  if (typed.empty())
    if (const auto& g = rec.entry_into_force())
      events.push_back({t + "-entry-into-force", g->date.date,
                        r.short_title + " enters into force (" + rec.cite(g->date.why) + ")", g->date.why.reasoning});
  for (const auto& name : states) {
    const auto& s = *rec.find(name);
    const std::string slug = uid_slug(name, names);
    if (!s.consents.empty()) {
      const auto& c = s.consents.back();
      if (const auto eif = rec.entry_into_force_of(c))
        events.push_back({t + "-entry-into-force-" + slug, eif->date,
                          r.short_title + " in force for " + name + " (" + rec.cite(eif->why) + ")",
                          eif->why.reasoning});
      if (const auto* d = c.standing_denunciation())
        events.push_back({t + "-denunciation-" + slug, d->effective.date,
                          name + "'s denunciation of the " + r.short_title + " takes effect (" + rec.cite(d->effective.why) + ")",
                          d->effective.why.reasoning});
    }
    const auto pos = rep.position(name, on);
    if (pos.owes_reports && pos.initial_due)
      events.push_back({t + "-report-initial-" + slug, pos.initial_due->date,
                        name + ": initial " + r.short_title + " report due (" + rec.cite(pos.initial_due->why) + ")",
                        pos.initial_due->why.reasoning});
    if (pos.owes_reports && pos.next_due && pos.next_report == pacta::report_kind::periodic)
      events.push_back({t + "-report-next-" + slug, pos.next_due->date,
                        name + ": next " + r.short_title + " report due (" + rec.cite(pos.next_due->why) + ")",
                        pos.next_due->why.reasoning});
  }
  std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) {
    return a.date < b.date || (a.date == b.date && a.uid < b.uid);
  });
  const std::string name = r.short_title + (typed.empty() ? std::string(" dates") : " dates: " + states.front());
  return write_output(path, pacta::to_icalendar(events, name, rec.source().as_of), "calendar");
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"pacta: the dates of treaty law from the record of what States did.\n"
               "Runs on the bundled OPSC registry (and the Convention's, for article 13) unless --registry is given.",
               "pacta"};
  app.set_version_flag("--version", std::string("pacta ") + pacta::version);
  app.require_subcommand(1);
  app.fallthrough();  // the global options may follow the subcommand: pacta parties --registry F
  app.footer("Exit codes: 0 success, 1 invalid data, 2 usage error, 3 output that could not be written.\n"
             "Documentation: docs/cli.md");

  std::vector<std::string> registry_files, profile_files;
  std::string treaty, data_dir_opt;
  app.add_option("--registry", registry_files,
                 "A registry file (repeatable). A parent treaty's registry is given the same way. Default: the "
                 "bundled OPSC and Convention registries.")
      ->check(CLI::ExistingFile)
      ->allow_extra_args(false)  // one value a time: it may stand before a subcommand's positionals
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--profile", profile_files, "A treaty profile (repeatable); default: the bundled profiles.")
      ->check(CLI::ExistingFile)
      ->allow_extra_args(false)  // one value a time: it may stand before a subcommand's positionals
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--treaty", treaty, "The treaty to report on when several registries are given (e.g. opsc).");
  app.add_option("--data-dir", data_dir_opt, "The bundled data directory (default: found automatically, or $PACTA_DATA_DIR).");
  bool no_parent = false;
  app.add_flag("--no-parent", no_parent,
               "Go without the registries a treaty's eligibility clause needs (article 13) when they are not given or "
               "bundled: eligibility is then NOT checked, and the output says so.");
  std::vector<CLI::Option*> on_options;
  std::vector<std::string> option_texts;
  app.add_option("--option", option_texts,
                 "NAME=VALUE (repeatable): the choice for an unsettled rule: amendment-count=each-day|approval, "
                 "amendment-parties=deposited|in-force, parent-party=deposited|in-force, "
                 "status=as-recorded|as-known-then, leap-day=feb-28|mar-1, denounced-signatory=eligible|not-eligible, "
                 "report-anchor=initial-due|initial-submitted. Default: the first of each (docs/rules.md).")
      ->allow_extra_args(false)  // one value a time: it may stand before a subcommand's positionals
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);

  std::string format = "text";
  auto* eif = app.add_subcommand("eif", "The general entry into force, the instrument(s) that completed the threshold, and the article.");
  eif->add_option("--format", format, "text, json or csv")->check(CLI::IsMember({"text", "json", "csv"}));
  eif->footer("Example:\n  pacta eif\n  pacta eif --format json");

  std::string on_text;
  auto* parties = app.add_subcommand("parties", "One row per participant: signature, consent, entry into force and its basis, status on a date, denunciation.");
  on_options.push_back(parties->add_option("--on", on_text, "The date for the status column, YYYY-MM-DD (default: today)."));
  parties->add_option("--format", format, "text, json or csv")->check(CLI::IsMember({"text", "json", "csv"}));
  bool all_states = false;
  parties->add_flag("--all", all_states,
                    "Every State of the registry, with all its recorded actions, instead of the participants on the date.");
  parties->footer("Examples:\n  pacta parties --on 2002-06-01\n  pacta parties --format csv > parties.csv");

  auto* amendments = app.add_subcommand("amendments", "Amendments under article 16: conference, adoption, approval, acceptances, entry into force.");
  amendments->add_option("--format", format, "text, json or csv")->check(CLI::IsMember({"text", "json", "csv"}));
  amendments->footer("Example:\n  pacta amendments --format json");

  std::string reports_path;
  bool overdue_only = false;
  auto* reports = app.add_subcommand("reports", "Reporting under article 12: initial report due, next report due, overdue or not, per State.");
  on_options.push_back(reports->add_option("--on", on_text, "The date to judge by, YYYY-MM-DD (default: today)."));
  reports->add_option("--reports", reports_path, "A reports file (pacta.reports/1): submissions and Committee-set due dates.")
      ->check(CLI::ExistingFile);
  reports->add_flag("--overdue", overdue_only, "Only the States with an overdue report (needs --reports).");
  reports->add_option("--format", format, "text, json or csv")->check(CLI::IsMember({"text", "json", "csv"}));
  reports->footer("Examples:\n  pacta reports --on 2026-02-03\n  pacta reports --reports examples/data/reports-illustrative.json --overdue --format csv");

  std::string state_name;
  auto* state = app.add_subcommand("state", "One State's whole story: actions, each computed date with its article and reasoning, status, binding text, reporting.");
  state->add_option("NAME", state_name, "The State, as the registry names it (case-insensitive; a unique part of the name will do).")->required();
  on_options.push_back(state->add_option("--on", on_text, "The date for the status, YYYY-MM-DD (default: today)."));
  state->add_option("--reports", reports_path, "A reports file (pacta.reports/1).")->check(CLI::ExistingFile);
  state->add_option("--format", format, "text, json or csv (csv: the dates)")->check(CLI::IsMember({"text", "json", "csv"}));
  state->footer("Examples:\n  pacta state Benin\n  pacta state \"united states of america\" --on 2003-01-01");

  std::string ics_path, calendar_state;
  auto* calendar = app.add_subcommand("calendar", "An iCalendar file (RFC 5545) of entry-into-force dates, pending denunciations and report due dates.");
  calendar->add_option("--ics", ics_path, "The file to write (- for standard output).")->required();
  auto* calendar_state_opt = calendar->add_option("--state", calendar_state, "Only this State's dates.");
  on_options.push_back(calendar->add_option("--on", on_text, "The date that decides which report is next (default: today)."));
  calendar->add_option("--reports", reports_path, "A reports file (pacta.reports/1).")->check(CLI::ExistingFile);
  calendar->footer("Examples:\n  pacta calendar --ics opsc.ics\n  pacta calendar --ics benin.ics --state Benin\n"
                   "Each event keeps its UID when its date changes, so importing a newer file updates it.");

  std::string svg_path;
  auto* timeline = app.add_subcommand("timeline", "A chart of the number of States parties and signatories over time (standalone SVG).");
  timeline->add_option("--svg", svg_path, "The file to write (- for standard output).")->required();
  on_options.push_back(timeline->add_option("--on", on_text, "The end of the chart (default: the registry's as-of date)."));
  timeline->footer("Example:\n  pacta timeline --svg parties.svg");

  record_request rreq;
  auto* record = app.add_subcommand("record", "Add one action to a registry file: validated whole first, written atomically, keys and x- fields kept.");
  auto* record_registry = record->add_option("--registry", rreq.registry, "The registry file to change (required).")
                              ->check(CLI::ExistingFile);
  record->add_option("--state", rreq.state, "The State (a registry name, ISO code or common name). Not for the acts of the Secretary-General, a conference or the General Assembly.");
  record->add_option("--action", rreq.action, "signature, ratification, accession, acceptance, approval, succession, denunciation, denunciation-withdrawal, amendment-…")->required();
  record->add_option("--date", rreq.date, "The date of the act, YYYY-MM-DD (deposit; receipt for a notification).")->required();
  record->add_option("--effective", rreq.effective, "Successions: the date of succession of States.");
  record->add_option("--predecessor", rreq.predecessor,
                     "Successions: the predecessor State (checked: bound on the date of succession).");
  record->add_option("--amendment", rreq.amendment, "Amendment actions: the amendment's id.");
  record->add_option("--note", rreq.note, "A note kept with the action.");
  record->add_flag("--declaration", rreq.declaration,
                   "OPAC art. 3(2): a binding declaration was deposited with the instrument (recorded as a declaration of the same day).");
  record->add_option("--minimum-age", rreq.minimum_age,
                     "OPAC art. 3(2)/(4): the minimum age of voluntary recruitment declared (implies --declaration with an instrument).")
      ->check(CLI::Range(0, 99));
  record->add_flag("--declaration-not-recorded", rreq.declaration_not_recorded,
                   "OPAC: the depositary's record shows no declaration with this instrument.");
  record->add_option("--source", rreq.source, "Where the fact comes from.");
  record->add_option("--parent", rreq.parents, "A parent treaty's registry for article 13 (default: the bundled one).")
      ->check(CLI::ExistingFile)
      ->allow_extra_args(false)  // one value a time: it may stand before a subcommand's positionals
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  record->add_flag("--new-state", rreq.new_state,
                   "The State is new: take --state as written, without matching it to a State of the registry or the name table.");
  record->footer("Example:\n  cp data/registries/opsc.json my-opsc.json\n"
                 "  pacta record --registry my-opsc.json --state Ireland --action ratification --date 2026-03-02 --source \"depositary notification\"\n"
                 "Writers of one registry take turns (a lock on the file); links, owner and mode are kept.\n"
                 "Exit codes: 0 written, 1 refused (the file is unchanged), 2 usage error (the file is unchanged),\n"
                 "3 written, but the confirmation could not be printed.");

  std::vector<std::string> check_files;
  auto* check = app.add_subcommand("check", "Validate registries and treaty profiles: one line per error (FILE: /json/pointer: message [rule]).");
  check->add_option("FILE", check_files, "Files to check")->required();
  check->footer("Exit codes: 0 all valid, 1 something invalid, 2 usage error.\nExample:\n  pacta check data/registries/opsc.json");

  import_request ireq;
  auto* import_untc = app.add_subcommand("import-untc", "Read a saved UN Treaty Collection status page (HTML) and write its registry; the page's printed counts and entry into force must match.");
  import_untc->add_option("PAGE", ireq.page, "The status page, saved as HTML from treaties.un.org.")->required()->check(CLI::ExistingFile);
  import_untc->add_option("--treaty", ireq.treaty, "The treaty id (default: from the page's chapter: IV-11 crc, IV-11-b opac, IV-11-c opsc, IV-11-d opic).");
  import_untc->add_option("--succession", ireq.successions, "STATE=YYYY-MM-DD: a date of succession of States the page does not print (repeatable).");
  import_untc->add_option("-o,--output", ireq.output, "The registry file to write, atomically (default: standard output).");
  import_untc->footer("Example:\n  pacta import-untc tests/data/untc/html/crc_op_sc.html --succession Montenegro=2006-06-03 -o opsc.json\n"
                      "The printed entry into force is checked against the treaty's rules (the chapter's, --treaty ID's or\n"
                      "--profile FILE's); without rules the summary says it was NOT checked.\n"
                      "Exit codes: 0 written, 1 the page cannot be read or does not add up, 2 usage error.");

  // A word where the subcommand goes that is no subcommand (pacta bogus): say so, not "a
  // subcommand is required".
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
    if (!known) {
      std::string names;
      for (const auto* sub : app.get_subcommands({})) names += (names.empty() ? "" : ", ") + sub->get_name();
      std::cerr << "pacta: unknown subcommand " << pacta::detail::show_value(arg) << "; one of " << names
                << " (see pacta --help)\n";
      return exit_usage;
    }
    break;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "pacta: " << pacta_cli::shown(e.what()) << " (see pacta --help)\n";
    return exit_usage;
  }

  pacta::record_options options;
  for (const auto& o : option_texts) {
    std::string error;
    if (!apply_option(o, options, error)) {
      std::cerr << "pacta: " << error << "\n";
      return exit_usage;
    }
  }

  try {
    const fs::path data_dir = data_dir_opt.empty() ? find_data_dir(argv[0]) : fs::path(data_dir_opt);
    treaty = lower(treaty);  // treaty ids are lower case: --treaty OPAC is opac
    for (const auto* o : on_options)
      if (o->count() > 0 && on_text.empty()) {
        std::cerr << "pacta: --on is empty: write a date, YYYY-MM-DD (leave --on out for today)\n";
        return exit_usage;
      }
    if (calendar_state_opt->count() > 0 && calendar_state.empty()) {
      std::cerr << "pacta: --state is empty: name a State (leave --state out for every State)\n";
      return exit_usage;
    }
    if (record->parsed()) {
      if (record_registry->count() == 0) {
        std::cerr << "pacta record: give the registry file to change after the subcommand: pacta record --registry "
                     "FILE …" << (registry_files.empty() ? "" : " (a --registry before \"record\" is not used by record)")
                  << "; nothing written\n";
        return exit_usage;
      }
      if (!registry_files.empty()) {
        std::cerr << "pacta record: the global --registry " << pacta_cli::shown(registry_files.front())
                  << " is not used by record: the file to change is record's own --registry, parents are given "
                     "with --parent; nothing written\n";
        return exit_usage;
      }
      for (const auto* v : {&rreq.registry, &rreq.action, &rreq.date})
        if (v->empty()) {
          std::cerr << "pacta record: --registry, --action and --date cannot be empty\n";
          return exit_usage;
        }
      if (record->count("--state") > 0 && rreq.state.empty()) {
        std::cerr << "pacta record: --state is empty: name the State (leave --state out for the acts of the "
                     "Secretary-General, a conference or the General Assembly)\n";
        return exit_usage;
      }
      rreq.no_parent = no_parent;
      rreq.options = options;
      return cmd_record(rreq, data_dir);
    }
    if (check->parsed()) {
      // A registry given with --registry is one more file to check (and a parent for the others).
      std::vector<std::string> files = registry_files;
      files.insert(files.end(), check_files.begin(), check_files.end());
      return cmd_check(files, data_dir, no_parent);
    }
    if (import_untc->parsed()) {
      ireq.profiles = profile_files;
      return cmd_import(ireq, data_dir);
    }

    if (registry_files.empty()) {
      if (!has_data(data_dir)) {
        std::cerr << "pacta: the bundled data are not in " << data_dir
                  << "; set PACTA_DATA_DIR or give --registry FILE\n";
        return exit_invalid;
      }
      std::vector<pacta::diagnostic> d;
      registry_files = bundled_registries(treaty.empty() ? "opsc" : treaty, data_dir, d);
      if (!d.empty()) {
        print_diagnostics(d);
        return exit_invalid;
      }
      for (const auto& f : registry_files) {
        std::error_code ec;
        if (!fs::is_regular_file(f, ec)) {
          std::vector<std::string> ids;
          for (const auto& e : fs::directory_iterator(data_dir / "registries", ec))
            if (e.path().extension() == ".json") ids.push_back(e.path().stem().string());
          std::sort(ids.begin(), ids.end());
          std::string known;
          for (const auto& id : ids) known += (known.empty() ? "" : ", ") + id;
          std::cerr << "pacta: no bundled registry for the treaty \"" << fs::path(f).stem().string()
                    << "\" (the bundled registries: " << known << "); give --registry FILE\n";
          return exit_usage;
        }
      }
    }
    loaded l;
    std::vector<pacta::diagnostic> diags;
    parent_policy policy;
    policy.no_parent = no_parent;
    policy.reports = reports->parsed() || state->parsed() || calendar->parsed();
    if (!load_all(registry_files, profile_files, treaty, data_dir, l, diags, policy, options)) {
      print_diagnostics(diags);
      return exit_invalid;
    }

    pacta::date_t on = today();
    if (!on_text.empty()) {
      auto d = pacta::parse_date(on_text);
      if (!d) {
        std::cerr << "pacta: --on " << pacta::detail::show_value(on_text) << " is not a date: write YYYY-MM-DD\n";
        return exit_usage;
      }
      on = *d;
    }
    if (eif->parsed()) return cmd_eif(*l.primary, format);
    if (parties->parsed()) return cmd_parties(*l.primary, on, format, all_states);
    if (amendments->parsed()) return cmd_amendments(*l.primary, format);
    if (reports->parsed()) {
      if (overdue_only && reports_path.empty()) {
        std::cerr << "pacta: --overdue needs --reports FILE: without a record of submissions no report can be called overdue\n";
        return exit_usage;
      }
      return cmd_reports(*l.primary, parent_of(l), on, reports_path, overdue_only, format);
    }
    if (calendar->parsed())
      return cmd_calendar(*l.primary, parent_of(l), ics_path, calendar_state, on, reports_path, name_table(data_dir));
    if (timeline->parsed())
      return write_output(svg_path,
                          pacta_cli::timeline_svg(*l.primary, on_text.empty() ? l.primary->source().as_of : on),
                          "chart");
    if (state->parsed())
      return cmd_state(*l.primary, parent_of(l), state_name, on, reports_path, format, name_table(data_dir));
  } catch (const pacta::error& e) {
    std::cerr << "pacta: " << e.what() << '\n';
    return exit_invalid;
  } catch (const std::exception& e) {
    std::cerr << "pacta: " << e.what() << '\n';
    return exit_invalid;
  }
  return exit_usage;
}

int main(int argc, char** argv) {
  pacta_cli::install_signal_cleanup();
  return pacta_cli::finish(run(argc, argv));
}
