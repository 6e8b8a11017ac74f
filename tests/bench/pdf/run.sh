#!/usr/bin/env bash
# PDF benchmark: lays out and writes every printable document (blank forms, booklets, handbooks) of the
# repository's example frameworks, then of the same frameworks grown 10 and 25 times, and reports
# pages per second and peak memory.
#
#   tests/bench/pdf/run.sh [BUILD_DIR]        (default: build; builds the bench_pdf target there)
#
# Run by hand, never by ctest. Prints a Markdown table to paste into tests/bench/README.md.
# Environment: QAF_BENCH_COPIES (default "1 10 25"), QAF_BENCH_RUNS (runs per size, default 3).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../../.." && pwd)
build=${1:-$repo/build}
copies_list=${QAF_BENCH_COPIES:-"1 10 25"}
runs=${QAF_BENCH_RUNS:-3}

[[ -f $build/CMakeCache.txt ]] || { echo "run.sh: '$build' is not a CMake build folder" >&2; exit 2; }
cmake --build "$build" --target bench_pdf -j2 >/dev/null
bench=$build/tests/bench_pdf

src=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$build/CMakeCache.txt")
commit=$(git -C "$src" rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$src" diff --quiet HEAD -- generator 2>/dev/null || commit+=" (with uncommitted changes in generator/)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores ($(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/^MemTotal:/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo), $(uname -sr)"
echo "qaf: $commit (CMAKE_BUILD_TYPE $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo '| copies | documents | pages | model to layout input | layout | PDF writing | one after another | render_pdfs (parallel writing) | pages/s | PDF bytes | peak RSS |'
echo '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
for copies in $copies_list; do
  "$bench" "$repo" --copies "$copies" --runs "$runs"
done
