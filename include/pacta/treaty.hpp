// pacta/treaty.hpp — a treaty profile: the final clauses (pacta/treaty_rules.hpp) read from JSON.
//
// A profile (`data/treaties/*.json`, format `pacta.treaty/1`, docs/treaty-profiles.md) describes
// a treaty's final clauses as `pacta::treaty_rules` holds them. The built-in rules
// (`opsc_rules()`, …) and the bundled profiles are the same values; a profile is how a treaty
// pacta does not build in is described without code.
//
// Example:
//   pacta::treaty_rules r = pacta::load_treaty_profile("data/treaties/opsc.json");
//   assert(r == pacta::opsc_rules());
//   assert(r.threshold == 10 && r.general_delay == pacta::period::months(3));
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/detail/amendment_profile.hpp>
#include <pacta/detail/clause_json.hpp>
#include <pacta/detail/denunciation_profile.hpp>
#include <pacta/detail/json_reader.hpp>
#include <pacta/detail/profile_fields.hpp>
#include <pacta/detail/provisional_profile.hpp>
#include <pacta/detail/simplified_procedure_profile.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/treaty_id.hpp>
#include <pacta/treaty_rules.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta {

namespace detail {

inline nlohmann::json eligibility_to_json(const eligibility& e) {
  nlohmann::json j;
  j["article"] = e.article;
  if (e.un_members)
    j["open_to"] = "un-members";
  else if (e.any_state)
    j["open_to"] = "any-state";
  else
    j["open_to"] = {{"parties_of", e.parties_of}, {"signatories_of", e.signatories_of}};
  return j;
}

inline void read_id_list(object_reader& r, const char* key, std::vector<std::string>& out) {
  const nlohmann::json* v = r.get(key, false);
  if (!v) return;
  if (!v->is_array()) {
    r.error(r.member_pointer(key), "schema.type", std::string("\"") + key + "\" must be an array of treaty ids");
    return;
  }
  for (std::size_t i = 0; i < v->size(); ++i) {
    const auto& item = (*v)[i];
    if (!item.is_string() || item.get<std::string>().empty())
      r.error(r.member_pointer(key) + "/" + std::to_string(i), "schema.type", "a treaty id must be a non-empty string");
    else if (!is_treaty_id(item.get<std::string>()))
      r.error(r.member_pointer(key) + "/" + std::to_string(i), "treaty.id",
              treaty_id_message("the treaty named", item.get<std::string>()));
    else
      out.push_back(item.get<std::string>());
  }
}

inline void read_eligibility(object_reader& parent, const char* key, eligibility& out, const std::string& file,
                             std::vector<diagnostic>& diags) {
  const nlohmann::json* v = parent.get(key, true);
  if (!v) return;
  object_reader r(*v, parent.member_pointer(key), file, diags, {"article", "open_to"}, key);
  if (!r.is_object()) return;
  read_article(r, out.article);
  const nlohmann::json* open = r.get("open_to", true);
  if (!open) return;
  if (open->is_string()) {
    if (*open == "any-state") {
      out.any_state = true;
    } else if (*open == "un-members") {
      out.any_state = true;
      out.un_members = true;
    } else {
      r.error(r.member_pointer("open_to"), "profile.value",
              "\"open_to\" must be \"any-state\", \"un-members\" or an object {\"parties_of\": […], "
              "\"signatories_of\": […]}");
    }
    return;
  }
  object_reader o(*open, r.member_pointer("open_to"), file, diags, {"parties_of", "signatories_of"}, "open_to");
  if (!o.is_object()) return;
  out.any_state = false;
  read_id_list(o, "parties_of", out.parties_of);
  read_id_list(o, "signatories_of", out.signatories_of);
  if (out.parties_of.empty() && out.signatories_of.empty())
    o.error(r.member_pointer("open_to"), "profile.value",
            "\"open_to\" names no treaty: nobody could sign or consent; use \"any-state\" or list treaty ids");
}

}  // namespace detail

/// The profile as JSON (format `pacta.treaty/1`); `parse_treaty_profile(to_json(r)) == r`.
inline nlohmann::json to_json(const treaty_rules& r) {
  nlohmann::json j;
  j["format"] = "pacta.treaty/1";
  j["id"] = r.id;
  j["short_title"] = r.short_title;
  j["title"] = r.title;
  if (!r.parent.empty()) j["parent"] = r.parent;
  if (!r.untc_chapter.empty()) j["untc_chapter"] = r.untc_chapter;
  if (r.opened_for_signature) j["opened_for_signature"] = to_iso(*r.opened_for_signature);
  j["signature"] = detail::eligibility_to_json(r.signature);
  j["consent"] = detail::eligibility_to_json(r.consent);
  j["entry_into_force"] = {
      {"article", r.general_article},
      {"later_states",
       {{"article", r.later_article}, {"wording", to_key(r.later_wording)}, {"delay", to_string(r.later_delay)}}}};
  if (r.general_clause) {
    detail::clause_out(j["entry_into_force"]["clause"]).term(*r.general_clause);
  } else {
    j["entry_into_force"]["threshold"] = r.threshold;
    j["entry_into_force"]["delay"] = to_string(r.general_delay);
  }
  if (!r.counted_kinds.empty()) {
    nlohmann::json kinds = nlohmann::json::array();
    for (action_kind k : r.counted_kinds) kinds.push_back(to_key(k));
    j["entry_into_force"]["counts"] = std::move(kinds);
  }
  if (!r.subject_to.treaty.empty())
    j["entry_into_force"]["subject_to"] = {{"treaty", r.subject_to.treaty}, {"article", r.subject_to.article}};
  if (r.subject_to.recorded) j["entry_into_force"]["subject_to"]["recorded"] = to_iso(*r.subject_to.recorded);
  if (r.organizations.open) {
    j["organizations"] = {{"article", r.organizations.article}, {"counted", r.organizations.counted}};
    if (!r.organizations.not_counted_article.empty())
      j["organizations"]["not_counted_article"] = r.organizations.not_counted_article;
  }
  j["denunciation"] = detail::denunciation_to_json(r);
  for (const auto& o : r.optional_declarations) {
    nlohmann::json d = {{"article", o.article}, {"subject", o.subject}};
    if (o.threshold > 0) {
      d["threshold"] = o.threshold;
      d["threshold_article"] = o.threshold_article;
    }
    j["optional_declarations"].push_back(std::move(d));
  }
  if (r.consent_declaration.present) {
    j["consent_declaration"] = {{"article", r.consent_declaration.article}};
    if (!r.consent_declaration.strengthening_article.empty())  // optional: written only when given
      j["consent_declaration"]["strengthening_article"] = r.consent_declaration.strengthening_article;
  }
  if (r.provisional_application.present)
    j["provisional_application"] = detail::provisional_to_json(r.provisional_application);
  if (r.simplified_procedure.present)
    j["simplified_procedure"] = detail::simplified_procedure_to_json(r.simplified_procedure);
  if (r.amendment.present) j["amendment"] = detail::amendment_to_json(r.amendment);
  if (r.reporting.present)
    j["reporting"] = {
        {"article", r.reporting.article},
        {"initial", to_string(r.reporting.initial)},
        {"periodic_article", r.reporting.periodic_article},
        {"periodic", r.reporting.periodic_on_request ? std::string("on-request") : to_string(r.reporting.periodic)},
        {"periodic_in_parent_reports", r.reporting.periodic_in_parent_reports},
        {"committee_article", r.reporting.committee_article}};
  if (r.reporting.present && !r.reporting.source.empty()) j["reporting"]["source"] = r.reporting.source;
  if (!r.reporting.not_modelled.empty()) {
    j["reporting"] = {{"not_modelled", r.reporting.not_modelled}};
    if (!r.reporting.article.empty()) j["reporting"]["article"] = r.reporting.article;
  }
  return j;
}

namespace detail {

/// Rules E2–E4: how later States count (`entry_into_force.later_states`).
inline void read_later_states(object_reader& eif, treaty_rules& r, const std::string& file,
                              std::vector<diagnostic>& diags) {
  if (const nlohmann::json* l = eif.get("later_states", true)) {
    detail::object_reader later(*l, "/entry_into_force/later_states", file, diags, {"article", "wording", "delay"},
                                "\"later_states\"");
    if (later.is_object()) {
      detail::read_article(later, r.later_article);
      detail::read_period(later, "delay", r.later_delay, true);
      if (auto w = later.string("wording", true)) {
        if (const auto wording = detail::from_key(later_state_wordings, *w))
          r.later_wording = *wording;
        else
          later.error("/entry_into_force/later_states/wording", "profile.value",
                      "\"wording\" must be \"after-entry-into-force\" (rule E2), \"after-threshold-deposit\" or "
                      "\"after-conditions-fulfilled\" (rule E4), not \"" +
                          *w + "\"");
      }
    }
  }
}

/// The clause of `entry_into_force.clause`, in place of `threshold` and `delay` (which it excludes);
/// `threshold` becomes the count it names, where it names one (for the sentences of rules E2–E4).
inline void read_general_clause(object_reader& eif, const nlohmann::json& c, treaty_rules& r, const std::string& file,
                                std::vector<diagnostic>& diags) {
  for (const char* key : {"threshold", "delay"})
    if (eif.get(key, false))
      eif.error(eif.member_pointer(key), "profile.clause",
                std::string("\"") + key +
                    "\" and \"clause\" cannot both be given: the clause says when the treaty enters into force");
  detail::clause_in in(c, "/entry_into_force/clause", file, diags);
  r.general_clause = in.term();
  r.threshold = 0;
  if (r.general_clause) {
    const clause::term_facts f = clause::facts_of(*r.general_clause);
    if (f.count) r.threshold = static_cast<int>(*f.count);
    if (f.share_of_parties)  // there are no States Parties before the treaty is in force
      eif.error(eif.member_pointer("clause"), "profile.clause",
                "\"share_of_parties\" counts the States Parties, who exist only once the treaty is in force: it is "
                "a condition of an amendment, not of the treaty's own entry into force (write a \"count\")");
    for (const auto& id : f.treaties)
      if (id == r.id)
        eif.error(eif.member_pointer("clause"), "profile.clause",
                  "\"in_force_of\" names the treaty itself (" + detail::show_value(id) + ")");
  }
  read_later_states(eif, r, file, diags);
  // "after the deposit of the Nth instrument" is a count's day; a condition that also weighs or names
  // States is met on another day (Paris: the 55th instrument on 21 September 2016, both conditions
  // on 5 October), which "after-conditions-fulfilled" says.
  if (r.general_clause && r.later_wording == later_state_wording::after_threshold_deposit) {
    const clause::term_facts f = clause::facts_of(*r.general_clause);
    if (f.count && (!f.tables.empty() || f.named))
      eif.error("/entry_into_force/later_states/wording", "profile.clause",
                "\"after-threshold-deposit\" (rule E4) counts from the deposit of the " + detail::ordinal(*f.count) +
                    " instrument, but the clause's condition also weighs a share of a table or names States: write "
                    "\"after-conditions-fulfilled\", from the day the whole condition was met");
  }
  if (r.general_clause && r.threshold == 0 && r.later_wording == later_state_wording::after_threshold_deposit)
    eif.error("/entry_into_force/later_states/wording", "profile.clause",
              "\"after-threshold-deposit\" (rule E4) needs a count of instruments in the clause's condition (where "
              "the text says \"after the conditions … have been fulfilled\", write \"after-conditions-fulfilled\")");
}

/// Rule E1: the kinds of instrument the clause counts (`entry_into_force.counts`), each a kind of
/// consent, once.
inline void read_counted_kinds(object_reader& eif, treaty_rules& r) {
  read_unique_list(
      eif, "counts", "kinds of instrument (\"ratification\", …)", r.counted_kinds,
      [&](const nlohmann::json& v, const std::string& here) -> std::optional<action_kind> {
        const auto kind = v.is_string() ? parse_action_kind(v.get_ref<const std::string&>()) : std::nullopt;
        if (kind && is_consent(*kind)) return kind;
        eif.error(here, "profile.value",
                  "\"counts\" lists kinds of instrument of consent (ratification, acceptance, approval, "
                  "accession, formal-confirmation, succession, consent-to-be-bound, definitive-signature, "
                  "simplified-procedure); " +
                      (v.is_string() ? detail::show_value(v.get_ref<const std::string&>()) : std::string("this")) +
                      " is not one");
        return std::nullopt;
      });
}

/// Rules E1–E4: the threshold, its delay, and how later States count (`entry_into_force`).
inline void read_entry_into_force(object_reader& top, treaty_rules& r, const std::string& file,
                                  std::vector<diagnostic>& diags) {
  if (const nlohmann::json* e = top.get("entry_into_force", true)) {
    detail::object_reader eif(*e, "/entry_into_force", file, diags,
                              {"article", "threshold", "delay", "clause", "counts", "later_states", "subject_to"},
                              "\"entry_into_force\"");
    if (eif.is_object()) {
      if (const nlohmann::json* st = eif.get("subject_to", false)) {  // rule E7
        detail::object_reader sub(*st, "/entry_into_force/subject_to", file, diags, {"treaty", "article", "recorded"},
                                  "\"subject_to\"");
        if (sub.is_object()) {
          if (auto t = sub.string("treaty", true)) {
            r.subject_to.treaty = *t;
            if (!is_treaty_id(*t))
              sub.error(sub.member_pointer("treaty"), "treaty.id", treaty_id_message("\"subject_to\"", *t));
          }
          detail::read_article(sub, r.subject_to.article);
          if (auto d = detail::read_date(sub, "recorded", false)) r.subject_to.recorded = *d;
        }
      }
      detail::read_article(eif, r.general_article);
      read_counted_kinds(eif, r);
      if (const nlohmann::json* c = eif.get("clause", false)) {  // the clause as a value, instead of the shorthand
        read_general_clause(eif, *c, r, file, diags);
        return;
      }
      if (const nlohmann::json* t = eif.get("threshold", true)) {
        if (!t->is_number_integer() || t->get<long long>() < 1 || t->get<long long>() > 100000)
          eif.error("/entry_into_force/threshold", "profile.threshold",
                    "\"threshold\" must be a whole number of instruments from 1 to 100000");
        else
          r.threshold = static_cast<int>(t->get<long long>());
      }
      detail::read_period(eif, "delay", r.general_delay);
      read_later_states(eif, r, file, diags);
    }
  }
}

/// OPAC art. 3: a declaration with the instrument (`consent_declaration`, optional).
inline void read_declaration_clause(object_reader& top, treaty_rules& r, const std::string& file,
                                    std::vector<diagnostic>& diags) {
  if (const nlohmann::json* d = top.get("consent_declaration", false)) {
    detail::object_reader cd(*d, "/consent_declaration", file, diags, {"article", "strengthening_article"},
                             "\"consent_declaration\"");
    if (cd.is_object()) {
      r.consent_declaration.present = true;
      detail::read_article(cd, r.consent_declaration.article);
      if (auto c = cd.string("strengthening_article", false)) r.consent_declaration.strengthening_article = *c;
    }
  }
}

/// Rules R1–R3: the reporting clause (`reporting`, optional).
inline void read_reporting_clause(object_reader& top, treaty_rules& r, const std::string& file,
                                  std::vector<diagnostic>& diags) {
  if (const nlohmann::json* rep = top.get("reporting", false)) {
    if (rep->is_object() && rep->contains("not_modelled")) {  // a clause pacta does not model: said, not computed
      detail::object_reader nm(*rep, "/reporting", file, diags, {"article", "not_modelled"}, "\"reporting\"");
      if (auto a = nm.string("article", false)) r.reporting.article = *a;  // none where no clause was found
      if (auto what = nm.string("not_modelled", true)) r.reporting.not_modelled = *what;  // never empty
      return;
    }
    detail::object_reader rp(*rep, "/reporting", file, diags,
                             {"article", "initial", "periodic_article", "periodic", "periodic_in_parent_reports",
                              "committee_article", "source"},
                             "\"reporting\"");
    if (rp.is_object()) {
      r.reporting.present = true;
      detail::read_article(rp, r.reporting.article);
      detail::read_period(rp, "initial", r.reporting.initial);
      if (const nlohmann::json* per = rp.get("periodic", false); per && per->is_string() && *per == "on-request")
        r.reporting.periodic_on_request = true;  // rule R4
      else
        detail::read_period(rp, "periodic", r.reporting.periodic);
      if (auto pa = rp.string("periodic_article", true)) r.reporting.periodic_article = *pa;
      if (auto ca = rp.string("committee_article", true)) r.reporting.committee_article = *ca;
      if (auto src = rp.string("source", false)) r.reporting.source = *src;
      if (const nlohmann::json* b = rp.get("periodic_in_parent_reports", false)) {
        if (!b->is_boolean())
          rp.error("/reporting/periodic_in_parent_reports", "schema.type",
                   "\"periodic_in_parent_reports\" must be true or false");
        else
          r.reporting.periodic_in_parent_reports = b->get<bool>();
      }
    }
  }
}

/// Rule E8: regional integration organizations (`organizations`, optional).
inline void read_organization_clause(object_reader& top, treaty_rules& r, const std::string& file,
                                     std::vector<diagnostic>& diags) {
  if (const nlohmann::json* o = top.get("organizations", false)) {
    detail::object_reader org(*o, "/organizations", file, diags, {"article", "counted", "not_counted_article"},
                              "\"organizations\"");
    if (!org.is_object()) return;
    r.organizations.open = true;
    detail::read_article(org, r.organizations.article);
    if (const nlohmann::json* c = org.get("counted", true)) {
      if (!c->is_boolean())
        org.error("/organizations/counted", "schema.type", "\"counted\" must be true or false");
      else
        r.organizations.counted = c->get<bool>();
    }
    if (auto a = org.string("not_counted_article", false)) r.organizations.not_counted_article = *a;
  }
}

/// Rule O1: optional declarations with their own entry into force (`optional_declarations`, optional).
inline void read_optional_declarations(object_reader& top, treaty_rules& r, const std::string& file,
                                       std::vector<diagnostic>& diags) {
  const nlohmann::json* v = top.get("optional_declarations", false);
  if (!v) return;
  if (!v->is_array()) {
    top.error("/optional_declarations", "schema.type", "\"optional_declarations\" must be an array of objects");
    return;
  }
  for (std::size_t i = 0; i < v->size(); ++i) {
    const std::string where = "/optional_declarations/" + std::to_string(i);
    detail::object_reader d((*v)[i], where, file, diags, {"article", "subject", "threshold", "threshold_article"},
                            "an optional declaration");
    if (!d.is_object()) continue;
    optional_declaration_clause c;
    detail::read_article(d, c.article);
    if (auto s = d.string("subject", true)) c.subject = *s;
    if (const nlohmann::json* t = d.get("threshold", false)) {
      if (!t->is_number_integer() || t->get<long long>() < 1 || t->get<long long>() > 100000)
        d.error(where + "/threshold", "profile.threshold",
                "\"threshold\" must be a whole number of declarations from 1 to 100000 (leave it out when each "
                "declaration has effect by itself)");
      else
        c.threshold = static_cast<int>(t->get<long long>());
      if (auto a = d.string("threshold_article", true)) c.threshold_article = *a;
    }
    for (const auto& other : r.optional_declarations)
      if (other.article == c.article && !c.article.empty())
        d.error(where + "/article", "profile.value", "article " + c.article + " has two optional declarations");
    r.optional_declarations.push_back(std::move(c));
  }
}

/// Reads a treaty profile from a parsed document: true and the rules in `out`, or every diagnostic
/// found (each with the pointer of the wrong key). `file` names the source in diagnostics.
inline bool profile_from_json(const nlohmann::json& j, const std::string& file, treaty_rules& out,
                              std::vector<diagnostic>& diags) {
  const std::size_t before = diags.size();
  treaty_rules r;
  detail::object_reader top(
      j, "", file, diags,
      {"format", "id", "short_title", "title", "parent", "untc_chapter", "opened_for_signature", "signature", "consent",
       "entry_into_force", "organizations", "denunciation", "consent_declaration", "optional_declarations",
       "provisional_application", "simplified_procedure", "amendment", "reporting"},
      "a treaty profile");
  if (!top.is_object()) return false;
  if (auto f = top.string("format", true); f && *f != "pacta.treaty/1")
    top.error("/format", "profile.format", "unsupported format \"" + *f + "\": this version reads \"pacta.treaty/1\"");
  if (auto s = top.string("id", true)) {
    r.id = *s;
    if (!is_treaty_id(*s)) top.error("/id", "treaty.id", treaty_id_message("the profile's \"id\"", *s));
  }
  if (auto s = top.string("short_title", true)) r.short_title = *s;
  if (auto s = top.string("title", true)) r.title = *s;
  if (auto s = top.string("parent", false)) {
    r.parent = *s;
    if (!is_treaty_id(*s)) top.error("/parent", "treaty.id", treaty_id_message("the profile's \"parent\"", *s));
  }
  if (auto s = top.string("untc_chapter", false)) r.untc_chapter = *s;
  if (auto d = detail::read_date(top, "opened_for_signature", false)) r.opened_for_signature = *d;
  detail::read_eligibility(top, "signature", r.signature, file, diags);
  detail::read_eligibility(top, "consent", r.consent, file, diags);
  read_entry_into_force(top, r, file, diags);
  read_denunciation_clause(top, r, file, diags);
  read_declaration_clause(top, r, file, diags);
  read_organization_clause(top, r, file, diags);
  read_optional_declarations(top, r, file, diags);
  read_provisional_clause(top, r, file, diags);
  read_simplified_procedure(top, r, file, diags);
  read_amendment_clause(top, r, file, diags);
  read_reporting_clause(top, r, file, diags);
  if (r.reporting.periodic_in_parent_reports && r.parent.empty())
    top.error("/reporting/periodic_in_parent_reports", "profile.value",
              "periodic reports in the parent treaty's reports need a \"parent\"");
  if (!r.parent.empty() && r.parent == r.id) top.error("/parent", "profile.value", "a treaty cannot be its own parent");
  if (!r.subject_to.treaty.empty() && r.subject_to.treaty == r.id)
    top.error("/entry_into_force/subject_to/treaty", "profile.value",
              "a treaty cannot be subject to its own entry into force");
  if (diags.size() != before) return false;
  out = std::move(r);
  return true;
}

}  // namespace detail

/// A treaty profile from its text (format `pacta.treaty/1`); nothing, and every diagnostic in
/// `diags`, when it is invalid. `file` names it in diagnostics.
[[nodiscard]] inline std::optional<treaty_rules> try_parse_treaty_profile(std::string_view text,
                                                                          const std::string& file,
                                                                          std::vector<diagnostic>& diags) {
  nlohmann::json j;
  treaty_rules r;
  if (!detail::parse_json_strict(text, file, j, diags) || !detail::profile_from_json(j, file, r, diags))
    return std::nullopt;
  return r;
}

/// As `try_parse_treaty_profile`, from a file.
[[nodiscard]] inline std::optional<treaty_rules> try_load_treaty_profile(const std::string& path,
                                                                         std::vector<diagnostic>& diags) {
  std::string text;
  if (!detail::read_input(path, text, diags)) return std::nullopt;
  return try_parse_treaty_profile(text, path, diags);
}

/// As `try_parse_treaty_profile`; throws `load_error` with every diagnostic.
inline treaty_rules parse_treaty_profile(std::string_view text, const std::string& file) {
  std::vector<diagnostic> diags;
  if (auto r = try_parse_treaty_profile(text, file, diags)) return std::move(*r);
  throw load_error(std::move(diags));
}
inline treaty_rules parse_treaty_profile(const char* text, const std::string& file) {
  return parse_treaty_profile(std::string_view(text), file);
}

/// Reads a treaty profile from a file; throws `load_error` (unreadable file, malformed JSON, bad
/// value) with every diagnostic.
///
/// Example: `auto rules = pacta::load_treaty_profile("data/treaties/opsc.json");`
inline treaty_rules load_treaty_profile(const std::string& path) {
  std::vector<diagnostic> diags;
  if (auto r = try_load_treaty_profile(path, diags)) return std::move(*r);
  throw load_error(std::move(diags));
}

}  // namespace pacta
