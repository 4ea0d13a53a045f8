// pacta/detail/simplified_procedure_profile.hpp — a treaty profile's `simplified_procedure`
// (internal): the article by which a State that signed subject to it is considered to have
// established its consent on a day the treaty fixes, and that day (rule E10). Read by
// pacta/treaty.hpp; docs/treaty-profiles.md lists the keys.
//
// Example: {"article": "5", "established_on": "1995-07-28"} (the Part XI Agreement, art. 5: "12
// months after the date of its adoption", 28 July 1994).
#pragma once

#include <pacta/detail/json_reader.hpp>
#include <pacta/detail/profile_fields.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/treaty_rules.hpp>

#include <string>
#include <vector>

namespace pacta::detail {

/// The profile's `simplified_procedure`, as `read_simplified_procedure` reads it back.
inline nlohmann::json simplified_procedure_to_json(const simplified_procedure_clause& c) {
  return {{"article", c.article}, {"established_on", to_iso(c.established_on)}};
}

/// Rule E10: the clause of a simplified procedure of consent (`simplified_procedure`, optional).
inline void read_simplified_procedure(object_reader& top, treaty_rules& r, const std::string& file,
                                      std::vector<diagnostic>& diags) {
  const nlohmann::json* p = top.get("simplified_procedure", false);
  if (!p) return;
  object_reader sp(*p, "/simplified_procedure", file, diags, {"article", "established_on"}, "\"simplified_procedure\"");
  if (!sp.is_object()) return;
  simplified_procedure_clause& c = r.simplified_procedure;
  c.present = true;
  read_article(sp, c.article);
  if (auto d = read_date(sp, "established_on", true)) c.established_on = *d;
}

}  // namespace pacta::detail
