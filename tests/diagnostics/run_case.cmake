# Runs one diagnostics case: base project + the case's overlay -> `qaf check`; compares
# the output with the case's expected.txt (exact) and requires exit code 1. Then `qaf build`
# must print exactly the same diagnostics (check/build parity: check runs every check build makes).
# Variables: QAF (binary), BASE (base project), CASE (case dir), WORK (scratch dir), PENDING (set for
# tests/diagnostics/pending cases, which ctest expects to fail).
# With the environment variable QAF_UPDATE set, rewrites expected.txt instead (review the diff!).
file(REMOVE_RECURSE "${WORK}")
file(COPY "${BASE}/" DESTINATION "${WORK}")
# file(COPY) skips a file whose copy has the same timestamp (as in a fresh clone), so the
# case's files are copied one by one with COPY_FILE, which always copies.
file(GLOB_RECURSE overrides RELATIVE "${CASE}/input" "${CASE}/input/*")
foreach(f ${overrides})
  get_filename_component(d "${WORK}/${f}" DIRECTORY)
  file(MAKE_DIRECTORY "${d}")
  file(COPY_FILE "${CASE}/input/${f}" "${WORK}/${f}")
endforeach()
if(EXISTS "${CASE}/remove.txt")
  file(STRINGS "${CASE}/remove.txt" gone)
  foreach(f ${gone})
    file(REMOVE_RECURSE "${WORK}/${f}")
  endforeach()
endif()
execute_process(COMMAND "${QAF}" check "${WORK}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(actual "${out}${err}")
# A pending case's expected.txt is written by hand (what the loader should say): never rewritten.
if(PENDING AND DEFINED ENV{QAF_UPDATE})
  message(FATAL_ERROR "pending case: expected.txt is kept as written by hand")
endif()
if(DEFINED ENV{QAF_UPDATE})
  file(WRITE "${CASE}/expected.txt" "${actual}")
  message(STATUS "updated ${CASE}/expected.txt")
  return()
endif()
# ctest inverts a pending case's result (WILL_FAIL): a crash must end this script without an
# error, so that it is reported as a failure and not taken for "still pending".
if(PENDING AND NOT rc MATCHES "^[012]$")
  message(STATUS "qaf crashed on a pending case (exit '${rc}'): reported as a failure\n${actual}")
  return()
endif()
file(READ "${CASE}/expected.txt" expected)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "expected exit code 1 (content errors), got '${rc}'\n--- output ---\n${actual}")
endif()
if(NOT actual STREQUAL expected)
  file(WRITE "${WORK}.actual.txt" "${actual}")
  execute_process(COMMAND diff -u "${CASE}/expected.txt" "${WORK}.actual.txt")
  message(FATAL_ERROR "output differs from ${CASE}/expected.txt (diff above)")
endif()
execute_process(COMMAND "${QAF}" build "${WORK}" --out "${WORK}-site" --packs "${WORK}-packs"
                RESULT_VARIABLE build_rc OUTPUT_VARIABLE build_out ERROR_VARIABLE build_err)
# Build adds its own "qaf: nothing written..." line; everything else must be the same.
string(REGEX REPLACE "(^|\n)qaf: [^\n]*" "" build_diagnostics "${build_out}${build_err}")
string(REGEX REPLACE "(^|\n)qaf: [^\n]*" "" check_diagnostics "${actual}")
if(NOT build_rc EQUAL rc OR NOT build_diagnostics STREQUAL check_diagnostics)
  message(FATAL_ERROR "qaf build (exit ${build_rc}) does not print what qaf check does:\n--- build ---\n"
                      "${build_out}${build_err}--- check ---\n${actual}")
endif()
