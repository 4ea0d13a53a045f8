// pacta/diagnostic.hpp — what went wrong, where, and which rule it broke.
//
// Every rejected input is described by one or more `pacta::diagnostic`s: the file, the JSON pointer
// of the offending value (RFC 6901, `/actions/17/date`; empty for the whole document), the line and
// column where they are known (malformed JSON), a stable rule code (`date.invalid`,
// `eligibility`, …; the table is in docs/registry-format.md) and a sentence that says what is
// wrong and what the rule is. A loader either succeeds whole or reports every problem it found.
//
// Two ways to load: the throwing functions raise `pacta::load_error`, which carries every
// diagnostic; the `try_` functions never throw for bad input and return them instead.
//
// Example:
//   try { auto rec = pacta::load_record("opsc.json", pacta::opsc_rules()); }
//   catch (const pacta::load_error& e) {
//     for (const auto& d : e.diagnostics()) std::cerr << d.to_string() << '\n';
//   }
//   // opsc.json: /actions/17/date: impossible date "2001-02-30" [date.invalid]
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pacta {

/// `text` with its control characters written as escapes (`\n`, `\t`, `\x1b`), so that text from
/// an input cannot move the cursor, colour the terminal or forge a line of output.
inline std::string escape_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  static constexpr char hex[] = "0123456789abcdef";
  auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char ch = text[i];
    const auto c = static_cast<unsigned char>(ch);
    // Invisible or reordering code points, written as \u followed by four hex digits: C1 controls
    // (U+0080–U+009F), U+061C, U+200B–U+200F, U+2028–U+202E, U+2060–U+2069, U+FEFF.
    unsigned cp = 0, len = 0;
    if (c == 0xc2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9f) cp = byte(i + 1), len = 2;
    if (c == 0xd8 && byte(i + 1) == 0x9c) cp = 0x61c, len = 2;
    if (c == 0xe2 && byte(i + 1) == 0x80 &&
        ((byte(i + 2) >= 0x8b && byte(i + 2) <= 0x8f) || (byte(i + 2) >= 0xa8 && byte(i + 2) <= 0xae)))
      cp = 0x2000 + (byte(i + 2) - 0x80), len = 3;
    if (c == 0xe2 && byte(i + 1) == 0x81 && byte(i + 2) >= 0xa0 && byte(i + 2) <= 0xa9)
      cp = 0x2040 + (byte(i + 2) - 0x80), len = 3;
    if (c == 0xef && byte(i + 1) == 0xbb && byte(i + 2) == 0xbf) cp = 0xfeff, len = 3;
    if (len) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += hex[(cp >> shift) & 15];
      i += len - 1;
      continue;
    }
    if (c >= 0x20 && c != 0x7f) {
      out += ch;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

namespace detail {

using pacta::escape_controls;

/// A message of at most `limit` bytes: a longer one keeps its beginning and its end (where the
/// rule is named) around a note of how much was left out.
inline std::string bounded(std::string_view text, std::size_t limit = 2000) {
  if (text.size() <= limit) return std::string(text);
  auto start_of_char = [&](std::size_t i) {
    while (i > 0 && i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
    return i;
  };
  const std::size_t head = start_of_char(limit / 2), tail = start_of_char(text.size() - limit / 4);
  return std::string(text.substr(0, head)) + " … (" + std::to_string(tail - head) + " bytes left out) … " +
         std::string(text.substr(tail));
}

/// A value as quoted in a message: at most 60 bytes of it (never cutting a UTF-8 character), so
/// that a 200 MB string in a file does not make a 200 MB message, with control characters escaped
/// (`\n`, `\x1b`) so that a value cannot move the cursor or forge a line of output.
inline std::string show_value(std::string_view s) {
  constexpr std::size_t limit = 60;
  std::size_t cut = s.size();
  if (s.size() > limit) {
    cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  }
  std::string out = "\"" + escape_controls(s.substr(0, cut));
  if (cut < s.size()) return out + "…\" (" + std::to_string(s.size()) + " bytes)";
  return out + "\"";
}

/// The edit distance between two strings (bytes) for "did you mean" suggestions: insertions,
/// deletions, substitutions and transpositions of two neighbours ("Benni" is one edit from
/// "Benin"), each one edit (the optimal string alignment distance).
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> before(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], before[j - 2] + 1);
    }
    std::swap(before, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace detail

/// One problem found in an input file.
struct diagnostic {
  std::string file;                   ///< the file name as given to the loader
  std::string pointer;                ///< RFC 6901 JSON pointer of the offending value; "" for the whole document
  std::string code;                   ///< stable rule code, e.g. "date.invalid" or "eligibility"
  std::string message;                ///< what is wrong, in the rule's words
  std::optional<std::size_t> line;    ///< 1-based, where known
  std::optional<std::size_t> column;  ///< 1-based, where known

  /// `FILE: /actions/17/date: impossible date "2001-02-30" [date.invalid]`, or with a position
  /// `FILE:3:14: (document): malformed JSON: … [json.syntax]`.
  std::string to_string() const {
    std::string out = detail::escape_controls(detail::bounded(file, 1000));
    if (line) {
      out += ":" + std::to_string(*line);
      if (column) out += ":" + std::to_string(*column);
    }
    out += ": ";
    out += pointer.empty() ? std::string("(document)") : detail::escape_controls(detail::bounded(pointer, 500));
    out += ": " + detail::escape_controls(detail::bounded(message)) + " [" + code + "]";
    return out;
  }
};

/// The root of pacta's exceptions.
class error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// An input (registry, treaty profile) was rejected. Holds every diagnostic found; `what()` is
/// the first one followed by a count of the others.
class load_error : public error {
 public:
  explicit load_error(std::vector<diagnostic> diagnostics)
      : error(summary(diagnostics)), diagnostics_(std::move(diagnostics)) {}

  const std::vector<diagnostic>& diagnostics() const noexcept { return diagnostics_; }

 private:
  static std::string summary(const std::vector<diagnostic>& ds) {
    if (ds.empty()) return "invalid input";
    std::string s = ds.front().to_string();
    if (ds.size() > 1) s += " (and " + std::to_string(ds.size() - 1) + " more)";
    return s;
  }
  std::vector<diagnostic> diagnostics_;
};

/// A query named a State or treaty the loaded data does not have, or asked for something the data
/// cannot answer.
class query_error : public error {
 public:
  using error::error;
};

namespace detail {

/// Escapes one reference token for a JSON pointer (RFC 6901: `~` → `~0`, `/` → `~1`).
inline std::string pointer_token(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

/// Where a loader puts its diagnostics: one file, one list, so that a check says only where and
/// what. `sink(pointer, code, message)`; for an action, `sink(index, member, code, message)` points
/// at `/actions/index` + `member` ("/date", or "" for the action itself).
class diagnostic_sink {
 public:
  diagnostic_sink(const std::string& file, std::vector<diagnostic>& out) : file_(file), out_(out) {}

  void operator()(std::string pointer, const char* code, std::string message) const {
    out_.push_back({file_, std::move(pointer), code, std::move(message), std::nullopt, std::nullopt});
  }
  void operator()(std::size_t action, const std::string& member, const char* code, std::string message) const {
    (*this)("/actions/" + std::to_string(action) + member, code, std::move(message));
  }

 private:
  const std::string& file_;
  std::vector<diagnostic>& out_;
};

}  // namespace detail
}  // namespace pacta
