// pacta/succession_kind.hpp — how a successor State came to be, which decides how a succession binds it.
//
// The 1978 Vienna Convention on Succession of States in respect of Treaties (VCSST) treats a
// separation or dissolution (arts. 34–35: the Czech Republic from Czechoslovakia, 1 January 1993)
// apart from a newly independent State (arts. 16–17, 23: Fiji from the United Kingdom, 10 October
// 1970). The successions table (pacta/successions.hpp) gives each successor's kind, and a registry's
// succession may carry it (`succession_kind`), for rule E5's unsettled readings (pacta/record_options.hpp).
//
// Example:
//   pacta::parse_succession_kind("newly-independent")   // succession_kind::newly_independent
//   pacta::to_key(pacta::succession_kind::separation)    // "separation"
#pragma once

#include <pacta/detail/enum_table.hpp>

#include <optional>
#include <string_view>

namespace pacta {

/// How a successor came to be (VCSST): the kind decides which articles apply.
enum class succession_kind {
  /// A separation of part of a State, or a dissolution (arts. 34–35): the treaty in force for the
  /// territory continues in force for the successor from the date of succession.
  separation,
  /// A newly independent State (arts. 17, 23(1)): a party from the date of succession when it notifies
  /// its succession. *Unsettled*: the CERD Committee counted Fiji and the Bahamas from the notification
  /// + 30 days, as for an accession.
  newly_independent,
};

/// Each kind with its key (the successions table's `kind`, a registry's `succession_kind`) and its
/// words, in the order of the enum.
inline constexpr detail::enum_row<succession_kind> succession_kinds[] = {
    {succession_kind::separation, "separation", "separation or dissolution"},
    {succession_kind::newly_independent, "newly-independent", "newly independent State"},
};
static_assert(detail::in_enum_order(succession_kinds, succession_kind::newly_independent),
              "succession_kinds: one row per kind, in the order of the enum");

/// The key of the table's `kind`: "separation", "newly-independent".
inline constexpr const char* to_key(succession_kind k) noexcept {
  return detail::key_of(succession_kinds, k);
}

/// The kind for its key, or nothing.
inline std::optional<succession_kind> parse_succession_kind(std::string_view key) noexcept {
  return detail::from_key(succession_kinds, key);
}

}  // namespace pacta
