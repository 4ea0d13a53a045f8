// page.cpp — reading a UN Treaty Collection status page into values (see page.hpp).
#include "page.hpp"

#include "prose_date.hpp"

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

namespace pacta::untc::page {

/// libxml2 keeps an element's line in 16 bits (65535 and beyond read as 65535), and its HTML
/// parser ignores XML_PARSE_BIG_LINES. The page's own start-element handler keeps the whole line
/// number in the element's `psvi` field, which HTML documents do not otherwise use.
void start_element_with_line(void* ctx, const xmlChar* name, const xmlChar** atts) {
  xmlSAX2StartElement(ctx, name, atts);
  auto* ctxt = static_cast<htmlParserCtxtPtr>(ctx);
  if (ctxt->node && ctxt->input)
    ctxt->node->psvi = reinterpret_cast<void*>(static_cast<std::ptrdiff_t>(ctxt->input->line));
}

long line_of(node_ptr n) {
  if (!n) return 0;
  if (n->type == XML_ELEMENT_NODE && n->psvi) return static_cast<long>(reinterpret_cast<std::ptrdiff_t>(n->psvi));
  return xmlGetLineNo(n);
}

/// The page as a DOM, with whole line numbers; nothing (and `why`) when libxml2 fails.
std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> parse_html(std::string_view html, const std::string& file,
                                                        std::string& why) {
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> none(nullptr, &xmlFreeDoc);
  std::unique_ptr<xmlParserCtxt, void (*)(htmlParserCtxtPtr)> ctxt(htmlNewParserCtxt(), &htmlFreeParserCtxt);
  if (!ctxt || !ctxt->sax) {
    why = "libxml2 could not start a parser (out of memory?)";
    return none;
  }
  ctxt->sax->startElement = &start_element_with_line;
  xmlResetLastError();
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc(
      htmlCtxtReadMemory(ctxt.get(), html.data(), static_cast<int>(html.size()), file.c_str(), "UTF-8",
                         HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET),
      &xmlFreeDoc);
  const xmlError* e = xmlGetLastError();
  if (e && e->code == XML_ERR_NO_MEMORY) {
    why = "libxml2 ran out of memory reading the page: " + std::string(e->message ? e->message : "no message");
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    return none;
  }
  return doc;
}

std::string attribute(node_ptr n, const char* name) {
  std::string out;
  if (xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name))) {
    out = reinterpret_cast<const char*>(v);
    xmlFree(v);
  }
  return out;
}

bool is_element(node_ptr n, const char* name) {
  return n && n->type == XML_ELEMENT_NODE && xmlStrcasecmp(n->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// Every element, depth first, for which `pred` holds.
template <typename Pred>
void collect(node_ptr n, Pred pred, std::vector<node_ptr>& out) {
  for (node_ptr c = n; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (pred(c)) out.push_back(c);
    collect(c->children, pred, out);
  }
}

node_ptr first(node_ptr root, const std::function<bool(node_ptr)>& pred) {
  std::vector<node_ptr> found;
  collect(root, pred, found);
  return found.empty() ? nullptr : found.front();
}

node_ptr by_id_suffix(node_ptr root, std::string_view suffix) {
  return first(root, [&](node_ptr n) { return ends_with(attribute(n, "id"), suffix); });
}

/// The text of an element: its text nodes in order, <br> as a space, footnote markers (<sup>)
/// left out and collected in `markers`.
void gather(node_ptr n, std::string& out, std::vector<std::string>* markers) {
  for (node_ptr c = n; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content) out += reinterpret_cast<const char*>(c->content);
    } else if (c->type == XML_ELEMENT_NODE) {
      if (is_element(c, "br")) {
        out += ' ';
      } else if (is_element(c, "sup")) {
        if (markers) {
          std::string m;
          gather(c->children, m, nullptr);
          markers->push_back(m);
        }
      } else if (!is_element(c, "script") && !is_element(c, "style")) {
        gather(c->children, out, markers);
      }
    }
  }
}

/// Spaces, tabs, line breaks and no-break spaces (U+00A0) collapsed to single spaces and trimmed.
std::string squash(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ws = true;
      ++i;
    }
    if (ws) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

std::string text_of(node_ptr n, std::vector<std::string>* markers) {
  if (!n) return {};
  std::string raw;
  gather(n->children, raw, markers);
  return squash(raw);
}

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::optional<cell_date> read_cell_date(std::string s) {
  cell_date out;
  if (!s.empty() && s.front() == '[') {
    const auto close = s.find(']');
    if (close == std::string::npos) return std::nullopt;
    out.bracketed = true;
    s = squash(s.substr(1, close - 1) + " " + s.substr(close + 1));
  }
  const auto w = words(s);
  if (w.size() < 3 || w.size() > 4) return std::nullopt;
  const auto d = day_month_year(w[0], w[1], w[2], month_names::full_or_abbreviated);
  if (!d) return std::nullopt;
  out.date = *d;
  if (w.size() == 4) out.suffix = w[3];
  return out;
}

std::optional<action_kind> kind_for_suffix(const std::string& s) {
  if (s.empty()) return action_kind::ratification;
  if (s == "a") return action_kind::accession;
  if (s == "c") return action_kind::formal_confirmation;
  if (s == "d") return action_kind::succession;
  if (s == "A") return action_kind::acceptance;
  if (s == "AA") return action_kind::approval;
  if (s == "P") return action_kind::consent_to_be_bound;
  if (s == "s") return action_kind::definitive_signature;
  return std::nullopt;
}

// ---- the page --------------------------------------------------------------------------------------

/// Whether the page is small enough to parse.
bool within_size(std::string_view html, const reporter& fail) {
  if (html.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    fail(0, "io.too-large", "the page is too large to parse");
    return false;
  }
  if (html.size() > max_page_bytes) {
    fail(0, "io.too-large",
         "the page has " + std::to_string(html.size()) + " bytes, more than the " +
             std::to_string(max_page_bytes >> 20) +
             " MiB a status page can have (the largest real ones are about 1 MB); nothing was read");
    return false;
  }
  return true;
}

/// Whether every start tag of the page is within the bounds libxml2 reads in good time
/// (`max_attributes_per_element`, `max_attribute_bytes`), read from the bytes before parsing as
/// libxml2's HTML parser reads a tag: after the element's name, attributes one after another, each a
/// name, then optionally `=` and a value (quoted, or unquoted up to a space or `>`), with or without
/// spaces between them (`a="1"b="2"` is two). Tags inside comments, scripts and styles are not markup.
bool lower_at(std::string_view html, std::size_t i, std::string_view word) {  // `word` at `i`, any case
  if (i + word.size() > html.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(html[i + k])) != word[k]) return false;
  return true;
}

bool within_bounds(std::string_view html, const reporter& fail) {
  long line = 1;
  std::size_t at = 0;
  auto advance = [&](std::size_t to) {  // to `to`, lines counted
    for (; at < to && at < html.size(); ++at) line += html[at] == '\n';
  };
  auto skip_past = [&](std::string_view end) {
    std::size_t i = at;
    while (i < html.size() && !lower_at(html, i, end)) ++i;
    advance(std::min(html.size(), i + end.size()));
  };
  auto space = [&](std::size_t i) {
    const char c = html[i];
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  };
  auto too_long = [&](std::size_t from, long tag_line) {
    if (at - from <= max_attribute_bytes) return false;
    fail(tag_line, "untc.page",
         "an attribute of " + std::to_string(at - from) + " bytes, more than the " +
             std::to_string(max_attribute_bytes >> 20) + " MiB a status page's have; nothing was read");
    return true;
  };
  while (at < html.size()) {
    if (html[at] != '<') {
      advance(at + 1);
      continue;
    }
    if (lower_at(html, at, "<!--")) {
      advance(at + 4);
      skip_past("-->");
      continue;
    }
    if (at + 1 >= html.size() || !std::isalpha(static_cast<unsigned char>(html[at + 1]))) {
      advance(at + 1);
      continue;
    }
    const bool script = lower_at(html, at, "<script"),
               style = lower_at(html, at, "<style");  // their text is not markup
    const long tag_line = line;
    advance(at + 1);
    while (at < html.size() && !space(at) && html[at] != '>' && html[at] != '/') advance(at + 1);  // the name
    std::size_t attributes = 0;
    while (at < html.size() && html[at] != '>') {
      if (space(at) || html[at] == '/') {
        advance(at + 1);
        continue;
      }
      if (++attributes > max_attributes_per_element) {
        fail(tag_line, "untc.page",
             "an element with more than " + std::to_string(max_attributes_per_element) +
                 " attributes (a status page's have at most a few); nothing was read");
        return false;
      }
      const std::size_t name = at;  // the attribute's name: up to a space, '=', '>' or '/'
      while (at < html.size() && !space(at) && html[at] != '=' && html[at] != '>' && html[at] != '/') advance(at + 1);
      if (too_long(name, tag_line)) return false;
      std::size_t after = at;
      while (after < html.size() && space(after)) ++after;
      if (after >= html.size() || html[after] != '=') continue;
      advance(after + 1);
      while (at < html.size() && space(at)) advance(at + 1);
      if (at < html.size() && (html[at] == '"' || html[at] == '\'')) {
        const char quote = html[at];
        const std::size_t close = html.find(quote, at + 1);
        const std::size_t from = at + 1;
        advance(close == std::string_view::npos ? html.size() : close);
        if (too_long(from, tag_line)) return false;
        advance(at + 1);
      } else {
        const std::size_t from = at;
        while (at < html.size() && !space(at) && html[at] != '>') advance(at + 1);
        if (too_long(from, tag_line)) return false;
      }
    }
    advance(at + 1);
    if (script) skip_past("</script");
    if (style) skip_past("</style");
  }
  return true;
}

/// The element of the "STATUS AS AT" line.
node_ptr find_status_line(node_ptr root) {
  return first(root, [](node_ptr n) {
    std::string t;
    gather(n->children, t, nullptr);
    return (is_element(n, "div") || is_element(n, "span") || is_element(n, "td")) &&
           t.find("STATUS AS AT") != std::string::npos && t.size() < 200;
  });
}

// ---- the heading: status date, chapter, title, entry into force, counts ------------------------------

/// "STATUS AS AT : 03-02-2026".
void read_status_date(node_ptr status, page_facts& page, const reporter& fail) {
  const std::string t = text_of(status);
  const auto colon = t.find(':');
  const auto w = words(colon == std::string::npos ? std::string() : t.substr(colon + 1));
  std::optional<date_t> d;
  if (!w.empty() && w[0].size() == 10 && w[0][2] == '-' && w[0][5] == '-')
    d = parse_date(w[0].substr(6, 4) + "-" + w[0].substr(3, 2) + "-" + w[0].substr(0, 2));
  if (!d)
    fail(line_of(status), "untc.status-date", "cannot read the date of the status line \"" + t + "\" (DD-MM-YYYY)");
  else
    page.status_as_at = *d;
}

/// The chapter ("CHAPTER IV" and "11. d Optional …" give IV-11-d) and the treaty's title.
void read_heading(node_ptr root, page_facts& page, const reporter& fail) {
  const std::string chapter_head = text_of(by_id_suffix(root, "rptHead_ctl00_tcHead"));     // "CHAPTER IV"
  const std::string treaty_head = text_of(by_id_suffix(root, "rptTreaty_ctl00_tcTreaty"));  // "11. d Optional …"
  const auto hw = words(chapter_head), tw = words(treaty_head);
  if (hw.size() == 2 && hw[0] == "CHAPTER" && !tw.empty() && tw[0].back() == '.') {
    page.chapter = hw[1] + "-" + tw[0].substr(0, tw[0].size() - 1);
    std::size_t title_from = 1;
    if (tw.size() > 1 && tw[1].size() == 1 && std::islower(static_cast<unsigned char>(tw[1][0]))) {
      page.chapter += "-" + tw[1];
      title_from = 2;
    }
    for (std::size_t k = title_from; k < tw.size(); ++k) page.title += (k > title_from ? " " : "") + tw[k];
  } else {
    fail(0, "untc.heading",
         "cannot read the chapter and number of the treaty from \"" + chapter_head + "\" / \"" + treaty_head + "\"");
  }
}

/// "18 January 2002, in accordance with article 14(1)."
void read_entry_into_force(node_ptr root, page_facts& page, const reporter& fail) {
  node_ptr eif = by_id_suffix(root, "rptEIF_ctl00_tcText");
  const std::string t = text_of(eif);
  const auto w = words(t);
  if (w.size() >= 3) {
    std::string year = w[2];
    if (!year.empty() && year.back() == ',') year.pop_back();
    page.entry_into_force = day_month_year(w[0], w[1], year, month_names::full_or_abbreviated);
    const auto art = t.find("article ");
    if (art != std::string::npos) {  // "article 39(1) which reads as follows: …", "article 16(1) (see …)"
      std::string a = words(t.substr(art + 8)).empty() ? std::string() : words(t.substr(art + 8))[0];
      while (!a.empty() && (a.back() == '.' || a.back() == ',' || a.back() == ';')) a.pop_back();
      page.entry_into_force_article = a;
    }
  }
  if (!page.entry_into_force && !t.empty())
    fail(line_of(eif), "untc.entry-into-force", "cannot read the entry-into-force line \"" + t + "\"");
}

/// The number after `label` in `t` ("Parties : 178"), when it has one of at most nine digits.
std::optional<std::size_t> number_after(const std::string& t, const char* label) {
  const auto at = t.find(label);
  if (at == std::string::npos) return std::nullopt;
  std::size_t i = at + std::strlen(label);
  while (i < t.size() && (t[i] == ' ' || t[i] == ':')) ++i;
  std::size_t n = 0, digits = 0;
  while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) {
    if (++digits > 9) return std::nullopt;  // more than any count of States
    n = n * 10 + static_cast<std::size_t>(t[i] - '0');
    ++i;
  }
  if (digits == 0) return std::nullopt;
  // The number stands alone: nothing but its full stop after it ("130. Parties", not "111abc", "111 (of 999)").
  if (i < t.size() && t[i] == '.') ++i;
  while (i < t.size() && t[i] == ' ') ++i;
  if (i < t.size() && t.compare(i, std::strlen("Parties"), "Parties") != 0) return std::nullopt;
  return n;
}

/// "Signatories : 122. Parties : 178", or "Parties : 111" alone where the treaty has no signature.
void read_counts(node_ptr root, page_facts& page, const reporter& fail) {
  node_ptr st = by_id_suffix(root, "rptStatus_ctl00_tcText");
  const std::string t = text_of(st);
  const auto s = number_after(t, "Signatories"), p = number_after(t, "Parties");
  const bool signatories_printed = t.find("Signatories") != std::string::npos;
  if (!p || (signatories_printed && !s)) {
    fail(line_of(st), "untc.counts",
         "cannot read the counts line \"" + t + "\" (Signatories : N. Parties : M, or Parties : M)");
  } else {
    page.signatories = s;
    page.parties = *p;
  }
}

// ---- end notes, declarations, the participants table ---------------------------------------------------

/// The end notes: number → text.
std::map<std::string, std::string> read_end_notes(node_ptr root) {
  std::map<std::string, std::string> notes;
  std::vector<node_ptr> found;
  collect(
      root, [](node_ptr n) { return attribute(n, "class") == "divNotesAll"; }, found);
  for (node_ptr n : found) {
    node_ptr anchor =
        first(n->children, [](node_ptr c) { return is_element(c, "a") && !attribute(c, "name").empty(); });
    if (!anchor) continue;
    const std::string number = attribute(anchor, "name");
    std::string body;
    for (node_ptr c = anchor->next; c; c = c->next) {
      if (c->type == XML_TEXT_NODE && c->content)
        body += reinterpret_cast<const char*>(c->content);
      else if (is_element(c, "br"))
        body += ' ';
      else if (c->type == XML_ELEMENT_NODE)
        gather(c->children, body, nullptr);
    }
    notes[number] = squash(body);
  }
  return notes;
}

/// The States with an entry under "Declarations and Reservations".
std::set<std::string> read_declared(node_ptr root) {
  std::set<std::string> declared;
  std::vector<node_ptr> found;
  collect(
      root, [](node_ptr n) { return ends_with(attribute(n, "id"), "_divParticipant"); }, found);
  for (node_ptr n : found) declared.insert(text_of(n));
  return declared;
}

/// The text of `n` into the entry's parts: a right-aligned paragraph starts a part dated by its
/// text; the invisible copy of the State's name is left out.
void gather_parts(node_ptr n, declaration_entry& e) {
  for (node_ptr c = n; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content) e.parts.back().text += reinterpret_cast<const char*>(c->content);
    } else if (c->type == XML_ELEMENT_NODE) {
      if (is_element(c, "p") && attribute(c, "class") == "invisible") continue;
      if (is_element(c, "sup") || is_element(c, "script") || is_element(c, "style")) continue;
      if (is_element(c, "p") && attribute(c, "align") == "right") {
        e.parts.push_back({text_of(c), {}});
        continue;
      }
      if (is_element(c, "br") || is_element(c, "p")) e.parts.back().text += ' ';
      gather_parts(c->children, e);
    }
  }
}

/// The entries of one grid of the page, one per State, in the page's order: `_dgDecUnderArticle_`,
/// the section "Declarations recognizing the competence of the Committee", or `_dgNotifications_`;
/// empty where the page has none.
std::vector<declaration_entry> read_declaration_entries(node_ptr root, const std::string& grid) {
  std::vector<declaration_entry> out;
  std::vector<node_ptr> names;
  collect(
      root,
      [&](node_ptr n) {
        const std::string id = attribute(n, "id");
        return id.find(grid) != std::string::npos && ends_with(id, "_divParticipant");
      },
      names);
  for (node_ptr n : names) {
    declaration_entry e;
    e.state = text_of(n);
    e.line = line_of(n);
    e.parts.push_back({});
    node_ptr body = n->next;
    while (body && body->type != XML_ELEMENT_NODE) body = body->next;
    if (body &&
        (ends_with(attribute(body, "id"), "_divText") || ends_with(attribute(body, "id"), "_divNotificationText")))
      gather_parts(body->children, e);
    for (auto& p : e.parts) p.text = squash(p.text);
    out.push_back(std::move(e));
  }
  return out;
}

/// The articles whose entry into force the entry-into-force line prints on its own: "28 March 1979
/// for the provisions of article 41 (Human Rights Committee)". Each must read as a date and an
/// article of `clauses` with a threshold, once (`untc.entry-into-force`).
std::map<std::string, date_t> read_articles_in_force(node_ptr root,
                                                     const std::vector<optional_declaration_clause>& clauses,
                                                     const reporter& fail) {
  std::map<std::string, date_t> out;
  const node_ptr line = by_id_suffix(root, "rptEIF_ctl00_tcText");
  const std::string t = text_of(line);
  const std::string lead = " for the provisions of article ";
  std::size_t printed = 0;
  for (auto at = t.find(lead); at != std::string::npos; at = t.find(lead, at + 1)) ++printed;
  std::size_t read = 0;
  for (auto d = date_in(t); d; d = date_in(t, d->second)) {
    if (t.compare(d->second, lead.size(), lead) != 0) continue;
    ++read;
    std::size_t i = d->second + lead.size(), j = i;
    while (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
    while (j < t.size() && std::isalpha(static_cast<unsigned char>(t[j]))) ++j;  // "41bis" is not article 41
    const std::string article = t.substr(i, j - i);
    const bool known = std::any_of(clauses.begin(), clauses.end(), [&](const optional_declaration_clause& c) {
      return c.article == article && c.threshold > 0;
    });
    if (!known)
      fail(line_of(line), "untc.entry-into-force",
           "the entry-into-force line prints a date for the provisions of article " + article +
               ", which the profile lists as no article coming into force on a number of declarations");
    else if (!out.emplace(article, d->first).second)
      fail(line_of(line), "untc.entry-into-force",
           "the entry-into-force line prints two dates for the provisions of article " + article);
  }
  if (read != printed)
    fail(line_of(line), "untc.entry-into-force",
         "the entry-into-force line prints " + std::to_string(printed) +
             " date(s) \"for the provisions of article …\" but " + std::to_string(read) +
             " read as a date and an article (\"" + t + "\")");
  return out;
}

/// The columns the header row names (its cells' texts, the participant's first); nothing, after a
/// diagnostic, for a header pacta cannot read.
std::optional<columns> read_columns(const std::vector<std::string>& header, long line, const reporter& fail) {
  columns c;
  c.signature.reset();
  c.names = "participant";
  std::optional<std::size_t> deposit;
  for (std::size_t k = 1; k < header.size(); ++k) {
    const std::string& h = header[k];
    if (h.rfind("Signature", 0) == 0 && !c.signature && !c.provisional && !deposit) {
      c.signature = k;
      c.names += ", signature";
    } else if (h.rfind("Provisional application", 0) == 0 && !c.provisional && !deposit) {
      c.provisional = k;
      c.names += ", provisional application";
    } else if (!deposit && k + 1 == header.size()) {
      deposit = k;
      c.names += ", deposit";
    } else {
      fail(line, "untc.row",
           "cannot read the participants table's header: column " + std::to_string(k + 1) + " is \"" + h +
               "\" (pacta reads a participant, a signature column where there is one, a column of provisional "
               "application where there is one, and the deposits last)");
      return std::nullopt;
    }
  }
  if (!deposit) {
    fail(line, "untc.row", "the participants table's header names no column of deposits");
    return std::nullopt;
  }
  c.deposit = *deposit;
  c.count = header.size();
  return c;
}

/// A cell's date, its suffix one of those `allowed` accepts; a diagnostic naming the column for a
/// cell that cannot be read. Its footnote markers join the row's.
std::optional<cell_date> read_date_cell(node_ptr cell, const char* column, const char* suffixes, row& r,
                                        const std::function<bool(const std::string&)>& allowed, const reporter& fail) {
  std::vector<std::string> cell_markers;
  const std::string t = text_of(cell, &cell_markers);
  r.markers.insert(r.markers.end(), cell_markers.begin(), cell_markers.end());
  if (t.empty()) return std::nullopt;
  auto d = read_cell_date(t);
  if (!d || !allowed(d->suffix)) {
    fail(r.line, "untc.cell",
         r.state + ": cannot read the " + column + " cell \"" + t + "\" (a date such as \"24 Sep 2012\", " + suffixes +
             ")");
    return std::nullopt;
  }
  return d;
}

/// The date cells of a row, by the table's columns.
void read_dates(const std::vector<node_ptr>& cells, const columns& c, row& r, const reporter& fail) {
  if (c.signature)  // "Signature, Succession to signature(d)"
    r.signature = read_date_cell(
        cells[*c.signature], "signature", "with the suffix d for a succession to signature", r,
        [](const std::string& s) { return s.empty() || s == "d"; }, fail);
  if (c.provisional)  // "Provisional application under article 23(n)"
    r.provisional = read_date_cell(
        cells[*c.provisional], "provisional application", "with the suffix n where the page gives one", r,
        [](const std::string& s) { return s.empty() || s == "n"; }, fail);
  r.deposit = read_date_cell(
      cells[c.deposit], "deposit", "with a suffix a, c, d, A, AA, P or s where the page gives one", r,
      [](const std::string& s) { return kind_for_suffix(s).has_value(); }, fail);
}

/// The participants table, one row per participant (the header row read for its columns).
std::vector<row> read_rows(node_ptr grid, const reporter& fail) {
  std::vector<row> rows;
  std::optional<columns> layout = columns{};
  for (node_ptr tr = grid->children; tr; tr = tr->next) {
    if (is_element(tr, "tbody")) {  // a parser may insert one
      tr = tr->children;
      if (!tr) break;
    }
    if (!is_element(tr, "tr")) continue;
    std::vector<node_ptr> cells;
    for (node_ptr td = tr->children; td; td = td->next)
      if (is_element(td, "td") || is_element(td, "th")) cells.push_back(td);
    if (cells.empty()) continue;
    row r;
    r.line = line_of(tr);
    r.state = text_of(cells[0], &r.markers);
    if (r.state == "Participant") {  // the header row
      if (!rows.empty()) {
        fail(r.line, "untc.row",
             "a second header row within the participants table: pacta reads one table of one layout");
        return rows;
      }
      std::vector<std::string> header;
      for (node_ptr cell : cells) header.push_back(text_of(cell));
      layout = read_columns(header, r.line, fail);
      continue;
    }
    if (!layout) return rows;  // the header was refused: no row can be read
    if (cells.size() != layout->count) {
      fail(r.line, "untc.row",
           "a participant row has " + std::to_string(cells.size()) + " cells, not " + std::to_string(layout->count) +
               " (" + layout->names + ")");
      continue;
    }
    read_dates(cells, *layout, r, fail);
    if (!detail::valid_utf8(r.state)) {
      fail(r.line, "untc.page",
           "a participant's name is not valid UTF-8 text: save the page again from treaties.un.org, as UTF-8");
      continue;
    }
    if (!valid_state_name(r.state)) {
      fail(r.line, "untc.row", "a participant row without a usable name: " + detail::show_value(r.state));
      continue;
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

bool open_page(std::string_view html, const std::string& file, status_page& p, const reporter& fail) {
  if (!within_size(html, fail) || !within_bounds(html, fail)) return false;
  std::string why;
  p.doc = parse_html(html, file, why);
  if (!why.empty()) {
    fail(0, "untc.page", why);
    return false;
  }
  p.root = p.doc ? xmlDocGetRootElement(p.doc.get()) : nullptr;
  if (!p.root) {
    fail(0, "untc.page", "not an HTML document");
    return false;
  }
  p.status = find_status_line(p.root);
  p.grid = by_id_suffix(p.root, "_tblgrid");
  if (!p.status || !p.grid) {
    fail(0, "untc.page",
         "this is not a UN Treaty Collection status page (no \"STATUS AS AT\" line or no participants table); save the "
         "page from treaties.un.org (chapter IV, \"Status\" view) as HTML");
    return false;
  }
  return true;
}

}  // namespace pacta::untc::page
