// pacta/detail/provisional_profile.hpp — a treaty profile's `provisional_application` (internal):
// the article that lets a State declare it will apply part of the treaty provisionally, what it
// applies, and when the declaration may be made (rule V1). Read by pacta/treaty.hpp;
// docs/treaty-profiles.md lists the keys.
//
// Example: {"article": "23", "applies": "articles 6 and 7", "declared_at": ["signature", "consent"]}
// (the Arms Trade Treaty).
#pragma once

#include <pacta/detail/json_reader.hpp>
#include <pacta/detail/profile_fields.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/treaty_rules.hpp>

#include <optional>
#include <string>
#include <vector>

namespace pacta::detail {

/// The profile's `provisional_application`, as `read_provisional_clause` reads it back.
inline nlohmann::json provisional_to_json(const provisional_clause& c) {
  nlohmann::json at = nlohmann::json::array();
  if (c.at_signature) at.push_back("signature");
  if (c.at_consent) at.push_back("consent");
  return {{"article", c.article}, {"applies", c.applies}, {"declared_at", std::move(at)}};
}

/// Rule V1: the clause on provisional application (`provisional_application`, optional).
inline void read_provisional_clause(object_reader& top, treaty_rules& r, const std::string& file,
                                    std::vector<diagnostic>& diags) {
  const nlohmann::json* p = top.get("provisional_application", false);
  if (!p) return;
  object_reader pa(*p, "/provisional_application", file, diags, {"article", "applies", "declared_at"},
                   "\"provisional_application\"");
  if (!pa.is_object()) return;
  provisional_clause& c = r.provisional_application;
  c.present = true;
  read_article(pa, c.article);
  if (auto a = pa.string("applies", true)) c.applies = *a;  // not empty (schema.empty)
  std::vector<std::string> at;
  pa.get("declared_at", true);  // required: when the declaration may be made (schema.missing-key)
  read_unique_list(pa, "declared_at", "\"signature\" or \"consent\"", at,
                   [&](const nlohmann::json& v, const std::string& here) -> std::optional<std::string> {
                     if (v.is_string() && (v == "signature" || v == "consent")) return v.get<std::string>();
                     pa.error(here, "profile.value",
                              "a declaration of provisional application is made at \"signature\" or at the deposit "
                              "of the instrument of consent (\"consent\"), not " +
                                  (v.is_string() ? show_value(v.get_ref<const std::string&>()) : type_name(v)));
                     return std::nullopt;
                   });
  for (const auto& w : at) (w == "signature" ? c.at_signature : c.at_consent) = true;
}

}  // namespace pacta::detail
