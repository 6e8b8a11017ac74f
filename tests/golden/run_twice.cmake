# Reproducibility: two builds of the same input must be byte-identical: the site (assets and
# PDFs included) and the packs.
# Variables: QAF, INPUT, WORK.
file(REMOVE_RECURSE "${WORK}")
foreach(n 1 2)
  execute_process(COMMAND "${QAF}" build "${INPUT}" --out "${WORK}/${n}" --packs "${WORK}/packs-${n}"
                  RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "qaf build exited with ${rc}\n${err}")
  endif()
endforeach()
foreach(out "" "packs-")
  execute_process(COMMAND diff -r -q "${WORK}/${out}1" "${WORK}/${out}2" RESULT_VARIABLE differs)
  if(NOT differs EQUAL 0)
    message(FATAL_ERROR "two builds of ${INPUT} differ in ${out}1 (files listed above)")
  endif()
endforeach()
file(GLOB_RECURSE files "${WORK}/1/*")
list(LENGTH files n)
message(STATUS "${n} files identical in both builds")
