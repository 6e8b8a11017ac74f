#!/usr/bin/env bash
# Benchmark input: a qaf project of N synthetic audit records, made by copying the 40 Example
# Borough sample records of the repository with new ids (bench-00001...), case numbers
# (BX-000001...) and one of 20 teams; the answers stay as sampled.
#
#   bash tests/bench/audits/make_records.sh OUT_DIR N
#
# Writes OUT_DIR/frameworks/example-borough (a copy) and OUT_DIR/content/audits/bench-NNNNN.yaml.
# Used by tests/bench/audits/run.sh and tests/bench/compare/run.sh.
set -euo pipefail
[[ $# -eq 2 ]] || { echo "usage: make_records.sh OUT_DIR N" >&2; exit 2; }
out=$1
n=$2
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
mkdir -p "$out/frameworks" "$out/content/audits"
cp -r "$root/frameworks/example-borough" "$out/frameworks/"
mapfile -t samples < <(ls "$root"/content/audits/20*/eb-*.yaml | sort)
# One awk pass writes every record: a new id, case number and team; the answers stay as sampled.
awk -v n="$n" -v out="$out/content/audits" -v count="${#samples[@]}" '
  FNR == 1 { file[++k] = FILENAME; lines[k] = 0 }
  { text[k, ++lines[k]] = $0 }
  END {
    for (i = 1; i <= n; i++) {
      s = (i - 1) % count + 1
      path = sprintf("%s/bench-%05d.yaml", out, i)
      for (l = 1; l <= lines[s]; l++) {
        line = text[s, l]
        if (line ~ /^id: /) line = sprintf("id: bench-%05d", i)
        else if (line ~ /^  case-id: /) line = sprintf("  case-id: BX-%06d", i)
        else if (line ~ /^  team: /) line = sprintf("  team: Team %02d", i % 20)
        print line > path
      }
      close(path)
    }
  }' "${samples[@]}"
