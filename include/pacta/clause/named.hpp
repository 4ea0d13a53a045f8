// pacta/clause/named.hpp — the condition "the States named have consented": all of them (CTBT art.
// XIV(1): "all States listed in Annex 2", 44 States), or at least N of them (a quota: the Part XI
// Agreement art. 6(1), "at least seven of the States referred to in paragraph 1(a) of resolution II";
// a sub-quota is a second `named` beside it in an `all_of`).
//
// The States may instead be the rows of a table of the data directory (`table`, a pacta.weights/1
// file whose rows are the States listed): a list the treaty takes from elsewhere (resolution II of
// the Third Conference, for the Part XI Agreement). Without that table the date is NOT computed.
//
// Example: clause::named{{"China", "Egypt", …}, 0, "Annex 2"} holds once every listed State is present.
#pragma once

#include <pacta/clause/tally.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/treaty_id.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pacta::clause {

struct named {
  std::vector<std::string> states;  ///< as the registry names them
  std::size_t at_least = 0;         ///< 0: all of them
  std::string list = {};            ///< where the treaty names them ("Annex 2"), for the sentence
  /// The context's table whose rows are the States named, when the profile gives no `states`; the
  /// record's build fills `states` from it (a named table absent: NOT computed).
  std::string table = {};

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
    const std::string of = !list.empty()    ? "the States of " + list
                           : !table.empty() ? "the States of the table \"" + table + "\""
                                            : "the " + std::to_string(states.size()) + " States named";
    return (at_least == 0 ? "the " + what + " of all " : what + " of at least " + std::to_string(at_least) + " of ") +
           of;
  }
  friend bool operator==(const named& a, const named& b) {
    return a.states == b.states && a.at_least == b.at_least && a.list == b.list && a.table == b.table;
  }

  // Profile syntax: {"named": {"states": ["China", …], "at_least": 7, "list": "Annex 2"}}; without
  // "at_least", all of them. Or {"named": {"table": "resolution-ii-1a", "at_least": 7, "list": …}}:
  // the States are the rows of that table.
  static constexpr const char* key = "named";
  template <class In>
  static std::optional<named> read(In& in) {
    if (!in.object({"states", "table", "at_least", "list"}, "\"named\"")) return std::nullopt;
    named out;
    auto t = in.member("table", false);
    auto s = in.member("states", !t);
    if (s && t) {
      t->error("\"named\" takes \"states\" or \"table\", not both");
      return std::nullopt;
    }
    if (t) {
      auto name = t->text("the name of a table");
      if (!name) return std::nullopt;
      if (!is_treaty_id(*name)) {  // a file's name in the data directory: never outside it
        t->error(pacta::detail::show_value(*name) +
                 " is not the name of a table: 1 to 64 lower-case letters, digits and hyphens, as the file "
                 "tables/ID/NAME.json of a data directory is named");
        return std::nullopt;
      }
      out.table = *name;
    } else {
      auto v = s ? s->state_names("the names of States") : std::nullopt;
      if (!v) return std::nullopt;
      out.states = std::move(*v);
    }
    if (auto a = in.member("at_least", false)) {
      auto n = out.table.empty() ? a->whole(1, out.states.size(), "a number of the States named")
                                 : a->whole(1, std::size_t{1000}, "a number of the States named");
      if (!n) return std::nullopt;
      out.at_least = *n;
    }
    if (auto l = in.member("list", false)) {
      auto x = l->text("where the treaty names them");
      if (!x) return std::nullopt;
      out.list = *x;
    }
    return out;
  }
  template <class Out>
  void write(Out& out) const {
    if (table.empty())
      out.member("states").texts(states);
    else
      out.member("table").text(table);
    if (at_least != 0) out.member("at_least").number(at_least);
    if (!list.empty()) out.member("list").text(list);
  }
};

}  // namespace pacta::clause
