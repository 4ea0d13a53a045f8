// pacta/detail/action_reader.hpp — checking one action's members (format pacta.registry/1).
//
// The members of an action as read, from a DOM or from the streaming parser's events, and the one
// check of them (`action_checker`) both paths share, so that they give the same diagnostics in the
// same order; the registry's top-level members. Internal to pacta/registry.hpp.
#pragma once

#include <pacta/treaty_id.hpp>

#include <pacta/action.hpp>
#include <pacta/calendar.hpp>
#include <pacta/detail/json_reader.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/registry_data.hpp>
#include <pacta/succession_kind.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta::detail {

/// The members an action may have, in the order they are checked.
enum class action_key : unsigned char {
  state,
  action,
  date,
  effective,
  predecessor,
  succession_kind,
  amendment,
  article,
  vote,
  minimum_age,
  declaration,
  note,
  source,
  history_incomplete,
  declarations_not_imported
};
inline constexpr std::size_t action_key_count = 15;
inline constexpr const char* action_key_names[action_key_count] = {"state",
                                                                   "action",
                                                                   "date",
                                                                   "effective",
                                                                   "predecessor",
                                                                   "succession_kind",
                                                                   "amendment",
                                                                   "article",
                                                                   "vote",
                                                                   "minimum_age",
                                                                   "declaration",
                                                                   "note",
                                                                   "source",
                                                                   "history_incomplete",
                                                                   "declarations_not_imported"};

inline std::optional<action_key> find_action_key(std::string_view k) noexcept {
  // The names as views, measured once (a key is looked up for every member of every action).
  static constexpr auto names = [] {
    std::array<std::string_view, action_key_count> v{};
    for (std::size_t i = 0; i < action_key_count; ++i) v[i] = action_key_names[i];
    return v;
  }();
  if (k.empty()) return std::nullopt;
  for (std::size_t i = 0; i < action_key_count; ++i)
    if (k.size() == names[i].size() && k == names[i]) return static_cast<action_key>(i);
  return std::nullopt;
}

/// One member of an action as read: a string's text, or any other value.
struct action_member {
  bool present = false;
  bool is_string = false;
  std::string text;      ///< the value, when a string
  nlohmann::json value;  ///< the value, when not a string
};

/// An action's members as read, from a DOM (`from_json`) or from the parser's events (the streaming
/// reader): both paths check them with `parse_action`, so they give the same diagnostics.
struct action_members {
  action_member m[action_key_count];
  std::vector<std::string> unknown;  ///< keys not allowed (neither known nor `x-`)
  nlohmann::json extensions;         ///< the `x-` members; null when there are none

  action_member& operator[](action_key k) noexcept { return m[static_cast<std::size_t>(k)]; }
  const action_member& operator[](action_key k) const noexcept { return m[static_cast<std::size_t>(k)]; }

  void clear() {
    for (auto& x : m) x.present = false;
    unknown.clear();
    extensions = nullptr;
  }

  void from_json(const nlohmann::json& obj) {
    clear();
    for (const auto& item : obj.items()) {
      const std::string& key = item.key();
      if (auto k = find_action_key(key)) {
        action_member& v = (*this)[*k];
        v.present = true;
        v.is_string = item.value().is_string();
        if (v.is_string)
          v.text = item.value().get_ref<const std::string&>();
        else
          v.value = item.value();
      } else if (key.rfind("x-", 0) == 0) {
        extensions[key] = item.value();
      } else {
        unknown.push_back(key);
      }
    }
  }
};

/// The JSON type name of a member, as in messages.
inline std::string member_type_name(const action_member& v) {
  return v.is_string ? "a string" : type_name(v.value);
}

/// Checks one action's members and appends the action to `out` when they are valid; otherwise
/// appends every diagnostic found (pointers under /actions/`index`).
class action_checker {
 public:
  action_checker(const action_members& m, std::size_t index, const std::string& file, std::vector<diagnostic>& diags)
      : m_(m), index_(index), file_(file), diags_(diags) {}

  void run(registry& out) {
    const std::size_t before = diags_.size();
    report_unknown_keys();
    action a;
    const std::optional<action_kind> kind = read_kind(a);
    read_state(a, kind);
    read_dates(a, kind);
    read_predecessor(a, kind);
    read_amendment_members(a, kind);
    read_declaration_members(a, kind);
    read_article(a, kind);
    if (const std::string* s = string(action_key::note, false, false); s && !s->empty()) a.details().note = *s;
    if (const std::string* s = string(action_key::source, false, false); s && !s->empty()) a.details().source = *s;
    if (const std::string* s = string(action_key::history_incomplete, false, false); s && !s->empty())
      a.details().history_incomplete = *s;
    if (const std::string* s = string(action_key::declarations_not_imported, false, false); s && !s->empty())
      a.details().declarations_not_imported = *s;
    if (diags_.size() != before) return;
    if (!m_.extensions.is_null()) a.details().extensions = json_value(m_.extensions);
    out.actions.push_back(std::move(a));
  }

 private:
  /// Keys an action may not have, in sorted order (`schema.unknown-key`, with the near key).
  void report_unknown_keys() {
    if (m_.unknown.empty()) return;
    std::vector<std::string> keys = m_.unknown;
    std::sort(keys.begin(), keys.end());
    for (const auto& key : keys)
      error(ptr() + "/" + pointer_token(key), "schema.unknown-key",
            unknown_key_message(key, "an action", action_key_names));
  }

  /// The action's kind (`action.unknown`, with the near name).
  std::optional<action_kind> read_kind(action& a) {
    std::optional<action_kind> kind;
    if (const std::string* s = string(action_key::action, true)) {
      kind = parse_action_kind(*s);
      if (!kind)
        error(ptr() + "/action", "action.unknown",
              "unknown action " + show_value(*s) +
                  (nearest_action_kind(*s) ? std::string("; did you mean \"") + to_key(*nearest_action_kind(*s)) + "\"?"
                                           : std::string()) +
                  " (one of " + action_kind_list() + ")");
      else
        a.kind = *kind;
    }
    return kind;
  }

  /// The acting State: required, except for an organ's act, which has none (`action.state`).
  void read_state(action& a, const std::optional<action_kind>& kind) {
    const bool organ = kind && is_organ_act(*kind);
    if (organ) {
      if (present(action_key::state))
        error(ptr() + "/state", "action.state",
              std::string("a ") + to_key(*kind) +
                  " is the act of the Secretary-General, the conference or the General Assembly, not of a State: "
                  "remove \"state\"");
    } else if (const std::string* s = string(action_key::state, kind.has_value())) {
      if (!pacta::valid_state_name(*s)) error(ptr() + "/state", "state.name", unusable_name(*s, "State"));
      a.state = *s;
    }
  }

  /// The date, and a succession's date of succession of States (rule E5), a denunciation's later
  /// date (rule D1) or the later day an instrument counts from (rule E10).
  void read_dates(action& a, const std::optional<action_kind>& kind) {
    auto date = read_date(action_key::date, true);
    if (date) a.date = *date;
    if (present(action_key::effective)) {
      auto eff = read_date(action_key::effective, false);
      const bool instrument =
          kind && is_consent(*kind) && *kind != action_kind::succession && *kind != action_kind::simplified_procedure;
      if (instrument) {  // rule E10
        if (eff && date && *eff <= *date)
          error(ptr() + "/effective", "action.effective",
                "the later day an instrument counts from, " + to_iso(*eff) + ", must follow its deposit on " +
                    to_iso(*date) + " (rule E10); an instrument that counts from its deposit has no \"effective\"");
      } else if (kind && *kind == action_kind::simplified_procedure) {
        error(ptr() + "/effective", "action.effective",
              "a consent by the simplified procedure counts from its own \"date\", the day its consent was "
              "established (rule E10): it has no \"effective\"");
      } else if (kind && *kind != action_kind::succession && *kind != action_kind::denunciation) {
        error(ptr() + "/effective", "action.effective",
              std::string("\"effective\" belongs to a succession (the date of succession of States, rule E5), a "
                          "denunciation (the later date its notification specifies, rule D1) or an instrument that "
                          "counts from a later day than its deposit (rule E10); a ") +
                  to_key(*kind) + " takes its dates from the treaty's rules");
      } else if (kind && *kind == action_kind::denunciation) {
        if (eff && date && *eff <= *date)
          error(ptr() + "/effective", "denunciation.later-date",
                "the date a notification of denunciation specifies, " + to_iso(*eff) + ", must follow its receipt on " +
                    to_iso(*date));
      } else if (eff && date && *eff > *date) {
        error(ptr() + "/effective", "succession.effective",
              "the date of succession " + to_iso(*eff) + " cannot follow the notification of succession received " +
                  to_iso(*date));
      }
      a.effective = eff;
    }
  }

  /// A succession's predecessor and kind (rule E5).
  void read_predecessor(action& a, const std::optional<action_kind>& kind) {
    if (present(action_key::predecessor)) {
      const std::string* p = string(action_key::predecessor, false);
      if (kind && *kind != action_kind::succession)
        error(member_pointer(action_key::predecessor), "action.predecessor",
              std::string("\"predecessor\" belongs to a succession only (the State whose place the successor takes, "
                          "rule E5), not to a ") +
                  to_key(*kind));
      else if (p && !valid_state_name(*p))
        error(member_pointer(action_key::predecessor), "state.name", unusable_name(*p, "State"));
      else if (p && *p == a.state)
        error(member_pointer(action_key::predecessor), "succession.predecessor",
              "a State cannot succeed to itself: the predecessor must be another State");
      else if (p)
        a.details().predecessor = *p;
    }
    if (present(action_key::succession_kind)) {
      const std::string* k = string(action_key::succession_kind, false);
      const auto parsed = k ? parse_succession_kind(*k) : std::nullopt;
      if (kind && *kind != action_kind::succession)
        error(member_pointer(action_key::succession_kind), "action.succession-kind",
              std::string("\"succession_kind\" belongs to a succession only, not to a ") + to_key(*kind));
      else if (k && !parsed)
        error(member_pointer(action_key::succession_kind), "action.succession-kind",
              show_value(*k) + " is not a kind of succession: \"separation\" or \"newly-independent\" (VCSST)");
      else if (parsed)
        a.details().succession_kind = parsed;
    }
  }

  /// An amendment action's amendment id, and an adoption's vote (rule A2).
  void read_amendment_members(action& a, const std::optional<action_kind>& kind) {
    if (kind && is_amendment_action(*kind)) {
      if (const std::string* s = string(action_key::amendment, true)) a.amendment = *s;
    } else if (kind && present(action_key::amendment)) {
      error(ptr() + "/amendment", "action.amendment",
            std::string("\"amendment\" belongs to the amendment actions only, not to a ") + to_key(*kind));
    }
    if (kind && *kind == action_kind::amendment_adoption)
      read_vote(a);
    else if (kind && present(action_key::vote))
      error(ptr() + "/vote", "action.vote", "\"vote\" belongs to an amendment-adoption only");
  }

  /// An optional declaration's article (rule O1).
  void read_article(action& a, const std::optional<action_kind>& kind) {
    if (kind && is_optional_declaration_action(*kind)) {
      if (const std::string* s = string(action_key::article, true)) a.details().article = *s;
    } else if (kind && present(action_key::article)) {
      error(member_pointer(action_key::article), "action.article",
            std::string("\"article\" belongs to an optional declaration or its withdrawal only (rule O1), not to a ") +
                to_key(*kind));
    }
  }

  /// A declaration's minimum age, and an instrument's "declaration": "not-recorded" (OPAC art. 3).
  void read_declaration_members(action& a, const std::optional<action_kind>& kind) {
    if (present(action_key::minimum_age)) {
      const action_member& age = m_[action_key::minimum_age];
      long long n = 0;
      if (kind && *kind != action_kind::declaration)
        error(ptr() + "/minimum_age", "action.minimum-age",
              std::string("\"minimum_age\" belongs to a declaration only, not to a ") + to_key(*kind));
      else if (!whole(age, n) || n < 0 || n > 99)
        error(ptr() + "/minimum_age", "action.minimum-age",
              "\"minimum_age\" must be a whole number of years from 0 to 99");
      else
        a.details().minimum_age = static_cast<int>(n);
    }
    if (present(action_key::declaration)) {
      if (kind && (!is_consent(*kind) || *kind == action_kind::succession))
        error(ptr() + "/declaration", "action.declaration",
              std::string("\"declaration\" belongs to an instrument of ratification, accession, acceptance or "
                          "approval, not to a ") +
                  to_key(*kind));
      else if (const std::string* v = string(action_key::declaration, false); v && *v != "not-recorded")
        error(ptr() + "/declaration", "action.declaration",
              "\"declaration\" takes one value, \"not-recorded\": the depositary's record shows no declaration "
              "deposited with the instrument");
      else if (v)
        a.declaration_not_recorded = true;
    }
  }
  bool present(action_key k) const noexcept { return m_[k].present; }

  /// The action's JSON pointer, built only for a diagnostic.
  std::string ptr() const { return "/actions/" + std::to_string(index_); }

  std::string member_pointer(action_key k) const { return ptr() + "/" + action_key_names[static_cast<std::size_t>(k)]; }

  /// The member's text, or nullptr (with a diagnostic when it is required and missing, not a
  /// string, or empty where it must not be).
  const std::string* string(action_key k, bool required, bool non_empty = true) {
    const action_member& v = m_[k];
    const char* key = action_key_names[static_cast<std::size_t>(k)];
    if (!v.present) {
      if (required) error(ptr(), "schema.missing-key", std::string("the required key \"") + key + "\" is missing");
      return nullptr;
    }
    if (!v.is_string) {
      error(member_pointer(k), "schema.type",
            std::string("\"") + key + "\" must be a string, not " + member_type_name(v));
      return nullptr;
    }
    if (non_empty && v.text.empty()) {
      error(member_pointer(k), "schema.empty", std::string("\"") + key + "\" must not be empty");
      return nullptr;
    }
    if (k != action_key::state)  // a State's name: state.name says what a name may hold
      if (const std::string m = control_message(key, v.text); !m.empty()) {
        error(member_pointer(k), "schema.control", m);
        return nullptr;
      }
    return &v.text;
  }

  std::optional<date_t> read_date(action_key k, bool required) {
    const std::string* s = string(k, required, false);
    if (!s) return std::nullopt;
    if (auto d = parse_date(*s)) return d;  // the pointer is made only for the error
    error(member_pointer(k), "date.invalid", bad_date_message(*s));
    return std::nullopt;
  }

  static bool whole(const action_member& v, long long& n) {
    if (v.is_string || !v.value.is_number_integer()) return false;
    n = v.value.get<long long>();
    return true;
  }

  void read_vote(action& a) {
    if (!present(action_key::vote)) return;
    const action_member& v = m_[action_key::vote];
    const nlohmann::json value = v.is_string ? nlohmann::json(v.text) : v.value;
    object_reader o(value, member_pointer(action_key::vote), file_, diags_, {"in_favour", "against", "abstaining"},
                    "\"vote\"");
    if (!o.is_object()) return;
    pacta::vote out;
    int* fields[] = {&out.in_favour, &out.against, &out.abstaining};
    const char* names[] = {"in_favour", "against", "abstaining"};
    for (int k = 0; k < 3; ++k) {
      const nlohmann::json* n = o.get(names[k], true);
      if (!n) continue;
      if (!n->is_number_integer() || n->get<long long>() < 0 || n->get<long long>() > 100000)
        o.error(o.member_pointer(names[k]), "schema.type",
                std::string("\"") + names[k] + "\" must be a whole number of votes");
      else
        *fields[k] = static_cast<int>(n->get<long long>());
    }
    a.details().vote = out;
  }

  void error(std::string pointer, const char* code, std::string message) {
    diags_.push_back({file_, std::move(pointer), code, std::move(message), std::nullopt, std::nullopt});
  }

  const action_members& m_;
  std::size_t index_;
  const std::string& file_;
  std::vector<diagnostic>& diags_;
};

/// The shape the registry's lists of records share (`participants`, `articles_in_force`,
/// `decisions`): an optional array of objects, each with the members `allowed`, read by
/// `read_item(o, where, item)`; `key_of(item)` names it, and a name given twice is `duplicate_code`
/// at its `key_member`, saying `twice(name)`.
template <class T, class ReadItem, class KeyOf, class Twice>
void read_keyed_array(object_reader& top, const registry& reg, std::vector<diagnostic>& diags, const char* member,
                      std::initializer_list<const char*> allowed, const char* what, std::vector<T>& out,
                      ReadItem read_item, const char* key_member, const char* duplicate_code, KeyOf key_of,
                      Twice twice) {
  const nlohmann::json* v = top.get(member, false);
  if (!v) return;
  if (!v->is_array()) {
    top.error(std::string("/") + member, "schema.type",
              std::string("\"") + member + "\" must be an array, not " + type_name(*v));
    return;
  }
  for (std::size_t i = 0; i < v->size(); ++i) {
    const std::string where = std::string("/") + member + "/" + std::to_string(i);
    object_reader o((*v)[i], where, reg.file, diags, allowed, what);
    if (!o.is_object()) continue;
    T item;
    read_item(o, where, item);
    const std::string& name = key_of(item);
    for (const auto& other : out)
      if (!name.empty() && key_of(other) == name) o.error(where + "/" + key_member, duplicate_code, twice(name));
    out.push_back(std::move(item));
  }
}

/// The registry's `participants`: organizations (rule E8) and former States (rule F1), each once.
inline void read_participants(object_reader& top, registry& reg, std::vector<diagnostic>& diags) {
  read_keyed_array(
      top, reg, diags, "participants", {"name", "kind", "ceased", "note", "source"}, "a participant", reg.participants,
      [](object_reader& o, const std::string& where, participant_info& p) {
        if (auto n = o.string("name", true)) {
          if (!valid_state_name(*n)) o.error(where + "/name", "state.name", unusable_name(*n, "participant"));
          p.name = *n;
        }
        if (auto k = o.string("kind", true)) {
          if (const auto kind = parse_participant_kind(*k); kind && *kind != participant_kind::state)
            p.kind = *kind;
          else
            o.error(where + "/kind", "participant.kind",
                    "\"kind\" must be \"organization\" (a regional integration organization) or \"former-state\" (a "
                    "State that no longer exists), not " +
                        show_value(*k));
        }
        if (o.get("ceased", false)) {
          if (p.kind != participant_kind::former_state)
            o.error(where + "/ceased", "participant.ceased", "\"ceased\" belongs to a former State only");
          else if (auto d = read_date(o, "ceased", false))
            p.ceased = *d;
        }
        if (auto t = o.string("note", false, false)) p.note = *t;
        if (auto t = o.string("source", false, false)) p.source = *t;
      },
      "name", "participant.duplicate", [](const participant_info& p) -> const std::string& { return p.name; },
      [](const std::string& name) { return name + " is listed twice in \"participants\""; });
}

/// The registry's `articles_in_force`: the dates the depositary records for articles taking optional
/// declarations (rule O1), each article once.
inline void read_articles_in_force(object_reader& top, registry& reg, std::vector<diagnostic>& diags) {
  read_keyed_array(
      top, reg, diags, "articles_in_force", {"article", "date", "source"}, "an article in force", reg.articles_in_force,
      [](object_reader& o, const std::string&, recorded_article_in_force& a) {
        if (auto n = o.string("article", true)) a.article = *n;
        if (auto d = read_date(o, "date", true)) a.date = *d;
        if (auto t = o.string("source", false, false)) a.source = *t;
      },
      "article", "optional-declaration.in-force",
      [](const recorded_article_in_force& a) -> const std::string& { return a.article; },
      [](const std::string& name) { return "article " + name + " is listed twice in \"articles_in_force\""; });
}

/// The registry's `decisions` (rule E9): each a key a profile's `decided` term names, the day it was
/// taken, and the day it sets where it sets one; each key once.
inline void read_decisions(object_reader& top, registry& reg, std::vector<diagnostic>& diags) {
  read_keyed_array(
      top, reg, diags, "decisions", {"decision", "date", "effective", "by", "source", "note"}, "a decision",
      reg.decisions,
      [](object_reader& o, const std::string& where, recorded_decision& d) {
        if (auto k = o.string("decision", true)) {
          if (!is_treaty_id(*k))
            o.error(where + "/decision", "decision.key",
                    show_value(*k) +
                        " is not a decision's key: 1 to 64 lower-case letters, digits and hyphens, as a "
                        "profile's \"decided\" term names it");
          d.decision = *k;
        }
        if (auto day = read_date(o, "date", true)) d.date = *day;
        if (o.get("effective", false))
          if (auto e = read_date(o, "effective", false)) d.effective = *e;
        if (auto t = o.string("by", false, false)) d.by = *t;
        if (auto t = o.string("source", false, false)) d.source = *t;
        if (auto t = o.string("note", false, false)) d.note = *t;
      },
      "decision", "decision.key", [](const recorded_decision& d) -> const std::string& { return d.decision; },
      [](const std::string& name) {
        return "the decision " + show_value(name) + " is recorded twice in \"decisions\"";
      });
}

/// Reads the registry's top-level members (everything but the actions). Returns the `actions`
/// member, or nullptr when it is missing or not an array (with a diagnostic).
inline const nlohmann::json* read_registry_header(const nlohmann::json& j, registry& reg,
                                                  std::vector<diagnostic>& diags) {
  object_reader top(
      j, "", reg.file, diags,
      {"format", "treaty", "as_of", "source", "participants", "articles_in_force", "decisions", "actions"},
      "a registry");
  if (!top.is_object()) return nullptr;
  if (auto f = top.string("format", true)) {
    if (*f != "pacta.registry/1")
      top.error("/format", "registry.format",
                "unsupported format \"" + *f + "\": this version reads \"pacta.registry/1\"");
    reg.format = *f;
  }
  if (auto t = top.string("treaty", true)) {
    reg.treaty = *t;
    if (!is_treaty_id(*t)) top.error("/treaty", "treaty.id", treaty_id_message("the registry's \"treaty\"", *t));
  }
  if (auto d = read_date(top, "as_of", true)) reg.as_of = *d;
  if (auto s = top.string("source", false, false)) reg.source = *s;
  read_participants(top, reg, diags);
  read_articles_in_force(top, reg, diags);
  read_decisions(top, reg, diags);
  reg.extensions = json_value(top.extensions());
  const nlohmann::json* acts = top.get("actions", true);
  if (acts && !acts->is_array()) {
    top.error("/actions", "schema.type", "\"actions\" must be an array, not " + type_name(*acts));
    return nullptr;
  }
  return acts;
}

/// The action at `index` is not an object.
inline void not_an_object(const std::string& type, std::size_t index, const std::string& file,
                          std::vector<diagnostic>& diags) {
  diags.push_back({file, "/actions/" + std::to_string(index), "schema.type",
                   "an action must be a JSON object, not " + type, std::nullopt, std::nullopt});
}

}  // namespace pacta::detail
