# Hardening test of inputs: a FIFO or a link to /dev/zero named like a record is refused at once (they used to hang the
# build), a Markdown file inside an --audits folder under content/ is not published, and a link
# in content/ to a file outside it is an error, not a page.
# Variables: QAF, BASE (tests/diagnostics/base), WORK.
file(REMOVE_RECURSE "${WORK}")
file(COPY "${BASE}/" DESTINATION "${WORK}/fifo")
execute_process(COMMAND mkfifo "${WORK}/fifo/content/audits/x.yaml" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "mkfifo failed (${rc}): this test needs it")
endif()
execute_process(COMMAND "${QAF}" check "${WORK}/fifo" RESULT_VARIABLE rc ERROR_VARIABLE err TIMEOUT 20)
if(NOT rc EQUAL 2 OR NOT err MATCHES "x.yaml is not a regular file.*\n  hint: ")
  message(FATAL_ERROR "a FIFO among the records: want exit 2 and 'is not a regular file', got '${rc}':\n${err}")
endif()

# A link named like a record that leads to /dev/zero (it used to end in "internal error").
file(COPY "${BASE}/" DESTINATION "${WORK}/zero")
file(CREATE_LINK /dev/zero "${WORK}/zero/content/audits/zero.yaml" SYMBOLIC)
execute_process(COMMAND "${QAF}" check "${WORK}/zero" RESULT_VARIABLE rc ERROR_VARIABLE err TIMEOUT 20)
if(NOT rc EQUAL 2 OR NOT err MATCHES "zero.yaml is not a regular file.*\n  hint: ")
  message(FATAL_ERROR "a link to /dev/zero among the records: want exit 2 and 'is not a regular file', got '${rc}':\n${err}")
endif()

file(COPY "${BASE}/" DESTINATION "${WORK}/audits")
file(RENAME "${WORK}/audits/content/audits" "${WORK}/audits/content/private")
file(WRITE "${WORK}/audits/content/private/notes.md" "---\ntitle: Notes on a child\n---\nPRIVATE-NOTE-7731\n")
execute_process(COMMAND "${QAF}" build "${WORK}/audits" --audits "${WORK}/audits/content/private"
                        --out "${WORK}/site" --packs "${WORK}/packs" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "qaf build with --audits inside content/ failed (${rc}):\n${err}")
endif()
file(GLOB_RECURSE published "${WORK}/site/*")
list(LENGTH published n)
if(n LESS 10)
  message(FATAL_ERROR "the site has only ${n} files")
endif()
foreach(f ${published})
  file(STRINGS "${f}" hit REGEX "PRIVATE-NOTE-7731")
  if(hit)
    message(FATAL_ERROR "a note from the --audits folder was published in ${f}")
  endif()
endforeach()
file(COPY "${BASE}/" DESTINATION "${WORK}/link")
file(WRITE "${WORK}/outside.md" "---\ntitle: Outside\n---\nOUTSIDE-7731\n")
file(CREATE_LINK "${WORK}/outside.md" "${WORK}/link/content/leak.md" SYMBOLIC)
execute_process(COMMAND "${QAF}" build "${WORK}/link" --out "${WORK}/link-site" --packs "${WORK}/link-packs"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "content/leak.md: error: a link to a file outside content/" OR EXISTS "${WORK}/link-site")
  message(FATAL_ERROR "a link out of content/: want exit 1, the error and no site, got ${rc}:\n${err}")
endif()
file(COPY "${BASE}/" DESTINATION "${WORK}/big")
string(REPEAT "word " 1800000 words)
file(WRITE "${WORK}/big/content/big.md" "---\ntitle: Big\n---\n${words}\n")
execute_process(COMMAND "${QAF}" check "${WORK}/big" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "content/big.md: error: file is 9 MB; qaf reads files of at most 8 MB")
  message(FATAL_ERROR "a 9 MB page: want exit 1 and the size error, got ${rc}:\n${err}")
endif()
# A file name with a right-to-left override ("a<U+202E>gpj.md" shows as "adm.jpg") is refused and
# printed with the override made visible.
file(COPY "${BASE}/" DESTINATION "${WORK}/rtl")
execute_process(COMMAND printf "\\342\\200\\256" OUTPUT_VARIABLE rlo)
file(WRITE "${WORK}/rtl/content/a${rlo}gpj.md" "---\ntitle: Spoof\n---\nText.\n")
execute_process(COMMAND "${QAF}" check "${WORK}/rtl" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "content/a<U\\+202E>gpj.md: error: file name holds U\\+202E \\(a right-to-left override\\)"
   OR err MATCHES "${rlo}")
  message(FATAL_ERROR "a file name with a right-to-left override: want exit 1 and the error, got ${rc}:\n${err}")
endif()
# The outputs' total: over qaf.yaml's max_output_mb the build stops, and the previous output stands.
file(COPY "${BASE}/" DESTINATION "${WORK}/limit")
execute_process(COMMAND "${QAF}" build "${WORK}/limit" --out "${WORK}/limit-site" --packs "${WORK}/limit-packs"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the base project did not build (${rc}):\n${err}")
endif()
file(SHA256 "${WORK}/limit-site/index.html" before)
file(WRITE "${WORK}/limit/qaf.yaml" "title: Limited\nmax_output_mb: 1\n")
string(REPEAT "Some more text, enough to pass the limit by itself. " 30000 more)  # 1.5 MB
file(WRITE "${WORK}/limit/content/more.md" "---\ntitle: More\n---\n${more}\n")
execute_process(COMMAND "${QAF}" build "${WORK}/limit" --out "${WORK}/limit-site" --packs "${WORK}/limit-packs"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
file(SHA256 "${WORK}/limit-site/index.html" after)
if(NOT rc EQUAL 1 OR NOT err MATCHES "qaf.yaml:2:16: error: the outputs pass 1 MB \\(site and packs together\\)"
   OR NOT before STREQUAL after OR EXISTS "${WORK}/limit-site/pages/more.html")
  message(FATAL_ERROR "outputs over max_output_mb: want exit 1, the error and the old site, got ${rc}:\n${err}")
endif()
message(STATUS "FIFO refused; link to /dev/zero refused; link out refused; 9 MB page refused; right-to-left override in a name refused; outputs over 1 MB refused; ${n} site files hold nothing from the --audits folder")
