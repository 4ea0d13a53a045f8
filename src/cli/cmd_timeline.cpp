// pacta timeline — a chart of the States parties and signatories over time, as a standalone SVG
// (timeline.hpp; docs/cli.md).
#include "commands.hpp"
#include "notes.hpp"
#include "output.hpp"
#include "timeline.hpp"

namespace pacta_cli {

int cmd_timeline(const pacta::treaty_record& rec, const std::string& path, pacta::date_t until) {
  print_notes({data_age_note(rec.source().as_of, until)}, "json");  // on standard error: the chart is the output
  return write_output(path, timeline_svg(rec, until).str(), "chart");
}

}  // namespace pacta_cli
