# pacta record, end to end, on a copy of tests/data/cli/record-base.json in WORK:
#  1. a valid action is written: the new file equals tests/cli/golden/record-after.json byte for
#     byte (the old file plus one line; keys, their order and x- fields kept);
#  2. an invalid action is refused with exit 1 and the file is unchanged (SHA-256);
#  3. a crash between the temporary file and the rename (PACTA_TEST_FAULT=after-temp-write) leaves
#     the old file intact and valid;
#  4. a registry path that is a directory is refused;
#  5. a full disk (PACTA_TEST_FAULT=disk-full) and a read-only file leave the file as it was, and
#     so for the other writers (calendar);
#  6. a read-only directory, for a user who is not root (run as nobody through setpriv when that
#     is possible here; root may write into any directory).
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(reg "${WORK}/registry.json")
file(COPY_FILE "${SOURCE}/tests/data/cli/record-base.json" "${reg}")

function(pacta_run expected)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env NO_COLOR=1 ${ENV_EXTRA} "${PACTA}" ${ARGN}
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
pacta_run(1 record --registry "${reg}" --state Ireland --action ratification --date 2026-02-30)
file(SHA256 "${reg}" now)
if(NOT before STREQUAL now OR NOT run_err MATCHES "date.invalid")
  message(FATAL_ERROR "an impossible date changed the file:\n${run_err}")
endif()

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
file(REMOVE ${leftovers})

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

# 6
file(MAKE_DIRECTORY "${WORK}/ro")
file(COPY_FILE "${SOURCE}/tests/data/cli/record-base.json" "${WORK}/ro/registry.json")
file(CHMOD "${WORK}/ro/registry.json" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ GROUP_WRITE WORLD_READ WORLD_WRITE)
file(CHMOD "${WORK}/ro" PERMISSIONS OWNER_READ OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
file(CHMOD "${WORK}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
find_program(SETPRIV setpriv)
set(as_nobody "")
if(SETPRIV)
  execute_process(COMMAND "${SETPRIV}" --reuid=65534 --regid=65534 --clear-groups "${PACTA}" --version
    RESULT_VARIABLE can OUTPUT_QUIET ERROR_QUIET)
  if(can EQUAL 0)
    set(as_nobody "${SETPRIV}" --reuid=65534 --regid=65534 --clear-groups)
  endif()
endif()
if(as_nobody)
  file(SHA256 "${WORK}/ro/registry.json" ro_before)
  execute_process(COMMAND ${as_nobody} "${PACTA}" record --registry "${WORK}/ro/registry.json" --state Kenya
      --action ratification --date 2026-06-01
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  file(SHA256 "${WORK}/ro/registry.json" ro_now)
  message(STATUS "read-only directory as nobody: exit ${code}: ${err}")
  if(NOT code EQUAL 1 OR NOT ro_before STREQUAL ro_now OR NOT err MATCHES "cannot create a temporary file")
    message(FATAL_ERROR "a read-only directory: exit ${code}, file changed: ${ro_before} ${ro_now}\n${err}")
  endif()
else()
  message(STATUS "read-only directory case skipped: cannot run as nobody here")
endif()
file(CHMOD "${WORK}/ro" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
