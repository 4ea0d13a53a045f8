// pacta/treaty_rules.hpp — a treaty's final clauses as a value.
//
// The dates of treaty law follow from a handful of numbers and words in the final clauses: how many
// instruments bring the treaty into force and how long after (OPSC art. 14(1): ten, three months);
// whether a later State's date runs from the treaty's entry into force or from the threshold deposit
// (art. 14(2) "after its entry into force", rule E2, against OPIC art. 19(2) "after the deposit of
// the tenth instrument", rule E4); how long a denunciation takes (art. 15(1): one year after
// receipt); and who may sign and consent (art. 13: States party to or signatories of the
// Convention). `pacta::treaty_rules` holds exactly these. The values of the OPSC, the Convention,
// OPAC and OPIC are built in (`opsc_rules()`, `crc_rules()`, `opac_rules()`, `opic_rules()`), and the same description
// loads from a JSON profile (`data/treaties/*.json`, format `pacta.treaty/1`, documented in
// docs/treaty-profiles.md) through pacta/treaty.hpp.
//
// Example:
//   const pacta::treaty_rules r = pacta::opsc_rules();
//   assert(r.threshold == 10 && r.general_delay == pacta::period::months(3));   // art. 14(1)
//   assert(r.later_wording == pacta::later_state_wording::after_entry_into_force);  // art. 14(2), E2/E3
#pragma once

#include <pacta/action.hpp>
#include <pacta/calendar.hpp>
#include <pacta/clause/date_term.hpp>
#include <pacta/detail/enum_table.hpp>
#include <pacta/share.hpp>

#include <map>
#include <optional>
#include <string>
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
  /// "for each State … that ratifies … after the conditions set out in paragraph 1 … have been
  /// fulfilled": as `after_threshold_deposit`, the day being the one the clause's condition was
  /// first met, whatever it counts (rule E4). Paris art. 21(3), Kyoto art. 25(3).
  after_conditions_fulfilled,
};

/// Each wording with its key (a profile's `entry_into_force.later_states.wording`) and the rule it
/// gives, in the order of the enum.
inline constexpr detail::enum_row<later_state_wording> later_state_wordings[] = {
    {later_state_wording::after_entry_into_force, "after-entry-into-force", "rule E2"},
    {later_state_wording::after_threshold_deposit, "after-threshold-deposit", "rule E4"},
    {later_state_wording::after_conditions_fulfilled, "after-conditions-fulfilled", "rule E4"},
};
static_assert(detail::in_enum_order(later_state_wordings, later_state_wording::after_conditions_fulfilled),
              "later_state_wordings: one row per wording, in the order of the enum");

/// The key of a wording: "after-entry-into-force", "after-threshold-deposit", "after-conditions-fulfilled".
inline constexpr const char* to_key(later_state_wording w) noexcept {
  return detail::key_of(later_state_wordings, w);
}

/// Who may perform an act (sign, or consent to be bound). Either any State, or a State that on the
/// date of the act is a party to one of `parties_of` or has signed one of `signatories_of`.
struct eligibility {
  bool any_state = true;
  std::vector<std::string> parties_of;      ///< treaty ids whose parties qualify
  std::vector<std::string> signatories_of;  ///< treaty ids whose signatories qualify
  std::string article;                      ///< e.g. "13(1)"
  /// "all Member States of the United Nations" (CED art. 38): any State, but pacta holds no list of
  /// UN Members, so this condition is recorded, shown, and not checked (docs/rules.md, G1).
  bool un_members = false;

  friend bool operator==(const eligibility& a, const eligibility& b) {
    return a.any_state == b.any_state && a.un_members == b.un_members && a.parties_of == b.parties_of &&
           a.signatories_of == b.signatories_of && a.article == b.article;
  }
  friend bool operator!=(const eligibility& a, const eligibility& b) { return !(a == b); }
};

/// A simplified procedure of consent (Part XI Agreement art. 5, rule E10): a State that signed subject to
/// it "shall be considered to have established its consent to be bound … 12 months after the date of
/// its adoption". The registry records that consent as a `simplified-procedure` on the day it was
/// established, which must be `established_on`, and after the State's signature.
struct simplified_procedure_clause {
  bool present = false;
  std::string article;    ///< "5"
  date_t established_on;  ///< the day consent is established by it: 28 July 1995 (adoption + 12 months)

  friend bool operator==(const simplified_procedure_clause& a, const simplified_procedure_clause& b) {
    return a.present == b.present && a.article == b.article && (!a.present || a.established_on == b.established_on);
  }
  friend bool operator!=(const simplified_procedure_clause& a, const simplified_procedure_clause& b) {
    return !(a == b);
  }
};

/// The amendment clause (OPSC art. 16, CRC art. 50).
struct amendment_clause {
  bool present = false;
  std::string article;       ///< "16"
  period conference_window;  ///< proposals favoured within this period of the communication (4 months)
  share conference_share;    ///< of the States Parties that must favour a conference (1/3)
  share acceptance_share;    ///< of the States Parties that must accept (2/3)
  /// Whether the States Parties are asked whether they favour a conference (OPSC art. 16(1), rule
  /// A1); false where the profile gives no `conference_window` (UN Charter art. 108: the General
  /// Assembly adopts the amendment itself).
  bool conference = true;
  /// Whether the General Assembly approves what the conference adopted, the acceptances counting
  /// from the approval (OPSC art. 16(2)); false (`"approval": false`): they count from the adoption.
  bool approval = true;
  /// States whose acceptance the entry into force needs beside the share (Charter art. 108: "including
  /// all the permanent members of the Security Council"), as the registry names them (rule A3).
  std::vector<std::string> including;
  /// In force for every party once in force (Charter art. 108: "for all Members"), not only for
  /// those that accepted it (OPSC art. 16(3)); rule A4.
  bool binds_all = false;
  /// A paragraph of the clause as cited: "16(2)" where the clause has the OPSC's paragraphs (a
  /// conference, an approval); the article alone where it has none (UN Charter art. 108).
  std::string cited(int paragraph) const {
    return conference || approval ? article + "(" + std::to_string(paragraph) + ")" : article;
  }
  friend bool operator==(const amendment_clause& a, const amendment_clause& b) {
    return a.present == b.present && a.article == b.article && a.conference == b.conference &&
           (!a.conference ||
            (a.conference_window == b.conference_window && a.conference_share == b.conference_share)) &&
           a.acceptance_share == b.acceptance_share && a.approval == b.approval && a.including == b.including &&
           a.binds_all == b.binds_all;
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
  /// No cycle of later reports: only "whenever the Committee so requests" (ICCPR art. 40(1)(b), CED
  /// art. 29(4)); no periodic date is computed, and pacta says so (rule R4).
  bool periodic_on_request = false;
  /// Where the dates come from when the treaty's text leaves them to another body: the ICESCR's
  /// article 17(1) leaves the programme to ECOSOC, whose resolution 1988/4 sets the initial report
  /// within two years and a five-year cycle ("ECOSOC res. 1988/4"). Empty: the articles above.
  std::string source;
  /// Where the treaty has a reporting clause pacta does not model (`present` false): what it asks, in
  /// a few words ("an initial report within the first year, then annual reports by 31 May"), cited
  /// with `article`. Empty: the treaty asks no report of States.
  std::string not_modelled;
  friend bool operator==(const reporting_clause& a, const reporting_clause& b) {
    return a.present == b.present && a.article == b.article && a.initial == b.initial && a.source == b.source &&
           a.not_modelled == b.not_modelled && a.periodic_on_request == b.periodic_on_request &&
           a.committee_article == b.committee_article && a.periodic_article == b.periodic_article &&
           a.periodic == b.periodic && a.periodic_in_parent_reports == b.periodic_in_parent_reports;
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

/// Provisional application by declaration (rule V1): ATT art. 23, "Any State may at the time of
/// signature or the deposit of its instrument of ratification, acceptance, approval or accession,
/// declare that it will apply provisionally Article 6 and Article 7 pending the entry into force of
/// this Treaty for that State"; CCM art. 18, APMBC art. 18 (at the deposit only). Not consent to be
/// bound: no date of entry into force depends on it.
struct provisional_clause {
  bool present = false;
  std::string article;        ///< "23"
  std::string applies;        ///< what is applied provisionally: "articles 6 and 7"
  bool at_signature = false;  ///< the declaration may be made at signature
  bool at_consent = false;    ///< … or at the deposit of an instrument of consent
  friend bool operator==(const provisional_clause& a, const provisional_clause& b) {
    return a.present == b.present && a.article == b.article && a.applies == b.applies &&
           a.at_signature == b.at_signature && a.at_consent == b.at_consent;
  }
};

/// "Subject to the entry into force of" another treaty (ICCPR-OP1 art. 9(1), OP-CRPD art. 13(1)),
/// rule E7: the treaty never enters into force, generally or for a State, before that one does.
struct subject_to_clause {
  std::string treaty;   ///< the other treaty's id ("iccpr"); empty: no such condition
  std::string article;  ///< "9(1)"
  /// That treaty's general entry into force as the depositary records it (ICCPR: 23 March 1976),
  /// used when its registry is not loaded; with the registry, the two must agree.
  std::optional<date_t> recorded;
  friend bool operator==(const subject_to_clause& a, const subject_to_clause& b) {
    return a.treaty == b.treaty && a.article == b.article && a.recorded == b.recorded;
  }
};

/// Regional integration organizations (CRPD arts. 42–44, OP-CRPD arts. 10–12), rule E8: whether the
/// treaty is open to them, and whether their instruments count toward the threshold.
struct organization_clause {
  bool open = false;                ///< organizations may sign, formally confirm and accede
  std::string article;              ///< "42, 43"
  bool counted = true;              ///< their instruments count toward the threshold
  std::string not_counted_article;  ///< "44(3)": "shall not be counted"
  friend bool operator==(const organization_clause& a, const organization_clause& b) {
    return a.open == b.open && a.article == b.article && a.counted == b.counted &&
           a.not_counted_article == b.not_counted_article;
  }
};

/// An optional declaration recognizing a committee's competence, with its own entry into force
/// (ICCPR art. 41: in force when ten States Parties have declared), rule O1. `threshold` 0: each
/// declaration has effect from its deposit, with no condition (CED arts. 31, 32).
struct optional_declaration_clause {
  std::string article;            ///< "41"
  std::string subject;            ///< "inter-State communications"
  int threshold = 0;              ///< declarations that bring the article into force (ICCPR art. 41(2): 10)
  std::string threshold_article;  ///< "41(2)"
  friend bool operator==(const optional_declaration_clause& a, const optional_declaration_clause& b) {
    return a.article == b.article && a.subject == b.subject && a.threshold == b.threshold &&
           a.threshold_article == b.threshold_article;
  }
};

/// The final clauses of one treaty.
struct treaty_rules {
  std::string id;            ///< "opsc"
  std::string short_title;   ///< "OPSC"
  std::string title;         ///< the full title
  std::string parent;        ///< the treaty it supplements ("crc"), or empty
  std::string untc_chapter;  ///< the chapter of the Secretary-General's depositary ("IV-11-c"), or empty

  eligibility signature;  ///< who may sign (OPSC art. 13(1))
  /// The day the treaty was opened for signature, where a clause counts from it (CWC art. XXI(1):
  /// "in no case earlier than two years after its opening for signature"; `opened_plus`).
  std::optional<date_t> opened_for_signature;
  eligibility consent;  ///< who may ratify or accede (OPSC art. 13(2))

  /// The general entry into force as a clause value (pacta/clause/date_term.hpp), where the profile
  /// gives one (`entry_into_force.clause`): a condition beyond a count, a delay beyond a period, a
  /// term beyond "met + delay". Nothing: `threshold` and `general_delay` say it (`general_term`).
  std::optional<clause::date_term> general_clause;
  /// The kinds of instrument the general clause counts, where it names them (CWC art. XXI(1): "the
  /// 65th instrument of ratification"; ATT art. 22(1): "of ratification, acceptance or approval"):
  /// profile key `entry_into_force.counts`. Empty: every consent counts (rule E1).
  std::vector<action_kind> counted_kinds;
  int threshold = 1;            ///< instruments that bring the treaty into force (OPSC: 10)
  period general_delay;         ///< after the threshold deposit (OPSC: 3 months)
  std::string general_article;  ///< "14(1)"
  later_state_wording later_wording = later_state_wording::after_entry_into_force;
  period later_delay;                 ///< for later States (OPSC: 1 month)
  std::string later_article;          ///< "14(2)"
  subject_to_clause subject_to;       ///< rule E7 (ICCPR-OP1 art. 9(1))
  organization_clause organizations;  ///< rule E8 (CRPD art. 44(3))
  /// The figures the clause's weighted conditions take a share of, by table name (Paris art. 21(1):
  /// "emissions"). Data, not profile syntax: neither written with the profile nor compared by `==`;
  /// `treaty_set` reads them from its data directory (tables/ID/NAME.json, pacta/weights.hpp), or
  /// the caller gives them (`treaty_set::add_table`). A table missing leaves the date NOT computed.
  std::map<std::string, clause::weight_table, std::less<>> tables;

  /// False where the treaty has no clause on denunciation (ICESCR, ICCPR, CEDAW, CED): a recorded
  /// denunciation is refused (rule D5, VCLT art. 56).
  bool denunciation_allowed = true;
  period denunciation_delay;                   ///< counted from receipt (OPSC: 1 year)
  std::string denunciation_article;            ///< "15(1)"
  std::string continuing_obligations_article;  ///< "15(2)"
  /// OPAC art. 11(1), rule D4: when not empty, a denunciation does not take effect while the State
  /// is engaged in armed conflict at the end of the period, but at the end of the conflict.
  std::string armed_conflict_article;
  /// ATT art. 24(2), Paris art. 28(2), UNCLOS art. 317(1): "or on such later date as may be specified
  /// in the notification" (rule D1): when not empty, a denunciation may carry the later date it
  /// specifies (`effective`), and takes effect then.
  std::string denunciation_later_date_article;
  /// What the treaty calls the act, for every sentence: "denunciation" (the OPSC, art. 15) or
  /// "withdrawal" (the Paris Agreement, art. 28; the ATT, art. 24). The data keep one vocabulary
  /// (the action `denunciation`, the status `denounced`); only the words follow the treaty.
  std::string denunciation_noun = "denunciation";
  /// The noun as a heading begins: "Withdrawal", "Denunciation".
  std::string denunciation_heading() const {
    std::string out = denunciation_noun;
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
  }
  /// The noun with what it is of: "withdrawal from" (the Paris Agreement), "denunciation of".
  std::string denunciation_of() const { return denunciation_noun + (is_withdrawal() ? " from" : " of"); }
  /// A notification taken back before it takes effect (rule D3, VCLT art. 68): a withdrawal is
  /// "revoked", a denunciation "withdrawn".
  const char* denunciation_taken_back() const { return is_withdrawal() ? "revoked" : "withdrawn"; }
  bool is_withdrawal() const { return denunciation_noun == "withdrawal"; }
  /// CCW art. 9(3): "Any denunciation of this Convention shall be considered as also applying to all
  /// annexed Protocols by which the denouncing High Contracting Party is bound": where not empty, a
  /// denunciation of the `parent` treaty ends this one for the State on the same day (rule D7).
  std::string parent_denunciation_article;
  /// ICRMW art. 89(1), rule D6: no notification before this period has run from the entry into
  /// force for the State (count 0: no such wait).
  period denunciation_wait;
  std::string denunciation_wait_article;  ///< "89(1)"

  std::vector<optional_declaration_clause> optional_declarations;  ///< rule O1

  declaration_clause consent_declaration;            ///< OPAC art. 3(2), 3(4)
  provisional_clause provisional_application;        ///< ATT art. 23, rule V1
  simplified_procedure_clause simplified_procedure;  ///< Part XI Agreement art. 5, rule E10

  amendment_clause amendment;  ///< OPSC art. 16
  reporting_clause reporting;  ///< OPSC art. 12

  friend bool operator==(const treaty_rules& a, const treaty_rules& b) {
    return a.id == b.id && a.short_title == b.short_title && a.title == b.title && a.parent == b.parent &&
           a.untc_chapter == b.untc_chapter && a.opened_for_signature == b.opened_for_signature &&
           a.subject_to == b.subject_to && a.organizations == b.organizations &&
           a.denunciation_allowed == b.denunciation_allowed && a.denunciation_wait == b.denunciation_wait &&
           a.denunciation_wait_article == b.denunciation_wait_article &&
           a.optional_declarations == b.optional_declarations && a.signature == b.signature && a.consent == b.consent &&
           a.general_clause == b.general_clause && a.counted_kinds == b.counted_kinds && a.threshold == b.threshold &&
           a.general_delay == b.general_delay && a.general_article == b.general_article &&
           a.later_wording == b.later_wording && a.later_delay == b.later_delay && a.later_article == b.later_article &&
           a.denunciation_delay == b.denunciation_delay && a.denunciation_article == b.denunciation_article &&
           a.continuing_obligations_article == b.continuing_obligations_article &&
           a.armed_conflict_article == b.armed_conflict_article &&
           a.denunciation_later_date_article == b.denunciation_later_date_article &&
           a.denunciation_noun == b.denunciation_noun &&
           a.parent_denunciation_article == b.parent_denunciation_article &&
           a.consent_declaration == b.consent_declaration && a.provisional_application == b.provisional_application &&
           a.simplified_procedure == b.simplified_procedure && a.amendment == b.amendment && a.reporting == b.reporting;
  }
  friend bool operator!=(const treaty_rules& a, const treaty_rules& b) { return !(a == b); }
};

/// Why no report date is computed for a treaty's States, where none is (`reporting.present` false):
/// the treaty asks none ("The OPIC has no reporting clause: it asks no report of States."), or its
/// clause is one pacta does not model ("No report date is computed for the ATT: its reporting
/// obligations are not modelled (art. 13: …)."). Every output that says so says it in these words.
inline std::string no_report_dates_sentence(const treaty_rules& r) {
  if (!r.reporting.not_modelled.empty())
    return "No report date is computed for the " + r.short_title + ": its reporting obligations are not modelled (" +
           (r.reporting.article.empty() ? std::string() : "art. " + r.reporting.article + ": ") +
           r.reporting.not_modelled + ").";
  return "The " + r.short_title + " has no reporting clause: it asks no report of States.";
}

/// The same in a table's words: "no reporting clause", or "reporting not modelled".
inline const char* no_report_dates_words(const treaty_rules& r) {
  return r.reporting.not_modelled.empty() ? "no reporting clause" : "reporting not modelled";
}

/// The OPSC (UN Treaty Collection chapter IV-11-c): open to States party to or signatories of the
/// Convention (art. 13); in force three months after the tenth instrument (art. 14(1)); one month
/// after deposit for each State consenting after its entry into force (art. 14(2)); denunciation one
/// year after receipt (art. 15(1)), without release for earlier offences (art. 15(2)).
inline treaty_rules opsc_rules() {
  treaty_rules r;
  r.id = "opsc";
  r.untc_chapter = "IV-11-c";
  r.short_title = "OPSC";
  r.title =
      "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child "
      "prostitution and child pornography";
  r.parent = "crc";
  r.signature = {false, {"crc"}, {"crc"}, "13(1)", false};
  r.consent = {false, {"crc"}, {"crc"}, "13(2)", false};
  r.threshold = 10;
  r.general_delay = period::months(3);
  r.general_article = "14(1)";
  r.later_wording = later_state_wording::after_entry_into_force;
  r.later_delay = period::months(1);
  r.later_article = "14(2)";
  r.denunciation_delay = period::years(1);
  r.denunciation_article = "15(1)";
  r.continuing_obligations_article = "15(2)";
  r.amendment = {true, "16", period::months(4), {1, 3}, {2, 3}, true, true, {}, false};
  r.reporting = {true, "12(1)", period::years(2), "12(2)", period::years(5), true, "12(3)", false, {}, {}};
  return r;
}

/// The Convention on the Rights of the Child (chapter IV-11): open to all States (arts. 46–48); in
/// force on the thirtieth day after the twentieth instrument (art. 49(1)); for a State depositing
/// after the twentieth instrument, on the thirtieth day after its own deposit (art. 49(2));
/// denunciation one year after receipt (art. 52).
inline treaty_rules crc_rules() {
  treaty_rules r;
  r.id = "crc";
  r.untc_chapter = "IV-11";
  r.short_title = "CRC";
  r.title = "Convention on the Rights of the Child";
  r.signature = {true, {}, {}, "46", false};
  r.consent = {true, {}, {}, "47, 48", false};
  r.threshold = 20;
  r.general_delay = period::days(30);
  r.general_article = "49(1)";
  r.later_wording = later_state_wording::after_threshold_deposit;
  r.later_delay = period::days(30);
  r.later_article = "49(2)";
  r.denunciation_delay = period::years(1);
  r.denunciation_article = "52";
  r.continuing_obligations_article = "";
  r.amendment = {true, "50", period::months(4), {1, 3}, {2, 3}, true, true, {}, false};
  r.reporting = {true, "44(1)(a)", period::years(2), "44(1)(b)", period::years(5), false, "44(4)", false, {}, {}};
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
  r.untc_chapter = "IV-11-b";
  r.short_title = "OPAC";
  r.title =
      "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict";
  r.parent = "crc";
  r.signature = {false, {"crc"}, {"crc"}, "9(1)", false};
  r.consent = {true, {}, {}, "9(2)", false};
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
  r.amendment = {true, "12", period::months(4), {1, 3}, {2, 3}, true, true, {}, false};
  r.reporting = {true, "8(1)", period::years(2), "8(2)", period::years(5), true, "8(3)", false, {}, {}};
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
  r.untc_chapter = "IV-11-d";
  r.short_title = "OPIC";
  r.title = "Optional Protocol to the Convention on the Rights of the Child on a communications procedure";
  r.parent = "crc";
  r.signature = {false, {"crc", "opac", "opsc"}, {"crc", "opac", "opsc"}, "18(1)", false};
  r.consent = {false, {"crc", "opac", "opsc"}, {}, "18(2), 18(3)", false};
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

}  // namespace pacta
