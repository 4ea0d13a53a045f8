// pacta/registry.hpp — the registry: a JSON file of dated State actions.
//
// A registry (format `pacta.registry/1`, docs/registry-format.md, schema
// data/schema/pacta.registry-1.schema.json) lists what States did under one treaty, as the
// depositary recorded it: signatures, instruments of ratification, accession, acceptance or
// approval (by date of deposit), notifications of succession (with `effective`, the date of
// succession of States), notifications of denunciation (by date of receipt) and their withdrawals.
//
// This header reads the file's structure: types, keys, dates, action names. Whether the actions make
// sense together (a second consent while bound, a denunciation by a State that is not bound,
// article 13) is checked when a `pacta::treaty_record` is built from it (pacta/record.hpp), which is
// what most callers want: `pacta::treaty_record::load_file`.
//
// Example:
//   std::vector<pacta::diagnostic> diags;
//   pacta::registry reg;
//   if (!pacta::try_parse_registry(text, "opsc.json", reg, diags))
//     for (auto& d : diags) std::cerr << d.to_string() << '\n';
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

/// What a State did.
enum class action_kind {
  signature,                ///< signed the treaty (not consent to be bound, rule E6)
  ratification,             ///< deposited an instrument of ratification
  accession,                ///< deposited an instrument of accession
  acceptance,               ///< deposited an instrument of acceptance
  approval,                 ///< deposited an instrument of approval
  succession,               ///< notified its succession; `effective` is the date of succession
  denunciation,             ///< notification of denunciation; `date` is the depositary's receipt
  denunciation_withdrawal,  ///< withdrew a pending denunciation (VCLT art. 68)
  declaration,              ///< a declaration the treaty requires with the instrument (OPAC art. 3(2)) or strengthens it (art. 3(4))
  armed_conflict,           ///< from `date` the State is engaged in armed conflict (OPAC art. 11(1), rule D4)
  armed_conflict_end,       ///< the armed conflict the State was engaged in ended on `date`
  // Amendments (OPSC art. 16). Each names its amendment with `amendment`.
  amendment_proposal,       ///< a State Party filed a proposal with the Secretary-General (art. 16(1))
  amendment_communication,  ///< the Secretary-General communicated it to the States Parties (no `state`)
  amendment_favour,         ///< a State Party favoured a conference (art. 16(1))
  amendment_adoption,       ///< the conference adopted it (no `state`; optional `vote`)
  amendment_approval,       ///< the General Assembly approved it (no `state`; art. 16(2))
  amendment_acceptance,     ///< a State Party accepted it (art. 16(2)–(3))
  amendment_declined,       ///< a State becoming party after its entry into force declined it (VCLT art. 40(5))
};

/// The registry name of an action kind: "signature", …, "denunciation-withdrawal".
inline const char* to_string(action_kind k) noexcept {
  switch (k) {
    case action_kind::signature: return "signature";
    case action_kind::ratification: return "ratification";
    case action_kind::accession: return "accession";
    case action_kind::acceptance: return "acceptance";
    case action_kind::approval: return "approval";
    case action_kind::succession: return "succession";
    case action_kind::denunciation: return "denunciation";
    case action_kind::denunciation_withdrawal: return "denunciation-withdrawal";
    case action_kind::declaration: return "declaration";
    case action_kind::armed_conflict: return "armed-conflict";
    case action_kind::armed_conflict_end: return "armed-conflict-end";
    case action_kind::amendment_proposal: return "amendment-proposal";
    case action_kind::amendment_communication: return "amendment-communication";
    case action_kind::amendment_favour: return "amendment-favour";
    case action_kind::amendment_adoption: return "amendment-adoption";
    case action_kind::amendment_approval: return "amendment-approval";
    case action_kind::amendment_acceptance: return "amendment-acceptance";
    case action_kind::amendment_declined: return "amendment-declined";
  }
  return "?";
}

inline std::optional<action_kind> parse_action_kind(std::string_view s) noexcept {
  static constexpr action_kind all[] = {action_kind::signature,
                                        action_kind::ratification,
                                        action_kind::accession,
                                        action_kind::acceptance,
                                        action_kind::approval,
                                        action_kind::succession,
                                        action_kind::denunciation,
                                        action_kind::denunciation_withdrawal,
                                        action_kind::declaration,
                                        action_kind::armed_conflict,
                                        action_kind::armed_conflict_end,
                                        action_kind::amendment_proposal,
                                        action_kind::amendment_communication,
                                        action_kind::amendment_favour,
                                        action_kind::amendment_adoption,
                                        action_kind::amendment_approval,
                                        action_kind::amendment_acceptance,
                                        action_kind::amendment_declined};
  for (action_kind k : all)
    if (s == to_string(k)) return k;
  return std::nullopt;
}

/// True for the acts that express consent to be bound (an instrument deposited or a succession).
inline constexpr bool is_consent(action_kind k) noexcept {
  return k == action_kind::ratification || k == action_kind::accession || k == action_kind::acceptance ||
         k == action_kind::approval || k == action_kind::succession;
}

/// True for the amendment actions, which name their amendment.
inline constexpr bool is_amendment_action(action_kind k) noexcept {
  return k >= action_kind::amendment_proposal;
}

/// True for the acts of the depositary or of an organ (communication, adoption, approval), which
/// carry no `state`.
inline constexpr bool is_organ_act(action_kind k) noexcept {
  return k == action_kind::amendment_communication || k == action_kind::amendment_adoption ||
         k == action_kind::amendment_approval;
}

/// The vote of a conference that adopted an amendment (art. 16(2)), where it is known.
struct vote {
  int in_favour = 0;
  int against = 0;
  int abstaining = 0;
  friend bool operator==(const vote& a, const vote& b) {
    return a.in_favour == b.in_favour && a.against == b.against && a.abstaining == b.abstaining;
  }
};

/// One recorded action.
struct action {
  std::string state;  ///< empty only for an organ's act (is_organ_act)
  action_kind kind = action_kind::signature;
  date_t date;                     ///< signature, deposit, notification or receipt date
  std::optional<date_t> effective;  ///< successions: the date of succession of States (rule E5)
  std::string amendment;            ///< amendment actions: the amendment's id
  std::optional<pacta::vote> vote;  ///< amendment-adoption: the vote, if known
  std::optional<int> minimum_age;   ///< declaration: the minimum age declared (OPAC art. 3(2)), if known
  /// Consents under a treaty that requires a declaration with the instrument (OPAC art. 3(2)): true
  /// when the depositary's record shows none (`"declaration": "not-recorded"`), which pacta then
  /// accepts and reports instead of refusing the instrument.
  bool declaration_not_recorded = false;
  std::string note;
  std::string source;
  nlohmann::json extensions = nlohmann::json::object();  ///< the action's `x-` keys, as read
};

/// A parsed registry file.
struct registry {
  std::string file;    ///< where it was read from (for diagnostics)
  std::string format = "pacta.registry/1";
  std::string treaty;  ///< the treaty id, e.g. "opsc"
  date_t as_of;        ///< the date the record is complete to
  std::string source;  ///< where the data come from
  std::vector<action> actions;
  nlohmann::json extensions = nlohmann::json::object();  ///< top-level `x-` keys, as read
};

/// The registry as JSON, with its `x-` keys; parsing it again gives the same registry.
inline nlohmann::json to_json(const registry& r) {
  nlohmann::json j = nlohmann::json::object();
  j["format"] = r.format;
  j["treaty"] = r.treaty;
  j["as_of"] = to_iso(r.as_of);
  if (!r.source.empty()) j["source"] = r.source;
  for (const auto& item : r.extensions.items()) j[item.key()] = item.value();
  nlohmann::json actions = nlohmann::json::array();
  for (const action& a : r.actions) {
    nlohmann::json o = nlohmann::json::object();
    if (!a.state.empty()) o["state"] = a.state;
    o["action"] = to_string(a.kind);
    if (!a.amendment.empty()) o["amendment"] = a.amendment;
    o["date"] = to_iso(a.date);
    if (a.effective) o["effective"] = to_iso(*a.effective);
    if (a.minimum_age) o["minimum_age"] = *a.minimum_age;
    if (a.declaration_not_recorded) o["declaration"] = "not-recorded";
    if (a.vote) o["vote"] = {{"in_favour", a.vote->in_favour}, {"against", a.vote->against}, {"abstaining", a.vote->abstaining}};
    if (!a.note.empty()) o["note"] = a.note;
    if (!a.source.empty()) o["source"] = a.source;
    for (const auto& item : a.extensions.items()) o[item.key()] = item.value();
    actions.push_back(std::move(o));
  }
  j["actions"] = std::move(actions);
  return j;
}

namespace detail {

inline std::optional<date_t> read_date(object_reader& r, const char* key, bool required) {
  auto s = r.string(key, required, false);
  if (!s) return std::nullopt;
  if (auto d = parse_date(*s)) return d;
  const bool shaped = s->size() == 10 && (*s)[4] == '-' && (*s)[7] == '-';
  r.error(r.member_pointer(key), "date.invalid",
          shaped ? "impossible date " + detail::show_value(*s) + ": no such day in the Gregorian calendar"
                 : detail::show_value(*s) + " is not a date: write an ISO 8601 calendar date, YYYY-MM-DD (years 0001 to 9999)");
  return std::nullopt;
}

inline bool valid_state_name(const std::string& s) {
  if (s.empty() || s.size() > 200) return false;
  if (s.front() == ' ' || s.back() == ' ') return false;
  for (unsigned char c : s)
    if (c < 0x20 || c == 0x7f) return false;
  return true;
}

inline void parse_vote(object_reader& r, action& a) {
  const nlohmann::json* v = r.get("vote", false);
  if (!v) return;
  object_reader o(*v, r.member_pointer("vote"), r.file(), r.diags(), {"in_favour", "against", "abstaining"}, "\"vote\"");
  if (!o.is_object()) return;
  pacta::vote out;
  int* fields[] = {&out.in_favour, &out.against, &out.abstaining};
  const char* names[] = {"in_favour", "against", "abstaining"};
  for (int k = 0; k < 3; ++k) {
    const nlohmann::json* n = o.get(names[k], true);
    if (!n) continue;
    if (!n->is_number_integer() || n->get<long long>() < 0 || n->get<long long>() > 100000)
      o.error(o.member_pointer(names[k]), "schema.type", std::string("\"") + names[k] + "\" must be a whole number of votes");
    else
      *fields[k] = static_cast<int>(n->get<long long>());
  }
  a.vote = out;
}

inline void parse_action(const nlohmann::json& j, std::size_t index, const std::string& file, registry& out,
                         std::vector<diagnostic>& diags) {
  const std::string ptr = "/actions/" + std::to_string(index);
  object_reader r(j, ptr, file, diags, {"state", "action", "date", "effective", "amendment", "vote", "minimum_age", "declaration", "note",
                   "source"},
                  "an action");
  if (!r.is_object()) return;
  const std::size_t before = diags.size();
  action a;
  std::optional<action_kind> kind;
  if (auto s = r.string("action", true)) {
    kind = parse_action_kind(*s);
    if (!kind)
      r.error(ptr + "/action", "action.unknown",
              "unknown action " + detail::show_value(*s) +
                  ": one of signature, ratification, accession, acceptance, approval, succession, denunciation, "
                  "denunciation-withdrawal, declaration, armed-conflict, armed-conflict-end, amendment-proposal, amendment-communication, amendment-favour, "
                  "amendment-adoption, amendment-approval, amendment-acceptance, amendment-declined");
    else
      a.kind = *kind;
  }
  const bool organ = kind && is_organ_act(*kind);
  if (organ) {
    if (r.get("state", false))
      r.error(ptr + "/state", "action.state",
              std::string("a ") + to_string(*kind) +
                  " is the act of the Secretary-General, the conference or the General Assembly, not of a State: "
                  "remove \"state\"");
  } else if (auto s = r.string("state", kind.has_value())) {
    if (!valid_state_name(*s))
      r.error(ptr + "/state", "state.name",
              detail::show_value(*s) + " is not a usable State name: no leading or trailing spaces, no control characters, at "
              "most 200 bytes");
    a.state = *s;
  }
  auto date = read_date(r, "date", true);
  if (date) a.date = *date;
  if (r.get("effective", false)) {
    auto eff = read_date(r, "effective", false);
    if (kind && *kind != action_kind::succession) {
      r.error(ptr + "/effective", "action.effective",
              std::string("\"effective\" belongs to a succession only (the date of succession of States, rule "
                          "E5); a ") + to_string(*kind) + " takes its dates from the treaty's rules");
    } else if (eff && date && *eff > *date) {
      r.error(ptr + "/effective", "succession.effective",
              "the date of succession " + to_iso(*eff) + " cannot follow the notification of succession received " +
                  to_iso(*date));
    }
    a.effective = eff;
  }
  if (kind && is_amendment_action(*kind)) {
    if (auto s = r.string("amendment", true)) a.amendment = *s;
  } else if (kind && r.get("amendment", false)) {
    r.error(ptr + "/amendment", "action.amendment",
            std::string("\"amendment\" belongs to the amendment actions only, not to a ") + to_string(*kind));
  }
  if (kind && *kind == action_kind::amendment_adoption)
    parse_vote(r, a);
  else if (kind && r.get("vote", false))
    r.error(ptr + "/vote", "action.vote", "\"vote\" belongs to an amendment-adoption only");
  if (const nlohmann::json* age = r.get("minimum_age", false)) {
    if (kind && *kind != action_kind::declaration)
      r.error(ptr + "/minimum_age", "action.minimum-age",
              std::string("\"minimum_age\" belongs to a declaration only, not to a ") + to_string(*kind));
    else if (!age->is_number_integer() || age->get<long long>() < 0 || age->get<long long>() > 99)
      r.error(ptr + "/minimum_age", "action.minimum-age", "\"minimum_age\" must be a whole number of years from 0 to 99");
    else
      a.minimum_age = static_cast<int>(age->get<long long>());
  }
  if (r.get("declaration", false)) {
    if (kind && (!is_consent(*kind) || *kind == action_kind::succession))
      r.error(ptr + "/declaration", "action.declaration",
              std::string("\"declaration\" belongs to an instrument of ratification, accession, acceptance or "
                          "approval, not to a ") + to_string(*kind));
    else if (auto v = r.string("declaration", false); v && *v != "not-recorded")
      r.error(ptr + "/declaration", "action.declaration",
              "\"declaration\" takes one value, \"not-recorded\": the depositary's record shows no declaration "
              "deposited with the instrument");
    else if (v)
      a.declaration_not_recorded = true;
  }
  if (auto s = r.string("note", false, false)) a.note = *s;
  if (auto s = r.string("source", false, false)) a.source = *s;
  a.extensions = r.extensions();
  if (diags.size() == before) out.actions.push_back(std::move(a));
}

}  // namespace detail

/// Reads a registry's structure from a parsed JSON document without throwing. Returns true and
/// fills `out` when the document is well formed; otherwise appends every diagnostic found.
inline bool try_registry_from_json(const nlohmann::json& j, const std::string& file, registry& out,
                               std::vector<diagnostic>& diags) {
  const std::size_t before = diags.size();
  registry reg;
  reg.file = file;
  detail::object_reader top(j, "", file, diags, {"format", "treaty", "as_of", "source", "actions"}, "a registry");
  if (!top.is_object()) return false;
  if (auto f = top.string("format", true)) {
    if (*f != "pacta.registry/1")
      top.error("/format", "registry.format",
                "unsupported format \"" + *f + "\": this version reads \"pacta.registry/1\"");
    reg.format = *f;
  }
  if (auto t = top.string("treaty", true)) reg.treaty = *t;
  if (auto d = detail::read_date(top, "as_of", true)) reg.as_of = *d;
  if (auto s = top.string("source", false, false)) reg.source = *s;
  reg.extensions = top.extensions();
  if (const nlohmann::json* acts = top.get("actions", true)) {
    if (!acts->is_array()) {
      top.error("/actions", "schema.type", "\"actions\" must be an array, not " + detail::type_name(*acts));
    } else {
      reg.actions.reserve(acts->size());
      for (std::size_t i = 0; i < acts->size(); ++i) detail::parse_action((*acts)[i], i, file, reg, diags);
    }
  }
  if (diags.size() != before) return false;
  out = std::move(reg);
  return true;
}

/// Reads a registry's structure from text (one JSON document) without throwing.
inline bool try_parse_registry(std::string_view text, const std::string& file, registry& out,
                               std::vector<diagnostic>& diags) {
  nlohmann::json j;
  if (!detail::parse_json_strict(text, file, j, diags)) return false;
  return try_registry_from_json(j, file, out, diags);
}

}  // namespace pacta
