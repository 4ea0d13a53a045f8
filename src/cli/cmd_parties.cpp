// pacta parties — one row per participant: signature, consent, entry into force and its basis,
// status on a date, denunciation (docs/cli.md).
#include "app.hpp"
#include "commands.hpp"
#include "notes.hpp"
#include "output.hpp"
#include "participant_rows.hpp"
#include "table.hpp"

#include <pacta/json_shapes.hpp>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <memory>

namespace pacta_cli {
namespace {

void print_json(const pacta::treaty_record& rec, const std::vector<row>& rows, pacta::date_t on) {
  nlohmann::json arr = nlohmann::json::array();
  for (const auto& r : rows) {
    nlohmann::json j;
    auto opt = [](const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); };
    j["state"] = r.state;
    if (r.kind != pacta::participant_kind::state) j["kind"] = pacta::to_key(r.kind);  // rules E8, F1
    j["signature"] = opt(r.signature);
    j["consent"] = opt(r.consent);
    j["consent_date"] = opt(r.consent_date);
    j["entry_into_force"] = opt(r.eif);
    j["basis"] = r.eif_basis ? pacta::basis_json(rec, r.eif_basis->why) : nlohmann::json(nullptr);
    if (r.c && r.c->succession_date) j["succession_date"] = pacta::to_iso(*r.c->succession_date);
    j["status"] = r.status;
    j["on"] = pacta::to_iso(on);
    j["denunciation_received"] = opt(r.den_received);
    j["denunciation_effective"] = opt(r.den_effective);
    arr.push_back(std::move(j));
  }
  std::cout << arr.dump(2) << '\n';
}

void print_csv(const std::vector<row>& rows) {
  std::cout << "state,signature,consent,consent_date,entry_into_force,basis,status,denunciation_received,"
               "denunciation_effective\n";
  for (const auto& r : rows)
    std::cout << csv_field(r.state) << ',' << r.signature << ',' << r.consent << ',' << r.consent_date << ',' << r.eif
              << ',' << csv_field(r.basis) << ',' << r.status << ',' << r.den_received << ',' << r.den_effective
              << '\n';
}

void print_text(const pacta::treaty_record& rec, const std::vector<row>& rows, pacta::date_t on, bool all) {
  std::vector<std::vector<std::string>> table, former;
  for (const auto& r : rows)
    (r.kind == pacta::participant_kind::former_state ? former : table)
        .push_back({r.kind == pacta::participant_kind::organization ? r.state + " (organization)" : r.state,
                    r.signature, r.consent, r.consent_date, r.eif, r.basis, r.status,
                    r.den_effective.empty() ? "" : r.den_received + " -> " + r.den_effective});
  const std::vector<std::string> header{"State",    "Signature", "Consent", "Deposit",
                                        "In force", "Basis",     "Status",  "Denunciation"};
  std::cout << rec.rules().short_title << " participants on " << pacta::to_iso(on) << " (registry as of "
            << pacta::to_iso(rec.source().as_of) << ")\n\n";
  print_table(std::cout, header, table);
  std::size_t organizations = 0;  // rule E8: a party, not a State
  for (const auto& r : rows)
    if (r.kind == pacta::participant_kind::organization && !r.consent.empty()) ++organizations;
  std::cout << '\n'
            << table.size() << (all ? " States in the registry; " : " participants; ") << rec.consented_on(on)
            << (organizations ? " parties (" + std::to_string(rec.consented_on(on) - organizations) + " States and " +
                                    std::to_string(organizations) + " regional integration organization)"
                              : std::string(" States"))
            << " had consented and "
            << (rec.entry_into_force_not_computed().empty() ? std::to_string(rec.parties_on(on)) + " were bound"
                                                            : std::string("whether any was bound is NOT known"))
            << " on " << pacta::to_iso(on) << ".\n";

  if (former.empty()) return;
  std::cout << "\nFormer participants: States that no longer exist (rule F1). Their instruments counted toward the "
               "threshold; they are in none of the counts above.\n\n";
  print_table(std::cout, header, former);
}

}  // namespace

int cmd_parties(const pacta::treaty_record& rec, pacta::date_t on, const std::string& format, bool all) {
  const std::vector<row> rows = rows_on(rec, on, all);
  if (format == "json")
    print_json(rec, rows, on);
  else if (format == "csv")
    print_csv(rows);
  else
    print_text(rec, rows, on, all);
  print_notes(record_notes(rec, on), format);
  return exit_ok;
}

void add_parties(CLI::App& app, global_options& g, command_table& t) {
  CLI::App* sub = app.add_subcommand(
      "parties",
      "One row per participant: signature, consent, entry into force and its basis, status on a date, denunciation.");
  add_on(sub, g, "The date for the status column, YYYY-MM-DD (default: today).");
  add_format(sub, g);
  auto all = std::make_shared<bool>(false);
  sub->add_flag("--all", *all,
                "Every State of the registry, with all its recorded actions, instead of the participants on the date.");
  sub->footer("Examples:\n  pacta parties --on 2002-06-01\n  pacta parties --format csv > parties.csv");
  t.add(sub, [&g, all](const run_context& ctx) {
    return on_records(ctx, {}, [&](const loaded& l, const std::string&, pacta::date_t on) {
      return cmd_parties(*l.primary, on, g.format, *all);
    });
  });
}

}  // namespace pacta_cli
