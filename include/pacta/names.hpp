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
#include <pacta/registry_data.hpp>
#include <pacta/state_names.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace pacta {

namespace detail {

/// An array of non-empty strings at `key` of `r`, into `out`.
inline void read_names(object_reader& r, const char* key, std::vector<std::string>& out) {
  const nlohmann::json* o = r.get(key, false);
  if (!o) return;
  if (!o->is_array()) {
    r.error(r.member_pointer(key), "schema.type", "\"" + std::string(key) + "\" must be an array of strings");
    return;
  }
  for (std::size_t k = 0; k < o->size(); ++k) {
    if (!(*o)[k].is_string() || (*o)[k].get<std::string>().empty())
      r.error(r.member_pointer(key) + "/" + std::to_string(k), "schema.type", "a name must be a non-empty string");
    else if (!valid_state_name((*o)[k].get<std::string>()))  // a name that reads as another, or moves the cursor
      r.error(r.member_pointer(key) + "/" + std::to_string(k), "state.name",
              unusable_name((*o)[k].get<std::string>(), "State"));
    else
      out.push_back((*o)[k].get<std::string>());
  }
}

/// One entry of "states" (a present State: its ISO codes) or of "former_states" (a State that no
/// longer exists: no code, and the note said when it is named).
inline void read_state_name(const nlohmann::json& item, const std::string& ptr, const std::string& file,
                            std::vector<diagnostic>& diags, state_names& t, bool former) {
  object_reader r = former ? object_reader(item, ptr, file, diags, {"name", "other_names", "note"}, "a former State")
                           : object_reader(item, ptr, file, diags,
                                           {"name", "iso2", "iso3", "other_names", "former_names"}, "a State");
  if (!r.is_object()) return;
  state_name n;
  if (auto s = r.string("name", true)) {
    if (!valid_state_name(*s)) r.error(r.member_pointer("name"), "state.name", unusable_name(*s, "State"));
    n.name = *s;
  }
  auto code = [&](const char* key, std::size_t len, std::string& out_code) {
    auto s = r.string(key, true);
    if (!s) return;
    bool ok = s->size() == len;
    for (char c : *s) ok = ok && c >= 'A' && c <= 'Z';
    if (!ok)
      r.error(r.member_pointer(key), "names.code",
              show_value(*s) + " is not an ISO 3166-1 code of " + std::to_string(len) + " capital letters");
    out_code = *s;
  };
  if (!former) {
    code("iso2", 2, n.iso2);
    code("iso3", 3, n.iso3);
  } else if (auto note = r.string("note", true)) {
    n.former_state = *note;
  }
  read_names(r, "other_names", n.other_names);
  if (const nlohmann::json* f = former ? nullptr : r.get("former_names", false)) {
    if (!f->is_array()) r.error(ptr + "/former_names", "schema.type", "\"former_names\" must be an array");
    for (std::size_t k = 0; f->is_array() && k < f->size(); ++k) {
      object_reader fr((*f)[k], ptr + "/former_names/" + std::to_string(k), file, diags, {"name", "note"},
                       "a former name");
      if (!fr.is_object()) continue;
      auto name = fr.string("name", true);
      auto note = fr.string("note", true);
      if (name && !valid_state_name(*name))
        fr.error(fr.member_pointer("name"), "state.name", unusable_name(*name, "State"));
      if (name && note) n.former_names.push_back({*name, *note});
    }
  }
  t.add(std::move(n), ptr, file, diags);
}

}  // namespace detail

/// A name table (format `pacta.states/1`) from its text; nothing, and every diagnostic in `diags`,
/// when it is invalid. `file` names it in diagnostics.
[[nodiscard]] inline std::optional<state_names> try_parse_state_names(std::string_view text, const std::string& file,
                                                                      std::vector<diagnostic>& diags) {
  nlohmann::json j;
  if (!detail::parse_json_strict(text, file, j, diags)) return std::nullopt;
  const std::size_t before = diags.size();
  state_names t;
  detail::object_reader top(j, "", file, diags, {"format", "source", "states", "former_states"}, "a name table");
  if (!top.is_object()) return std::nullopt;
  if (auto f = top.string("format", true); f && *f != "pacta.states/1")
    top.error("/format", "names.format", "unsupported format \"" + *f + "\": this version reads \"pacta.states/1\"");
  (void)top.string("source", false, false);
  const nlohmann::json* states = top.get("states", true);
  if (states && !states->is_array()) top.error("/states", "schema.type", "\"states\" must be an array");
  if (states && states->is_array())
    for (std::size_t i = 0; i < states->size(); ++i)
      detail::read_state_name((*states)[i], "/states/" + std::to_string(i), file, diags, t, false);
  const nlohmann::json* former = top.get("former_states", false);
  if (former && !former->is_array()) top.error("/former_states", "schema.type", "\"former_states\" must be an array");
  if (former && former->is_array())
    for (std::size_t i = 0; i < former->size(); ++i)
      detail::read_state_name((*former)[i], "/former_states/" + std::to_string(i), file, diags, t, true);
  if (diags.size() != before) return std::nullopt;
  return t;
}

/// A registry that names one State under two of its names ("Benin" and "BEN", "Czechia" and "Czech
/// Republic"), which would split its acts, count it twice and give it two pages: one diagnostic
/// (`names.one-state-twice`) at the first action under each further name. Names that read as one
/// (`lookalike_key`: "Вenin" with a Cyrillic В, "Ｂenin", "Be-nin") are one State too, whether
/// the table knows them or not.
inline std::vector<diagnostic> one_state_twice(const registry& reg, const state_names& names) {
  std::map<const state_name*, std::string> first;
  std::set<std::string> said;
  std::vector<diagnostic> out;
  std::map<std::string, std::string> looks;   // lookalike_key → the first name with it
  std::unordered_set<std::string_view> seen;  // a name met again adds nothing: each is looked at once
  for (std::size_t i = 0; i < reg.actions.size(); ++i) {
    const std::string& state = reg.actions[i].state;
    if (state.empty() || !seen.insert(state).second) continue;
    auto twice = [&](const std::string& other, const std::string& why) {
      if (!said.insert(state).second) return;
      out.push_back({reg.file, "/actions/" + std::to_string(i) + "/state", "names.one-state-twice",
                     detail::show_value(state) + " and " + detail::show_value(other) + " " + why +
                         ": a registry names each State once, or its acts are split and it is counted twice",
                     std::nullopt, std::nullopt});
    };
    // Two names that read the same (letters of another script or width: "Вenin", "Ｂenin", "Be-nin").
    const auto [look, fresh] = looks.emplace(lookalike_key(state), state);
    if (!fresh && look->second != state) {
      twice(look->second, "read as one name");
      continue;
    }
    const state_name* n = names.lookup(state);
    if (!n) continue;
    const auto [it, inserted] = first.emplace(n, state);
    if (inserted || it->second == state) continue;
    twice(it->second, "are one State (" + n->name + ")");
  }
  return out;
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
