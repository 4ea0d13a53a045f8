// pacta/detail/denunciation_profile.hpp — a treaty profile's `denunciation` (internal): the period
// after receipt (rule D1), the wait before notice (D6), the armed-conflict proviso (D4), a later date
// the notification may specify, the parent treaty's denunciation applying to it (D7), and the word
// the treaty uses ("withdrawal"). Read by pacta/treaty.hpp; docs/treaty-profiles.md lists the keys.
//
// Example: {"article": "28(2)", "delay": "1 year", "counted_from": "receipt", "later_date_article":
// "28(2)", "called": "withdrawal", "not_before": {"article": "28(1)", "period": "3 years"}} (Paris).
#pragma once

#include <pacta/detail/json_reader.hpp>
#include <pacta/detail/profile_fields.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/treaty_rules.hpp>

#include <string>
#include <vector>

namespace pacta::detail {

/// The profile's `denunciation`, as `read_denunciation_clause` reads it back: "none" (rule D5), or the
/// object with each optional key only where it is given.
inline nlohmann::json denunciation_to_json(const treaty_rules& r) {
  if (!r.denunciation_allowed) return "none";
  nlohmann::json j = {
      {"article", r.denunciation_article}, {"delay", to_string(r.denunciation_delay)}, {"counted_from", "receipt"}};
  if (!r.continuing_obligations_article.empty()) j["continuing_obligations_article"] = r.continuing_obligations_article;
  if (!r.armed_conflict_article.empty()) j["armed_conflict_article"] = r.armed_conflict_article;
  if (!r.denunciation_later_date_article.empty()) j["later_date_article"] = r.denunciation_later_date_article;
  if (r.denunciation_noun != "denunciation") j["called"] = r.denunciation_noun;
  if (!r.parent_denunciation_article.empty()) j["with_parent_article"] = r.parent_denunciation_article;
  if (r.denunciation_wait.count > 0)
    j["not_before"] = {{"article", r.denunciation_wait_article}, {"period", to_string(r.denunciation_wait)}};
  return j;
}

/// Rule D1 (and D4): the denunciation clause (`denunciation`).
inline void read_denunciation_clause(object_reader& top, treaty_rules& r, const std::string& file,
                                     std::vector<diagnostic>& diags) {
  if (const nlohmann::json* d = top.get("denunciation", true)) {
    if (d->is_string() && *d == "none") {  // rule D5: the treaty is silent
      r.denunciation_allowed = false;
      return;
    }
    detail::object_reader den(
        *d, "/denunciation", file, diags,
        {"article", "delay", "counted_from", "continuing_obligations_article", "armed_conflict_article", "not_before",
         "later_date_article", "called", "with_parent_article"},
        "\"denunciation\" (or \"none\", for a treaty without a clause on denunciation)");
    if (den.is_object()) {
      detail::read_article(den, r.denunciation_article);
      detail::read_period(den, "delay", r.denunciation_delay);
      if (auto c = den.string("counted_from", true); c && *c != "receipt")
        den.error("/denunciation/counted_from", "profile.value",
                  "\"counted_from\" must be \"receipt\": a notification counts from its receipt by the depositary "
                  "(VCLT art. 78(b), rule D1)");
      if (auto c = den.string("continuing_obligations_article", false)) r.continuing_obligations_article = *c;
      if (auto c = den.string("armed_conflict_article", false)) r.armed_conflict_article = *c;
      if (auto c = den.string("later_date_article", false)) r.denunciation_later_date_article = *c;
      if (auto c = den.string("with_parent_article", false)) {
        r.parent_denunciation_article = *c;
        if (r.parent.empty())
          den.error("/denunciation/with_parent_article", "profile.value",
                    "\"with_parent_article\" says a denunciation of the parent treaty applies to this one (CCW art. "
                    "9(3)), but the profile names no \"parent\"");
      }
      if (auto c = den.string("called", false)) {
        if (*c == "denunciation" || *c == "withdrawal")
          r.denunciation_noun = *c;
        else
          den.error("/denunciation/called", "profile.value",
                    "\"called\" must be \"denunciation\" or \"withdrawal\", as the treaty names the act, not " +
                        detail::show_value(*c));
      }
      if (const nlohmann::json* nb = den.get("not_before", false)) {  // rule D6
        detail::object_reader wait(*nb, "/denunciation/not_before", file, diags, {"article", "period"},
                                   "\"not_before\"");
        if (wait.is_object()) {
          detail::read_article(wait, r.denunciation_wait_article);
          detail::read_period(wait, "period", r.denunciation_wait);
        }
      }
    }
  }
}

}  // namespace pacta::detail
