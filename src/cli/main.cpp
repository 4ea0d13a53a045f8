// pacta — the command-line tool.
//
//   pacta eif      [--format text|json]              general entry into force and its instrument
//   pacta parties  [--on DATE] [--format text|json|csv]  one row per participant
//   pacta check    FILE...                            validate registries and treaty profiles
//
// By default it reads the bundled OPSC registry and, for article 13, the bundled Convention
// registry. `--registry FILE` (repeatable) replaces them; a parent treaty's registry is given the
// same way. Exit codes: 0 success, 1 invalid data, 2 usage error.
#include <pacta/pacta.hpp>

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

constexpr int exit_ok = 0;
constexpr int exit_invalid = 1;
constexpr int exit_usage = 2;

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

/// Parses every registry, builds the records parents first, and picks the primary one (`treaty`,
/// or the one no other registry depends on). Returns false after printing diagnostics.
bool load_all(const std::vector<std::string>& files, const std::vector<std::string>& profiles, const std::string& treaty,
              const fs::path& data_dir, loaded& out, std::vector<pacta::diagnostic>& diags) {
  std::map<std::string, pacta::treaty_rules> given;
  for (const auto& p : profiles) {
    try {
      auto r = pacta::load_treaty_profile_file(p);
      given[r.id] = r;
    } catch (const pacta::load_error& e) {
      diags.insert(diags.end(), e.diagnostics().begin(), e.diagnostics().end());
    }
  }
  struct pending {
    pacta::registry reg;
    pacta::treaty_rules rules;
  };
  std::vector<pending> todo;
  for (const auto& f : files) {
    std::string text;
    if (!pacta::detail::read_file(f, text)) {
      diags.push_back({f, "", "io.read", "cannot read the file", std::nullopt, std::nullopt});
      continue;
    }
    pacta::registry reg;
    if (!pacta::try_parse_registry(text, f, reg, diags)) continue;
    auto rules = rules_for(reg.treaty, given, data_dir, diags);
    if (!rules) {
      diags.push_back({f, "/treaty", "registry.treaty",
                       "no rules for the treaty \"" + reg.treaty + "\": give its profile with --profile FILE",
                       std::nullopt, std::nullopt});
      continue;
    }
    for (const auto& p : todo)
      if (p.reg.treaty == reg.treaty)
        diags.push_back({f, "/treaty", "registry.treaty",
                         "a second registry for \"" + reg.treaty + "\" (the first is " + p.reg.file + ")",
                         std::nullopt, std::nullopt});
    todo.push_back({std::move(reg), std::move(*rules)});
  }
  if (!diags.empty()) return false;
  auto depends_on = [](const pacta::treaty_rules& r, const std::string& id) {
    for (const auto* e : {&r.signature, &r.consent}) {
      for (const auto& p : e->parties_of)
        if (p == id) return true;
      for (const auto& p : e->signatories_of)
        if (p == id) return true;
    }
    return r.parent == id;
  };
  // Build in dependency order: a record whose parents (among the given registries) are built.
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
      auto rec = pacta::treaty_record::try_from_registry(todo[i].reg, todo[i].rules, diags, parents);
      done[i] = true;
      if (rec) out.records.push_back(std::make_unique<pacta::treaty_record>(std::move(*rec)));
    }
  }
  if (!diags.empty()) return false;
  if (out.records.size() != todo.size()) {
    diags.push_back({files.back(), "/treaty", "registry.treaty",
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
    diags.push_back({files.empty() ? std::string("pacta") : files.back(), "", "registry.treaty",
                     "no registry for the treaty \"" + treaty + "\" was given (see --registry)", std::nullopt,
                     std::nullopt});
    return false;
  }
  return true;
}

// ---- output helpers ----------------------------------------------------------------------------------

std::size_t display_width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

void print_table(std::ostream& os, const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::size_t> width(header.size());
  for (std::size_t c = 0; c < header.size(); ++c) width[c] = display_width(header[c]);
  for (const auto& r : rows)
    for (std::size_t c = 0; c < r.size(); ++c) width[c] = std::max(width[c], display_width(r[c]));
  auto line = [&](const std::vector<std::string>& r) {
    std::string out;
    for (std::size_t c = 0; c < r.size(); ++c) {
      out += r[c];
      if (c + 1 < r.size()) out += std::string(width[c] - display_width(r[c]) + 2, ' ');
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    os << out << '\n';
  };
  line(header);
  std::vector<std::string> rule;
  for (auto w : width) rule.push_back(std::string(w, '-'));
  line(rule);
  for (const auto& r : rows) line(r);
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

pacta::date_t today() {
  return pacta::date_t{date::floor<date::days>(std::chrono::system_clock::now())};
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
  };
  std::vector<row> rows;
  for (const auto& s : rec.states()) {
    const auto st = rec.status_on(s.state, on).code;
    if (!all && st == pacta::status::not_participant) continue;
    row r;
    r.state = s.state;
    if (s.signature && (all || *s.signature <= on)) r.signature = pacta::to_iso(*s.signature);
    for (const auto& c : s.consents)
      if (all || c.deposit <= on) r.c = &c;
    if (r.c) {
      r.consent = pacta::to_string(r.c->kind);
      r.consent_date = pacta::to_iso(r.c->deposit);
      if (r.c->entry_into_force) {
        r.eif = pacta::to_iso(r.c->entry_into_force->date);
        r.basis = rec.cite(r.c->entry_into_force->why);
      }
      for (const auto& d : r.c->denunciations) {
        if (d.withdrawn && (all || *d.withdrawn <= on)) continue;
        if (!all && d.received > on) continue;
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
      j["basis"] = (r.c && r.c->entry_into_force) ? basis_json(rec, r.c->entry_into_force->why) : nlohmann::json(nullptr);
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

/// The treaty ids a treaty's eligibility clauses name.
std::vector<std::string> parent_ids(const pacta::treaty_rules& r) {
  std::vector<std::string> ids;
  for (const auto* e : {&r.signature, &r.consent})
    for (const auto* list : {&e->parties_of, &e->signatories_of})
      for (const auto& id : *list)
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  return ids;
}

int cmd_check(const std::vector<std::string>& files, const fs::path& data_dir) {
  // Each file is read once and sorted into treaty profiles and registries. Every registry is then
  // checked with its parents (article 13): a parent registry among the files, else the bundled one.
  std::vector<pacta::diagnostic> diags;
  std::vector<std::string> profiles;
  std::vector<std::pair<std::string, std::string>> registries;  // file, treaty id
  for (const auto& f : files) {
    std::string text;
    nlohmann::json j;
    if (!pacta::detail::read_file(f, text)) {
      diags.push_back({f, "", "io.read", "cannot read the file", std::nullopt, std::nullopt});
      continue;
    }
    if (!pacta::detail::parse_json_strict(text, f, j, diags)) continue;
    if (j.is_object() && j.contains("format") && j["format"] == "pacta.treaty/1") {
      pacta::treaty_rules r;
      if (pacta::try_parse_treaty_profile(j, f, r, diags)) {
        profiles.push_back(f);
        std::cout << f << ": valid treaty profile (" << r.short_title << ")\n";
      }
      continue;
    }
    pacta::registry reg;
    if (pacta::try_registry_from_json(j, f, reg, diags)) registries.emplace_back(f, reg.treaty);
  }
  for (const auto& [file, treaty] : registries) {
    std::vector<std::string> set;
    std::vector<pacta::diagnostic> none;
    std::map<std::string, pacta::treaty_rules> no_profiles;
    if (auto rules = rules_for(treaty, no_profiles, data_dir, none)) {
      for (const auto& id : parent_ids(*rules)) {
        std::string chosen;
        for (const auto& [other, other_treaty] : registries)
          if (other != file && other_treaty == id) chosen = other;
        if (chosen.empty()) {
          const fs::path bundled = data_dir / "registries" / (id + ".json");
          std::error_code ec;
          if (fs::is_regular_file(bundled, ec)) chosen = bundled.string();
        }
        if (!chosen.empty()) set.push_back(chosen);
      }
    }
    set.push_back(file);
    loaded l;
    if (!load_all(set, profiles, treaty, data_dir, l, diags)) continue;
    std::cout << file << ": valid " << l.primary->rules().short_title << " registry, "
              << l.primary->source().actions.size() << " actions, " << l.primary->states().size() << " States";
    if (set.size() > 1) {
      std::cout << " (eligibility, article " << l.primary->rules().consent.article << ", checked against";
      for (std::size_t k = 0; k + 1 < set.size(); ++k) std::cout << ' ' << set[k];
      std::cout << ')';
    }
    std::cout << '\n';
  }
  if (diags.empty()) return exit_ok;
  print_diagnostics(diags);
  std::cerr << "pacta check: " << diags.size() << (diags.size() == 1 ? " error" : " errors")
            << "; fix each at the JSON pointer shown (the rule codes are explained in docs/registry-format.md)\n";
  return exit_invalid;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"pacta: the dates of treaty law from the record of what States did.\n"
               "Runs on the bundled OPSC registry (and the Convention's, for article 13) unless --registry is given.",
               "pacta"};
  app.set_version_flag("--version", std::string("pacta ") + pacta::version);
  app.require_subcommand(1);
  app.footer("Exit codes: 0 success, 1 invalid data, 2 usage error.\nDocumentation: docs/cli.md");

  std::vector<std::string> registry_files, profile_files;
  std::string treaty, data_dir_opt;
  app.add_option("--registry", registry_files,
                 "A registry file (repeatable). A parent treaty's registry is given the same way. Default: the "
                 "bundled OPSC and Convention registries.")
      ->check(CLI::ExistingFile);
  app.add_option("--profile", profile_files, "A treaty profile (repeatable); default: the bundled profiles.")
      ->check(CLI::ExistingFile);
  app.add_option("--treaty", treaty, "The treaty to report on when several registries are given (e.g. opsc).");
  app.add_option("--data-dir", data_dir_opt, "The bundled data directory (default: found automatically, or $PACTA_DATA_DIR).");

  std::string format = "text";
  auto* eif = app.add_subcommand("eif", "The general entry into force, the instrument(s) that completed the threshold, and the article.");
  eif->add_option("--format", format, "text or json")->check(CLI::IsMember({"text", "json"}));
  eif->footer("Example:\n  pacta eif\n  pacta eif --format json");

  std::string on_text;
  auto* parties = app.add_subcommand("parties", "One row per participant: signature, consent, entry into force and its basis, status on a date, denunciation.");
  parties->add_option("--on", on_text, "The date for the status column, YYYY-MM-DD (default: today).");
  parties->add_option("--format", format, "text, json or csv")->check(CLI::IsMember({"text", "json", "csv"}));
  bool all_states = false;
  parties->add_flag("--all", all_states,
                    "Every State of the registry, with all its recorded actions, instead of the participants on the date.");
  parties->footer("Examples:\n  pacta parties --on 2002-06-01\n  pacta parties --format csv > parties.csv");

  std::vector<std::string> check_files;
  auto* check = app.add_subcommand("check", "Validate registries and treaty profiles: one line per error (FILE: /json/pointer: message [rule]).");
  check->add_option("FILE", check_files, "Files to check")->required();
  check->footer("Exit codes: 0 all valid, 1 something invalid, 2 usage error.\nExample:\n  pacta check data/registries/opsc.json");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "pacta: " << e.what() << " (see pacta --help)\n";
    return exit_usage;
  }

  try {
    const fs::path data_dir = data_dir_opt.empty() ? find_data_dir(argv[0]) : fs::path(data_dir_opt);
    if (check->parsed()) return cmd_check(check_files, data_dir);

    if (registry_files.empty()) {
      if (!has_data(data_dir)) {
        std::cerr << "pacta: the bundled data are not in " << data_dir
                  << "; set PACTA_DATA_DIR or give --registry FILE\n";
        return exit_invalid;
      }
      registry_files = {(data_dir / "registries" / "crc.json").string(), (data_dir / "registries" / "opsc.json").string()};
    }
    loaded l;
    std::vector<pacta::diagnostic> diags;
    if (!load_all(registry_files, profile_files, treaty, data_dir, l, diags)) {
      print_diagnostics(diags);
      return exit_invalid;
    }

    if (eif->parsed()) return cmd_eif(*l.primary, format);
    if (parties->parsed()) {
      pacta::date_t on = today();
      if (!on_text.empty()) {
        auto d = pacta::parse_date(on_text);
        if (!d) {
          std::cerr << "pacta: --on \"" << on_text << "\" is not a date: write YYYY-MM-DD\n";
          return exit_usage;
        }
        on = *d;
      }
      return cmd_parties(*l.primary, on, format, all_states);
    }
  } catch (const pacta::error& e) {
    std::cerr << "pacta: " << e.what() << '\n';
    return exit_invalid;
  } catch (const std::exception& e) {
    std::cerr << "pacta: " << e.what() << '\n';
    return exit_invalid;
  }
  return exit_usage;
}
