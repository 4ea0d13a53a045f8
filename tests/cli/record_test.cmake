# pacta record, end to end, on a copy of tests/data/cli/record-base.json in WORK:
#  1. a valid action is written: the new file equals tests/cli/golden/record-after.json byte for
#     byte (the old file plus one line; keys, their order and x- fields kept);
#  2. an invalid action is refused with exit 1 and the file is unchanged (SHA-256);
#  3. a crash between the temporary file and the rename (PACTA_TEST_FAULT=after-temp-write) leaves
#     the old file intact and valid;
#  4. a registry path that is a directory is refused;
#  5. a full disk (PACTA_TEST_FAULT=disk-full) and a read-only file leave the file as it was, and
#     so for the other writers (calendar);
# (A read-only directory, for a user who is not root: tests/cli/record_nobody_test.cmake.)
# The faults are injected through PACTA_TEST_FAULT, which only the test build of the command
# (PACTA_HOOKS, pacta-test-hooks) reads.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(reg "${WORK}/registry.json")
file(COPY_FILE "${SOURCE}/tests/data/cli/record-base.json" "${reg}")

function(pacta_run expected)
  set(exe "${PACTA}")
  if(ENV_EXTRA)
    set(exe "${PACTA_HOOKS}")
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -E env NO_COLOR=1 ${ENV_EXTRA} "${exe}" ${ARGN}
    WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code STREQUAL "${expected}")
    message(FATAL_ERROR "pacta ${ARGN}: exit ${code}, expected ${expected}\n${out}\n${err}")
  endif()
  set(run_out "${out}" PARENT_SCOPE)
  set(run_err "${err}" PARENT_SCOPE)
endfunction()

# 1
pacta_run(0 record --registry "${reg}" --state ireland --action ratification --date 2026-03-02 --source "depositary notification")
file(READ "${reg}" after)
file(READ "${SOURCE}/tests/cli/golden/record-after.json" expected)
if(NOT after STREQUAL expected)
  message(FATAL_ERROR "the written registry differs from tests/cli/golden/record-after.json:\n${after}")
endif()
if(NOT run_out MATCHES "entry into force for Ireland: 2026-04-02 \\(OPSC art. 14\\(2\\), rule E3\\)")
  message(FATAL_ERROR "unexpected output: ${run_out}")
endif()

# 2
file(SHA256 "${reg}" before)
pacta_run(1 record --registry "${reg}" --state Ireland --action accession --date 2026-05-01)
file(SHA256 "${reg}" now)
if(NOT before STREQUAL now OR NOT run_err MATCHES "consent.duplicate" OR NOT run_err MATCHES "unchanged")
  message(FATAL_ERROR "an invalid action changed the file or said nothing useful:\n${run_err}")
endif()
# A date that is not one is a usage error (exit 2), the file unchanged: an impossible day, and a
# date written short (issue: "record --date 2026-01-2 blamed on the file").
foreach(bad 2026-02-30 2026-01-2)
  pacta_run(2 record --registry "${reg}" --state Ireland --action ratification --date ${bad})
  file(SHA256 "${reg}" now)
  if(NOT before STREQUAL now OR NOT run_err MATCHES "--date: .*${bad}.*nothing written")
    message(FATAL_ERROR "a bad --date changed the file or was not said as a usage error:\n${run_err}")
  endif()
endforeach()

# 3
set(ENV_EXTRA PACTA_TEST_FAULT=after-temp-write)
pacta_run(70 record --registry "${reg}" --state Kenya --action ratification --date 2026-06-01)
set(ENV_EXTRA)
file(SHA256 "${reg}" now)
if(NOT before STREQUAL now)
  message(FATAL_ERROR "a crash before the rename changed the registry")
endif()
pacta_run(0 check "${reg}")
file(GLOB leftovers "${WORK}/.registry.json.pacta-*")
if(NOT leftovers)
  message(FATAL_ERROR "the simulated crash left no temporary file: the fault was not injected")
endif()

# 4
file(MAKE_DIRECTORY "${WORK}/adir.json")
pacta_run(2 record --registry "${WORK}/adir.json" --state Kenya --action ratification --date 2026-06-01)

# 5
set(ENV_EXTRA PACTA_TEST_FAULT=disk-full)
pacta_run(1 record --registry "${reg}" --state Kenya --action ratification --date 2026-06-01)
set(ENV_EXTRA)
file(SHA256 "${reg}" now)
if(NOT before STREQUAL now OR NOT run_err MATCHES "No space left on device")
  message(FATAL_ERROR "a full disk changed the registry or said nothing useful:\n${run_err}")
endif()
file(GLOB leftovers "${WORK}/.registry.json.pacta-*")
if(leftovers)
  message(FATAL_ERROR "a full disk left temporary files: ${leftovers}")
endif()
file(CHMOD "${reg}" PERMISSIONS OWNER_READ GROUP_READ WORLD_READ)
pacta_run(1 record --registry "${reg}" --state Kenya --action ratification --date 2026-06-01)
file(SHA256 "${reg}" now)
if(NOT before STREQUAL now OR NOT run_err MATCHES "read-only")
  message(FATAL_ERROR "a read-only registry was changed or the refusal said nothing useful:\n${run_err}")
endif()
file(WRITE "${WORK}/cal.ics" "old calendar\n")
file(CHMOD "${WORK}/cal.ics" PERMISSIONS OWNER_READ)
pacta_run(1 calendar --ics "${WORK}/cal.ics" --state Benin --on 2026-02-03)
file(READ "${WORK}/cal.ics" cal)
if(NOT cal STREQUAL "old calendar\n")
  message(FATAL_ERROR "a read-only calendar file was overwritten")
endif()


# 6. Rule E5: a succession recorded without --effective takes its date of succession from the data
#    directory's successions table (data/successions.json), with the table's source, and says so.
set(succ "${WORK}/succession.json")
file(READ "${SOURCE}/data/registries/opsc.json" text)
string(REGEX REPLACE "\n    {\"state\": \"Montenegro\", \"action\": \"succession\"[^\n]*" "" text "${text}")
file(WRITE "${succ}" "${text}")
pacta_run(0 record --registry "${succ}" --state montenegro --action succession --date 2006-10-23)
file(READ "${succ}" after)
if(NOT after MATCHES "\"state\": \"Montenegro\", \"action\": \"succession\", \"date\": \"2006-10-23\", \"effective\": \"2006-06-03\", \"source\": \"Date of succession of States \\(separation, from Serbia and Montenegro\\)")
  message(FATAL_ERROR "a succession recorded without --effective: no date of succession from the table:\n${after}")
endif()
if(NOT run_err MATCHES "the date of succession of Montenegro, 2006-06-03, is the successions table's")
  message(FATAL_ERROR "record did not say where the date of succession came from: ${run_err}")
endif()

# 7. Rule E5: the table's date of succession is not used for a treaty that bound nobody then
#    (Solomon Islands, 7 July 1978, and the CED of 2006): recorded without it, and said so.
set(ced "${WORK}/ced.json")
file(READ "${SOURCE}/data/registries/ced.json" text)
file(WRITE "${ced}" "${text}")
pacta_run(0 record --registry "${ced}" --state "Solomon Islands" --action succession --date 2026-03-01)
file(READ "${ced}" after)
if(after MATCHES "\"state\": \"Solomon Islands\", \"action\": \"succession\", \"date\": \"2026-03-01\", \"effective\"")
  message(FATAL_ERROR "a table date of succession before the treaty's first act was used:\n${after}")
endif()
if(NOT run_err MATCHES "before the first act this registry records")
  message(FATAL_ERROR "record did not say why the table's date was not used: ${run_err}")
endif()
# Recording keeps the layout: participants and articles_in_force one element per line, and the file
# changes by the one action's line and as_of only (ICCPR: three former States, article 41's date).
set(iccpr "${WORK}/iccpr.json")
file(READ "${SOURCE}/data/registries/iccpr.json" before)
file(WRITE "${iccpr}" "${before}")
pacta_run(0 record --registry "${iccpr}" --state "Czech Republic" --action optional-declaration --article 41
  --date 2000-01-01)
file(READ "${iccpr}" after)
string(REGEX REPLACE "\n    {\"state\": \"Czech Republic\", \"action\": \"optional-declaration\"[^\n]*" "" back "${after}")
if(NOT back STREQUAL before)
  message(FATAL_ERROR "recording one declaration changed more than its line:\n${after}")
endif()
