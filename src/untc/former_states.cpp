// former_states.cpp — reading former States' actions from end notes (see former_states.hpp).
#include "former_states.hpp"
#include "prose_date.hpp"

#include <cctype>
#include <cstdio>
#include <optional>
#include <utility>

namespace pacta::untc {
namespace {

/// How the end notes name the States that no longer exist, and the name pacta records.
struct former_name {
  const char* written;
  const char* name;
};
constexpr former_name former_names[] = {
    {"The German Democratic Republic", "German Democratic Republic"},
    {"German Democratic Republic", "German Democratic Republic"},
    {"Czechoslovakia", "Czechoslovakia"},
    {"The Czech and Slovak Federal Republic", "Czechoslovakia"},
    {"The former Yugoslavia", "former Yugoslavia"},
    {"The Socialist Federal Republic of Yugoslavia", "former Yugoslavia"},
    {"Serbia and Montenegro", "Serbia and Montenegro"},
    {"Democratic Yemen", "Democratic Yemen"},
    {"The Yemen Arab Republic", "Yemen Arab Republic"},
};

struct verb {
  const char* word;
  action_kind kind;
};
constexpr verb verbs[] = {
    {"signed", action_kind::signature},  {"ratified", action_kind::ratification},
    {"acceded", action_kind::accession}, {"accepted", action_kind::acceptance},
    {"approved", action_kind::approval}, {"succeeded", action_kind::succession},
};

std::optional<action_kind> verb_kind(std::string_view w) {
  while (!w.empty() && (w.back() == ',' || w.back() == ';')) w.remove_suffix(1);
  for (const auto& v : verbs)
    if (w == v.word) return v.kind;
  return std::nullopt;
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

/// "9 July 1980," (a word's trailing punctuation aside) as a date (prose_date.hpp).
std::optional<date_t> prose_date(std::string_view d, std::string_view m, std::string_view y) {
  while (!y.empty() && !std::isdigit(static_cast<unsigned char>(y.back()))) y.remove_suffix(1);
  return day_month_year(d, m, y, month_names::full);
}

/// One sentence that opens with a former State: its actions, or nothing (unreadable); `relevant`
/// false when the sentence is not about a former State's action at all.
std::optional<std::vector<former_action>> read_sentence(const std::string& name, std::string_view rest,
                                                        std::string_view sentence, bool& relevant) {
  const auto w = split_words(rest);
  std::size_t i = 0;
  if (i < w.size() && w[i] == "had") ++i;
  std::vector<action_kind> kinds;
  while (i < w.size()) {
    if (auto k = verb_kind(w[i])) {
      kinds.push_back(*k);
      ++i;
      if (i < w.size() && (w[i] == "and" || w[i] == ",")) ++i;
      continue;
    }
    break;
  }
  relevant = !kinds.empty();
  if (!relevant) return std::nullopt;
  while (i < w.size() && w[i] != "on") ++i;  // "the Convention [with reservations]"
  if (i == w.size()) return std::nullopt;
  ++i;
  std::vector<date_t> dates;  // "25 June 1980 and 9 July 1980, respectively"
  while (i + 3 <= w.size()) {
    const auto d = prose_date(w[i], w[i + 1], w[i + 2]);
    if (!d) break;
    dates.push_back(*d);
    const std::string_view year = w[i + 2];
    const bool closed = year.back() == ',' || year.back() == '.' || year.back() == ';';
    i += 3;
    if (!closed && i < w.size() && w[i] == "and") {
      ++i;
      continue;
    }
    break;
  }
  if (dates.size() != kinds.size()) return std::nullopt;
  std::vector<former_action> out;
  for (std::size_t k = 0; k < kinds.size(); ++k) out.push_back({name, kinds[k], dates[k], std::string(sentence)});
  return out;
}

}  // namespace

std::pair<std::string, std::size_t> former_state_at(std::string_view text) {
  for (const auto& f : former_names) {
    const std::string_view written = f.written;
    if (text.substr(0, written.size()) == written && (text.size() == written.size() || text[written.size()] == ' '))
      return {f.name, written.size()};
  }
  return {{}, 0};
}

former_reading read_former_states(std::string_view note) {
  former_reading out;
  // Sentences end at ". " (dates and "C.N.88.1973.TREATIES-3" hold no ". ") or at ": ", where a
  // quoted reservation follows.
  std::size_t start = 0;
  while (start < note.size()) {
    std::size_t end = start;
    while (end < note.size() &&
           !((note[end] == '.' || note[end] == ':') && (end + 1 == note.size() || note[end + 1] == ' ')))
      ++end;
    const std::string_view sentence = note.substr(start, end - start + (end < note.size() ? 1 : 0));
    const auto [name, length] = former_state_at(sentence);
    if (!name.empty()) {
      bool relevant = false;
      auto actions = read_sentence(name, sentence.substr(length), sentence, relevant);
      if (actions)
        out.actions.insert(out.actions.end(), actions->begin(), actions->end());
      else if (relevant)
        out.unreadable.emplace_back(sentence);
    }
    start = end + 1;
    while (start < note.size() && note[start] == ' ') ++start;
  }
  return out;
}

}  // namespace pacta::untc
