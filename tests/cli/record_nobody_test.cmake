# pacta record in a directory the user may not write into, as a user who is not root (root may
# write into any directory): nothing is written, and the message says why. Runs pacta as nobody
# (setpriv) on a copy of the command and of a registry in a fresh directory under the system's
# temporary directory (with the bundled data), so that it works wherever the source tree is (even in a directory only
# root can enter). Where nobody cannot run it here, the test says so and is reported as skipped.
string(RANDOM LENGTH 10 _suffix)
set(tmp "$ENV{TMPDIR}")
if(NOT tmp)
  set(tmp "/tmp")
endif()
set(WORK "${tmp}/pacta-record-nobody-${_suffix}")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/ro")
file(COPY_FILE "${PACTA}" "${WORK}/pacta")
file(CHMOD "${WORK}/pacta" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
file(COPY "${SOURCE}/data" DESTINATION "${WORK}")
file(COPY_FILE "${SOURCE}/tests/data/cli/record-base.json" "${WORK}/ro/registry.json")
file(CHMOD "${WORK}/ro/registry.json" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ GROUP_WRITE WORLD_READ WORLD_WRITE)
file(CHMOD "${WORK}/ro" PERMISSIONS OWNER_READ OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
file(CHMOD "${WORK}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

find_program(SETPRIV setpriv)
set(why "")
if(NOT SETPRIV)
  set(why "setpriv is not installed")
else()
  set(as_nobody "${SETPRIV}" --reuid=65534 --regid=65534 --clear-groups)
  execute_process(COMMAND ${as_nobody} "${WORK}/pacta" --data-dir "${WORK}/data" check "${WORK}/ro/registry.json"
    RESULT_VARIABLE can OUTPUT_QUIET ERROR_VARIABLE can_err)
  if(NOT can EQUAL 0)
    set(why "nobody cannot run pacta on a file in ${WORK} here (${can_err})")
  endif()
endif()
if(why)
  file(REMOVE_RECURSE "${WORK}")
  message("SKIPPED: the read-only directory case needs a user who is not root: ${why}")
  return()
endif()
file(SHA256 "${WORK}/ro/registry.json" ro_before)
execute_process(COMMAND ${as_nobody} "${WORK}/pacta" --data-dir "${WORK}/data" record --registry "${WORK}/ro/registry.json" --state Kenya
    --action ratification --date 2026-06-01
  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(SHA256 "${WORK}/ro/registry.json" ro_now)
file(CHMOD "${WORK}/ro" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
file(REMOVE_RECURSE "${WORK}")
message(STATUS "read-only directory as nobody: exit ${code}: ${err}")
if(NOT code EQUAL 1 OR NOT ro_before STREQUAL ro_now OR NOT err MATCHES "cannot create a temporary file")
  message(FATAL_ERROR "a read-only directory: exit ${code}, file changed: ${ro_before} ${ro_now}\n${err}")
endif()
