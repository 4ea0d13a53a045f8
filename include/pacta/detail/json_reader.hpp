// pacta/detail/json_reader.hpp — reading JSON documents strictly (internal).
//
// nlohmann::json keeps the last of two equal keys in an object without a word; in a registry that
// would let a second "date" silently replace the first. This reader parses with a callback that
// tracks the JSON pointer of every object and reports duplicate keys, and turns syntax errors into
// diagnostics with line and column.
#pragma once

#include <pacta/diagnostic.hpp>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <initializer_list>
#include <optional>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace pacta::detail {

/// Reads a whole file in large blocks. Returns false (and leaves `out` empty) when it cannot be
/// opened or read.
inline bool read_file(const std::string& path, std::string& out) {
  out.clear();
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return false;
  char buf[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) out.append(buf, n);
  if (std::ferror(f.get())) {
    out.clear();
    return false;
  }
  return true;
}

/// The largest input file pacta reads: 256 MiB. A registry of a million actions is about 70 MB.
inline constexpr std::size_t max_input_bytes = std::size_t{256} << 20;

/// Reads an input file whole, with a diagnostic when it cannot: `io.read` (missing, unreadable, a
/// directory) or `io.too-large` (over `limit`, checked before reading anything).
inline bool read_input(const std::string& path, std::string& out, std::vector<diagnostic>& diags,
                       std::size_t limit = max_input_bytes) {
  out.clear();
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) {
    diags.push_back({path, "", "io.read", "cannot open the file", std::nullopt, std::nullopt});
    return false;
  }
  if (std::fseek(f.get(), 0, SEEK_END) == 0) {
    const long size = std::ftell(f.get());
    if (size >= 0 && static_cast<unsigned long>(size) > limit) {
      diags.push_back({path, "", "io.too-large",
                       "the file has " + std::to_string(size) + " bytes, more than the limit of " +
                           std::to_string(limit) + " bytes; nothing was read",
                       std::nullopt, std::nullopt});
      return false;
    }
    std::rewind(f.get());
  }
  char buf[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) {
    if (out.size() + n > limit) {
      out.clear();
      diags.push_back({path, "", "io.too-large",
                       "the input has more than the limit of " + std::to_string(limit) + " bytes", std::nullopt,
                       std::nullopt});
      return false;
    }
    out.append(buf, n);
  }
  if (std::ferror(f.get())) {
    out.clear();
    diags.push_back({path, "", "io.read", "cannot read the file (is it a directory?)", std::nullopt, std::nullopt});
    return false;
  }
  return true;
}

/// Line and column (1-based) of the character at 0-based `offset`.
inline std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset) {
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return {line, col};
}

/// Parses `text` as one JSON document. On success returns true and fills `out`; otherwise appends
/// diagnostics (code `json.syntax` or `json.duplicate-key`) and returns false.
inline bool parse_json_strict(std::string_view text, const std::string& file, nlohmann::json& out,
                              std::vector<diagnostic>& diags) {
  struct frame {
    bool is_array = false;
    std::size_t next_index = 0;
    std::string pointer;
    std::string last_key;
    std::set<std::string> keys;
  };
  std::vector<frame> stack;
  std::vector<diagnostic> duplicates;

  auto child_pointer = [&stack]() -> std::string {
    if (stack.empty()) return "";
    frame& parent = stack.back();
    if (parent.is_array) return parent.pointer + "/" + std::to_string(parent.next_index++);
    return parent.pointer + "/" + pointer_token(parent.last_key);
  };

  using json = nlohmann::json;
  json::parser_callback_t cb = [&](int /*depth*/, json::parse_event_t event, json& parsed) -> bool {
    switch (event) {
      case json::parse_event_t::object_start:
      case json::parse_event_t::array_start: {
        frame f;
        f.pointer = child_pointer();
        f.is_array = event == json::parse_event_t::array_start;
        stack.push_back(std::move(f));
        break;
      }
      case json::parse_event_t::key: {
        frame& f = stack.back();
        const std::string key = parsed.get<std::string>();
        if (!f.keys.insert(key).second) {
          duplicates.push_back({file, f.pointer + "/" + pointer_token(key), "json.duplicate-key",
                                "the key \"" + key +
                                    "\" appears twice in one object; a second value must not silently "
                                    "replace the first",
                                std::nullopt, std::nullopt});
        }
        f.last_key = key;
        break;
      }
      case json::parse_event_t::value:
        if (!stack.empty() && stack.back().is_array) ++stack.back().next_index;
        break;
      case json::parse_event_t::object_end:
      case json::parse_event_t::array_end:
        if (!stack.empty()) stack.pop_back();
        break;
    }
    return true;
  };

  try {
    out = json::parse(text.begin(), text.end(), cb, /*allow_exceptions=*/true, /*ignore_comments=*/false);
  } catch (const json::parse_error& e) {
    const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    const auto lc = line_column(text, offset);
    std::string what = e.what();
    // nlohmann's text is "[json.exception.parse_error.101] parse error at line L, column C: detail";
    // keep the detail, the position is reported separately.
    const auto colon = what.find(": ", what.find("parse error"));
    std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
    diags.push_back({file, "", "json.syntax", "malformed JSON: " + detail, lc.first, lc.second});
    return false;
  } catch (const json::exception& e) {
    // A number too large for a double ("1e999") is not a parse_error but an out_of_range error,
    // without a position. Found by fuzzing (tests/fuzz/fuzz_profile).
    std::string what = e.what();
    const auto bracket = what.find("] ");
    diags.push_back({file, "", "json.syntax",
                     "malformed JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2)), std::nullopt,
                     std::nullopt});
    return false;
  }
  if (!duplicates.empty()) {
    diags.insert(diags.end(), duplicates.begin(), duplicates.end());
    return false;
  }
  return true;
}

/// The JSON type name used in messages.
inline std::string type_name(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::binary: return "binary data";
    case nlohmann::json::value_t::discarded: return "nothing";
    default: return "a number";
  }
}

/// Reads the members of one JSON object strictly: reports keys that are not allowed (keys starting
/// with `x-` are always allowed and kept by the caller), missing required keys and wrong types, each
/// as a diagnostic with the member's pointer.
class object_reader {
 public:
  object_reader(const nlohmann::json& obj, std::string pointer, const std::string& file,
                std::vector<diagnostic>& diags, std::initializer_list<const char*> allowed,
                const char* what)
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
      if (!known) {
        std::string list;
        for (const char* a : allowed) list += std::string(list.empty() ? "" : ", ") + a;
        error(member_pointer(key), "schema.unknown-key",
              "unknown key \"" + key + "\" in " + what + " (allowed: " + list +
                  ", or any key starting with \"x-\"); a misspelt key must not silently change a result");
      }
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

}  // namespace pacta::detail
