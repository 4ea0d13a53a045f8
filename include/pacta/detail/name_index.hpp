// pacta/detail/name_index.hpp — the State index of a record: names to positions, without copies.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

namespace pacta {
namespace detail {

/// Finds a State's record by its name: open addressing over 64-bit slots (32 bits of the name's
/// hash beside the index), about 12 bytes a State, and a lookup by `string_view` allocates nothing.
class name_index {
 public:
  /// The index stored for `name`, or -1.
  template <typename NameOf>
  std::ptrdiff_t find(std::string_view name, NameOf&& name_of) const noexcept {
    if (slots_.empty()) return -1;
    const std::uint32_t h = hash(name);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint64_t slot = slots_[i];
      if (slot == 0) return -1;
      if (static_cast<std::uint32_t>(slot >> 32) == h) {
        const std::size_t index = static_cast<std::uint32_t>(slot) - 1;
        if (name_of(index) == name) return static_cast<std::ptrdiff_t>(index);
      }
    }
  }

  /// Adds `name` with `index` unless it is there; returns the index stored and whether it was added.
  template <typename NameOf>
  std::pair<std::size_t, bool> insert(std::string_view name, std::size_t index, NameOf&& name_of) {
    if ((size_ + 1) * 10 > slots_.size() * 7) grow();
    const std::uint32_t h = hash(name);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint64_t slot = slots_[i];
      if (slot == 0) {
        slots_[i] = (std::uint64_t{h} << 32) | (static_cast<std::uint64_t>(index) + 1);
        ++size_;
        return {index, true};
      }
      if (static_cast<std::uint32_t>(slot >> 32) == h) {
        const std::size_t found = static_cast<std::uint32_t>(slot) - 1;
        if (name_of(found) == name) return {found, false};
      }
    }
  }

 private:
  static std::uint32_t hash(std::string_view s) noexcept {
    const std::uint64_t h = std::hash<std::string_view>{}(s);
    return static_cast<std::uint32_t>(h ^ (h >> 32));
  }

  void grow() {
    std::vector<std::uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, 0);
    const std::size_t mask = slots_.size() - 1;
    for (std::uint64_t slot : old) {
      if (slot == 0) continue;
      std::size_t i = static_cast<std::uint32_t>(slot >> 32) & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<std::uint64_t> slots_;
  std::size_t size_ = 0;
};

}  // namespace detail

}  // namespace pacta
