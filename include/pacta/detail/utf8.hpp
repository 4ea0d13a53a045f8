// UTF-8 read one character at a time, for the writers that must never pass on what is not text
// (iCalendar, and the CLI's HTML and SVG) and the readers that compare names.
//
//   decode_utf8("C\xC3\xB4te", 1)  == {U+00F4, 2}     // ô
//   decode_utf8("caf\xC3", 3)      == {0, 0}          // a sequence cut short: not UTF-8
#pragma once

#include <cstddef>
#include <string_view>

namespace pacta::detail {

/// A character of UTF-8 text: its code point and the bytes it takes; `length` 0 when the bytes
/// are not well-formed UTF-8 there.
struct utf8_char {
  char32_t code_point = 0;
  std::size_t length = 0;
};

/// The character whose sequence starts at `text[i]`; length 0 for a stray continuation byte, a
/// sequence cut short, an overlong form, a surrogate or a code point beyond U+10FFFF.
inline utf8_char decode_utf8(std::string_view text, std::size_t i) noexcept {
  if (i >= text.size()) return {};
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return {c, 1};
  const std::size_t n = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > text.size()) return {};
  char32_t cp = c & (0xFF >> (n + 1));
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) return {};
    cp = (cp << 6) | (b & 0x3F);
  }
  const bool overlong = (n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
  if (overlong || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return {};
  return {cp, n};
}

/// Whether `text` is well-formed UTF-8 throughout.
inline bool valid_utf8(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = decode_utf8(text, i).length;
    if (n == 0) return false;
    i += n;
  }
  return true;
}

/// U+FFFD REPLACEMENT CHARACTER, written where bytes are not text.
inline constexpr std::string_view utf8_replacement = "\xEF\xBF\xBD";

}  // namespace pacta::detail
