// pacta treaties — every bundled instrument: id, short title, chapter, general entry into force,
// signatories and parties on a date, and the registry's as-of date (docs/cli.md).
#include "app.hpp"
#include "commands.hpp"
#include "loading.hpp"
#include "notes.hpp"
#include "output.hpp"
#include "table.hpp"

#include <pacta/json_shapes.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <iostream>

namespace pacta_cli {
namespace {

/// One bundled instrument: its profile, and its record when the data hold its registry.
struct instrument {
  pacta::treaty_rules rules;
  const pacta::treaty_record* rec = nullptr;
};

/// Every bundled profile, in chapter order (IV-2, IV-3, IV-3-a, …, IV-16), with its record.
std::vector<instrument> instruments(const pacta::treaty_set& set, std::vector<pacta::diagnostic>& diags) {
  std::vector<instrument> out;
  for (const auto& id : pacta::profile_ids(set.data_dir())) {
    if (const pacta::treaty_record* rec = set.find(id))  // built under these rules: not read again
      out.push_back({rec->rules(), rec});
    else if (auto rules = set.rules_for(id, diags))
      out.push_back({std::move(*rules), nullptr});
  }
  std::stable_sort(out.begin(), out.end(), [](const instrument& a, const instrument& b) {
    return pacta::chapter_less(a.rules.untc_chapter, b.rules.untc_chapter);
  });
  return out;
}

nlohmann::json instrument_json(const instrument& i, pacta::date_t on) {
  nlohmann::json j{
      {"id", i.rules.id},
      {"short_title", i.rules.short_title},
      {"title", i.rules.title},
      {"chapter", i.rules.untc_chapter.empty() ? nlohmann::json(nullptr) : nlohmann::json(i.rules.untc_chapter)},
      {"registry", i.rec != nullptr}};
  if (!i.rec) {
    for (const char* k : {"entry_into_force", "basis", "signatories", "parties", "as_of"}) j[k] = nullptr;
    return j;
  }
  const auto& g = i.rec->entry_into_force();
  j["entry_into_force"] = g ? nlohmann::json(pacta::to_iso(g->date)) : nlohmann::json(nullptr);
  if (!g && !i.rec->entry_into_force_not_computed().empty()) j["not_computed"] = i.rec->entry_into_force_not_computed();
  j["basis"] = g ? pacta::basis_json(*i.rec, g->why) : nlohmann::json(nullptr);
  j["signatories"] = pacta::signatories_on(*i.rec, on);
  j["parties"] = i.rec->consented_on(on);
  j["as_of"] = pacta::to_iso(i.rec->source().as_of);
  return j;
}

std::vector<std::string> instrument_row(const instrument& i, pacta::date_t on) {
  if (!i.rec) return {i.rules.id, i.rules.short_title, i.rules.untc_chapter, "", "", "", "no registry bundled"};
  const auto& g = i.rec->entry_into_force();
  return {i.rules.id,
          i.rules.short_title,
          i.rules.untc_chapter,
          g                                                ? pacta::to_iso(g->date)
          : i.rec->entry_into_force_not_computed().empty() ? "not in force"
                                                           : "NOT computed",
          std::to_string(pacta::signatories_on(*i.rec, on)),
          std::to_string(i.rec->consented_on(on)),
          pacta::to_iso(i.rec->source().as_of)};
}

}  // namespace

int cmd_treaties(const pacta::treaty_set& set, pacta::date_t on, const std::string& format,
                 const std::string& chapter) {
  std::vector<pacta::diagnostic> diags;
  auto all = instruments(set, diags);
  all.erase(std::remove_if(all.begin(), all.end(),
                           [&](const instrument& i) { return !pacta::in_chapter(i.rules.untc_chapter, chapter); }),
            all.end());
  if (!diags.empty()) {
    print_diagnostics(diags);
    return exit_invalid;
  }
  std::optional<pacta::date_t> oldest;  // the registries' as-of dates: acts after the oldest are not all known
  for (const auto& i : all)
    if (i.rec) oldest = oldest ? std::min(*oldest, i.rec->source().as_of) : i.rec->source().as_of;
  std::vector<std::string> notes{oldest ? data_age_note(*oldest, on, "The oldest registry") : std::string()};
  for (const auto& i : all)  // rule D7: the parties counted may have left through a parent not loaded
    if (i.rec) notes.push_back(parent_not_known_note(*i.rec));
  if (format == "json") {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& i : all) arr.push_back(instrument_json(i, on));
    std::cout
        << nlohmann::json{{"on", pacta::to_iso(on)}, {"treaties", std::move(arr)}, {"notes", nonempty(notes)}}.dump(2)
        << '\n';
    return exit_ok;
  }
  std::vector<std::vector<std::string>> rows;
  for (const auto& i : all) rows.push_back(instrument_row(i, on));
  if (format == "csv") {
    std::cout << "id,short_title,chapter,entry_into_force,signatories,parties,registry_as_of\n";
    for (const auto& r : rows) {
      const bool registry = r[6] != "no registry bundled";
      std::cout << r[0] << ',' << csv_field(r[1]) << ',' << r[2] << ',' << r[3] << ',' << r[4] << ',' << r[5] << ','
                << (registry ? r[6] : "") << '\n';
    }
    print_notes(notes, format);
    return exit_ok;
  }
  std::size_t with = 0;
  for (const auto& i : all) with += i.rec ? 1 : 0;
  std::cout << "The bundled instruments on " << pacta::to_iso(on) << " (signatories: States that had signed; parties: "
            << "States that had consented to be bound)\n\n";
  print_table(std::cout, {"Id", "Short title", "Chapter", "In force", "Signatories", "Parties", "Registry as of"},
              rows);
  std::cout << '\n'
            << all.size() << (all.size() == 1 ? " instrument; " : " instruments; ") << with
            << " with a bundled registry. pacta --treaty ID eif gives each "
            << "date's article and reasoning.\n";
  print_notes(notes, format);
  return exit_ok;
}

void add_treaties(CLI::App& app, global_options& g, command_table& t) {
  CLI::App* sub = app.add_subcommand(
      "treaties", "Every bundled instrument: id, short title, chapter, entry into force, signatories and parties.");
  add_on(sub, g, "The date of the counts, YYYY-MM-DD (default: today).");
  add_format(sub, g);
  add_chapter(sub, g);
  sub->footer("Examples:\n  pacta treaties --format csv\n  pacta treaties --chapter XXVI");
  t.add(sub, [&g](const run_context& ctx) {
    return across_treaties(ctx, "treaties", [&](const pacta::treaty_set& set, pacta::date_t on) {
      return cmd_treaties(set, on, g.format, g.chapter);
    });
  });
}

}  // namespace pacta_cli
