// pacta/successions.hpp — the dates of succession of States (rule E5).
//
// A status page prints the day the Secretary-General received a notification of succession; the
// successor is bound earlier, from the date of succession of States (VCSST art. 23(1) for a newly
// independent State, art. 34 for a separation or dissolution), which the pages do not print. A
// successions table (format `pacta.successions/1`, bundled as data/successions.json) gives each
// successor State's predecessor, date of succession, kind and source. `pacta import-untc` and
// `pacta record` write its date as the succession's `effective`; every view then follows rule E5.
//
// Example (the Czech Republic, notified 22 February 1993, bound from the dissolution):
//   auto table = pacta::load_successions("data/successions.json");
//   table.find("czech republic")->date == 1993_y/1/1;   // names compared by name_key
#pragma once

#include <pacta/action.hpp>
#include <pacta/calendar.hpp>
#include <pacta/detail/json_reader.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/state_names.hpp>
#include <pacta/succession_kind.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pacta {

/// One successor State.
struct state_succession {
  std::string successor;    ///< as the UN Treaty Collection writes it
  std::string predecessor;  ///< as the registries write it ("former Yugoslavia", "Czechoslovakia")
  date_t date;              ///< the date of succession of States
  succession_kind kind = succession_kind::separation;
  std::string source;      ///< where the date comes from
  std::string confidence;  ///< "high", "medium", … as the source assesses it
};

/// The `source` written with a succession's `effective` taken from the table: "Date of succession of
/// States (separation, from Czechoslovakia): successions.json, confidence high: …".
inline std::string action_source(const state_succession& e) {
  return "Date of succession of States (" + std::string(to_key(e.kind)) + ", from " + e.predecessor +
         "): successions.json, confidence " + (e.confidence.empty() ? std::string("not given") : e.confidence) + ": " +
         e.source + ".";
}

/// The successions table.
struct successions_table {
  std::vector<state_succession> entries;

  /// The successor's entry, its name compared by `name_key` ("czech republic"), or nullptr.
  const state_succession* find(std::string_view successor) const {
    const std::string key = name_key(successor);
    for (const auto& e : entries)
      if (name_key(e.successor) == key) return &e;
    return nullptr;
  }
};

/// A successions table from its text; nothing, and every diagnostic, when it is invalid (codes
/// `successions.format`, `successions.kind`, `successions.duplicate`, and the schema's).
[[nodiscard]] inline std::optional<successions_table> try_parse_successions(std::string_view text,
                                                                            const std::string& file,
                                                                            std::vector<diagnostic>& diags) {
  nlohmann::json j;
  if (!detail::parse_json_strict(text, file, j, diags)) return std::nullopt;
  const std::size_t before = diags.size();
  successions_table t;
  detail::object_reader top(j, "", file, diags, {"format", "source", "successions"}, "a successions table");
  if (!top.is_object()) return std::nullopt;
  if (auto f = top.string("format", true); f && *f != "pacta.successions/1")
    top.error("/format", "successions.format",
              "unsupported format \"" + *f + "\": this version reads \"pacta.successions/1\"");
  (void)top.string("source", false, false);
  const nlohmann::json* list = top.get("successions", true);
  if (list && !list->is_array()) top.error("/successions", "schema.type", "\"successions\" must be an array");
  if (list && list->is_array()) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string ptr = "/successions/" + std::to_string(i);
      detail::object_reader r((*list)[i], ptr, file, diags,
                              {"successor", "predecessor", "date", "kind", "source", "confidence"}, "a succession");
      if (!r.is_object()) continue;
      state_succession e;
      for (auto [key, out] : {std::pair<const char*, std::string*>{"successor", &e.successor},
                              std::pair<const char*, std::string*>{"predecessor", &e.predecessor}})
        if (auto s = r.string(key, true)) {
          *out = *s;
          if (!valid_state_name(*s)) r.error(r.member_pointer(key), "state.name", unusable_name(*s, "State"));
        }
      if (auto d = detail::read_date(r, "date", true)) e.date = *d;
      if (auto k = r.string("kind", true)) {
        if (const auto kind = parse_succession_kind(*k))
          e.kind = *kind;
        else
          r.error(r.member_pointer("kind"), "successions.kind",
                  detail::show_value(*k) + " is not a kind of succession: \"separation\" or \"newly-independent\"");
      }
      if (auto s = r.string("source", true)) e.source = *s;
      if (auto s = r.string("confidence", false)) e.confidence = *s;
      if (!e.successor.empty() && t.find(e.successor))
        r.error(r.member_pointer("successor"), "successions.duplicate",
                detail::show_value(e.successor) + " has an entry already: a successor has one date of succession");
      t.entries.push_back(std::move(e));
    }
  }
  if (diags.size() > before) return std::nullopt;
  return t;
}

/// As `try_parse_successions`, from a file.
[[nodiscard]] inline std::optional<successions_table> try_load_successions(const std::string& path,
                                                                           std::vector<diagnostic>& diags) {
  std::string text;
  if (!detail::read_input(path, text, diags)) return std::nullopt;
  return try_parse_successions(text, path, diags);
}

/// Reads a successions table file; throws `load_error` with every diagnostic.
inline successions_table load_successions(const std::string& path) {
  std::vector<diagnostic> diags;
  if (auto t = try_load_successions(path, diags)) return std::move(*t);
  throw load_error(std::move(diags));
}

}  // namespace pacta
