# The refresh: `qaf publish` keeps a framework's version byte for byte; a second publish writes
# nothing; a changed framework under a kept version is refused; after a standard is edited, a
# question added, an option removed and a rubric cell reworded, the build's "what changed" page
# lists exactly those four, and each item's own page says "Updated in version 0.2".
# Variables: QAF, WORK (scratch folder, emptied first).
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/project")
set(project "${WORK}/project")
set(fw "${project}/frameworks/demo")

function(run want)
  execute_process(COMMAND "${QAF}" ${ARGN} WORKING_DIRECTORY "${project}" RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e)
  if(NOT rc STREQUAL want)
    message(FATAL_ERROR "qaf ${ARGN}: expected exit code ${want}, got '${rc}'\nstdout:\n${o}\nstderr:\n${e}")
  endif()
  set(out "${o}${e}" PARENT_SCOPE)
endfunction()
function(expect text regex)
  if(NOT text MATCHES "${regex}")
    message(FATAL_ERROR "does not match '${regex}':\n${text}")
  endif()
endfunction()
function(replace file from to)
  file(READ "${file}" text)
  string(FIND "${text}" "${from}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${file} has no '${from}'")
  endif()
  string(REPLACE "${from}" "${to}" text "${text}")
  file(WRITE "${file}" "${text}")
endfunction()

run(0 new framework demo)
# A matrix rubric, so that there are cells to reword.
file(WRITE "${fw}/matrix.yaml" [=[
rubric:
  id: recording
  title: Recording
  shape: matrix
  scale: grades
  areas:
    - id: words
      title: The child's words
      standards: ["1.1"]
      cells:
        outstanding: The child's words are quoted and shape every decision.
        good: The child's words are quoted after every visit.
        requires-improvement: The record summarises what the child said.
        inadequate: The child's words cannot be found.
]=])
run(0 check)

run(2 publish)
expect("${out}" "publish needs the framework")
run(2 publish nothing-here)
expect("${out}" "no framework 'nothing-here'")

run(0 publish demo)
expect("${out}" "kept version 0.1 of demo \\([0-9]+ files\\) in frameworks/demo/versions/0.1")
file(GLOB_RECURSE sources RELATIVE "${fw}" "${fw}/*")
set(copied 0)
foreach(f ${sources})
  if(f MATCHES "^versions/")
    continue()
  endif()
  file(SHA256 "${fw}/${f}" a)
  file(SHA256 "${fw}/versions/0.1/${f}" b)
  if(NOT a STREQUAL b)
    message(FATAL_ERROR "versions/0.1/${f} is not a copy of ${f}")
  endif()
  math(EXPR copied "${copied} + 1")
endforeach()
if(copied LESS 8)
  message(FATAL_ERROR "only ${copied} files compared")
endif()

run(0 publish demo)
expect("${out}" "version 0.1 of demo is kept already, exactly as it is now: nothing to write")

# The four changes.
replace("${fw}/standards.yaml" "I see the child alone within 5 working days of the case being allocated to me."
        "I see the child alone within 3 working days of the case being allocated to me.")
replace("${fw}/templates/case-audit.yaml" "        - id: evidence\n"
        "        - id: plan-shared\n          text: Has the child been given a copy of their plan?\n          type: choice\n          scale: yes-no\n        - id: evidence\n")
replace("${fw}/scales.yaml" "      - { id: na, label: Not applicable, not_applicable: true }\n" "")
replace("${fw}/matrix.yaml" "good: The child's words are quoted after every visit."
        "good: The child's own words are quoted after every visit and in every review.")
run(2 publish demo)
expect("${out}" "version 0.1 is kept already, and the framework has changed since.*hint: a published version stays as it was")
replace("${fw}/framework.yaml" "version: \"0.1\"" "version: \"0.2\"")

run(0 build)
set(page "${project}/site/demo/changes/0.2.html")
if(NOT EXISTS "${page}")
  message(FATAL_ERROR "no page ${page}")
endif()
file(READ "${page}" html)
expect("${html}" "What changed in version 0.2")
expect("${html}" "Since version 0.1: 4 changes: 1 added, 1 removed, 0 moved, 2 reworded.")
string(REGEX MATCHALL "<li class=\"qaf-change\">\n      <p><strong class=\"qaf-tag[^\"]*\">[A-Za-z ]+</strong> [A-Za-z ]+:" items "${html}")
list(LENGTH items n)
if(NOT n EQUAL 4)
  message(FATAL_ERROR "expected 4 changes, found ${n}: ${items}")
endif()
foreach(want "Reworded</strong> Standard:" "Reworded</strong> Rubric cell:" "Added</strong> Question:" "Removed</strong> Option:")
  string(FIND "${items}" "${want}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "no change '${want}' in: ${items}")
  endif()
endforeach()
expect("${html}" "within <del><span class=\"qaf-visually-hidden\">\\[removed: </span>5<span class=\"qaf-visually-hidden\">\\]</span></del> <ins><span class=\"qaf-visually-hidden\">\\[added: </span>3")
# The handbook's "Changes in this version" (pdftotext, as a reader's software sees it) lists the same four.
execute_process(COMMAND pdftotext -layout "${project}/site/demo/pdf/handbook.pdf" - RESULT_VARIABLE rc OUTPUT_VARIABLE pdf ERROR_VARIABLE e)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pdftotext failed (${rc}): ${e}")
endif()
string(FIND "${pdf}" "\nChanges in this version\n" start)
string(FIND "${pdf}" "\nIntroduction\n" end REVERSE)
if(start EQUAL -1 OR end LESS start)
  message(FATAL_ERROR "the handbook has no 'Changes in this version' before its introduction:\n${pdf}")
endif()
math(EXPR length "${end} - ${start}")
string(SUBSTRING "${pdf}" ${start} ${length} section)
expect("${section}" "What changed in version 0.2 since version 0.1: 4 changes \\(1 added, 1 removed, 0 moved, 2 reworded\\)")
string(REGEX MATCHALL "\n(Added|Removed|Moved|Reworded|Moved and reworded): [A-Za-z ]+" lines "${section}")
list(LENGTH lines n)
if(NOT n EQUAL 4)
  message(FATAL_ERROR "expected 4 changes in the handbook, found ${n}: ${lines}\n${section}")
endif()
foreach(want "Reworded: Standard" "Reworded: Rubric cell" "Added: Question" "Removed: Option")
  string(FIND "${lines}" "${want}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "no '${want}' in the handbook's changes: ${lines}")
  endif()
endforeach()
expect("${section}" "within 3 \\[was: 5\\] working days")

# Each changed item's own page carries the flag beside that item, and only there, linked to the page.
foreach(case "standards.html|standard-1.1" "templates/case-audit.html|q-plan-shared" "scales.html|scale-yes-no"
             "rubrics/recording.html|area-words")
  string(REPLACE "|" ";" case "${case}")
  list(GET case 0 p)
  list(GET case 1 anchor)
  file(READ "${project}/site/demo/${p}" html)
  string(REGEX MATCHALL "class=\"qaf-updated\"" flags "${html}")
  list(LENGTH flags n)
  if(NOT n EQUAL 1)
    message(FATAL_ERROR "${p} has ${n} 'Updated in version' flags, not 1")
  endif()
  # The flag follows the item's heading, within its first few hundred characters.
  string(FIND "${html}" "id=\"${anchor}\"" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${p} has no element '${anchor}'")
  endif()
  string(SUBSTRING "${html}" ${at} 600 near)
  expect("${near}" "^id=\"${anchor}\"[^<]*<[^<]*(<[^<]*)?(<[^<]*)?(<[^<]*)?<p class=\"qaf-updated\"><a class=\"qaf-tag qaf-tag--yellow\" href=\"[./]*demo/changes/0.2.html\">Updated in version 0.2</a>")
endforeach()

# Any two versions compared as text: by default the current one against the one before.
run(0 changes demo)
expect("${out}" "^What changed from version 0.1 to version 0.2: 4 changes \\(1 added, 1 removed, 0 moved, 2 reworded\\)")
expect("${out}" "\n  Reworded +Standard 1.1 Seeing the child alone \\(in Section 1: Seeing children\\)\n +Seeing the child alone I see the child alone within \\[-5-\\] \\{\\+3\\+\\} working days")
expect("${out}" "\n  Added +Question 1.3 Has the child been given a copy of their plan\\?")
expect("${out}" "\n  Removed +Option Not applicable \\(in Yes or no\\)")
run(0 changes demo --from 0.2 --to 0.1)
expect("${out}" "^What changed from version 0.2 to version 0.1: 4 changes \\(1 added, 1 removed, 0 moved, 2 reworded\\)")
expect("${out}" "\n  Added +Option Not applicable")
run(2 changes demo --from 0.7)
expect("${out}" "framework 'demo' has no version '0.7' kept.*hint: its versions are 0.1, 0.2")

# Version 0.1 is archived as it was: its pages and PDFs under demo/versions/0.1/, each page saying
# it was replaced and linking to the same page now; none of it in the search index.
file(READ "${project}/site/demo/versions/0.1/standards.html" html)
expect("${html}" "This is version 0.1, kept as it was published. It has been replaced by version 0.2: <a href=\"../../../demo/standards.html\">this page in version 0.2</a>")
expect("${html}" "within 5 working days")
foreach(pdf handbook.pdf standards.pdf case-audit.pdf)
  if(NOT EXISTS "${project}/site/demo/versions/0.1/pdf/${pdf}")
    message(FATAL_ERROR "the archive has no ${pdf}")
  endif()
endforeach()
file(READ "${project}/site/demo/index.html" html)
expect("${html}" "<a href=\"../demo/versions/0.1/index.html\">Version 0.1</a>")
file(GLOB docs "${project}/site/search/docs/*.js")
foreach(doc ${docs})
  file(READ "${doc}" text)
  if(text MATCHES "versions/0\\.1")
    message(FATAL_ERROR "the archive is in the search index: ${doc}")
  endif()
endforeach()

# Kept again as 0.2: the page compares the two kept versions, and says the same.
run(0 publish demo)
expect("${out}" "kept version 0.2 of demo")
run(0 build)
file(READ "${page}" html)
expect("${html}" "Since version 0.1: 4 changes: 1 added, 1 removed, 0 moved, 2 reworded.")
