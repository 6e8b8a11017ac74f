# `qaf import`: a CSV with every answer type becomes records that `qaf check` passes and `qaf dump`
# shows as they were in the cells; wrong values are each reported at their row and column with
# nothing written; a mapping file; a workbook refused; nothing existing is ever written over.
# Variables: QAF, SOURCE (tests/cli/import), WORK (scratch folder, emptied first).
file(REMOVE_RECURSE "${WORK}")
file(COPY "${SOURCE}/project/" DESTINATION "${WORK}/project")
set(project "${WORK}/project")
set(imported "${project}/content/audits/imported")

# run(EXIT ARGS...): runs qaf in the project, fails unless it exits with EXIT; output in `out`.
function(run want)
  execute_process(COMMAND "${QAF}" ${ARGN} WORKING_DIRECTORY "${project}" RESULT_VARIABLE rc OUTPUT_VARIABLE o
                  ERROR_VARIABLE e)
  if(NOT rc STREQUAL want)
    message(FATAL_ERROR "qaf ${ARGN}: expected exit code ${want}, got '${rc}'\nstdout:\n${o}\nstderr:\n${e}")
  endif()
  set(out "${o}${e}" PARENT_SCOPE)
  set(stdout "${o}" PARENT_SCOPE)
endfunction()
function(expect text regex)
  if(NOT text MATCHES "${regex}")
    message(FATAL_ERROR "output does not match '${regex}':\n${text}")
  endif()
endfunction()
# expect_lines(TEXT LINE...): each LINE appears in TEXT as a whole line, exactly.
function(expect_lines text)
  foreach(line IN LISTS ARGN)
    string(FIND "\n${text}\n" "\n${line}\n" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "no line '${line}' in:\n${text}")
    endif()
  endforeach()
endfunction()
# files_now(VAR): every file under the project with its hash, to show that nothing changed.
function(files_now var)
  file(GLOB_RECURSE all RELATIVE "${project}" "${project}/*")
  list(SORT all)
  set(state "")
  foreach(f ${all})
    file(SHA256 "${project}/${f}" h)
    string(APPEND state "${f} ${h}\n")
  endforeach()
  set(${var} "${state}" PARENT_SCOPE)
endfunction()
function(unchanged before what)
  files_now(after)
  if(NOT before STREQUAL after)
    message(FATAL_ERROR "${what} changed the project:\nbefore:\n${before}\nafter:\n${after}")
  endif()
endfunction()
# audit_index(VAR ID): the index of record ID among the audits of `qaf dump` (in `dump`).
function(audit_index var id)
  string(JSON n LENGTH "${dump}" audits)
  math(EXPR last "${n} - 1")
  foreach(i RANGE ${last})
    string(JSON this GET "${dump}" audits ${i} id)
    if(this STREQUAL id)
      set(${var} ${i} PARENT_SCOPE)
      return()
    endif()
  endforeach()
  message(FATAL_ERROR "qaf dump has no audit record '${id}'")
endfunction()
# audit(VAR ID KEY...): a value of record ID in the JSON of `qaf dump`.
function(audit var id)
  audit_index(i "${id}")
  string(JSON v GET "${dump}" audits ${i} ${ARGN})
  set(${var} "${v}" PARENT_SCOPE)
endfunction()
# check_count(ID WANT KEY...): fails unless that list of the record has WANT items.
function(check_count id want)
  audit_index(i "${id}")
  string(JSON len LENGTH "${dump}" audits ${i} ${ARGN})
  if(NOT len STREQUAL want)
    message(FATAL_ERROR "record ${id}, ${ARGN}: ${len} items, expected ${want}")
  endif()
endfunction()
# check_audit(ID WANT KEY...): fails unless that value of the record is WANT.
function(check_audit id want)
  audit(v "${id}" ${ARGN})
  if(NOT v STREQUAL want)
    message(FATAL_ERROR "record ${id}, ${ARGN}: '${v}', expected '${want}'")
  endif()
endfunction()

# --- A workbook is refused, by its name or by its bytes; nothing is written. ---
files_now(start)
run(2 import "${SOURCE}/audit.xlsx" --template imp/file-check)
expect("${out}" "audit.xlsx is a workbook: qaf import reads CSV files only\n  hint: save it as CSV from Excel.*xlsx2csv' \\(Debian package xlsx2csv\\)")
run(2 import "${SOURCE}/disguised.csv" --template imp/file-check)
expect("${out}" "disguised.csv is a workbook, not CSV text")
run(2 import "${SOURCE}/all-types.csv")
expect("${out}" "import needs the template the rows answer: --template FW/ID")
run(2 import "${SOURCE}/all-types.csv" --template imp/file-chek)
expect("${out}" "no template 'imp/file-chek' in the project\n  hint: did you mean 'imp/file-check'\\?")
unchanged("${start}" "a refused import")

# --- Wrong values: every error at its row and column, and nothing written. ---
run(1 import "${SOURCE}/wrong.csv" --template imp/file-check)
set(w "${SOURCE}/wrong.csv")
expect_lines("${out}"
  "${w}:2:6: error: 'Child procection' is not on scale 'category' (header field 'category')"
  "${w}:2:12: error: the answer to question 'workers' must be a number, not 'lots'"
  "${w}:2:13: error: '31/02/2026' is not a date (question 'last-seen')"
  "  hint: dates written with '/' are read when the mapping file says in what order: 'dates: day-first' (31/03/2026) or 'dates: month-first' (03/31/2026)"
  "${w}:3:9: error: question 'voice' has no answer in column 'file'"
  "${w}:3:10: error: 'Excellent' is not on scale 'grades' (question 'plan-quality')"
  "${w}:3:11: error: 'Grandmother' is not on scale 'spoken-to' (question 'spoken-to')"
  "${w}:4:1: error: duplicate audit record id 'imp-0201'"
  "  hint: row 2 has it too"
  "${w}:5:1: error: audit record id 'imp-0001' is taken by content/audits/imp-0001.yaml"
  "${w}:5:15: error: missing 'judgement'"
  "${w}:6:1: error: the row has no id"
  "${w}:6:7: error: '2026-13-01' is not a date (header field 'audit-date')"
  "  hint: cell F2, column 'Category of case'"
  "11 errors, 0 warnings"
  "qaf: nothing imported: no record was written")
unchanged("${start}" "an import with errors")

# A heading that matches nothing, with the nearest it might have meant.
run(1 import "${SOURCE}/unknown-heading.csv" --template imp/file-check)
set(u "${SOURCE}/unknown-heading.csv")
expect_lines("${out}"
  "${u}:1:2: error: column 'Judgment' matches nothing in template 'file-check'"
  "  hint: did you mean 'judgement'?"
  "${u}:1:3: error: column 'Team name' matches nothing in template 'file-check'")
# A mapping file's own mistakes, at its lines.
run(1 import "${SOURCE}/forms.csv" --template imp/file-check --map "${SOURCE}/bad-map.yaml")
set(b "${SOURCE}/bad-map.yaml")
expect_lines("${out}"
  "${b}:2:3: error: 'judgment' is not a part of an audit record (column 'Overall grade')"
  "  hint: did you mean 'judgement'?"
  "${b}:3:3: error: template 'file-check' has no question 'plan-qualty' (column 'Q3 How good is the plan?')"
  "  hint: did you mean 'answers.plan-quality'?"
  "  hint: did you mean '{Child's ID}'?")
unchanged("${start}" "an import with a wrong mapping file")

# --- Every answer type, by the headings alone (BOM, CRLF, quoted cells with commas, quotes and
# a line break, a blank row). ---
run(0 import "${SOURCE}/all-types.csv" --template imp/file-check)
expect_lines("${out}"
  "qaf: wrote content/audits/imported/imp-0101.yaml"
  "qaf: wrote content/audits/imported/imp-0102.yaml"
  "qaf: imported 2 audit records into content/audits/imported")
file(READ "${imported}/imp-0102.yaml" text)
expect("${text}" "^# Imported by qaf import from all-types.csv, row 4.\n")
run(0 check)
if(out MATCHES "warning:|error:")
  message(FATAL_ERROR "qaf check is not clean after the import:\n${out}")
endif()
expect("${out}" "3 audit records checked")
run(0 dump --json)
set(dump "${stdout}")
check_audit(imp-0101 "Ben Example" header child)
check_audit(imp-0101 "C-0101" header case-id)
check_audit(imp-0101 "cp" header category)
check_audit(imp-0101 "2026-04-22" header audit-date)
check_audit(imp-0101 "North" team)
check_audit(imp-0101 "discussion" answers voice values 0 column)
check_audit(imp-0101 "yes" answers voice values 0 values 0)
check_audit(imp-0101 "file" answers voice values 1 column)
check_audit(imp-0101 "partly" answers voice values 1 values 0)
check_audit(imp-0101 "Seen alone, twice" answers voice comment)
check_audit(imp-0101 "good" answers plan-quality values 0 values 0)
check_audit(imp-0101 "The plan is \"clear\", and specific" answers plan-quality comment)
check_count(imp-0101 3 answers spoken-to values 0 values)
check_audit(imp-0101 "child" answers spoken-to values 0 values 0)
check_audit(imp-0101 "mother" answers spoken-to values 0 values 1)
check_audit(imp-0101 "health" answers spoken-to values 0 values 2)
check_audit(imp-0101 "3.0" answers workers values 0 number)
check_audit(imp-0101 "2026-04-17" answers last-seen values 0 values 0)
check_audit(imp-0101 "Line one\nLine two, with a comma" answers strengths values 0 text)
check_audit(imp-0101 "Chronology, p.4" answers evidence values 0 text)
check_audit(imp-0101 "good" judgement)
check_audit(imp-0101 "Standards met." judgement_reason)
check_audit(imp-0102 "cla" header category)
check_audit(imp-0102 "outstanding" answers plan-quality values 0 values 0)
check_count(imp-0102 1 answers spoken-to values 0 values)
check_audit(imp-0102 "school" answers spoken-to values 0 values 0)
check_audit(imp-0102 "0.0" answers workers values 0 number)
check_audit(imp-0102 "Settled at school" answers strengths values 0 text)
check_audit(imp-0102 "outstanding" judgement)

# --- Never over anything: the same rows again, a row with an existing record's id, and a file
# already at the path a row would take. ---
files_now(imported_once)
run(1 import "${SOURCE}/all-types.csv" --template imp/file-check)
expect_lines("${out}"
  "${SOURCE}/all-types.csv:2:1: error: audit record id 'imp-0101' is taken by content/audits/imported/imp-0101.yaml"
  "  hint: qaf import never writes over a record: give this row another id, or leave the row out"
  "${SOURCE}/all-types.csv:4:1: error: audit record id 'imp-0102' is taken by content/audits/imported/imp-0102.yaml")
unchanged("${imported_once}" "importing the same rows again")
run(1 import "${SOURCE}/taken.csv" --template imp/file-check)
expect("${out}" "taken.csv:2:1: error: audit record id 'imp-0001' is taken by content/audits/imp-0001.yaml")
unchanged("${imported_once}" "importing an existing record's id")
# A file named like the row's record but holding another (a copy renamed by hand) is not written over either.
file(READ "${project}/content/audits/imp-0001.yaml" record)
string(REPLACE "id: imp-0001" "id: stray-0401" record "${record}")
file(WRITE "${imported}/imp-0401.yaml" "${record}")
files_now(with_stray)
run(1 import "${SOURCE}/overwrite.csv" --template imp/file-check)
expect("${out}" "overwrite.csv:2:1: error: content/audits/imported/imp-0401.yaml exists already")
unchanged("${with_stray}" "importing over a file")
file(REMOVE "${imported}/imp-0401.yaml")
# An id is taken whatever its case: imported ids are lower case, and a file share may not tell
# IMP-0500.yaml from imp-0500.yaml.
string(REPLACE "id: stray-0401" "id: IMP-0500" record "${record}")
file(WRITE "${project}/content/audits/upper.yaml" "${record}")
file(READ "${SOURCE}/taken.csv" taken)
string(REPLACE "imp-0001," "imp-0500," cased "${taken}")
file(WRITE "${WORK}/cased.csv" "${cased}")
files_now(with_upper)
run(1 import "${WORK}/cased.csv" --template imp/file-check)
expect_lines("${out}"
  "${WORK}/cased.csv:2:1: error: audit record id 'imp-0500' is taken by content/audits/upper.yaml")
unchanged("${with_upper}" "importing an id that differs only in case")
file(REMOVE "${project}/content/audits/upper.yaml")

# --- An id cell with nothing an id can keep is an error at that cell, not a row left out. ---
string(REPLACE "imp-0001," "—," dash "${taken}")
file(WRITE "${WORK}/dash.csv" "${dash}")
run(1 import "${WORK}/dash.csv" --template imp/file-check)
expect_lines("${out}"
  "${WORK}/dash.csv:2:1: error: '—' makes no id: it has no letter or digit from A to Z or 0 to 9"
  "qaf: nothing imported: no record was written")
unchanged("${imported_once}" "importing a row whose id cleans to nothing")

# --- A wrong value the mapping file gives every record: reported once, at its line there. ---
file(READ "${SOURCE}/forms-map.yaml" fmap)
string(REPLACE "  \"Category\": header.category\n" "" fmap "${fmap}")
string(REPLACE "ignore: [\"ID\"," "ignore: [\"Category\", \"ID\"," fmap "${fmap}")
file(WRITE "${WORK}/fixed-map.yaml" "${fmap}  header.category: Child procection\n")
run(1 import "${SOURCE}/forms.csv" --template imp/file-check --map "${WORK}/fixed-map.yaml")
expect_lines("${out}"
  "${WORK}/fixed-map.yaml:23:3: error: 'Child procection' is not on scale 'category' (header field 'category')"
  "  hint: this value, under 'values', is given to every record"
  "  hint: the problem is in every row"
  "1 error, 0 warnings")
unchanged("${imported_once}" "importing with a wrong fixed value")
# A fixed comment on a question one row leaves unanswered: the missing answer is that row's, at its cell.
file(READ "${SOURCE}/forms.csv" fcsv)
string(REPLACE ",Good,Mother," ",,Mother," fcsv "${fcsv}")
file(WRITE "${WORK}/one-unanswered.csv" "${fcsv}")
file(READ "${SOURCE}/forms-map.yaml" fmap)
file(WRITE "${WORK}/comment-map.yaml" "${fmap}  answers.plan-quality.comment: See the file\n")
run(1 import "${WORK}/one-unanswered.csv" --template imp/file-check --map "${WORK}/comment-map.yaml")
expect_lines("${out}"
  "${WORK}/one-unanswered.csv:3:13: error: question 'plan-quality' has no answer"
  "1 error, 0 warnings")
unchanged("${imported_once}" "importing with a row that leaves a question with a fixed comment unanswered")

# --- A question answered nowhere but in its comment column: the error says to add its column,
# rather than point at the comment's cell. ---
file(WRITE "${WORK}/comment-only.csv" "id,plan-quality.comment\nimp-0700,A comment\n")
run(1 import "${WORK}/comment-only.csv" --template imp/file-check)
expect_lines("${out}"
  "${WORK}/comment-only.csv:2:1: error: question 'plan-quality' has no answer"
  "  hint: add a column headed 'plan-quality', or map a column to 'answers.plan-quality' in the mapping file (or give every record one value under 'values')")
unchanged("${imported_once}" "importing a row with only a comment")

# --- The audit records folder where qaf.yaml puts it, outside the project (an absolute path). ---
file(COPY "${SOURCE}/project/" DESTINATION "${WORK}/elsewhere-project")
file(MAKE_DIRECTORY "${WORK}/outside")
file(RENAME "${WORK}/elsewhere-project/content/audits/imp-0001.yaml" "${WORK}/outside/imp-0001.yaml")
file(WRITE "${WORK}/elsewhere-project/qaf.yaml" "audits: \"${WORK}/outside\"\n")
execute_process(COMMAND "${QAF}" import "${SOURCE}/all-types.csv" --template imp/file-check
                WORKING_DIRECTORY "${WORK}/elsewhere-project" RESULT_VARIABLE rc OUTPUT_VARIABLE o ERROR_VARIABLE e)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "import into an audits folder outside the project: exit ${rc}\n${o}${e}")
endif()
expect_lines("${o}${e}"
  "qaf: wrote ${WORK}/outside/imported/imp-0101.yaml"
  "qaf: imported 2 audit records into ${WORK}/outside/imported")
if(NOT EXISTS "${WORK}/outside/imported/imp-0102.yaml" OR EXISTS "${WORK}/elsewhere-project/content/audits/imported")
  message(FATAL_ERROR "the records did not go to the configured audits folder ${WORK}/outside")
endif()

# --- A mapping file: a Microsoft Forms export, its metadata columns ignored, ids from a pattern,
# dates day first, a value every record gets, a signature. ---
run(0 import "${SOURCE}/forms.csv" --template file-check --map "${SOURCE}/forms-map.yaml")
expect_lines("${out}"
  "qaf: wrote content/audits/imported/file-check-c-0301.yaml"
  "qaf: wrote content/audits/imported/file-check-c-0302.yaml")
run(0 check)
if(out MATCHES "warning:|error:")
  message(FATAL_ERROR "qaf check is not clean after the mapped import:\n${out}")
endif()
run(0 dump --json)
set(dump "${stdout}")
check_audit(file-check-c-0301 "Sam Sample" header auditor)
check_audit(file-check-c-0301 "C-0301" header case-id)
check_audit(file-check-c-0301 "Di Example" header child)
check_audit(file-check-c-0301 "cla" header category)
check_audit(file-check-c-0301 "2026-04-22" header audit-date)
check_audit(file-check-c-0301 "Children in Care" header team)
check_audit(file-check-c-0301 "Checked the file" answers voice comment)
check_audit(file-check-c-0301 "requires-improvement" answers plan-quality values 0 values 0)
check_count(file-check-c-0301 2 answers spoken-to values 0 values)
check_audit(file-check-c-0301 "child" answers spoken-to values 0 values 0)
check_audit(file-check-c-0301 "school" answers spoken-to values 0 values 1)
check_audit(file-check-c-0301 "2026-04-17" answers last-seen values 0 values 0)
check_audit(file-check-c-0301 "requires-improvement" judgement)
check_audit(file-check-c-0301 "The plan lacks dates." judgement_reason)
check_audit(file-check-c-0301 "Sam Sample" signatures 0 name)
check_audit(file-check-c-0302 "2026-04-01" answers last-seen values 0 values 0)
check_audit(file-check-c-0302 "good" judgement)

# --- No-break spaces (as Excel and Forms leave them) round a choice are spaces. ---
file(READ "${SOURCE}/forms.csv" fcsv)
string(REPLACE "The child;School or nursery;" "The child; School or nursery ;" fcsv "${fcsv}")
string(REPLACE "C-0301" "C-0901" fcsv "${fcsv}")
string(REPLACE "C-0302" "C-0902" fcsv "${fcsv}")
file(WRITE "${WORK}/nbsp.csv" "${fcsv}")
run(0 import "${WORK}/nbsp.csv" --template file-check --map "${SOURCE}/forms-map.yaml")
run(0 dump --json)
set(dump "${stdout}")
check_count(file-check-c-0901 2 answers spoken-to values 0 values)
check_audit(file-check-c-0901 "school" answers spoken-to values 0 values 1)
