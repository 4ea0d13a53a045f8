// pacta/state_handle.hpp — a State resolved once in one record, for queries in loops.
#pragma once

#include <pacta/detail/query_args.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pacta {

namespace detail {
/// The key that makes a handle and reads its record: only a record uses it (`treaty_record::resolve`,
/// `handle`, `state`). A handle made by hand is not of any record.
struct handle_key {
  explicit handle_key() = default;
};
}  // namespace detail

/// A State resolved once in one `treaty_record` (`treaty_record::resolve`), for queries in loops:
/// an index into the record's `states()`, tied to that record, so a typo is caught once, at
/// `resolve`, and a handle cannot be read against another record. A default-constructed handle
/// denotes no State; every query given it throws `query_error`, as does a handle from another
/// record (copies of a record share its handles).
///
/// Example:
///   const pacta::state_handle benin = opsc.resolve("benin");       // name_key: "Benin"
///   for (auto d = ...) opsc.is_bound(benin, d);                     // no look-up by name
class state_handle {
 public:
  state_handle() noexcept = default;

  /// The State's position in the record's `states()`.
  std::size_t index() const noexcept { return index_; }

  /// For the record that makes and reads handles: the handle of its State at `index`, and the
  /// serial of the record a handle is of (0 for none).
  state_handle(detail::handle_key, std::uint64_t record, std::size_t index) noexcept : record_(record), index_(index) {}
  std::uint64_t record(detail::handle_key) const noexcept { return record_; }

  friend bool operator==(const state_handle& a, const state_handle& b) noexcept {
    return a.record_ == b.record_ && a.index_ == b.index_;
  }
  friend bool operator!=(const state_handle& a, const state_handle& b) noexcept { return !(a == b); }

 private:
  std::uint64_t record_ = 0;  ///< the record's serial; 0 for none
  std::size_t index_ = 0;
};

/// A State as a query takes it: its exact registry name (a string), or a handle from `resolve`. An
/// integer or a null pointer is not a State (`is_bound(0, d)` would read as a null name, and a
/// position could be another record's): they do not compile, and a `const char*` that is null at
/// run time throws `query_error`. Like `std::string_view`, it refers to the caller's string: made
/// for one call, not kept (`state_ref r = std::string("Benin");` dangles).
///
/// Example: `opsc.is_bound("Benin", d)`, `opsc.is_bound(std::string(name), d)`, `opsc.is_bound(benin, d)`.
class state_ref {
 public:
  state_ref(std::string_view name) noexcept : name_(name) {}    // NOLINT: implicit, by design
  state_ref(const std::string& name) noexcept : name_(name) {}  // NOLINT
  state_ref(const char* name)                                   // NOLINT
      : name_(name ? name : throw query_error("a null pointer was given as the name of a State")) {}
  state_ref(state_handle h) noexcept : handle_(h), by_handle_(true) {}  // NOLINT
  template <class I, class = detail::if_not_a_state<I>>
  state_ref(I) = delete;

  bool by_handle() const noexcept { return by_handle_; }
  std::string_view name() const noexcept { return name_; }  ///< empty for a handle
  state_handle handle() const noexcept { return handle_; }

 private:
  std::string_view name_;
  state_handle handle_;
  bool by_handle_ = false;
};

}  // namespace pacta
