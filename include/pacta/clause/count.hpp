// pacta/clause/count.hpp — the condition "N instruments have been deposited" (rule E1: OPSC art.
// 14(1), "the deposit of the tenth instrument"; O1: ICCPR art. 41(2), ten declarations).
//
// Example: clause::count{10}.holds(t, ctx) is true from the day the tenth item counts.
#pragma once

#include <pacta/clause/tally.hpp>

#include <cstddef>
#include <optional>
#include <string>

namespace pacta::clause {

struct count {
  std::size_t n = 0;

  static constexpr bool by_state = false;
  bool holds(const tally& t, const context&) const noexcept { return n > 0 && t.counted >= n; }
  /// "10 instruments" (the thing counted is the caller's word).
  std::string describe(const std::string& what) const {
    return n == 1 ? "one of the " + what : std::to_string(n) + " " + what;
  }
  friend bool operator==(const count& a, const count& b) noexcept { return a.n == b.n; }

  // Profile syntax (pacta/detail/clause_json.hpp reads and writes it): {"count": 10}.
  static constexpr const char* key = "count";
  template <class In>
  static std::optional<count> read(In& in) {
    if (auto v = in.whole(1, 100000, "a count of instruments")) return count{*v};
    return std::nullopt;
  }
  template <class Out>
  void write(Out& out) const {
    out.number(n);
  }
};

}  // namespace pacta::clause
