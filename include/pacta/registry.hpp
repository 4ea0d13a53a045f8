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
#include <pacta/detail/action_reader.hpp>
#include <pacta/detail/json_reader.hpp>
#include <pacta/detail/registry_reader.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/registry_data.hpp>

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
  for (const auto& p : r.participants) {
    nlohmann::json o = {{"name", p.name}, {"kind", to_key(p.kind)}};
    if (p.ceased) o["ceased"] = to_iso(*p.ceased);
    if (!p.note.empty()) o["note"] = p.note;
    if (!p.source.empty()) o["source"] = p.source;
    j["participants"].push_back(std::move(o));
  }
  for (const auto& a : r.articles_in_force) {
    nlohmann::json o = {{"article", a.article}, {"date", to_iso(a.date)}};
    if (!a.source.empty()) o["source"] = a.source;
    j["articles_in_force"].push_back(std::move(o));
  }
  for (const auto& d : r.decisions) {
    nlohmann::json o = {{"decision", d.decision}, {"date", to_iso(d.date)}};
    if (d.effective) o["effective"] = to_iso(*d.effective);
    if (!d.by.empty()) o["by"] = d.by;
    if (!d.source.empty()) o["source"] = d.source;
    if (!d.note.empty()) o["note"] = d.note;
    j["decisions"].push_back(std::move(o));
  }
  for (const auto& item : r.extensions.get().items()) j[item.key()] = item.value();
  nlohmann::json actions = nlohmann::json::array();
  for (const action& a : r.actions) {
    nlohmann::json o = nlohmann::json::object();
    if (!a.state.empty()) o["state"] = a.state;
    o["action"] = to_key(a.kind);
    if (!a.amendment.empty()) o["amendment"] = a.amendment;
    o["date"] = to_iso(a.date);
    if (a.effective) o["effective"] = to_iso(*a.effective);
    if (!a.predecessor().empty()) o["predecessor"] = a.predecessor();
    if (a.succession_kind()) o["succession_kind"] = to_key(*a.succession_kind());
    if (!a.article().empty()) o["article"] = a.article();
    if (a.minimum_age()) o["minimum_age"] = *a.minimum_age();
    if (a.declaration_not_recorded) o["declaration"] = "not-recorded";
    if (a.vote())
      o["vote"] = {
          {"in_favour", a.vote()->in_favour}, {"against", a.vote()->against}, {"abstaining", a.vote()->abstaining}};
    if (!a.note().empty()) o["note"] = a.note();
    if (!a.source().empty()) o["source"] = a.source();
    if (!a.history_incomplete().empty()) o["history_incomplete"] = a.history_incomplete();
    if (!a.declarations_not_imported().empty()) o["declarations_not_imported"] = a.declarations_not_imported();
    for (const auto& item : a.extensions().items()) o[item.key()] = item.value();
    actions.push_back(std::move(o));
  }
  j["actions"] = std::move(actions);
  return j;
}

namespace detail {

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
  block_reader blocks(f.get(), limit, info.size);
  std::vector<diagnostic> found;
  const bool ok = read_registry(blocks.begin(), block_reader::end(), info.size, path, out, found,
                                [&](std::size_t offset) { return line_column_in_file(path, offset); });
  if (blocks.too_large()) {
    diags.push_back({path, "", "io.too-large",
                     "the input has more than the limit of " + std::to_string(limit) + " bytes", std::nullopt,
                     std::nullopt});
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
