// denunciations.cpp — denunciations and re-accessions from end notes (see denunciations.hpp).
#include "denunciations.hpp"
#include "prose_date.hpp"

#include <cctype>
#include <cstdio>
#include <initializer_list>
#include <utility>

namespace pacta::untc {

bool withdraws_from_treaty(std::string_view text) {
  for (std::string_view w : {"withdrawal from", "withdraw from", "withdraws from", "withdrawing from"})
    if (text.find(w) != std::string_view::npos) return true;
  const std::string_view n = "notification of withdrawal";
  const auto k = text.find(n);
  if (k == std::string_view::npos) return false;
  const std::string_view after = text.substr(k + n.size());
  return after.rfind(" of", 0) != 0;  // "notification of withdrawal of its reservation" is not one
}

namespace {

bool starts(std::string_view s, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (s.rfind(w, 0) == 0) return true;
  return false;
}

/// Whether `text` is about another treaty denounced ("denounced the Convention concerning the
/// employment of women on underground work in mines (ILO Convention No. 45)", CEDAW's note 44).
bool about_another_treaty(std::string_view text) {
  for (std::string_view other : {"ILO Convention", "Convention concerning", "Convention No."})
    if (text.find(other) != std::string_view::npos) return true;
  return false;
}

/// "The withdrawal took effect for STATE on D" / "… will take effect for STATE on D[, subject to …]":
/// the outcome of the last withdrawal read, stated by the depositary. Returns whether it was one.
bool read_outcome(std::string_view s, std::string_view state, std::vector<note_event>& out) {
  const std::string took = "took effect for " + std::string(state) + " on ";
  const std::string will = "will take effect for " + std::string(state) + " on ";
  auto k = s.find(took);
  const bool pending = k == std::string_view::npos;
  if (pending) k = s.find(will);
  if (k == std::string_view::npos || out.empty() || out.back().kind != action_kind::denunciation) return false;
  auto d = date_in(s, k + (pending ? will.size() : took.size()));
  if (!d) return false;
  out.back().stated_effect = d->first;
  out.back().pending = pending;
  std::string& told = out.back().sentence;  // from another note, it may end with its full stop
  while (!told.empty() && told.back() == '.') told.pop_back();
  told += ". " + std::string(s);
  return true;
}

/// One sentence of a note: a denunciation or withdrawal notified, a re-accession, or the outcome of
/// the last withdrawal read, appended to `out`. `last` is the date of the previous dated sentence.
/// Returns whether the sentence was one of these.
bool read_sentence(std::string_view s, std::string_view state, const std::string& government,
                   std::optional<date_t>& last, std::vector<note_event>& out) {
  if (s.rfind("On ", 0) != 0) return read_outcome(s, state, out);
  std::optional<date_t> on;
  if (s.rfind("On that same date", 0) == 0)
    on = last;
  else if (s.size() > 3 && std::isdigit(static_cast<unsigned char>(s[3])))
    if (auto d = date_in(s, 3)) on = d->first;
  if (!on) return false;
  last = on;
  const auto g = s.find(government);
  if (g == std::string_view::npos) return false;
  const std::string_view rest = s.substr(g + government.size());
  if (rest.rfind(" re-acceded", 0) == 0 || rest.rfind(" acceded", 0) == 0) {
    out.push_back({action_kind::accession, *on, std::nullopt, std::nullopt, false, std::string(s)});
    return true;
  }
  if (starts(rest, {" notified", " informed", " deposited", " submitted"}) && !about_another_treaty(rest) &&
      (rest.find("denunciation") != std::string_view::npos || rest.find("denounce") != std::string_view::npos ||
       withdraws_from_treaty(rest))) {
    note_event e{action_kind::denunciation, *on, std::nullopt, std::nullopt, false, std::string(s)};
    if (const auto w = rest.find("with effect from"); w != std::string_view::npos)
      if (auto d = date_in(rest, w)) e.effective = d->first;
    out.push_back(std::move(e));
    return true;
  }
  return false;
}

/// Whether sentence `s` tells of `state`'s own denunciation of the treaty or withdrawal from it, or of
/// its outcome: the State's Government is named at the head of the sentence ("On D, the Government of
/// STATE …", "On D, the Secretary-General received a notification from the Government of STATE …"),
/// and the sentence is neither about an objection nor about another treaty. A withdrawal of a
/// reservation is not one (`withdraws_from_treaty`).
bool tells_of_denunciation(std::string_view s, std::string_view state) {
  const std::string state_s(state);
  if (s.find("withdrawal took effect for " + state_s) != std::string_view::npos ||
      s.find("withdrawal will take effect for " + state_s) != std::string_view::npos)
    return true;
  // The State's Government is the sentence's subject, or the Secretary-General received from it.
  std::size_t g = std::string_view::npos;
  for (const char* from : {"the Government of ", "the Secretary-General received from the Government of ",
                           "the Secretary-General received a communication from the Government of ",
                           "the Secretary-General received a notification from the Government of "})
    for (const char* the : {"", "the "}) {
      const std::string subject = from + std::string(the) + state_s;
      const auto k = s.find(subject);
      if (k == std::string_view::npos || g != std::string_view::npos) continue;
      const auto head = s.substr(0, k);  // "On D, ", "Subsequently, on D, ", "By a notification received on D, "
      if (k == 0 || (head.size() <= 48 && (head.rfind("On ", 0) == 0 || head.rfind("Subsequently, on ", 0) == 0 ||
                                           head.rfind("By a notification received on ", 0) == 0)))
        g = k;
    }
  if (g == std::string_view::npos && s.rfind("The Government of " + state_s, 0) == 0) g = 0;
  if (g == std::string_view::npos) return false;
  const std::string_view rest = s.substr(g);
  if (rest.find("objection") != std::string_view::npos || about_another_treaty(rest)) return false;
  return rest.find("denounc") != std::string_view::npos || rest.find("denunciation") != std::string_view::npos ||
         withdraws_from_treaty(rest);
}

/// Where the sentence from `start` ends, and where the next begins: at a full stop followed by a
/// space (after a closing quotation mark too: '… until further notice." On …'), unless that full stop
/// closes an abbreviation ("ILO Convention No. 45", "vol. 999", "St. Helena"); the note's end else.
std::pair<std::size_t, std::size_t> sentence_end(std::string_view note, std::size_t start) {
  for (std::size_t end = note.find('.', start); end != std::string_view::npos; end = note.find('.', end + 1)) {
    std::size_t next = end + 1;
    while (next < note.size() && (note[next] == '"' || note.compare(next, 3, "\u201D") == 0))
      next += note[next] == '"' ? 1 : 3;
    if (next >= note.size() || note[next] != ' ') continue;
    const std::size_t word = note.find_last_of(' ', end);
    const std::string_view last = note.substr(word == std::string_view::npos ? 0 : word + 1, end - (word + 1));
    bool abbreviation = false;
    for (std::string_view a : {"No", "no", "Nos", "vol", "St", "para", "art", "Art", "p", "pp"})
      abbreviation = abbreviation || last == a;
    if (!abbreviation) return {end, next + 1};
  }
  return {note.size(), note.size()};
}

/// The note's sentences read in order: the events, and (when `unread` is given) the sentences about
/// `state` that tell of a denunciation or withdrawal but were not read.
void read_note(std::string_view note, std::string_view state, std::vector<note_event>& out,
               std::vector<std::string>* unread) {
  const std::string government = "the Government of " + std::string(state);
  std::optional<date_t> last;  // the date of the previous sentence, for "On that same date"
  std::size_t start = 0;
  while (start < note.size()) {
    const auto [end, next] = sentence_end(note, start);
    const std::string_view s = note.substr(start, end - start);
    start = next;
    if (!read_sentence(s, state, government, last, out) && unread && tells_of_denunciation(s, state))
      unread->emplace_back(s);
  }
}

}  // namespace

std::vector<note_event> read_denunciations(std::string_view note, std::string_view state) {
  std::vector<note_event> out;
  read_note(note, state, out, nullptr);
  return out;
}

std::vector<note_event> read_denunciations(const std::vector<std::string>& notes, std::string_view state) {
  std::vector<note_event> out;
  for (const auto& note : notes) read_note(note, state, out, nullptr);
  return out;
}

std::vector<std::string> unread_denunciations(std::string_view note, std::string_view state) {
  std::vector<note_event> events;
  std::vector<std::string> unread;
  read_note(note, state, events, &unread);
  return unread;
}

}  // namespace pacta::untc
