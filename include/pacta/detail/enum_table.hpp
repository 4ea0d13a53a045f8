// pacta/detail/enum_table.hpp — one table per enum: each value with its key (what files, JSON and
// the command line write) and its words (what a sentence says), in the order of the enum, and the
// lookups every such table shares. Each table has a static_assert naming the enum's last value: a
// row out of order does not compile, and a value added at the end without its row fails that
// assert once the last value named there is updated; a value beyond the table reads as "" (never
// out of bounds).
//
// Example (pacta/participant.hpp):
//   inline constexpr detail::enum_row<participant_kind> participant_kinds[] = {
//       {participant_kind::state, "state", "State"}, …};
//   static_assert(detail::in_enum_order(participant_kinds, participant_kind::former_state));
//   detail::key_of(participant_kinds, participant_kind::former_state)   // "former-state"
//   detail::from_key(participant_kinds, "organization")                 // participant_kind::organization
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pacta::detail {

/// A value of an enum, its key and its words.
template <class E>
struct enum_row {
  E value;
  const char* key;    ///< "former-state"
  const char* words;  ///< "former State"
};

/// True when the table has one row per value, in the order of the enum, `last` the last value.
template <class E, std::size_t N>
constexpr bool in_enum_order(const enum_row<E> (&rows)[N], E last) noexcept {
  for (std::size_t i = 0; i < N; ++i)
    if (static_cast<std::size_t>(rows[i].value) != i) return false;
  return static_cast<std::size_t>(last) + 1 == N;
}

/// The key of `e`.
template <class E, std::size_t N>
constexpr const char* key_of(const enum_row<E> (&rows)[N], E e) noexcept {
  return static_cast<std::size_t>(e) < N ? rows[static_cast<std::size_t>(e)].key : "";
}

/// The words of `e`.
template <class E, std::size_t N>
constexpr const char* words_of(const enum_row<E> (&rows)[N], E e) noexcept {
  return static_cast<std::size_t>(e) < N ? rows[static_cast<std::size_t>(e)].words : "";
}

/// The value whose key is `key`; nothing for another text.
template <class E, std::size_t N>
std::optional<E> from_key(const enum_row<E> (&rows)[N], std::string_view key) noexcept {
  for (const auto& r : rows)
    if (key == r.key) return r.value;
  return std::nullopt;
}

/// Every key, each between `before` and `after`, joined by `sep`: keys_list(t, "|") is
/// "each-day|approval"; keys_list(t, ", ", "\"", "\"") is "\"state\", \"organization\"".
template <class E, std::size_t N>
std::string keys_list(const enum_row<E> (&rows)[N], std::string_view sep, std::string_view before = {},
                      std::string_view after = {}) {
  std::string out;
  for (std::size_t i = 0; i < N; ++i) {
    if (i) out += sep;
    out += before;
    out += rows[i].key;
    out += after;
  }
  return out;
}

}  // namespace pacta::detail
