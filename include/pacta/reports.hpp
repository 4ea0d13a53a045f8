// pacta/reports.hpp — a reports file (format `pacta.reports/1`) read from JSON.
//
// The file records the reports a State submitted and the due dates the Committee set
// (docs/reports-format.md); `pacta::reporting` (pacta/reporting.hpp, included here) computes the
// deadlines of article 12 from a record and such a file.
//
// Example:
//   const pacta::reports_file file = pacta::load_reports("reports.json");
//   pacta::reporting rep(opsc, &crc, &file);
//   for (const auto& d : rep.validate()) std::cerr << d.to_string() << '\n';
#pragma once

#include <pacta/treaty_id.hpp>

#include <pacta/calendar.hpp>
#include <pacta/detail/files.hpp>
#include <pacta/detail/json_reader.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/json_value.hpp>
#include <pacta/record.hpp>
#include <pacta/reporting.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta {

namespace detail {

inline std::optional<report_kind> read_report_kind(object_reader& r, const char* key) {
  auto s = r.string(key, true);
  if (!s) return std::nullopt;
  if (auto k = parse_report_kind(*s)) return k;
  r.error(r.member_pointer(key), "reports.kind",
          "unknown report " + detail::show_value(*s) + ": \"initial\" or \"periodic\"");
  return std::nullopt;
}

}  // namespace detail

namespace detail {

inline bool parse_reports_into(std::string_view text, const std::string& file, reports_file& out,
                               std::vector<diagnostic>& diags) {
  nlohmann::json j;
  if (!detail::parse_json_strict(text, file, j, diags)) return false;
  const std::size_t before = diags.size();
  reports_file rf;
  rf.file = file;
  detail::object_reader top(j, "", file, diags,
                            {"format", "treaty", "as_of", "source", "illustrative", "submissions", "due_dates"},
                            "a reports file");
  if (!top.is_object()) return false;
  if (auto f = top.string("format", true); f && *f != "pacta.reports/1")
    top.error("/format", "reports.format", "unsupported format \"" + *f + "\": this version reads \"pacta.reports/1\"");
  if (auto t = top.string("treaty", true)) {
    rf.treaty = *t;
    if (!is_treaty_id(*t)) top.error("/treaty", "treaty.id", treaty_id_message("the reports file's \"treaty\"", *t));
  }
  if (auto d = detail::read_date(top, "as_of", true)) rf.as_of = *d;
  if (auto s = top.string("source", false, false)) rf.source = *s;
  if (const nlohmann::json* b = top.get("illustrative", false)) {
    if (!b->is_boolean())
      top.error("/illustrative", "schema.type", "\"illustrative\" must be true or false");
    else
      rf.illustrative = b->get<bool>();
  }
  if (rf.illustrative && rf.source.find_first_not_of(" \t\r\n") == std::string::npos)
    top.error("/source", "reports.illustrative",
              "an illustrative reports file says what it illustrates and where its figures come from in \"source\"");
  auto each = [&](const char* key, auto&& fn) {
    const nlohmann::json* arr = top.get(key, false);
    if (!arr) return;
    if (!arr->is_array()) {
      top.error(std::string("/") + key, "schema.type", std::string("\"") + key + "\" must be an array");
      return;
    }
    for (std::size_t i = 0; i < arr->size(); ++i) fn((*arr)[i], std::string("/") + key + "/" + std::to_string(i));
  };
  each("submissions", [&](const nlohmann::json& item, const std::string& ptr) {
    detail::object_reader r(item, ptr, file, diags, {"state", "report", "submitted", "symbol", "note"}, "a submission");
    if (!r.is_object()) return;
    report_submission s;
    auto state = r.string("state", true);
    auto kind = detail::read_report_kind(r, "report");
    auto date = detail::read_date(r, "submitted", true);
    if (auto sym = r.string("symbol", false)) s.symbol = *sym;
    if (auto n = r.string("note", false, false)) s.note = *n;
    if (!state || !kind || !date) return;
    s.state = *state;
    s.kind = *kind;
    s.submitted = *date;
    s.extensions = json_value(r.extensions());
    if (rf.as_of.ok() && s.submitted > rf.as_of)  // the file is complete to as_of: nothing after it
      r.error(ptr + "/submitted", "reports.after-as-of",
              "a report submitted on " + to_iso(s.submitted) + ", after the file's as_of (" + to_iso(rf.as_of) +
                  "): a reports file records submissions up to its as_of date, so move as_of or the date");
    rf.submissions.push_back(std::move(s));
  });
  each("due_dates", [&](const nlohmann::json& item, const std::string& ptr) {
    detail::object_reader r(item, ptr, file, diags, {"state", "report", "due", "source", "note"}, "a due date");
    if (!r.is_object()) return;
    committee_due_date d;
    auto state = r.string("state", true);
    auto kind = detail::read_report_kind(r, "report");
    auto date = detail::read_date(r, "due", true);
    auto src = r.string("source", true);
    if (auto n = r.string("note", false, false)) d.note = *n;
    if (!state || !kind || !date || !src) return;
    d.state = *state;
    d.kind = *kind;
    d.due = *date;
    d.source = *src;
    d.extensions = json_value(r.extensions());
    rf.due_dates.push_back(std::move(d));
  });
  if (diags.size() != before) return false;
  out = std::move(rf);
  return true;
}

}  // namespace detail

/// Reads a reports file's text (format `pacta.reports/1`); `file` names it in diagnostics. The
/// structure only: `reporting::validate` checks it against a record. Nothing, with every
/// diagnostic in `diags`, when it is invalid.
[[nodiscard]] inline std::optional<reports_file> try_parse_reports(std::string_view text, const std::string& file,
                                                                   std::vector<diagnostic>& diags) {
  reports_file out;
  if (!detail::parse_reports_into(text, file, out, diags)) return std::nullopt;
  return out;
}

/// As `try_parse_reports`, from a file.
[[nodiscard]] inline std::optional<reports_file> try_load_reports(const std::string& path,
                                                                  std::vector<diagnostic>& diags) {
  std::string text;
  if (!detail::read_input(path, text, diags)) return std::nullopt;
  return try_parse_reports(text, path, diags);
}

/// As `try_parse_reports`; throws `load_error` with every diagnostic.
inline reports_file parse_reports(std::string_view text, const std::string& file) {
  std::vector<diagnostic> diags;
  if (auto r = try_parse_reports(text, file, diags)) return std::move(*r);
  throw load_error(std::move(diags));
}

/// Reads a reports file; throws `load_error` with every diagnostic.
///
/// Example: `auto reports = pacta::load_reports("examples/data/reports-illustrative.json");`
inline reports_file load_reports(const std::string& path) {
  std::vector<diagnostic> diags;
  if (auto r = try_load_reports(path, diags)) return std::move(*r);
  throw load_error(std::move(diags));
}

}  // namespace pacta
