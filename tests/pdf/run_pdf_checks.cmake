# PDF checks for a whole build: `qaf build INPUT --out WORK`, then check_pdfs INPUT WORK
# (qpdf --check, tagged as PDF/UA-1 asks, fonts embedded, every question, option and heading in order,
# furniture on each page; the packs' PDFs sound and tagged too).
# Variables: QAF, CHECK, INPUT, WORK.
foreach(tool qpdf pdftotext pdffonts pdfinfo)  # qpdf, poppler-utils: a missing tool fails the test
  find_program(have_${tool} ${tool})
  if(NOT have_${tool})
    message(FATAL_ERROR "${tool} is needed for the PDF checks (qpdf, poppler-utils): bash .ci/setup test installs it")
  endif()
endforeach()
file(REMOVE_RECURSE "${WORK}")
execute_process(COMMAND "${QAF}" build "${INPUT}" --out "${WORK}/site" --packs "${WORK}/packs"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "qaf build exited with ${rc}\n${err}")
endif()
execute_process(COMMAND "${CHECK}" "${INPUT}" "${WORK}/site" "${WORK}/packs" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "PDF checks failed (problems listed above)")
endif()
