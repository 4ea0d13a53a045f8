// pacta record — adds one action to a registry file (docs/cli.md, "pacta record"):
// - writers of one registry take turns under an exclusive lock on it, each reading the file as
//   the previous one left it, so that no recorded action is lost;
// - the registry and its parents (article 13) are validated before and after, and nothing is
//   written when the existing file or the action is invalid; a parent that is missing, of another
//   treaty, or invalid is refused as such (`--no-parent` skips eligibility on purpose);
// - the State is resolved as `pacta state` resolves it; a name that matches no State is refused
//   unless `--new-state` says it is one;
// - the file keeps its text, links, owner and mode (pacta::write_atomically), and `as_of`
//   advances to the action's date when that is later;
// - temporary files that killed runs left beside the registry are removed.
//
// Each step below returns an exit code when the command stops there (nothing written), nothing
// when it goes on.
#include "app.hpp"
#include "commands.hpp"
#include "loading.hpp"
#include "names.hpp"
#include "output.hpp"

#include <pacta/input.hpp>

#include <pacta/input.hpp>
#include <pacta/writer.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>
#include <memory>
#include <utility>

namespace pacta_cli {
namespace {

using step = std::optional<int>;  ///< an exit code: stop there; nothing: go on

/// One run of `pacta record`: the request, and what it has read so far.
struct recording {
  recording(const record_request& request, const fs::path& dir) : req(request), data_dir(dir) {}
  const record_request& req;
  const fs::path& data_dir;
  std::map<std::string, pacta::treaty_rules> profiles;  ///< given with --profile, by treaty id
  std::vector<pacta::diagnostic> diags;                 ///< of reading the registry and the parents given
  std::string text;                                     ///< the registry as read under the lock
  pending current;                                      ///< that registry, and its treaty's rules
  std::vector<pending> parents;                         ///< the parents given (--parent)
};

/// Says that the action was refused and the registry is unchanged; exit code 1.
int refuse(const std::string& path, const std::string& why) {
  std::cerr << "pacta record: " << shown(why) << "; " << shown(path) << " is unchanged.\n";
  return exit_invalid;
}

/// Removes the temporary files that interrupted runs left beside the registry, saying so.
void remove_stale(const std::string& path) {
  std::vector<std::string> left;
  if (const std::size_t removed = pacta::remove_stale_temporaries(path, left))
    std::cerr << "pacta record: removed " << removed << " temporary file" << (removed == 1 ? "" : "s")
              << " that interrupted runs left beside " << path << '\n';
  for (const auto& l : left) std::cerr << "pacta record: cannot remove the stale temporary file " << l << '\n';
}

/// The registry as read, and its treaty's rules; refused when it is invalid or pacta has no rules.
step read_current(recording& r) {
  const std::string& path = r.req.registry;
  auto reg = pacta::try_parse_registry(r.text, path, r.diags);
  if (!reg) {
    print_diagnostics(r.diags);
    return refuse(path, path + " is invalid already; fix it first");
  }
  r.current.reg = std::move(*reg);
  if (auto rules = rules_for(r.current.reg.treaty, r.profiles, r.data_dir, r.diags)) {
    r.current.rules = std::move(*rules);
    return std::nullopt;
  }
  print_diagnostics(r.diags);
  return refuse(path, "pacta has no rules for the treaty \"" + r.current.reg.treaty +
                          "\": give its profile with --profile FILE" + profiles_given(r.profiles));
}

/// The parents given: each must be a registry of a treaty this one needs.
step read_parents(recording& r) {
  for (const auto& f : r.req.parents) {
    if (!read_pending(f, r.profiles, r.data_dir, r.parents, r.diags)) {
      print_diagnostics(r.diags);
      return refuse(r.req.registry, "the parent registry " + f + " cannot be used");
    }
    const std::string& id = r.parents.back().reg.treaty;
    if (!pacta::depends_on(r.current.rules, id)) {
      std::string wanted;
      for (const auto& w : pacta::needed_treaties(r.current.rules)) wanted += (wanted.empty() ? "" : ", ") + w;
      return refuse(r.req.registry,
                    "--parent " + f + " is a registry of \"" + id + "\", but the " + r.current.rules.short_title +
                        " needs " + (wanted.empty() ? std::string("no other registry") : "the registry of " + wanted));
    }
  }
  return std::nullopt;
}

/// Validates a registry with the parents; the diagnostics say which file is at fault.
bool validate(const recording& r, const pending& reg, loaded& out, std::vector<pacta::diagnostic>& d) {
  std::vector<pending> set = r.parents;
  set.push_back(reg);
  parent_policy policy;
  policy.no_parent = r.req.no_parent;
  policy.how = "--parent FILE";
  return build_all(std::move(set), r.profiles, reg.reg.treaty, r.data_dir, policy, out, d, r.req.options);
}

/// The registry as it is, validated with its parents; refused, naming the file at fault, when invalid.
step check_before(const recording& r, loaded& before) {
  std::vector<pacta::diagnostic> d;
  if (validate(r, r.current, before, d)) return std::nullopt;
  print_diagnostics(d);
  const std::string& path = r.req.registry;
  std::string parent;  // the first other file at fault, unless it is a missing parent
  for (const auto& x : d)
    if (x.file != path) {
      if (x.code != "registry.parent") parent = x.file;
      break;
    }
  if (!parent.empty()) return refuse(path, "the parent registry " + parent + " is invalid (see above)");
  for (const auto& x : d)
    if (x.code == "registry.parent") return refuse(path, "a registry that eligibility needs is missing");
  return refuse(path, path + " is invalid already; fix it first");
}

/// Whether a name is written in the Latin script, as the depositary writes States' names: ASCII,
/// the Latin-1 and Latin Extended letters (U+00C0–024F, U+1E00–1EFF) and typographic punctuation
/// (U+2010–2027: dashes, quotes). Greek, Cyrillic, full-width forms, mathematical letters, Roman
/// numerals, Lisu … can pass for Latin letters, and are not.
bool latin_script(const std::string& name) {
  for (std::size_t i = 0; i < name.size();) {
    const auto ch = pacta::detail::decode_utf8(name, i);
    const char32_t c = ch.code_point;
    if (ch.length == 0) return false;
    const bool latin =
        c < 0x80 || (c >= 0xA0 && c <= 0x24F) || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2010 && c <= 0x2027);
    if (!latin) return false;
    i += ch.length;
  }
  return true;
}

/// The State of the registry or of the name table that `typed` looks like but is not
/// (`pacta::lookalike_key`: "Іreland" with a Cyrillic І), if any.
std::optional<std::string> lookalike_of(const pacta::treaty_record& rec, const std::string& typed,
                                        const pacta::state_names& names) {
  const std::string key = pacta::lookalike_key(typed);
  for (const auto& s : rec.states())
    if (pacta::lookalike_key(s.state) == key) return s.state;
  for (const auto& n : names.all()) {
    if (pacta::lookalike_key(n.name) == key) return n.name;
    for (const auto& o : n.other_names)
      if (pacta::lookalike_key(o) == key) return n.name;
  }
  return std::nullopt;
}

/// The State and the predecessor as the registry (or the name table) writes them; a usage error
/// when one cannot be resolved, or when a --new-state is one pacta knows.
step resolve_names(const recording& r, const pacta::treaty_record& rec, std::string& state, std::string& predecessor) {
  const record_request& req = r.req;
  state = req.state;
  if (!req.state.empty() && req.new_state) {
    // A "new" State must be new: no State of the registry or of the name table that it denotes.
    const auto m = match_state(rec, req.state, name_table(r.data_dir));
    if (m.name) {
      std::cerr << "pacta record: " << pacta::detail::show_value(req.state) << " names " << *m.name
                << ", a State pacta knows: leave out --new-state; nothing written\n";
      return exit_usage;
    }
    if (const auto look = lookalike_of(rec, req.state, name_table(r.data_dir))) {
      std::cerr << "pacta record: " << pacta::detail::show_value(req.state) << " looks like " << *look
                << " (the same letters, some of another script or width): write the State's name in Latin "
                   "letters, or leave out --new-state for "
                << *look << "; nothing written\n";
      return exit_usage;
    }
    if (!latin_script(req.state)) {
      std::cerr << "pacta record: " << pacta::detail::show_value(req.state)
                << " has letters of another script than the Latin (or of another width): the depositary writes "
                   "States' names in Latin letters, and a name in others can pass for a known one; nothing "
                   "written\n";
      return exit_usage;
    }
    if (!m.options.empty() && !m.ambiguous)  // a new State may be near a known one; said, not refused
      std::cerr << "pacta record: note: " << pacta::detail::show_value(req.state) << " is close to "
                << m.options.front() << "; taken as a new State, as --new-state says\n";
  }
  if (!req.state.empty() && !req.new_state) {
    const auto resolved =
        resolve_state(rec, req.state, name_table(r.data_dir),
                      "a State new to the registry and to pacta's name table needs --new-state; nothing written");
    if (!resolved) return exit_usage;
    state = *resolved;
  }
  // The predecessor of a succession, named as any State is.
  predecessor = req.predecessor;
  if (!predecessor.empty()) {
    const auto resolved = resolve_state(rec, predecessor, name_table(r.data_dir),
                                        "--predecessor names the State the successor succeeded; nothing written");
    if (!resolved) return exit_usage;
    predecessor = *resolved;
  }
  return std::nullopt;
}

/// Whether the action is an instrument of consent that a declaration goes with (OPAC art. 3(2)).
bool is_instrument(const record_request& req) {
  return pacta::is_consent(pacta::parse_action_kind(req.action).value_or(pacta::action_kind::signature)) &&
         req.action != pacta::to_key(pacta::action_kind::succession);
}

/// The lines to add, one action each: the action, and (OPAC art. 3(2)) a declaration deposited
/// with the instrument, recorded as its own action of the same day; or the depositary's record
/// showing none. A usage error when the declaration options do not go with the action.
step action_lines(const record_request& req, const std::string& state, const std::string& predecessor,
                  const pacta::state_succession* succession, std::vector<std::string>& added) {
  nlohmann::ordered_json act = nlohmann::ordered_json::object();
  if (!state.empty()) act["state"] = state;
  act["action"] = req.action;
  if (!req.amendment.empty()) act["amendment"] = req.amendment;
  const auto kind = pacta::parse_action_kind(req.action);
  if (!req.article.empty() && !(kind && pacta::is_optional_declaration_action(*kind))) {
    std::cerr << "pacta record: --article goes with --action optional-declaration or optional-declaration-withdrawal "
                 "(rule O1); nothing written\n";
    return exit_usage;
  }
  if (req.article.empty() && kind && pacta::is_optional_declaration_action(*kind)) {
    std::cerr << "pacta record: --action " << req.action
              << " needs --article N, the article whose competence is recognized (rule O1); nothing written\n";
    return exit_usage;
  }
  if (!req.article.empty()) act["article"] = req.article;
  act["date"] = req.date;
  if (!req.effective.empty()) act["effective"] = req.effective;
  if (req.effective.empty() && succession) act["effective"] = pacta::to_iso(succession->date);  // rule E5
  if (!predecessor.empty()) act["predecessor"] = predecessor;
  if (!req.note.empty()) act["note"] = req.note;
  if (!req.source.empty())
    act["source"] = req.source;
  else if (req.effective.empty() && succession)
    act["source"] = pacta::action_source(*succession);
  if (req.effective.empty() && succession) act["succession_kind"] = pacta::to_key(succession->kind);
  const bool instrument = is_instrument(req);
  if ((req.declaration || req.minimum_age || req.declaration_not_recorded) && !instrument &&
      req.action != pacta::to_key(pacta::action_kind::declaration)) {
    std::cerr << "pacta record: --declaration, --minimum-age and --declaration-not-recorded go with an instrument of "
                 "ratification, accession, acceptance or approval (or --minimum-age with --action declaration); "
                 "nothing written\n";
    return exit_usage;
  }
  if (req.declaration_not_recorded && (req.declaration || req.minimum_age)) {
    std::cerr << "pacta record: --declaration-not-recorded says the record shows no declaration: it cannot go with "
                 "--declaration or --minimum-age; nothing written\n";
    return exit_usage;
  }
  if (req.action == pacta::to_key(pacta::action_kind::declaration) && req.minimum_age)
    act["minimum_age"] = *req.minimum_age;
  if (instrument && req.declaration_not_recorded) act["declaration"] = "not-recorded";
  added.push_back(pacta::detail::dump_inline(act));
  if (instrument && (req.declaration || req.minimum_age)) {
    nlohmann::ordered_json decl = nlohmann::ordered_json::object();
    decl["state"] = state;
    decl["action"] = pacta::to_key(pacta::action_kind::declaration);
    decl["date"] = req.date;
    if (req.minimum_age) decl["minimum_age"] = *req.minimum_age;
    added.push_back(pacta::detail::dump_inline(decl));
  }
  return std::nullopt;
}

/// The registry's new text: the lines inserted where the State's and the date's order puts them
/// (at index `at` of "actions"), and `as_of` advanced to the action's date when that is later, so
/// that the registry is complete to at least the day of what it now records.
std::string new_registry_text(const recording& r, const std::string& state, const std::vector<std::string>& added,
                              std::size_t& at, std::optional<std::string>& as_of) {
  const auto doc = nlohmann::ordered_json::parse(r.text);
  at = pacta::insertion_index(doc["actions"], state, r.req.date);
  if (const auto d = pacta::parse_date(r.req.date); d && *d > r.current.reg.as_of) as_of = pacta::to_iso(*d);
  return pacta::format_registry_text(r.text, at, added, as_of);
}

/// The registry with the action, validated with its parents; refused when the action is invalid.
step check_after(const recording& r, const std::string& new_text, loaded& after) {
  pending next;
  next.rules = r.current.rules;
  std::vector<pacta::diagnostic> d;
  if (auto reg = pacta::try_parse_registry(new_text, r.req.registry, d)) {
    next.reg = std::move(*reg);
    if (validate(r, next, after, d)) return std::nullopt;
  }
  print_diagnostics(d);
  if (std::any_of(d.begin(), d.end(), [](const pacta::diagnostic& x) { return x.code == "declaration.missing"; }))
    std::cerr << "pacta record: give the instrument's declaration with --minimum-age N (or --declaration when the "
                 "age is not known), or --declaration-not-recorded when the depositary's record shows none\n";
  std::cerr << "pacta record: the action was refused; " << r.req.registry << " is unchanged.\n";
  return exit_invalid;
}

/// What was recorded, and the dates that follow from it: the State's entry into force after a
/// consent, the effect of a denunciation.
void print_recorded(const recording& r, const loaded& after, const std::string& state,
                    const std::vector<std::string>& added, std::size_t at, const std::optional<std::string>& as_of) {
  const std::string& path = r.req.registry;
  for (std::size_t k = 0; k < added.size(); ++k)
    std::cout << "recorded in " << shown(path) << " at /actions/" << at + k << ": " << pacta::escape_controls(added[k])
              << '\n';
  if (as_of) std::cout << "registry as of " << *as_of << " (was " << pacta::to_iso(r.current.reg.as_of) << ")\n";
  for (const auto& id : pacta::eligibility_parents(r.current.rules))
    if (!after.set.find(id)) {
      std::cout << "eligibility (article " << r.current.rules.consent.article << ") NOT checked: no registry of \""
                << id << "\" (--no-parent)\n";
      break;
    }
  if (state.empty()) return;
  const auto& rec = *after.primary;
  if (auto eif = rec.entry_into_force_for(state);
      eif && pacta::is_consent(pacta::parse_action_kind(r.req.action).value_or(pacta::action_kind::signature)))
    std::cout << "entry into force for " << pacta::detail::state_in_prose(state) << ": " << pacta::to_iso(eif->date)
              << " (" << rec.cite(eif->why) << ")\n";
  if (auto den = rec.denunciation_effective(state);
      den && r.req.action == pacta::to_key(pacta::action_kind::denunciation))
    std::cout << rec.rules().denunciation_noun << " takes effect: " << pacta::to_iso(den->date) << " ("
              << rec.cite(den->why) << ")\n";
}

}  // namespace

int cmd_record(const record_request& req, const fs::path& data_dir) {
  const std::string& path = req.registry;
  std::string error;
  auto lock = pacta::file_lock::acquire(pacta::follow_links(path), error, [&] {
    std::cerr << "pacta record: waiting for another process that is writing " << shown(path)
              << " (it holds the lock)…\n";
  });
  if (!lock) return refuse(path, error);
  remove_stale(path);
  recording r(req, data_dir);
  r.profiles = read_profiles(req.profiles, r.diags);
  if (!r.diags.empty()) {
    print_diagnostics(r.diags);
    return refuse(path, "the profiles given with --profile cannot be used");
  }
  if (!lock->read(r.text, error, pacta::max_registry_bytes)) return refuse(path, "cannot read " + path + ": " + error);
  if (const step s = read_current(r)) return *s;
  if (const step s = read_parents(r)) return *s;
  loaded before;
  if (const step s = check_before(r, before)) return *s;
  std::string state, predecessor;
  if (const step s = resolve_names(r, *before.primary, state, predecessor)) return *s;
  // Rule E5: a succession recorded without --effective takes its date of succession from the data
  // directory's successions table, and says so.
  std::vector<pacta::diagnostic> table_diags;
  const auto table = load_successions_table(data_dir, table_diags);
  if (!table) {
    print_diagnostics(table_diags);
    return refuse(path, "the successions table of the data directory is invalid (above)");
  }
  const pacta::state_succession* succession =
      req.action == pacta::to_key(pacta::action_kind::succession) && req.effective.empty() ? table->find(state)
                                                                                           : nullptr;
  // The table's date is a succession to what bound the predecessor then: a treaty whose first
  // recorded act is later (Solomon Islands, 7 July 1978, and a treaty of 2006) had bound nobody.
  if (succession && !before.primary->source().actions.empty()) {
    pacta::date_t first = before.primary->source().actions.front().date;
    for (const auto& a : before.primary->source().actions) first = std::min(first, a.date);
    if (succession->date < first) {
      std::cerr << "pacta record: the successions table dates the succession of " << shown(state) << " "
                << pacta::to_iso(succession->date) << ", before the first act this registry records ("
                << pacta::to_iso(first) << "): the treaty cannot have bound " << shown(succession->predecessor)
                << " then, so that date is not used; the succession is recorded without a date of succession (no "
                   "entry-into-force date is computed, rule E5): give --effective DATE if another applies\n";
      succession = nullptr;
    }
  }
  if (succession)
    std::cerr << "pacta record: the date of succession of " << shown(state) << ", " << pacta::to_iso(succession->date)
              << ", is the successions table's (" << shown(succession->source) << "); --effective DATE gives another\n";
  std::vector<std::string> added;
  if (const step s = action_lines(req, state, predecessor, succession, added)) return *s;
  std::size_t at = 0;
  std::optional<std::string> as_of;
  const std::string new_text = new_registry_text(r, state, added, at, as_of);
  loaded after;
  if (const step s = check_after(r, new_text, after)) return *s;
  auto options = write_options_for_cli();
  options.expect = lock->identity();
  if (!pacta::write_atomically(path, new_text, error, options)) return refuse(path, error);
  done_anyway() = "the action WAS recorded in " + shown(path);
  print_recorded(r, after, state, added, at, as_of);
  return exit_ok;
}

namespace {

/// `pacta record`'s options, and the option whose absence is refused.
struct record_command {
  record_request request;
  CLI::App* sub = nullptr;
  CLI::Option* registry = nullptr;
};

/// `pacta record`: its own --registry is the file to change; the global one is refused.
int run_record(record_command& o, const global_options& c, const pacta::record_options& options,
               const fs::path& data_dir) {
  if (o.registry->count() == 0) {
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
  record_request& r = o.request;
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
  if (o.sub->count("--state") > 0 && r.state.empty()) {
    std::cerr << "pacta record: --state is empty: name the State (leave --state out for the acts of the "
                 "Secretary-General, a conference or the General Assembly)\n";
    return exit_usage;
  }
  r.no_parent = c.no_parent;
  r.profiles = c.profile_files;
  r.options = options;
  return cmd_record(r, data_dir);
}

}  // namespace

void add_record(CLI::App& app, global_options& g, command_table& t) {
  auto o = std::make_shared<record_command>();
  record_request& r = o->request;
  CLI::App* record = o->sub = app.add_subcommand(
      "record",
      "Add one action to a registry file: validated whole first, written atomically, keys and x- fields kept.");
  o->registry =
      record->add_option("--registry", r.registry, "The registry file to change (required).")->check(CLI::ExistingFile);
  record->add_option("--state", r.state,
                     "The State (a registry name, ISO code or common name). Not for the acts of the Secretary-General, "
                     "a conference or the General Assembly.");
  record->add_option("--action", r.action, "One of: " + pacta::action_kind_list() + ".")
      ->required()
      ->check(CLI::Validator(
          [](std::string& s) {  // a kind pacta does not know is a usage error (exit 2), like any bad option
            if (s.empty() || pacta::parse_action_kind(s)) return std::string();  // empty: said with the others
            const auto near = pacta::nearest_action_kind(s);
            return "unknown action " + pacta::detail::show_value(s) +
                   (near ? "; did you mean \"" + std::string(pacta::to_key(*near)) + "\"?" : std::string()) +
                   " (pacta record --help lists the kinds); nothing written";
          },
          ""));
  record->add_option("--date", r.date, "The date of the act, YYYY-MM-DD (deposit; receipt for a notification).")
      ->required();
  record->add_option("--effective", r.effective,
                     "Successions: the date of succession of States. Denunciations: the later date the notification "
                     "specifies, where the treaty allows one (ATT art. 24(2)). Instruments: the later day the "
                     "depositary counts the instrument from (rule E10).");
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
  t.add(record, [&g, o](const run_context& ctx) { return run_record(*o, g, ctx.rules, ctx.data_dir); });
}

}  // namespace pacta_cli
