// pacta site — the text of the pages: an introduction written in Markdown or plain text (escaped, a
// small safe subset rendered), rule codes linked to the glossary, delays in years, months and days,
// and the depositary's page of a treaty.
#pragma once

#include "html.hpp"

#include <pacta/calendar.hpp>
#include <pacta/rule_glossary.hpp>

#include <string>
#include <vector>

namespace pacta_cli {

namespace detail {

/// Inline Markdown on escaped text: **strong**, *emphasis*, and [text](https://…) links (only
/// https, so no script or local path can be linked). Only tags are added: the text was escaped.
inline html inline_markdown(const html& text) {
  const std::string& escaped = text.str();
  std::string out;
  for (std::size_t i = 0; i < escaped.size();) {
    bool marked = false;
    for (const auto& [mark, tag] : {std::pair<std::string, std::string>{"**", "strong"}, {"*", "em"}}) {
      const std::size_t end =
          escaped.compare(i, mark.size(), mark) == 0 ? escaped.find(mark, i + mark.size()) : std::string::npos;
      if (end != std::string::npos && end > i + mark.size()) {
        out += "<" + tag + ">" + escaped.substr(i + mark.size(), end - i - mark.size()) + "</" + tag + ">";
        i = end + mark.size();
        marked = true;
        break;
      }
    }
    if (marked) continue;
    if (escaped[i] == '[') {
      const std::size_t close = escaped.find("](https://", i);
      const std::size_t end = close == std::string::npos ? close : escaped.find(')', close);
      const bool plain = close != std::string::npos && end != std::string::npos &&
                         escaped.find_first_of(" [", close + 2) > end && escaped.find(']', i + 1) == close;
      if (plain) {
        out += "<a href=\"" + escaped.substr(close + 2, end - close - 2) + "\">" +
               escaped.substr(i + 1, close - i - 1) + "</a>";
        i = end + 1;
        continue;
      }
    }
    out += escaped[i++];
  }
  return html::trusted(std::move(out));
}

}  // namespace detail

/// An introduction as HTML: blank lines separate blocks; "# " and "## " lines are headings (level
/// 2 and 3, under the page's title), "- " or "* " lines a list, other lines a paragraph. Every
/// character is escaped first: what the file holds can add no element or attribute of its own.
inline html intro_html(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
    start = end + 1;
  }
  html out;
  std::string paragraph;
  bool in_list = false;
  auto flush = [&] {
    if (!paragraph.empty()) out += "<p>" + detail::inline_markdown(paragraph) + "</p>\n";
    paragraph.clear();
    if (in_list) out += "</ul>\n";
    in_list = false;
  };
  for (const auto& line : lines) {
    if (line.find_first_not_of(" \t") == std::string::npos) {
      flush();
    } else if (line.rfind("## ", 0) == 0 || line.rfind("# ", 0) == 0) {
      flush();
      const bool h3 = line[1] == '#';
      out += (h3 ? html("<h3>") : html("<h2>")) + detail::inline_markdown(line.substr(h3 ? 3 : 2)) +
             (h3 ? html("</h3>\n") : html("</h2>\n"));
    } else if (line.rfind("- ", 0) == 0 || line.rfind("* ", 0) == 0) {
      if (!paragraph.empty()) out += "<p>" + detail::inline_markdown(paragraph) + "</p>\n";
      paragraph.clear();
      if (!in_list) out += "<ul>\n";
      in_list = true;
      out += "<li>" + detail::inline_markdown(line.substr(2)) + "</li>\n";
    } else {
      if (in_list) out += "</ul>\n";
      in_list = false;
      paragraph += (paragraph.empty() ? "" : " ") + line;
    }
  }
  flush();
  return out;
}

/// HTML text with every "rule X1" outside a tag, a link or an SVG linked to its entry of the
/// glossary (`root` + "glossary.html#X1"); codes pacta does not know are left as they are.
inline html link_rules(const html& page, const std::string& root) {
  const std::string& text = page.str();
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  bool in_tag = false;
  int in_link = 0, in_svg = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '<') {
      in_tag = true;
      if (text.compare(i, 3, "<a ") == 0) ++in_link;
      if (text.compare(i, 4, "</a>") == 0 && in_link) --in_link;
      if (text.compare(i, 4, "<svg") == 0) ++in_svg;
      if (text.compare(i, 6, "</svg>") == 0 && in_svg) --in_svg;
    }
    if (!in_tag && !in_link && !in_svg && i + 8 <= text.size() && text.compare(i, 6, "rules ") == 0) {
      // "rules E1 and F1", "rules R1, R2 and R4": each code linked, the words between kept.
      std::size_t j = i + 6;
      std::string linked = "rules ";
      while (j + 2 <= text.size() && pacta::rule_summary(text.substr(j, 2)) &&
             (j + 2 == text.size() || !std::isalnum(static_cast<unsigned char>(text[j + 2])))) {
        linked += "<a class=\"rule\" href=\"" + root + "glossary.html#" + text.substr(j, 2) + "\">" +
                  text.substr(j, 2) + "</a>";
        j += 2;
        for (const char* sep : {", ", " and ", "–", "-"})
          if (text.compare(j, std::char_traits<char>::length(sep), sep) == 0 &&
              j + std::char_traits<char>::length(sep) + 2 <= text.size() &&
              pacta::rule_summary(text.substr(j + std::char_traits<char>::length(sep), 2))) {
            linked += sep;
            j += std::char_traits<char>::length(sep);
            break;
          }
      }
      if (j > i + 6) {
        out += linked;
        i = j - 1;
        continue;
      }
    }
    if (!in_tag && !in_link && !in_svg && i + 7 <= text.size() && text.compare(i, 5, "rule ") == 0) {
      const std::string code = text.substr(i + 5, 2);
      const bool whole = i + 7 >= text.size() || !std::isalnum(static_cast<unsigned char>(text[i + 7]));
      if (code.size() == 2 && whole && pacta::rule_summary(code)) {
        out += "<a class=\"rule\" href=\"" + root + "glossary.html#" + code + "\">rule " + code + "</a>";
        i += 6;
        continue;
      }
    }
    if (c == '>') in_tag = false;
    out += c;
  }
  return html::trusted(std::move(out));
}

/// A delay as people say it: "21 years, 3 months and 5 days" (calendar months and years from
/// `from`), "1 day", "0 days".
inline std::string years_months_days(pacta::date_t from, pacta::date_t to) {
  int months =
      (static_cast<int>(to.year()) - static_cast<int>(from.year())) * 12 +
      (static_cast<int>(static_cast<unsigned>(to.month())) - static_cast<int>(static_cast<unsigned>(from.month())));
  while (months > 0 && pacta::add_period(from, pacta::period::months(months)) > to) --months;
  const pacta::date_t base = pacta::add_period(from, pacta::period::months(months));
  const long days = (date::sys_days{to} - date::sys_days{base}).count();
  std::vector<std::string> parts;
  auto part = [&](long n, const char* unit) {
    if (n > 0) parts.push_back(std::to_string(n) + " " + unit + (n == 1 ? "" : "s"));
  };
  part(months / 12, "year");
  part(months % 12, "month");
  part(days, "day");
  if (parts.empty()) return "0 days";
  std::string out;
  for (std::size_t k = 0; k < parts.size(); ++k)
    out += (k == 0 ? "" : k + 1 == parts.size() ? " and " : ", ") + parts[k];
  return out;
}

/// The depositary's status page of a treaty in the UN Treaty Collection, from its chapter
/// ("IV-11-c": chapter 4); empty when the chapter is not of that form.
inline std::string untc_url(const std::string& chapter) {
  static const std::pair<const char*, int> roman[] = {
      {"XXIX", 29},  {"XXVIII", 28}, {"XXVII", 27}, {"XXVI", 26}, {"XXV", 25},  {"XXIV", 24},
      {"XXIII", 23}, {"XXII", 22},   {"XXI", 21},   {"XX", 20},   {"XIX", 19},  {"XVIII", 18},
      {"XVII", 17},  {"XVI", 16},    {"XV", 15},    {"XIV", 14},  {"XIII", 13}, {"XII", 12},
      {"XI", 11},    {"X", 10},      {"IX", 9},     {"VIII", 8},  {"VII", 7},   {"VI", 6},
      {"V", 5},      {"IV", 4},      {"III", 3},    {"II", 2},    {"I", 1}};
  const std::string head = chapter.substr(0, chapter.find('-'));
  for (const auto& [r, n] : roman)
    if (head == r) {
      for (char c : chapter)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return "";
      return "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=" + chapter +
             "&chapter=" + std::to_string(n) + "&clang=_en";
    }
  return "";
}

}  // namespace pacta_cli
