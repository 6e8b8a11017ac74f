#!/usr/bin/env bash
# Runs the libFuzzer targets of a QAF_FUZZ build one after another and fails on any finding.
#   bash tests/fuzz/run_fuzzers.sh BUILD_DIR SECONDS [TARGET...]   (default: every target)
# Each target starts from the seed corpus (BUILD_DIR/tests/fuzz/corpus/<target>) and grows its own
# corpus in BUILD_DIR/fuzz-work/<target>/corpus; a crash, sanitizer report, timeout (10 s for one
# input) or out-of-memory (2 GB) is written there as crash-*/timeout-*/oom-* and fails the run.
# Environment: QAF_FUZZ_NICE (default 15) is the nice level the fuzzers run at.
set -uo pipefail
build=${1:?usage: run_fuzzers.sh BUILD_DIR SECONDS [TARGET...]}
seconds=${2:?usage: run_fuzzers.sh BUILD_DIR SECONDS [TARGET...]}
shift 2
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(framework front_matter markdown search_tokenizer)
build=$(cd "$build" && pwd)
nice_level=${QAF_FUZZ_NICE:-15}
failed=()
summary=()
for t in "${targets[@]}"; do
  bin=$build/fuzz_$t
  [ -x "$bin" ] || { echo "fuzz: error: $bin is missing (build the 'fuzz' target of a -DQAF_FUZZ=ON tree)" >&2; exit 2; }
  work=$build/fuzz-work/$t
  rm -rf "$work/artifacts"
  mkdir -p "$work/corpus" "$work/artifacts"
  dict=()
  [ -f "$build/$t.dict" ] && dict=(-dict="$build/$t.dict")
  # Longest input: a whole framework's files for the loader; a page or answer (8 kB, longer seeds
  # are cut) for the per-text targets, whose every input is also laid out or re-read term by term.
  case $t in
    framework) max_len=131072 ;;
    *) max_len=8192 ;;
  esac
  log=$work/fuzz.log
  echo "fuzz: $t for ${seconds}s (log: $log)"
  start=$(date +%s)
  nice -n "$nice_level" "$bin" "$work/corpus" "$build/tests/fuzz/corpus/$t" ${dict[@]+"${dict[@]}"} \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  elapsed=$(( $(date +%s) - start ))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corpus=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[KMG]*b\).*/\1/p' <<<"$last")
  line="$t: ${elapsed}s, ${execs:-?} executions, cov ${cov:-?}, ft ${ft:-?}, corpus ${corpus:-?} (inputs/size)"
  artifacts=$(find "$work/artifacts" -type f | sort)
  if [ $rc -ne 0 ] || [ -n "$artifacts" ]; then
    failed+=("$t")
    summary+=("$line: FINDING (exit $rc)")
    echo "fuzz: ======== FINDING in $t (exit $rc) ========" >&2
    grep -E 'ERROR: |SUMMARY: |runtime error|Test unit written|deadly signal|uncaught exception|ALARM|out-of-memory' "$log" | head -20 >&2
    for a in $artifacts; do echo "fuzz: input kept at $a" >&2; done
    echo "fuzz: reproduce with: $bin $(echo "$artifacts" | head -1)" >&2
    echo "fuzz: keep it as tests/fuzz/regressions/$t/<name> once the bug is fixed" >&2
  else
    summary+=("$line: no findings")
  fi
done
echo "fuzz: summary"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: error: findings in ${failed[*]} (see above)" >&2
  exit 1
fi
