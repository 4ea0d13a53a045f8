// fuzz_writers: hostile text in every field that reaches a page, a chart or a calendar.
//
// The input is split at the byte 0x1F into fields, which become the treaty's short title, title,
// chapter and article, the registry's source, the names of States, the reports file's source, the
// site's title and introduction, and every text of a calendar's events. The whole site is built in
// memory (pacta_cli::site_files, what `pacta site` writes) and the calendar written
// (pacta::to_icalendar, what `pacta calendar` writes). Checked besides "no crash":
//   - every file's path stays inside the site (no "..", no absolute path, no byte outside [A-Za-z0-9._/-]);
//   - every HTML page parses to elements and attributes that pacta writes, and no other; no link to
//     a javascript: URL; one script, pacta's own;
//   - every SVG (the charts) is well-formed XML, with the elements and attributes of a chart only;
//   - every JSON download parses;
//   - the calendar is RFC 5545: CRLF line ends, lines of at most 75 octets, folded lines beginning
//     with a space, valid UTF-8, no control character but the tab, every line a known property, one
//     VEVENT per event.
#include "commands.hpp"
#include "notes.hpp"
#include "site_text.hpp"

#include <pacta/ical.hpp>
#include <pacta/pacta.hpp>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>
#include <vector>

namespace {

[[noreturn]] void fail(const std::string& what, const std::string& where) {
  std::fprintf(stderr, "fuzz_writers: %s: %s\n", where.c_str(), what.c_str());
  std::abort();
}

std::vector<std::string> fields_of(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> out(1);
  for (std::size_t i = 0; i < size; ++i)
    if (data[i] == 0x1F)
      out.emplace_back();
    else
      out.back() += static_cast<char>(data[i]);
  out.resize(std::max<std::size_t>(out.size(), 16));
  return out;
}

const std::set<std::string>& html_elements() {
  static const std::set<std::string> s{
      "a",      "body",   "caption", "code", "dd", "desc",  "div",    "dl",     "dt",    "em",     "figcaption",
      "figure", "footer", "h1",      "h2",   "h3", "head",  "header", "html",   "img",   "li",     "line",
      "link",   "main",   "meta",    "nav",  "p",  "path",  "rect",   "script", "span",  "strong", "svg",
      "table",  "tbody",  "td",      "text", "th", "thead", "title",  "tr",     "tspan", "ul"};
  return s;
}

const std::set<std::string>& attributes() {
  static const std::set<std::string> s{"alt",
                                       "aria-label",
                                       "aria-labelledby",
                                       "charset",
                                       "class",
                                       "content",
                                       "d",
                                       "data-label",
                                       "data-sort",
                                       "data-sortable",
                                       "defer",
                                       "download",
                                       "dy",
                                       "fill",
                                       "font-family",
                                       "font-size",
                                       "font-weight",
                                       "height",
                                       "href",
                                       "id",
                                       "lang",
                                       "name",
                                       "rel",
                                       "role",
                                       "scope",
                                       "src",
                                       "stroke",
                                       "stroke-dasharray",
                                       "stroke-width",
                                       "tabindex",
                                       "text-anchor",
                                       "transform",
                                       "viewbox",
                                       "width",
                                       "x",
                                       "x1",
                                       "x2",
                                       "xmlns",
                                       "y",
                                       "y1",
                                       "y2"};
  return s;
}

std::string lower(const char* s) {
  std::string out(s ? s : "");
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// Every element and attribute under `n` is one pacta writes; `scripts` counts the script elements.
void check_tree(const xmlNode* n, const std::string& file, std::size_t& scripts) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    const std::string name = lower(reinterpret_cast<const char*>(n->name));
    if (!html_elements().count(name)) fail("an element pacta does not write: <" + name + ">", file);
    if (name == "script") ++scripts;
    for (const xmlAttr* a = n->properties; a; a = a->next) {
      const std::string attr = lower(reinterpret_cast<const char*>(a->name));
      if (!attributes().count(attr)) fail("an attribute pacta does not write: " + attr + " on <" + name + ">", file);
      if (attr == "href" || attr == "src") {
        xmlChar* v = xmlNodeGetContent(reinterpret_cast<const xmlNode*>(a));
        std::string value = lower(reinterpret_cast<const char*>(v));
        xmlFree(v);
        value.erase(std::remove_if(value.begin(), value.end(),
                                   [](char c) { return std::isspace(static_cast<unsigned char>(c)); }),
                    value.end());
        if (value.rfind("javascript:", 0) == 0 || value.rfind("data:", 0) == 0 || value.rfind("vbscript:", 0) == 0)
          fail("a link to " + value, file);
      }
    }
    check_tree(n->children, file, scripts);
  }
}

void check_html(const std::string& text, const std::string& file) {
  htmlDocPtr doc = htmlReadMemory(text.data(), static_cast<int>(text.size()), file.c_str(), "UTF-8",
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (!doc) fail("not HTML libxml2 can read", file);
  std::size_t scripts = 0;
  check_tree(xmlDocGetRootElement(doc), file, scripts);
  xmlFreeDoc(doc);
  if (scripts != 1) fail(std::to_string(scripts) + " script elements, not pacta's one", file);
}

void check_svg(const std::string& text, const std::string& file) {
  xmlResetLastError();
  xmlDocPtr doc = xmlReadMemory(text.data(), static_cast<int>(text.size()), file.c_str(), "UTF-8",
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) fail("not well-formed XML", file);
  std::size_t scripts = 0;
  check_tree(xmlDocGetRootElement(doc), file, scripts);
  xmlFreeDoc(doc);
  if (scripts) fail("a script in a chart", file);
}

void check_path(const std::string& rel) {
  if (rel.empty() || rel[0] == '/' || rel.find("..") != std::string::npos) fail("a path outside the site", rel);
  for (char c : rel)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '/' && c != '-')
      fail("a path with a byte outside [A-Za-z0-9._/-]", rel);
}

void check_ics(const std::string& ics, std::size_t events) {
  static const std::set<std::string> properties{"BEGIN",   "END",          "VERSION",     "PRODID",       "CALSCALE",
                                                "METHOD",  "X-WR-CALNAME", "DESCRIPTION", "X-WR-CALDESC", "UID",
                                                "DTSTAMP", "DTSTART",      "DTEND",       "SUMMARY",      "TRANSP"};
  if (!pacta::detail::valid_utf8(ics)) fail("not UTF-8", "calendar");
  std::vector<std::string> logical;
  std::size_t at = 0;
  while (at < ics.size()) {
    const std::size_t end = ics.find("\r\n", at);
    if (end == std::string::npos) fail("a line not ended by CRLF", "calendar");
    const std::string line = ics.substr(at, end - at);
    if (line.size() > 75) fail("a line of " + std::to_string(line.size()) + " octets", "calendar");
    for (char c : line)
      if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) fail("a control character", "calendar");
    if (!line.empty() && line[0] == ' ') {
      if (logical.empty()) fail("a folded first line", "calendar");
      logical.back() += line.substr(1);
    } else {
      logical.push_back(line);
    }
    at = end + 2;
  }
  std::size_t begins = 0, ends = 0;
  for (const auto& l : logical) {
    const std::size_t name_end = l.find_first_of(";:");
    if (name_end == std::string::npos) fail("a line with no property: " + l, "calendar");
    const std::string name = l.substr(0, name_end);
    if (!properties.count(name)) fail("a property pacta does not write: " + name, "calendar");
    begins += l == "BEGIN:VEVENT";
    ends += l == "END:VEVENT";
  }
  if (begins != events || ends != events) fail("the events are not one VEVENT each", "calendar");
}

/// A State name from a field, when a registry may hold it; else a plain one.
std::string state_name(const std::string& field, int k) {
  return pacta::valid_state_name(field) && field.rfind("State ", 0) != 0 ? field : "State " + std::to_string(k);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace date::literals;
  if (size > 1 << 16) return 0;
  const auto f = fields_of(data, size);

  // The calendar: every text of every event, and the calendar's own name and description.
  std::vector<pacta::ical_event> events;
  for (std::size_t k = 0; k + 2 < f.size() && events.size() < 4; k += 3)
    events.push_back({f[k], 2026_y / 1 / 1, f[k + 1], f[k + 2]});
  check_ics(pacta::to_icalendar(events, f[0], 2026_y / 12 / 3, f[1]), events.size());

  // The site: one treaty (the CED's clauses: no parent to load) with hostile titles and source.
  static const pacta::treaty_rules ced = pacta::load_treaty_profile(PACTA_SOURCE_DIR "/data/treaties/ced.json");
  pacta::treaty_rules rules = ced;
  rules.short_title = f[0].empty() ? "X" : f[0];
  rules.title = f[1];
  rules.untc_chapter = f[2];
  rules.general_article = f[3];
  pacta::registry reg;
  reg.file = "fuzz.json";
  reg.treaty = "ced";
  reg.as_of = 2026_y / 2 / 3;
  reg.source = f[4];
  std::set<std::string> used;
  for (int k = 1; k <= 22; ++k) {
    std::string name = state_name(k <= 6 ? f[4 + static_cast<std::size_t>(k)] : std::string(), k);
    if (!used.insert(pacta::name_key(name)).second) name = "State " + std::to_string(k);
    used.insert(pacta::name_key(name));
    pacta::action a;
    a.state = name;
    a.kind = pacta::action_kind::ratification;
    a.date = date::sys_days{2008_y / 1 / 1} + date::days{30 * k};
    reg.actions.push_back(a);
  }
  pacta::treaty_set set;
  std::vector<pacta::diagnostic> diags;
  if (!set.add(std::move(reg), std::move(rules), diags) || !set.build(diags)) return 0;  // refused: not the writers'

  pacta::reports_file reports;
  reports.file = "reports.json";
  reports.treaty = "ced";
  reports.as_of = 2026_y / 2 / 3;
  reports.source = f[11].empty() ? "s" : f[11];
  reports.illustrative = true;
  pacta_cli::site_text text;
  if (!f[12].empty()) text.title = f[12];
  text.intro = pacta_cli::intro_html(f[13]);
  text.illustrative = pacta_cli::illustrative_note(std::vector<pacta::reports_file>{reports});
  const pacta::reports_by_treaty by_treaty{{"ced", &reports}};
  const pacta::state_names names;
  for (const auto& file : pacta_cli::site_files(set, 2026_y / 12 / 3, names, by_treaty, text)) {
    check_path(file.rel);
    const auto ends = [&](const char* ext) {
      const std::size_t n = std::strlen(ext);
      return file.rel.size() > n && file.rel.compare(file.rel.size() - n, n, ext) == 0;
    };
    if (ends(".html")) check_html(file.content, file.rel);
    if (ends(".svg")) check_svg(file.content, file.rel);
    if (ends(".json") && !nlohmann::json::accept(file.content)) fail("JSON that does not parse", file.rel);
  }
  return 0;
}
