// pacta timeline — a chart of the States parties and signatories over time, as a standalone SVG
// (timeline.hpp; docs/cli.md).
#include "app.hpp"
#include "commands.hpp"
#include "notes.hpp"
#include "output.hpp"
#include "timeline.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

namespace pacta_cli {

int cmd_timeline(const pacta::treaty_record& rec, const std::string& path, pacta::date_t until) {
  print_notes(record_notes(rec, until), "json");  // on standard error: the chart is the output
  return write_output(path, timeline_svg(rec, until).str(), "chart");
}

void add_timeline(CLI::App& app, global_options& g, command_table& t) {
  CLI::App* sub = app.add_subcommand(
      "timeline", "A chart of the number of States parties and signatories over time (standalone SVG).");
  auto svg = std::make_shared<std::string>();
  sub->add_option("--svg", *svg, "The file to write (- for standard output).")
      ->required()
      ->check(not_empty("--svg is empty or blank: name the chart's file, or - for standard output"));
  add_on(sub, g, "The end of the chart (default: the registry's as-of date).");
  sub->footer("Example:\n  pacta timeline --svg parties.svg");
  t.add(sub, [&g, svg](const run_context& ctx) {
    return on_records(ctx, {}, [&](const loaded& l, const std::string&, pacta::date_t on) {
      return cmd_timeline(*l.primary, *svg, g.on_text.empty() ? l.primary->source().as_of : on);
    });
  });
}

}  // namespace pacta_cli
