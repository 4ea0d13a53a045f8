// What an output says once, not on every row: that submissions are not recorded, and that the
// registry is older than the date asked (docs/cli.md, "What an answer does not know").
#pragma once

#include <pacta/calendar.hpp>

#include <pacta/diagnostic.hpp>
#include <pacta/reporting.hpp>
#include <pacta/state_across.hpp>

#include <nlohmann/json.hpp>

#include <iostream>
#include <string>
#include <vector>

namespace pacta_cli {

/// Said once by an output about reports built without a reports file.
inline std::string submissions_note() {
  return "Submissions are not recorded (no reports file): each next report is the first the text's schedule makes "
         "due on or after the date asked, whether earlier reports were submitted is not known, and nothing is "
         "said to be overdue. Give the submissions and the Committee's dates with --reports FILE "
         "(docs/reports-format.md).";
}

using pacta::data_age_note;

/// The marking of everything built from an illustrative reports file (docs/reports-format.md); empty
/// when none of `files` is illustrative.
inline std::string illustrative_note(const std::vector<const pacta::reports_file*>& files) {
  std::string which;
  for (const auto* f : files)
    if (f && f->illustrative) {
      std::string source = f->source;
      while (!source.empty() && source.back() == '.') source.pop_back();  // the sentence ends here
      which += (which.empty() ? "" : "; ") + f->treaty + ": " + source;
    }
  if (which.empty()) return "";
  return "ILLUSTRATIVE DATA: the reports file says its submissions and due dates are not a record of real ones (" +
         which + "). What is said here to be submitted, due or overdue is not real.";
}

/// The same for the reports files of a view across treaties.
inline std::string illustrative_note(const std::vector<pacta::reports_file>& files) {
  std::vector<const pacta::reports_file*> given;
  for (const auto& f : files) given.push_back(&f);
  return illustrative_note(given);
}

/// Said once for each reports file older than the date asked: submissions after its as-of date are
/// not recorded, so a report it shows as due or overdue may have been submitted since.
inline std::string reports_age_note(const std::vector<const pacta::reports_file*>& files, pacta::date_t on) {
  std::string out;
  for (const auto* f : files)
    if (f && on > f->as_of)
      out += (out.empty() ? "" : " ") + std::string("The reports file for the ") + f->treaty +
             " records submissions up to " + pacta::to_prose(f->as_of) +
             ": later submissions are not recorded, so a report it shows as due or overdue after that date may have "
             "been submitted.";
  return out;
}

/// Prints the marking first, before a text output (on standard error beside JSON and CSV, which
/// carry it in their own fields).
inline void print_illustrative(const std::string& note, const std::string& format) {
  if (note.empty()) return;
  if (format == "json" || format == "csv")
    std::cerr << "pacta: note: " << pacta::escape_controls(note) << '\n';
  else
    std::cout << pacta::escape_controls(note) << "\n\n";
}

/// The notes that say something, as a JSON array (an output's "notes" field).
inline nlohmann::json nonempty(const std::vector<std::string>& notes) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& n : notes)
    if (!n.empty()) out.push_back(n);
  return out;
}

/// Prints the notes of an output once: after a text output, on standard output; beside a JSON or CSV
/// output, on standard error, so that the data stay parseable (a JSON object also carries them as
/// fields, see `notes_json`).
inline void print_notes(const std::vector<std::string>& notes, const std::string& format) {
  for (const auto& n : notes) {
    if (n.empty()) continue;
    if (format == "json" || format == "csv")
      std::cerr << "pacta: note: " << pacta::escape_controls(n) << '\n';
    else
      std::cout << '\n' << n << '\n';
  }
}

/// Where the treaty's entry into force is NOT computed: what the output therefore does not know
/// (every State's date, and whether it is bound); empty otherwise.
inline std::string not_computed_note(const pacta::treaty_record& rec) {
  if (rec.entry_into_force_not_computed().empty()) return {};
  return "NOT computed: the " + rec.rules().short_title + "'s entry into force (" +
         rec.entry_into_force_not_computed() +
         "), so no State's date of entry into force, nor whether it is bound, is "
         "known.";
}

/// Rule D7 where the parent treaty's registry was not loaded (Paris art. 28(3): the UNFCCC's): a
/// State shown as bound may have left through the parent; empty otherwise.
inline std::string parent_not_known_note(const pacta::treaty_record& rec) {
  if (rec.parent_denunciations_not_known().empty()) return {};
  return "NOT known: " + rec.parent_denunciations_not_known() + "; a State shown as bound may have left by it.";
}

/// The notes every output of one treaty's record carries, in this order: the registry older than the
/// date asked (`data_age_note`), the entry into force NOT computed, the parent's denunciations NOT
/// known (rule D7); each empty where it does not apply.
inline std::vector<std::string> record_notes(const pacta::treaty_record& rec, pacta::date_t on) {
  return {data_age_note(rec.source().as_of, on), not_computed_note(rec), parent_not_known_note(rec)};
}

/// Rule V1: the provisions a State applies provisionally on the date, as one sentence, or empty.
inline std::string provisional_sentence(const pacta::treaty_record& rec, const pacta::treaty_standing& t) {
  if (!t.provisional) return {};
  return "Provisional application: applies " + rec.rules().provisional_application.applies + " provisionally since " +
         pacta::to_prose(t.provisional->from) + " (" + rec.cite(t.provisional->why) + ").";
}

/// A status in words, saying where the treaty's own entry into force is NOT computed (a clause that
/// needs a figure pacta lacks), which "consented, not yet in force" would hide.
inline std::string status_words(const pacta::treaty_record& rec, pacta::status code) {
  if (code == pacta::status::consented && !rec.entry_into_force_not_computed().empty())
    return "consented; the entry into force is NOT computed";
  if (rec.rules().is_withdrawal()) {  // the treaty's own word (Paris art. 28)
    if (code == pacta::status::denounced) return "withdrawn";
    if (code == pacta::status::denunciation_pending) return "withdrawal pending";
    if (code == pacta::status::denunciation_suspended) return "withdrawal suspended (armed conflict)";
  }
  return pacta::to_prose(code);
}

}  // namespace pacta_cli
