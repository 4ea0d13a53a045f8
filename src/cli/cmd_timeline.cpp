// pacta timeline — a chart of the States parties and signatories over time, as a standalone SVG
// (timeline.hpp; docs/cli.md).
#include "commands.hpp"
#include "output.hpp"
#include "timeline.hpp"

namespace pacta_cli {

int cmd_timeline(const pacta::treaty_record& rec, const std::string& path, pacta::date_t until) {
  return write_output(path, timeline_svg(rec, until), "chart");
}

}  // namespace pacta_cli
