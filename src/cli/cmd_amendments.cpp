// pacta amendments — article 16: each amendment's conference, adoption, approval, acceptances and
// entry into force (docs/cli.md).
#include "app.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "table.hpp"

#include <pacta/json_shapes.hpp>

#include <CLI/CLI.hpp>
#include <iostream>

namespace pacta_cli {
namespace {

void print_amendments_csv(const pacta::treaty_record& rec) {
  std::cout << "id,proposed_by,proposed,communicated,conference_due,adopted,approved,acceptances,entry_into_force,"
               "parties_at_entry,needed_at_entry,not_in_force\n";
  const auto od = [](const std::optional<pacta::date_t>& d) { return iso_or_empty(d); };
  for (const auto& a : rec.amendments())
    std::cout << csv_field(a.id) << ',' << csv_field(a.proposer) << ',' << od(a.proposed) << ',' << od(a.communicated)
              << ',' << (a.conference_due ? pacta::to_iso(a.conference_due->date) : "") << ',' << od(a.adopted) << ','
              << od(a.approved) << ',' << a.acceptances.size() << ','
              << (a.entry_into_force ? pacta::to_iso(a.entry_into_force->date) : "") << ','
              << (a.entry_into_force ? std::to_string(a.parties_at_entry) : "") << ','
              << (a.entry_into_force ? std::to_string(a.needed_at_entry) : "") << ',' << csv_field(a.not_in_force)
              << '\n';
}

/// Rule A1: the communication, and whether a conference was due.
void print_conference(const pacta::treaty_record& rec, const pacta::amendment_record& a) {
  const auto& r = rec.rules();
  if (!r.amendment.conference || !a.window_end) {  // UN Charter art. 108: no conference is convened
    std::cout << "  communicated " << pacta::to_iso(*a.communicated) << "; no conference under " << r.short_title
              << " art. " << r.amendment.article << '\n';
    return;
  }
  std::cout << "  communicated " << pacta::to_iso(*a.communicated) << "; " << a.favours_in_window << " of "
            << a.parties_at_communication << " States Parties favoured a conference by " << pacta::to_iso(*a.window_end)
            << " (" << a.conference_needed << " needed)\n";
  if (a.conference_due)
    std::cout << "  conference due from " << pacta::to_iso(a.conference_due->date) << " ("
              << rec.cite(a.conference_due->why) << ")\n";
  else if (a.window_end && *a.window_end > rec.source().as_of)
    std::cout << "  no conference yet: the " << pacta::to_string(r.amendment.conference_window)
              << " window is open until " << pacta::to_iso(*a.window_end) << " (the registry is as of "
              << pacta::to_iso(rec.source().as_of) << "; " << r.short_title << " art. " << r.amendment.article
              << "(1), rule A1)\n";
  else
    std::cout << "  no conference: fewer than a third favoured one in time (" << r.short_title << " art. "
              << r.amendment.article << "(1), rule A1)\n";
}

/// Rule A2: the adoption, or the vote that failed.
void print_adoption(const pacta::treaty_record& rec, const pacta::amendment_record& a) {
  const auto& r = rec.rules();
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
              << " art. " << r.amendment.cited(1) << ", rule A2)\n";
}

void print_amendment(const pacta::treaty_record& rec, const pacta::amendment_record& a) {
  std::cout << "Amendment " << a.id << " to the " << rec.rules().short_title << ", proposed by " << a.proposer << " on "
            << pacta::to_iso(*a.proposed) << '\n';
  if (a.communicated) print_conference(rec, a);
  print_adoption(rec, a);
  if (a.approved) std::cout << "  approved by the General Assembly " << pacta::to_iso(*a.approved) << '\n';
  std::cout << "  " << a.acceptances.size() << " acceptances";
  if (a.acceptances_not_counted)
    std::cout << " (" << a.acceptances_not_counted << " by States that have ceased to be parties, not counted)";
  std::cout << '\n';
  if (a.entry_into_force)
    std::cout << "  in force " << pacta::to_iso(a.entry_into_force->date) << " (" << rec.cite(a.entry_into_force->why)
              << "): " << a.entry_into_force->why.reasoning << '\n';
  else if (!a.not_in_force.empty())
    std::cout << "  not in force: " << pacta::escape_controls(a.not_in_force) << '\n';
  else
    std::cout << "  not in force\n";
}

void print_amendments_text(const pacta::treaty_record& rec) {
  const auto& r = rec.rules();
  if (rec.amendments().empty()) {
    std::cout << "No amendment to the " << r.short_title << " is recorded in the registry (as of "
              << pacta::to_iso(rec.source().as_of) << "): every State Party is bound by the text as adopted"
              << (r.amendment.present ? " (article " + r.amendment.article + ")." : ".") << '\n';
    return;
  }
  for (const auto& a : rec.amendments()) print_amendment(rec, a);
}

}  // namespace

int cmd_amendments(const pacta::treaty_record& rec, const std::string& format) {
  if (format == "json") {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& a : rec.amendments()) arr.push_back(pacta::amendment_json(rec, a));
    std::cout << arr.dump(2) << '\n';
  } else if (format == "csv") {
    print_amendments_csv(rec);
  } else {
    print_amendments_text(rec);
  }
  return exit_ok;
}

void add_amendments(CLI::App& app, global_options& g, command_table& t) {
  CLI::App* sub = app.add_subcommand(
      "amendments", "Amendments under article 16: conference, adoption, approval, acceptances, entry into force.");
  add_format(sub, g);
  sub->footer("Example:\n  pacta amendments --format json");
  t.add(sub, [&g](const run_context& ctx) {
    return on_records(ctx, {}, [&g](const loaded& l, const std::string&, pacta::date_t) {
      return cmd_amendments(*l.primary, g.format);
    });
  });
}

}  // namespace pacta_cli
