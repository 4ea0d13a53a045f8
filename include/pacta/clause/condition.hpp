// pacta/clause/condition.hpp — a final clause's condition as a value: one of a closed set of
// alternatives (a count, a weighted share, named States, a share of the parties), or all of several
// ("55 Parties … and 55 percent", Paris art. 21(1)). A visitor that forgets an alternative does not
// compile. `first_met` (pacta/clause/first_met.hpp) finds the first day a condition holds.
//
// Example (Paris art. 21(1)):
//   clause::condition c = clause::all_of{{clause::count{55}, clause::weighted{"emissions", {55, 100}}}};
#pragma once

#include <pacta/clause/count.hpp>
#include <pacta/clause/named.hpp>
#include <pacta/clause/share_of_parties.hpp>
#include <pacta/clause/tally.hpp>
#include <pacta/clause/weighted.hpp>

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace pacta::clause {

struct condition;

/// Every term holds on the same day.
struct all_of {
  std::vector<condition> terms;

  // Profile syntax: {"all_of": [CONDITION, CONDITION, …]}.
  static constexpr const char* key = "all_of";
  template <class In>
  static std::optional<all_of> read(In& in);
  template <class Out>
  void write(Out& out) const;
};

struct condition {
  using alternatives = std::variant<count, weighted, named, share_of_parties, all_of>;
  alternatives term;

  condition() = default;
  template <typename T, typename = std::enable_if_t<!std::is_same_v<std::decay_t<T>, condition> &&
                                                    std::is_constructible_v<alternatives, T&&>>>
  condition(T&& t) : term(std::forward<T>(t)) {}  // NOLINT: implicit, as a variant's alternatives are
};

/// Calls `f` on `c` and on every condition within it (the terms of an `all_of`, depth first): the one
/// walk over a condition's tree. `Cond` is `condition` or `const condition`.
template <class Cond, class F>
std::enable_if_t<std::is_same_v<std::remove_const_t<Cond>, condition>> for_each_condition(Cond& c, F&& f) {
  f(c);
  if (auto* all = std::get_if<all_of>(&c.term))
    for (auto& sub : all->terms) for_each_condition(sub, f);
}

/// Whether the condition holds on a day with this tally.
inline bool holds(const condition& c, const tally& t, const context& ctx);

/// Whether the condition reads the tally by State (named States, weighted shares).
inline bool by_state(const condition& c);

/// The condition in words: `what` is the thing counted ("instruments of ratification or accession").
inline std::string describe(const condition& c, const std::string& what);

inline bool operator==(const all_of& a, const all_of& b);
inline bool operator==(const condition& a, const condition& b) {
  return a.term == b.term;
}
inline bool operator!=(const condition& a, const condition& b) {
  return !(a == b);
}
inline bool operator==(const all_of& a, const all_of& b) {
  return a.terms == b.terms;
}

template <class In>
std::optional<all_of> all_of::read(In& in) {
  auto items = in.elements("\"all_of\"");
  if (!items) return std::nullopt;
  all_of out;
  for (auto& e : *items) {
    auto c = e.condition();
    if (!c) return std::nullopt;
    out.terms.push_back(std::move(*c));
  }
  return out;
}

template <class Out>
void all_of::write(Out& out) const {
  for (const auto& t : terms) out.push().condition(t);
}

inline bool holds(const condition& c, const tally& t, const context& ctx) {
  return std::visit(
      [&](const auto& term) -> bool {
        using T = std::decay_t<decltype(term)>;
        if constexpr (std::is_same_v<T, all_of>) {
          for (const auto& sub : term.terms)
            if (!holds(sub, t, ctx)) return false;
          return !term.terms.empty();
        } else {
          return term.holds(t, ctx);
        }
      },
      c.term);
}

inline bool by_state(const condition& c) {
  return std::visit(
      [](const auto& term) -> bool {
        using T = std::decay_t<decltype(term)>;
        if constexpr (std::is_same_v<T, all_of>) {
          for (const auto& sub : term.terms)
            if (by_state(sub)) return true;
          return false;
        } else {
          return T::by_state;
        }
      },
      c.term);
}

inline std::string describe(const condition& c, const std::string& what) {
  return std::visit(
      [&](const auto& term) -> std::string {
        using T = std::decay_t<decltype(term)>;
        if constexpr (std::is_same_v<T, all_of>) {
          std::string out;
          for (std::size_t i = 0; i < term.terms.size(); ++i) {
            // A share weighed of the instruments a count names is said of them, as the treaty says it
            // (Paris art. 21(1): "at least 55 Parties … accounting in total for at least … 55 percent").
            const auto* w = std::get_if<weighted>(&term.terms[i].term);
            if (w && i > 0 && std::holds_alternative<count>(term.terms[i - 1].term)) {
              out += ", " + w->describe("");
              continue;
            }
            out += (i == 0 ? "" : i + 1 == term.terms.size() ? " and " : ", ") + describe(term.terms[i], what);
          }
          return out;
        } else {
          return term.describe(what);
        }
      },
      c.term);
}

}  // namespace pacta::clause
