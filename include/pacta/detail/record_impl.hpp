// pacta/detail/record_impl.hpp — the definition of `pacta::try_build_record` (pacta/record.hpp):
// the build, every rule family over a registry's actions (pacta/detail/build_record.hpp). Compiled
// once into libpacta (src/lib/record.cpp), or included by record.hpp in header-only mode
// (PACTA_HEADER_ONLY). Not to be included otherwise: it holds no include of record.hpp, which
// includes it (no cycle).
#pragma once

#include <pacta/config.hpp>
#include <pacta/detail/build_record.hpp>

namespace pacta {

PACTA_INLINE std::optional<treaty_record> try_build_record(registry reg, treaty_rules rules,
                                                           std::vector<diagnostic>& diags,
                                                           const std::vector<const treaty_record*>& parents,
                                                           record_options options) {
  detail::record_builder b(std::move(reg), std::move(rules), options);
  const std::size_t before = diags.size();
  b.build(parents, diags);
  if (diags.size() == before)
    for (auto& d : detail::date_range_faults(b)) diags.push_back(std::move(d));
  if (diags.size() != before) return std::nullopt;
  return treaty_record(std::move(b).parts());
}

}  // namespace pacta
