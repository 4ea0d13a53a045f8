// pacta/version.hpp — the library's version.
#pragma once

#define PACTA_VERSION_MAJOR 0
#define PACTA_VERSION_MINOR 1
#define PACTA_VERSION_PATCH 0

namespace pacta {

/// "0.1.0"
inline constexpr const char* version = "0.1.0";

}  // namespace pacta
