// pacta/detail/clause_json.hpp — a final clause in a profile's JSON: the reader and the writer that
// each alternative's own syntax is written against (`read(In&)` and `write(Out&)` in
// pacta/clause/*.hpp), and the choice of the alternative by its key.
//
// Every alternative is written as an object of one member, its key: {"count": 10},
// {"after": "3 months"}, {"when_met": {"condition": {"count": 20}, "delay": {"after": "0 days"}}}. A
// value that is not in the vocabulary is a diagnostic `profile.clause` with its JSON pointer; reading
// never throws.
//
// Example:
//   detail::clause_in in(j, "/entry_into_force/clause", file, diags);
//   std::optional<clause::date_term> t = in.term();          // nothing, with diagnostics, if invalid
//   nlohmann::json out; detail::clause_out(out).term(*t);     // the same JSON back
#pragma once

#include <pacta/action.hpp>
#include <pacta/calendar.hpp>
#include <pacta/clause/date_term.hpp>
#include <pacta/detail/json_reader.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/share.hpp>
#include <pacta/state_names.hpp>
#include <pacta/treaty_id.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace pacta::detail {

/// One value of a clause in a profile, read with diagnostics (file, JSON pointer, `profile.clause`).
class clause_in {
 public:
  clause_in(const nlohmann::json& v, std::string pointer, const std::string& file, std::vector<diagnostic>& diags)
      : v_(&v), pointer_(std::move(pointer)), file_(&file), diags_(&diags) {}

  /// A whole number from `min` to `max`; `what` says what it counts.
  std::optional<std::size_t> whole(std::size_t min, std::size_t max, const char* what) {
    if (v_->is_number_unsigned() || (v_->is_number_integer() && v_->get<long long>() >= 0)) {
      const auto n = v_->get<unsigned long long>();
      if (n >= min && n <= max) return static_cast<std::size_t>(n);
    }
    error(show(*v_) + " is not " + what + ": write a whole number from " + std::to_string(min) + " to " +
          std::to_string(max));
    return std::nullopt;
  }

  /// A string that is not empty and has no control characters.
  std::optional<std::string> text(const char* what) {
    if (!v_->is_string() || v_->get_ref<const std::string&>().empty()) {
      error(show(*v_) + " is not " + what + ": write a string that is not empty");
      return std::nullopt;
    }
    const auto& s = v_->get_ref<const std::string&>();
    if (const std::string m = control_message(what, s); !m.empty()) {
      error(m);
      return std::nullopt;
    }
    return s;
  }

  std::optional<std::string> treaty_id() {
    auto t = text("a treaty id");
    if (t && !is_treaty_id(*t)) {
      error(treaty_id_message("the clause's", *t));
      return std::nullopt;
    }
    return t;
  }

  /// A share: "2/3", "55/100".
  std::optional<share> share_value() {
    const std::string s = v_->is_string() ? v_->get<std::string>() : std::string();
    const auto slash = s.find('/');
    long long num = 0, den = 0;
    bool ok = slash != std::string::npos && slash > 0 && slash + 1 < s.size() && slash <= 6 && s.size() - slash <= 7;
    for (std::size_t i = 0; ok && i < s.size(); ++i) {
      if (i == slash) continue;
      const char c = s[i];
      if (c < '0' || c > '9')
        ok = false;
      else
        (i < slash ? num : den) = (i < slash ? num : den) * 10 + (c - '0');
    }
    if (!ok || num < 1 || den < 1 || num > den) {
      error(show(*v_) + " is not a share: write a fraction such as \"2/3\" or \"55/100\"");
      return std::nullopt;
    }
    return share{static_cast<int>(num), static_cast<int>(den)};
  }

  /// A period ("3 months", "30 days"); "0 days" too when `zero` (on the same day).
  std::optional<period> period_value(bool zero) {
    const std::string s = v_->is_string() ? v_->get<std::string>() : std::string();
    if (auto p = zero ? parse_period_or_zero(s) : parse_period(s); p && !p->month_start && !p->nth_month) return p;
    error(show(*v_) + " is not a period: write a whole number from " + (zero ? "0" : "1") +
          " to 1200, a space and a unit (\"3 months\", \"1 year\", \"30 days\")");
    return std::nullopt;
  }

  std::optional<date_t> date_value() {
    const std::string s = v_->is_string() ? v_->get<std::string>() : std::string();
    if (auto d = parse_date(s)) return d;
    error(bad_date_message(v_->is_string() ? s : show(*v_)));
    return std::nullopt;
  }

  /// A non-empty array of State names as a registry writes them (`valid_state_name`), each once,
  /// also by `name_key` ("France" and "france" are one State).
  std::optional<std::vector<std::string>> state_names(const char* what) {
    auto items = elements(what);
    if (!items) return std::nullopt;
    std::vector<std::string> out;
    std::set<std::string> keys;
    for (auto& e : *items) {
      auto t = e.text(what);
      if (!t) return std::nullopt;
      if (!valid_state_name(*t)) {
        e.error(unusable_name(*t, "State"));
        return std::nullopt;
      }
      if (!keys.insert(name_key(*t)).second) {
        e.error(show_value(*t) + " is named twice (names are compared as the registry's are: case and accents aside)");
        return std::nullopt;
      }
      out.push_back(std::move(*t));
    }
    return out;
  }

  /// An object whose members are among `allowed` (and `x-` keys); false, after a diagnostic, otherwise.
  bool object(std::initializer_list<const char*> allowed, const char* what) {
    if (!v_->is_object()) {
      error(std::string(what) + " must be a JSON object, not " + type_name(*v_));
      return false;
    }
    bool ok = true;
    for (const auto& item : v_->items()) {
      if (item.key().rfind("x-", 0) == 0) continue;
      bool known = false;
      for (const char* a : allowed) known = known || item.key() == a;
      if (!known) {
        member_error(item.key(), unknown_key_message(item.key(), what, allowed));
        ok = false;
      }
    }
    return ok;
  }

  /// A member of the object; nothing when it is absent (a diagnostic when it is `required`).
  std::optional<clause_in> member(const char* key, bool required) {
    const auto it = v_->is_object() ? v_->find(key) : v_->end();
    if (!v_->is_object() || it == v_->end()) {
      if (required) error(std::string("the required key \"") + key + "\" is missing");
      return std::nullopt;
    }
    return clause_in(*it, pointer_ + "/" + pointer_token(key), *file_, *diags_);
  }

  /// The elements of a non-empty array.
  std::optional<std::vector<clause_in>> elements(const char* what) {
    if (!v_->is_array() || v_->empty()) {
      error(std::string(what) + " must be a JSON array that is not empty, not " +
            (v_->is_array() ? std::string("an empty one") : type_name(*v_)));
      return std::nullopt;
    }
    std::vector<clause_in> out;
    for (std::size_t i = 0; i < v_->size(); ++i)
      out.emplace_back((*v_)[i], pointer_ + "/" + std::to_string(i), *file_, *diags_);
    return out;
  }

  std::optional<clause::condition> condition() { return one<clause::condition::alternatives>("a condition"); }
  std::optional<clause::delay> delay() { return one<clause::delay>("a delay"); }
  std::optional<clause::date_term> term() {
    if (auto t = one<clause::date_term::alternatives>("a date term")) return clause::date_term(std::move(*t));
    return std::nullopt;
  }

  void error(std::string message) {
    diags_->push_back({*file_, pointer_, "profile.clause", std::move(message), std::nullopt, std::nullopt});
  }

 private:
  static std::string show(const nlohmann::json& v) {
    return v.is_string() ? show_value(v.get<std::string>()) : v.dump().substr(0, 60);
  }
  void member_error(const std::string& key, std::string message) {
    diags_->push_back({*file_, pointer_ + "/" + pointer_token(key), "profile.clause", std::move(message), std::nullopt,
                       std::nullopt});
  }

  /// The alternative of `V` whose key is the object's one member, read by its own `read`.
  template <class V>
  std::optional<V> one(const char* what) {
    std::vector<const char*> keys;
    collect_keys<V>(keys, std::make_index_sequence<std::variant_size_v<V>>{});
    std::string names;
    for (const char* k : keys) names += std::string(names.empty() ? "" : ", ") + "\"" + k + "\"";
    std::vector<std::string> members;  // the members that are not `x-` notes
    if (v_->is_object())
      for (const auto& item : v_->items())
        if (item.key().rfind("x-", 0) != 0) members.push_back(item.key());
    if (!v_->is_object() || members.size() != 1) {
      error(std::string(what) + " is an object of one member (besides x- notes), one of " + names + "; not " +
            show(*v_));
      return std::nullopt;
    }
    const std::string key = members.front();
    std::optional<V> out;
    clause_in inner((*v_)[key], pointer_ + "/" + pointer_token(key), *file_, *diags_);
    const bool known = read_as<V>(key, inner, out, std::make_index_sequence<std::variant_size_v<V>>{});
    if (!known) member_error(key, show_value(key) + " is not " + what + ": one of " + names);
    return out;
  }

  template <class V, std::size_t... I>
  static void collect_keys(std::vector<const char*>& keys, std::index_sequence<I...>) {
    (keys.push_back(std::variant_alternative_t<I, V>::key), ...);
  }

  template <class V, std::size_t... I>
  static bool read_as(const std::string& key, clause_in& inner, std::optional<V>& out, std::index_sequence<I...>) {
    bool known = false;
    (
        [&] {
          using T = std::variant_alternative_t<I, V>;
          if (known || key != T::key) return;
          known = true;
          if (auto v = T::read(inner)) out.emplace(std::in_place_index<I>, std::move(*v));
        }(),
        ...);
    return known;
  }

  const nlohmann::json* v_;
  std::string pointer_;
  const std::string* file_;
  std::vector<diagnostic>* diags_;
};

/// One value of a clause, written into a profile's JSON (`parse` of what it writes gives the same
/// value back).
class clause_out {
 public:
  explicit clause_out(nlohmann::json& j) : j_(&j) {}

  void number(std::size_t n) { *j_ = n; }
  void text(const std::string& s) { *j_ = s; }
  void share_value(share s) { *j_ = std::to_string(s.numerator) + "/" + std::to_string(s.denominator); }
  void period_value(period p) { *j_ = p.count == 0 ? std::string("0 days") : to_string(p); }
  void date_value(date_t d) { *j_ = to_iso(d); }
  void texts(const std::vector<std::string>& v) { *j_ = v; }
  clause_out member(const char* key) { return clause_out((*j_)[key]); }
  /// A new element at the end of the array.
  clause_out push() {
    if (!j_->is_array()) *j_ = nlohmann::json::array();
    j_->push_back(nullptr);
    return clause_out(j_->back());
  }
  void condition(const clause::condition& c) { one(c.term); }
  void delay(const clause::delay& d) { one(d); }
  void term(const clause::date_term& t) { one(t.term); }

 private:
  template <class V>
  void one(const V& v) {
    std::visit(
        [&](const auto& alt) {
          *j_ = nlohmann::json::object();
          clause_out inner((*j_)[std::decay_t<decltype(alt)>::key]);
          alt.write(inner);
        },
        v);
  }

  nlohmann::json* j_;
};

}  // namespace pacta::detail
