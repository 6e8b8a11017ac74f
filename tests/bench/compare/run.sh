#!/usr/bin/env bash
# Side-by-side benchmark: qaf against its targets and, where there is one, a peer tool, measured in
# one run with the tools taking turns, and summed up in one Markdown table (medians over the runs):
#
#   audits  1,000 audit records: `qaf check` + `qaf build --packs` (site and packs), one figure;
#           10,000 records: the full build under `/usr/bin/time -v` (its peak RSS line printed).
#   site    10,000 pages, previous output removed before every run: `qaf build --no-packs`
#           against Hugo + Pagefind on the same Markdown files;
#           1,000 pages, built once untimed and then rebuilt over the previous output, both tools.
#   pdf     the repository's example PDFs: qaf's PDF rendering (`bench_pdf . --render-only`, or
#           `qaf build` when bench_pdf is not built) against Typst on the same text (pages/s).
#
#   tests/bench/compare/run.sh [BUILD_DIR]     (BUILD_DIR holds the qaf binary; default: build)
#
# Run by hand, never by ctest. Every figure is GNU time's, for the whole process (a peer's two
# programs are timed one by one and added up). Needs: GNU time at /usr/bin/time, node; for
# "site" Debian's hugo (/usr/bin/hugo) and `npm ci` in tests/bench/compare (Pagefind); for "pdf"
# pdfinfo and pdftotext (poppler-utils) and the same `npm ci` (typst-ts-node-compiler).
#
# Environment:
#   QAF_BENCH_RUNS       runs per measurement, default 3 (the table shows medians)
#   QAF_COMPARE_ONLY     rows to measure, any of "audits site pdf" (default: all three)
#   QAF_COMPARE_RECORDS  audit record counts, default "1000 10000": the first is timed as
#                        check + site + packs, the second (optional) as the full build
#   QAF_COMPARE_PAGES    site sizes, default "1000 10000": the first is rebuilt over the previous
#                        output, the second (optional) built with the previous output removed
#   QAF_BENCH_SEED       seed of the generated pages, default 1
#   QAF_BENCH_KEEP=1     keep the temporary folder and print where it is
#   QAF_HUGO             the Hugo program, default /usr/bin/hugo (Debian's package)
# The targets are judged only at the sizes they name (1,000 and 10,000).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../../.." && pwd)
build=${1:-$repo/build}
build=$(cd "$build" 2>/dev/null && pwd || echo "$build")
qaf=$build/qaf
runs=${QAF_BENCH_RUNS:-3}
only=${QAF_COMPARE_ONLY:-"audits site pdf"}
read -r -a records <<<"${QAF_COMPARE_RECORDS:-1000 10000}"
read -r -a pages <<<"${QAF_COMPARE_PAGES:-1000 10000}"
seed=${QAF_BENCH_SEED:-1}
hugo_bin=${QAF_HUGO:-/usr/bin/hugo}
site_epoch=1767225600    # 2026-01-01, as tests/bench/site/run.sh
audits_epoch=1790726400  # 2026-09-30, as tests/bench/audits/run.sh (overdue counts repeat)

die() { echo "compare/run.sh: $*" >&2; exit 2; }
wants() { [[ " $only " == *" $1 "* ]]; }
for w in $only; do [[ $w == audits || $w == site || $w == pdf ]] || die "QAF_COMPARE_ONLY: unknown row '$w' (audits, site, pdf)"; done
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "QAF_BENCH_RUNS must be a positive number"
for n in "${records[@]}" "${pages[@]}"; do [[ $n =~ ^[1-9][0-9]*$ ]] || die "sizes must be positive numbers, not '$n'"; done
((${#records[@]} >= 1 && ${#records[@]} <= 2)) || die "QAF_COMPARE_RECORDS: one or two numbers"
((${#pages[@]} >= 1 && ${#pages[@]} <= 2)) || die "QAF_COMPARE_PAGES: one or two numbers"

# ---- what is needed -----------------------------------------------------------------------------
[[ -x $qaf ]] || die "no qaf binary in '$build': build it first (cmake --build $build --target qaf)"
[[ -x /usr/bin/time ]] || die "GNU time is missing: install it with 'apt-get install time'"
command -v node >/dev/null || die "node is missing"
modules=$here/node_modules
if wants site || wants pdf; then
  [[ -d $modules ]] || die "the peers are not installed: run 'npm ci' in tests/bench/compare"
fi
if wants site; then
  [[ -x $hugo_bin ]] || die "Hugo is missing ($hugo_bin): install Debian's with 'apt-get install hugo', or leave out the site rows (QAF_COMPARE_ONLY=\"audits pdf\")"
  pagefind=''
  for f in "$modules"/@pagefind/*/bin/pagefind_extended "$modules"/@pagefind/*/bin/pagefind; do
    [[ -x $f ]] && { pagefind=$f; break; }
  done
  [[ -n $pagefind ]] || die "no Pagefind binary under $modules/@pagefind: run 'npm ci' in tests/bench/compare"
fi
if wants pdf; then
  if ! command -v pdfinfo >/dev/null || ! command -v pdftotext >/dev/null; then
    die "pdfinfo and pdftotext are missing: apt-get install poppler-utils"
  fi
  [[ -d $modules/@myriaddreamin/typst-ts-node-compiler ]] || die "typst-ts-node-compiler is missing: run 'npm ci' in tests/bench/compare"
  bench_pdf=''
  for f in "$build/tests/bench_pdf" "$build/tests/bench/bench_pdf"; do [[ -x $f ]] && { bench_pdf=$f; break; }; done
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/qaf-compare.XXXXXX")
if [[ ${QAF_BENCH_KEEP:-0} == 1 ]]; then
  trap 'echo "kept: $tmp" >&2' EXIT
else
  trap 'rm -rf "$tmp"' EXIT
fi

# ---- helpers ------------------------------------------------------------------------------------
commas() { awk -v n="$1" 'BEGIN { s = sprintf("%d", n); while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s); print s }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maxof() { printf '%s\n' "$@" | sort -g | tail -1; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }  # format, expression
over() { calc "$1" "($3 > 0) ? $2 / $3 : 0"; }  # format, a, b: a / b (0 when b is 0, as a tiny run can time 0.00 s)
mb() { calc '%.0f MB' "$1 / 1024"; }          # kB to MB, as the other benchmarks print it
secs() { calc '%.2f s' "$1"; }
pdf_pages() { local t=0 f; for f in "$@"; do t=$((t + $(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ { print $2 }'))); done; echo "$t"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# measure LABEL COMMAND...: runs COMMAND under GNU time (its output to a log, shown if it fails)
# and sets WALL, CPU (user + system), USER, SYS (seconds) and RSS (peak resident, kB).
measure() {
  local label=$1 load
  shift
  load=$(loadavg)
  if ! /usr/bin/time -f '%e %U %S %M' -o "$tmp/time.txt" "$@" >"$tmp/run.log" 2>&1; then
    tail -40 "$tmp/run.log" >&2
    die "$label failed: $*"
  fi
  read -r WALL USER SYS RSS < <(tail -1 "$tmp/time.txt")
  CPU=$(calc '%.2f' "$USER + $SYS")
  printf '  load %s | %-44s %7.2f s wall %7.2f s user %6.2f s sys %6s\n' "$load" "$label" "$WALL" "$USER" "$SYS" "$(mb "$RSS")"
}

# The same with `/usr/bin/time -v`, whose "Maximum resident set size" line is printed as it is.
measure_v() {
  local label=$1 load
  shift
  load=$(loadavg)
  if ! /usr/bin/time -v -o "$tmp/time.txt" "$@" >"$tmp/run.log" 2>&1; then
    tail -40 "$tmp/run.log" >&2
    die "$label failed: $*"
  fi
  field() { sed -n "s/^[[:space:]]*$1: //p" "$tmp/time.txt"; }
  WALL=$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  USER=$(field 'User time (seconds)')
  SYS=$(field 'System time (seconds)')
  RSS=$(field 'Maximum resident set size (kbytes)')
  CPU=$(calc '%.2f' "$USER + $SYS")
  printf '  load %s | %-44s %7.2f s wall %7.2f s user %6.2f s sys %6s\n' "$load" "$label" "$WALL" "$USER" "$SYS" "$(mb "$RSS")"
  printf '  /usr/bin/time -v: %s\n' "$(grep 'Maximum resident set size' "$tmp/time.txt" | sed 's/^[[:space:]]*//')"
}

# ---- header -------------------------------------------------------------------------------------
commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$repo" diff --quiet HEAD -- generator themes 2>/dev/null || commit+=" (uncommitted changes in generator/ or themes/)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores ($(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/^MemTotal:/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) memory, $(uname -sr)"
echo "qaf: $commit, binary $qaf (CMAKE_BUILD_TYPE $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt" 2>/dev/null))"
echo "node $(node --version)$(wants site && echo ", $("$hugo_bin" version | cut -d' ' -f1-2), Pagefind $("$pagefind" --version | awk '{ print $2 }') ($pagefind)")$(wants pdf && echo ", typst-ts-node-compiler $(node -p "require('$modules/@myriaddreamin/typst-ts-node-compiler/package.json').version")")"
echo "runs: $runs (medians below), rows: $only, records: ${records[*]}, pages: ${pages[*]} (seed $seed)"
echo "load average now: $(loadavg)"
echo

# ---- audits -------------------------------------------------------------------------------------
audit_row_small='' audit_row_large=''
if wants audits; then
  export SOURCE_DATE_EPOCH=$audits_epoch
  n=${records[0]}
  project=$tmp/audits-$n
  bash "$repo/tests/bench/audits/make_records.sh" "$project" "$n"
  echo "audits: $n records ($(du -sh "$project/content/audits" | cut -f1)): qaf check, then qaf build --packs"
  walls=() checks=() builds=() rsss=()
  for ((r = 1; r <= runs; r++)); do
    rm -rf "$project/site" "$project/packs"
    measure "qaf check, $n records, run $r" "$qaf" check "$project"
    c=$WALL c_rss=$RSS
    measure "qaf build --packs, $n records, run $r" "$qaf" build "$project" --out "$project/site" --packs "$project/packs"
    checks+=("$c") builds+=("$WALL") walls+=("$(calc '%.2f' "$c + $WALL")") rsss+=("$(maxof "$c_rss" "$RSS")")
  done
  pdfs=$(find "$project/site" "$project/packs" -name '*.pdf' | wc -l)
  pdf_kb=$(find "$project/site" "$project/packs" -name '*.pdf' -printf '%s\n' | awk '{ s += $1 } END { print s / 1024 }')
  w=$(median "${walls[@]}") rss=$(median "${rsss[@]}")
  verdict=": not judged at $(commas "$n") records"
  [[ $n == 1000 ]] && verdict=$(awk -v w="$w" 'BEGIN { print (w <= 3) ? ": met" : ": not met" }')
  audit_row_small="| $(commas "$n") audit records: check + site + packs | $(secs "$w") wall (check $(secs "$(median "${checks[@]}")") + build $(secs "$(median "${builds[@]}")")), peak RSS $(mb "$rss"), $(calc '%.1f' "$pdf_kb / 1024") MB of PDFs ($(commas "$pdfs") files) | none | — | ≤ 3 s$verdict |"
  rm -rf "$project"
  echo

  if ((${#records[@]} == 2)); then
    n=${records[1]}
    project=$tmp/audits-$n
    bash "$repo/tests/bench/audits/make_records.sh" "$project" "$n"
    echo "audits: $n records ($(du -sh "$project/content/audits" | cut -f1)): qaf build --packs under /usr/bin/time -v"
    walls=() rsss=()
    for ((r = 1; r <= runs; r++)); do
      rm -rf "$project/site" "$project/packs"
      measure_v "qaf build --packs, $n records, run $r" "$qaf" build "$project" --out "$project/site" --packs "$project/packs"
      walls+=("$WALL") rsss+=("$RSS")
    done
    pdfs=$(find "$project/site" "$project/packs" -name '*.pdf' | wc -l)
    pdf_kb=$(find "$project/site" "$project/packs" -name '*.pdf' -printf '%s\n' | awk '{ s += $1 } END { print s / 1024 }')
    w=$(median "${walls[@]}") rss=$(median "${rsss[@]}")
    verdict=": not judged at $(commas "$n") records"
    # Two targets, judged one by one: the time and the peak memory (1 GB = 1,048,576 kB).
    [[ $n == 10000 ]] && verdict=$(awk -v w="$w" -v k="$rss" 'BEGIN {
      printf ": time %s, memory %s", (w <= 20) ? "met" : "not met", (k <= 1048576) ? "met" : "not met" }')
    audit_row_large="| $(commas "$n") audit records: full build | $(secs "$w") wall, peak RSS $(mb "$rss") (time -v: $(commas "$rss") kB), $(calc '%.1f' "$pdf_kb / 1024") MB of PDFs ($(commas "$pdfs") files) | — | — | ≤ 20 s, ≤ 1 GB$verdict |"
    rm -rf "$project"
    echo
  fi
  unset SOURCE_DATE_EPOCH
fi

# ---- site: qaf against Hugo + Pagefind ----------------------------------------------------------
# A Hugo project over the qaf project's own content/ folder: config and minimal layouts from hugo/.
make_hugo() {  # PROJECT HUGO_DIR
  mkdir -p "$2"
  cp -r "$here/hugo/layouts" "$2/"
  sed "s#@CONTENT@#$1/content#" "$here/hugo/hugo.toml.in" >"$2/hugo.toml"
}
# Sets the peer's WALL, CPU and RSS: Hugo's and Pagefind's times added up, the larger peak.
run_peer() {  # LABEL HUGO_DIR PUBLIC
  measure "hugo, $1" "$hugo_bin" --source "$2" --destination "$3" --quiet
  local w=$WALL c=$CPU m=$RSS
  HUGO_WALL=$WALL
  measure "pagefind, $1" "$pagefind" --site "$3"
  PF_WALL=$WALL
  WALL=$(calc '%.2f' "$w + $WALL") CPU=$(calc '%.2f' "$c + $CPU") RSS=$(maxof "$m" "$RSS")
}
site_row() {  # N MODE (clean | rebuild): measures and prints one table row
  local n=$1 mode=$2 project=$tmp/site-$1 hugo=$tmp/hugo-$1 r
  local qsite=$tmp/site-$1-qaf qpublic=$tmp/site-$1-hugo
  node "$repo/tests/bench/site/make_site.mjs" --pages "$n" --out "$project" --seed "$seed" >/dev/null
  make_hugo "$project" "$hugo"
  echo "site: $n pages ($(du -sh "$project/content" | cut -f1) of Markdown), $([[ $mode == clean ]] && echo 'previous output removed before each run' || echo 'rebuilt over the previous output')"
  if [[ $mode == rebuild ]]; then  # the previous output, untimed
    "$qaf" build "$project" --out "$qsite" --no-packs >"$tmp/run.log" 2>&1 || { cat "$tmp/run.log" >&2; die "qaf build of $n pages failed"; }
    "$hugo_bin" --source "$hugo" --destination "$qpublic" --quiet >"$tmp/run.log" 2>&1 || { cat "$tmp/run.log" >&2; die "hugo failed"; }
    "$pagefind" --site "$qpublic" >"$tmp/run.log" 2>&1 || { cat "$tmp/run.log" >&2; die "pagefind failed"; }
  fi
  local qw=() qc=() qm=() pw=() pc=() pm=() hw=() fw=()
  for ((r = 1; r <= runs; r++)); do
    local order='qaf peer'
    ((r % 2 == 0)) && order='peer qaf'
    for tool in $order; do
      if [[ $tool == qaf ]]; then
        [[ $mode == clean ]] && rm -rf "$qsite"
        measure "qaf build --no-packs, $n pages, run $r" "$qaf" build "$project" --out "$qsite" --no-packs
        qw+=("$WALL") qc+=("$CPU") qm+=("$RSS")
      else
        [[ $mode == clean ]] && rm -rf "$qpublic" "$hugo/resources" "$hugo/.hugo_build.lock"
        run_peer "$n pages, run $r" "$hugo" "$qpublic"
        pw+=("$WALL") pc+=("$CPU") pm+=("$RSS") hw+=("$HUGO_WALL") fw+=("$PF_WALL")
      fi
    done
  done
  local q_files p_files
  q_files=$(find "$qsite" -type f | wc -l) p_files=$(find "$qpublic" -type f | wc -l)
  local q_w q_c p_w p_c ratio verdict work
  verdict=": not judged at $(commas "$n") pages"
  q_w=$(median "${qw[@]}") q_c=$(median "${qc[@]}") p_w=$(median "${pw[@]}") p_c=$(median "${pc[@]}")
  ratio=$(over '%.1f' "$p_w" "$q_w")
  if [[ $mode == clean ]]; then
    work="$(commas "$n") pages, plain site with search (previous output removed first)"
    [[ $n == 10000 ]] && verdict=$(awk -v x="$ratio" 'BEGIN { print (x >= 10) ? ": met" : ": not met" }')
  else
    work="$(commas "$n") pages, same but rebuilt over the previous output"
    [[ $n == 1000 ]] && verdict=$(awk -v x="$ratio" 'BEGIN { print (x >= 10) ? ": met" : ": not met" }')
  fi
  printf '| %s | %s wall, %s CPU, %s (%s files) | Hugo + Pagefind: %s wall (Hugo %s + Pagefind %s), %s CPU, %s (%s files) | %s× wall, %s× CPU | ≥ 10×%s |\n' \
    "$work" "$(secs "$q_w")" "$(secs "$q_c")" "$(mb "$(median "${qm[@]}")")" "$(commas "$q_files")" \
    "$(secs "$p_w")" "$(secs "$(median "${hw[@]}")")" "$(secs "$(median "${fw[@]}")")" "$(secs "$p_c")" \
    "$(mb "$(median "${pm[@]}")")" "$(commas "$p_files")" "$ratio" "$(over '%.1f' "$p_c" "$q_c")" "$verdict" >"$tmp/row.txt"
  rm -rf "$project" "$hugo" "$qsite" "$qpublic"
  echo
}
site_row_clean='' site_row_rebuild=''
if wants site; then
  export SOURCE_DATE_EPOCH=$site_epoch
  if ((${#pages[@]} == 2)); then
    site_row "${pages[1]}" clean
    site_row_clean=$(cat "$tmp/row.txt")
  fi
  site_row "${pages[0]}" rebuild
  site_row_rebuild=$(cat "$tmp/row.txt")
  unset SOURCE_DATE_EPOCH
fi

# ---- PDF: qaf against Typst on the same text ----------------------------------------------------
pdf_row=''
if wants pdf; then
  export SOURCE_DATE_EPOCH=$site_epoch
  # The example PDFs, untimed: qaf build of the repository (no packs: they would go into the
  # repository's packs/ folder, and bench_pdf renders only these documents too).
  "$qaf" build "$repo" --out "$tmp/pdf-site" --no-packs >"$tmp/run.log" 2>&1 || { cat "$tmp/run.log" >&2; die "qaf build of the repository failed"; }
  mapfile -t qpdfs < <(cd "$tmp/pdf-site" && find . -name '*.pdf' | sed 's#^\./##' | sort)
  ((${#qpdfs[@]} > 0)) || die "qaf build of the repository wrote no PDF"
  q_pages=$(cd "$tmp/pdf-site" && pdf_pages "${qpdfs[@]}")
  # Typst's sources: the text of each PDF (pdftotext), one .typ file each.
  mkdir -p "$tmp/typst"
  for f in "${qpdfs[@]}"; do pdftotext "$tmp/pdf-site/$f" "$tmp/typst/$(echo "$f" | tr / -).txt"; done
  node "$here/to_typst.mjs" "$tmp/typst" >"$tmp/typst-sources.tsv"
  chars=$(awk -F'\t' '{ s += $2 } END { print s }' "$tmp/typst-sources.tsv")
  if [[ -n $bench_pdf ]]; then
    qaf_how="bench_pdf --render-only"
  else
    qaf_how="qaf build --no-packs, site included"
  fi
  echo "pdf: ${#qpdfs[@]} PDFs of $q_pages pages, $(commas "$chars") characters of text (not counting spaces); qaf timed by $qaf_how"
  [[ -n $bench_pdf ]] || echo "  (bench_pdf is not built: 'cmake --build $build --target bench_pdf' times the PDF rendering alone)"
  qw=() tw=() t_pages=''
  for ((r = 1; r <= runs; r++)); do
    order='qaf typst'
    ((r % 2 == 0)) && order='typst qaf'
    for tool in $order; do
      if [[ $tool == qaf ]]; then
        if [[ -n $bench_pdf ]]; then
          measure "qaf: bench_pdf --render-only, run $r" "$bench_pdf" "$repo" --render-only
          written=$(sed -n 's/^render_pdfs: \([0-9]*\) PDFs.*/\1/p' "$tmp/run.log")
          [[ $written == "${#qpdfs[@]}" ]] || echo "  (bench_pdf rendered ${written:-?} PDFs, qaf build wrote ${#qpdfs[@]})"
        else
          rm -rf "$tmp/pdf-site-timed"
          measure "qaf build --no-packs (repository), run $r" "$qaf" build "$repo" --out "$tmp/pdf-site-timed" --no-packs
        fi
        qw+=("$WALL")
      else
        rm -rf "$tmp/typst-out"
        measure "typst (typst-ts-node-compiler), run $r" node "$here/typst_pdfs.mjs" "$tmp/typst" "$tmp/typst-out"
        tw+=("$WALL")
        t_pages=$(awk -F'\t' '$1 == "total" { print $2 }' "$tmp/run.log")
      fi
    done
  done
  mapfile -t tpdfs < <(find "$tmp/typst-out" -name '*.pdf' | sort)
  t_counted=$(pdf_pages "${tpdfs[@]}")
  [[ $t_counted == "$t_pages" ]] || echo "  (Typst reported $t_pages pages, pdfinfo counts $t_counted)"
  q_w=$(median "${qw[@]}") t_w=$(median "${tw[@]}")
  q_rate=$(over '%.1f' "$q_pages" "$q_w") t_rate=$(over '%.1f' "$t_counted" "$t_w")
  ratio=$(over '%.2f' "$q_rate" "$t_rate")
  verdict=$(awk -v x="$ratio" 'BEGIN { print (x >= 3) ? ": met" : ": not met" }')
  pdf_row="| the example PDFs (pages/s): ${#qpdfs[@]} documents | $q_pages pages, $(secs "$q_w"), $(calc '%.0f' "$q_rate") pages/s ($qaf_how) | Typst: $t_counted pages, $(secs "$t_w"), $(calc '%.0f' "$t_rate") pages/s of the same text | $(calc '%.2f' "$ratio")× pages/s (Typst's time over qaf's: $(over '%.2f' "$t_w" "$q_w")×) | ≥ 3× Typst's pages/s$verdict |"
  unset SOURCE_DATE_EPOCH
  echo
fi

# ---- the table ----------------------------------------------------------------------------------
echo "Medians of $runs run(s); the load average before each measurement is in the lines above."
echo
echo '| work | qaf | peer | ratio | target |'
echo '|---|---|---|---|---|'
for row in "$audit_row_small" "$audit_row_large" "$site_row_clean" "$site_row_rebuild" "$pdf_row"; do
  [[ -n $row ]] && echo "$row"
done
exit 0
