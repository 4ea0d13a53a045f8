// pacta/weights.hpp — a weights file (format `pacta.weights/1`): the figures a weighted condition
// takes its share of, read and checked like every input.
//
// The Paris Agreement enters into force once at least 55 Parties "accounting in total for at least
// an estimated 55 percent of the total global greenhouse gas emissions" have deposited (art. 21(1));
// art. 21(2) fixes the figures to those communicated by the day of adoption, which the UNFCCC
// secretariat printed as a table. The bundled data/tables/paris/emissions.json is that table:
//
//   {"format": "pacta.weights/1", "treaty": "paris", "name": "emissions",
//    "source": "…", "as_of": "2015-12-12", "unit": "Gg CO2 equivalent",
//    "total": 37168339, "rows_sum": 37168344,
//    "rows": [{"state": "Afghanistan", "weight": 19328, "year": 2005},
//             {"state": "Brunei Darussalam", "weight": null, "note": "n/a in the table"}, …]}
//
// Every row's State is resolved through the name table ("Swaziland" is Eswatini); a State twice,
// a name the table does not know, a figure that is not a whole number from 0 to 10^12, or rows that
// do not add up to the printed total (unless `rows_sum` records that they do not, within 1 %) are refused, each
// with its rule code (docs/registry-format.md, "Weights files").
//
// Example:
//   auto names = pacta::load_state_names("data/states.json");
//   auto w = pacta::load_weights("data/tables/paris/emissions.json", names);
//   w.table.of.at("China") == 7465862; w.table.total == 37168339;
#pragma once

#include <pacta/clause/tally.hpp>
#include <pacta/detail/files.hpp>
#include <pacta/detail/json_reader.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/state_names.hpp>
#include <pacta/treaty_id.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta {

/// A weights file's whole: the table, and the treaty it is for.
struct weights_file {
  std::string treaty;  ///< the treaty id ("paris")
  clause::weight_table table;
  std::optional<date_t> as_of;  ///< the day the figures are of (Paris art. 21(2): the adoption)
};

/// The diagnostic of a weights file `file` whose rows cannot be resolved: the data directory has no
/// name table (`names_path`, its states.json). One for the file, not one per row.
inline diagnostic no_name_table(const std::string& file, const std::string& names_path) {
  return {file,
          "/rows",
          "weights.state",
          "the rows name States, and the data directory has no name table (" + names_path + ") to resolve them through",
          std::nullopt,
          std::nullopt};
}

namespace detail {

/// 10^12: a share of up to six digits ("55/100", "2/3") of a total this large is compared exactly in 64 bits.
inline constexpr std::int64_t weight_limit = 1'000'000'000'000;

/// A whole number from `least` to 10^12 at `key`, or nothing with `weights.value`.
inline std::optional<std::int64_t> read_weight(object_reader& r, const char* key, std::int64_t least,
                                               const char* what) {
  const nlohmann::json* v = r.get(key, false);
  if (!v) return std::nullopt;
  if (!v->is_number_integer() || v->get<std::int64_t>() < least || v->get<std::int64_t>() > weight_limit) {
    r.error(
        r.member_pointer(key), "weights.value",
        std::string(what) + " must be a whole number from " + std::to_string(least) + " to 10^12, not " + v->dump());
    return std::nullopt;
  }
  return v->get<std::int64_t>();
}

/// One row: its State resolved through `names`, its figure (null: the table prints none).
inline void read_weight_row(const nlohmann::json& item, const std::string& ptr, const state_names& names,
                            object_reader& top, weights_file& w, std::int64_t& sum) {
  object_reader r(item, ptr, top.file(), top.diags(), {"state", "weight", "year", "note"}, "a row");
  if (!r.is_object()) return;
  (void)r.string("note", false);
  if (const nlohmann::json* y = r.get("year", false);
      y && !(y->is_number_integer() && y->get<std::int64_t>() >= 1900 && y->get<std::int64_t>() <= 2100))
    r.error(r.member_pointer("year"), "weights.value", "\"year\" must be a year from 1900 to 2100, not " + y->dump());
  const auto typed = r.string("state", true);
  const nlohmann::json* v = r.get("weight", true);
  if (!typed || !v) return;
  const state_name* n = names.lookup(*typed);
  if (!n) {
    r.error(r.member_pointer("state"), "weights.state",
            show_value(*typed) +
                " is not a State the name table knows: a figure of an unknown State would count for "
                "no one (add the name to the table's \"other_names\", or correct it)");
    return;
  }
  const bool twice = w.table.of.count(n->name) || std::find(w.table.not_available.begin(), w.table.not_available.end(),
                                                            n->name) != w.table.not_available.end();
  if (twice) {
    r.error(r.member_pointer("state"), "weights.duplicate",
            show_value(*typed) + " is " + n->name + ", which has a row already: a State has one figure");
    return;
  }
  if (v->is_null()) {
    w.table.not_available.push_back(n->name);
    return;
  }
  if (const auto x = read_weight(r, "weight", 0, "\"weight\"")) {
    w.table.of.emplace(n->name, *x);
    sum = std::min(sum + *x, 2 * weight_limit);  // each at most 10^12: never overflows, over the limit stays over
  }
}

}  // namespace detail

/// A weights file from its text, its rows resolved through `names`; nothing, and every diagnostic,
/// when it is invalid. `file` names it in diagnostics.
[[nodiscard]] inline std::optional<weights_file> try_parse_weights(std::string_view text, const std::string& file,
                                                                   const state_names& names,
                                                                   std::vector<diagnostic>& diags) {
  nlohmann::json j;
  if (!detail::parse_json_strict(text, file, j, diags)) return std::nullopt;
  const std::size_t before = diags.size();
  detail::object_reader top(
      j, "", file, diags, {"format", "treaty", "name", "title", "source", "as_of", "unit", "total", "rows_sum", "rows"},
      "a weights file");
  if (!top.is_object()) return std::nullopt;
  weights_file w;
  w.table.file = file;
  if (auto f = top.string("format", true); f && *f != "pacta.weights/1")
    top.error("/format", "weights.format", "unsupported format \"" + *f + "\": this version reads \"pacta.weights/1\"");
  if (auto t = top.string("treaty", true)) {
    if (!is_treaty_id(*t)) top.error("/treaty", "treaty.id", treaty_id_message("\"treaty\"", *t));
    w.treaty = *t;
  }
  if (auto n = top.string("name", true)) w.table.name = *n;
  (void)top.string("title", false);
  if (auto s = top.string("source", true)) w.table.source = *s;
  if (auto u = top.string("unit", true)) w.table.unit = *u;
  w.as_of = detail::read_date(top, "as_of", false);
  const auto total = detail::read_weight(top, "total", 1, "\"total\"");
  if (!total && !top.get("total", false)) top.error("", "schema.missing-key", "the required key \"total\" is missing");
  const auto rows_sum = detail::read_weight(top, "rows_sum", 0, "\"rows_sum\"");
  const nlohmann::json* rows = top.get("rows", true);
  if (rows && !rows->is_array()) top.error("/rows", "schema.type", "\"rows\" must be an array");
  std::int64_t sum = 0;
  if (rows && rows->is_array())
    for (std::size_t i = 0; i < rows->size(); ++i)
      detail::read_weight_row((*rows)[i], "/rows/" + std::to_string(i), names, top, w, sum);
  if (diags.size() == before && sum > detail::weight_limit)
    top.error("/rows", "weights.value",
              "the rows add up to " + std::to_string(sum) + ", more than 10^12: give the figures in a larger unit");
  if (diags.size() != before || !total) return std::nullopt;
  w.table.total = *total;
  // The printed total is what the share is of; rows that add up to another figure are either a typing
  // error or the table's own rounding, and only the file can say which.
  if (rows_sum && *rows_sum != sum)
    top.error("/rows_sum", "weights.total",
              "the rows add up to " + std::to_string(sum) + ", not the \"rows_sum\" of " + std::to_string(*rows_sum));
  else if (rows_sum && (sum > *total ? sum - *total : *total - sum) * 100 > *total)  // a rounding, not another figure
    top.error("/total", "weights.total",
              "the printed total " + std::to_string(*total) + " and the rows' sum " + std::to_string(sum) +
                  " differ by more than 1 %: \"rows_sum\" records a table's rounding, not a total of another figure");
  else if (!rows_sum && sum != *total)
    top.error("/total", "weights.total",
              "the rows add up to " + std::to_string(sum) + ", not the printed total " + std::to_string(*total) +
                  ": correct the row, or record \"rows_sum\": " + std::to_string(sum) +
                  " where the table itself does not add up (the share is taken of the printed total)");
  if (diags.size() != before) return std::nullopt;
  return w;
}

/// As `try_parse_weights`, from a file.
[[nodiscard]] inline std::optional<weights_file> try_load_weights(const std::string& path, const state_names& names,
                                                                  std::vector<diagnostic>& diags) {
  std::string text;
  if (!detail::read_input(path, text, diags)) return std::nullopt;
  return try_parse_weights(text, path, names, diags);
}

/// As `try_parse_weights`; throws `load_error` with every diagnostic.
inline weights_file parse_weights(std::string_view text, const std::string& file, const state_names& names) {
  std::vector<diagnostic> diags;
  if (auto w = try_parse_weights(text, file, names, diags)) return std::move(*w);
  throw load_error(std::move(diags));
}

/// Reads a weights file; throws `load_error` with every diagnostic.
inline weights_file load_weights(const std::string& path, const state_names& names) {
  std::vector<diagnostic> diags;
  if (auto w = try_load_weights(path, names, diags)) return std::move(*w);
  throw load_error(std::move(diags));
}

}  // namespace pacta
