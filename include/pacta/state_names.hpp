// pacta/state_names.hpp — States found the way people type them.
//
// Registries name States as the UN Treaty Collection writes them ("United States of America",
// "Netherlands (Kingdom of the)", "Türkiye"). People type "USA", "us", "Netherlands", "Turkey",
// "Congo, DR". A name table (format `pacta.states/1`, bundled as data/states.json) maps every
// ISO 3166-1 alpha-2 and alpha-3 code and common other name to the UNTC name. Look-ups compare
// names by `name_key`: case, accents, punctuation and spacing do not matter ("sao tome",
// "São Tomé", "St Lucia" and "st. lucia" find their State; a trailing space is no new name).
//
// Example:
//   auto names = pacta::load_state_names("data/states.json");   // pacta/names.hpp
//   names.lookup("usa")->name == "United States of America";
//   names.lookup("Congo, DR")->name == "Democratic Republic of the Congo";
#pragma once

#include <pacta/detail/utf8.hpp>
#include <pacta/diagnostic.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta {

/// A name with what it means: a State's former name ("Zaire"), or a former State's short name.
struct noted_name {
  std::string name;
  std::string note;  ///< what the name means, said when someone types it
};

/// One State's names.
struct state_name {
  std::string name;  ///< as the UN Treaty Collection writes it
  std::string iso2;  ///< ISO 3166-1 alpha-2 (empty for a former State)
  std::string iso3;  ///< ISO 3166-1 alpha-3 (empty for a former State)
  std::vector<std::string> other_names;
  /// Names it no longer bears, or that denote it only loosely, each with what it means: typed,
  /// they find the State and the note is said.
  std::vector<noted_name> former_names;
  /// For a State that no longer exists (the German Democratic Republic): what it was. It has no
  /// ISO 3166-1 code; any of its names, typed, says this note.
  std::string former_state;
};

/// How two spellings of a State's name are compared: lower case, Latin letters without their
/// accents ("é" → "e", "ß" → "ss"), full stops, commas, apostrophes and brackets dropped, hyphens
/// as spaces, spaces collapsed and trimmed. `name_key("  Côte d’Ivoire ") == "cote divoire"`;
/// `name_key("St. Lucia") == name_key("st lucia")`.
inline std::string name_key(std::string_view s) {
  // Latin-1 Supplement letters U+00C0–U+00FF (UTF-8 C3 80–C3 BF), lower-cased and unaccented.
  static constexpr const char* latin1[64] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e",  "e",  "e", "e", "i", "i", "i", "i", "d",  "n", "o",  "o", "o", "o",
      "o", "",  "o", "u", "u", "u", "u",  "y", "th", "ss", "a", "a", "a", "a", "a", "a", "ae", "c", "e",  "e", "e", "e",
      "i", "i", "i", "i", "d", "n", "o",  "o", "o",  "o",  "o", "",  "o", "u", "u", "u", "u",  "y", "th", "y"};
  std::string out;
  out.reserve(s.size());
  auto space = [&] {
    if (!out.empty() && out.back() != ' ') out += ' ';
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += static_cast<char>(c);
    } else if (c == ' ' || c == '\t' || c == '-' || c == '/' || c == '_') {
      space();
    } else if (c == '.' || c == ',' || c == '\'' || c == '(' || c == ')' || c == '"') {
      continue;
    } else if (c == 0xC3 && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
      out += latin1[static_cast<unsigned char>(s[i + 1]) - 0x80];
      ++i;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) == 0x98 || static_cast<unsigned char>(s[i + 2]) == 0x99)) {
      i += 2;  // ‘ ’ typographic apostrophes
    } else {
      out += static_cast<char>(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

namespace detail {

/// Whether a name is close enough to what was typed to be suggested: equal by `name_key` up to
/// max(1, a quarter of its length) edits, so that "Fraance" finds France but "Holland" not Poland,
/// nor "GDR" the DRC. `want` is `name_key` of what was typed.
inline bool near_name(std::string_view candidate, const std::string& want) {
  return !want.empty() && edit_distance(name_key(candidate), want) <= std::max<std::size_t>(1, want.size() / 4);
}

/// `name_key` of a name with its lookalike letters made Latin and its spaces dropped: full-width
/// forms ("Ｉreland"), the Cyrillic and Greek letters drawn as Latin ones ("Іreland" with a Cyrillic
/// І, "Κenya" with a Greek Κ), the dotless ı. Two names with one lookalike key read the same on a
/// page though they are not the same string; `record --new-state` refuses a name that looks like
/// a known one. `lookalike_key("Ｉ-reland") == lookalike_key("Ireland") == "ireland"`.
inline std::string lookalike_key(std::string_view s) {
  // Code points drawn as Latin letters, with the letter they look like.
  static constexpr std::pair<char32_t, char> look[] = {
      {0x0131, 'i'}, {0x0391, 'a'}, {0x0392, 'b'}, {0x0395, 'e'}, {0x0396, 'z'}, {0x0397, 'h'}, {0x0399, 'i'},
      {0x039A, 'k'}, {0x039C, 'm'}, {0x039D, 'n'}, {0x039F, 'o'}, {0x03A1, 'p'}, {0x03A4, 't'}, {0x03A5, 'y'},
      {0x03A7, 'x'}, {0x03B1, 'a'}, {0x03B9, 'i'}, {0x03BD, 'v'}, {0x03BF, 'o'}, {0x03C1, 'p'}, {0x0405, 's'},
      {0x0406, 'i'}, {0x0408, 'j'}, {0x0410, 'a'}, {0x0412, 'b'}, {0x0415, 'e'}, {0x041A, 'k'}, {0x041C, 'm'},
      {0x041D, 'h'}, {0x041E, 'o'}, {0x0420, 'p'}, {0x0421, 'c'}, {0x0422, 't'}, {0x0423, 'y'}, {0x0425, 'x'},
      {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'}, {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'}, {0x0445, 'x'},
      {0x0455, 's'}, {0x0456, 'i'}, {0x0458, 'j'}, {0x04BB, 'h'}, {0x0501, 'd'}};
  std::string latin;
  latin.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto ch = decode_utf8(s, i);
    const std::size_t n = ch.length;
    if (n <= 1) {  // ASCII, or a byte that is not UTF-8: as it is
      latin += s[i++];
      continue;
    }
    const char32_t cp = ch.code_point;
    char as = 0;
    if (cp >= 0xFF01 && cp <= 0xFF5E) as = static_cast<char>(cp - 0xFF01 + 0x21);  // full-width ASCII
    for (const auto& [from, to] : look)
      if (cp == from) as = to;
    if (as)
      latin += as;
    else
      latin.append(s.substr(i, n));
    i += n;
  }
  std::string out;
  for (char c : name_key(latin))
    if (c != ' ') out += c;
  return out;
}

}  // namespace detail

// Public: the distance and the nearness that "did you mean" suggestions use, and the lookalike key.
using detail::lookalike_key;
using detail::near_name;

/// A table of State names; every name, code and other name is unique by `name_key`.
class state_names {
 public:
  // Read a table with pacta/names.hpp: load_state_names, parse_state_names and their try_ forms.

  /// The State a typed name, code or other name denotes (compared by `name_key`: ignoring case,
  /// accents and punctuation), or nullptr.
  const state_name* lookup(std::string_view typed) const {
    auto it = index_.find(name_key(typed));
    return it == index_.end() ? nullptr : &names_[it->second];
  }

  const std::vector<state_name>& all() const noexcept { return names_; }

  /// What a typed name means when it is not a State's present name: the note of a former name
  /// ("Zaire"), or of a former State ("GDR"); empty otherwise.
  std::string meaning(std::string_view typed) const {
    const state_name* n = lookup(typed);
    if (!n) return "";
    const std::string key = name_key(typed);
    for (const auto& f : n->former_names)
      if (name_key(f.name) == key) return f.note;
    return n->former_state;
  }

  /// Adds a State to the table (the reader of pacta/names.hpp does). A name, code, other or former
  /// name that already denotes another State is refused with `names.duplicate` in `diags`, at `ptr`
  /// of `file`.
  void add(state_name n, const std::string& ptr, const std::string& file, std::vector<diagnostic>& diags) {
    const std::size_t at = names_.size();
    std::vector<std::string> keys{n.name, n.iso2, n.iso3};
    keys.insert(keys.end(), n.other_names.begin(), n.other_names.end());
    for (const auto& f : n.former_names) keys.push_back(f.name);
    for (const auto& k : keys) {
      if (k.empty()) continue;
      auto [it, inserted] = index_.emplace(name_key(k), at);
      if (!inserted && it->second != at)
        diags.push_back(
            {file, ptr, "names.duplicate",
             detail::show_value(k) + " already names " + names_[it->second].name +
                 ": a name must denote one State (names are compared ignoring case, accents and punctuation)",
             std::nullopt, std::nullopt});
    }
    names_.push_back(std::move(n));
  }

 private:
  std::vector<state_name> names_;
  std::map<std::string, std::size_t, std::less<>> index_;
};

}  // namespace pacta
