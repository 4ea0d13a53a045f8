# pacta import-untc on the eighteen saved UN Treaty Collection status pages of chapter IV
# (tests/data/untc/html) and the six of chapter XXVI (tests/data/untc/xxvi), status as at 3 February
# 2026, must reproduce the bundled registries byte for byte, and report the counts and the entry
# into force the pages print. Run by CTest with -DPACTA=… -DSOURCE=… -DWORK=….
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
# Parents before the instruments that name them: import-untc checks what it writes against the
# registries of the data directory (rule G2 for OPCAT and ICCPR-OP2).
set(pages crc crc_op_sc crc_op_ac crc_op_ic cat ced cedaw cedaw_op crpd icescr iccpr_op1
          cerd icescr_op iccpr cat_op iccpr_op2 cmw crpd_op)
set(registries crc opsc opac opic cat ced cedaw op-cedaw crpd icescr iccpr-op1
               icerd op-icescr iccpr opcat iccpr-op2 icrmw op-crpd)
# Every date of succession comes from the data directory's successions table (rule E5).
set(counts_crc "197 participants, 140 signatories and 196 parties")
set(counts_opsc "186 participants, 122 signatories and 178 parties")
set(counts_opac "180 participants, 130 signatories and 173 parties")
set(counts_opic "69 participants, 54 signatories and 53 parties")
set(eif_crc "entry into force 2 September 1990, as computed under article 49(1)")
set(eif_opsc "entry into force 18 January 2002, as computed under article 14(1)")
set(eif_opac "entry into force 12 February 2002, as computed under article 10(1)")
set(eif_opic "entry into force 14 April 2014, as computed under article 19(1)")
# The seven pages of the other human-rights instruments: the chapter gives the bundled profile.
set(counts_cat "179 participants, 83 signatories and 175 parties, as the page prints; 3 former State(s)")
set(counts_ced "117 participants, 98 signatories and 78 parties")
set(counts_cedaw "191 participants, 99 signatories and 189 parties, as the page prints; 3 former State(s)")
set(counts_op-cedaw "127 participants, 80 signatories and 116 parties")
set(counts_crpd "196 participants, 164 signatories and 193 parties, as the page prints, 1 of them a regional")
set(counts_icescr "178 participants, 72 signatories and 173 parties, as the page prints; 3 former State(s)")
set(counts_iccpr-op1 "122 participants, 35 signatories and 116 parties, as the page prints; 2 former State(s)")
# The seven last pages of chapter IV.
set(counts_icerd "185 participants, 88 signatories and 182 parties, as the page prints; 4 former State(s)")
set(counts_op-icescr "55 participants, 46 signatories and 31 parties")
set(counts_iccpr "181 participants, 74 signatories and 175 parties, as the page prints; 3 former State(s)")
set(counts_opcat "107 participants, 76 signatories and 96 parties")
set(counts_iccpr-op2 "92 participants, 40 signatories and 92 parties, as the page prints; 1 former State(s)")
set(counts_icrmw "71 participants, 40 signatories and 60 parties")
set(counts_op-crpd "131 participants, 95 signatories and 108 parties")
set(eif_icerd "entry into force 4 January 1969, as computed under article 19")
set(eif_op-icescr "entry into force 5 May 2013, as computed under article 18(1)")
set(eif_iccpr "entry into force 23 March 1976, as computed under article 49")
set(eif_opcat "entry into force 22 June 2006, as computed under article 28(1)")
set(eif_iccpr-op2 "entry into force 11 July 1991, as computed under article 8(1)")
set(eif_icrmw "entry into force 1 July 2003, as computed under article 87(1)")
set(eif_op-crpd "entry into force 3 May 2008, as computed under article 13(1)")
set(eif_cat "entry into force 26 June 1987, as computed under article 27(1)")
set(eif_ced "entry into force 23 December 2010, as computed under article 39(1)")
set(eif_cedaw "entry into force 3 September 1981, as computed under article 27(1)")
set(eif_op-cedaw "entry into force 22 December 2000, as computed under article 16(1)")
set(eif_crpd "entry into force 3 May 2008, as computed under article 45(1)")
set(eif_icescr "entry into force 3 January 1976, as computed under article 27 ")
set(eif_iccpr-op1 "entry into force 23 March 1976, as computed under article 9 ")
# Imports DIR/PAGE.html, which must reproduce data/registries/ID.json byte for byte, its summary
# saying the counts, the entry into force (counts_ID, eif_ID) and the treaty id.
function(check_import dir page id)
  execute_process(
    COMMAND "${PACTA}" import-untc "${SOURCE}/tests/data/untc/${dir}/${page}.html" --output "${WORK}/${id}.json"
    RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "import of ${dir}/${page}.html failed (${rc}): ${err}")
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files "${WORK}/${id}.json" "${SOURCE}/data/registries/${id}.json"
                  RESULT_VARIABLE same)
  if(NOT same EQUAL 0)
    message(FATAL_ERROR "${dir}/${page}.html does not reproduce data/registries/${id}.json (see ${WORK}/${id}.json)")
  endif()
  foreach(expected IN ITEMS "${counts_${id}}" "${eif_${id}}" "(${id}), status as at 2026-02-03")
    string(FIND "${err}" "${expected}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${dir}/${page}.html: the summary lacks \"${expected}\": ${err}")
    endif()
  endforeach()
endfunction()

foreach(i RANGE 17)
  list(GET pages ${i} page)
  list(GET registries ${i} id)
  check_import(html ${page} ${id})
endforeach()

# Chapter XXVI: a column of provisional application (ATT), no signature column and "Parties : N"
# (CCW Protocol IV, after the CCW it is open to), former States in the end notes (ENMOD, CCW).
set(xxvi_pages enmod ccw ccw_p4 cwc att tpnw)
set(xxvi_registries enmod ccw ccw-p4 cwc att tpnw)
set(counts_enmod "94 participants, 48 signatories and 78 parties, as the page prints; 3 former State(s)")
set(counts_ccw "132 participants, 50 signatories and 128 parties, as the page prints; 3 former State(s)")
set(counts_ccw-p4 "111 participants, no signature column, 111 parties, as the page prints")
set(counts_cwc "194 participants, 165 signatories and 193 parties")
set(counts_att "142 participants, 130 signatories and 117 parties")
set(counts_tpnw "99 participants, 95 signatories and 74 parties")
set(eif_enmod "entry into force 5 October 1978, as computed under article IX(3)")
set(eif_ccw "entry into force 2 December 1983, as computed under article 5")
set(eif_ccw-p4 "entry into force 30 July 1998, as computed under article 2")
set(eif_cwc "entry into force 29 April 1997, as computed under article XXI(1)")
set(eif_att "entry into force 24 December 2014, as computed under article 22")
set(eif_tpnw "entry into force 22 January 2021, as computed under article 15")
foreach(i RANGE 5)
  list(GET xxvi_pages ${i} page)
  list(GET xxvi_registries ${i} id)
  check_import(xxvi ${page} ${id})
endforeach()

# Rule G2: the OPCAT page is checked against the bundled CAT. Read literally (only the CAT's
# signatories may sign), its record is refused as every other command would refuse it: nothing written.
execute_process(
  COMMAND "${PACTA}" --option parent-signatory=literal import-untc "${SOURCE}/tests/data/untc/html/cat_op.html"
          --output "${WORK}/opcat-literal.json"
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR EXISTS "${WORK}/opcat-literal.json" OR NOT err MATCHES "Azerbaijan is not a signatory of CAT"
   OR NOT err MATCHES "no registry written")
  message(FATAL_ERROR "OPCAT read literally: expected exit 1, the eligibility diagnostics and no file, got ${rc}: ${err}")
endif()

# --succession gives another date than the table's, its State named as --state names it ("Czechia"
# is the page's "Czech Republic"); the date given is written, with no source of the table's.
execute_process(
  COMMAND "${PACTA}" import-untc "${SOURCE}/tests/data/untc/html/cat.html" --succession Czechia=1992-12-31
          --output "${WORK}/cat-czechia.json"
  RESULT_VARIABLE rc ERROR_VARIABLE err)
file(READ "${WORK}/cat-czechia.json" text)
if(NOT rc EQUAL 0 OR NOT text MATCHES "\"state\": \"Czech Republic\", \"action\": \"succession\", \"date\": \"1993-02-22\", \"effective\": \"1992-12-31\"")
  message(FATAL_ERROR "--succession Czechia=1992-12-31: expected the Czech Republic's succession effective 1992-12-31, got ${rc}: ${err}")
endif()

# A date of succession for a State with no succession on the page is refused; nothing is written.
execute_process(
  COMMAND "${PACTA}" import-untc "${SOURCE}/tests/data/untc/html/crc_op_ic.html" --succession Ruritania=2006-06-03
          --output "${WORK}/refused.json"
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR EXISTS "${WORK}/refused.json")
  message(FATAL_ERROR "--succession for an unknown State: expected exit 1 and no file, got ${rc}: ${err}")
endif()
