// pacta/clause/weighted.hpp — the condition "States accounting for at least a share of a figure"
// (Paris Agreement art. 21(1): "at least 55 Parties … accounting in total for at least an estimated
// 55 percent of the total global greenhouse gas emissions"; Kyoto Protocol art. 25(1): 55 % of the
// Annex I Parties' 1990 carbon dioxide). The figures are a `weight_table` of the context; a State
// the table does not list weighs nothing, so a table of a subset ("among" Annex I) is a share among it.
//
// Example: clause::weighted{"emissions", {55, 100}} holds once the States present weigh 55 % of
// the table's total.
#pragma once

#include <pacta/clause/tally.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/treaty_id.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace pacta::clause {

struct weighted {
  std::string table;  ///< the context's table
  share at_least;

  static constexpr bool by_state = true;

  /// The weight of the States present on the day; nothing when the context has no such table.
  std::optional<std::int64_t> weight(const tally& t, const context& ctx) const {
    const auto tab = ctx.tables.find(table);
    if (tab == ctx.tables.end()) return std::nullopt;
    std::int64_t sum = 0;
    for (const auto& [who, n] : t.of_state)
      if (n > 0)
        if (const auto w = tab->second.of.find(who); w != tab->second.of.end()) sum += w->second;
    return sum;
  }
  /// False without the table: a share that cannot be computed is never taken as reached.
  bool holds(const tally& t, const context& ctx) const {
    const auto w = weight(t, ctx);
    const auto tab = ctx.tables.find(table);
    return w && tab->second.total > 0 && at_least.reached_by(*w, tab->second.total);
  }
  std::string describe(const std::string& what) const {
    return what + (what.empty() ? "" : " ") + "accounting for at least " + share_words(at_least) + " of the table \"" +
           table + "\"";
  }
  /// "55 %" for a share of a hundred, else "2/3".
  static std::string share_words(share s) {
    if (s.denominator == 100) return std::to_string(s.numerator) + " %";
    return std::to_string(s.numerator) + "/" + std::to_string(s.denominator);
  }
  /// What the States present weigh on the day, against the table's total: "22,356,917 of 37,168,339
  /// Gg CO2 equivalent (60.15 %)"; the percentage rounded down, never overstating the share.
  std::string reached(const tally& t, const context& ctx) const {
    const auto w = weight(t, ctx);
    const auto tab = ctx.tables.find(table);
    if (!w || tab == ctx.tables.end() || tab->second.total <= 0) return {};
    const std::int64_t hundredths = *w * 10000 / tab->second.total;
    const std::string cents = std::to_string(hundredths % 100);
    return grouped(*w) + " of " + grouped(tab->second.total) +
           (tab->second.unit.empty() ? std::string() : " " + tab->second.unit) + " (" +
           std::to_string(hundredths / 100) + "." + (cents.size() < 2 ? "0" : "") + cents + " %)";
  }
  /// A whole number with its thousands grouped by commas: 37,168,339.
  static std::string grouped(std::int64_t n) {
    std::string digits = std::to_string(n < 0 ? -n : n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
      out += digits[i];
    }
    return (n < 0 ? "-" : "") + out;
  }
  friend bool operator==(const weighted& a, const weighted& b) noexcept {
    return a.table == b.table && a.at_least == b.at_least;
  }

  // Profile syntax: {"weighted": {"table": "emissions", "at_least": "55/100"}}.
  static constexpr const char* key = "weighted";
  template <class In>
  static std::optional<weighted> read(In& in) {
    if (!in.object({"table", "at_least"}, "\"weighted\"")) return std::nullopt;
    auto t = in.member("table", true);
    auto s = in.member("at_least", true);
    auto name = t ? t->text("the name of a table") : std::nullopt;
    auto at = s ? s->share_value() : std::nullopt;
    // The name is a file's name in the data directory (tables/ID/NAME.json): an id's letters only,
    // so that no name reaches outside it ("../x", "/etc/passwd").
    if (name && !is_treaty_id(*name)) {
      t->error(pacta::detail::show_value(*name) +
               " is not the name of a table: 1 to 64 lower-case letters, digits and hyphens, as the file "
               "tables/ID/NAME.json of a data directory is named");
      return std::nullopt;
    }
    if (!name || !at) return std::nullopt;
    return weighted{*name, *at};
  }
  template <class Out>
  void write(Out& out) const {
    out.member("table").text(table);
    out.member("at_least").share_value(at_least);
  }
};

}  // namespace pacta::clause
