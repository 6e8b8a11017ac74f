# Check/build parity on a whole project: `qaf check` and `qaf build` print the same diagnostics
# (build's own "qaf: ..." summary lines aside) and agree on the exit code.
# Variables: QAF, PROJECT, WORK (scratch folder for the build's outputs).
file(REMOVE_RECURSE "${WORK}")
execute_process(COMMAND "${QAF}" check "${PROJECT}" RESULT_VARIABLE check_rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(check_all "${out}${err}")
execute_process(COMMAND "${QAF}" build "${PROJECT}" --out "${WORK}/site" --packs "${WORK}/packs"
                RESULT_VARIABLE build_rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(build_all "${out}${err}")
string(REGEX REPLACE "(^|\n)qaf: [^\n]*" "" check_diagnostics "${check_all}")
string(REGEX REPLACE "(^|\n)qaf: [^\n]*" "" build_diagnostics "${build_all}")
if(NOT check_rc EQUAL build_rc OR NOT check_diagnostics STREQUAL build_diagnostics)
  message(FATAL_ERROR "check (exit ${check_rc}) and build (exit ${build_rc}) disagree:\n--- check ---\n${check_all}--- build ---\n${build_all}")
endif()
if(NOT EXISTS "${WORK}/site/index.html" AND build_rc EQUAL 0)
  message(FATAL_ERROR "build passed but wrote no site")
endif()
message(STATUS "check and build agree (exit ${check_rc}):\n${check_all}")
