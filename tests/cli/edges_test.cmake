# pacta at its edges (docs/reliability.md): every case here once failed silently. Run with
# PACTA (the command), PACTA_HOOKS (the same with PACTA_TEST_FAULT), SOURCE and WORK.
#  1. 30 `record` runs at once on one registry: every one that says "recorded" is in the file.
#  2. a symbolic link stays a link (its target is updated); a hard-linked file is refused.
#  3. owner, group and mode are kept; a new file gets 0666 less the umask.
#  4. output that cannot be written (a full disk) exits non-zero; /dev/stdout is written in place.
#  5. a State that is not in the registry is refused (exit 2) and the file is unchanged byte for byte.
#  6. a missing or wrong parent registry is refused; --no-parent says what it skipped.
#  7. a date past 9999-12-31 is refused (date.range), never printed modulo 10000.
#  8. killed runs leave temporary files that the next `record` removes; SIGTERM removes its own.
#  9. `check -` reads a pipe once; a FIFO with no writer does not hang; empty --on and --state are refused.
# 10. numbers in x- fields are kept digit for digit; a registry with a 250-byte name can be written.
cmake_minimum_required(VERSION 3.21)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(base "${SOURCE}/tests/data/cli/record-base.json")

function(run expected)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env NO_COLOR=1 ${ARGN}
    WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
  if(NOT code STREQUAL "${expected}")
    message(FATAL_ERROR "${ARGN}: exit ${code}, expected ${expected}\nstdout: ${out}\nstderr: ${err}")
  endif()
  set(run_out "${out}" PARENT_SCOPE)
  set(run_err "${err}" PARENT_SCOPE)
endfunction()

function(expect_match text regex what)
  if(NOT text MATCHES "${regex}")
    message(FATAL_ERROR "${what}: expected to match \"${regex}\", got:\n${text}")
  endif()
endfunction()

# Runs a command that must be refused with exit `expected` and a message matching `regex`, and
# leave `file` byte for byte as it was.
function(run_refused expected file regex what)
  file(SHA256 "${file}" before)
  run(${expected} ${ARGN})
  expect_match("${run_err}" "${regex}" "${what}")
  file(SHA256 "${file}" after)
  if(NOT before STREQUAL after)
    message(FATAL_ERROR "${what}: the refused command changed ${file}")
  endif()
endfunction()

# 1. Thirty writers at once: execute_process starts the commands of a pipeline together.
set(reg "${WORK}/many.json")
file(COPY_FILE "${base}" "${reg}")
set(states Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan Belgium Benin Brazil Bulgaria
  "Burkina Faso" Cambodia Canada Chile China Colombia Croatia Cyprus Denmark Ecuador Egypt Estonia Finland France
  Georgia Germany Ghana Greece)
set(commands "")
foreach(s IN LISTS states)
  # Each writes to /dev/null, not into the next command of the pipeline (which would not read it).
  list(APPEND commands COMMAND sh -c "exec \"$0\" \"$@\" >/dev/null" "${PACTA}" record --registry "${reg}"
    --state "${s}" --action signature --date 2026-03-01)
endforeach()
execute_process(${commands} WORKING_DIRECTORY "${WORK}" RESULTS_VARIABLE codes OUTPUT_QUIET ERROR_VARIABLE errs TIMEOUT 300)
list(LENGTH codes n)
if(NOT n EQUAL 30)
  message(FATAL_ERROR "expected 30 runs, got ${n}: ${codes}\n${errs}")
endif()
file(READ "${reg}" text)
set(i 0)
foreach(s IN LISTS states)
  list(GET codes ${i} c)
  math(EXPR i "${i} + 1")
  if(c EQUAL 0 AND NOT text MATCHES "\"state\": \"${s}\", \"action\": \"signature\", \"date\": \"2026-03-01\"")
    message(FATAL_ERROR "record said it recorded ${s}'s signature, but the file lacks it (a lost update)")
  endif()
  if(NOT c EQUAL 0)
    message(FATAL_ERROR "record of ${s} exited ${c}:\n${errs}")
  endif()
endforeach()
run(0 "${PACTA}" check "${reg}")

# 2. Links.
file(COPY_FILE "${base}" "${WORK}/target.json")
file(CREATE_LINK "target.json" "${WORK}/link.json" SYMBOLIC)
run(0 "${PACTA}" record --registry "${WORK}/link.json" --state Ireland --action ratification --date 2026-03-02)
if(NOT IS_SYMLINK "${WORK}/link.json")
  message(FATAL_ERROR "record replaced the symbolic link with a file")
endif()
file(READ "${WORK}/target.json" t)
expect_match("${t}" "\"state\": \"Ireland\", \"action\": \"ratification\"" "the link's target")
file(CREATE_LINK "${WORK}/target.json" "${WORK}/hard.json")
file(SHA256 "${WORK}/target.json" before)
run(1 "${PACTA}" record --registry "${WORK}/target.json" --state Kenya --action ratification --date 2026-03-03)
expect_match("${run_err}" "2 hard links" "a hard-linked registry")
file(SHA256 "${WORK}/hard.json" now)
if(NOT before STREQUAL now)
  message(FATAL_ERROR "a hard-linked registry was split")
endif()
file(REMOVE "${WORK}/hard.json")

# 3. Owner, group and mode; the umask.
execute_process(COMMAND id -u OUTPUT_VARIABLE uid OUTPUT_STRIP_TRAILING_WHITESPACE)
file(COPY_FILE "${base}" "${WORK}/owned.json")
if(uid STREQUAL "0")
  execute_process(COMMAND chown 65534:65534 "${WORK}/owned.json" RESULT_VARIABLE chowned)
else()
  set(chowned 1)
  message(STATUS "owner case skipped: only root can give a file to another user")
endif()
file(CHMOD "${WORK}/owned.json" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ)
execute_process(COMMAND stat -c "%u:%g %a" "${WORK}/owned.json" OUTPUT_VARIABLE own_before OUTPUT_STRIP_TRAILING_WHITESPACE)
run(0 "${PACTA}" record --registry "${WORK}/owned.json" --state Ireland --action ratification --date 2026-03-02)
execute_process(COMMAND stat -c "%u:%g %a" "${WORK}/owned.json" OUTPUT_VARIABLE own_after OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT own_before STREQUAL own_after)
  message(FATAL_ERROR "record changed owner or mode: ${own_before} -> ${own_after}")
endif()
if(chowned EQUAL 0 AND NOT own_after MATCHES "^65534:65534 640$")
  message(FATAL_ERROR "the file is not nobody's 0640 any more: ${own_after}")
endif()
run(0 sh -c "umask 027 && exec \"$0\" calendar --ics new.ics --state Benin --on 2026-02-03" "${PACTA}")
execute_process(COMMAND stat -c "%a" "${WORK}/new.ics" OUTPUT_VARIABLE mode OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT mode STREQUAL "640")
  message(FATAL_ERROR "a new file under umask 027 has mode ${mode}, not 640")
endif()

# 4. Output that did not arrive.
execute_process(COMMAND "${PACTA}" parties --on 2026-02-03 OUTPUT_FILE /dev/full RESULT_VARIABLE code ERROR_VARIABLE err)
if(code EQUAL 0 OR NOT err MATCHES "cannot write to standard output")
  message(FATAL_ERROR "pacta parties > /dev/full: exit ${code}: ${err}")
endif()
run(0 "${PACTA}" timeline --svg /dev/stdout)
expect_match("${run_out}" "^<svg" "timeline --svg /dev/stdout")

# 5. Phantom States.
file(COPY_FILE "${base}" "${WORK}/phantom.json")
file(SHA256 "${WORK}/phantom.json" before)
foreach(typed Irelnd "Atlantis" "Ruritania")
  run(2 "${PACTA}" record --registry "${WORK}/phantom.json" --state "${typed}" --action ratification --date 2026-03-02)
endforeach()
expect_match("${run_err}" "--new-state" "the refusal of an unknown State")
file(SHA256 "${WORK}/phantom.json" now)
if(NOT before STREQUAL now)
  message(FATAL_ERROR "a refused State changed the file")
endif()

# 6. Parents.
file(MAKE_DIRECTORY "${WORK}/no-data")
run(1 "${PACTA}" --data-dir "${WORK}/no-data" record --registry "${WORK}/phantom.json" --state Kenya --action ratification --date 2026-03-02)
expect_match("${run_err}" "needs the registry of \"crc\".*registry.parent" "a missing parent")
run(1 "${PACTA}" --data-dir "${WORK}/no-data" check "${WORK}/phantom.json")
expect_match("${run_err}" "registry.parent" "check without the parent")
run(1 "${PACTA}" record --registry "${WORK}/phantom.json" --parent "${SOURCE}/data/registries/opac.json" --state Kenya --action ratification --date 2026-03-02)
expect_match("${run_err}" "is a registry of \"opac\"" "a wrong parent")
file(SHA256 "${WORK}/phantom.json" now)
if(NOT before STREQUAL now)
  message(FATAL_ERROR "a refused parent changed the file")
endif()
run(0 "${PACTA}" --data-dir "${WORK}/no-data" --no-parent check "${WORK}/phantom.json")
expect_match("${run_out}" "NOT checked: --no-parent" "check --no-parent")

# 7. Dates past 9999.
run(1 "${PACTA}" record --registry "${WORK}/phantom.json" --state Kenya --action ratification --date 9999-12-15)
expect_match("${run_err}" "year 10000.*date.range" "a ratification of 9999-12-15")

# 8. Temporary files of killed runs.
file(COPY_FILE "${base}" "${WORK}/killed.json")
foreach(k 1 2 3)
  run(70 PACTA_TEST_FAULT=after-temp-write "${PACTA_HOOKS}" record --registry "${WORK}/killed.json" --state Kenya --action ratification --date 2026-03-02)
endforeach()
# Each killed run removed the one before it left; the last one's is there.
file(GLOB left "${WORK}/.killed.json.pacta-*")
list(LENGTH left n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "expected 1 temporary file from the killed runs, found ${n}")
endif()
run(0 "${PACTA}" record --registry "${WORK}/killed.json" --state Kenya --action ratification --date 2026-03-02)
expect_match("${run_err}" "removed 1 temporary file that" "the next record")
file(GLOB left "${WORK}/.killed.json.pacta-*")
if(left)
  message(FATAL_ERROR "temporary files left after the next record: ${left}")
endif()
find_program(TIMEOUT timeout)
if(TIMEOUT)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env PACTA_TEST_FAULT=pause-before-rename
      "${TIMEOUT}" -s TERM 1 "${PACTA_HOOKS}" record --registry "${WORK}/killed.json" --state Ireland
      --action ratification --date 2026-03-04 RESULT_VARIABLE code OUTPUT_QUIET ERROR_QUIET)
  file(GLOB left "${WORK}/.killed.json.pacta-*")
  if(NOT code EQUAL 124 OR left)
    message(FATAL_ERROR "SIGTERM during a write: exit ${code}, left ${left}")
  endif()
endif()

# 9. Pipes, FIFOs, empty values.
execute_process(COMMAND cat "${base}" COMMAND "${PACTA}" check - RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0 OR NOT out MATCHES "^-: valid OPSC registry")
  message(FATAL_ERROR "check - on a pipe: exit ${code}\n${out}\n${err}")
endif()
find_program(MKFIFO mkfifo)
if(MKFIFO)
  execute_process(COMMAND "${MKFIFO}" "${WORK}/fifo")
  execute_process(COMMAND "${PACTA}" check "${WORK}/fifo" RESULT_VARIABLE code ERROR_VARIABLE err TIMEOUT 20)
  if(NOT code EQUAL 1)
    message(FATAL_ERROR "check on a FIFO without a writer: ${code} (it must end, refusing the empty input)\n${err}")
  endif()
endif()
run(2 "${PACTA}" parties --on "")
run(2 "${PACTA}" calendar --ics - --state "")

# 10. Exact numbers; long names.
file(READ "${base}" t)
string(REPLACE "\"x-office\": \"treaty section, desk 4\"" "\"x-office\": 123456789012345678901234567890, \"x-ratio\": 1.50" t "${t}")
file(WRITE "${WORK}/numbers.json" "${t}")
run(0 "${PACTA}" record --registry "${WORK}/numbers.json" --state Ireland --action ratification --date 2026-03-02)
file(READ "${WORK}/numbers.json" t)
expect_match("${t}" "\"x-office\": 123456789012345678901234567890,\n  \"x-ratio\": 1.50," "x- numbers after record")
string(REPEAT "n" 245 long)
file(COPY_FILE "${base}" "${WORK}/${long}.json")
run(0 "${PACTA}" record --registry "${WORK}/${long}.json" --state Ireland --action ratification --date 2026-03-02)

# 11. Calendar UIDs of States the name table does not know, whose names fold alike, differ (ten
#     instruments, so that the Protocol enters into force and every State owes an initial report, next
#     on the date asked).
set(acts "")
set(day 1)
foreach(name Land Öland Ñland Alpha Beta Gamma Delta Epsilon Zeta Eta)
  string(APPEND acts "    {\"state\": \"${name}\", \"action\": \"ratification\", \"date\": \"2001-01-1${day}\"},\n")
  math(EXPR day "(${day} + 1) % 10")
endforeach()
string(REGEX REPLACE ",\n$" "\n" acts "${acts}")
file(WRITE "${WORK}/folded.json" "{\n  \"format\": \"pacta.registry/1\",\n  \"treaty\": \"opsc\",\n  \"as_of\": \"2026-02-03\",\n  \"source\": \"States whose names differ only in accents\",\n  \"actions\": [\n${acts}  ]\n}\n")
string(REPLACE "2001-" "1995-" crc_acts "${acts}")
file(WRITE "${WORK}/folded-crc.json" "{\n  \"format\": \"pacta.registry/1\",\n  \"treaty\": \"crc\",\n  \"as_of\": \"2026-02-03\",\n  \"source\": \"the same States, parties to the Convention\",\n  \"actions\": [\n${crc_acts}  ]\n}\n")
run(0 "${PACTA}" --registry "${WORK}/folded-crc.json" --registry "${WORK}/folded.json" calendar --ics "${WORK}/folded.ics" --on 2002-01-01)
file(STRINGS "${WORK}/folded.ics" uids REGEX "^UID:opsc-report-initial-")
list(REMOVE_DUPLICATES uids)
list(LENGTH uids n)
if(NOT n EQUAL 10)
  message(FATAL_ERROR "ten States, ${n} distinct initial-report UIDs: ${uids}")
endif()

# 12. Found by trying the above as an attacker would.
# --no-parent still uses a bundled parent, and never computes reports without the Convention.
file(COPY_FILE "${SOURCE}/data/registries/opsc.json" "${WORK}/o2.json")
run(0 "${PACTA}" --registry "${WORK}/o2.json" reports --on 2026-02-03 --format csv)
set(with_parent "${run_out}")
run(0 "${PACTA}" --registry "${WORK}/o2.json" --no-parent reports --on 2026-02-03 --format csv)
if(NOT run_out STREQUAL with_parent)
  message(FATAL_ERROR "--no-parent changed the report dates although the Convention's registry is bundled")
endif()
run(1 "${PACTA}" --data-dir "${WORK}/no-data" --registry "${WORK}/o2.json" --no-parent reports --on 2026-02-03)
expect_match("${run_err}" "registry.parent" "reports without the Convention")
# A regular file under /dev (tmpfs) is written atomically like any other.
if(IS_DIRECTORY /dev/shm)
  string(RANDOM LENGTH 8 r)
  set(shm "/dev/shm/pacta-edges-${r}.json")
  file(COPY_FILE "${base}" "${shm}")
  file(SHA256 "${shm}" before)
  run(1 PACTA_TEST_FAULT=disk-full "${PACTA_HOOKS}" record --registry "${shm}" --state Kenya --action ratification --date 2026-03-02)
  file(SHA256 "${shm}" now)
  file(REMOVE "${shm}")
  if(NOT before STREQUAL now)
    message(FATAL_ERROR "a failed write to a file under /dev/shm changed it")
  endif()
endif()
# A descriptor the shell opened for appending is appended to.
file(WRITE "${WORK}/log" "keep\n")
run(0 sh -c "exec \"$0\" timeline --svg /dev/stderr 2>>log" "${PACTA}")
file(READ "${WORK}/log" log)
expect_match("${log}" "^keep\n<svg" "timeline --svg /dev/stderr 2>>log")
run(0 sh -c "exec \"$0\" calendar --ics //dev/./stdout --state Benin --on 2026-02-03 >>log" "${PACTA}")
file(READ "${WORK}/log" log)
expect_match("${log}" "^keep\n<svg.*BEGIN:VCALENDAR" "calendar --ics //dev/./stdout >>log")
# A record whose confirmation cannot be printed says it was recorded, with exit code 3.
file(COPY_FILE "${base}" "${WORK}/full.json")
execute_process(COMMAND "${PACTA}" record --registry "${WORK}/full.json" --state Kenya --action ratification --date 2026-03-02
  OUTPUT_FILE /dev/full RESULT_VARIABLE code ERROR_VARIABLE err)
if(NOT code EQUAL 3 OR NOT err MATCHES "WAS recorded")
  message(FATAL_ERROR "record > /dev/full: exit ${code}: ${err}")
endif()
# A file edited in place by another program while record waits is not overwritten.
file(COPY_FILE "${base}" "${WORK}/edited.json")
run(1 sh -c "PACTA_TEST_FAULT=pause-before-rename \"$0\" record --registry edited.json --state Kenya --action ratification --date 2026-03-02 & p=$!\nsleep 1\nprintf ' ' >> edited.json\nwait $p" "${PACTA_HOOKS}")
expect_match("${run_err}" "changed by another program" "an edit in place during record")
# A byte-order mark is kept.
file(READ "${base}" t)
string(ASCII 239 187 191 bom)
file(WRITE "${WORK}/bom.json" "${bom}${t}")
run(0 "${PACTA}" record --registry "${WORK}/bom.json" --state Kenya --action ratification --date 2026-03-02)
file(READ "${WORK}/bom.json" t HEX LIMIT 3)
if(NOT t STREQUAL "efbbbf")
  message(FATAL_ERROR "the byte-order mark was lost: ${t}")
endif()
# --new-state for a State pacta knows is refused.
run(2 "${PACTA}" record --registry "${WORK}/bom.json" --new-state --state ireland --action ratification --date 2026-03-02)
# ... and so is one that only looks new: a Cyrillic І, a full-width Ｉ (names.lookalike), the file unchanged.
file(SHA256 "${WORK}/bom.json" before)
foreach(look "Іreland" "Ｉreland" "I-reland")
  run(2 "${PACTA}" record --registry "${WORK}/bom.json" --new-state --state "${look}" --action signature --date 2026-03-02)
  expect_match("${run_err}" "looks like Ireland.*nothing written" "a lookalike of Ireland as --new-state")
endforeach()
file(SHA256 "${WORK}/bom.json" after)
if(NOT before STREQUAL after)
  message(FATAL_ERROR "a refused lookalike changed the registry")
endif()
# A new State near a known name is recorded, and the nearness said.
configure_file("${SOURCE}/data/registries/crc.json" "${WORK}/crc-new.json" COPYONLY)
run(0 "${PACTA}" record --registry "${WORK}/crc-new.json" --new-state --state "Irelamd" --action signature --date 2026-03-02)
expect_match("${run_err}" "close to Ireland; taken as a new State" "a new State near a known name")
# import-untc: a participant the name table does not know and an act after the page's status date
# are warned of (exit 0), and refused with --strict (exit 1, nothing written).
file(READ "${SOURCE}/tests/data/untc/html/ced.html" page)
string(REPLACE "<td>Zambia<br></td>\n\t\t<td>27 Sep\t 2010 <br></td>\n\t\t<td> &nbsp;4 Apr\t 2011 <br></td>"
  "<td>Zambia 12<br></td>\n\t\t<td>27 Sep\t 2010 <br></td>\n\t\t<td> &nbsp;4 Apr\t 2027 <br></td>" edited "${page}")
if(edited STREQUAL page)
  message(FATAL_ERROR "the CED page's Zambia row was not found to edit")
endif()
file(WRITE "${WORK}/ced-edited.html" "${edited}")
run(0 "${PACTA}" import-untc "${WORK}/ced-edited.html" -o "${WORK}/ced-edited.json")
expect_match("${run_err}" "warning: the participant \"Zambia 12\" is no State of the name table" "an unknown participant")
expect_match("${run_err}" "warning: Zambia 12's act dated 2027-04-04 is after the page's status date, 2026-02-03"
  "an act after the status date")
run(1 "${PACTA}" import-untc "${WORK}/ced-edited.html" --strict -o "${WORK}/ced-strict.json")
expect_match("${run_err}" "error: the participant.*--strict makes the 2 warnings above errors" "--strict")
if(EXISTS "${WORK}/ced-strict.json")
  message(FATAL_ERROR "import-untc --strict wrote a registry it refused")
endif()
# A withdrawal told in words the importer does not read is warned of and marks the instrument
# history_incomplete (the ATT allows withdrawal); --strict refuses it. Under a treaty with no clause
# on denunciation (the ICCPR: the Democratic People's Republic of Korea's 1997 notification) it is a
# note, and --strict imports the page.
file(READ "${SOURCE}/tests/data/untc/xxvi/att.html" att_page)
string(REPLACE "until further notice.\"<br><br></div>"
  "until further notice.\"<br><br>By a notification received on 1 March 2025, the Government of Denmark informed the Secretary-General of its withdrawal from the Treaty.</div>"
  att_edited "${att_page}")
if(att_edited STREQUAL att_page)
  message(FATAL_ERROR "the ATT page's note on Denmark was not found to edit")
endif()
file(WRITE "${WORK}/att-unread.html" "${att_edited}")
run(0 "${PACTA}" import-untc "${WORK}/att-unread.html" -o "${WORK}/att-unread.json")
expect_match("${run_err}" "warning: an end note of Denmark tells of a denunciation or withdrawal in words pacta does not read.*\"By a notification received on 1 March 2025, the Government of Denmark informed"
  "an unread withdrawal")
file(READ "${WORK}/att-unread.json" att_json)
expect_match("${att_json}" "\"history_incomplete\": \"the end notes tell of a denunciation or withdrawal of Denmark" "marked incomplete")
run(1 "${PACTA}" import-untc "${WORK}/att-unread.html" --strict -o "${WORK}/att-strict.json")
expect_match("${run_err}" "--strict makes the 1 warnings above errors" "--strict and an unread withdrawal")
run(0 "${PACTA}" import-untc "${SOURCE}/tests/data/untc/html/iccpr.html" --strict -o "${WORK}/iccpr-strict.json")
expect_match("${run_err}" "note: an end note of Democratic People's Republic of Korea .*rule D5" "D5: a note, not a warning")
# A code or another spelling the name table finds ("AGO") is no name as the depositary writes it.
string(REPLACE "<td>Angola<br></td>" "<td>AGO<br></td>" edited "${page}")
file(WRITE "${WORK}/ced-code.html" "${edited}")
run(0 "${PACTA}" import-untc "${WORK}/ced-code.html" -o "${WORK}/ced-code.json")
expect_match("${run_err}" "warning: the participant \"AGO\" is not a name the name table writes \\(it reads as Angola\\)"
  "a participant written as a code")
# An ignored SIGHUP (nohup) stays ignored.
run(0 sh -c "trap '' HUP\nPACTA_TEST_FAULT=pause-before-rename \"$0\" record --registry bom.json --state Ireland --action ratification --date 2026-03-02 & p=$!\nsleep 1\nkill -HUP $p\nwait $p" "${PACTA_HOOKS}")
# check takes a parent given with --registry.
run(0 "${PACTA}" --data-dir "${WORK}/no-data" --registry "${SOURCE}/data/registries/crc.json" check "${WORK}/phantom.json")
# import-untc: a treaty id in capitals is the same id; an unknown one is refused.
run(0 "${PACTA}" import-untc "${SOURCE}/tests/data/untc/html/crc_op_ic.html" --treaty OPIC -o "${WORK}/opic.json")
run(0 "${PACTA}" check "${WORK}/opic.json")
run(2 "${PACTA}" import-untc "${SOURCE}/tests/data/untc/html/crc_op_ic.html" --treaty foo -o "${WORK}/foo.json")
# Control characters in a usage error are escaped.
string(ASCII 27 esc)
run(2 "${PACTA}" parties --format "x${esc}y")
if(run_err MATCHES "${esc}")
  message(FATAL_ERROR "a raw escape character in the message: ${run_err}")
endif()
# A loop of symbolic links is refused, and stays a loop.
file(CREATE_LINK "loopb" "${WORK}/loopa" SYMBOLIC)
file(CREATE_LINK "loopa" "${WORK}/loopb" SYMBOLIC)
run(1 "${PACTA}" calendar --ics "${WORK}/loopa" --state Benin --on 2026-02-03)
if(NOT IS_SYMLINK "${WORK}/loopa")
  message(FATAL_ERROR "a symbolic link loop was replaced by a file")
endif()
# A FIFO that no process reads is refused, not waited on.
if(MKFIFO)
  execute_process(COMMAND "${MKFIFO}" "${WORK}/out-fifo")
  run(1 "${PACTA}" calendar --ics "${WORK}/out-fifo" --state Benin --on 2026-02-03)
  expect_match("${run_err}" "no process is reading it" "calendar --ics FIFO")
endif()
# record does not take the global --registry.
run(2 "${PACTA}" --registry "${SOURCE}/data/registries/crc.json" record --registry "${WORK}/bom.json" --state Kenya --action signature --date 2026-03-02)

# 13. OPAC instruments: the declaration of article 3(2) is recorded with the instrument, or its
#     absence; without either the instrument is refused (declaration.missing).
file(COPY_FILE "${SOURCE}/data/registries/opac.json" "${WORK}/opac.json")
file(SHA256 "${WORK}/opac.json" before)
run(1 "${PACTA}" record --registry "${WORK}/opac.json" --state Barbados --action accession --date 2026-03-02)
expect_match("${run_err}" "declaration.missing" "an OPAC accession without its declaration")
file(SHA256 "${WORK}/opac.json" now)
if(NOT before STREQUAL now)
  message(FATAL_ERROR "a refused OPAC instrument changed the file")
endif()
run(0 "${PACTA}" record --registry "${WORK}/opac.json" --state Barbados --action accession --date 2026-03-02 --minimum-age 18)
expect_match("${run_out}" "\"action\": \"accession\".*\"action\": \"declaration\", \"date\": \"2026-03-02\", \"minimum_age\": 18" "record --minimum-age")
run(0 "${PACTA}" record --registry "${WORK}/opac.json" --state Comoros --action accession --date 2026-03-03 --declaration-not-recorded)
expect_match("${run_out}" "\"declaration\": \"not-recorded\"" "record --declaration-not-recorded")
run(0 "${PACTA}" --treaty opac --registry "${WORK}/opac.json" state Barbados --on 2026-06-01)
expect_match("${run_out}" "minimum age of voluntary recruitment 18 years" "the declaration recorded with the instrument")
run(2 "${PACTA}" record --registry "${WORK}/opac.json" --state Mauritania --action signature --date 2026-03-02 --minimum-age 18)

# 14. Colour and today: an empty NO_COLOR does not turn colour off (no-color.org), a set one does;
#     "today" is the local date.
find_program(SCRIPT script)
if(SCRIPT)
  execute_process(COMMAND env NO_COLOR= "${SCRIPT}" -qec "\"${PACTA}\" parties --on 2002-06-01" /dev/null
    OUTPUT_VARIABLE coloured RESULT_VARIABLE code)
  execute_process(COMMAND env NO_COLOR=1 "${SCRIPT}" -qec "\"${PACTA}\" parties --on 2002-06-01" /dev/null
    OUTPUT_VARIABLE plain)
  string(ASCII 27 esc)
  if(NOT coloured MATCHES "${esc}\\[" OR plain MATCHES "${esc}\\[")
    message(FATAL_ERROR "NO_COLOR: an empty value must keep colour on a terminal, a non-empty one turn it off")
  endif()
else()
  message(STATUS "colour case skipped: no script(1) to give pacta a terminal")
endif()
foreach(zone Pacific/Kiritimati Etc/GMT+12)
  if(EXISTS "/usr/share/zoneinfo/${zone}")
    execute_process(COMMAND env TZ=${zone} date +%F OUTPUT_VARIABLE local_today OUTPUT_STRIP_TRAILING_WHITESPACE)
    run(0 env TZ=${zone} "${PACTA}" state Benin)
    expect_match("${run_out}" "Status on ${local_today}:" "today in ${zone}")
  endif()
endforeach()

# 15. Found by reading the documentation as a new user would.
# Amendment actions are judged in date order, whatever the file's order (record keeps one State's
# actions together, so a favour stands before the Secretary-General's communication).
file(COPY_FILE "${SOURCE}/data/registries/opsc.json" "${WORK}/am.json")
run(0 "${PACTA}" record --registry "${WORK}/am.json" --state Benin --action amendment-proposal --amendment A1 --date 2026-03-01)
run(0 "${PACTA}" record --registry "${WORK}/am.json" --action amendment-communication --amendment A1 --date 2026-03-10)
run(0 "${PACTA}" record --registry "${WORK}/am.json" --state France --action amendment-favour --amendment A1 --date 2026-03-12)
run(0 "${PACTA}" --registry "${WORK}/am.json" amendments)
expect_match("${run_out}" "window is open until 2026-07-10" "an amendment whose conference window is open")
# Global options may stand before a subcommand's positional arguments.
run(0 "${PACTA}" check --registry "${SOURCE}/data/registries/crc.json" "${WORK}/am.json")
run(0 "${PACTA}" state --option status=as-known-then Montenegro --on 2006-08-01)
expect_match("${run_out}" "not a participant" "--option before the State's name")
# A predecessor is named as any State is; a typo is a usage error with "did you mean".
file(COPY_FILE "${SOURCE}/data/registries/opsc.json" "${WORK}/succ.json")
run(0 "${PACTA}" record --registry "${WORK}/succ.json" --state "Sao Tome" --action succession --date 2026-03-02 --effective 2026-01-01 --predecessor serbia)
expect_match("${run_out}" "\"predecessor\": \"Serbia\"" "--predecessor serbia")
run(2 "${PACTA}" record --registry "${WORK}/succ.json" --state Sudan --action succession --date 2026-03-02 --effective 2026-01-01 --predecessor Sudn)
expect_match("${run_err}" "did you mean \"Sudan\"" "--predecessor Sudn")
# Names: a common name's part, --new-state for it, treaty ids in any case, unknown subcommands.
run(0 "${PACTA}" state "Saint Vincent" --on 2026-02-03)
run(2 "${PACTA}" record --registry "${WORK}/succ.json" --new-state --state "Saint Vincent" --action signature --date 2026-03-02)
run(0 "${PACTA}" --treaty OPAC eif)
run(2 "${PACTA}" bogus)
expect_match("${run_err}" "unknown subcommand \"bogus\"" "pacta bogus")
run(2 "${PACTA}" --registry "${WORK}/succ.json" record --state Ireland --action ratification --date 2026-03-02)
expect_match("${run_err}" "after the subcommand" "record without its own --registry")
# The site runs below read a small data directory (the OPSC, its parent the CRC, and the CAT): what
# they test (escaping, links, FIFOs, locks, --force, whole or nothing) does not depend on how many
# treaties a site holds, and a site of every bundled treaty takes seconds under the sanitizers.
set(small "${WORK}/small-data")
file(MAKE_DIRECTORY "${small}/registries" "${small}/treaties")
foreach(f states.json successions.json registries/crc.json registries/opsc.json registries/cat.json
    treaties/crc.json treaties/opsc.json treaties/cat.json)
  file(COPY_FILE "${SOURCE}/data/${f}" "${small}/${f}")
endforeach()
# The site's title and introduction are the user's text: escaped, with only a safe subset of
# Markdown rendered (https links, emphasis); nothing in them adds an element or attribute.
file(WRITE "${WORK}/intro.md" "# About <b>us</b>\n\nWe track **treaties** & *reports*; see [the UN](https://www.un.org) or [bad](javascript:alert(1)).\n\n- one <script>alert(1)</script>\n- two \" onmouseover=\"x\n")
run(0 "${PACTA}" --data-dir "${small}" site "${WORK}/intro-site" --on 2026-02-03 --title "A & B <i>" --intro "${WORK}/intro.md")
file(READ "${WORK}/intro-site/index.html" t)
expect_match("${t}" "<h1>A &amp; B &lt;i&gt;</h1>" "--title escaped")
expect_match("${t}" "<h2>About &lt;b&gt;us&lt;/b&gt;</h2>" "an intro heading escaped")
expect_match("${t}" "<strong>treaties</strong> &amp; <em>reports</em>" "intro emphasis")
expect_match("${t}" "<a href=\"https://www.un.org\">the UN</a>" "an https link")
expect_match("${t}" "\\[bad\\]\\(javascript:alert\\(1\\)\\)" "a javascript: link left as text")
expect_match("${t}" "<li>one &lt;script&gt;alert\\(1\\)&lt;/script&gt;</li>" "a list item escaped")
expect_match("${t}" "<li>two &quot; onmouseover=&quot;x</li>" "quotes escaped")
if(t MATCHES "<script>alert" OR t MATCHES "href=\"javascript")
  message(FATAL_ERROR "the introduction added a script or a javascript: link")
endif()
run(2 "${PACTA}" --data-dir "${small}" site "${WORK}/intro-site2" --on 2026-02-03 --intro "${WORK}")
# pacta site writes only its own directory, whole: a new site is built beside DIR and swapped in.
file(MAKE_DIRECTORY "${WORK}/theirs")
file(WRITE "${WORK}/theirs/notes.txt" "mine")
run(1 "${PACTA}" --data-dir "${small}" site "${WORK}/theirs" --on 2026-02-03)
expect_match("${run_err}" "did not write" "a directory of other files is refused")
if(NOT EXISTS "${WORK}/theirs/notes.txt" OR EXISTS "${WORK}/theirs/index.html")
  message(FATAL_ERROR "site touched a directory it does not own")
endif()
run(0 "${PACTA}" --data-dir "${small}" site "${WORK}/theirs" --on 2026-02-03 --force)
if(EXISTS "${WORK}/theirs/notes.txt" OR NOT EXISTS "${WORK}/theirs/.pacta-site")
  message(FATAL_ERROR "--force did not replace the directory whole")
endif()
# A link inside an old site is never written through; a link as DIR is refused.
file(WRITE "${WORK}/outside.html" "outside")
file(REMOVE "${WORK}/theirs/index.html")
file(CREATE_LINK "${WORK}/outside.html" "${WORK}/theirs/index.html" SYMBOLIC)
run(1 "${PACTA}" --data-dir "${small}" site "${WORK}/theirs" --on 2026-02-03)  # not as pacta wrote it: refused, named
expect_match("${run_err}" "did not write as it is \\(index.html \\(changed\\)\\)" "a link in an old site")
run(0 "${PACTA}" --data-dir "${small}" site "${WORK}/theirs" --on 2026-02-03 --force)
file(READ "${WORK}/outside.html" t)
if(NOT t STREQUAL "outside" OR IS_SYMLINK "${WORK}/theirs/index.html")
  message(FATAL_ERROR "site wrote through a symbolic link inside DIR")
endif()
# late.html as a FIFO no one writes, or a link to /dev/zero, and state/ a link to a directory outside:
# the old site is replaced whole, none of them read or written through (no hang, no growth).
file(REMOVE "${WORK}/theirs/late.html")
if(MKFIFO)
  execute_process(COMMAND "${MKFIFO}" "${WORK}/theirs/late.html")
else()
  file(CREATE_LINK /dev/zero "${WORK}/theirs/late.html" SYMBOLIC)
endif()
file(MAKE_DIRECTORY "${WORK}/elsewhere")
file(REMOVE_RECURSE "${WORK}/theirs/state")
file(CREATE_LINK "${WORK}/elsewhere" "${WORK}/theirs/state" SYMBOLIC)
run(0 "${PACTA}" --data-dir "${small}" site "${WORK}/theirs" --on 2026-02-03 --force --reports "${SOURCE}/examples/data/reports-illustrative.json")
file(GLOB outside "${WORK}/elsewhere/*")
if(outside OR IS_SYMLINK "${WORK}/theirs/state" OR IS_SYMLINK "${WORK}/theirs/late.html")
  message(FATAL_ERROR "site wrote through a link or a FIFO of the old site: ${outside}")
endif()
file(REMOVE "${WORK}/theirs/late.html")
file(CREATE_LINK /dev/zero "${WORK}/theirs/late.html" SYMBOLIC)
run(1 "${PACTA}" --data-dir "${small}" site "${WORK}/theirs" --on 2026-02-03 --reports "${SOURCE}/examples/data/reports-illustrative.json")
run(0 "${PACTA}" --data-dir "${small}" site "${WORK}/theirs" --on 2026-02-03 --force --reports "${SOURCE}/examples/data/reports-illustrative.json")
# A file someone added to a site, or a page someone edited, is not deleted without --force.
file(WRITE "${WORK}/theirs/mynotes.txt" "mine")
file(APPEND "${WORK}/theirs/index.html" "edited")
run(1 "${PACTA}" --data-dir "${small}" site "${WORK}/theirs" --on 2026-02-03)
expect_match("${run_err}" "index.html \\(changed\\), mynotes.txt" "a file added to a site, a page edited")
if(NOT EXISTS "${WORK}/theirs/mynotes.txt")
  message(FATAL_ERROR "site deleted a file it did not write")
endif()
run(0 "${PACTA}" --data-dir "${small}" site "${WORK}/theirs" --on 2026-02-03 --force)
file(CREATE_LINK "${WORK}/theirs" "${WORK}/site-link" SYMBOLIC)
run(1 "${PACTA}" --data-dir "${small}" site "${WORK}/site-link" --on 2026-02-03)
expect_match("${run_err}" "symbolic link" "DIR as a link")
# What an interrupted run left beside DIR is removed by the next; nothing else is left there.
file(MAKE_DIRECTORY "${WORK}/.theirs.pacta-new-99999/state")
run(0 "${PACTA}" --data-dir "${small}" site "${WORK}/theirs" --on 2026-02-03)
file(GLOB left LIST_DIRECTORIES true "${WORK}/.theirs.pacta-new-*" "${WORK}/.theirs.pacta-old-*")
if(left)
  message(FATAL_ERROR "a building directory was left beside the site: ${left}")
endif()
# Two runs at once on one DIR take turns under the lock: both succeed, and DIR is one whole site.
execute_process(COMMAND "${PACTA}" --data-dir "${small}" site "${WORK}/together" --on 2026-02-03
                COMMAND "${PACTA}" --data-dir "${small}" site "${WORK}/together" --on 2026-02-03 --reports examples/data/reports-illustrative.json
                WORKING_DIRECTORY "${SOURCE}" RESULTS_VARIABLE both OUTPUT_QUIET ERROR_QUIET)
file(GLOB_RECURSE pages "${WORK}/together/*.html")
list(LENGTH pages n)
if(NOT both STREQUAL "0;0" OR n LESS 200 OR NOT EXISTS "${WORK}/together/.pacta-site")
  message(FATAL_ERROR "two runs at once: results ${both}, ${n} pages")
endif()
# A data directory is read whole or not at all: a corrupt name table or an unreadable profile is an
# error (exit 1) naming the file, never a smaller answer or site with exit 0.
file(COPY "${small}/" DESTINATION "${WORK}/bad-names")
file(WRITE "${WORK}/bad-names/states.json" "{\"format\": \"pacta.states/1\", \"states\": [")
run(1 "${PACTA}" --data-dir "${WORK}/bad-names" state Benin --on 2026-02-03)
expect_match("${run_err}" "states.json" "a corrupt name table is named")
file(COPY "${small}/" DESTINATION "${WORK}/bad-profile")
file(WRITE "${WORK}/bad-profile/treaties/zz.json" "{\"format\": \"pacta.treaty/1\", \"id\": \"zz\"")
run(1 "${PACTA}" --data-dir "${WORK}/bad-profile" site "${WORK}/bad-profile-site" --on 2026-02-03)
expect_match("${run_err}" "zz.json" "an unreadable profile is named")
if(EXISTS "${WORK}/bad-profile-site")
  message(FATAL_ERROR "a site was written from a data directory with an unreadable profile")
endif()
# A profile's chapter is text like any other: markup in it is escaped on every page, the index's
# data-sort attribute included (it was written raw).
file(COPY "${small}/" DESTINATION "${WORK}/markup-chapter")
file(READ "${WORK}/markup-chapter/treaties/cat.json" t)
string(REPLACE "\"untc_chapter\": \"IV-9\"" "\"untc_chapter\": \"IV-9\\\"><script>alert(1)</script>\"" t2 "${t}")
if(t2 STREQUAL t)
  message(FATAL_ERROR "the CAT profile's chapter was not found to edit")
endif()
file(WRITE "${WORK}/markup-chapter/treaties/cat.json" "${t2}")
run(0 "${PACTA}" --data-dir "${WORK}/markup-chapter" site "${WORK}/markup-site" --on 2026-02-03)
file(READ "${WORK}/markup-site/index.html" t)
string(FIND "${t}" "<script>alert" raw)
string(FIND "${t}" "data-sort=\"IV-009&quot;&gt;&lt;script&gt;alert(001)&lt;/script&gt;\"" escaped)
if(NOT raw EQUAL -1 OR escaped EQUAL -1)
  message(FATAL_ERROR "the chapter's markup reached the index unescaped")
endif()
# Empty values and bytes that are not text are usage errors (exit 2), before anything is done.
# (through sh: CMake drops empty arguments)
run(2 sh -c "\"$0\" --treaty '' parties --on 2026-02-03" "${PACTA}")
expect_match("${run_err}" "--treaty is empty" "an empty --treaty")
run(2 sh -c "\"$0\" treaties --chapter '' --on 2026-02-03" "${PACTA}")
expect_match("${run_err}" "--chapter is empty" "an empty --chapter")
run(2 sh -c "\"$0\" site '' --on 2026-02-03" "${PACTA}")
expect_match("${run_err}" "the site's directory is empty" "an empty site DIR")
if(EXISTS "${WORK}/..pacta-site.lock")
  message(FATAL_ERROR "site \"\" took a lock beside an empty name")
endif()
configure_file("${SOURCE}/data/registries/crc.json" "${WORK}/crc-utf8.json" COPYONLY)
string(ASCII 255 ff)
run(2 "${PACTA}" record --registry "${WORK}/crc-utf8.json" --state Benin --action signature --date 2026-01-01
  --note "bad ${ff} byte")
expect_match("${run_err}" "--note has bytes that are not UTF-8 text; nothing written" "a note that is not UTF-8")
# A profile entry that cannot be read (a link to nothing) stops every command that lists the profiles.
file(COPY "${small}/" DESTINATION "${WORK}/dangling-profile")
file(CREATE_LINK "${WORK}/missing.json" "${WORK}/dangling-profile/treaties/zz.json" SYMBOLIC)
run(1 "${PACTA}" --data-dir "${WORK}/dangling-profile" site "${WORK}/dangling-site" --on 2026-02-03)
expect_match("${run_err}" "zz.json.*io.read" "a profile that is a link to nothing")
# A data directory of the depositary's size: an unknown --treaty lists the first 30 registries and
# says how many more, not every one of them.
file(MAKE_DIRECTORY "${WORK}/many-registries/registries")
foreach(k RANGE 1 35)
  file(WRITE "${WORK}/many-registries/registries/t${k}.json" "{}")
endforeach()
run(2 "${PACTA}" --data-dir "${WORK}/many-registries" --treaty nosuch eif)
expect_match("${run_err}" "no bundled registry for the treaty \"nosuch\" \\(the bundled registries: t1, t10, t11, .*, and 5 more: pacta --data-dir .*many-registries.* treaties lists them\\)"
  "an unknown treaty among 35 registries")
string(FIND "${run_err}" "t9," listed_t9)
if(NOT listed_t9 EQUAL -1)
  message(FATAL_ERROR "the 31st registry was listed: ${run_err}")
endif()
# The treaty asked for has no registry: that is said, and nothing about the treaties it names.
file(COPY "${SOURCE}/data/treaties/opsc.json" DESTINATION "${WORK}/many-registries/treaties")
run(2 "${PACTA}" --data-dir "${WORK}/many-registries" --treaty opsc eif)
expect_match("${run_err}" "has the final clauses of \"opsc\"" "a treaty with a profile and no registry")
if(run_err MATCHES "note:")
  message(FATAL_ERROR "notes on the treaties a missing one names: ${run_err}")
endif()
# `record` and `check` take a treaty's rules from --profile, as every other subcommand does: a
# registry of a treaty the data directory lacks is recorded into and checked; a profile that cannot
# be read refuses the action and leaves the file as it was.
configure_file("${SOURCE}/tests/data/cli/clause-p8.json" "${WORK}/own-treaty.json" COPYONLY)
set(own_profile "${SOURCE}/tests/data/cli/clause-p8-profile.json")
run(1 "${PACTA}" record --registry "${WORK}/own-treaty.json" --state "State 01" --action denunciation --date 2020-01-01)
expect_match("${run_err}" "give its profile with --profile FILE" "record without the profile")
run(0 "${PACTA}" --profile "${own_profile}" record --registry "${WORK}/own-treaty.json" --state "State 01"
  --action denunciation --date 2020-01-01)
file(READ "${WORK}/own-treaty.json" own)
expect_match("${own}" "\"state\": \"State 01\", \"action\": \"denunciation\", \"date\": \"2020-01-01\"" "record with --profile")
run(0 "${PACTA}" --profile "${own_profile}" check "${WORK}/own-treaty.json")
expect_match("${run_out}" "own-treaty.json: valid .* registry" "check with --profile")
run_refused(1 "${WORK}/own-treaty.json"
  "the profiles given with --profile cannot be used; .*own-treaty.json is unchanged" "a bad profile"
  "${PACTA}" --profile "${SOURCE}/tests/data/cli/profile-wrong-format.json" record
  --registry "${WORK}/own-treaty.json" --state "State 02" --action denunciation --date 2020-01-01)
# An empty --svg or --ics, and an --action pacta does not know, are usage errors (exit 2), before
# anything is read or written.
run(2 sh -c "\"$0\" timeline --svg ''" "${PACTA}")
expect_match("${run_err}" "--svg is empty" "an empty --svg")
run(2 sh -c "\"$0\" calendar --ics ''" "${PACTA}")
expect_match("${run_err}" "--ics is empty" "an empty --ics")
configure_file("${base}" "${WORK}/unknown-action.json" COPYONLY)
run_refused(2 "${WORK}/unknown-action.json"
  "unknown action \"ratifcation\"; did you mean \"ratification\"\\?" "an unknown --action"
  "${PACTA}" record --registry "${WORK}/unknown-action.json" --state Kenya --action ratifcation --date 2026-03-02)
# A file name of spaces alone is refused as an empty one; `check` with a --profile that cannot be
# read says so alone and checks nothing under other rules; an empty data directory says it has none.
run(2 sh -c "\"$0\" timeline --svg ' '" "${PACTA}")
expect_match("${run_err}" "--svg is empty or blank" "a blank --svg")
if(EXISTS "${WORK}/ ")
  message(FATAL_ERROR "timeline wrote a file named by a space")
endif()
run(1 "${PACTA}" --profile "${SOURCE}/tests/data/cli/profile-wrong-format.json" check "${WORK}/own-treaty.json")
expect_match("${run_err}" "profile.format.*nothing was checked" "check with a profile that cannot be read")
if(run_err MATCHES "give its profile")
  message(FATAL_ERROR "check added a second message for the registry: ${run_err}")
endif()
file(MAKE_DIRECTORY "${WORK}/no-registries/registries")
run(2 "${PACTA}" --data-dir "${WORK}/no-registries" --treaty cat eif)
expect_match("${run_err}" "no-registries\"? has no registry\\)" "an empty data directory")
# A data directory's registries/ID.json must be the registry of treaty ID, whichever way it is
# reached: asked for with --treaty, or needed by another treaty (the OPSC needs the Convention's).
foreach(id cat opsc crc)
  file(COPY "${SOURCE}/data/treaties/${id}.json" DESTINATION "${WORK}/misnamed/treaties")
endforeach()
file(READ "${SOURCE}/data/registries/cat.json" t)
string(REPLACE "\"treaty\": \"cat\"" "\"treaty\": \"crpd\"" t "${t}")
file(WRITE "${WORK}/misnamed/registries/cat.json" "${t}")
run(1 "${PACTA}" --data-dir "${WORK}/misnamed" --treaty cat eif)
expect_match("${run_err}" "cat.json: /treaty: .*\"crpd\".*\\[treaty.id\\]" "--treaty with a registry of another treaty")
file(COPY "${SOURCE}/data/registries/opsc.json" DESTINATION "${WORK}/misnamed/registries")
file(READ "${SOURCE}/data/registries/crc.json" t)
string(REPLACE "\"treaty\": \"crc\"" "\"treaty\": \"crpd\"" t "${t}")
file(WRITE "${WORK}/misnamed/registries/crc.json" "${t}")
run(1 "${PACTA}" --data-dir "${WORK}/misnamed" --treaty opsc eif)
expect_match("${run_err}" "crc.json: /treaty: .*\"crpd\".*\\[treaty.id\\]" "a parent's registry of another treaty")
# Two --profile of one id: neither is guessed to hold (profile.duplicate); a registry whose treaty no
# profile given is of says which ids the profiles given are of.
run(1 "${PACTA}" --profile "${own_profile}" --profile "${own_profile}" check "${WORK}/own-treaty.json")
expect_match("${run_err}" "a second profile of \"clause-p8\".*\\[profile.duplicate\\]" "two profiles of one id")
file(READ "${own_profile}" t)
string(REPLACE "\"id\": \"clause-p8\"" "\"id\": \"other-treaty\"" t "${t}")
file(WRITE "${WORK}/other-profile.json" "${t}")
run(1 "${PACTA}" --profile "${WORK}/other-profile.json" check "${WORK}/own-treaty.json")
expect_match("${run_err}" "the profiles given are for \"other-treaty\"" "a profile of another id")
