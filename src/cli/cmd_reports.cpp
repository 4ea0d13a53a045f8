// pacta reports — article 12: each State's initial and next report due, overdue or not
// (docs/cli.md).
#include "app.hpp"
#include "commands.hpp"
#include "loading.hpp"
#include "notes.hpp"
#include "output.hpp"
#include "report_words.hpp"
#include "table.hpp"

#include <pacta/json_shapes.hpp>
#include <pacta/state_across.hpp>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <memory>

namespace pacta_cli {
namespace {

/// The overdue column: yes, no, unknown (submissions not recorded), or empty when nothing is due.
std::string overdue_text(const pacta::report_position& p) {
  switch (p.overdue) {
    case pacta::overdue_state::overdue:
      return std::string("yes");
    case pacta::overdue_state::on_time:
      return std::string("no");
    case pacta::overdue_state::unknown:
      break;
  }
  return std::string(p.owes_reports && p.next_due ? "unknown" : "");
}

/// CSV, one row per State; an `illustrative` column (every row `true`) when the reports file is.
void print_csv(const pacta::treaty_record& rec, const std::vector<pacta::report_position>& rows,
               bool illustrative = false) {
  std::cout << "state,entry_into_force,initial_report_due,reports_submitted,next_report,periodic_number,"
               "next_report_due,basis,overdue,days_overdue"
            << (illustrative ? ",illustrative\n" : "\n");
  for (const auto& p : rows)
    std::cout << csv_field(p.state) << ',' << iso_or_empty(p.entry_into_force) << ',' << iso_or_empty(p.initial_due)
              << ',' << (p.submissions_recorded ? std::to_string(p.submitted.size()) : std::string()) << ','
              << (p.next_report ? pacta::to_key(*p.next_report) : "") << ','
              << (p.periodic_number ? std::to_string(*p.periodic_number) : "") << ',' << iso_or_empty(p.next_due) << ','
              << csv_field(p.next_due ? rec.cite(p.next_due->why) : "") << ',' << overdue_text(p) << ','
              << (p.overdue == pacta::overdue_state::overdue ? std::to_string(p.days_overdue->count()) : "")
              << (illustrative ? ",true\n" : "\n");
}

void print_text(const pacta::treaty_record& rec, const std::vector<pacta::report_position>& rows, pacta::date_t on,
                const std::string& reports_path, bool overdue_only) {
  const bool known = !reports_path.empty();  // without submissions, no Submitted or Overdue column
  std::vector<std::vector<std::string>> table;
  for (const auto& p : rows) {
    std::vector<std::string> row{p.state, iso_or_empty(p.entry_into_force), iso_or_empty(p.initial_due)};
    if (known) row.push_back(std::to_string(p.submitted.size()));
    row.insert(row.end(), {next_report_text(rec.rules(), p), iso_or_empty(p.next_due),
                           p.next_due ? rec.cite(p.next_due->why) : ""});
    if (known)
      row.push_back(overdue_text(p) + (p.overdue == pacta::overdue_state::overdue
                                           ? " (" + std::to_string(p.days_overdue->count()) + " days)"
                                           : ""));
    table.push_back(std::move(row));
  }
  std::cout << rec.rules().short_title << " reports (article " << rec.rules().reporting.article << ") on "
            << pacta::to_iso(on) << ", "
            << (known ? "submissions from " + shown(reports_path) : std::string("submissions not recorded")) << "\n\n";
  if (known)
    print_table(std::cout, {"State", "In force", "Initial due", "Submitted", "Next", "Next due", "Basis", "Overdue"},
                table);
  else
    print_table(std::cout, {"State", "In force", "Initial due", "Next", "Next due", "Basis"}, table);
  std::cout << '\n'
            << rows.size()
            << (overdue_only ? " States with an overdue report." : " States owing or having owed reports.") << '\n';
}

/// The notes of a reports output: submissions not recorded, the registry older than the date asked.
std::vector<std::string> reports_notes(const pacta::treaty_record& rec, pacta::date_t on,
                                       const pacta::reports_file* file) {
  return {file ? reports_age_note({file}, on) : submissions_note(), data_age_note(rec.source().as_of, on)};
}

}  // namespace

int cmd_reports(const pacta::treaty_record& rec, const pacta::treaty_record* parent, pacta::date_t on,
                const std::string& reports_path, bool overdue_only, const std::string& format) {
  if (!rec.rules().reporting.present) {  // OPIC, ICCPR-OP1, OP-CEDAW, …: no report is asked
    const std::string says = pacta::no_report_dates_sentence(rec.rules());
    if (format == "json")
      std::cout << "[]\n";
    else if (format == "csv")
      print_csv(rec, {});
    else
      std::cout << says << '\n';
    if (format == "json" || format == "csv") std::cerr << "pacta: " << says << '\n';
    return exit_ok;
  }
  pacta::reports_file rf;
  if (!reports_path.empty() && !load_reports(reports_path, rec, parent, rf)) return exit_invalid;
  const pacta::reporting rep(rec, parent, reports_path.empty() ? nullptr : &rf);
  auto all = rep.positions(on);
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.state < b.state; });
  std::vector<pacta::report_position> rows;
  for (auto& p : all)
    if (!overdue_only || p.overdue == pacta::overdue_state::overdue) rows.push_back(std::move(p));
  const std::string marking = illustrative_note({reports_path.empty() ? nullptr : &rf});
  print_illustrative(marking, format);
  if (format == "json") {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& p : rows) {
      arr.push_back(pacta::report_position_json(rec, p));
      if (!marking.empty()) arr.back()["illustrative"] = true;
    }
    std::cout << arr.dump(2) << '\n';
  } else if (format == "csv") {
    print_csv(rec, rows, !marking.empty());
  } else {
    print_text(rec, rows, on, reports_path, overdue_only);
  }
  print_notes(reports_notes(rec, on, reports_path.empty() ? nullptr : &rf), format);
  return exit_ok;
}

namespace {

/// --overdue without a reports file: said, a usage error.
bool overdue_without_reports(bool overdue, bool has_reports) {
  if (!overdue || has_reports) return false;
  std::cerr
      << "pacta: --overdue needs --reports FILE: without a record of submissions no report can be called overdue\n";
  return true;
}

}  // namespace

void add_reports(CLI::App& app, global_options& g, command_table& t) {
  CLI::App* sub = app.add_subcommand(
      "reports", "Reporting under article 12: initial report due, next report due, overdue or not, per State.");
  add_on(sub, g, "The date to judge by, YYYY-MM-DD (default: today).");
  add_reports_option(sub, g, "A reports file (pacta.reports/1): submissions and Committee-set due dates.");
  add_all_treaties(sub, g);
  auto overdue = std::make_shared<bool>(false);
  sub->add_flag("--overdue", *overdue, "Only the States with an overdue report (needs --reports).");
  add_format(sub, g);
  sub->footer(
      "Examples:\n  pacta reports --on 2026-02-03\n  pacta reports --reports examples/data/reports-illustrative.json "
      "--overdue --format csv\n  pacta reports --all-treaties --on 2026-11-30");
  t.add(sub, [&g, overdue](const run_context& ctx) {
    if (g.all_treaties)
      return across_treaties(
          ctx, "--all-treaties",
          [&](const pacta::treaty_set& set, pacta::date_t on) {
            return cmd_reports_all(set, on, g.reports_paths, *overdue, g.format);
          },
          [&] { return !overdue_without_reports(*overdue, !g.reports_paths.empty()); });
    return on_records(ctx, {true}, [&](const loaded& l, const std::string& reports_path, pacta::date_t on) {
      if (overdue_without_reports(*overdue, !reports_path.empty())) return exit_usage;
      return cmd_reports(*l.primary, parent_of(l), on, reports_path, *overdue, g.format);
    });
  });
}

}  // namespace pacta_cli
