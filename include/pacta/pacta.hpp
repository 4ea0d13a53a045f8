// pacta/pacta.hpp — the whole public interface.
//
// pacta computes the dates of treaty law from the record of what States did: when a treaty entered
// into force, since when a State is bound, when a denunciation takes effect — each date with the
// article and the depositary-practice rule that produce it.
//
//   pacta/calendar.hpp    dates and the depositary's period arithmetic (rules P1–P6)
//   pacta/diagnostic.hpp  diagnostics and exceptions
//   pacta/treaty.hpp      a treaty's final clauses as a value; the OPSC and the Convention built in
//   pacta/registry.hpp    the registry of State actions (format pacta.registry/1)
//   pacta/record.hpp      a validated registry and the computations (rules E1–E6, D1–D3, A1–A4)
//   pacta/ical.hpp        dates as an iCalendar file (RFC 5545)
//   pacta/names.hpp       State names, ISO codes and other names (data/states.json)
//   pacta/reports.hpp     reporting deadlines (rules R1–R3) and the reports file (pacta.reports/1)
//
// Not included here, as it needs POSIX: pacta/writer.hpp, writing a registry back atomically.
#pragma once

#include <pacta/calendar.hpp>
#include <pacta/diagnostic.hpp>
#include <pacta/ical.hpp>
#include <pacta/names.hpp>
#include <pacta/record.hpp>
#include <pacta/registry.hpp>
#include <pacta/reports.hpp>
#include <pacta/treaty.hpp>
#include <pacta/version.hpp>
