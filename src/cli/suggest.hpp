// pacta CLI — "did you mean": the names close to what was typed (an option, a treaty id), offered
// only when one is close, never a far guess.
#pragma once

#include <pacta/diagnostic.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace pacta_cli {

/// The candidates close to `typed`: equal ignoring case, one containing the other (at least three
/// letters), or within max(1, a quarter of its length) edits. Closest first.
inline std::vector<std::string> close_to(const std::string& typed, const std::vector<std::string>& candidates) {
  auto lower = [](std::string s) {
    for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
  };
  const std::string want = lower(typed);
  std::vector<std::pair<std::size_t, std::string>> near;
  for (const auto& c : candidates) {
    const std::string have = lower(c);
    const std::size_t d = pacta::detail::edit_distance(have, want);
    const bool contains =
        want.size() >= 3 && (have.find(want) != std::string::npos || want.find(have) != std::string::npos);
    if (d <= std::max<std::size_t>(1, want.size() / 4))
      near.emplace_back(d, c);
    else if (contains)
      near.emplace_back(1000 + d, c);  // only when nothing is near by edits
  }
  if (!near.empty() && std::any_of(near.begin(), near.end(), [](const auto& n) { return n.first < 1000; }))
    near.erase(std::remove_if(near.begin(), near.end(), [](const auto& n) { return n.first >= 1000; }), near.end());
  std::stable_sort(near.begin(), near.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (const auto& n : near)
    if (std::find(out.begin(), out.end(), n.second) == out.end()) out.push_back(n.second);
  return out;
}

/// "; did you mean "a" or "b"?" for the close candidates; empty when none is close.
inline std::string did_you_mean(const std::string& typed, const std::vector<std::string>& candidates) {
  const auto near = close_to(typed, candidates);
  if (near.empty()) return "";
  std::string out = "; did you mean";
  for (std::size_t k = 0; k < near.size() && k < 4; ++k)
    out += std::string(k == 0                                           ? " "
                       : k + 1 == std::min<std::size_t>(near.size(), 4) ? " or "
                                                                        : ", ") +
           "\"" + near[k] + "\"";
  return out + "?";
}

/// The long options a command accepts (its own and the program's), as typed: "--on".
inline std::vector<std::string> long_options(const CLI::App& app, const CLI::App* sub) {
  std::vector<std::string> out;
  for (const CLI::App* a : {&app, sub})
    if (a)
      for (const CLI::Option* o : a->get_options())
        for (const auto& n : o->get_lnames()) out.push_back("--" + n);
  return out;
}

/// Why the command line has an option its command does not take, with what was probably meant: a
/// close option of that command, or the commands that take it ("--state is an option of state,
/// calendar, not of reports"). Empty when every option is known.
inline std::string unknown_option_message(CLI::App& app, int argc, char** argv) {
  const CLI::App* sub = nullptr;
  for (int i = 1; i < argc && !sub; ++i)
    for (const CLI::App* s : app.get_subcommands({}))
      if (s->get_name() == argv[i]) sub = s;
  const auto known = long_options(app, sub);
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("--", 0) != 0 || arg == "--") continue;
    arg = arg.substr(0, arg.find('='));
    if (std::find(known.begin(), known.end(), arg) != known.end()) continue;
    const std::string where = sub ? "pacta " + sub->get_name() : std::string("pacta");
    std::string msg = (sub ? sub->get_name() + " has" : std::string("there is")) + " no option " +
                      pacta::detail::show_value(arg) + did_you_mean(arg, known);
    std::string others;
    for (const CLI::App* s : app.get_subcommands({}))
      if (s != sub && s->get_option_no_throw(arg)) others += (others.empty() ? "" : ", ") + s->get_name();
    if (!others.empty()) msg += " (" + arg + " is an option of " + others + ")";
    return msg + " (see " + where + " --help)";
  }
  return "";
}

}  // namespace pacta_cli
