// pacta/detail/json_reader.hpp — reading JSON documents strictly (internal).
//
// nlohmann::json keeps the last of two equal keys in an object without a word; in a registry that
// would let a second "date" silently replace the first. This reader parses with a callback that
// tracks the JSON pointer of every object and reports duplicate keys, and turns syntax errors into
// diagnostics with line and column.
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/detail/files.hpp>
#include <pacta/detail/utf8.hpp>
#include <pacta/diagnostic.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta::detail {
/// The message of `schema.unknown-key`, the same for every input: the key, where, the nearest
/// allowed key when one is within two edits ("did you mean"), and the keys allowed.
template <typename Keys>
std::string unknown_key_message(const std::string& key, const std::string& where, const Keys& allowed) {
  std::string list, nearest;
  std::size_t best = 3;
  for (const char* a : allowed) {
    list += std::string(list.empty() ? "" : ", ") + a;
    if (const std::size_t d = edit_distance(key, a); d < best) {
      best = d;
      nearest = a;
    }
  }
  return "unknown key " + show_value(key) + " in " + where +
         (nearest.empty() ? std::string() : "; did you mean \"" + nearest + "\"?") + " (allowed: " + list +
         ", or any key starting with \"x-\"); a misspelt key must not silently change a result";
}

/// The message of a date that does not parse.
inline std::string bad_date_message(const std::string& s) {
  const bool shaped = s.size() == 10 && s[4] == '-' && s[7] == '-';
  return shaped ? "impossible date " + show_value(s) + ": no such day in the Gregorian calendar"
                : show_value(s) + " is not a date: write an ISO 8601 calendar date, YYYY-MM-DD (years 0001 to 9999)";
}

/// The one reading of a date member: the date `text` gives, or nothing with `date.invalid` at
/// `pointer` (through `error(pointer, code, message)`).
template <typename Error>
std::optional<date_t> date_member(const std::string& text, std::string pointer, Error&& error) {
  if (auto d = parse_date(text)) return d;
  error(std::move(pointer), "date.invalid", bad_date_message(text));
  return std::nullopt;
}

/// The deepest nesting of arrays and objects pacta reads. A registry needs four levels.
inline constexpr std::size_t max_nesting_depth = 256;

/// A position in a text read piece by piece: the 1-based line and column of the next character.
struct text_position {
  std::size_t line = 1;
  std::size_t column = 1;
  void advance(std::string_view piece) noexcept {
    for (char c : piece) {
      if (c == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
  }
};

/// Line and column (1-based) of the character at 0-based `offset`.
inline std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset) {
  text_position at;
  at.advance(text.substr(0, offset));
  return {at.line, at.column};
}

/// Line and column (1-based) of the character at 0-based `offset` of a file, read again in blocks
/// (only to report a syntax error, so the text need not be kept). {0, 0} when it cannot be read.
inline std::pair<std::size_t, std::size_t> line_column_in_file(const std::string& path, std::size_t offset) {
  file_handle f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return {0, 0};
  text_position at;
  char buf[1 << 16];
  std::size_t read = 0, n = 0;
  while (read < offset && (n = std::fread(buf, 1, sizeof buf, f.get())) > 0) {
    const std::size_t take = std::min(n, offset - read);
    at.advance(std::string_view(buf, take));
    read += take;
  }
  return {at.line, at.column};
}

/// The base of pacta's two SAX handlers (the strict DOM builder below and the streaming registry
/// reader, detail/registry_reader.hpp): what they share of the strict reading. It records a parse
/// that stopped — nlohmann's error (with its position), or nesting deeper than `max_nesting_depth`
/// (with the pointer where it happened), turned into a diagnostic by `report_parse_failure` — and
/// gives the one diagnostic of a key given twice in one object.
class sax_failure {
 public:
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
    error_position_ = position;
    error_ = e.what();
    error_is_parse_ = e.id >= 100 && e.id < 200;
    return false;
  }

  bool too_deep() const noexcept { return too_deep_; }
  const std::string& deep_pointer() const noexcept { return deep_pointer_; }
  const std::string& error() const noexcept { return error_; }
  std::size_t error_position() const noexcept { return error_position_; }
  bool error_is_parse() const noexcept { return error_is_parse_; }

 protected:
  void stop_too_deep(std::string pointer) {
    too_deep_ = true;
    deep_pointer_ = std::move(pointer);
  }

  /// False, and the parse stopped, when opening a container at `depth` nests too deep; `pointer()`
  /// is asked only then.
  template <typename Pointer>
  bool may_open(std::size_t depth, Pointer&& pointer) {
    if (depth < max_nesting_depth) return true;
    stop_too_deep(pointer());
    return false;
  }

  /// `json.duplicate-key`: `key` given twice in the object at `object_pointer`.
  static diagnostic duplicate_key(const std::string& file, const std::string& object_pointer, const std::string& key) {
    return {file,
            object_pointer + "/" + pointer_token(key),
            "json.duplicate-key",
            "the key " + show_value(key) +
                " appears twice in one object; a second value must not silently replace "
                "the first",
            std::nullopt,
            std::nullopt};
  }

 private:
  bool too_deep_ = false;
  std::string deep_pointer_;
  std::string error_;
  std::size_t error_position_ = 0;
  bool error_is_parse_ = false;
};

/// nlohmann's detail of a syntax error, its "last read: 'TOKEN'" quoted as every value of a message is
/// (`show_value`: at most 60 bytes, control characters escaped): the token of an unterminated string is
/// the rest of the file.
inline std::string syntax_detail(const std::string& detail) {
  static const std::string mark = "; last read: '";
  const auto at = detail.find(mark);
  if (at == std::string::npos) return detail;
  const std::size_t from = at + mark.size();
  const auto close = detail.rfind('\'');  // "…'", or "…'; expected string literal" (a key cut short)
  if (close == std::string::npos || close < from) return detail;
  const std::string_view token(detail.data() + from, close - from);
  return detail.substr(0, at) + "; last read: " + show_value(token) + detail.substr(close + 1);
}

/// The diagnostic for a parse that stopped (`json.depth` or `json.syntax`); `line_column_at(offset)`
/// gives the line and column of a syntax error.
template <typename LineColumn>
void report_parse_failure(const sax_failure& f, const std::string& file, LineColumn&& line_column_at,
                          std::vector<diagnostic>& diags) {
  if (f.too_deep()) {
    const std::string& where = f.deep_pointer();
    std::string ptr = where.empty()
                          ? "(document)"
                          : where.substr(0, std::min<std::size_t>(where.size(), 80)) + (where.size() > 80 ? "…" : "");
    diags.push_back({file, "", "json.depth",
                     "arrays and objects are nested more than " + std::to_string(max_nesting_depth) + " deep (at " +
                         ptr + "); a registry needs four levels",
                     std::nullopt, std::nullopt});
    return;
  }
  // nlohmann's text is "[json.exception.parse_error.101] parse error at line L, column C: detail";
  // keep the detail, the position is reported separately. A number too large for a double
  // ("1e999", out_of_range.406) has no position of its own (found by fuzzing).
  const std::string& what = f.error();
  if (f.error_is_parse()) {
    const std::size_t offset = f.error_position() > 0 ? f.error_position() - 1 : 0;
    const auto lc = line_column_at(offset);
    const auto colon = what.find(": ", what.find("parse error"));
    diags.push_back({file, "", "json.syntax",
                     "malformed JSON: " + syntax_detail(colon == std::string::npos ? what : what.substr(colon + 2)),
                     lc.first, lc.second});
  } else {
    const auto bracket = what.find("] ");
    diags.push_back({file, "", "json.syntax",
                     "malformed JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2)),
                     std::nullopt, std::nullopt});
  }
}

/// Builds a DOM from nlohmann's SAX events, as nlohmann's own DOM parser does, and besides reports
/// keys given twice in one object and refuses nesting deeper than `max_nesting_depth`. (nlohmann's
/// callback parser would also do, but it scans the parent container at the end of every object,
/// which is quadratic in the number of actions.)
class strict_dom_builder : public sax_failure {
 public:
  using json = nlohmann::json;

  strict_dom_builder(json& root, const std::string& file, std::vector<diagnostic>& duplicates)
      : root_(root), file_(file), duplicates_(duplicates) {}

  bool null() { return put(nullptr); }
  bool boolean(bool v) { return put(v); }
  bool number_integer(json::number_integer_t v) { return put(v); }
  bool number_unsigned(json::number_unsigned_t v) { return put(v); }
  bool number_float(json::number_float_t v, const json::string_t&) { return put(v); }
  bool string(json::string_t& v) { return put(std::move(v)); }
  bool binary(json::binary_t& v) { return put(json::binary(std::move(v))); }

  bool start_object(std::size_t) { return open(json::value_t::object); }
  bool start_array(std::size_t) { return open(json::value_t::array); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }

  bool key(json::string_t& k) {
    json& obj = *stack_.back();
    if (obj.contains(k)) duplicates_.push_back(duplicate_key(file_, pointer(), k));
    keys_.back() = k;
    slot_ = &obj[k];
    return true;
  }

 private:
  template <typename V>
  bool put(V&& v) {
    place(json(std::forward<V>(v)));
    return true;
  }

  json* place(json&& v) {
    if (stack_.empty()) {
      root_ = std::move(v);
      return &root_;
    }
    json& parent = *stack_.back();
    if (parent.is_array()) {
      auto& arr = parent.get_ref<json::array_t&>();
      arr.push_back(std::move(v));
      return &arr.back();
    }
    *slot_ = std::move(v);
    return slot_;
  }

  bool open(json::value_t t) {
    if (!may_open(stack_.size(), [&] { return pointer(); })) return false;
    json* v = place(json(t));
    stack_.push_back(v);
    keys_.emplace_back();
    return true;
  }

  bool close() {
    stack_.pop_back();
    keys_.pop_back();
    return true;
  }

  /// The JSON pointer of the value being built (computed only for a diagnostic).
  std::string pointer() const {
    std::string p;
    for (std::size_t i = 0; i < stack_.size(); ++i) {
      if (i + 1 == stack_.size()) break;
      const json& parent = *stack_[i];
      p += "/";
      p += parent.is_array() ? std::to_string(parent.size() - 1) : pointer_token(keys_[i]);
      if (p.size() > 200) return p + "…";
    }
    return p;
  }

  json& root_;
  const std::string& file_;
  std::vector<diagnostic>& duplicates_;
  std::vector<json*> stack_;
  std::vector<std::string> keys_;
  json* slot_ = nullptr;
};

/// Parses `text` as one JSON document. On success returns true and fills `out`; otherwise appends
/// diagnostics (codes `json.syntax`, `json.depth`, `json.duplicate-key`) and returns false.
inline bool parse_json_strict(std::string_view text, const std::string& file, nlohmann::json& out,
                              std::vector<diagnostic>& diags) {
  std::vector<diagnostic> duplicates;
  nlohmann::json root;
  strict_dom_builder builder(root, file, duplicates);
  const bool ok = nlohmann::json::sax_parse(text.begin(), text.end(), &builder, nlohmann::json::input_format_t::json,
                                            /*strict=*/true,
                                            /*ignore_comments=*/false);
  if (!ok) {
    report_parse_failure(
        builder, file, [&](std::size_t offset) { return line_column(text, offset); }, diags);
    return false;
  }
  if (!duplicates.empty()) {
    diags.insert(diags.end(), duplicates.begin(), duplicates.end());
    return false;
  }
  out = std::move(root);
  return true;
}

/// The JSON type name used in messages.
/// The message for a text holding a control character (C0 other than the tab and the line feed,
/// DEL, C1) or a bidirectional embedding, override or isolate (U+202A–202E, U+2066–2069), or empty
/// when it holds none: text in pacta's files is printed on terminals and pages, where such a
/// character could move the cursor, recolour or retitle the terminal, or reorder what is shown
/// (`schema.control`).
inline std::string control_message(std::string_view key, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (const auto b = static_cast<unsigned char>(s[i]); b >= 0x20 && b < 0x7F) {  // printable ASCII
      ++i;
      continue;
    }
    const auto ch = decode_utf8(s, i);
    const char32_t c = ch.code_point;
    const bool control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
    const bool bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    if (ch.length && (control || bidi)) {
      char code[8];
      std::snprintf(code, sizeof code, "%04X", static_cast<unsigned>(c));
      return "\"" + std::string(key) + "\" holds a " + (bidi ? "bidirectional control" : "control character") + " (U+" +
             code + ") at byte " + std::to_string(i) +
             ": text is printed on terminals and pages, where it could move the cursor, recolour the screen or "
             "reorder the line; write the text without it";
    }
    i += ch.length ? ch.length : 1;
  }
  return "";
}

inline std::string type_name(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::null:
      return "null";
    case nlohmann::json::value_t::object:
      return "an object";
    case nlohmann::json::value_t::array:
      return "an array";
    case nlohmann::json::value_t::string:
      return "a string";
    case nlohmann::json::value_t::boolean:
      return "a boolean";
    case nlohmann::json::value_t::binary:
      return "binary data";
    case nlohmann::json::value_t::discarded:
      return "nothing";
    default:
      return "a number";
  }
}

/// Reads the members of one JSON object strictly: reports keys that are not allowed (keys starting
/// with `x-` are always allowed and kept by the caller), missing required keys and wrong types, each
/// as a diagnostic with the member's pointer.
class object_reader {
 public:
  object_reader(const nlohmann::json& obj, std::string pointer, const std::string& file, std::vector<diagnostic>& diags,
                std::initializer_list<const char*> allowed, const char* what)
      : obj_(obj), pointer_(std::move(pointer)), file_(file), diags_(diags) {
    if (!obj.is_object()) {
      ok_ = false;
      error(pointer_, "schema.type", std::string(what) + " must be a JSON object, not " + type_name(obj));
      return;
    }
    for (const auto& item : obj.items()) {
      const std::string& key = item.key();
      if (key.rfind("x-", 0) == 0) continue;
      bool known = false;
      for (const char* a : allowed) known = known || key == a;
      if (!known) error(member_pointer(key), "schema.unknown-key", unknown_key_message(key, what, allowed));
    }
  }

  bool is_object() const noexcept { return ok_; }
  const std::string& file() const noexcept { return file_; }
  std::vector<diagnostic>& diags() noexcept { return diags_; }
  std::string member_pointer(const std::string& key) const { return pointer_ + "/" + pointer_token(key); }

  /// The member, or nullptr (with a `schema.missing-key` diagnostic when `required`).
  const nlohmann::json* get(const char* key, bool required) {
    if (!ok_) return nullptr;
    auto it = obj_.find(key);
    if (it == obj_.end()) {
      if (required) error(pointer_, "schema.missing-key", std::string("the required key \"") + key + "\" is missing");
      return nullptr;
    }
    return &*it;
  }

  std::optional<std::string> string(const char* key, bool required, bool non_empty = true) {
    const nlohmann::json* v = get(key, required);
    if (!v) return std::nullopt;
    if (!v->is_string()) {
      error(member_pointer(key), "schema.type", std::string("\"") + key + "\" must be a string, not " + type_name(*v));
      return std::nullopt;
    }
    std::string s = v->get<std::string>();
    if (non_empty && s.empty()) {
      error(member_pointer(key), "schema.empty", std::string("\"") + key + "\" must not be empty");
      return std::nullopt;
    }
    if (const std::string m = control_message(key, s); !m.empty()) {
      error(member_pointer(key), "schema.control", m);
      return std::nullopt;
    }
    return s;
  }

  void error(std::string pointer, const char* code, std::string message) {
    diags_.push_back({file_, std::move(pointer), code, std::move(message), std::nullopt, std::nullopt});
  }

  /// The object's `x-` members, kept as they were.
  nlohmann::json extensions() const {
    nlohmann::json ext = nlohmann::json::object();
    if (ok_)
      for (const auto& item : obj_.items())
        if (item.key().rfind("x-", 0) == 0) ext[item.key()] = item.value();
    return ext;
  }

 private:
  const nlohmann::json& obj_;
  std::string pointer_;
  const std::string& file_;
  std::vector<diagnostic>& diags_;
  bool ok_ = true;
};

/// A date member of an object: required or not; `date.invalid` when it does not parse.
inline std::optional<date_t> read_date(object_reader& r, const char* key, bool required) {
  auto s = r.string(key, required, false);
  if (!s) return std::nullopt;
  return date_member(*s, r.member_pointer(key),
                     [&](std::string p, const char* c, std::string m) { r.error(std::move(p), c, std::move(m)); });
}

}  // namespace pacta::detail
