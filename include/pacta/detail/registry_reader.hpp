// pacta/detail/registry_reader.hpp — reading a registry from the JSON parser's events.
//
// The streaming path of pacta/registry.hpp: nlohmann's SAX events build each action's members,
// checked by `action_checker` when the action's object closes, so neither the text nor a DOM of the
// document is held. It also reports keys given twice and refuses nesting deeper than
// `max_nesting_depth`, as the strict DOM reader does.
#pragma once

#include <pacta/action.hpp>
#include <pacta/calendar.hpp>
#include <pacta/detail/action_reader.hpp>
#include <pacta/detail/json_reader.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/registry_data.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace pacta::detail {

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
    std::size_t count = 0;                 // arrays: the elements begun so far
    std::string key;                       // objects: the current key
    std::vector<std::string> keys;         // objects: the keys seen (for duplicates; an action's known keys are flags)
    std::unordered_set<std::string> many;  // the same, once an object has many keys
    json* target = nullptr;                // capture: the container being built
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

  void duplicate(const std::string& k) { duplicates_.push_back(duplicate_key(reg_.file, pointer(), k)); }

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
      case role::root:
        top_[f.key] = std::move(v);
        break;
      case role::actions:
        not_an_object(type_name(v), f.count - 1, reg_.file, action_diags_);
        break;
      case role::action:
        if (slot_ == known)
          members_[key_].value = std::move(v);
        else if (slot_ == extension)
          members_.extensions[f.key] = std::move(v);
        break;
      case role::capture:
        put(f, std::move(v));
        break;
      case role::skip:
        break;
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
    if (!may_open(depth_, [&] { return pointer(); })) return false;
    const json::value_t t = array ? json::value_t::array : json::value_t::object;
    role r = role::skip;
    json* target = nullptr;
    if (depth_ == 0) {
      if (array)
        top_ = json::array();
      else
        r = role::root;
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
        case role::skip:
          break;
      }
    }
    if (frames_.size() == depth_) frames_.emplace_back();
    frame& n = frames_[depth_++];
    n.r = r;
    n.array = array;
    n.count = 0;
    n.key.clear();
    n.keys.clear();
    if (!n.many.empty())
      n.many = std::unordered_set<std::string>();  // clear() would keep (and wipe) every bucket at each reuse
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
    diags.insert(diags.end(), std::make_move_iterator(action_diags.begin()),
                 std::make_move_iterator(action_diags.end()));
  if (diags.size() != before) return false;
  out = std::move(reg);
  return true;
}

}  // namespace pacta::detail
