// pacta CLI — the `--option NAME=VALUE` parser (see options.hpp), over the library's table of the
// unsettled points (pacta::record_option_table).
#include "options.hpp"

namespace pacta_cli {

bool apply_option(const std::string& text, pacta::record_options& o, std::string& error) {
  const auto eq = text.find('=');
  const std::string name = text.substr(0, eq), value = eq == std::string::npos ? "" : text.substr(eq + 1);
  const pacta::record_option* option = pacta::find_record_option(name);
  if (!option) {
    std::string names;
    for (const auto& r : pacta::record_option_table) names += (names.empty() ? "" : ", ") + std::string(r.name);
    error = "--option " + pacta::detail::show_value(text) + ": unknown; one of " + names + " (NAME=VALUE; docs/cli.md)";
    return false;
  }
  if (option->set(o, value)) return true;
  error = "--option " + name + " takes " + option->keys() + ", not " + pacta::detail::show_value(value);
  return false;
}

std::string option_help() {
  std::string out = "NAME=VALUE (repeatable): the choice for an unsettled rule: ";
  bool first = true;
  for (const auto& r : pacta::record_option_table) {
    out += (first ? "" : ", ") + std::string(r.name) + "=" + r.keys();
    first = false;
  }
  return out + ". Default: the first of each (docs/rules.md).";
}

}  // namespace pacta_cli
