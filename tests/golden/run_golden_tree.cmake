# Golden-file test for a whole build: `qaf build INPUT --out WORK`, then `diff -r` against
# EXPECTED (the theme's copied assets/ and each framework's pdf/ folder are left out of the comparison: PDFs are
# binary and depend on the installed fonts; the pdf.* tests check them). With the environment
# variable QAF_UPDATE set, EXPECTED is replaced by the new output: review the diff before committing.
# Variables: QAF, INPUT, EXPECTED, WORK.
file(REMOVE_RECURSE "${WORK}" "${WORK}-packs")  # every run starts from empty folders
execute_process(COMMAND "${QAF}" build "${INPUT}" --out "${WORK}" --packs "${WORK}-packs" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "qaf build exited with ${rc}\n${err}")
endif()
if(DEFINED ENV{QAF_UPDATE})
  file(REMOVE_RECURSE "${EXPECTED}")
  file(COPY "${WORK}/" DESTINATION "${EXPECTED}" PATTERN "assets" EXCLUDE PATTERN "pdf" EXCLUDE)
  message(STATUS "updated ${EXPECTED}")
  return()
endif()
execute_process(COMMAND diff -r -u -x assets -x pdf "${EXPECTED}" "${WORK}" RESULT_VARIABLE differs)
if(NOT differs EQUAL 0)
  message(FATAL_ERROR "the build differs from ${EXPECTED} (diff above); if intended, rerun with QAF_UPDATE=1 and review")
endif()
