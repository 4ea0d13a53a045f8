// pacta/treaty_id.hpp — what a treaty id is, checked in one place.
//
// A treaty id names a treaty everywhere pacta reads one: a profile's `id`, `parent`, `subject_to`
// and eligibility lists, a registry's `treaty`, a reports file's `treaty`, a data directory's file
// names (`treaties/ID.json`, `registries/ID.json`) and `--treaty`. It becomes part of file names and
// of every output (HTML, SVG, iCalendar, CSV), so it is a closed syntax: 1 to 64 characters,
// lower-case ASCII letters, digits and hyphens, the first a letter or a digit. Nothing else reaches
// a path or a page. A data directory's file name, its registry's `treaty` and its profile's `id`
// must agree (`pacta::treaty_set` checks it); every breach is the one code `treaty.id`.
//
// Example: is_treaty_id("iccpr-op1") && !is_treaty_id("../../escaped") && !is_treaty_id("OPSC")
#pragma once

#include <pacta/diagnostic.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pacta {

/// The longest treaty id.
inline constexpr std::size_t max_treaty_id = 64;

/// Whether `text` is a treaty id: 1–64 characters of `a`–`z`, `0`–`9` and `-`, not starting with `-`.
constexpr bool is_treaty_id(std::string_view text) noexcept {
  if (text.empty() || text.size() > max_treaty_id || text.front() == '-') return false;
  for (const char c : text)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

static_assert(is_treaty_id("iccpr-op1") && is_treaty_id("ccw-p2-amended") && !is_treaty_id("../../escaped") &&
                  !is_treaty_id("OPSC") && !is_treaty_id("") && !is_treaty_id("-x") && !is_treaty_id("a b"),
              "the example of this header");

/// The message for `text` that is not a treaty id; `what` says where it was read ("the profile's
/// \"id\"", "--treaty").
inline std::string treaty_id_message(std::string_view what, std::string_view text) {
  return std::string(what) + " " + detail::show_value(text) +
         " is not a treaty id: 1 to 64 lower-case letters, digits and hyphens, the first a letter or a digit "
         "(\"opsc\", \"iccpr-op1\")";
}

/// Whether the treaty a data directory's file holds agrees with its file name: a registry's
/// `treaty` in registries/ID.json, a profile's `id` in treaties/ID.json. The one check of the
/// three names of a treaty (with the build's: the registry read under the profile of its `treaty`,
/// `registry.treaty`); false after a `treaty.id` diagnostic at `pointer` ("/treaty", "/id").
///
/// Example: names_agree("data/registries/opsc.json", "/treaty", "registry's \"treaty\"", "crc", "opsc", d) is false.
inline bool names_agree(const std::string& file, const char* pointer, const char* what, const std::string& held,
                        const std::string& id, std::vector<diagnostic>& diags) {
  if (held == id) return true;
  diags.push_back({file, pointer, "treaty.id",
                   std::string("the ") + what + " is " + detail::show_value(held) + ", but its file name says " +
                       detail::show_value(id) + ": a data directory's file name, registry and profile must agree",
                   std::nullopt, std::nullopt});
  return false;
}

}  // namespace pacta
