# Builds and runs the consumer project in tests/cmake/consumer against pacta, in one of two ways:
#   MODE=find_package      install the build BUILD into a prefix, move the prefix, then find_package(pacta)
#   MODE=add_subdirectory  add_subdirectory(PACTA_SOURCE) from the consumer, libpacta built shared
# Each way, the consumer is built twice: linked with libpacta, and header-only (pacta::header_only).
# Also checks that the installed `pacta` binary finds its bundled data from another directory.
cmake_minimum_required(VERSION 3.21)
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "failed (${code}): ${ARGN}\n${out}\n${err}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

# No build type: the consumers build at the compiler's default (-O0), which is what the test needs
# (found, linked, run) at half the compile time of an optimised build; the README's run command
# builds the library optimised.
set(common -G "${GENERATOR}" -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE=)
if(MODE STREQUAL "find_package")
  # The build under test (BUILD: its directory, with the CLI built) is installed into a temporary
  # prefix, and the prefix is then moved: what the package and pacta.pc say must hold wherever the
  # prefix ends up, not only where it was installed.
  run(${CMAKE_COMMAND} --install "${BUILD}" --prefix "${WORK}/installed")
  file(RENAME "${WORK}/installed" "${WORK}/prefix")
  # The installed binary finds its data under <prefix>/share/pacta, wherever it runs from.
  execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=PACTA_DATA_DIR "${WORK}/prefix/bin/pacta" eif --format json
    WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL 0 OR NOT out MATCHES "\"entry_into_force\": \"2002-01-18\"")
    message(FATAL_ERROR "installed pacta eif failed (${code}):\n${out}\n${err}")
  endif()
  # The Python module, where the build has one (PACTA_PYTHON): imported from the moved prefix, it
  # finds the installed data.
  file(GLOB_RECURSE python_inits "${WORK}/prefix/lib/*/pacta/__init__.py")
  if(python_inits AND PYTHON)
    list(GET python_inits 0 init)
    get_filename_component(package "${init}" DIRECTORY)
    get_filename_component(site "${package}" DIRECTORY)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=PACTA_DATA_DIR "PYTHONPATH=${site}" "${PYTHON}" -c
        "import pacta; print(pacta.load().treaty('opsc').entry_into_force, pacta.bundled_data_dir())"
      WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT code EQUAL 0 OR NOT out MATCHES "^2002-01-18 ${WORK}/prefix/share/pacta")
      message(FATAL_ERROR "the installed Python module failed (${code}):\n${out}\n${err}")
    endif()
  endif()
  run(${CMAKE_COMMAND} -S "${PACTA_SOURCE}/tests/cmake/consumer" -B "${WORK}/consumer-build" ${common}
      -DPACTA_CONSUMER_MODE=find_package -DCMAKE_PREFIX_PATH=${WORK}/prefix)
else()
  run(${CMAKE_COMMAND} -S "${PACTA_SOURCE}/tests/cmake/consumer" -B "${WORK}/consumer-build" ${common}
      -DPACTA_CONSUMER_MODE=add_subdirectory -DPACTA_SOURCE=${PACTA_SOURCE} -DBUILD_SHARED_LIBS=ON)
  if(NOT run_output MATCHES "libpacta: SHARED_LIBRARY")
    message(FATAL_ERROR "BUILD_SHARED_LIBS=ON did not build libpacta shared:\n${run_output}")
  endif()
endif()
run(${CMAKE_COMMAND} --build "${WORK}/consumer-build" --parallel 2)
set(expected "Benin 2005-02-28 OPSC art. 14(2), rule E3
usa -> United States of America
benin -> Benin
Türkiye -> Türkiye
Benin next report due 2012-09-02, overdue
3 query errors
")
foreach(program consumer consumer_header_only)
  execute_process(COMMAND "${WORK}/consumer-build/${program}" WORKING_DIRECTORY "${WORK}"
    RESULT_VARIABLE code OUTPUT_VARIABLE run_output ERROR_VARIABLE err)
  if(NOT code EQUAL 0 OR NOT run_output STREQUAL expected)
    message(FATAL_ERROR "${program} (${code}) printed:\n${run_output}\n${err}")
  endif()
endforeach()

# pkg-config: a second consumer built with the plain compiler and the flags of the installed pacta.pc.
if(MODE STREQUAL "find_package")
  find_program(PKG_CONFIG NAMES pkg-config pkgconf)
  if(NOT PKG_CONFIG)
    message(STATUS "SKIPPED: the pkg-config consumer (no pkg-config; scripts/install-deps.sh installs it)")
  else()
    file(GLOB_RECURSE pc_files "${WORK}/prefix/*/pacta.pc")
    list(LENGTH pc_files n)
    if(NOT n EQUAL 1)
      message(FATAL_ERROR "the installed prefix holds ${n} pacta.pc: ${pc_files}")
    endif()
    get_filename_component(pc_dir "${pc_files}" DIRECTORY)
    set(ENV{PKG_CONFIG_PATH} "${pc_dir}")
    run(${PKG_CONFIG} --variable=datadir pacta)
    string(STRIP "${run_output}" pc_data)
    if(NOT EXISTS "${pc_data}/registries/opsc.json")
      message(FATAL_ERROR "pkg-config --variable=datadir pacta gave \"${pc_data}\", which holds no data")
    endif()
    # Linked with libpacta (pacta.pc), then header-only (pacta-header-only.pc).
    foreach(package pacta pacta-header-only)
      run(${PKG_CONFIG} --cflags --libs ${package})
      string(STRIP "${run_output}" flags)
      separate_arguments(flags UNIX_COMMAND "${flags}")
      if(flags MATCHES "${WORK}/installed")
        message(FATAL_ERROR "pkg-config --cflags --libs ${package} names the prefix as installed, not where it is now: ${flags}")
      endif()
      run(${CXX} -std=c++17 -O0 "${PACTA_SOURCE}/tests/cmake/consumer/main.cpp" ${flags}
          "-DPACTA_DATA_DIR=\"${pc_data}\"" -o "${WORK}/consumer-${package}")
      execute_process(COMMAND "${WORK}/consumer-${package}" WORKING_DIRECTORY "${WORK}"
        RESULT_VARIABLE code OUTPUT_VARIABLE run_output ERROR_VARIABLE err)
      if(NOT code EQUAL 0 OR NOT run_output STREQUAL expected)
        message(FATAL_ERROR "pkg-config consumer of ${package} (${code}) printed:\n${run_output}\n${err}")
      endif()
    endforeach()
  endif()
endif()
