// untc.hpp — reading a saved UN Treaty Collection status page into a registry (`pacta import-untc`).
//
// The status pages of the Secretary-General's depositary (treaties.un.org, "Multilateral Treaties
// Deposited with the Secretary-General") print, for one treaty: the date of the status ("STATUS AS AT
// : 03-02-2026"), the chapter and title, the entry-into-force line ("18 January 2002, in accordance
// with article 14(1)."), the counts ("Signatories : 122. Parties : 178"), the participants table
// (signature, then the deposit with a suffix: none = ratification, `a` accession, `d` succession,
// `A` acceptance, `AA` approval, `P` consent to be bound, `s` definitive signature; a date in brackets
// for an instrument no longer in effect; some treaties have no signature column, some a column of
// provisional application, `n`, before the deposits), the end
// notes that the table's footnote markers point to, and the declarations and reservations.
//
// The page is parsed with libxml2's HTML parser (a DOM, never regular expressions over the markup);
// this target is separate from the header-only library, which keeps its two dependencies.
#pragma once

#include <pacta/pacta.hpp>
#include <pacta/successions.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta::untc {

/// What the page prints about itself, for comparison with what was parsed.
struct page_facts {
  std::string chapter;                     ///< "IV-11-c"
  std::string title;                       ///< the treaty's title as printed
  date_t status_as_at;                     ///< "STATUS AS AT : 03-02-2026"
  std::optional<date_t> entry_into_force;  ///< the printed general entry into force
  std::string entry_into_force_article;    ///< "14(1)"
  /// The printed counts; no count of signatories where the page prints only "Parties : N" (the
  /// CCW's Protocols, which have no signature).
  std::optional<std::size_t> signatories;
  std::size_t parties = 0;
  std::size_t rows = 0;  ///< participants in the table
  std::size_t parsed_signatories = 0;
  std::size_t parsed_parties = 0;
  std::size_t former_participants = 0;  ///< States that no longer exist, read from the end notes (rule F1)
  std::size_t organizations = 0;        ///< regional integration organizations among the rows (rule E8)
  /// Participants whose end notes tell of instruments or denunciations that have no row (a
  /// re-accession, an earlier accession denounced): kept in the note, not imported, and marked
  /// `history_incomplete` on the row's action.
  std::vector<std::string> history_not_imported;
  /// A sentence of an end note that tells of a participant's denunciation or withdrawal in words the
  /// importer does not read: not imported. Where the treaty allows denunciation (`marked`), whether
  /// and when it ended the State's consent is not known, and its row's instrument is marked
  /// `history_incomplete`; where it does not (rule D5), the notification has no effect under it.
  struct unread_denunciation {
    std::string state;
    std::string sentence;
    bool marked = false;
  };
  std::vector<unread_denunciation> denunciations_not_read;
  /// Optional declarations (rule O1) read from the page's section of them, as actions written.
  std::size_t optional_declarations = 0;
  /// What of that section was not read ("Ukraine: its entry prints no text …"): those declarations
  /// are not in the registry.
  std::vector<std::string> declarations_not_read;
  /// The articles whose entry into force the page prints on the entry-into-force line (ICCPR art.
  /// 41: 28 March 1979), written as the registry's `articles_in_force`.
  std::map<std::string, date_t> articles_in_force;
  /// The short title of the rules the printed entry into force was checked against; empty when no
  /// rules were known for the treaty, and nothing was checked.
  std::string checked_with;
};

struct import_options {
  /// The treaty id; empty: the id of `rules` where they are given for the page's chapter (or for
  /// none), else from the chapter (IV-11 crc, IV-11-b opac, IV-11-c opsc, IV-11-d opic).
  std::string treaty;
  /// Dates of succession of States (rule E5) that the page does not print (its end notes refer to
  /// the "Historical Information" of the printed volume): State → date.
  std::map<std::string, date_t> succession_dates;
  /// Where each of those dates comes from (the successions table's source), written as the action's
  /// `source`; a date without one is written without.
  std::map<std::string, std::string> succession_sources;
  /// The successions table's entries for those States (not for dates given by hand): each succession
  /// is written with its `succession_kind`, and with its `predecessor` where the page records that
  /// State (rule E5's readings need them).
  std::map<std::string, state_succession> succession_table;
  /// The treaty's rules (a profile); empty: those of `profiles` for the treaty id, else the
  /// built-in rules, if any.
  std::optional<treaty_rules> rules;
  /// The profiles known (the bundled ones), by id: the page's chapter is looked up among their
  /// `untc_chapter`s when no treaty id is given.
  std::map<std::string, treaty_rules> profiles;
};

/// The largest page read: 32 MiB (the largest real status pages are about 1 MB; the parser's
/// document takes some thirty times the page).
inline constexpr std::size_t max_page_bytes = std::size_t{32} << 20;
/// The most attributes one element of a page may have: 1,000 (real pages have at most 8). libxml2
/// checks each attribute against the element's others, so an element of 100,000 attributes (a page
/// of 1 MB) would take minutes.
inline constexpr std::size_t max_attributes_per_element = 1000;
/// The longest attribute value a page may have: 8 MiB (real pages' longest, a form's saved state,
/// is about 1.7 MB).
inline constexpr std::size_t max_attribute_bytes = std::size_t{8} << 20;

struct import_result {
  registry reg;  ///< the registry, as `pacta::registry` (validated by the caller)
  page_facts page;
  std::string text;  ///< the registry file, formatted one action per line
};

/// The treaty id for a UNTC chapter: the profile among `profiles` whose `untc_chapter` it is, else
/// one of the built-in treaties (IV-11 crc, IV-11-b opac, IV-11-c opsc, IV-11-d opic), else empty.
std::string treaty_for_chapter(std::string_view chapter, const std::map<std::string, treaty_rules>& profiles = {});

/// Reads a saved status page. Returns false, with diagnostics (file, line, rule `untc.*`), when the
/// page is not one, a cell cannot be read, or the printed counts or entry into force differ from
/// what the participants table gives under the treaty's rules.
bool import_page(std::string_view html, const std::string& file, const import_options& options, import_result& out,
                 std::vector<diagnostic>& diags);

}  // namespace pacta::untc
