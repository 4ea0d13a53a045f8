// pacta/share.hpp — a share, exactly: a numerator over a denominator (two thirds of the States
// Parties, OPSC art. 16(2); one third, art. 16(1); 55 percent of emissions, Paris art. 21(1)).
// Compared in whole numbers, never in floating point, so that a share exactly reached is reached.
//
// Example: share{2, 3}.of(191) == 128; share{55, 100}.reached_by(5500, 10000) is true.
#pragma once

#include <cstddef>
#include <cstdint>

namespace pacta {

/// A share, as a fraction: one third, two thirds, 55 %.
struct share {
  int numerator = 1;
  int denominator = 1;
  /// The smallest whole number of States that is at least this share of `of` (rounded up).
  std::size_t of(std::size_t n) const noexcept {
    const auto num = static_cast<std::size_t>(numerator), den = static_cast<std::size_t>(denominator);
    return (n * num + den - 1) / den;
  }
  /// Whether `part` is at least this share of `whole` (figures of a table: emissions, consumption).
  constexpr bool reached_by(std::int64_t part, std::int64_t whole) const noexcept {
    return part * denominator >= static_cast<std::int64_t>(numerator) * whole;
  }
  friend bool operator==(share a, share b) { return a.numerator == b.numerator && a.denominator == b.denominator; }
  friend bool operator!=(share a, share b) { return !(a == b); }
};

}  // namespace pacta
