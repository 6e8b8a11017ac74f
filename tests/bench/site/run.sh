#!/usr/bin/env bash
# Site build benchmark: generates 1,000- and 10,000-page plain-SSG projects, builds each with qaf,
# and reports build time, peak memory, output size and the bytes a first search loads.
#
#   tests/bench/site/run.sh [BUILD_DIR]        (BUILD_DIR holds the qaf binary; default: build)
#
# Run by hand, never by ctest. Prints Markdown tables to paste into tests/bench/README.md.
# Needs: GNU time at /usr/bin/time (Debian: `apt-get install time`), node, and for the search
# figures Chromium (/usr/bin/chromium) with playwright-core (`npm ci` in tests/browser).
#
# Environment: QAF_BENCH_PAGES (default "1000 10000"), QAF_BENCH_SEED (default 1),
# QAF_BENCH_RUNS (builds per size, default 1; each is reported), QAF_BENCH_KEEP=1 keeps the
# temporary folder (projects and sites) and prints where it is.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../../.." && pwd)
build=${1:-$repo/build}
qaf=$(cd "$build" 2>/dev/null && pwd || echo "$build")/qaf
pages_list=${QAF_BENCH_PAGES:-"1000 10000"}
seed=${QAF_BENCH_SEED:-1}
runs=${QAF_BENCH_RUNS:-1}

die() { echo "run.sh: $*" >&2; exit 2; }
[[ -x $qaf ]] || die "no qaf binary in '$build': build it first (cmake --build $build --target qaf)"
[[ -x /usr/bin/time ]] || die "GNU time is missing: install it with 'apt-get install time'"
command -v node >/dev/null || die "node is missing"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/qaf-bench.XXXXXX")
if [[ ${QAF_BENCH_KEEP:-0} == 1 ]]; then
  trap 'echo "kept: $tmp" >&2' EXIT
else
  trap 'rm -rf "$tmp"' EXIT
fi
export SOURCE_DATE_EPOCH=1767225600  # 2026-01-01: fixed "today", so two runs build the same bytes

# Total bytes of the regular files under a folder (optionally only names matching a pattern).
bytes_under() { find "$1" -type f ${2:+-name "$2"} -printf '%s\n' | awk '{s += $1} END {print s + 0}'; }
files_under() { find "$1" -type f ${2:+-name "$2"} | wc -l; }
mb() { awk -v b="$1" 'BEGIN {printf "%.1f MB", b / 1e6}'; }
# A value from GNU time -v's report.
field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }

# The sources the binary was built from: the build folder's CMake cache names them.
src=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$build/CMakeCache.txt" 2>/dev/null || true)
src=${src:-$repo}
if commit=$(git -C "$src" rev-parse --short HEAD 2>/dev/null); then
  git -C "$src" diff --quiet HEAD -- generator themes 2>/dev/null ||
    commit+=" (the working tree has uncommitted changes in generator/ or themes/)"
else
  commit="unknown (sources in $src are not a git checkout)"
fi
mem=$(awk '/^MemTotal:/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)
cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores ($cpu), $mem memory, $(uname -sr)"
echo "qaf: $commit, $("$qaf" --version 2>&1 | sed -n 1p), binary $qaf (CMAKE_BUILD_TYPE $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt" 2>/dev/null))"
echo "seed: $seed"
echo

echo '| pages | Markdown in | wall | user CPU | system CPU | peak RSS | files written | bytes written (HTML / search index) | load avg before |'
echo '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
last_site=''
for n in $pages_list; do
  project=$tmp/project-$n
  node "$here/make_site.mjs" --pages "$n" --seed "$seed" --out "$project" >/dev/null
  md_bytes=$(bytes_under "$project/content" '*.md')
  for ((run = 1; run <= runs; run++)); do
    # A new folder each run: deleting thousands of files just before a build slows the
    # file system's inode allocation (seen as system CPU), which is not qaf's doing.
    site=$tmp/site-$n-$run
    load=$(cut -d' ' -f1 /proc/loadavg)
    if ! /usr/bin/time -v -o "$tmp/time.txt" "$qaf" build "$project" --out "$site" >"$tmp/build.log" 2>&1; then
      cat "$tmp/build.log" >&2
      die "qaf build of the $n-page project failed"
    fi
    wall=$(field 'Elapsed (wall clock) time (h:mm:ss or m:ss)' "$tmp/time.txt")
    user=$(field 'User time (seconds)' "$tmp/time.txt")
    sys=$(field 'System time (seconds)' "$tmp/time.txt")
    rss_kb=$(field 'Maximum resident set size (kbytes)' "$tmp/time.txt")
    rss=$(awk -v k="$rss_kb" 'BEGIN {printf "%.0f MB", k / 1024}')
    printf '| %s | %s | %s | %s s | %s s | %s | %s | %s (%s / %s) | %s |\n' \
      "$n" "$(mb "$md_bytes")" "$wall" "$user" "$sys" "$rss" "$(files_under "$site")" \
      "$(mb "$(bytes_under "$site")")" "$(mb "$(bytes_under "$site" '*.html')")" \
      "$(mb "$(bytes_under "$site/search")")" "$load"
  done
  last_site=$site
done

echo
if [[ ! -d $repo/tests/browser/node_modules/playwright-core ]] || [[ ! -x ${QAF_CHROMIUM:-/usr/bin/chromium} ]]; then
  echo "(first-query figures skipped: needs /usr/bin/chromium and 'npm ci' in tests/browser)"
  exit 0
fi
# A first search from an ordinary content page, from disk (file://), one fresh browser page each.
first=("$last_site"/pages/*.html)
start=pages/${first[0]##*/}
echo "First search on the ${pages_list##* }-page site over file://, from $start ($(files_under "$last_site/search/terms") term shards):"
echo
echo '| query | search bytes (client + index) | files | results shown | index files loaded |'
echo '| --- | ---: | ---: | ---: | --- |'
node "$here/first_query.mjs" "$last_site" "$start" \
  safeguarding '"seen alone"' '2.10' 'missing from care' 'the child and their family' 'typed:safeguarding' \
  >"$tmp/queries.tsv"
# Columns: query, search bytes, files, page bytes, results shown, index files loaded (space-separated).
awk -F'\t' '{
  n = split($6, f, " "); docs = 0; terms = 0
  for (i = 1; i <= n; i++) { if (f[i] ~ /^docs\//) docs++; else if (f[i] ~ /^terms\//) terms++ }
  q = "`" $1 "`"; if (sub(/^`typed:/, "`", q)) q = q ", typed a letter at a time"
  printf "| %s | %s | %s | %s | manifest, %d term shard%s, %d docs |\n", q, $2, $3, $5, terms, terms == 1 ? "" : "s", docs
}' "$tmp/queries.tsv"
echo
echo "(Not counted above: the page itself, HTML and CSS, $(head -1 "$tmp/queries.tsv" | cut -f4) bytes, loaded with or without a search." \
  "The home page, index.html, which lists every page, is $(stat -c %s "$last_site/index.html") bytes.)"
