// pacta/treaty.hpp — a treaty's final clauses as a value.
//
// The dates of treaty law follow from a handful of numbers and words in the final clauses: how many
// instruments bring the treaty into force and how long after (OPSC art. 14(1): ten, three months);
// whether a later State's date runs from the treaty's entry into force or from the threshold deposit
// (art. 14(2) "after its entry into force", rule E2, against OPIC art. 19(2) "after the deposit of
// the tenth instrument", rule E4); how long a denunciation takes (art. 15(1): one year after
// receipt); and who may sign and consent (art. 13: States party to or signatories of the
// Convention). `pacta::treaty_rules` holds exactly these. The OPSC's and the Convention's values are
// built in (`opsc_rules()`, `crc_rules()`), and the same description loads from a JSON profile
// (`data/treaties/*.json`, format `pacta.treaty/1`, documented in docs/treaty-profiles.md).
//
// Example:
//   pacta::treaty_rules r = pacta::load_treaty_profile_file("data/treaties/opsc.json");
//   assert(r == pacta::opsc_rules());
//   assert(r.threshold == 10 && r.general_delay == pacta::period::months(3));
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/detail/json_reader.hpp>
#include <pacta/diagnostic.hpp>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta {

/// How a State that consents after the threshold gets its own date.
enum class later_state_wording {
  /// "for each State ratifying … after its entry into force": a State depositing on or before the
  /// general date is bound from the general date (rule E2); after it, deposit + delay (E3).
  /// OPSC art. 14(2), OPAC art. 10(2).
  after_entry_into_force,
  /// "for each State ratifying … after the deposit of the tenth instrument": every State depositing
  /// after the threshold deposit gets deposit + delay, even before the general date (rule E4).
  /// CRC art. 49(2), OPIC art. 19(2).
  after_threshold_deposit,
};

/// Who may perform an act (sign, or consent to be bound). Either any State, or a State that on the
/// date of the act is a party to one of `parties_of` or has signed one of `signatories_of`.
struct eligibility {
  bool any_state = true;
  std::vector<std::string> parties_of;      ///< treaty ids whose parties qualify
  std::vector<std::string> signatories_of;  ///< treaty ids whose signatories qualify
  std::string article;                      ///< e.g. "13(1)"

  friend bool operator==(const eligibility& a, const eligibility& b) {
    return a.any_state == b.any_state && a.parties_of == b.parties_of && a.signatories_of == b.signatories_of &&
           a.article == b.article;
  }
  friend bool operator!=(const eligibility& a, const eligibility& b) { return !(a == b); }
};

/// A share of the States Parties, as a fraction: one third, two thirds.
struct share {
  int numerator = 1;
  int denominator = 1;
  /// The smallest whole number of States that is at least this share of `of` (rounded up).
  std::size_t of(std::size_t n) const noexcept {
    const auto num = static_cast<std::size_t>(numerator), den = static_cast<std::size_t>(denominator);
    return (n * num + den - 1) / den;
  }
  friend bool operator==(share a, share b) { return a.numerator == b.numerator && a.denominator == b.denominator; }
};

/// The amendment clause (OPSC art. 16, CRC art. 50).
struct amendment_clause {
  bool present = false;
  std::string article;        ///< "16"
  period conference_window;   ///< proposals favoured within this period of the communication (4 months)
  share conference_share;     ///< of the States Parties that must favour a conference (1/3)
  share acceptance_share;     ///< of the States Parties that must accept (2/3)
  friend bool operator==(const amendment_clause& a, const amendment_clause& b) {
    return a.present == b.present && a.article == b.article && a.conference_window == b.conference_window &&
           a.conference_share == b.conference_share && a.acceptance_share == b.acceptance_share;
  }
};

/// The reporting clause (OPSC art. 12, CRC art. 44(1)).
struct reporting_clause {
  bool present = false;
  std::string article;                      ///< "12(1)": the initial report
  period initial;                           ///< after entry into force for the State (2 years)
  std::string periodic_article;             ///< "12(2)"
  period periodic;                          ///< the cycle of later reports (5 years)
  bool periodic_in_parent_reports = false;  ///< OPSC 12(2): parties to the parent report in its periodic reports
  std::string committee_article;            ///< "12(3)": the Committee may request further information
  friend bool operator==(const reporting_clause& a, const reporting_clause& b) {
    return a.present == b.present && a.article == b.article && a.initial == b.initial &&
           a.committee_article == b.committee_article &&
           a.periodic_article == b.periodic_article && a.periodic == b.periodic &&
           a.periodic_in_parent_reports == b.periodic_in_parent_reports;
  }
};

/// A declaration the treaty requires with each instrument of ratification or accession (OPAC art.
/// 3(2): the minimum age at which the State permits voluntary recruitment), which the State may
/// strengthen at any time by a further declaration taking effect on receipt (art. 3(4)).
struct declaration_clause {
  bool present = false;
  std::string article;                ///< "3(2)"
  std::string strengthening_article;  ///< "3(4)"
  friend bool operator==(const declaration_clause& a, const declaration_clause& b) {
    return a.present == b.present && a.article == b.article && a.strengthening_article == b.strengthening_article;
  }
};

/// The final clauses of one treaty.
struct treaty_rules {
  std::string id;           ///< "opsc"
  std::string short_title;  ///< "OPSC"
  std::string title;        ///< the full title
  std::string parent;       ///< the treaty it supplements ("crc"), or empty

  eligibility signature;  ///< who may sign (OPSC art. 13(1))
  eligibility consent;    ///< who may ratify or accede (OPSC art. 13(2))

  int threshold = 1;              ///< instruments that bring the treaty into force (OPSC: 10)
  period general_delay;           ///< after the threshold deposit (OPSC: 3 months)
  std::string general_article;    ///< "14(1)"
  later_state_wording later_wording = later_state_wording::after_entry_into_force;
  period later_delay;             ///< for later States (OPSC: 1 month)
  std::string later_article;      ///< "14(2)"

  period denunciation_delay;                   ///< counted from receipt (OPSC: 1 year)
  std::string denunciation_article;            ///< "15(1)"
  std::string continuing_obligations_article;  ///< "15(2)"
  /// OPAC art. 11(1), rule D4: when not empty, a denunciation does not take effect while the State
  /// is engaged in armed conflict at the end of the period, but at the end of the conflict.
  std::string armed_conflict_article;

  declaration_clause consent_declaration;  ///< OPAC art. 3(2), 3(4)

  amendment_clause amendment;  ///< OPSC art. 16
  reporting_clause reporting;  ///< OPSC art. 12

  friend bool operator==(const treaty_rules& a, const treaty_rules& b) {
    return a.id == b.id && a.short_title == b.short_title && a.title == b.title && a.parent == b.parent &&
           a.signature == b.signature && a.consent == b.consent && a.threshold == b.threshold &&
           a.general_delay == b.general_delay && a.general_article == b.general_article &&
           a.later_wording == b.later_wording && a.later_delay == b.later_delay &&
           a.later_article == b.later_article && a.denunciation_delay == b.denunciation_delay &&
           a.denunciation_article == b.denunciation_article &&
           a.continuing_obligations_article == b.continuing_obligations_article &&
           a.armed_conflict_article == b.armed_conflict_article && a.consent_declaration == b.consent_declaration &&
           a.amendment == b.amendment &&
           a.reporting == b.reporting;
  }
  friend bool operator!=(const treaty_rules& a, const treaty_rules& b) { return !(a == b); }
};

/// The OPSC (UN Treaty Collection chapter IV-11-c): open to States party to or signatories of the
/// Convention (art. 13); in force three months after the tenth instrument (art. 14(1)); one month
/// after deposit for each State consenting after its entry into force (art. 14(2)); denunciation one
/// year after receipt (art. 15(1)), without release for earlier offences (art. 15(2)).
inline treaty_rules opsc_rules() {
  treaty_rules r;
  r.id = "opsc";
  r.short_title = "OPSC";
  r.title =
      "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child "
      "prostitution and child pornography";
  r.parent = "crc";
  r.signature = {false, {"crc"}, {"crc"}, "13(1)"};
  r.consent = {false, {"crc"}, {"crc"}, "13(2)"};
  r.threshold = 10;
  r.general_delay = period::months(3);
  r.general_article = "14(1)";
  r.later_wording = later_state_wording::after_entry_into_force;
  r.later_delay = period::months(1);
  r.later_article = "14(2)";
  r.denunciation_delay = period::years(1);
  r.denunciation_article = "15(1)";
  r.continuing_obligations_article = "15(2)";
  r.amendment = {true, "16", period::months(4), {1, 3}, {2, 3}};
  r.reporting = {true, "12(1)", period::years(2), "12(2)", period::years(5), true, "12(3)"};
  return r;
}

/// The Convention on the Rights of the Child (chapter IV-11): open to all States (arts. 46–48); in
/// force on the thirtieth day after the twentieth instrument (art. 49(1)); for a State depositing
/// after the twentieth instrument, on the thirtieth day after its own deposit (art. 49(2));
/// denunciation one year after receipt (art. 52).
inline treaty_rules crc_rules() {
  treaty_rules r;
  r.id = "crc";
  r.short_title = "CRC";
  r.title = "Convention on the Rights of the Child";
  r.signature = {true, {}, {}, "46"};
  r.consent = {true, {}, {}, "47, 48"};
  r.threshold = 20;
  r.general_delay = period::days(30);
  r.general_article = "49(1)";
  r.later_wording = later_state_wording::after_threshold_deposit;
  r.later_delay = period::days(30);
  r.later_article = "49(2)";
  r.denunciation_delay = period::years(1);
  r.denunciation_article = "52";
  r.continuing_obligations_article = "";
  r.amendment = {true, "50", period::months(4), {1, 3}, {2, 3}};
  r.reporting = {true, "44(1)(a)", period::years(2), "44(1)(b)", period::years(5), false, "44(4)"};
  return r;
}

/// The Optional Protocol on the involvement of children in armed conflict (OPAC, chapter IV-11-b,
/// annex I of General Assembly resolution 54/263): signature open to States party to or
/// signatories of the Convention (art. 9(1)); ratification and accession open to any State (art.
/// 9(2)); a binding declaration of the minimum age of voluntary recruitment with the instrument
/// (art. 3(2)), which may be strengthened at any time (art. 3(4)); in force three months after the
/// tenth instrument (art. 10(1)); one month after deposit for a State consenting after its entry into
/// force (art. 10(2)); denunciation one year after receipt, but not before the end of an armed conflict
/// the State is then engaged in (art. 11(1), rule D4), without release for earlier acts (art. 11(2)).
inline treaty_rules opac_rules() {
  treaty_rules r;
  r.id = "opac";
  r.short_title = "OPAC";
  r.title = "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict";
  r.parent = "crc";
  r.signature = {false, {"crc"}, {"crc"}, "9(1)"};
  r.consent = {true, {}, {}, "9(2)"};
  r.threshold = 10;
  r.general_delay = period::months(3);
  r.general_article = "10(1)";
  r.later_wording = later_state_wording::after_entry_into_force;
  r.later_delay = period::months(1);
  r.later_article = "10(2)";
  r.denunciation_delay = period::years(1);
  r.denunciation_article = "11(1)";
  r.continuing_obligations_article = "11(2)";
  r.armed_conflict_article = "11(1)";
  r.consent_declaration = {true, "3(2)", "3(4)"};
  r.amendment = {true, "12", period::months(4), {1, 3}, {2, 3}};
  r.reporting = {true, "8(1)", period::years(2), "8(2)", period::years(5), true, "8(3)"};
  return r;
}

/// The Optional Protocol on a communications procedure (OPIC, chapter IV-11-d): signature open to
/// States that have signed, ratified or acceded to the Convention or either of the first two
/// Protocols (art. 18(1)); ratification and accession only by a State that has ratified or acceded
/// to one of them (art. 18(2)–(3)); in force three months after the tenth instrument (art. 19(1));
/// for a State depositing after the tenth instrument, three months after its own deposit (art.
/// 19(2), rule E4); denunciation one year after receipt (art. 22(1)), without prejudice to
/// communications submitted before (art. 22(2)). It has no reporting clause, and its amendment
/// clause (art. 23: acceptances counted against the States Parties at the date of adoption) is not
/// the OPSC's and is not modelled.
inline treaty_rules opic_rules() {
  treaty_rules r;
  r.id = "opic";
  r.short_title = "OPIC";
  r.title = "Optional Protocol to the Convention on the Rights of the Child on a communications procedure";
  r.parent = "crc";
  r.signature = {false, {"crc", "opac", "opsc"}, {"crc", "opac", "opsc"}, "18(1)"};
  r.consent = {false, {"crc", "opac", "opsc"}, {}, "18(2), 18(3)"};
  r.threshold = 10;
  r.general_delay = period::months(3);
  r.general_article = "19(1)";
  r.later_wording = later_state_wording::after_threshold_deposit;
  r.later_delay = period::months(3);
  r.later_article = "19(2)";
  r.denunciation_delay = period::years(1);
  r.denunciation_article = "22(1)";
  r.continuing_obligations_article = "22(2)";
  return r;
}

/// The built-in rules for `id` ("opsc", "crc", "opac", "opic"), or nothing.
inline std::optional<treaty_rules> builtin_rules(const std::string& id) {
  if (id == "opsc") return opsc_rules();
  if (id == "crc") return crc_rules();
  if (id == "opac") return opac_rules();
  if (id == "opic") return opic_rules();
  return std::nullopt;
}

namespace detail {

inline const char* to_string(later_state_wording w) {
  return w == later_state_wording::after_entry_into_force ? "after-entry-into-force" : "after-threshold-deposit";
}

inline nlohmann::json eligibility_to_json(const eligibility& e) {
  nlohmann::json j;
  j["article"] = e.article;
  if (e.any_state)
    j["open_to"] = "any-state";
  else
    j["open_to"] = {{"parties_of", e.parties_of}, {"signatories_of", e.signatories_of}};
  return j;
}

inline void read_period(object_reader& r, const char* key, period& out) {
  if (auto s = r.string(key, true)) {
    if (auto p = parse_period(*s))
      out = *p;
    else
      r.error(r.member_pointer(key), "profile.period",
              detail::show_value(*s) + " is not a period: write a whole number from 1 to 1200, a space and a unit (\"3 months\", \"1 year\", \"30 days\")");
  }
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
    if (c < '0' || c > '9') ok = false;
    else if (i < slash) num = num * 10 + (c - '0');
    else den = den * 10 + (c - '0');
  }
  if (!ok || num < 1 || den < 1 || num > den) {
    r.error(r.member_pointer(key), "profile.share", detail::show_value(*s) + " is not a share of the States Parties: write a fraction such as \"1/3\" or \"2/3\"");
    return;
  }
  out = {num, den};
}

inline void read_article(object_reader& r, std::string& out, bool required = true) {
  if (auto s = r.string("article", required)) out = *s;
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
    } else {
      r.error(r.member_pointer("open_to"), "profile.value",
              "\"open_to\" must be \"any-state\" or an object {\"parties_of\": […], \"signatories_of\": […]}");
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
  j["signature"] = detail::eligibility_to_json(r.signature);
  j["consent"] = detail::eligibility_to_json(r.consent);
  j["entry_into_force"] = {{"article", r.general_article},
                           {"threshold", r.threshold},
                           {"delay", to_string(r.general_delay)},
                           {"later_states",
                            {{"article", r.later_article},
                             {"wording", detail::to_string(r.later_wording)},
                             {"delay", to_string(r.later_delay)}}}};
  j["denunciation"] = {{"article", r.denunciation_article},
                       {"delay", to_string(r.denunciation_delay)},
                       {"counted_from", "receipt"}};
  if (!r.continuing_obligations_article.empty())
    j["denunciation"]["continuing_obligations_article"] = r.continuing_obligations_article;
  if (!r.armed_conflict_article.empty()) j["denunciation"]["armed_conflict_article"] = r.armed_conflict_article;
  if (r.consent_declaration.present)
    j["consent_declaration"] = {{"article", r.consent_declaration.article},
                                {"strengthening_article", r.consent_declaration.strengthening_article}};
  auto share_text = [](share s) { return std::to_string(s.numerator) + "/" + std::to_string(s.denominator); };
  if (r.amendment.present)
    j["amendment"] = {{"article", r.amendment.article},
                      {"conference_window", to_string(r.amendment.conference_window)},
                      {"conference_share", share_text(r.amendment.conference_share)},
                      {"acceptance_share", share_text(r.amendment.acceptance_share)}};
  if (r.reporting.present)
    j["reporting"] = {{"article", r.reporting.article},
                      {"initial", to_string(r.reporting.initial)},
                      {"periodic_article", r.reporting.periodic_article},
                      {"periodic", to_string(r.reporting.periodic)},
                      {"periodic_in_parent_reports", r.reporting.periodic_in_parent_reports},
                      {"committee_article", r.reporting.committee_article}};
  return j;
}

/// Reads a treaty profile without throwing: the rules, or every diagnostic found (each with the
/// pointer of the wrong key). `file` names the source in diagnostics.
inline bool try_parse_treaty_profile(const nlohmann::json& j, const std::string& file, treaty_rules& out,
                                     std::vector<diagnostic>& diags) {
  const std::size_t before = diags.size();
  treaty_rules r;
  detail::object_reader top(j, "", file, diags,
                            {"format", "id", "short_title", "title", "parent", "signature", "consent",
                             "entry_into_force", "denunciation", "consent_declaration", "amendment", "reporting"},
                            "a treaty profile");
  if (!top.is_object()) return false;
  if (auto f = top.string("format", true); f && *f != "pacta.treaty/1")
    top.error("/format", "profile.format", "unsupported format \"" + *f + "\": this version reads \"pacta.treaty/1\"");
  if (auto s = top.string("id", true)) r.id = *s;
  if (auto s = top.string("short_title", true)) r.short_title = *s;
  if (auto s = top.string("title", true)) r.title = *s;
  if (auto s = top.string("parent", false)) r.parent = *s;
  detail::read_eligibility(top, "signature", r.signature, file, diags);
  detail::read_eligibility(top, "consent", r.consent, file, diags);

  if (const nlohmann::json* e = top.get("entry_into_force", true)) {
    detail::object_reader eif(*e, "/entry_into_force", file, diags, {"article", "threshold", "delay", "later_states"},
                              "\"entry_into_force\"");
    if (eif.is_object()) {
      detail::read_article(eif, r.general_article);
      if (const nlohmann::json* t = eif.get("threshold", true)) {
        if (!t->is_number_integer() || t->get<long long>() < 1 || t->get<long long>() > 100000)
          eif.error("/entry_into_force/threshold", "profile.threshold",
                    "\"threshold\" must be a whole number of instruments from 1 to 100000");
        else
          r.threshold = static_cast<int>(t->get<long long>());
      }
      detail::read_period(eif, "delay", r.general_delay);
      if (const nlohmann::json* l = eif.get("later_states", true)) {
        detail::object_reader later(*l, "/entry_into_force/later_states", file, diags, {"article", "wording", "delay"},
                                    "\"later_states\"");
        if (later.is_object()) {
          detail::read_article(later, r.later_article);
          detail::read_period(later, "delay", r.later_delay);
          if (auto w = later.string("wording", true)) {
            if (*w == "after-entry-into-force")
              r.later_wording = later_state_wording::after_entry_into_force;
            else if (*w == "after-threshold-deposit")
              r.later_wording = later_state_wording::after_threshold_deposit;
            else
              later.error("/entry_into_force/later_states/wording", "profile.value",
                          "\"wording\" must be \"after-entry-into-force\" (rule E2) or \"after-threshold-deposit\" "
                          "(rule E4), not \"" + *w + "\"");
          }
        }
      }
    }
  }
  if (const nlohmann::json* d = top.get("denunciation", true)) {
    detail::object_reader den(*d, "/denunciation", file, diags,
                              {"article", "delay", "counted_from", "continuing_obligations_article",
                               "armed_conflict_article"},
                              "\"denunciation\"");
    if (den.is_object()) {
      detail::read_article(den, r.denunciation_article);
      detail::read_period(den, "delay", r.denunciation_delay);
      if (auto c = den.string("counted_from", true); c && *c != "receipt")
        den.error("/denunciation/counted_from", "profile.value",
                  "\"counted_from\" must be \"receipt\": a notification counts from its receipt by the depositary "
                  "(VCLT art. 78(b), rule D1)");
      if (auto c = den.string("continuing_obligations_article", false)) r.continuing_obligations_article = *c;
      if (auto c = den.string("armed_conflict_article", false)) r.armed_conflict_article = *c;
    }
  }
  if (const nlohmann::json* d = top.get("consent_declaration", false)) {
    detail::object_reader cd(*d, "/consent_declaration", file, diags, {"article", "strengthening_article"},
                             "\"consent_declaration\"");
    if (cd.is_object()) {
      r.consent_declaration.present = true;
      detail::read_article(cd, r.consent_declaration.article);
      if (auto c = cd.string("strengthening_article", false)) r.consent_declaration.strengthening_article = *c;
    }
  }
  if (const nlohmann::json* a = top.get("amendment", false)) {
    detail::object_reader am(*a, "/amendment", file, diags,
                             {"article", "conference_window", "conference_share", "acceptance_share"}, "\"amendment\"");
    if (am.is_object()) {
      r.amendment.present = true;
      detail::read_article(am, r.amendment.article);
      detail::read_period(am, "conference_window", r.amendment.conference_window);
      detail::read_share(am, "conference_share", r.amendment.conference_share);
      detail::read_share(am, "acceptance_share", r.amendment.acceptance_share);
    }
  }
  if (const nlohmann::json* rep = top.get("reporting", false)) {
    detail::object_reader rp(*rep, "/reporting", file, diags,
                             {"article", "initial", "periodic_article", "periodic", "periodic_in_parent_reports",
                              "committee_article"},
                             "\"reporting\"");
    if (rp.is_object()) {
      r.reporting.present = true;
      detail::read_article(rp, r.reporting.article);
      detail::read_period(rp, "initial", r.reporting.initial);
      detail::read_period(rp, "periodic", r.reporting.periodic);
      if (auto pa = rp.string("periodic_article", true)) r.reporting.periodic_article = *pa;
      if (auto ca = rp.string("committee_article", true)) r.reporting.committee_article = *ca;
      if (const nlohmann::json* b = rp.get("periodic_in_parent_reports", false)) {
        if (!b->is_boolean())
          rp.error("/reporting/periodic_in_parent_reports", "schema.type", "\"periodic_in_parent_reports\" must be true or false");
        else
          r.reporting.periodic_in_parent_reports = b->get<bool>();
      }
    }
  }
  if (r.reporting.periodic_in_parent_reports && r.parent.empty())
    top.error("/reporting/periodic_in_parent_reports", "profile.value",
              "periodic reports in the parent treaty's reports need a \"parent\"");
  if (!r.parent.empty() && r.parent == r.id)
    top.error("/parent", "profile.value", "a treaty cannot be its own parent");
  if (diags.size() != before) return false;
  out = std::move(r);
  return true;
}

/// Reads a treaty profile; throws `load_error` with every diagnostic when it is invalid.
inline treaty_rules parse_treaty_profile(const nlohmann::json& j, const std::string& file = "<profile>") {
  std::vector<diagnostic> diags;
  treaty_rules r;
  if (!try_parse_treaty_profile(j, file, r, diags)) throw load_error(std::move(diags));
  return r;
}

/// A treaty profile from its text (format `pacta.treaty/1`); nothing, and every diagnostic in
/// `diags`, when it is invalid. `file` names it in diagnostics.
[[nodiscard]] inline std::optional<treaty_rules> try_parse_treaty_profile(std::string_view text,
                                                                          const std::string& file,
                                                                          std::vector<diagnostic>& diags) {
  nlohmann::json j;
  treaty_rules r;
  if (!detail::parse_json_strict(text, file, j, diags) || !try_parse_treaty_profile(j, file, r, diags))
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

/// The former name of `load_treaty_profile`.
inline treaty_rules load_treaty_profile_file(const std::string& path) {
  return load_treaty_profile(path);
}

}  // namespace pacta
