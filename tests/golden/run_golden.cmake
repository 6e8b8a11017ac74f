# Golden-file test: runs `qaf <ARGS> <INPUT>` and compares stdout with EXPECTED exactly
# (diff -u on mismatch). With the environment variable QAF_UPDATE set, rewrites EXPECTED.
# Variables: QAF (binary), ARGS (;-list placed before INPUT), INPUT (project dir), EXPECTED, WORK.
execute_process(COMMAND "${QAF}" ${ARGS} "${INPUT}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                WORKING_DIRECTORY "${INPUT}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "qaf exited with ${rc}\n${err}")
endif()
if(DEFINED ENV{QAF_UPDATE})
  file(WRITE "${EXPECTED}" "${out}")
  message(STATUS "updated ${EXPECTED}")
  return()
endif()
file(READ "${EXPECTED}" expected)
if(NOT out STREQUAL expected)
  file(WRITE "${WORK}" "${out}")
  execute_process(COMMAND diff -u "${EXPECTED}" "${WORK}")
  message(FATAL_ERROR "output differs from ${EXPECTED} (diff above); if the change is intended, rerun with QAF_UPDATE=1 and review the diff")
endif()
