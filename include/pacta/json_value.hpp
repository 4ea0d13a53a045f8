// pacta/json_value.hpp — a JSON value kept as read, without the JSON library in the model.
//
// A registry may carry members of its own (`x-` keys: an office's file number, an importer's
// marks). pacta keeps them as read and writes them back, but never computes with them, so the
// model headers hold them as a `json_value`: a shared, immutable nlohmann::json behind a forward
// declaration. A translation unit that only queries a record never parses nlohmann's header; one
// that reads the value includes <nlohmann/json.hpp> and calls `get()`.
//
// Example:
//   #include <nlohmann/json.hpp>
//   const pacta::json_value& x = reg.extensions;          // the registry's own `x-` members
//   if (!x.is_null()) std::cout << x.get().value("x-office", nlohmann::json()) << '\n';
//   const nlohmann::json& a = reg.actions[1].extensions();  // an action's: null when it has none
//   if (a.is_object()) std::cout << a.value("x-file", nlohmann::json()) << '\n';
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <type_traits>
#include <utility>

namespace pacta {

/// A JSON value (null by default), shared between copies and never changed in place.
class json_value {
 public:
  json_value() noexcept = default;

  /// Holds a copy of `j`; a null `j` leaves the value null.
  template <typename Json, typename = std::enable_if_t<std::is_same_v<std::decay_t<Json>, nlohmann::json>>>
  explicit json_value(Json&& j) {
    if (!j.is_null()) value_ = std::make_shared<const nlohmann::json>(std::forward<Json>(j));
  }

  /// True when no value is held (what was read had no such members).
  bool is_null() const noexcept { return !value_; }

  /// The value; a null JSON value when none is held. Needs <nlohmann/json.hpp>.
  template <typename Json = nlohmann::json>
  const Json& get() const noexcept {
    static const Json null_value;
    return value_ ? static_cast<const Json&>(*value_) : null_value;
  }

 private:
  std::shared_ptr<const nlohmann::json> value_;
};

}  // namespace pacta
