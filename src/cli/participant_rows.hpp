// pacta CLI — one row per participant of a treaty on a date (signature, consent, entry into force
// and its basis, status, denunciation): what `pacta parties` prints and `pacta site` shows on an
// instrument's page.
#pragma once

#include <pacta/record.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace pacta_cli {

/// One State's row, as it stood on the date.
struct row {
  std::string state, signature, consent, consent_date, eif, basis, status, den_received, den_effective;
  pacta::participant_kind kind = pacta::participant_kind::state;
  const pacta::consent_record* c = nullptr;
  std::optional<pacta::dated> eif_basis;
};

/// The row of State `s` on `on`: what had happened by that date.
inline row row_of(const pacta::treaty_record& rec, const pacta::state_record& s, pacta::status st, pacta::date_t on,
                  bool all) {
  row r;
  r.state = s.state;
  r.kind = s.kind;
  if (s.signature && (all || *s.signature <= on)) r.signature = pacta::to_iso(*s.signature);
  // The consent that decides the status on `on`, so that the row's columns agree with its status;
  // with --all, a State that had not yet consented shows its first consent.
  r.c = rec.consent_on(s.state, on);
  if (!r.c && all && !s.consents.empty()) r.c = &s.consents.front();
  if (r.c) {
    r.consent = pacta::to_key(r.c->kind);
    r.consent_date = pacta::to_iso(r.c->deposit);
    r.eif_basis = rec.entry_into_force_of(*r.c);
    if (r.eif_basis) {
      r.eif = pacta::to_iso(r.eif_basis->date);
      r.basis = rec.cite(r.eif_basis->why);
    }
    for (const auto& d : r.c->denunciations) {  // the denunciation that decides the status on `on`
      if (d.withdrawn && *d.withdrawn <= on) continue;
      if (d.received > on) continue;
      r.den_received = pacta::to_iso(d.received);
      r.den_effective = pacta::to_iso(d.effective.date);
    }
  }
  r.status = pacta::to_key(st);
  return r;
}

/// One row per State that is a participant on `on` (or every State of the registry with `all`),
/// by name.
inline std::vector<row> rows_on(const pacta::treaty_record& rec, pacta::date_t on, bool all) {
  std::vector<row> rows;
  for (const auto& s : rec.states()) {
    const auto st = rec.status_code(s.state, on);
    if (!all && st == pacta::status::not_participant) continue;
    rows.push_back(row_of(rec, s, st, on, all || s.kind == pacta::participant_kind::former_state));
  }
  // By name; the former States (rule F1) after every participant of today.
  std::sort(rows.begin(), rows.end(), [](const row& a, const row& b) {
    const bool fa = a.kind == pacta::participant_kind::former_state,
               fb = b.kind == pacta::participant_kind::former_state;
    return fa != fb ? fb : a.state < b.state;
  });
  return rows;
}

}  // namespace pacta_cli
