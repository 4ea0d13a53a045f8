// HTML and SVG escaped by construction, for `pacta site` and `pacta timeline`.
//
//   pacta_cli::html row = "<tr><th scope=\"row\">" + state + "</th></tr>";   // state: a std::string
//   // row.str() == "<tr><th scope=\"row\">Bosnia &amp; Herzegovina</th></tr>" for that State
//
// A `html` value holds markup. A string literal becomes markup as written: pacta's own tags. Any
// other string (a std::string or a string_view: a State's name, a title, a source, a number printed)
// becomes text, escaped where it meets the markup. So no field of a registry, a profile, a reports
// file or a name table can open a tag or an attribute: the one way to add markup that is not a
// literal is `html::trusted`, used where markup is transformed after it was built (the rule links,
// the downloads beside each table).
#pragma once

#include <pacta/detail/utf8.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace pacta_cli {

/// `text` as XML and HTML text or attribute value: & < > " as entities; bytes that are not UTF-8,
/// and characters XML 1.0 does not allow (C0 controls other than tab, line feed and carriage
/// return; U+FFFE, U+FFFF), as U+FFFD, so that every SVG pacta writes is well-formed whatever the
/// data hold.
inline std::string escape_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto ch = pacta::detail::decode_utf8(text, i);
    const char32_t cp = ch.code_point;
    if (ch.length == 0 || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF)
      out += pacta::detail::utf8_replacement;  // not UTF-8 (one byte at a time), or not allowed in XML
    else if (cp == '&')
      out += "&amp;";
    else if (cp == '<')
      out += "&lt;";
    else if (cp == '>')
      out += "&gt;";
    else if (cp == '"')
      out += "&quot;";
    else
      out.append(text.substr(i, ch.length));
    i += ch.length ? ch.length : 1;
  }
  return out;
}

/// Markup, with text escaped where it joins (see the top of this file). Begin a line of markup with
/// a `html` (`html("<td>") + name`): `"<td>" + name` is a std::string before it meets one, and is
/// then escaped whole, tags and all — visibly wrong, never markup from the data.
class html {
 public:
  html() = default;
  /// A string literal: pacta's own markup, as written.
  template <std::size_t N>
  html(const char (&literal)[N]) : markup_(literal, N - 1) {}  // NOLINT: implicit by design
  /// Text: escaped.
  html(const std::string& text) : markup_(escape_text(text)) {}  // NOLINT: implicit by design
  html(std::string_view text) : markup_(escape_text(text)) {}    // NOLINT: implicit by design

  /// Markup built elsewhere and known to be pacta's (a page transformed after it was escaped).
  static html trusted(std::string markup) {
    html out;
    out.markup_ = std::move(markup);
    return out;
  }

  html& operator+=(const html& more) {
    markup_ += more.markup_;
    return *this;
  }
  friend html operator+(html a, const html& b) {
    a.markup_ += b.markup_;
    return a;
  }

  const std::string& str() const noexcept { return markup_; }
  bool empty() const noexcept { return markup_.empty(); }

 private:
  std::string markup_;
};

}  // namespace pacta_cli
