// pacta site DIR — a static site of every bundled instrument and State (docs/site.md): plain HTML,
// CSS and SVG that open from disk, with no server and no network, readable with JavaScript off.
//
//   DIR/index.html          the instruments: entry into force, counts, the chart of parties over time
//   DIR/treaty/ID.html      one instrument: every participant, former participants apart
//   DIR/treaty/ID.svg       its chart of parties and signatories (as `pacta timeline`)
//   DIR/states.html         every State, with a link to its page
//   DIR/state/SLUG.html     one State across the instruments, with its reporting calendar
//   DIR/late.html           who is late (only with --reports)
//   DIR/style.css, DIR/table.js
#include "across_words.hpp"
#include "app.hpp"
#include "commands.hpp"
#include "html.hpp"
#include "loading.hpp"
#include "names.hpp"
#include "notes.hpp"
#include "output.hpp"
#include "participant_rows.hpp"
#include "report_words.hpp"
#include "site_assets.hpp"
#include "site_dir.hpp"
#include "site_tables.hpp"
#include "site_text.hpp"
#include "timeline.hpp"

#include <pacta/input.hpp>
#include <pacta/version.hpp>
#include <pacta/writer.hpp>

#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>

namespace pacta_cli {
namespace {

/// Text as HTML (and SVG), escaped (html.hpp): what every field of the data becomes on a page.
html h(const std::string& s) {
  return html(s);
}

/// What every page is written with.
struct site {
  const pacta::treaty_set& set;
  std::vector<const pacta::treaty_record*> records;  // chapter order
  pacta::date_t on;
  const pacta::state_names& names;
  pacta::reports_by_treaty reports;
  std::map<std::string, std::string> slugs;  // State (every name a registry uses) → file name stem
  std::map<std::string, std::string> pages;  // file name stem → the State its page is of
  std::vector<site_file> files;              // every file of the site, built whole before one is written
  std::string illustrative;                  // the marking of an illustrative reports file (notes.hpp), on every page
  std::string title;
  html intro;  // escaped by construction (site_text.hpp)
};

html state_link(const site& s, const std::string& state, const std::string& root) {
  const auto it = s.slugs.find(state);
  return it == s.slugs.end() ? h(state)
                             : html("<a href=\"") + root + "state/" + it->second + ".html\">" + h(state) + "</a>";
}

html treaty_link(const pacta::treaty_record& rec, const std::string& root) {
  return html("<a href=\"") + root + "treaty/" + rec.rules().id + ".html\">" + h(rec.rules().short_title) + "</a>";
}

html status_cell(pacta::status st) {
  return html("<td><span class=\"status status-") + std::string(pacta::to_key(st)) + "\">" +
         std::string(pacta::to_prose(st)) + "</span></td>";
}

/// A chapter as a sort key: its numbers padded ("IV-3-a" → "IV-003-a"), so that IV-3 sorts before IV-11.
std::string chapter_key(const std::string& chapter) {
  std::string out, digits;
  auto flush = [&] {
    if (!digits.empty()) out += std::string(digits.size() < 3 ? 3 - digits.size() : 0, '0') + digits;
    digits.clear();
  };
  for (char c : chapter)
    if (c >= '0' && c <= '9') {
      digits += c;
    } else {
      flush();
      out += c;
    }
  flush();
  return out;
}

/// What a registry's treaty names and the set lacks (ICCPR-OP1: the Covenant), as a sentence; empty
/// when nothing.
html unchecked_note(const pacta::treaty_set& set, const pacta::treaty_record* only) {
  html out;
  for (const auto& u : pacta::unchecked_parents(set)) {
    if (only && only != u.treaty) continue;
    out += html("<p class=\"note\">The ") + h(u.treaty->rules().short_title) + " names the treaty <code>" + h(u.named) +
           "</code>, whose registry is not bundled: what depends on it (eligibility, entry into force) is NOT "
           "checked unless the page says otherwise.</p>\n";
  }
  return out;
}

html date_cell(const std::string& iso) {
  return html("<td class=\"date\">") + h(iso) + "</td>";
}

/// The sources of the registries a page draws on, with their as-of dates.
html sources(const std::vector<const pacta::treaty_record*>& recs) {
  html o = html("<footer><p>Statuses and counts as computed by pacta ") + std::string(pacta::version) +
           " from the depositary's record; every date cites its article and the rule of depositary practice "
           "that gives it.</p><ul>";
  for (const auto* r : recs)
    o += html("<li>") + h(r->rules().short_title) + ": registry as of " + pacta::to_iso(r->source().as_of) +
         "; source: " + h(r->source().source) + "</li>";
  return o + "</ul></footer>\n";
}

/// What the pages say of the data's age: the registries record acts up to their as-of dates, and an
/// answer for a later date holds only if there were none (empty when the date is not later).
html age_note(const site& s, const std::vector<const pacta::treaty_record*>& recs) {
  std::optional<pacta::date_t> oldest;
  for (const auto* r : recs) oldest = oldest ? std::min(*oldest, r->source().as_of) : r->source().as_of;
  const std::string n =
      oldest ? data_age_note(*oldest, s.on, recs.size() == 1 ? "The registry" : "The oldest registry") : std::string();
  return n.empty() ? n : html("<p class=\"note\">") + h(n) + "</p>\n";
}

/// The site's word on submissions, once per page that shows reports: where none are recorded, the
/// next report is the schedule's and nothing is called overdue.
html submissions_html(const site& s) {
  if (!s.reports.empty())
    return html(
               "<p class=\"note\">Submissions are recorded only for the instruments whose reports file was given; "
               "under "
               "the others each next report is the first the text's schedule makes due on or after ") +
           pacta::to_iso(s.on) + ", and none is called overdue.</p>\n";
  return html(
             "<p class=\"note\">Submissions are not recorded: each next report is the first the text's schedule makes "
             "due on or after ") +
         pacta::to_iso(s.on) +
         ", whether earlier reports were submitted is not known, and none is called overdue.</p>\n";
}

/// A page: the shell (title, style, script, navigation), the body and the sources.
html page(const site& s, const std::string& title, const std::string& root, const html& body,
          const std::vector<const pacta::treaty_record*>& recs) {
  html o = html(
               "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" "
               "content=\"pacta site\">\n<title>") +
           h(title) + (title == s.title ? std::string() : html(" — ") + h(s.title)) +
           "</title>\n<link rel=\"stylesheet\" href=\"" + root + "style.css\">\n<script src=\"" + root +
           "table.js\" defer></script>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the "
           "content</a>\n<header><nav aria-label=\"Site\"><a href=\"" +
           root + "index.html\">Instruments</a><a href=\"" + root + "states.html\">States</a>";
  if (!s.reports.empty()) o += html("<a href=\"") + root + "late.html\">Who is late</a>";
  o += html("<a href=\"") + root + "glossary.html\">Rules</a>";
  o += html("</nav></header>\n");
  if (!s.illustrative.empty())  // every page built from an illustrative reports file says so first
    o += html("<div class=\"illustrative\" role=\"note\">") + h(s.illustrative) + "</div>\n";
  o += html("<main id=\"main\">\n") + body + "</main>\n" + sources(recs) + "</body>\n</html>\n";
  return o;
}

void put(site& s, std::string rel, std::string content) {
  s.files.push_back({std::move(rel), std::move(content)});
}

/// One page of the site (`rel`, under DIR) with its rule codes linked to the glossary and each
/// table's downloads beside it.
void put_page(site& s, const std::string& rel, const std::string& title, const html& body,
              const std::vector<const pacta::treaty_record*>& recs) {
  const std::size_t slash = rel.rfind('/');
  const std::string dir_rel = slash == std::string::npos ? "" : rel.substr(0, slash + 1);
  const std::string root = dir_rel.empty() ? "" : "../";
  const std::string stem = rel.substr(dir_rel.size(), rel.size() - dir_rel.size() - 5);  // less ".html"
  std::vector<site_file> files;
  const html linked = tables_with_downloads(link_rules(body, root), dir_rel, stem, files, !s.illustrative.empty());
  put(s, rel, page(s, title, root, linked, recs).str());
  for (auto& f : files) put(s, std::move(f.rel), std::move(f.content));
}

// ---- the index ------------------------------------------------------------------------------------

/// The chart of the index: the parties of every instrument over time, one step line each, told
/// apart by dash pattern and by the label at its end, not by colour alone.
html parties_chart(const site& s) {
  constexpr double W = 960, H = 520, L = 60, R = 110, T = 40, B = 90;
  int y0 = static_cast<int>(s.on.year()), y1 = y0 + 1;
  std::size_t top = 10;
  std::vector<std::vector<timeline_point>> series;
  for (const auto* r : s.records) {
    series.push_back(timeline_points(*r, s.on));
    for (const auto& p : series.back()) {
      y0 = std::min(y0, static_cast<int>(p.d.year()));
      top = std::max(top, p.parties);
    }
  }
  top = (top + 49) / 50 * 50;
  const double d0 = date::sys_days{date::year{y0} / 1 / 1}.time_since_epoch().count();
  const double d1 = date::sys_days{date::year{y1} / 1 / 1}.time_since_epoch().count();
  auto x = [&](pacta::date_t d) {
    return L + (date::sys_days{d}.time_since_epoch().count() - d0) / (d1 - d0) * (W - L - R);
  };
  auto y = [&](std::size_t n) { return T + (H - T - B) * (1.0 - static_cast<double>(n) / static_cast<double>(top)); };
  html o = html(
               "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 960 520\" role=\"img\" "
               "aria-labelledby=\"chart-title chart-desc\">\n<title id=\"chart-title\">States parties to each "
               "instrument, ") +
           std::to_string(y0) + " to " + pacta::to_iso(s.on) +
           "</title>\n<desc id=\"chart-desc\">One step line per instrument; the table above gives the same "
           "counts on " +
           pacta::to_iso(s.on) + ".</desc>\n";
  for (std::size_t n = 0; n <= top; n += top / 5)
    o += html("<line x1=\"") + num(L) + "\" x2=\"" + num(W - R) + "\" y1=\"" + num(y(n)) + "\" y2=\"" + num(y(n)) +
         "\" stroke=\"#ddd\"/><text x=\"" + num(L - 6) + "\" y=\"" + num(y(n) + 4) +
         "\" font-size=\"11\" text-anchor=\"end\">" + std::to_string(n) + "</text>\n";
  for (int yr = (y0 + 4) / 5 * 5; yr < y1; yr += 5)
    o += html("<text x=\"") + num(x(date::year{yr} / 1 / 1)) + "\" y=\"" + num(H - B + 18) +
         "\" font-size=\"11\" text-anchor=\"middle\">" + std::to_string(yr) + "</text>\n";
  static const char* dashes[] = {"", "6 3", "2 2", "8 3 2 3", "12 4", "1 3"};
  static const char* colours[] = {"#1f5fa8", "#b3541e", "#2e7d32", "#6a1b9a", "#455a64", "#c62828"};
  // The labels at the lines' ends, 12 units apart at least, in the order of the lines.
  std::vector<std::pair<double, std::size_t>> labels;
  for (std::size_t k = 0; k < series.size(); ++k)
    if (!series[k].empty()) labels.push_back({y(series[k].back().parties) + 4, k});
  std::sort(labels.begin(), labels.end());
  for (std::size_t i = 1; i < labels.size(); ++i) labels[i].first = std::max(labels[i].first, labels[i - 1].first + 12);
  std::vector<double> label_y(series.size());
  for (const auto& [ly, k] : labels) label_y[k] = ly;
  for (std::size_t k = 0; k < series.size(); ++k) {
    if (series[k].empty()) continue;
    html d = html("M") + num(x(series[k].front().d)) + "," + num(y(0));
    for (const auto& p : series[k]) d += html(" H") + num(x(p.d)) + " V" + num(y(p.parties));
    d += html(" H") + num(W - R);
    const std::string dash = dashes[(k + k / 6) % 6], colour = colours[k % 6];
    o += html("<path d=\"") + d + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"1.6\"" +
         (dash.empty() ? html() : html(" stroke-dasharray=\"") + dash + "\"") + "/>\n";
    o += html("<text x=\"") + num(W - R + 4) + "\" y=\"" + num(label_y[k]) + "\" font-size=\"11\" fill=\"" + colour +
         "\">" + h(s.records[k]->rules().short_title) + " " + std::to_string(series[k].back().parties) + "</text>\n";
  }
  return o + "</svg>\n";
}

html index_body(const site& s) {
  html o = html("<h1>") + h(s.title) + "</h1>\n<p class=\"lead\">Statuses on " + pacta::to_iso(s.on) +
           ". Parties: States (and regional integration organizations) that had consented to be bound; "
           "signatories: those that had signed.</p>\n" +
           s.intro +
           "<table id=\"instruments\" data-sortable data-label=\"instruments\">\n<caption>The instruments "
           "with a registry</caption>\n<thead><tr><th scope=\"col\">Instrument</th><th scope=\"col\">Title</th>"
           "<th scope=\"col\">Chapter</th><th scope=\"col\">In force</th><th scope=\"col\">Basis</th>"
           "<th scope=\"col\" class=\"num\">Signatories</th><th scope=\"col\" class=\"num\">Parties</th>"
           "<th scope=\"col\">Registry as of</th></tr></thead>\n<tbody>\n";
  for (const auto* r : s.records) {
    const auto& g = r->entry_into_force();
    o += html("<tr><th scope=\"row\">") + treaty_link(*r, "") + "</th><td>" + h(r->rules().title) +
         "</td><td data-sort=\"" + chapter_key(r->rules().untc_chapter) + "\">" + h(r->rules().untc_chapter) + "</td>" +
         "" +
         date_cell(g                                            ? pacta::to_iso(g->date)
                   : r->entry_into_force_not_computed().empty() ? std::string("not in force")
                                                                : std::string("NOT computed")) +
         "<td>" + (g ? h(r->cite(g->why)) : std::string()) + "</td><td class=\"num\">" +
         std::to_string(pacta::signatories_on(*r, s.on)) + "</td><td class=\"num\">" +
         std::to_string(r->consented_on(s.on)) + "</td>" + date_cell(pacta::to_iso(r->source().as_of)) + "</tr>\n";
  }
  o += html("</tbody>\n</table>\n") + age_note(s, s.records) + unchecked_note(s.set, nullptr);
  std::vector<pacta::diagnostic> ignored;  // checked before anything is written (profiles_load)
  std::vector<pacta::treaty_rules> profiles;
  for (const auto& id : pacta::profile_ids(s.set.data_dir()))
    if (!s.set.find(id))
      if (auto r = s.set.rules_for(id, ignored)) profiles.push_back(std::move(*r));
  std::stable_sort(profiles.begin(), profiles.end(),
                   [](const auto& a, const auto& b) { return pacta::chapter_less(a.untc_chapter, b.untc_chapter); });
  html without;
  for (const auto& r : profiles)
    without += html("<li>") + h(r.short_title) + " (" + h(r.untc_chapter) + "): " + h(r.title) + "</li>\n";
  if (!without.empty())
    o += html(
             "<h2>Instruments without a bundled registry</h2>\n<p>pacta has their final clauses (profiles), not the "
             "record of their participants: <code>pacta import-untc</code> reads a status page saved from the United "
             "Nations Treaty Collection.</p>\n<ul>\n") +
         without + "</ul>\n";
  o += html("<h2>Parties over time</h2>\n<figure>\n") + parties_chart(s) +
       "<figcaption>Parties to each instrument (States, and the European Union where it is one), from the "
       "registries.</figcaption>\n</figure>\n";
  return o;
}

// ---- an instrument's page -------------------------------------------------------------------------

html participants_table(const site& s, const pacta::treaty_record& rec, const std::vector<row>& rows, bool former,
                        const std::string& id) {
  html o = html("<table id=\"") + id + "\" data-sortable data-label=\"participants\">\n<caption>" +
           (former ? html("Former participants (rule F1: counted toward the threshold while they "
                          "existed; among no participants today)")
                   : html("Participants on ") + pacta::to_iso(s.on)) +
           "</caption>\n<thead><tr><th scope=\"col\">Participant</th><th scope=\"col\">Signature</th>"
           "<th scope=\"col\">Consent</th><th scope=\"col\">Deposited</th><th scope=\"col\">In force for it</th>"
           "<th scope=\"col\">Basis</th><th scope=\"col\">Status</th><th scope=\"col\">Denunciation takes "
           "effect</th></tr></thead>\n<tbody>\n";
  std::size_t n = 0;
  for (const auto& r : rows) {
    if ((r.kind == pacta::participant_kind::former_state) != former) continue;
    ++n;
    const auto st = rec.status_code(r.state, s.on);
    o += html("<tr><th scope=\"row\">") + state_link(s, r.state, "../") +
         std::string(r.kind == pacta::participant_kind::organization ? " (organization)" : "") + "</th>" +
         date_cell(r.signature) + "<td>" + h(r.consent) + "</td>" + date_cell(r.consent_date) + date_cell(r.eif) +
         "<td>" + h(r.basis) + "</td>" + status_cell(st) + date_cell(r.den_effective) + "</tr>\n";
  }
  return n == 0 && former ? std::string() : o + "</tbody>\n</table>\n";
}

html treaty_body(const site& s, const pacta::treaty_record& rec) {
  const auto& r = rec.rules();
  const auto& g = rec.entry_into_force();
  html o = html("<h1>") + h(r.short_title) + "</h1>\n<p class=\"lead\">" + h(r.title) + " (depositary chapter " +
           h(r.untc_chapter) + ")</p>\n<dl class=\"facts\"><dt>Entry into force</dt><dd>";
  if (!g && !rec.entry_into_force_not_computed().empty())  // a clause that needs a figure pacta lacks
    o += html("NOT computed: ") + h(rec.entry_into_force_not_computed());
  else
    o +=
        g ? pacta::to_iso(g->date) + " (" + h(rec.cite(g->why)) + ")<p class=\"reason\">" + h(g->why.reasoning) + "</p>"
          : std::string("not in force on the record");
  o += html("</dd><dt>Signatories on ") + pacta::to_iso(s.on) + "</dt><dd>" +
       std::to_string(pacta::signatories_on(rec, s.on)) + "</dd><dt>Parties on " + pacta::to_iso(s.on) + "</dt><dd>" +
       std::to_string(rec.consented_on(s.on)) + "</dd><dt>Registry as of</dt><dd>" + pacta::to_iso(rec.source().as_of) +
       "</dd>";
  if (const auto unknown = parent_not_known_note(rec); !unknown.empty())  // rule D7: the parent not loaded
    o += html("<dt>Not known</dt><dd>") + h(unknown) + "</dd>";
  if (const std::string url = untc_url(r.untc_chapter); !url.empty())
    o += html("<dt>Depositary's record</dt><dd><a href=\"") + h(url) +
         "\">The status page in the UN Treaty Collection (" + h(r.untc_chapter) + ")</a></dd>";
  o += html("</dl>\n");
  o += age_note(s, {&rec}) + unchecked_note(s.set, &rec);
  const auto rows = rows_on(rec, s.on, true);
  o += participants_table(s, rec, rows, false, "participants");
  o += participants_table(s, rec, rows, true, "former");
  o += html("<h2>Parties and signatories over time</h2>\n<figure><img src=\"") + r.id +
       ".svg\" width=\"960\" height=\"540\" "
       "alt=\"Chart: " +
       h(r.short_title) + ", " + std::to_string(rec.consented_on(s.on)) + " parties and " +
       std::to_string(pacta::signatories_on(rec, s.on)) + " signatories on " + pacta::to_iso(s.on) +
       "; the tables above list them.\"></figure>\n";
  return o;
}

// ---- a State's page -------------------------------------------------------------------------------

html standing_row(const pacta::treaty_standing& t) {
  const auto& rec = *t.treaty;
  const std::string due = t.reporting && t.reporting->owes_reports && t.reporting->next_due
                              ? pacta::to_iso(t.reporting->next_due->date)
                              : std::string();
  return html("<tr><th scope=\"row\">") + treaty_link(rec, "../") + "</th>" + status_cell(t.status.code) +
         date_cell(t.entry_into_force ? pacta::to_iso(t.entry_into_force->date) : std::string()) + "<td>" +
         (t.entry_into_force ? h(rec.cite(t.entry_into_force->why)) : std::string()) + "</td>" +
         date_cell(t.denunciation ? pacta::to_iso(t.denunciation->date) : std::string()) + "<td>" +
         h(next_report_text(t)) + "</td>" + date_cell(due) + "</tr>\n";
}

html standing_details(const pacta::treaty_standing& t, const std::string& state) {
  const auto& rec = *t.treaty;
  const auto& r = rec.rules();
  html o = html("<h3 id=\"") + r.id + "\">" + h(r.short_title) +
           (r.title == r.short_title ? html("") : html(": ") + h(r.title)) + "</h3>\n<p>" + h(t.status.explanation) +
           "</p>\n";
  if (t.entry_into_force)
    o += html("<p>In force for ") + h(pacta::detail::state_in_prose(state)) + " from " +
         pacta::to_iso(t.entry_into_force->date) + " (" + h(rec.cite(t.entry_into_force->why)) +
         ").</p><p class=\"reason\">" + h(t.entry_into_force->why.reasoning) + "</p>\n";
  if (t.denunciation)
    o += html("<p>") + h(rec.rules().denunciation_heading()) + " takes effect " + pacta::to_iso(t.denunciation->date) +
         " (" + h(rec.cite(t.denunciation->why)) + ").</p><p class=\"reason\">" + h(t.denunciation->why.reasoning) +
         "</p>\n";
  for (const auto& d : t.declared) o += html("<p>") + h(declaration_line(d)) + "</p>\n";
  if (const auto note = declarations_note(t); !note.empty()) o += html("<p>") + h(note) + "</p>\n";
  if (!t.history_incomplete.empty()) o += html("<p class=\"note\">Incomplete: ") + h(t.history_incomplete) + "</p>\n";
  if (!t.consent_declaration.empty()) o += html("<p>") + h(t.consent_declaration) + "</p>\n";
  if (const auto pa = provisional_sentence(rec, t); !pa.empty())
    o += html("<p>") + h(pa) + "</p><p class=\"reason\">" + h(t.provisional->why.reasoning) + "</p>\n";
  if (t.recorded) o += html("<p>Binding text: ") + h(t.text.explanation) + "</p>\n";
  if (t.reporting) o += html("<p>Reporting: ") + h(t.reporting->explanation) + "</p>\n";
  return o;
}

html state_body(const site& s, const pacta::state_overview& ov) {
  html o = html("<h1>") + h(ov.state) + "</h1>\n<p class=\"lead\">Across the " + std::to_string(ov.treaties.size()) +
           " instruments with a registry, on " + pacta::to_iso(ov.on) +
           ".</p>\n<table id=\"standing\" data-sortable data-label=\"instruments\">\n<caption>" + h(ov.state) +
           " under each instrument</caption>\n<thead><tr><th scope=\"col\">Instrument</th><th "
           "scope=\"col\">Status</th><th scope=\"col\">In force for it</th><th scope=\"col\">Basis</th><th "
           "scope=\"col\">Denunciation takes effect</th><th scope=\"col\">Next report</th><th "
           "scope=\"col\">Due</th></tr></thead>\n<tbody>\n";
  for (const auto& t : ov.treaties) o += standing_row(t);
  o += html("</tbody>\n</table>\n") + age_note(s, s.records);
  for (const auto& t : ov.treaties)  // rule D7: a parent's registry not loaded (Paris art. 28(3))
    if (const auto unknown = parent_not_known_note(*t.treaty); !unknown.empty() && t.recorded)
      o += html("<p class=\"note\">") + h(unknown) + "</p>\n";
  o += html("<h2>Reporting calendar</h2>\n") + submissions_html(s);
  for (const auto* t : ov.not_computed)
    o += html("<p>Not computed: the ") + h(t->rules().short_title) + " report (article " +
         h(t->rules().reporting.article) + "): the entry into force for " + h(pacta::detail::state_in_prose(ov.state)) +
         " is not known (rule E5).</p>\n";
  for (const auto& t : ov.treaties)
    if (t.reporting && t.reporting->owes_reports && t.reporting->on_request && !t.reporting->next_due)
      o += html("<p>On request: the next ") + h(t.treaty->rules().short_title) + " report (article " +
           h(t.treaty->rules().reporting.periodic_article) +
           "): after the initial one, reports only when the Committee asks (rule R4).</p>\n";
  if (ov.calendar.empty() && ov.not_computed.empty())
    o += html("<p>No report owed under these instruments on ") + pacta::to_iso(ov.on) + ".</p>\n";
  else {
    o += html(
        "<table id=\"calendar\">\n<caption>Reports due, soonest first</caption>\n<thead><tr><th scope=\"col\">Due</th>"
        "<th scope=\"col\">Instrument</th><th scope=\"col\">Report</th><th scope=\"col\">Basis</th><th "
        "scope=\"col\">Overdue</th></tr></thead>\n<tbody>\n");
    for (const auto& r : ov.calendar)
      o += html("<tr>") + date_cell(pacta::to_iso(r.due.date)) + "<td>" + treaty_link(*r.treaty, "../") + "</td><td>" +
           (r.periodic_number ? pacta::detail::ordinal(static_cast<std::size_t>(*r.periodic_number)) + " periodic"
                              : std::string(pacta::to_key(r.kind))) +
           "</td><td>" + h(r.treaty->cite(r.due.why)) + "<p class=\"reason\">" + h(r.due.why.reasoning) +
           "</p></td><td>" +
           (r.overdue == pacta::overdue_state::overdue   ? html("<span class=\"overdue\">overdue</span>")
            : r.overdue == pacta::overdue_state::on_time ? html("no")
                                                         : html("not known")) +
           "</td></tr>\n";
    o += html("</tbody>\n</table>\n");
  }
  o += html("<h2>Each instrument</h2>\n");
  for (const auto& t : ov.treaties) o += standing_details(t, ov.state);
  (void)s;
  return o;
}

html states_body(const site& s) {
  html o = html(
      "<h1>States</h1>\n<p class=\"lead\">Every participant of the registries, with its page across the "
      "instruments.</p>\n<ul class=\"states\">\n");
  std::vector<std::string> by_name;
  for (const auto& page : s.pages) by_name.push_back(page.second);
  // As people read them: accents folded ("Côte d'Ivoire" among the Cs, before "Croatia").
  std::sort(by_name.begin(), by_name.end(), [](const std::string& a, const std::string& b) {
    const std::string ka = pacta::name_key(a), kb = pacta::name_key(b);
    return ka != kb ? ka < kb : a < b;
  });
  for (const auto& state : by_name) o += html("<li>") + state_link(s, state, "") + "</li>\n";
  return o + "</ul>\n";
}

// ---- the rules ----------------------------------------------------------------------------------

html glossary_body() {
  html o = html(
      "<h1>The rules</h1>\n<p class=\"lead\">Every date on these pages cites the treaty's article and the rule "
      "of the depositary's practice that gives it (\"OPSC art. 14(2), rule E3\"). Each rule in a sentence; "
      "docs/rules.md in pacta's documentation holds each in full, with its sources and tests.</p>\n"
      "<table id=\"rules\">\n<caption>Rule codes</caption>\n<thead><tr><th scope=\"col\">Code</th><th "
      "scope=\"col\">Concerns</th><th scope=\"col\">Rule</th></tr></thead>\n<tbody>\n");
  for (const auto& r : pacta::rule_glossary)
    o += html("<tr id=\"") + std::string(r.code) + "\"><th scope=\"row\">" + std::string(r.code) + "</th><td>" +
         h(r.family) + "</td><td>" + h(r.summary) + "</td></tr>\n";
  return o + "</tbody>\n</table>\n";
}

// ---- who is late ----------------------------------------------------------------------------------

html late_body(const site& s, std::vector<const pacta::treaty_record*>& used) {
  html o = html("<h1>Who is late</h1>\n<p class=\"lead\">Reports overdue on ") + pacta::to_iso(s.on) +
           ", by the reports files given. Under the other instruments submissions are not recorded, so no "
           "report is called overdue.</p>\n<dl class=\"facts\">";
  for (const auto& [id, f] : s.reports)  // what the submissions come from, as the file says
    o += html("<dt>") + h(id) + "</dt><dd>" +
         std::string(f->illustrative ? "illustrative reports file" : "reports file") + ", as of " +
         pacta::to_iso(f->as_of) +
         (f->source.empty() ? std::string("; it names no source") : html("; source: ") + h(f->source)) + "</dd>";
  o += html("</dl>\n<table id=\"late\" data-sortable data-label=\"overdue reports\">\n<caption>Overdue reports on ") +
       pacta::to_iso(s.on) +
       "</caption>\n<thead><tr><th scope=\"col\">State</th><th scope=\"col\">Instrument</th><th "
       "scope=\"col\">Report</th><th scope=\"col\">Due</th><th scope=\"col\">Overdue by</th><th "
       "scope=\"col\">Basis</th></tr></thead>\n<tbody>\n";
  for (const auto* rec : s.records) {
    const auto it = s.reports.find(rec->rules().id);
    if (it == s.reports.end()) continue;
    used.push_back(rec);
    const pacta::treaty_record* parent = pacta::reporting_parent(s.set, *rec);
    if (parent && std::find(used.begin(), used.end(), parent) == used.end()) used.push_back(parent);
    const pacta::reporting rep(*rec, parent, it->second);
    for (const auto& p : rep.positions(s.on))
      if (p.overdue == pacta::overdue_state::overdue)
        o += html("<tr><th scope=\"row\">") + state_link(s, p.state, "") + "</th><td>" + treaty_link(*rec, "") +
             "</td><td>" + std::string(p.next_report ? pacta::to_key(*p.next_report) : "") + "</td>" +
             date_cell(pacta::to_iso(p.next_due->date)) + "<td data-sort=\"" + std::to_string(p.days_overdue->count()) +
             "\">" + years_months_days(p.next_due->date, s.on) + "</td><td>" + h(rec->cite(p.next_due->why)) +
             "</td></tr>\n";
  }
  return o + "</tbody>\n</table>\n";
}

/// Every page of the site, in `s.files`.
void build_site(site& s) {
  put(s, "style.css", site_css);
  put(s, "table.js", site_js);
  put_page(s, "index.html", s.title, index_body(s), s.records);
  put_page(s, "glossary.html", "The rules", glossary_body(), s.records);
  for (const auto* r : s.records) {
    put(s, "treaty/" + r->rules().id + ".svg", timeline_svg(*r, s.on).str());
    put_page(s, "treaty/" + r->rules().id + ".html", r->rules().short_title, treaty_body(s, *r), {r});
  }
  put_page(s, "states.html", "States", states_body(s), s.records);
  for (const auto& [slug, state] : s.pages) {
    const auto ov = pacta::state_across(s.set, state, s.on, s.reports, &s.names);
    put_page(s, "state/" + slug + ".html", state, state_body(s, ov), s.records);
  }
  if (!s.reports.empty()) {
    std::vector<const pacta::treaty_record*> used;
    const html body = late_body(s, used);
    put_page(s, "late.html", "Who is late", body, used);
  }
}

}  // namespace

std::vector<site_file> site_files(const pacta::treaty_set& set, pacta::date_t on, const pacta::state_names& names,
                                  const pacta::reports_by_treaty& reports, const site_text& text) {
  site s{set,       pacta::records_by_chapter(set), on, names, reports, {}, {}, {}, text.illustrative, text.title,
         text.intro};
  // One page per State: two registries that name a State differently ("Czechia", "Czech Republic")
  // share the page of its ISO code, which state_across fills from both (pacta::name_in).
  for (const auto& state : pacta::states_of(set)) {
    const std::string slug = state_slug(state, names);
    s.slugs[state] = slug;
    s.pages.emplace(slug, state);
  }
  build_site(s);
  s.files.push_back({site_mark, site_manifest(s.files)});  // what the next run checks before replacing DIR
  return std::move(s.files);
}

int cmd_site(const pacta::treaty_set& set, const site_options& options, pacta::date_t on,
             const std::vector<std::string>& reports_paths, const pacta::state_names& names) {
  if (options.dir.empty()) {
    std::cerr << "pacta: the site's directory is empty: name a directory, e.g. pacta site public/\n";
    return exit_usage;
  }
  std::vector<pacta::reports_file> files;
  pacta::reports_by_treaty reports;
  site_text text;
  for (const pacta::treaty_record* r : set.records())  // a human-rights title only for human-rights treaties
    if (!pacta::in_chapter(r->rules().untc_chapter, "IV")) text.title = site_text::depositary_title;
  if (!load_reports_across(reports_paths, set, files, reports)) return exit_invalid;
  text.illustrative = illustrative_note(files);
  if (options.title_given && options.title.find_first_not_of(" \t") == std::string::npos) {
    std::cerr << "pacta: --title is empty: give the site's title, or leave --title out for \"" << text.title << "\"\n";
    return exit_usage;
  }
  if (!options.title.empty()) text.title = options.title;
  if (!options.intro_file.empty()) {
    std::vector<pacta::diagnostic> diags;
    std::string intro;
    if (!pacta::read_input(options.intro_file, intro, diags)) {
      print_diagnostics(diags);
      return exit_invalid;
    }
    text.intro = html("<div class=\"intro\">\n") + intro_html(intro) + "</div>\n";
  }
  {  // every profile of the data directory loads, or no site: a smaller site with exit 0 would hide it
    std::vector<pacta::diagnostic> diags;
    for (const auto& id : pacta::profile_ids(set.data_dir()))
      if (!set.find(id)) (void)set.rules_for(id, diags);
    if (!diags.empty()) {
      print_diagnostics(diags);
      std::cerr << "pacta: a profile of the data directory cannot be read; no site written\n";
      return exit_invalid;
    }
  }
  const auto site = site_files(set, on, names, reports, text);
  site_target target;  // built beside DIR, swapped in whole under a lock (site_dir.hpp)
  if (!target.begin(options.dir, options.force)) return exit_invalid;
  std::size_t written = 0;
  for (const auto& f : site) {
    std::string error;
    if (!pacta::write_atomically(target.building() + "/" + f.rel, f.content, error, write_options_for_cli())) {
      std::cerr << "pacta: " << shown(error) << "; no site written: the new one was incomplete (" << written
                << " files written)\n";
      return exit_invalid;
    }
    ++written;
  }
  if (!target.finish()) return exit_invalid;
  std::size_t states = 0;
  for (const auto& f : site)
    states += f.rel.rfind("state/", 0) == 0 && f.rel.size() > 5 && f.rel.compare(f.rel.size() - 5, 5, ".html") == 0;
  std::cerr << "pacta: wrote the site " << shown(options.dir) << ": " << written << " files ("
            << pacta::records_by_chapter(set).size() << " instruments, " << states << " States"
            << (reports.empty() ? "" : ", who is late") << "); open "
            << shown((fs::path(options.dir) / "index.html").string()) << '\n';
  return exit_ok;
}

void add_site(CLI::App& app, global_options& g, command_table& t) {
  CLI::App* sub = app.add_subcommand("site",
                                     "A static site (HTML, CSS, SVG; no server, no network) of every bundled "
                                     "instrument and State, with each date's article and reasoning.");
  auto o = std::make_shared<site_options>();
  sub->add_option("DIR", o->dir, "The directory to write (created; the files pacta writes are replaced).")->required();
  add_on(sub, g, "The date of the statuses (default: today).");
  add_reports_option(sub, g, "A reports file (pacta.reports/1): adds the \"who is late\" page.", false);
  add_chapter(sub, g);
  CLI::Option* title =
      sub->add_option("--title", o->title,
                      "The site's title (default: \"UN human-rights instruments\" where every treaty is of chapter "
                      "IV, else \"Treaties deposited with the Secretary-General of the United Nations\").");
  sub->add_option("--intro", o->intro_file,
                  "A file of Markdown or plain text shown under the title of the index (escaped; headings, lists, "
                  "emphasis and https links).")
      ->check(CLI::ExistingFile);
  sub->add_flag("--force", o->force,
                "Replace DIR even if it holds files pacta site did not write (it is replaced whole).");
  sub->footer("Example:\n  pacta site public/ && xdg-open public/index.html\nDocumentation: docs/site.md");
  t.add(sub, [&g, o, title](const run_context& ctx) {
    o->title_given = title->count() > 0;
    return across_treaties(ctx, "site", [&](const pacta::treaty_set& set, pacta::date_t on) {
      return cmd_site(set, *o, on, g.reports_paths, name_table(ctx.data_dir));
    });
  });
}

}  // namespace pacta_cli
