// pacta/names.hpp — a name table (format `pacta.states/1`) read from JSON.
//
// The table itself, `name_key` and the look-ups are in pacta/state_names.hpp; this header reads the
// bundled data/states.json, or any table of the same format.
//
// Example:
//   auto names = pacta::load_state_names("data/states.json");
//   names.lookup("usa")->name == "United States of America";
#pragma once

#include <pacta/detail/json_reader.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/state_names.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta {

/// A name table (format `pacta.states/1`) from its text; nothing, and every diagnostic in `diags`,
/// when it is invalid. `file` names it in diagnostics.
[[nodiscard]] inline std::optional<state_names> try_parse_state_names(std::string_view text, const std::string& file,
                                                                      std::vector<diagnostic>& diags) {
  nlohmann::json j;
  if (!detail::parse_json_strict(text, file, j, diags)) return std::nullopt;
  const std::size_t before = diags.size();
  state_names t;
  detail::object_reader top(j, "", file, diags, {"format", "source", "states"}, "a name table");
  if (!top.is_object()) return std::nullopt;
  if (auto f = top.string("format", true); f && *f != "pacta.states/1")
    top.error("/format", "names.format", "unsupported format \"" + *f + "\": this version reads \"pacta.states/1\"");
  (void)top.string("source", false, false);
  const nlohmann::json* states = top.get("states", true);
  if (states && !states->is_array()) top.error("/states", "schema.type", "\"states\" must be an array");
  if (states && states->is_array()) {
    for (std::size_t i = 0; i < states->size(); ++i) {
      const std::string ptr = "/states/" + std::to_string(i);
      detail::object_reader r((*states)[i], ptr, file, diags, {"name", "iso2", "iso3", "other_names"}, "a State");
      if (!r.is_object()) continue;
      state_name n;
      if (auto s = r.string("name", true)) n.name = *s;
      auto code = [&](const char* key, std::size_t len, std::string& out_code) {
        auto s = r.string(key, true);
        if (!s) return;
        bool ok = s->size() == len;
        for (char c : *s) ok = ok && c >= 'A' && c <= 'Z';
        if (!ok)
          r.error(r.member_pointer(key), "names.code",
                  detail::show_value(*s) + " is not an ISO 3166-1 code of " + std::to_string(len) + " capital letters");
        out_code = *s;
      };
      code("iso2", 2, n.iso2);
      code("iso3", 3, n.iso3);
      if (const nlohmann::json* o = r.get("other_names", false)) {
        if (!o->is_array()) {
          r.error(ptr + "/other_names", "schema.type", "\"other_names\" must be an array of strings");
        } else {
          for (std::size_t k = 0; k < o->size(); ++k) {
            if (!(*o)[k].is_string() || (*o)[k].get<std::string>().empty())
              r.error(ptr + "/other_names/" + std::to_string(k), "schema.type", "a name must be a non-empty string");
            else
              n.other_names.push_back((*o)[k].get<std::string>());
          }
        }
      }
      t.add(std::move(n), ptr, file, diags);
    }
  }
  if (diags.size() != before) return std::nullopt;
  return t;
}

/// As `try_parse_state_names`, from a file.
[[nodiscard]] inline std::optional<state_names> try_load_state_names(const std::string& path,
                                                                     std::vector<diagnostic>& diags) {
  std::string text;
  if (!detail::read_input(path, text, diags)) return std::nullopt;
  return try_parse_state_names(text, path, diags);
}

/// As `try_parse_state_names`; throws `load_error` with every diagnostic.
inline state_names parse_state_names(std::string_view text, const std::string& file) {
  std::vector<diagnostic> diags;
  if (auto t = try_parse_state_names(text, file, diags)) return std::move(*t);
  throw load_error(std::move(diags));
}

/// Reads a name table file; throws `load_error` with every diagnostic.
///
/// Example: `pacta::load_state_names("data/states.json").lookup("usa")->name`.
inline state_names load_state_names(const std::string& path) {
  std::vector<diagnostic> diags;
  if (auto t = try_load_state_names(path, diags)) return std::move(*t);
  throw load_error(std::move(diags));
}

}  // namespace pacta
