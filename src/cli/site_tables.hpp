// pacta site — every table of a page downloadable as CSV and JSON, and wide tables scrolling in
// their own box. The files are made from the table as written (its header row and its cells' text),
// so a download holds what the reader sees, no more and no less.
#pragma once

#include "html.hpp"
#include "table.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace pacta_cli {

/// A file of the site made from a page: its path under DIR and its content.
struct site_file {
  std::string rel;
  std::string content;
};

namespace detail {

/// The text of an HTML fragment pacta wrote: tags dropped (a paragraph or line break as a space),
/// the five entities it writes decoded, spaces collapsed.
inline std::string cell_text(const std::string& html) {
  std::string raw;
  for (std::size_t i = 0; i < html.size(); ++i) {
    if (html[i] == '<') {
      const std::size_t close = html.find('>', i);
      if (close == std::string::npos) break;
      const std::string tag = html.substr(i + 1, close - i - 1);
      const std::string name = tag.substr(tag[0] == '/' ? 1 : 0, tag.find_first_of(" >", 1) - (tag[0] == '/' ? 1 : 0));
      const bool inline_tag = name == "a" || name == "span" || name == "code" || name == "strong" || name == "em";
      raw += tag.rfind("p", 0) == 0 && !raw.empty() ? "; " : inline_tag ? "" : " ";
      i = close;
      continue;
    }
    raw += html[i];
  }
  std::string out;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    static const std::pair<const char*, char> entities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
    bool decoded = false;
    for (const auto& [e, c] : entities)
      if (raw.compare(i, std::char_traits<char>::length(e), e) == 0) {
        out += c;
        i += std::char_traits<char>::length(e) - 1;
        decoded = true;
        break;
      }
    if (decoded) continue;
    const bool space = raw[i] == ' ' || raw[i] == '\n' || raw[i] == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : raw[i];
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

/// The cells of each row (`<tr>`) of a fragment, as text.
inline std::vector<std::vector<std::string>> rows_of(const std::string& html) {
  std::vector<std::vector<std::string>> rows;
  for (std::size_t at = html.find("<tr"); at != std::string::npos; at = html.find("<tr", at + 1)) {
    const std::size_t end = html.find("</tr>", at);
    if (end == std::string::npos) break;
    std::vector<std::string> cells;
    for (std::size_t c = html.find("<t", at + 3); c != std::string::npos && c < end; c = html.find("<t", c + 1)) {
      if (html.compare(c, 3, "<th") != 0 && html.compare(c, 3, "<td") != 0) continue;
      const std::string closing = html.compare(c, 3, "<th") == 0 ? "</th>" : "</td>";
      const std::size_t open_end = html.find('>', c);
      const std::size_t close = html.find(closing, open_end);
      if (open_end == std::string::npos || close == std::string::npos || close > end) break;
      cells.push_back(cell_text(html.substr(open_end + 1, close - open_end - 1)));
      c = close;
    }
    rows.push_back(std::move(cells));
    at = end;
  }
  return rows;
}

}  // namespace detail

/// The page body with each `<table id="ID" …>` wrapped in a box that scrolls on
/// its own (a focusable, labelled region) and followed by links to `STEM-ID.csv` and `STEM-ID.json`;
/// those files go to `files`, under `dir_rel` (the page's directory in the site, "" or "treaty/").
inline html tables_with_downloads(const html& page, const std::string& dir_rel, const std::string& stem,
                                  std::vector<site_file>& files, bool illustrative = false) {
  const std::string& body = page.str();
  std::string out;
  std::size_t from = 0;
  for (std::size_t at = body.find("<table id=\""); at != std::string::npos; at = body.find("<table id=\"", from)) {
    const std::size_t id_end = body.find('"', at + 11);
    const std::size_t end = body.find("</table>", at);
    if (id_end == std::string::npos || end == std::string::npos) break;
    const std::string id = body.substr(at + 11, id_end - at - 11);
    const std::string table = body.substr(at, end + 8 - at);
    std::string label = "the table";
    if (const std::size_t l = table.find("<caption>"); l != std::string::npos)
      label = detail::cell_text(table.substr(l + 9, table.find("</caption>") - l - 9));
    const auto rows = detail::rows_of(table);
    const std::string name = stem + "-" + id;
    std::string csv;
    nlohmann::json json = nlohmann::json::array();
    for (std::size_t r = 0; r < rows.size(); ++r) {
      for (std::size_t c = 0; c < rows[r].size(); ++c) csv += (c ? "," : "") + csv_field(rows[r][c]);
      if (illustrative) csv += r == 0 ? ",illustrative" : ",true";  // built from an illustrative reports file
      csv += "\r\n";
      if (r == 0) continue;
      nlohmann::json o = nlohmann::json::object();
      for (std::size_t c = 0; c < rows[r].size() && c < rows[0].size(); ++c) o[rows[0][c]] = rows[r][c];
      if (illustrative) o["illustrative"] = true;
      json.push_back(std::move(o));
    }
    files.push_back({dir_rel + name + ".csv", csv});
    files.push_back({dir_rel + name + ".json", json.dump(1) + "\n"});
    out += body.substr(from, at - from) + "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"" +
           escape_text(label) + "\">\n" + table + "\n</div>\n<p class=\"downloads\">Download this table: <a href=\"" +
           name + ".csv\" download>CSV</a> · <a href=\"" + name + ".json\" download>JSON</a></p>\n";
    from = end + 8;
  }
  return html::trusted(out + body.substr(from));
}

}  // namespace pacta_cli
