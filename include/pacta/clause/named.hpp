// pacta/clause/named.hpp — the condition "the States named have consented": all of them (CTBT art.
// XIV(1): "all States listed in Annex 2", 44 States), or at least N of them (a quota: the Part XI
// Agreement art. 6(1), "at least seven of the States referred to in paragraph 1(a) of resolution II";
// a sub-quota is a second `named` beside it in an `all_of`).
//
// Example: clause::named{{"China", "Egypt", …}, 0, "Annex 2"} holds once every listed State is present.
#pragma once

#include <pacta/clause/tally.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pacta::clause {

struct named {
  std::vector<std::string> states;  ///< as the registry names them
  std::size_t at_least = 0;         ///< 0: all of them
  std::string list;                 ///< where the treaty names them ("Annex 2"), for the sentence

  static constexpr bool by_state = true;

  std::size_t present(const tally& t) const {
    std::size_t n = 0;
    for (const auto& s : states) n += t.present(s) ? 1 : 0;
    return n;
  }
  std::size_t needed() const noexcept { return at_least == 0 ? states.size() : at_least; }
  bool holds(const tally& t, const context&) const { return !states.empty() && present(t) >= needed(); }
  /// The States named not present on the day (what a "not yet" sentence names).
  std::vector<std::string> missing(const tally& t) const {
    std::vector<std::string> out;
    for (const auto& s : states)
      if (!t.present(s)) out.push_back(s);
    return out;
  }
  std::string describe(const std::string& what) const {
    const std::string of =
        list.empty() ? "the " + std::to_string(states.size()) + " States named" : "the States of " + list;
    return (at_least == 0 ? "the " + what + " of all " : what + " of at least " + std::to_string(at_least) + " of ") +
           of;
  }
  friend bool operator==(const named& a, const named& b) {
    return a.states == b.states && a.at_least == b.at_least && a.list == b.list;
  }

  // Profile syntax: {"named": {"states": ["China", …], "at_least": 7, "list": "Annex 2"}}; without
  // "at_least", all of them.
  static constexpr const char* key = "named";
  template <class In>
  static std::optional<named> read(In& in) {
    if (!in.object({"states", "at_least", "list"}, "\"named\"")) return std::nullopt;
    named out;
    auto s = in.member("states", true);
    auto v = s ? s->state_names("the names of States") : std::nullopt;
    if (!v) return std::nullopt;
    out.states = std::move(*v);
    if (auto a = in.member("at_least", false)) {
      auto n = a->whole(1, out.states.size(), "a number of the States named");
      if (!n) return std::nullopt;
      out.at_least = *n;
    }
    if (auto l = in.member("list", false)) {
      auto t = l->text("where the treaty names them");
      if (!t) return std::nullopt;
      out.list = *t;
    }
    return out;
  }
  template <class Out>
  void write(Out& out) const {
    out.member("states").texts(states);
    if (at_least != 0) out.member("at_least").number(at_least);
    if (!list.empty()) out.member("list").text(list);
  }
};

}  // namespace pacta::clause
