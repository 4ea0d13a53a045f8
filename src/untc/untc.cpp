// untc.cpp — the UN Treaty Collection status page importer (see untc.hpp).
//
// import_page reads a page in phases: open_page (its size, the DOM, the status line and the
// participants table), read_page_facts (the heading: status date, chapter and title, entry into
// force, counts), read_end_notes and read_declared, read_rows (one per participant, its cells read
// as dates), registry_json (each row's actions, with the end notes its markers point to), then
// the checks of what the page prints against what was parsed (check_counts,
// check_entry_into_force).
#include "untc.hpp"

#include "denunciations.hpp"
#include "former_states.hpp"
#include "optional_declarations.hpp"
#include "page.hpp"
#include "prose_date.hpp"

#include <pacta/writer.hpp>

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>
#include <set>

namespace pacta::untc {
namespace {

using namespace page;  // the page read into values (page.hpp)

// ---- the registry ----------------------------------------------------------------------------------------

/// The end notes a row's footnote markers point to, as one note ("End note 5: …"); a marker may
/// name several notes ("5, 6").
std::string row_note(const row& r, const std::map<std::string, std::string>& notes, const reporter& fail) {
  std::string note;
  std::vector<std::string> numbers;
  for (const auto& m : r.markers) {
    std::string t = m;
    std::replace(t.begin(), t.end(), ',', ' ');
    for (const auto& n : words(t)) numbers.push_back(n);
  }
  for (const auto& number : numbers) {
    auto it = notes.find(number);
    if (it == notes.end()) {
      fail(r.line, "untc.note", r.state + ": footnote " + number + " has no end note on the page");
      continue;
    }
    note += (note.empty() ? "" : " ") + std::string("End note ") + number + ": " + it->second;
  }
  return note;
}

/// Whether a row is a regional integration organization's (rule E8): its deposit is a formal
/// confirmation (suffix c), or it is the one such organization that takes part in UN treaties.
bool is_organization(const row& r) {
  return (r.deposit && r.deposit->suffix == "c") || r.state == "European Union" || r.state == "European Community";
}

/// The texts of the end notes a row's markers point to.
std::vector<std::string> row_note_texts(const row& r, const std::map<std::string, std::string>& notes) {
  std::vector<std::string> out;
  for (const auto& m : r.markers) {
    std::string t = m;
    std::replace(t.begin(), t.end(), ',', ' ');
    for (const auto& n : words(t))
      if (auto it = notes.find(n); it != notes.end()) out.push_back(it->second);
  }
  return out;
}

/// What the registry's actions are made from, besides the rows.
struct action_context {
  const std::map<std::string, std::string>& notes;
  const import_options& options;
  const std::set<std::string>& declared;  ///< States with declarations on the page
  bool declarations = false;              ///< the treaty asks for a declaration with the instrument
  /// The section of optional declarations (rule O1), by State, and the treaty's articles for them.
  const std::map<std::string, const declaration_entry*>& optional_declarations;
  const std::vector<optional_declaration_clause>& clauses;
  /// The treaty lets a notification specify a later date (rule D1): an end note's "with effect from"
  /// is then the denunciation's `effective`.
  bool later_date = false;
  /// The treaty has a clause on denunciation (false: a notification of one has no effect under it,
  /// rule D5, and an end note telling of one leaves the State's record as it is).
  bool denunciation_allowed = true;
};

std::string history_note(const std::string& state) {
  return "the end notes tell of instruments or denunciations of " + state +
         " that have no row of their own; they are kept in the note, not imported as actions, so its dates "
         "before and after this instrument are incomplete";
}

/// An instrument's own denunciation, from the row's end notes (rule D1 then gives its effect). A
/// bracketed instrument's is the first after its deposit, and none readable is an error
/// (`untc.bracketed`); an instrument printed as in effect has one only when the notes tell of it
/// after its deposit (a withdrawal pending, or one chapter XXVI does not bracket). Returns whether
/// one was added.
bool add_denunciations(const row& r, const action_context& ctx, nlohmann::ordered_json& actions, page_facts& page,
                       const reporter& fail) {
  std::vector<note_event> events = read_denunciations(row_note_texts(r, ctx.notes), r.state);
  std::stable_sort(events.begin(), events.end(),
                   [](const note_event& x, const note_event& y) { return x.date < y.date; });
  std::vector<note_event> once;  // a note may tell the story twice: once, with the outcome either telling gives
  for (auto& e : events) {
    if (!once.empty() && once.back().kind == e.kind && once.back().date == e.date) {
      if (!once.back().stated_effect && e.stated_effect) {
        once.back().stated_effect = e.stated_effect;
        once.back().pending = e.pending;
      }
      continue;
    }
    once.push_back(std::move(e));
  }
  events = std::move(once);
  // What the notes tell of later instruments (a re-accession, a second denunciation) has no row, and
  // is left in the note.
  const bool bracketed = r.deposit->bracketed;
  for (const auto& e : events) {
    if (e.kind != action_kind::denunciation || e.date < r.deposit->date || (!bracketed && e.date == r.deposit->date))
      continue;
    nlohmann::ordered_json a = {
        {"state", r.state}, {"action", to_key(action_kind::denunciation)}, {"date", to_iso(e.date)}};
    if (e.effective) a["x-untc-with-effect-from"] = to_iso(*e.effective);
    if (e.effective && ctx.later_date) a["effective"] = to_iso(*e.effective);
    if (e.stated_effect) a[e.pending ? "x-untc-will-take-effect" : "x-untc-took-effect"] = to_iso(*e.stated_effect);
    std::string sentence = e.sentence;
    while (!sentence.empty() && sentence.back() == '.') sentence.pop_back();
    a["note"] = "From the end note: " + sentence + ".";
    actions.push_back(std::move(a));
    if (&e != &events.back()) {  // a re-accession, a second denunciation: no row of their own
      page.history_not_imported.push_back(r.state);
      actions[actions.size() - 2]["history_incomplete"] = history_note(r.state);
    }
    return true;
  }
  if (bracketed)
    fail(r.line, "untc.bracketed",
         r.state + ": the page prints its instrument of " + to_iso(r.deposit->date) +
             " in brackets (no longer in effect), but its end notes give no denunciation pacta can read (\"On D, the "
             "Government of " +
             r.state +
             " notified the Secretary-General of its denunciation …\"); pacta does not "
             "guess");
  return false;
}

/// The sentences of a row's end notes that tell of its State's denunciation or withdrawal in words
/// not read: each is said in `page.denunciations_not_read` and, where the treaty allows denunciation,
/// the row's instrument is marked `history_incomplete`, so that no output takes the State as bound
/// without saying what the record leaves open.
void mark_unread_denunciations(const row& r, const action_context& ctx, page_facts& page,
                               nlohmann::ordered_json& actions) {
  std::string notes;  // the row's notes as one text: an outcome may be told in a note of its own
  for (const auto& text : row_note_texts(r, ctx.notes)) notes += (notes.empty() ? "" : " ") + text;
  std::vector<std::string> unread;
  for (auto& s : unread_denunciations(notes, r.state))
    if (std::find(unread.begin(), unread.end(), s) == unread.end()) unread.push_back(std::move(s));
  if (unread.empty()) return;
  for (const auto& s : unread) page.denunciations_not_read.push_back({r.state, s, ctx.denunciation_allowed});
  if (!ctx.denunciation_allowed) return;
  for (auto it = actions.rbegin(); it != actions.rend(); ++it) {
    const auto& kind = (*it)["action"];
    if ((*it)["state"] != r.state || kind == to_key(action_kind::denunciation) ||
        kind == to_key(action_kind::declaration))
      continue;
    std::string note = "the end notes tell of a denunciation or withdrawal of " + r.state +
                       " in words pacta does not read (\"" + unread.front() +
                       "\"); it is not imported, so whether and when it ended the State's consent is not known";
    if (it->contains("history_incomplete")) note = (*it)["history_incomplete"].get<std::string>() + "; " + note;
    (*it)["history_incomplete"] = note;
    break;
  }
}

/// A row's actions: its signature, its deposit (with the date of succession given, the
/// declaration or its absence where the treaty asks for one, the note of a bracketed date), and
/// the declaration deposited with the instrument. Counts the signatories and parties parsed.
void add_row_actions(const row& r, const std::string& note, const action_context& ctx, page_facts& page,
                     nlohmann::ordered_json& actions, const reporter& fail) {
  const bool has_deposit = r.deposit.has_value();
  if (r.signature) {
    if (!r.signature->bracketed) page.parsed_signatories++;
    const action_kind signed_by =
        r.signature->suffix == "d" ? action_kind::succession_to_signature : action_kind::signature;
    nlohmann::ordered_json a = {{"state", r.state}, {"action", to_key(signed_by)}, {"date", to_iso(r.signature->date)}};
    if (!has_deposit && !r.provisional && !note.empty()) a["note"] = note;
    actions.push_back(std::move(a));
  }
  if (r.provisional) {  // ATT art. 23: recorded, never consent
    nlohmann::ordered_json a = {{"state", r.state},
                                {"action", to_key(action_kind::provisional_application)},
                                {"date", to_iso(r.provisional->date)}};
    if (r.provisional->bracketed) a["x-untc-bracketed"] = true;
    if (!has_deposit && !note.empty()) a["note"] = note;
    actions.push_back(std::move(a));
  }
  if (!r.deposit) return;
  const action_kind kind = *kind_for_suffix(r.deposit->suffix);
  nlohmann::ordered_json a = {{"state", r.state}, {"action", to_key(kind)}, {"date", to_iso(r.deposit->date)}};
  if (kind == action_kind::succession) {
    auto eff = ctx.options.succession_dates.find(r.state);
    if (eff != ctx.options.succession_dates.end()) a["effective"] = to_iso(eff->second);
    auto src = ctx.options.succession_sources.find(r.state);
    if (eff != ctx.options.succession_dates.end() && src != ctx.options.succession_sources.end())
      a["source"] = src->second;
  }
  const bool needs_declaration = ctx.declarations && kind != action_kind::succession && !r.deposit->bracketed;
  if (needs_declaration && !ctx.declared.count(r.state)) a["declaration"] = "not-recorded";
  std::string n = note;
  if (r.deposit->bracketed) {
    a["x-untc-bracketed"] = true;
    n = "The status page prints this date in brackets: the instrument is no longer in effect (withdrawn or "
        "denounced; see the end notes)." +
        std::string(n.empty() ? "" : " ") + n;
  } else {
    page.parsed_parties++;
  }
  if (!n.empty()) a["note"] = n;
  actions.push_back(std::move(a));
  if (!add_denunciations(r, ctx, actions, page, fail) && !r.deposit->bracketed) {
    // an instrument in effect whose notes tell of an earlier one denounced (Guyana, ICCPR-OP1)
    for (const auto& text : row_note_texts(r, ctx.notes))
      for (const auto& e : read_denunciations(text, r.state))
        if (e.kind == action_kind::denunciation && !actions.back().contains("history_incomplete")) {
          actions.back()["history_incomplete"] = history_note(r.state);
          page.history_not_imported.push_back(r.state);
        }
  }
  mark_unread_denunciations(r, ctx, page, actions);
  if (needs_declaration && ctx.declared.count(r.state))
    actions.push_back(
        {{"state", r.state}, {"action", to_key(action_kind::declaration)}, {"date", to_iso(r.deposit->date)}});
}

/// A State's first declaration under one article, as the page gives it (rule O1).
struct found_declaration {
  date_t date;
  bool dated = false;         ///< the page prints its date (else: the instrument's)
  std::vector<date_t> later;  ///< later declarations under the same article (renewals, replacements)
};

/// The `optional-declaration` action of a found declaration, with a note saying where its date comes from.
nlohmann::ordered_json declaration_action(const row& r, const std::string& article, const found_declaration& x) {
  const bool early = x.date < r.deposit->date;
  nlohmann::ordered_json a = {{"state", r.state},
                              {"action", "optional-declaration"},
                              {"article", article},
                              {"date", to_iso(early ? r.deposit->date : x.date)}};
  std::string note = "From the status page's declarations under article " + article + ": ";
  if (!x.dated)
    note += "the page gives no date of its own (made upon ratification, accession or succession).";
  else if (early)
    note += "the page dates it " + to_prose(x.date) +
            ", before the instrument; recorded at the deposit, as only a "
            "State Party declares.";
  else
    note += "received " + to_prose(x.date) + ".";
  if (!x.later.empty()) {
    std::string dates;
    for (std::size_t k = 0; k < x.later.size(); ++k)
      dates += (k ? (k + 1 == x.later.size() ? " and " : ", ") : "") + to_prose(x.later[k]);
    note += " The page also prints declarations under it of " + dates +
            " (renewals or replacements), not recorded as actions of their own.";
  }
  a["note"] = note;
  return a;
}

/// The optional declarations (rule O1) of a row's State, from the page's section of them: for each
/// article its first declaration, dated as printed or, where the page gives no date, by the State's
/// instrument; later ones under the same article (renewals, replacements) are named in its note. A
/// declaration printed before the instrument is recorded at the instrument's deposit (only a State
/// Party declares). What cannot be read is said in `page.declarations_not_read`, never guessed.
void add_optional_declarations(const row& r, const action_context& ctx, page_facts& page,
                               nlohmann::ordered_json& actions) {
  const auto it = ctx.optional_declarations.find(r.state);
  if (it == ctx.optional_declarations.end()) return;
  const declaration_entry& e = *it->second;
  std::string unread;  // marked on the State's instrument: its declarations are then not known
  auto not_read = [&](const std::string& why) {
    page.declarations_not_read.push_back(r.state + ": " + why);
    unread += (unread.empty() ? "" : "; ") + why;
  };
  auto mark_unread = [&] {  // on the State's instrument, the last in effect or not
    if (unread.empty()) return;
    for (auto a = actions.rbegin(); a != actions.rend(); ++a)
      if ((*a)["state"] == r.state && is_consent(*parse_action_kind((*a)["action"].get<std::string>()))) {
        (*a)["declarations_not_imported"] = "the status page's section of optional declarations has an entry for " +
                                            r.state + " that was not read (" + unread +
                                            "): its declarations are not known";
        return;
      }
  };
  if (e.among_notifications) {
    not_read(
        "a declaration printed among the page's notifications, not in its section of declarations, with no "
        "date of its own");
    mark_unread();
    return;
  }
  if (!r.deposit || r.deposit->bracketed) {
    not_read("the page prints declarations, but no instrument of its in effect");
    mark_unread();
    return;
  }
  std::map<std::string, found_declaration> by_article;
  bool any_text = false;
  for (const auto& part : e.parts) {
    if (part.text.empty()) continue;
    any_text = true;
    const auto articles = articles_declared(part.text, ctx.clauses);
    if (articles.empty()) {
      not_read("cannot tell which article the declaration \"" + part.text.substr(0, 70) +
               (part.text.size() > 70 ? "…" : "") + "\" is made under");
      continue;
    }
    std::optional<date_t> day;
    if (!part.date_text.empty() && !made_with_instrument(part.text)) {
      const auto d = date_in(part.date_text);
      if (!d) {
        not_read("cannot read the date \"" + part.date_text + "\"");
        continue;
      }
      day = d->first;
    }
    const date_t when = day ? *day : r.deposit->date;
    for (const auto& article : articles) {
      auto f = by_article.find(article);
      if (f == by_article.end())
        by_article[article] = {when, day.has_value(), {}};
      else if (when < f->second.date) {
        f->second.later.push_back(f->second.date);
        f->second.date = when;
        f->second.dated = day.has_value();
      } else {
        f->second.later.push_back(when);
      }
    }
  }
  if (!any_text) not_read("its entry prints no text (its declarations are told in the end notes, not read)");
  for (const auto& clause : ctx.clauses) {
    const auto f = by_article.find(clause.article);
    if (f == by_article.end()) continue;
    nlohmann::ordered_json a = declaration_action(r, clause.article, f->second);
    actions.push_back(std::move(a));
    page.optional_declarations++;
  }
  mark_unread();
}

/// The day a former State ceased to exist (its successors' first day); the status pages do not print
/// it (they refer to the printed volume's "Historical Information").
std::optional<std::pair<date_t, const char*>> ceased_on(const std::string& state) {
  if (state == "German Democratic Republic")
    return std::make_pair(
        date_t{date::year{1990}, date::October, date::day{3}},
        "the German Democratic Republic acceded to the Federal Republic of Germany on 3 October 1990");
  if (state == "Czechoslovakia")
    return std::make_pair(date_t{date::year{1993}, date::January, date::day{1}},
                          "Czechoslovakia was dissolved at the end of 31 December 1992; the Czech Republic and "
                          "Slovakia succeeded it on 1 January 1993");
  if (state == "Yemen Arab Republic" || state == "Democratic Yemen")
    return std::make_pair(date_t{date::year{1990}, date::May, date::day{22}},
                          "the Yemen Arab Republic and Democratic Yemen merged as the Republic of Yemen on 22 May "
                          "1990");
  if (state == "former Yugoslavia")
    return std::make_pair(date_t{date::year{1992}, date::April, date::day{27}},
                          "the Socialist Federal Republic of Yugoslavia was dissolved, none of its successors "
                          "continuing it; the last of them, the Federal Republic of Yugoslavia (Serbia), succeeded it "
                          "from 27 April 1992, the date the Secretary-General records for its succession");
  return std::nullopt;
}

/// Rule F1: the States that no longer exist, from the end notes' prose, each with its actions (after
/// the rows' actions) and the note as its source; a sentence about a former State's action that
/// does not read is an error (`untc.former-note`), never guessed.
void add_former_states(const std::map<std::string, std::string>& notes, const std::set<std::string>& rows,
                       page_facts& page, nlohmann::ordered_json& participants, nlohmann::ordered_json& actions,
                       const reporter& fail) {
  std::map<std::string, std::vector<former_action>> by_state;
  std::map<std::string, std::string> source;
  std::vector<std::string> order;
  auto by_number = [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  };
  std::vector<std::string> numbers;
  for (const auto& [n, _] : notes) numbers.push_back(n);
  std::sort(numbers.begin(), numbers.end(), by_number);
  for (const auto& number : numbers) {
    const former_reading r = read_former_states(notes.at(number));
    for (const auto& u : r.unreadable)
      fail(0, "untc.former-note",
           "end note " + number + ": cannot read the actions of a State that no longer exists from \"" + u +
               "\" (expected \"… had signed and ratified the Convention on D Month YYYY and D Month YYYY, "
               "respectively\", or one act — \"… had signed|ratified|acceded to … on D Month YYYY\"); pacta does "
               "not guess");
    for (const auto& a : r.actions) {
      if (rows.count(a.state)) {
        fail(0, "untc.former-note",
             "end note " + number + " records an action of " + a.state + ", which also has a row in the table");
        continue;
      }
      auto& list = by_state[a.state];
      if (list.empty()) order.push_back(a.state);
      bool same = false;
      for (const auto& b : list) {
        if (b.kind == a.kind && b.date == a.date)
          same = true;
        else if (b.kind == a.kind)
          fail(0, "untc.former-note",
               "end notes give " + a.state + " two " + to_key(a.kind) + "s: " + to_iso(b.date) + " and " +
                   to_iso(a.date));
      }
      if (same) continue;
      list.push_back(a);
      std::string& s = source[a.state];
      const std::string cite = "End note " + number + ": " + a.sentence;
      if (s.find(cite) == std::string::npos) s += (s.empty() ? "" : " ") + cite;
    }
  }
  for (const auto& state : order) {
    auto& list = by_state[state];
    std::stable_sort(list.begin(), list.end(), [](const former_action& x, const former_action& y) {
      return x.date != y.date ? x.date < y.date : x.kind == action_kind::signature && y.kind != action_kind::signature;
    });
    page.former_participants++;
    nlohmann::ordered_json p = {{"name", state}, {"kind", pacta::to_key(pacta::participant_kind::former_state)}};
    std::string note = source[state];
    if (const auto c = ceased_on(state)) {
      p["ceased"] = to_iso(c->first);
      note += std::string(" Ceased to exist: ") + c->second + " (not on the status page).";
    }
    p["note"] = note;
    participants.push_back(std::move(p));
    for (const auto& a : list)
      actions.push_back({{"state", state}, {"action", to_key(a.kind)}, {"date", to_iso(a.date)}});
  }
}

/// Each succession whose date comes from the successions table gets the table's kind of succession,
/// and its predecessor where the page records that State (a row or a former State), so that rule E5's
/// readings (a newly independent State; a predecessor not yet bound) apply.
void add_succession_facts(const import_options& options, nlohmann::ordered_json& actions) {
  std::set<std::string> recorded;
  for (const auto& a : actions) recorded.insert(a["state"].get<std::string>());
  for (auto& a : actions) {
    if (a["action"] != to_key(action_kind::succession)) continue;
    const auto it = options.succession_table.find(a["state"].get<std::string>());
    if (it == options.succession_table.end()) continue;
    if (recorded.count(it->second.predecessor)) a["predecessor"] = it->second.predecessor;
    a["succession_kind"] = to_key(it->second.kind);
  }
}

/// The registry document of the rows, in their order; a State with two rows is an error.
nlohmann::ordered_json registry_json(const std::string& treaty, const std::vector<row>& rows,
                                     const std::map<std::string, std::string>& notes, const action_context& ctx,
                                     page_facts& page, const reporter& fail) {
  nlohmann::ordered_json doc_json = nlohmann::ordered_json::object();
  doc_json["format"] = "pacta.registry/1";
  doc_json["treaty"] = treaty;
  doc_json["as_of"] = to_iso(page.status_as_at);
  doc_json["source"] =
      "United Nations Treaty Collection, Multilateral Treaties Deposited with the Secretary-General, "
      "chapter " +
      page.chapter + ", status as at " + to_prose(page.status_as_at);
  nlohmann::ordered_json actions = nlohmann::ordered_json::array();
  nlohmann::ordered_json participants = nlohmann::ordered_json::array();
  std::set<std::string> seen;
  for (const row& r : rows) {
    if (!seen.insert(r.state).second) {
      fail(r.line, "untc.row", r.state + " has two rows in the participants table");
      continue;
    }
    page.rows++;
    if (is_organization(r)) {
      page.organizations++;
      participants.push_back({{"name", r.state}, {"kind", pacta::to_key(pacta::participant_kind::organization)}});
    }
    const std::size_t first = actions.size();
    add_row_actions(r, row_note(r, notes, fail), ctx, page, actions, fail);
    add_optional_declarations(r, ctx, page, actions);
    std::stable_sort(actions.begin() + static_cast<std::ptrdiff_t>(first), actions.end(),
                     [](const nlohmann::ordered_json& x, const nlohmann::ordered_json& y) {
                       return x["date"].get<std::string>() < y["date"].get<std::string>();
                     });
  }
  for (const auto& [state, entry] : ctx.optional_declarations)
    if (!seen.count(state)) page.declarations_not_read.push_back(state + ": the page prints declarations, but no row");
  add_former_states(notes, seen, page, participants, actions, fail);
  add_succession_facts(ctx.options, actions);
  if (!participants.empty()) doc_json["participants"] = std::move(participants);
  if (!page.articles_in_force.empty()) {
    nlohmann::ordered_json in_force = nlohmann::ordered_json::array();
    for (const auto& [article, day] : page.articles_in_force)
      in_force.push_back({{"article", article},
                          {"date", to_iso(day)},
                          {"source", "the status page's entry-into-force line (chapter " + page.chapter + ")"}});
    doc_json["articles_in_force"] = std::move(in_force);
  }
  doc_json["actions"] = std::move(actions);
  return doc_json;
}

// ---- what the page prints must equal what was parsed -----------------------------------------------------

void check_counts(const page_facts& page, const reporter& fail) {
  if (page.signatories && (page.parsed_signatories != *page.signatories || page.parsed_parties != page.parties))
    fail(0, "untc.counts",
         "the page prints \"Signatories : " + std::to_string(*page.signatories) + ". Parties : " +
             std::to_string(page.parties) + "\" but its table gives " + std::to_string(page.parsed_signatories) +
             " signatories and " + std::to_string(page.parsed_parties) + " parties");
  if (!page.signatories && (page.parsed_signatories != 0 || page.parsed_parties != page.parties))
    fail(0, "untc.counts",
         "the page prints \"Parties : " + std::to_string(page.parties) +
             "\" (and no signatories) but its table gives " + std::to_string(page.parsed_signatories) +
             " signatories and " + std::to_string(page.parsed_parties) + " parties");
}

/// The printed entry into force and its article against the record under the treaty's rules;
/// false when the registry is not a valid record.
bool check_entry_into_force(const registry& reg, const treaty_rules& rules, page_facts& page,
                            std::vector<diagnostic>& diags, const reporter& fail) {
  page.checked_with = rules.short_title;
  auto rec = try_build_record(reg, rules, diags);
  if (!rec) return false;
  for (const auto& s : rec->states())  // a denunciation's "with effect from", as the end note states it (D1)
    for (const auto& c : s.consents)
      for (const auto& d : c.denunciations) {
        const auto& x = reg.actions[d.action_index].extensions();
        if (!x.is_object() || d.suspended) continue;
        for (const char* key : {"x-untc-with-effect-from", "x-untc-took-effect", "x-untc-will-take-effect"})
          if (x.contains(key) && x[key].get<std::string>() != to_iso(d.effective.date))
            fail(0, "untc.denunciation",
                 s.state + ": the end note gives the " + rules.denunciation_noun + " received " + to_iso(d.received) +
                     " effect from " + x[key].get<std::string>() + ", but article " + rules.denunciation_article +
                     " gives " + to_iso(d.effective.date));
      }
  const auto& g = rec->entry_into_force();
  if (page.entry_into_force && (!g || g->date != *page.entry_into_force))
    fail(0, "untc.entry-into-force",
         "the page prints entry into force on " + to_iso(*page.entry_into_force) + " but its table gives " +
             (g ? to_iso(g->date) + " under article " + g->why.article : std::string("none")) +
             " by the rules of the " + rules.short_title);
  else if (g && !page.entry_into_force_article.empty() && page.entry_into_force_article != g->why.article &&
           g->why.article.rfind(page.entry_into_force_article + "(", 0) != 0 &&
           rules.general_article != page.entry_into_force_article &&
           rules.general_article.rfind(page.entry_into_force_article + "(", 0) != 0)  // "article 27" for 27(1)
    fail(0, "untc.entry-into-force",
         "the page cites article " + page.entry_into_force_article + " for the entry into force, the profile " +
             g->why.article);
  return true;
}

/// The heading's facts, and the treaty id (given, or the chapter's).
std::string read_page_facts(const status_page& p, const import_options& options, page_facts& page, std::size_t before,
                            std::vector<diagnostic>& diags, const reporter& fail) {
  read_status_date(p.status, page, fail);
  read_heading(p.root, page, fail);
  std::string treaty = options.treaty;
  if (treaty.empty() && options.rules &&
      (options.rules->untc_chapter.empty() || options.rules->untc_chapter == page.chapter))
    treaty = options.rules->id;  // the profile given for this page
  if (treaty.empty()) treaty = treaty_for_chapter(page.chapter, options.profiles);
  if (treaty.empty() && diags.size() == before)
    fail(0, "untc.treaty", "chapter " + page.chapter + " is not a treaty pacta knows; give its id with --treaty ID");
  read_entry_into_force(p.root, page, fail);
  read_counts(p.root, page, fail);
  return treaty;
}

}  // namespace

std::string treaty_for_chapter(std::string_view chapter, const std::map<std::string, treaty_rules>& profiles) {
  for (const auto& [id, rules] : profiles)
    if (!rules.untc_chapter.empty() && rules.untc_chapter == chapter) return id;
  for (const char* id : {"crc", "opac", "opsc", "opic"})  // the built-in rules carry their chapter too
    if (const auto rules = builtin_rules(id); rules && rules->untc_chapter == chapter) return id;
  return {};
}

bool import_page(std::string_view html, const std::string& file, const import_options& options, import_result& out,
                 std::vector<diagnostic>& diags) {
  const std::size_t before = diags.size();
  const reporter fail{file, diags};
  status_page p;
  if (!open_page(html, file, p, fail)) return false;
  page_facts page;
  const std::string treaty = read_page_facts(p, options, page, before, diags, fail);
  const auto notes = read_end_notes(p.root);
  const auto declared = read_declared(p.root);
  const auto entries = read_declaration_entries(p.root, "_dgDecUnderArticle_");
  auto notified = read_declaration_entries(p.root, "_dgNotifications_");
  const std::vector<row> rows = read_rows(p.grid, fail);
  if (diags.size() != before) return false;

  std::optional<treaty_rules> rules = options.rules;
  if (!rules)
    if (auto it = options.profiles.find(treaty); it != options.profiles.end()) rules = it->second;
  if (!rules) rules = builtin_rules(treaty);
  std::map<std::string, const declaration_entry*> by_state;
  const std::vector<optional_declaration_clause> no_clauses;
  const auto& clauses = rules ? rules->optional_declarations : no_clauses;
  if (!clauses.empty()) {
    for (const auto& e : entries) by_state[e.state] = &e;
    // A declaration printed among the notifications (Portugal's under OP-ICESCR arts. 10 and 11):
    // not read, and said so, rather than none.
    for (auto& e : notified)
      for (const auto& part : e.parts)
        if (part.text.find("competence") != std::string::npos && !articles_named(part.text, clauses).empty() &&
            !by_state.count(e.state)) {
          e.among_notifications = true;
          by_state[e.state] = &e;
        }
    page.articles_in_force = read_articles_in_force(p.root, clauses, fail);
  }
  const action_context ctx{notes,
                           options,
                           declared,
                           rules && rules->consent_declaration.present,
                           by_state,
                           clauses,
                           rules && !rules->denunciation_later_date_article.empty(),
                           !rules || rules->denunciation_allowed};
  const nlohmann::ordered_json doc_json = registry_json(treaty, rows, notes, ctx, page, fail);
  if (diags.size() != before) return false;
  check_counts(page, fail);
  try {
    out.text = format_registry(doc_json);
  } catch (const nlohmann::json::exception& e) {  // text that is not UTF-8 cannot be a registry's
    fail(0, "untc.page",
         std::string("the page has text that is not valid UTF-8 (") + e.what() +
             "): save it again from treaties.un.org, as UTF-8");
    return false;
  }
  auto reg = try_parse_registry(out.text, file, diags);
  if (!reg) return false;
  if (rules && !check_entry_into_force(*reg, *rules, page, diags, fail)) return false;
  if (diags.size() != before) return false;
  out.reg = std::move(*reg);
  out.page = page;
  return true;
}

}  // namespace pacta::untc
