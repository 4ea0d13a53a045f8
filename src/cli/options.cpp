// pacta CLI — the `--option NAME=VALUE` parser (see options.hpp).
#include "options.hpp"

#include <initializer_list>
#include <type_traits>
#include <utility>

namespace pacta_cli {

bool apply_option(const std::string& text, pacta::record_options& o, std::string& error) {
  const auto eq = text.find('=');
  const std::string name = text.substr(0, eq), value = eq == std::string::npos ? "" : text.substr(eq + 1);
  auto pick = [&](auto& field, std::initializer_list<std::pair<const char*, std::decay_t<decltype(field)>>> values) {
    std::string known;
    for (const auto& [v, e] : values) {
      if (value == v) {
        field = e;
        return true;
      }
      known += (known.empty() ? "" : "|") + std::string(v);
    }
    error = "--option " + name + " takes " + known + ", not \"" + value + "\"";
    return false;
  };
  using pb = pacta::party_basis;
  if (name == "amendment-count")
    return pick(o.amendment_basis, {{"each-day", pacta::amendment_count_basis::each_acceptance},
                                    {"approval", pacta::amendment_count_basis::approval}});
  if (name == "amendment-parties")
    return pick(o.amendment_party_basis, {{"deposited", pb::deposited}, {"in-force", pb::in_force}});
  if (name == "parent-party")
    return pick(o.parent_party_basis, {{"deposited", pb::deposited}, {"in-force", pb::in_force}});
  if (name == "status")
    return pick(o.view, {{"as-recorded", pacta::status_view::as_recorded},
                         {"as-known-then", pacta::status_view::as_known_then}});
  if (name == "leap-day")
    return pick(o.leap_day,
                {{"feb-28", pacta::leap_day_rule::last_of_february}, {"mar-1", pacta::leap_day_rule::first_of_march}});
  if (name == "denounced-signatory")
    return pick(o.signatory_after_denunciation, {{"eligible", pacta::denounced_signatory::eligible},
                                                 {"not-eligible", pacta::denounced_signatory::not_eligible}});
  if (name == "parent-signatory")
    return pick(o.signatory_reading, {{"depositary", pacta::parent_signatory_reading::depositary_practice},
                                      {"literal", pacta::parent_signatory_reading::literal}});
  if (name == "former-end")
    return pick(o.former_state_end,
                {{"exists", pacta::unrecorded_end::exists}, {"last-act", pacta::unrecorded_end::after_last_act}});
  if (name == "newly-independent")
    return pick(o.newly_independent, {{"succession", pacta::newly_independent_reading::date_of_succession},
                                      {"notification", pacta::newly_independent_reading::notification}});
  if (name == "predecessor-not-bound")
    return pick(o.unbound_predecessor, {{"predecessor", pacta::unbound_predecessor_reading::predecessor_in_force},
                                        {"succession", pacta::unbound_predecessor_reading::date_of_succession}});
  if (name == "report-anchor")
    return pick(o.report_anchor, {{"initial-due", pacta::report_cycle_anchor::initial_due},
                                  {"initial-submitted", pacta::report_cycle_anchor::initial_submitted}});
  error = "--option \"" + text +
          "\": unknown; one of amendment-count, amendment-parties, parent-party, status, leap-day, "
          "denounced-signatory, parent-signatory, former-end, newly-independent, predecessor-not-bound, report-anchor "
          "(NAME=VALUE; docs/cli.md)";
  return false;
}

}  // namespace pacta_cli
