// pacta/detail/amendment_profile.hpp — a treaty profile's `amendment` (internal): the conference
// (rule A1), the shares, the approval, the States whose acceptance is needed (A3) and whom it binds
// (A4). Read and written by pacta/treaty.hpp; docs/treaty-profiles.md lists the keys.
//
// Example: {"article": "16", "conference_window": "4 months", "conference_share": "1/3",
// "acceptance_share": "2/3"} (OPSC); {"article": "108", "acceptance_share": "2/3", "approval": false,
// "including": ["China", "France", …], "binds": "all"} (UN Charter art. 108).
#pragma once

#include <pacta/action.hpp>
#include <pacta/detail/json_reader.hpp>
#include <pacta/detail/profile_fields.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/share.hpp>
#include <pacta/treaty_rules.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace pacta::detail {

/// A share as a profile writes it: "2/3".
inline std::string share_text(share s) {
  return std::to_string(s.numerator) + "/" + std::to_string(s.denominator);
}

/// The profile's `amendment`, as `read_amendment_clause` reads it back: each optional key only where
/// it differs from the default.
inline nlohmann::json amendment_to_json(const amendment_clause& a) {
  nlohmann::json j = {{"article", a.article}};
  if (a.conference) {
    j["conference_window"] = to_string(a.conference_window);
    j["conference_share"] = share_text(a.conference_share);
  }
  j["acceptance_share"] = share_text(a.acceptance_share);
  if (!a.approval) j["approval"] = false;
  if (!a.including.empty()) j["including"] = a.including;
  if (a.binds_all) j["binds"] = "all";
  return j;
}

inline void read_share(object_reader& r, const char* key, share& out) {
  auto s = r.string(key, true);
  if (!s) return;
  const auto slash = s->find('/');
  int num = 0, den = 0;
  bool ok = slash != std::string::npos && slash > 0 && slash + 1 < s->size() && slash <= 3 && s->size() - slash <= 4;
  for (std::size_t i = 0; ok && i < s->size(); ++i) {
    if (i == slash) continue;
    const char c = (*s)[i];
    if (c < '0' || c > '9')
      ok = false;
    else if (i < slash)
      num = num * 10 + (c - '0');
    else
      den = den * 10 + (c - '0');
  }
  if (!ok || num < 1 || den < 1 || num > den) {
    r.error(
        r.member_pointer(key), "profile.share",
        detail::show_value(*s) + " is not a share of the States Parties: write a fraction such as \"1/3\" or \"2/3\"");
    return;
  }
  out = {num, den};
}

/// Rule A3: the States an amendment's entry into force needs (`amendment.including`), each a usable
/// name, once.
inline void read_including(object_reader& am, std::vector<std::string>& out) {
  read_unique_list(am, "including", "the States whose acceptance is needed", out,
                   [&](const nlohmann::json& n, const std::string& here) -> std::optional<std::string> {
                     if (n.is_string() && valid_state_name(n.get_ref<const std::string&>()))
                       return n.get<std::string>();
                     am.error(here, "state.name",
                              n.is_string() ? unusable_name(n.get_ref<const std::string&>(), "State")
                                            : "each of \"including\" is a State's name, not " + detail::type_name(n));
                     return std::nullopt;
                   });
}

/// Rules A1–A3: the amendment clause (`amendment`, optional).
inline void read_amendment_clause(object_reader& top, treaty_rules& r, const std::string& file,
                                  std::vector<diagnostic>& diags) {
  if (const nlohmann::json* a = top.get("amendment", false)) {
    detail::object_reader am(
        *a, "/amendment", file, diags,
        {"article", "conference_window", "conference_share", "acceptance_share", "approval", "including", "binds"},
        "\"amendment\"");
    if (am.is_object()) {
      r.amendment.present = true;
      detail::read_article(am, r.amendment.article);
      // Rule A1's conference: both its window and its share, or neither (no conference).
      const bool window = am.get("conference_window", false), share = am.get("conference_share", false);
      r.amendment.conference = window || share;
      if (window != share)
        am.error(am.member_pointer(window ? "conference_window" : "conference_share"), "profile.value",
                 "\"conference_window\" and \"conference_share\" go together (rule A1): give both, or neither where "
                 "the treaty convenes no conference");
      if (window && share) {
        detail::read_period(am, "conference_window", r.amendment.conference_window);
        detail::read_share(am, "conference_share", r.amendment.conference_share);
      }
      detail::read_share(am, "acceptance_share", r.amendment.acceptance_share);
      if (const nlohmann::json* v = am.get("approval", false)) {
        if (v->is_boolean())
          r.amendment.approval = v->get<bool>();
        else
          am.error(am.member_pointer("approval"), "schema.type",
                   "\"approval\" must be true or false, not " + detail::type_name(*v));
      }
      read_including(am, r.amendment.including);
      if (auto b = am.string("binds", false)) {
        if (*b == "all" || *b == "accepting")
          r.amendment.binds_all = *b == "all";
        else
          am.error(am.member_pointer("binds"), "profile.value",
                   "\"binds\" is \"accepting\" (an amendment binds the parties that accepted it, OPSC art. 16(3)) "
                   "or \"all\" (every party once in force, UN Charter art. 108), not " +
                       detail::show_value(*b));
      }
    }
  }
}

}  // namespace pacta::detail
