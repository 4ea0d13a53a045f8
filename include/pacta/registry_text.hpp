// pacta/registry_text.hpp — a registry's text in pacta's layout, every value kept as written.
//
// `pacta record` adds actions to a registry file and writes it back (pacta/writer.hpp). The text it
// writes keeps the document: keys, their order, `x-` fields and every number exactly as written (a
// 30-digit number stays 30 digits), strings with their escapes; the layout is pacta's own (one key
// per line at the top, one action per line), the layout of the bundled registries.
//
// Example:
//   const std::string line = R"({"state": "Benin", "action": "signature", "date": "2026-02-03"})";
//   std::string text = pacta::format_registry_text(old_text, at, line, "2026-02-03");
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta {

namespace detail {
/// One JSON value on one line, with a space after each colon and comma: `{"state": "Benin", "date": "2005-01-31"}`.
inline std::string dump_inline(const nlohmann::ordered_json& v) {
  if (v.is_object()) {
    std::string out = "{";
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
      out += (first ? "" : ", ") + nlohmann::ordered_json(it.key()).dump() + ": " + detail::dump_inline(*it);
      first = false;
    }
    return out + "}";
  }
  if (v.is_array()) {
    std::string out = "[";
    for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + detail::dump_inline(v[i]);
    return out + "]";
  }
  return v.dump();
}
}  // namespace detail

namespace detail {

/// The top-level arrays pacta writes one element per line: `participants`, `articles_in_force`,
/// `decisions`, `actions`.
inline bool one_per_line(std::string_view key) {
  return key == "actions" || key == "participants" || key == "articles_in_force" || key == "decisions";
}

}  // namespace detail

/// The registry document as pacta writes it: top-level keys one per line in their order, and
/// `participants`, `articles_in_force`, `decisions` and `actions` one element per line.
inline std::string format_registry(const nlohmann::ordered_json& doc) {
  std::string out = "{\n";
  std::size_t k = 0;
  for (auto it = doc.begin(); it != doc.end(); ++it, ++k) {
    out += "  " + nlohmann::ordered_json(it.key()).dump() + ": ";
    if (detail::one_per_line(it.key()) && it->is_array()) {
      if (it->empty()) {
        out += "[]";
      } else {
        out += "[\n";
        for (std::size_t i = 0; i < it->size(); ++i)
          out += "    " + detail::dump_inline((*it)[i]) + (i + 1 < it->size() ? ",\n" : "\n");
        out += "  ]";
      }
    } else {
      out += detail::dump_inline(*it);
    }
    out += k + 1 < doc.size() ? ",\n" : "\n";
  }
  out += "}\n";
  return out;
}

/// Where a new action goes among the actions: after the last action of the same State dated on or
/// before it (so that each State's actions stay in date order); for a State with no action yet,
/// before the first action of a State whose name sorts after it; an act with no State at the end.
inline std::size_t insertion_index(const nlohmann::ordered_json& actions, const std::string& state,
                                   const std::string& date) {
  if (state.empty()) return actions.size();
  std::optional<std::size_t> last_own, first_later_own, first_name_after;
  for (std::size_t i = 0; i < actions.size(); ++i) {
    const auto& a = actions[i];
    if (!a.is_object() || !a.contains("state") || !a["state"].is_string()) continue;
    const std::string s = a["state"].get<std::string>();
    if (s == state) {
      const std::string d = a.contains("date") && a["date"].is_string() ? a["date"].get<std::string>() : "";
      if (d <= date)
        last_own = i;
      else if (!first_later_own)
        first_later_own = i;
    } else if (s > state && !first_name_after) {
      first_name_after = i;
    }
  }
  if (first_later_own) return *first_later_own;
  if (last_own) return *last_own + 1;
  return first_name_after.value_or(actions.size());
}

namespace detail {

/// The end of the JSON value that starts at `i` in a valid document (a string, an object, an
/// array or a scalar).
inline std::size_t skip_value(std::string_view t, std::size_t i) {
  if (t[i] == '"') {
    for (++i; i < t.size() && t[i] != '"'; ++i)
      if (t[i] == '\\') ++i;
    return i + 1;
  }
  if (t[i] == '{' || t[i] == '[') {
    int depth = 0;
    for (; i < t.size(); ++i) {
      const char c = t[i];
      if (c == '"') {
        i = skip_value(t, i) - 1;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if (c == '}' || c == ']') {
        if (--depth == 0) return i + 1;
      }
    }
    return i;
  }
  while (i < t.size() && t[i] != ',' && t[i] != '}' && t[i] != ']' && t[i] != ' ' && t[i] != '\n' && t[i] != '\r' &&
         t[i] != '\t')
    ++i;
  return i;
}

inline std::size_t skip_space(std::string_view t, std::size_t i) {
  while (i < t.size() && (t[i] == ' ' || t[i] == '\n' || t[i] == '\r' || t[i] == '\t')) ++i;
  return i;
}

/// A JSON value's text on one line as `dump_inline` writes it (a space after each colon and comma),
/// with its strings and numbers exactly as they are in the text.
inline std::string inline_text(std::string_view v) {
  std::string out;
  out.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    if (c == '"') {
      const std::size_t end = skip_value(v, i);
      out.append(v.substr(i, end - i));
      i = end - 1;
    } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      continue;
    } else {
      out += c;
      if (c == ',' || c == ':') out += ' ';
    }
  }
  return out;
}

}  // namespace detail

/// The registry text `text` (a valid registry document) in pacta's layout, with the actions `added`
/// (each one JSON object on one line) inserted at index `at` of its actions and, when `as_of` is given, the value
/// of `as_of` replaced by it. Every other value keeps its text: numbers are never re-printed (so
/// `123456789012345678901234567890` stays so), strings keep their escapes.
inline std::string format_registry_text(std::string_view text, std::size_t at, const std::vector<std::string>& added,
                                        const std::optional<std::string>& as_of = std::nullopt) {
  using detail::skip_space;
  using detail::skip_value;
  std::string out = "{\n";
  std::size_t i = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {  // a UTF-8 byte-order mark is kept
    out.insert(0, "\xEF\xBB\xBF");
    i = 3;
  }
  i = skip_space(text, i) + 1;  // after '{'
  bool first = true;
  for (;;) {
    i = skip_space(text, i);
    if (i >= text.size() || text[i] == '}') break;
    if (text[i] == ',') {
      ++i;
      continue;
    }
    const std::size_t key_end = skip_value(text, i);
    const std::string_view key = text.substr(i, key_end - i);
    i = skip_space(text, key_end) + 1;  // after ':'
    i = skip_space(text, i);
    const std::size_t value_end = skip_value(text, i);
    const std::string_view value = text.substr(i, value_end - i);
    i = value_end;
    out += first ? "  " : ",\n  ";
    first = false;
    out += std::string(key) + ": ";
    const bool listed = key.size() > 2 && detail::one_per_line(key.substr(1, key.size() - 2));
    if (listed && !value.empty() && value.front() == '[') {
      std::vector<std::string> items;
      std::size_t j = 1;
      for (;;) {
        j = skip_space(value, j);
        if (j >= value.size() || value[j] == ']') break;
        if (value[j] == ',') {
          ++j;
          continue;
        }
        const std::size_t e = skip_value(value, j);
        items.push_back(detail::inline_text(value.substr(j, e - j)));
        j = e;
      }
      if (key == "\"actions\"")
        items.insert(items.begin() + static_cast<std::ptrdiff_t>(std::min(at, items.size())), added.begin(),
                     added.end());
      if (items.empty()) {
        out += "[]";
        continue;
      }
      out += "[\n";
      for (std::size_t k = 0; k < items.size(); ++k) out += "    " + items[k] + (k + 1 < items.size() ? ",\n" : "\n");
      out += "  ]";
    } else if (key == "\"as_of\"" && as_of) {
      out += nlohmann::ordered_json(*as_of).dump();
    } else {
      out += detail::inline_text(value);
    }
  }
  out += "\n}\n";
  return out;
}

/// `format_registry_text` with one action inserted.
inline std::string format_registry_text(std::string_view text, std::size_t at, const std::string& action,
                                        const std::optional<std::string>& as_of = std::nullopt) {
  return format_registry_text(text, at, std::vector<std::string>{action}, as_of);
}

}  // namespace pacta
