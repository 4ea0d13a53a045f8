// page.hpp — reading a UN Treaty Collection status page: the DOM, the heading, the end notes,
// the optional declarations and the participants table, each read into values (internal to the
// importer; the registry is made from them in untc.cpp).
//
// Example: `status_page p; if (open_page(html, file, p, fail)) for (const row& r : read_rows(p.grid, fail)) …`
#pragma once

#include "untc.hpp"

#include <libxml/tree.h>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace pacta::untc::page {

using node_ptr = const xmlNode*;

/// A table cell's date: "24 Sep 2012", "2 Apr 2013 a", "[12 Mar 1998 a]".
struct cell_date {
  date_t date;
  std::string suffix;
  bool bracketed = false;
};

struct row {
  std::string state;
  std::vector<std::string> markers;
  std::optional<cell_date> signature, deposit;
  std::optional<cell_date> provisional;  ///< provisional application (ATT art. 23: the column `n`)
  long line = 0;
};

/// The participants table's columns, as its header row names them: the participant first, then a
/// signature column where the treaty has one ("Signature, Succession to signature(d)"), a column of
/// provisional application where it has one ("Provisional application under article 23(n)"), and
/// the column of deposits last ("Ratification, Accession(a), …", "Consent to be bound(P), …").
struct columns {
  std::optional<std::size_t> signature = 1, provisional;
  std::size_t deposit = 2;
  std::size_t count = 3;
  std::string names = "participant, signature, deposit";
};

/// Adds the diagnostics of one page (file, line, rule `untc.*`).
struct reporter {
  const std::string& file;
  std::vector<diagnostic>& diags;
  void operator()(long line, const char* code, std::string message) const {
    diags.push_back({file, "", code, std::move(message),
                     line > 0 ? std::optional<std::size_t>(static_cast<std::size_t>(line)) : std::nullopt,
                     std::nullopt});
  }
};

/// One State's entry in the section of optional declarations: its texts, each with the date printed
/// before it (right-aligned), or none ("made upon ratification, accession or succession").
struct declaration_entry {
  std::string state;
  long line = 0;
  bool among_notifications = false;  ///< printed in the page's notifications, not the section of declarations
  struct part {
    std::string date_text;  ///< as printed; empty where the text has no date of its own
    std::string text;
  };
  std::vector<part> parts;
};

/// The page's document root, with the status line and the participants table; nothing (after a
/// diagnostic) when the page is not a status page.
struct status_page {
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc{nullptr, &xmlFreeDoc};
  node_ptr root = nullptr, status = nullptr, grid = nullptr;
};

/// The page's size and bounds checked, its DOM parsed, and its status line and participants table
/// found; false (after a diagnostic) when it is not a status page.
bool open_page(std::string_view html, const std::string& file, status_page& p, const reporter& fail);

/// The words of a text, split at white space.
std::vector<std::string> words(const std::string& s);
/// The text of an element and its descendants, white space squashed; the footnote markers into
/// `markers` when given.
std::string text_of(node_ptr n, std::vector<std::string>* markers = nullptr);
/// The first element under `root` for which `pred` holds, in document order, or nullptr.
node_ptr first(node_ptr root, const std::function<bool(node_ptr)>& pred);
/// The element whose id ends with `suffix`, or nullptr.
node_ptr by_id_suffix(node_ptr root, std::string_view suffix);
/// The action a deposit's suffix denotes ("a" accession, "d" succession, "P" consent to be bound, "s"
/// definitive signature …); nothing for another.
std::optional<action_kind> kind_for_suffix(const std::string& s);

// The heading: status date, chapter and title, entry into force, counts.
void read_status_date(node_ptr status, page_facts& page, const reporter& fail);
void read_heading(node_ptr root, page_facts& page, const reporter& fail);
void read_entry_into_force(node_ptr root, page_facts& page, const reporter& fail);
void read_counts(node_ptr root, page_facts& page, const reporter& fail);

// End notes, declarations, the participants table.
std::map<std::string, std::string> read_end_notes(node_ptr root);
std::set<std::string> read_declared(node_ptr root);
std::vector<declaration_entry> read_declaration_entries(node_ptr root, const std::string& grid);
std::map<std::string, date_t> read_articles_in_force(node_ptr root,
                                                     const std::vector<optional_declaration_clause>& clauses,
                                                     const reporter& fail);
std::vector<row> read_rows(node_ptr grid, const reporter& fail);

}  // namespace pacta::untc::page
