// pacta eif — the general entry into force, the instrument(s) that completed the threshold and the
// article (docs/cli.md).
#include "app.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "table.hpp"

#include <pacta/json_shapes.hpp>

#include <CLI/CLI.hpp>
#include <iostream>

namespace pacta_cli {
namespace {

/// The instruments that count toward the threshold (an organization's may not: rule E8; nor one of
/// a kind the clause does not count: rule E1).
std::size_t instruments_deposited(const pacta::treaty_record& rec) {
  std::size_t deposited = 0;
  for (const auto& s : rec.states())
    for (const auto& c : s.consents) deposited += pacta::counts_instrument(rec.rules(), s, c) ? 1 : 0;
  return deposited;
}

/// The States whose optional declarations the importer could not read (rule O1: NOT known).
std::vector<std::string> unread_declarations(const pacta::treaty_record& rec) {
  std::vector<std::string> out;
  for (const auto& s : rec.states())
    if (!pacta::declarations_not_imported(rec, s).empty()) out.push_back(s.state);
  return out;
}

/// Rule O1: each article that takes optional declarations, with its own entry into force.
nlohmann::json optional_declarations_json(const pacta::treaty_record& rec) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& d : rec.optional_declarations()) {
    nlohmann::json j = {{"article", d.clause.article},
                        {"subject", d.clause.subject},
                        {"threshold", d.clause.threshold},
                        {"declarations_made", d.declarations.size()}};
    if (d.clause.threshold == 0)
      j["entry_into_force"] = "each-declaration";
    else if (d.in_force) {
      j["entry_into_force"] = pacta::to_iso(d.in_force->date);
      j["completing_states"] = d.completing;
      j["basis"] = pacta::basis_json(rec, d.in_force->why);
      j["recorded_by_depositary"] = d.recorded;  // the registry's articles_in_force
      if (d.recorded)
        j["from_declarations_recorded"] = d.computed ? nlohmann::json(pacta::to_iso(*d.computed)) : nullptr;
    } else {
      j["entry_into_force"] = nullptr;
    }
    out.push_back(std::move(j));
  }
  return out;
}

void print_optional_declarations(const pacta::treaty_record& rec) {
  if (rec.optional_declarations().empty()) return;
  const auto unread = unread_declarations(rec);
  std::cout << "Optional declarations (rule O1):\n";
  for (const auto& d : rec.optional_declarations()) {
    std::cout << "  article " << d.clause.article << " (" << d.clause.subject << "): ";
    const std::string made = std::to_string(d.declarations.size()) + " declaration" +
                             (d.declarations.size() == 1 ? "" : "s") + " recorded in the registry";
    if (d.clause.threshold == 0)
      std::cout << "no threshold: each declaration has effect from when it is made, and not before the treaty binds "
                   "its State; "
                << made << ".\n";
    else if (d.in_force)
      std::cout << "in force " << pacta::to_prose(d.in_force->date) << " (" << rec.cite(d.in_force->why) << "). "
                << pacta::escape_controls(d.in_force->why.reasoning) << "\n";
    else if (d.declarations.empty())
      std::cout
          << "in force when " << d.clause.threshold << " States Parties have declared (article "
          << d.clause.threshold_article
          << "); the registry records no declaration under it, so its entry into force is NOT computed (the "
             "importer reads only the status page's section \"Declarations recognizing the competence\", and this page "
             "prints none there).\n";
    else
      std::cout << "in force when " << d.clause.threshold << " States Parties have declared (article "
                << d.clause.threshold_article << "); " << made << ": not yet reached.\n";
  }
  if (!unread.empty())
    std::cout << "  NOT known: the declarations of " << pacta::escape_controls(pacta::detail::and_list(unread))
              << " (entries of the status page the importer could not read; `pacta state` says why): the counts above "
                 "may be short.\n";
}

void print_json(const pacta::treaty_record& rec) {
  const auto& g = rec.entry_into_force();
  const auto& r = rec.rules();
  nlohmann::json j;
  j["treaty"] = r.id;
  j["title"] = r.title;
  j["as_of"] = pacta::to_iso(rec.source().as_of);
  j["threshold"] = r.threshold;
  j["instruments_deposited"] = instruments_deposited(rec);
  if (g) {
    j["entry_into_force"] = pacta::to_iso(g->date);
    j["threshold_date"] = pacta::to_iso(g->threshold_date);
    j["completing_states"] = g->completing;
    j["first_ordinal"] = g->first_ordinal;
    j["last_ordinal"] = g->last_ordinal;
    j["basis"] = pacta::basis_json(rec, g->why);
  } else {
    j["entry_into_force"] = nullptr;
    if (!rec.entry_into_force_not_computed().empty()) j["not_computed"] = rec.entry_into_force_not_computed();
  }
  if (!rec.optional_declarations().empty()) {
    j["optional_declarations"] = optional_declarations_json(rec);
    j["declarations_not_imported"] = unread_declarations(rec);
  }
  std::cout << j.dump(2) << '\n';
}

void print_eif_csv(const pacta::treaty_record& rec) {
  const auto& g = rec.entry_into_force();
  std::cout << "treaty,entry_into_force,threshold,threshold_date,completing_states,citation,reasoning\n";
  std::string completing;
  if (g)
    for (std::size_t k = 0; k < g->completing.size(); ++k) completing += (k ? "; " : "") + g->completing[k];
  std::cout << rec.rules().id << ',' << (g ? pacta::to_iso(g->date) : "") << ',' << rec.rules().threshold << ','
            << (g ? pacta::to_iso(g->threshold_date) : "") << ',' << csv_field(completing) << ','
            << csv_field(g ? rec.cite(g->why) : "") << ','
            << csv_field(g ? g->why.reasoning
                         : rec.entry_into_force_not_computed().empty()
                             ? std::string()
                             : "NOT computed: " + rec.entry_into_force_not_computed())
            << '\n';
}

void print_eif_text(const pacta::treaty_record& rec) {
  const auto& g = rec.entry_into_force();
  const auto& r = rec.rules();
  std::cout << r.short_title << (r.title == r.short_title ? std::string() : ": " + r.title) << '\n';
  if (!g && !rec.entry_into_force_not_computed().empty()) {
    std::cout << "Entry into force: NOT computed: " << pacta::escape_controls(rec.entry_into_force_not_computed())
              << ".\n";
  } else if (!g && rec.rules().general_clause) {
    std::cout << "Not yet in force: the condition of article " << r.general_article
              << " is not met on the record (registry as of " << pacta::to_prose(rec.source().as_of) << ").\n";
  } else if (!g) {
    std::cout << "Not yet in force: " << instruments_deposited(rec) << " of the " << r.threshold
              << " instruments required by article " << r.general_article << " have been deposited (registry as of "
              << pacta::to_prose(rec.source().as_of) << ").\n";
  } else {
    std::cout << "Entry into force: " << pacta::to_prose(g->date) << " (" << pacta::to_iso(g->date) << "), "
              << rec.cite(g->why) << '\n';
    std::cout << g->why.reasoning << '\n';
  }
  print_optional_declarations(rec);
}

}  // namespace

int cmd_eif(const pacta::treaty_record& rec, const std::string& format) {
  if (format == "json")
    print_json(rec);
  else if (format == "csv")
    print_eif_csv(rec);
  else
    print_eif_text(rec);
  return exit_ok;
}

void add_eif(CLI::App& app, global_options& g, command_table& t) {
  CLI::App* sub = app.add_subcommand(
      "eif", "The general entry into force, the instrument(s) that completed the threshold, and the article.");
  add_format(sub, g);
  sub->footer("Example:\n  pacta eif\n  pacta eif --format json");
  t.add(sub, [&g](const run_context& ctx) {
    return on_records(
        ctx, {}, [&g](const loaded& l, const std::string&, pacta::date_t) { return cmd_eif(*l.primary, g.format); });
  });
}

}  // namespace pacta_cli
