// Tests for the CLI's src/cli/html.hpp and site_text.hpp: markup escaped by construction, whatever
// the data hold (every field of every input format reaches the site through these).
#include "html.hpp"
#include "site_text.hpp"

#include <catch2/catch.hpp>

using pacta_cli::html;

TEST_CASE("site: a string joined to markup is text, escaped, and a literal is markup", "[site][escape]") {
  const std::string hostile = "x\" onmouseover=\"alert(1)\" y=\"<script>&";
  const html row = html("<td title=\"") + hostile + "\">" + hostile + "</td>";
  CHECK(row.str() ==
        "<td title=\"x&quot; onmouseover=&quot;alert(1)&quot; y=&quot;&lt;script&gt;&amp;\">x&quot; "
        "onmouseover=&quot;alert(1)&quot; y=&quot;&lt;script&gt;&amp;</td>");
  html o;
  o += "<p>";
  o += std::string("<b>");
  CHECK(o.str() == "<p>&lt;b&gt;");
  CHECK(html::trusted("<b>").str() == "<b>");
  // A line that is a std::string before it meets markup is escaped whole: wrong, visibly, never unsafe.
  const html whole = "<td>" + hostile;
  CHECK(whole.str().rfind("&lt;td&gt;x&quot;", 0) == 0);
}

TEST_CASE("site: text that XML cannot hold is replaced, so every SVG is well-formed", "[site][escape]") {
  CHECK(pacta_cli::escape_text("a\x01"
                               "b\tc\nd") ==
        "a\xEF\xBF\xBD"
        "b\tc\nd");                                                                         // C0 control
  CHECK(pacta_cli::escape_text("caf\xC3") == "caf\xEF\xBF\xBD");                            // cut UTF-8
  CHECK(pacta_cli::escape_text("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong
  CHECK(pacta_cli::escape_text("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(pacta_cli::escape_text("\xEF\xBF\xBE") == "\xEF\xBF\xBD");                          // U+FFFE
  CHECK(pacta_cli::escape_text("C\xC3\xB4te d\xE2\x80\x99Ivoire") == "C\xC3\xB4te d\xE2\x80\x99Ivoire");
  CHECK(pacta_cli::escape_text("\xF0\x9F\x87\xBA") == "\xF0\x9F\x87\xBA");  // a 4-byte character
}

TEST_CASE("site: an introduction adds no element or attribute of its own", "[site][escape]") {
  const auto out = pacta_cli::intro_html(
                       "# Title <img src=x onerror=alert(1)>\n**bold** and *em* [link](https://example.org/a\"b)\n"
                       "[js](javascript:alert(1))\n- item <i>")
                       .str();
  CHECK(out.find("<img") == std::string::npos);
  CHECK(out.find("<i>") == std::string::npos);
  CHECK(out.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  CHECK(out.find("<strong>bold</strong>") != std::string::npos);
  CHECK(out.find("<em>em</em>") != std::string::npos);
  CHECK(out.find("href=\"https://example.org/a&quot;b\"") != std::string::npos);
  CHECK(out.find("href=\"javascript") == std::string::npos);
}

TEST_CASE("site: rule codes are linked in text, never inside a tag or a link", "[site][escape]") {
  const html page = html("<p title=\"rule E1\">rule E1 and <a href=\"x\">rule E2</a></p>");
  CHECK(pacta_cli::link_rules(page, "../").str() ==
        "<p title=\"rule E1\"><a class=\"rule\" href=\"../glossary.html#E1\">rule E1</a> and <a href=\"x\">rule "
        "E2</a></p>");
}
