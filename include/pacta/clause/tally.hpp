// pacta/clause/tally.hpp — what a final clause's condition is evaluated over: the record's dated
// facts as items (each counting from one day, and maybe no longer from another), and the tally of
// them on a day, which every condition reads.
//
// Example (the OPSC's ten instruments, rule E1): one item per instrument deposited, counting from
// its deposit for good; on 18 October 2001 the tally counts ten (`counted == 10`).
//   pacta::clause::timeline t;
//   t.counted.push_back({"Bangladesh", 2000_y / 9 / 6, std::nullopt});
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/share.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pacta::clause {

/// One dated fact a condition counts: an instrument deposited (rule E1), a declaration by a State
/// Party (O1), an acceptance of an amendment (A3); or, in `timeline::parties`, a State being a party.
/// `who` must outlive the evaluation (it points into the record).
struct item {
  std::string_view who;
  date_t from;                  ///< counts from this day
  std::optional<date_t> until;  ///< counts no longer from this day; nothing: for good
};

/// What a condition is evaluated over.
struct timeline {
  std::vector<item> counted;  ///< what the clause counts
  std::vector<item> parties;  ///< the parties, each while it is one (for a share of the parties)
  /// The condition is asked from this day on (A3: an amendment's acceptances count from the General
  /// Assembly's approval); the items before it are counted, and the condition is asked on the day.
  std::optional<date_t> not_before;
};

/// A figure per State, and the total a share of it is taken of (Paris art. 21(1): each Party's
/// emissions, of the total global emissions the secretariat printed). Figures are whole numbers in
/// the table's unit (Gg CO2 equivalent, tonnes…), so that shares compare exactly. Read from a
/// weights file (format `pacta.weights/1`, pacta/weights.hpp), or built by the caller.
struct weight_table {
  std::string name;                                     ///< as the profile names it ("emissions")
  std::map<std::string, std::int64_t, std::less<>> of;  ///< by State, as the registry names it
  std::int64_t total = 0;                               ///< the whole the share is of (the printed total)
  std::string unit;                                     ///< "Gg CO2 equivalent"; empty: none said
  /// States the table lists without a figure ("n/a"): they weigh nothing, and a sentence says so.
  std::vector<std::string> not_available;
  std::string source;  ///< where the figures come from
  std::string file;    ///< the file read, or empty
};

/// What a condition may need beyond the items: the tables of weighted shares, by name.
struct context {
  std::map<std::string, weight_table, std::less<>> tables;
};

/// The items counting on a day, after that day's events.
struct tally {
  std::size_t counted = 0;  ///< items counting
  std::size_t parties = 0;  ///< parties (from `timeline::parties`)
  /// How many items of each State count; kept only when a condition asks by State (`by_state`).
  std::map<std::string_view, std::size_t> of_state;

  bool present(std::string_view who) const {
    const auto it = of_state.find(who);
    return it != of_state.end() && it->second > 0;
  }
};

}  // namespace pacta::clause
