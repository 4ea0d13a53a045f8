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

#include <pacta/diagnostic.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta {

/// One State's names.
struct state_name {
  std::string name;  ///< as the UN Treaty Collection writes it
  std::string iso2;  ///< ISO 3166-1 alpha-2
  std::string iso3;  ///< ISO 3166-1 alpha-3
  std::vector<std::string> other_names;
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
/// max(2, a quarter of its length) edits. `want` is `name_key` of what was typed.
inline bool near_name(std::string_view candidate, const std::string& want) {
  return !want.empty() && edit_distance(name_key(candidate), want) <= std::max<std::size_t>(2, want.size() / 4);
}

}  // namespace detail

// Public: the distance and the nearness that "did you mean" suggestions use.
using detail::near_name;

/// A table of State names; every name, code and other name is unique by `name_key`.
class state_names {
 public:
  // Read a table with pacta/names.hpp: load_state_names, parse_state_names and their try_ forms.
  friend std::optional<state_names> try_parse_state_names(std::string_view text, const std::string& file,
                                                          std::vector<diagnostic>& diags);

  /// The State a typed name, code or other name denotes (compared by `name_key`: ignoring case,
  /// accents and punctuation), or nullptr.
  const state_name* lookup(std::string_view typed) const {
    auto it = index_.find(name_key(typed));
    return it == index_.end() ? nullptr : &names_[it->second];
  }

  const std::vector<state_name>& all() const noexcept { return names_; }

 private:
  void add(state_name n, const std::string& ptr, const std::string& file, std::vector<diagnostic>& diags) {
    const std::size_t at = names_.size();
    std::vector<std::string> keys{n.name, n.iso2, n.iso3};
    keys.insert(keys.end(), n.other_names.begin(), n.other_names.end());
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

  std::vector<state_name> names_;
  std::map<std::string, std::size_t, std::less<>> index_;
};

}  // namespace pacta
