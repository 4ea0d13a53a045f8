// pacta/diagnostic.hpp — what went wrong, where, and which rule it broke.
//
// Every rejected input is described by one or more `pacta::diagnostic`s: the file, the JSON pointer
// of the offending value (RFC 6901, `/actions/17/date`; empty for the whole document), the line and
// column where they are known (malformed JSON), a stable rule code (`date.invalid`,
// `art13.eligibility`, …; the table is in docs/registry-format.md) and a sentence that says what is
// wrong and what the rule is. A loader either succeeds whole or reports every problem it found.
//
// Two ways to load: the throwing functions raise `pacta::load_error`, which carries every
// diagnostic; the `try_` functions never throw for bad input and return them instead.
//
// Example:
//   try { auto reg = pacta::load_registry_file("opsc.json"); }
//   catch (const pacta::load_error& e) {
//     for (const auto& d : e.diagnostics()) std::cerr << d.to_string() << '\n';
//   }
//   // opsc.json: /actions/17/date: impossible date "2001-02-30" [date.invalid]
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace pacta {

/// One problem found in an input file.
struct diagnostic {
  std::string file;     ///< the file name as given to the loader
  std::string pointer;  ///< RFC 6901 JSON pointer of the offending value; "" for the whole document
  std::string code;     ///< stable rule code, e.g. "date.invalid" or "art13.eligibility"
  std::string message;  ///< what is wrong, in the rule's words
  std::optional<std::size_t> line;    ///< 1-based, where known
  std::optional<std::size_t> column;  ///< 1-based, where known

  /// `FILE: /actions/17/date: impossible date "2001-02-30" [date.invalid]`, or with a position
  /// `FILE:3:14: (document): malformed JSON: … [json.syntax]`.
  std::string to_string() const {
    std::string out = file;
    if (line) {
      out += ":" + std::to_string(*line);
      if (column) out += ":" + std::to_string(*column);
    }
    out += ": ";
    out += pointer.empty() ? std::string("(document)") : pointer;
    out += ": " + message + " [" + code + "]";
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

}  // namespace detail
}  // namespace pacta
