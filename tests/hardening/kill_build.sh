#!/usr/bin/env bash
# Hardening test: builds killed at random moments (SIGKILL and SIGTERM) leave the site and the
# packs each wholly the old or wholly the new version, the same version for both, and no
# staging folder after the next build; a SIGTERM-ed build leaves no staging folder of its own.
# Usage: kill_build.sh QAF PROJECT_DIR WORK_DIR [RUNS]
set -uo pipefail
qaf=$1 src=$2 work=$3 runs=${4:-24}
export SOURCE_DATE_EPOCH=1782777600
rm -rf "$work" && mkdir -p "$work" || exit 1
# Two versions of the project: B moves the one audit record to another team and rewords the home page,
# so that both the site and the packs differ between them.
cp -a "$src" "$work/A" && cp -a "$src" "$work/B"
sed -i 's/team: North/team: South/' "$work/B/content/audits/a-0001.yaml"
echo "Version B of the home page." >> "$work/B/content/index.md"

# tree_sum DIR: one hash of every file's path and contents (the marker included).
tree_sum() { (cd "$1" 2>/dev/null && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16) || echo missing; }
now_ms() { date +%s%3N; }

for v in A B; do
  t0=$(now_ms)
  "$qaf" build "$work/$v" --out "$work/ref-$v/site" --packs "$work/ref-$v/packs" 2>/dev/null || { echo "FAIL: reference build $v"; exit 1; }
  t1=$(now_ms)
  declare "site_$v=$(tree_sum "$work/ref-$v/site")" "packs_$v=$(tree_sum "$work/ref-$v/packs")" "ms_$v=$((t1 - t0))"
done
[ "$site_A" != "$site_B" ] && [ "$packs_A" != "$packs_B" ] || { echo "FAIL: versions A and B do not differ"; exit 1; }
span=$(( (ms_A > ms_B ? ms_A : ms_B) * 13 / 10 + 5 ))
echo "reference builds: A ${ms_A} ms, B ${ms_B} ms; kill delays drawn from 0-${span} ms"

out=$work/out
"$qaf" build "$work/A" --out "$out/site" --packs "$out/packs" 2>/dev/null || { echo "FAIL: first build"; exit 1; }
fails=0 old=0 new=0 left=0
version_of() { # version_of SUM_SITE SUM_PACKS -> A, B or a mismatch description
  local s=$1 k=$2 sv=? kv=?
  [ "$s" = "$site_A" ] && sv=A; [ "$s" = "$site_B" ] && sv=B
  [ "$k" = "$packs_A" ] && kv=A; [ "$k" = "$packs_B" ] && kv=B
  if [ "$sv" = "$kv" ] && [ "$sv" != "?" ]; then echo "$sv"; else echo "site:$sv/packs:$kv"; fi
}
current=A
for i in $(seq 1 "$runs"); do
  next=$([ "$current" = A ] && echo B || echo A)
  sig=$([ $((i % 2)) -eq 0 ] && echo KILL || echo TERM)
  # Half the delays over the whole build, half over its last half (where writing happens).
  if [ $((i % 4)) -lt 2 ]; then delay=$((RANDOM % span)); else delay=$((span / 2 + RANDOM % (span / 2))); fi
  "$qaf" build "$work/$next" --out "$out/site" --packs "$out/packs" >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  kill -s "$sig" "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null; rc=$?
  got=$(version_of "$(tree_sum "$out/site")" "$(tree_sum "$out/packs")")
  stale=$(find "$out" -maxdepth 1 -name ".*.qaf-*-$pid" | wc -l)
  echo "run $i: SIG$sig after ${delay} ms, exit $rc, output is version $got (was $current, building $next), $stale staging folders left"
  case "$got" in
    "$current") old=$((old + 1)) ;;
    "$next") new=$((new + 1)); current=$next ;;
    *) echo "FAIL: run $i left site and packs in different or broken versions ($got)"; fails=$((fails + 1)) ;;
  esac
  if [ "$sig" = TERM ] && [ "$stale" -ne 0 ]; then echo "FAIL: SIGTERM left staging folders"; fails=$((fails + 1)); fi
  left=$((left + stale))
done
# The next build completes and removes every staging folder the killed ones left.
"$qaf" build "$work/B" --out "$out/site" --packs "$out/packs" 2>/dev/null || { echo "FAIL: build after the kills"; fails=$((fails + 1)); }
remaining=$(find "$out" -maxdepth 1 -name '.*.qaf-*' | wc -l)
[ "$remaining" -eq 0 ] || { echo "FAIL: $remaining staging folders remain after the next build:"; ls -a "$out"; fails=$((fails + 1)); }
[ "$(version_of "$(tree_sum "$out/site")" "$(tree_sum "$out/packs")")" = B ] || { echo "FAIL: final build is not version B"; fails=$((fails + 1)); }
echo "$runs runs: $old kept the old version, $new had the new one; killed runs left $left staging folders, all removed by the next build; $fails failures"
[ "$fails" -eq 0 ]
