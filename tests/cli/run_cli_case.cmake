# Runs qaf with ARGS and checks the exit code (EXIT) and that the output matches MATCH (a regex).
# Variables: QAF, ARGS (;-list), EXIT, MATCH (optional).
execute_process(COMMAND "${QAF}" ${ARGS} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc STREQUAL EXIT)
  message(FATAL_ERROR "qaf ${ARGS}: expected exit code ${EXIT}, got '${rc}'\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(MATCH AND NOT "${out}${err}" MATCHES "${MATCH}")
  message(FATAL_ERROR "qaf ${ARGS}: output does not match '${MATCH}'\nstdout:\n${out}\nstderr:\n${err}")
endif()
