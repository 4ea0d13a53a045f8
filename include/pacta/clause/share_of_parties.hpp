// pacta/clause/share_of_parties.hpp — the condition "a share of the States Parties on that day"
// (OPSC art. 16(2): an amendment enters into force "when it has been accepted by a two-thirds
// majority of States Parties", rule A3; ATT art. 20(3); Rome Statute art. 121(4)). The share is of
// the parties on each day (`timeline::parties`), which change as States join and leave.
//
// Example: clause::share_of_parties{{2, 3}} holds on the first day two thirds of the parties then
// have accepted.
#pragma once

#include <pacta/clause/tally.hpp>

#include <optional>
#include <string>

namespace pacta::clause {

struct share_of_parties {
  share at_least;

  static constexpr bool by_state = false;
  /// As rule A3 counts: at least `at_least.of(parties)` acceptances, and at least one.
  bool holds(const tally& t, const context&) const noexcept {
    return t.counted > 0 && t.counted >= at_least.of(t.parties);
  }
  std::string describe(const std::string& what) const {
    return what + " of " + std::to_string(at_least.numerator) + "/" + std::to_string(at_least.denominator) +
           " of the States Parties";
  }
  friend bool operator==(const share_of_parties& a, const share_of_parties& b) noexcept {
    return a.at_least == b.at_least;
  }

  // Profile syntax: {"share_of_parties": "2/3"}.
  static constexpr const char* key = "share_of_parties";
  template <class In>
  static std::optional<share_of_parties> read(In& in) {
    if (auto s = in.share_value()) return share_of_parties{*s};
    return std::nullopt;
  }
  template <class Out>
  void write(Out& out) const {
    out.share_value(at_least);
  }
};

}  // namespace pacta::clause
