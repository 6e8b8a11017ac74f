#!/usr/bin/env bash
# Audit benchmark (run by hand): N synthetic audit records (default 10,000), made by copying the
# sample Example Borough records with new ids, case numbers and one of 20 teams, then timed:
#   check  = load + validate every record;  site = qaf build --no-packs (validate + aggregate + dashboards
#   + site, no packs);  build = validate + aggregate + dashboards + site + packs (PDF, CSV).
#   SITE_ONLY=1 leaves out the full build.
# Usage: bash tests/bench/audits/run.sh [QAF_BINARY] [N]      (from the repository root)
set -euo pipefail
qaf=$(realpath "${1:-build/qaf}")
n=${2:-10000}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
work=$(mktemp -d)
[ -n "${KEEP:-}" ] && echo "work: $work" || trap 'rm -rf "$work"' EXIT
# The records: tests/bench/audits/make_records.sh (shared with tests/bench/compare/run.sh).
bash "$root/tests/bench/audits/make_records.sh" "$work" "$n"
echo "records: $(ls "$work/content/audits" | wc -l) in $(du -sh "$work/content/audits" | cut -f1)"
measure() {  # label, command...: wall seconds and peak resident memory of one run
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt" || { cat "$work/err.txt"; exit 1; }
  read -r secs kb < "$work/time.txt"
  printf '%-8s %6.2f s   peak %6.1f MB\n' "$label" "$secs" "$(echo "$kb / 1024" | bc -l)"
}
export SOURCE_DATE_EPOCH=1790726400  # 2026-09-30, fixed so overdue counts repeat
measure check "$qaf" check "$work"
measure site "$qaf" build "$work" --out "$work/site" --no-packs
echo "site: $(find "$work/site" -type f | wc -l) files (no packs)"
if [ -z "${SITE_ONLY:-}" ]; then  # SITE_ONLY=1 skips the full build, which lays out every record
  measure build "$qaf" build "$work" --out "$work/site" --packs "$work/packs"
  echo "packs: $(find "$work/packs" -name '*.pdf' | wc -l) PDFs, $(du -sh "$work/packs" | cut -f1); site: $(find "$work/site" -type f | wc -l) files"
fi
echo "qaf $(git -C "$root" rev-parse --short HEAD), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB"
