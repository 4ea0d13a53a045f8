// pacta CLI — `--option NAME=VALUE`: the choice for one unsettled rule (docs/rules.md).
#pragma once

#include <pacta/record.hpp>

#include <string>

namespace pacta_cli {

/// Sets the choice that `text` ("amendment-count=approval", …) names in `o`. Returns false, with a
/// message in `error`, for an unknown name or value.
bool apply_option(const std::string& text, pacta::record_options& o, std::string& error);

/// The help of `--option`: every name with its values, the default first.
std::string option_help();

}  // namespace pacta_cli
