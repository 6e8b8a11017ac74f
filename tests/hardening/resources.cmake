# Hardening test of hostile input: each case is refused by `qaf check` and `qaf build` with exit 1
# and its diagnostic, within 60 s and 256 MB of peak memory (run_bounded measures it), never a crash.
# Cases: a 1 MB YAML string aliased 5,000 times; a free-text answer of 20,000 nested '>'; a page of
# 25,000 nested list items; a page of 20,000 nested emphasis markers; a 20 KB table of 2,000 columns
# and 4,000 rows (cmark-gfm would pad it to 8 million cells: 2 GB); a page whose one line opens
# 200,000 block quotes then 150,000 "--" (cmark-gfm checks each node against all its
# ancestors: the fuzzers' 50 kB case took 1.6 s, this one hours, unless qaf cuts the line first).
# Variables: QAF, RUN (run_bounded), BASE (tests/diagnostics/base), WORK.
file(REMOVE_RECURSE "${WORK}")
set(record_head "id: a-0001\nframework: tiny\ntemplate: case-audit\nheader: { case: \"T-0001\", team: North, date: 2026-03-02 }\n")
string(REPEAT "x" 1000000 big)
string(REPEAT "  - *big\n" 5000 aliases)
string(REPEAT ">" 20000 quotes)
string(REPEAT "- " 25000 items)
string(REPEAT "*" 20000 stars)
string(REPEAT "> " 200000 quote_line)
string(REPEAT " --" 150000 dashes)
string(REPEAT "a|" 2000 table_head)
string(REPEAT "-|" 2000 table_rule)
string(REPEAT "|a\n" 4000 table_rows)
set(cases
  "alias|content/audits/a-0002.yaml|${record_head}notes: &big \"${big}\"\nextra:\n${aliases}|a YAML alias"
  "quotes|content/audits/a-0001.yaml|${record_head}answers:\n  seen-alone: \"no\"\n  why-not: \"${quotes} deep\"\n  visit-date: 2026-02-20\n  quality: good\njudgement: good\n|nested more than 50 levels"
  "list|content/deep.md|---\ntitle: Deep\n---\n${items}item\n|nested more than 50 levels"
  "quote-line|content/deep.md|---\ntitle: Deep\n---\n${quote_line}a${dashes}\n|deep.md:4:[0-9]+: error: .*nested more than 50 levels"
  "emphasis|content/deep.md|---\ntitle: Deep\n---\n${stars}x${stars}\n|nested more than 50 levels"
  "table|content/wide.md|---\ntitle: Wide\n---\n|${table_head}\n|${table_rule}\n${table_rows}|wide.md:4:1: error: table of 2000 columns")
foreach(c IN LISTS cases)
  string(FIND "${c}" "|" a)
  string(SUBSTRING "${c}" 0 ${a} name)
  math(EXPR a1 "${a} + 1")
  string(SUBSTRING "${c}" ${a1} -1 rest)
  string(FIND "${rest}" "|" b)
  string(SUBSTRING "${rest}" 0 ${b} file)
  math(EXPR b1 "${b} + 1")
  string(SUBSTRING "${rest}" ${b1} -1 rest)
  string(FIND "${rest}" "|" e REVERSE)
  string(SUBSTRING "${rest}" 0 ${e} text)
  math(EXPR e1 "${e} + 1")
  string(SUBSTRING "${rest}" ${e1} -1 message)
  set(project "${WORK}/${name}")
  file(COPY "${BASE}/" DESTINATION "${project}")
  file(WRITE "${project}/${file}" "${text}")
  foreach(verb check build)
    set(extra)
    if(verb STREQUAL "build")
      set(extra --out "${WORK}/${name}-site" --packs "${WORK}/${name}-packs")
    endif()
    execute_process(COMMAND "${RUN}" 256 60 1 "${QAF}" ${verb} "${project}" ${extra}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message(STATUS "${name}, qaf ${verb}: ${out}")
    if(NOT rc EQUAL 0 OR NOT err MATCHES "${message}")
      message(FATAL_ERROR "${name}: qaf ${verb} was not refused within the bounds with '${message}':\n${out}${err}")
    endif()
  endforeach()
endforeach()
