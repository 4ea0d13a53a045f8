// pacta/registry.hpp — the registry: a JSON file of dated State actions.
//
// A registry (format `pacta.registry/1`, docs/registry-format.md, schema
// data/schema/pacta.registry-1.schema.json) lists what States did under one treaty, as the
// depositary recorded it: signatures, instruments of ratification, accession, acceptance or
// approval (by date of deposit), notifications of succession (with `effective`, the date of
// succession of States, and optionally `predecessor`, the State succeeded to), notifications of
// denunciation (by date of receipt) and their withdrawals.
//
// This header reads and writes the file as JSON (the data it fills: pacta/registry_data.hpp) and
// checks its structure: types, keys, dates, action names. Whether the actions make sense together
// (a second consent while bound, a denunciation by a State that is not bound, article 13) is checked
// when a `pacta::treaty_record` is built from it (pacta/record.hpp), which is what most callers
// want: `pacta::load_record`.
//
// Example:
//   std::vector<pacta::diagnostic> diags;
//   if (auto reg = pacta::try_parse_registry(text, "opsc.json", diags))
//     std::cout << reg->actions.size() << " actions\n";
//   else
//     for (auto& d : diags) std::cerr << d.to_string() << '\n';
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/registry_data.hpp>
#include <pacta/detail/json_reader.hpp>
#include <pacta/diagnostic.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace pacta {

/// The registry as JSON, with its `x-` keys; parsing it again gives the same registry.
inline nlohmann::json to_json(const registry& r) {
  nlohmann::json j = nlohmann::json::object();
  j["format"] = r.format;
  j["treaty"] = r.treaty;
  j["as_of"] = to_iso(r.as_of);
  if (!r.source.empty()) j["source"] = r.source;
  for (const auto& item : r.extensions.get().items()) j[item.key()] = item.value();
  nlohmann::json actions = nlohmann::json::array();
  for (const action& a : r.actions) {
    nlohmann::json o = nlohmann::json::object();
    if (!a.state.empty()) o["state"] = a.state;
    o["action"] = to_string(a.kind);
    if (!a.amendment.empty()) o["amendment"] = a.amendment;
    o["date"] = to_iso(a.date);
    if (a.effective) o["effective"] = to_iso(*a.effective);
    if (!a.predecessor().empty()) o["predecessor"] = a.predecessor();
    if (a.minimum_age()) o["minimum_age"] = *a.minimum_age();
    if (a.declaration_not_recorded) o["declaration"] = "not-recorded";
    if (a.vote()) o["vote"] = {{"in_favour", a.vote()->in_favour}, {"against", a.vote()->against}, {"abstaining", a.vote()->abstaining}};
    if (!a.note().empty()) o["note"] = a.note();
    if (!a.source().empty()) o["source"] = a.source();
    for (const auto& item : a.extensions().items()) o[item.key()] = item.value();
    actions.push_back(std::move(o));
  }
  j["actions"] = std::move(actions);
  return j;
}

namespace detail {

/// The message of a date that does not parse.
inline std::string bad_date_message(const std::string& s) {
  const bool shaped = s.size() == 10 && s[4] == '-' && s[7] == '-';
  return shaped ? "impossible date " + show_value(s) + ": no such day in the Gregorian calendar"
                : show_value(s) + " is not a date: write an ISO 8601 calendar date, YYYY-MM-DD (years 0001 to 9999)";
}

inline std::optional<date_t> read_date(object_reader& r, const char* key, bool required) {
  auto s = r.string(key, required, false);
  if (!s) return std::nullopt;
  if (auto d = parse_date(*s)) return d;
  r.error(r.member_pointer(key), "date.invalid", bad_date_message(*s));
  return std::nullopt;
}

/// The members an action may have, in the order they are checked.
enum class action_key : unsigned char {
  state,
  action,
  date,
  effective,
  predecessor,
  amendment,
  vote,
  minimum_age,
  declaration,
  note,
  source
};
inline constexpr std::size_t action_key_count = 11;
inline constexpr const char* action_key_names[action_key_count] = {"state",       "action",    "date",  "effective",
                                                                   "predecessor", "amendment", "vote",  "minimum_age",
                                                                   "declaration", "note",      "source"};

inline std::optional<action_key> find_action_key(std::string_view k) noexcept {
  static constexpr std::string_view names[action_key_count] = {"state",       "action",    "date",  "effective",
                                                               "predecessor", "amendment", "vote",  "minimum_age",
                                                               "declaration", "note",      "source"};
  if (k.empty()) return std::nullopt;
  for (std::size_t i = 0; i < action_key_count; ++i)
    if (k.size() == names[i].size() && k.front() == names[i].front() && k == names[i]) return static_cast<action_key>(i);
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
    if (!m_.unknown.empty()) {
      std::vector<std::string> keys = m_.unknown;
      std::sort(keys.begin(), keys.end());
      for (const auto& key : keys)
        error(ptr() + "/" + pointer_token(key), "schema.unknown-key",
              unknown_key_message(key, "an action", action_key_names));
    }
    action a;
    std::optional<action_kind> kind;
    if (const std::string* s = string(action_key::action, true)) {
      kind = parse_action_kind(*s);
      if (!kind)
        error(ptr() + "/action", "action.unknown",
              "unknown action " + show_value(*s) +
                  (nearest_action_kind(*s) ? std::string("; did you mean \"") + to_string(*nearest_action_kind(*s)) + "\"?"
                                           : std::string()) +
                  " (one of " + action_kind_list() + ")");
      else
        a.kind = *kind;
    }
    const bool organ = kind && is_organ_act(*kind);
    if (organ) {
      if (present(action_key::state))
        error(ptr() + "/state", "action.state",
              std::string("a ") + to_string(*kind) +
                  " is the act of the Secretary-General, the conference or the General Assembly, not of a State: "
                  "remove \"state\"");
    } else if (const std::string* s = string(action_key::state, kind.has_value())) {
      if (!pacta::valid_state_name(*s))
        error(ptr() + "/state", "state.name",
              show_value(*s) + " is not a usable State name: no leading or trailing spaces, no control characters, at "
              "most 200 bytes");
      a.state = *s;
    }
    auto date = read_date(action_key::date, true);
    if (date) a.date = *date;
    if (present(action_key::effective)) {
      auto eff = read_date(action_key::effective, false);
      if (kind && *kind != action_kind::succession) {
        error(ptr() + "/effective", "action.effective",
              std::string("\"effective\" belongs to a succession only (the date of succession of States, rule "
                          "E5); a ") + to_string(*kind) + " takes its dates from the treaty's rules");
      } else if (eff && date && *eff > *date) {
        error(ptr() + "/effective", "succession.effective",
              "the date of succession " + to_iso(*eff) + " cannot follow the notification of succession received " +
                  to_iso(*date));
      }
      a.effective = eff;
    }
    if (present(action_key::predecessor)) {
      const std::string* p = string(action_key::predecessor, false);
      if (kind && *kind != action_kind::succession)
        error(member_pointer(action_key::predecessor), "action.predecessor",
              std::string("\"predecessor\" belongs to a succession only (the State whose place the successor takes, "
                          "rule E5), not to a ") +
                  to_string(*kind));
      else if (p && !valid_state_name(*p))
        error(member_pointer(action_key::predecessor), "state.name",
              show_value(*p) +
                  " is not a usable State name: no leading or trailing spaces, no control characters, at "
                  "most 200 bytes");
      else if (p && *p == a.state)
        error(member_pointer(action_key::predecessor), "succession.predecessor",
              "a State cannot succeed to itself: the predecessor must be another State");
      else if (p)
        a.details().predecessor = *p;
    }
    if (kind && is_amendment_action(*kind)) {
      if (const std::string* s = string(action_key::amendment, true)) a.amendment = *s;
    } else if (kind && present(action_key::amendment)) {
      error(ptr() + "/amendment", "action.amendment",
            std::string("\"amendment\" belongs to the amendment actions only, not to a ") + to_string(*kind));
    }
    if (kind && *kind == action_kind::amendment_adoption)
      read_vote(a);
    else if (kind && present(action_key::vote))
      error(ptr() + "/vote", "action.vote", "\"vote\" belongs to an amendment-adoption only");
    if (present(action_key::minimum_age)) {
      const action_member& age = m_[action_key::minimum_age];
      long long n = 0;
      if (kind && *kind != action_kind::declaration)
        error(ptr() + "/minimum_age", "action.minimum-age",
              std::string("\"minimum_age\" belongs to a declaration only, not to a ") + to_string(*kind));
      else if (!whole(age, n) || n < 0 || n > 99)
        error(ptr() + "/minimum_age", "action.minimum-age", "\"minimum_age\" must be a whole number of years from 0 to 99");
      else
        a.details().minimum_age = static_cast<int>(n);
    }
    if (present(action_key::declaration)) {
      if (kind && (!is_consent(*kind) || *kind == action_kind::succession))
        error(ptr() + "/declaration", "action.declaration",
              std::string("\"declaration\" belongs to an instrument of ratification, accession, acceptance or "
                          "approval, not to a ") + to_string(*kind));
      else if (const std::string* v = string(action_key::declaration, false); v && *v != "not-recorded")
        error(ptr() + "/declaration", "action.declaration",
              "\"declaration\" takes one value, \"not-recorded\": the depositary's record shows no declaration "
              "deposited with the instrument");
      else if (v)
        a.declaration_not_recorded = true;
    }
    if (const std::string* s = string(action_key::note, false, false); s && !s->empty()) a.details().note = *s;
    if (const std::string* s = string(action_key::source, false, false); s && !s->empty()) a.details().source = *s;
    if (diags_.size() != before) return;
    if (!m_.extensions.is_null()) a.details().extensions = json_value(m_.extensions);
    out.actions.push_back(std::move(a));
  }

 private:
  bool present(action_key k) const noexcept { return m_[k].present; }

  /// The action's JSON pointer, built only for a diagnostic.
  std::string ptr() const { return "/actions/" + std::to_string(index_); }

  std::string member_pointer(action_key k) const {
    return ptr() + "/" + action_key_names[static_cast<std::size_t>(k)];
  }

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
      error(member_pointer(k), "schema.type", std::string("\"") + key + "\" must be a string, not " + member_type_name(v));
      return nullptr;
    }
    if (non_empty && v.text.empty()) {
      error(member_pointer(k), "schema.empty", std::string("\"") + key + "\" must not be empty");
      return nullptr;
    }
    return &v.text;
  }

  std::optional<date_t> read_date(action_key k, bool required) {
    const std::string* s = string(k, required, false);
    if (!s) return std::nullopt;
    if (auto d = parse_date(*s)) return d;
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
    object_reader o(value, member_pointer(action_key::vote), file_, diags_, {"in_favour", "against", "abstaining"}, "\"vote\"");
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

/// Reads the registry's top-level members (everything but the actions). Returns the `actions`
/// member, or nullptr when it is missing or not an array (with a diagnostic).
inline const nlohmann::json* read_registry_header(const nlohmann::json& j, registry& reg, std::vector<diagnostic>& diags) {
  object_reader top(j, "", reg.file, diags, {"format", "treaty", "as_of", "source", "actions"}, "a registry");
  if (!top.is_object()) return nullptr;
  if (auto f = top.string("format", true)) {
    if (*f != "pacta.registry/1")
      top.error("/format", "registry.format",
                "unsupported format \"" + *f + "\": this version reads \"pacta.registry/1\"");
    reg.format = *f;
  }
  if (auto t = top.string("treaty", true)) reg.treaty = *t;
  if (auto d = read_date(top, "as_of", true)) reg.as_of = *d;
  if (auto s = top.string("source", false, false)) reg.source = *s;
  reg.extensions = json_value(top.extensions());
  const nlohmann::json* acts = top.get("actions", true);
  if (acts && !acts->is_array()) {
    top.error("/actions", "schema.type", "\"actions\" must be an array, not " + type_name(*acts));
    return nullptr;
  }
  return acts;
}

/// The action at `index` is not an object.
inline void not_an_object(const std::string& type, std::size_t index, const std::string& file, std::vector<diagnostic>& diags) {
  diags.push_back({file, "/actions/" + std::to_string(index), "schema.type", "an action must be a JSON object, not " + type,
                   std::nullopt, std::nullopt});
}

/// Reads a registry from nlohmann's SAX events as the parser produces them: each action is checked
/// (by `action_checker`, as on the DOM path) and stored when its object closes, so the document is
/// never held as a DOM and the text need not be held at all. It also does what the strict DOM
/// builder does: keys given twice in one object are reported (`json.duplicate-key`), and nesting
/// deeper than `max_nesting_depth` is refused. The top-level members other than the actions are
/// kept as a small DOM and read by `read_registry_header` at the end.
class registry_reader : public sax_failure {
 public:
  using json = nlohmann::json;

  registry_reader(registry& reg, std::vector<diagnostic>& action_diags, std::vector<diagnostic>& duplicates)
      : reg_(reg), action_diags_(action_diags), duplicates_(duplicates), top_(json::object()) {}

  bool null() { return scalar(json(nullptr)); }
  bool boolean(bool v) { return scalar(json(v)); }
  bool number_integer(json::number_integer_t v) { return scalar(json(v)); }
  bool number_unsigned(json::number_unsigned_t v) { return scalar(json(v)); }
  bool number_float(json::number_float_t v, const json::string_t&) { return scalar(json(v)); }
  bool binary(json::binary_t& v) { return scalar(json::binary(std::move(v))); }

  bool string(json::string_t& v) {
    if (depth_ > 0 && top().r == role::action) {  // the common case: a member of an action
      if (slot_ == known) {
        action_member& m = members_[key_];
        m.is_string = true;
        m.text.assign(v);
        return true;
      }
      if (slot_ == unknown) return true;
    }
    return scalar(json(v));
  }

  bool start_object(std::size_t) { return open(false); }
  bool start_array(std::size_t) { return open(true); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(json::string_t& k) {
    frame& f = top();
    f.key.assign(k);
    if (f.r == role::action) {
      if (auto kk = find_action_key(k)) {
        action_member& m = members_[*kk];
        if (m.present) duplicate(k);
        m.present = true;
        m.is_string = false;
        key_ = *kk;
        slot_ = known;
        return true;
      }
      if (!insert_key(f, k)) duplicate(k);
      if (k.rfind("x-", 0) == 0) {
        slot_ = extension;
      } else {
        slot_ = unknown;
        members_.unknown.push_back(k);
      }
    } else if (!insert_key(f, k)) {
      duplicate(k);
    }
    return true;
  }

  /// The document's top-level value as far as the header needs it: the members other than the
  /// actions (with an empty array standing for them when they were an array), or a value of the
  /// root's type when the root is not an object.
  json& header() { return top_; }

 private:
  enum class role : unsigned char { root, actions, action, capture, skip };
  enum slot_kind : unsigned char { known, extension, unknown };

  struct frame {
    role r = role::skip;
    bool array = false;
    std::size_t count = 0;  // arrays: the elements begun so far
    std::string key;        // objects: the current key
    std::vector<std::string> keys;  // objects: the keys seen (for duplicates; an action's known keys are flags)
    std::unordered_set<std::string> many;  // the same, once an object has many keys
    json* target = nullptr;  // capture: the container being built
  };

  frame& top() noexcept { return frames_[depth_ - 1]; }

  static bool insert_key(frame& f, const std::string& k) {
    if (!f.many.empty()) return f.many.insert(k).second;
    for (const auto& seen : f.keys)
      if (seen == k) return false;
    if (f.keys.size() < 32) {
      f.keys.push_back(k);
    } else {
      f.many.insert(f.keys.begin(), f.keys.end());
      f.many.insert(k);
    }
    return true;
  }

  void duplicate(const std::string& k) {
    duplicates_.push_back({reg_.file, pointer() + "/" + pointer_token(k), "json.duplicate-key",
                           "the key " + show_value(k) +
                               " appears twice in one object; a second value must not silently replace the first",
                           std::nullopt, std::nullopt});
  }

  /// The JSON pointer of the innermost open container (computed only for a diagnostic).
  std::string pointer() const {
    std::string p;
    for (std::size_t i = 0; i + 1 < depth_; ++i) {
      const frame& f = frames_[i];
      p += "/";
      p += f.array ? std::to_string(f.count - 1) : pointer_token(f.key);
      if (p.size() > 200) return p + "…";
    }
    return p;
  }

  /// Where a value (scalar or container) that begins now goes, for the frame on top.
  bool scalar(json&& v) {
    if (depth_ == 0) {
      top_ = std::move(v);  // not an object: only its type matters
      return true;
    }
    frame& f = top();
    if (f.array) ++f.count;
    switch (f.r) {
      case role::root: top_[f.key] = std::move(v); break;
      case role::actions: not_an_object(type_name(v), f.count - 1, reg_.file, action_diags_); break;
      case role::action:
        if (slot_ == known)
          members_[key_].value = std::move(v);
        else if (slot_ == extension)
          members_.extensions[f.key] = std::move(v);
        break;
      case role::capture: put(f, std::move(v)); break;
      case role::skip: break;
    }
    return true;
  }

  static json* put(frame& f, json&& v) {
    if (f.array) {
      auto& arr = f.target->get_ref<json::array_t&>();
      arr.push_back(std::move(v));
      return &arr.back();
    }
    json& slot = (*f.target)[f.key];
    slot = std::move(v);
    return &slot;
  }

  bool open(bool array) {
    if (depth_ >= max_nesting_depth) {
      stop_too_deep(pointer());
      return false;
    }
    const json::value_t t = array ? json::value_t::array : json::value_t::object;
    role r = role::skip;
    json* target = nullptr;
    if (depth_ == 0) {
      if (array) top_ = json::array();
      else r = role::root;
    } else {
      frame& f = top();
      if (f.array) ++f.count;
      switch (f.r) {
        case role::root:
          if (array && f.key == "actions") {
            top_[f.key] = json::array();
            r = role::actions;
          } else {
            json& slot = top_[f.key];
            slot = json(t);
            target = &slot;
            r = role::capture;
          }
          break;
        case role::actions:
          if (array) {
            not_an_object("an array", f.count - 1, reg_.file, action_diags_);
          } else {
            members_.clear();
            r = role::action;
          }
          break;
        case role::action:
          if (slot_ == known) {
            json& slot = members_[key_].value;
            slot = json(t);
            target = &slot;
            r = role::capture;
          } else if (slot_ == extension) {
            json& slot = members_.extensions[f.key];
            slot = json(t);
            target = &slot;
            r = role::capture;
          }
          break;
        case role::capture:
          target = put(f, json(t));
          r = role::capture;
          break;
        case role::skip: break;
      }
    }
    if (frames_.size() == depth_) frames_.emplace_back();
    frame& n = frames_[depth_++];
    n.r = r;
    n.array = array;
    n.count = 0;
    n.key.clear();
    n.keys.clear();
    if (!n.many.empty()) n.many = std::unordered_set<std::string>();  // clear() would keep (and wipe) every bucket at each reuse
    n.target = target;
    return true;
  }

  bool close() {
    const role r = frames_[--depth_].r;
    if (r == role::action) {
      action_checker(members_, frames_[depth_ - 1].count - 1, reg_.file, action_diags_).run(reg_);
    }
    return true;
  }

  registry& reg_;
  std::vector<diagnostic>& action_diags_;
  std::vector<diagnostic>& duplicates_;
  json top_;
  std::vector<frame> frames_;
  std::size_t depth_ = 0;
  action_members members_;
  action_key key_ = action_key::state;
  slot_kind slot_ = unknown;
};

/// Streams a registry's text (from `first` to `last`) through `registry_reader`; `size_hint` is
/// the text's size when known, to reserve the actions once.
template <typename Iterator, typename LineColumn>
bool read_registry(Iterator first, Iterator last, std::size_t size_hint, const std::string& file, registry& out,
                   std::vector<diagnostic>& diags, LineColumn&& line_column_at) {
  registry reg;
  reg.file = file;
  // An action takes at least about 56 bytes of text; memory reserved and not written is not
  // resident, so a generous reservation costs nothing and spares a copy of every action. Where
  // the system will not reserve that much, the vector grows as it goes.
  try {
    reg.actions.reserve(std::min<std::size_t>(size_hint / 56 + 16, std::size_t{1} << 26));
  } catch (const std::bad_alloc&) {
  }
  std::vector<diagnostic> action_diags, duplicates;
  registry_reader reader(reg, action_diags, duplicates);
  const bool ok = nlohmann::json::sax_parse(std::move(first), std::move(last), &reader,
                                            nlohmann::json::input_format_t::json, /*strict=*/true,
                                            /*ignore_comments=*/false);
  if (!ok) {
    report_parse_failure(reader, file, line_column_at, diags);
    return false;
  }
  if (!duplicates.empty()) {
    diags.insert(diags.end(), duplicates.begin(), duplicates.end());
    return false;
  }
  const std::size_t before = diags.size();
  read_registry_header(reader.header(), reg, diags);
  if (reader.header().is_object())
    diags.insert(diags.end(), std::make_move_iterator(action_diags.begin()), std::make_move_iterator(action_diags.end()));
  if (diags.size() != before) return false;
  out = std::move(reg);
  return true;
}


/// Reads a registry's structure from a parsed JSON document without throwing. Returns true and
/// fills `out` when the document is well formed; otherwise appends every diagnostic found.
inline bool registry_from_json(const nlohmann::json& j, const std::string& file, registry& out,
                                   std::vector<diagnostic>& diags) {
  const std::size_t before = diags.size();
  registry reg;
  reg.file = file;
  if (const nlohmann::json* acts = read_registry_header(j, reg, diags)) {
    reg.actions.reserve(acts->size());
    action_members members;
    for (std::size_t i = 0; i < acts->size(); ++i) {
      const nlohmann::json& a = (*acts)[i];
      if (!a.is_object()) {
        not_an_object(type_name(a), i, file, diags);
        continue;
      }
      members.from_json(a);
      action_checker(members, i, file, diags).run(reg);
    }
  }
  if (diags.size() != before) return false;
  out = std::move(reg);
  return true;
}

/// Reads a registry's structure from text (one JSON document) without throwing, as a stream: no
/// DOM of the document is built. `file` names it in diagnostics.
inline bool read_registry_text(std::string_view text, const std::string& file, registry& out,
                               std::vector<diagnostic>& diags) {
  return read_registry(text.data(), text.data() + text.size(), text.size(), file, out, diags,
                               [&](std::size_t offset) { return line_column(text, offset); });
}

/// Reads a registry file without throwing, as a stream: the file is read in blocks of 256 KiB and
/// neither its text nor a DOM of it is held, so memory holds the actions only. Files over `limit`
/// bytes are refused before anything is read (`io.too-large`). `-` is standard input; standard
/// input, a pipe or a FIFO is read once, whole, and parsed from memory (a stream cannot be read
/// again to place an error).
inline bool read_registry_file(const std::string& path, registry& out, std::vector<diagnostic>& diags,
                              std::size_t limit = max_registry_bytes) {
  input_info info;
  file_handle f = open_input(path, diags, limit, info);
  if (!f) return false;
  if (!info.regular) {
    std::string text;
    if (!read_rest(f.get(), path, text, diags, limit)) return false;
    return read_registry_text(text, path, out, diags);
  }
  block_reader blocks(f.get(), limit);
  std::vector<diagnostic> found;
  const bool ok = read_registry(blocks.begin(), block_reader::end(), info.size, path, out, found,
                                        [&](std::size_t offset) { return line_column_in_file(path, offset); });
  if (blocks.too_large()) {
    diags.push_back({path, "", "io.too-large", "the input has more than the limit of " + std::to_string(limit) + " bytes",
                     std::nullopt, std::nullopt});
    return false;
  }
  if (blocks.read_error()) {
    diags.push_back({path, "", "io.read", "cannot read the file", std::nullopt, std::nullopt});
    return false;
  }
  diags.insert(diags.end(), found.begin(), found.end());
  return ok;
}

}  // namespace detail

// ---- the loading shape shared by every input (registry, profile, record, reports, names) ------------
//   load_X(path) / parse_X(text, file)                         throw load_error with every diagnostic
//   try_load_X(path, diags) / try_parse_X(text, file, diags)   return the value, or nothing and the
//                                                              diagnostics appended to `diags`

/// A registry's structure (no treaty rules applied yet) from text; nothing, and every diagnostic in
/// `diags`, when it is malformed. `file` names it in diagnostics.
[[nodiscard]] inline std::optional<registry> try_parse_registry(std::string_view text, const std::string& file,
                                                                std::vector<diagnostic>& diags) {
  registry reg;
  if (!detail::read_registry_text(text, file, reg, diags)) return std::nullopt;
  return reg;
}

/// As `try_parse_registry`, from a file read as a stream: in blocks of 256 KiB, neither its text nor a
/// DOM of it held, so memory holds the actions only. Files over 4 GiB are refused before anything is
/// read (`io.too-large`). `-` is standard input; standard input, a pipe or a FIFO is read once,
/// whole, and parsed from memory.
[[nodiscard]] inline std::optional<registry> try_load_registry(const std::string& path,
                                                               std::vector<diagnostic>& diags) {
  registry reg;
  if (!detail::read_registry_file(path, reg, diags)) return std::nullopt;
  return reg;
}

/// As `try_parse_registry`; throws `load_error` with every diagnostic.
inline registry parse_registry(std::string_view text, const std::string& file) {
  std::vector<diagnostic> diags;
  if (auto r = try_parse_registry(text, file, diags)) return std::move(*r);
  throw load_error(std::move(diags));
}

/// As `try_load_registry`; throws `load_error` with every diagnostic.
///
/// Example: `pacta::load_registry("data/registries/opsc.json").actions.size()`.
inline registry load_registry(const std::string& path) {
  std::vector<diagnostic> diags;
  if (auto r = try_load_registry(path, diags)) return std::move(*r);
  throw load_error(std::move(diags));
}

}  // namespace pacta
