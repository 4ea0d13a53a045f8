// pacta/pacta.hpp — the whole public interface.
//
// pacta computes the dates of treaty law from the record of what States did: when a treaty entered
// into force, since when a State is bound, when a denunciation takes effect — each date with the
// article and the depositary-practice rule that produce it. docs/architecture.md says which file
// owns what.
//
// The model and its queries (no JSON; a translation unit that only queries includes these):
//   pacta/calendar.hpp          dates and the depositary's period arithmetic (rules P1–P7)
//   pacta/diagnostic.hpp        diagnostics and exceptions
//   pacta/diagnostic_codes.hpp  every diagnostic code with its meaning (`describe_code`)
//   pacta/treaty_rules.hpp      a treaty's final clauses as a value; OPSC, CRC, OPAC, OPIC built in
//   pacta/action.hpp            one recorded action; the table of action kinds
//   pacta/registry_data.hpp     a registry as data
//   pacta/participant.hpp       organizations and former States among the participants (rules E8, F1)
//   pacta/optional_declaration.hpp  optional declarations with their own entry into force (rule O1)
//   pacta/basis.hpp             a date with its basis (rule, article, reasoning)
//   pacta/state_record.hpp      a State's consents, denunciations, declarations; its status
//   pacta/entry_into_force.hpp  rules E1–E5, E7, E8 as pure functions
//   pacta/subject_to.hpp        rule E7: the later of a treaty's date and another's, applied
//   pacta/denunciation.hpp      rules D1 and D4 as pure functions
//   pacta/amendment.hpp         an amendment's record (rules A1–A3) and the binding text
//   pacta/json_value.hpp        `x-` members kept as read
//   pacta/record_options.hpp    the options of unsettled rules, with their defaults
//   pacta/state_handle.hpp      a State resolved once in a record
//   pacta/state_names.hpp       State names, ISO codes and other names; `name_key`
//   pacta/treaty_record.hpp     a validated registry and its queries (rules E1–E6, D1–D4, A1–A4)
//   pacta/reporting.hpp         reporting deadlines (rules R1–R3) over a record and a reports file
//   pacta/state_standing.hpp    one State under one treaty on a date: status, every date, reporting
//   pacta/rule_glossary.hpp     every rule code with a sentence a reader can follow
//   pacta/ical.hpp              dates as an iCalendar file (RFC 5545)
//   pacta/version.hpp           the version
// Reading, building and writing:
//   pacta/registry.hpp          the registry file (format pacta.registry/1)
//   pacta/treaty.hpp            treaty profiles (format pacta.treaty/1)
//   pacta/names.hpp             the name table (format pacta.states/1)
//   pacta/weights.hpp           a weighted condition's figures (format pacta.weights/1)
//   pacta/record.hpp            loading and building a record (every check, every date)
//   pacta/treaty_set.hpp        treaties loaded with the records their clauses need, in dependency order
//   pacta/state_across.hpp      one State across every treaty of a set: status, dates, reports due
//   pacta/reports_window.hpp    every report falling due in a window of dates, across a set
//   pacta/state_lookup.hpp      a State as people type it, to a registry's name (`match_state`)
//   pacta/reports.hpp           the reports file (pacta.reports/1)
//   pacta/registry_text.hpp     a registry's text, every value kept as written
//
// Not included here: pacta/writer.hpp (writing a registry back atomically, with a lock),
// pacta/json_shapes.hpp (the JSON the CLI prints) and pacta/input.hpp (reading other files as pacta
// reads its own). What touches the system (reading files, listing a data directory) is compiled
// into libpacta, so no header here includes a POSIX header or <filesystem>; PACTA_HEADER_ONLY
// (pacta/config.hpp) puts it in the headers instead. The library needs a POSIX system.
#pragma once

#include <pacta/action.hpp>
#include <pacta/amendment.hpp>
#include <pacta/basis.hpp>
#include <pacta/calendar.hpp>
#include <pacta/config.hpp>
#include <pacta/denunciation.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/diagnostic_codes.hpp>
#include <pacta/entry_into_force.hpp>
#include <pacta/ical.hpp>
#include <pacta/json_value.hpp>
#include <pacta/names.hpp>
#include <pacta/optional_declaration.hpp>
#include <pacta/participant.hpp>
#include <pacta/record.hpp>
#include <pacta/record_options.hpp>
#include <pacta/registry.hpp>
#include <pacta/registry_data.hpp>
#include <pacta/registry_text.hpp>
#include <pacta/reporting.hpp>
#include <pacta/reports.hpp>
#include <pacta/reports_window.hpp>
#include <pacta/rule_glossary.hpp>
#include <pacta/state_across.hpp>
#include <pacta/state_handle.hpp>
#include <pacta/state_lookup.hpp>
#include <pacta/state_names.hpp>
#include <pacta/state_record.hpp>
#include <pacta/state_standing.hpp>
#include <pacta/subject_to.hpp>
#include <pacta/treaty.hpp>
#include <pacta/treaty_record.hpp>
#include <pacta/treaty_rules.hpp>
#include <pacta/treaty_set.hpp>
#include <pacta/version.hpp>
#include <pacta/weights.hpp>
