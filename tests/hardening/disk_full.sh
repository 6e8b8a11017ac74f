#!/usr/bin/env bash
# Hardening test: a write that fails part-way (the file size limit stands in for a full disk)
# is an error naming the file, exit 2, and the previous site and packs are left as they were.
# Usage: disk_full.sh QAF PROJECT WORK_DIR
set -uo pipefail
qaf=$1 project=$2 work=$3
rm -rf "$work" && mkdir -p "$work" || exit 1
"$qaf" build "$project" --out "$work/site" --packs "$work/packs" >/dev/null 2>&1 || { echo "FAIL: first build"; exit 1; }
before=$(cd "$work" && find site packs -type f -print0 | sort -z | xargs -0 sha256sum)
# 16 KB a file: the site's larger files cannot be written. SIGXFSZ ignored, so write() fails with EFBIG.
err=$( (trap '' XFSZ; ulimit -f 16; timeout -k 5 60 "$qaf" build "$project" --out "$work/site" --packs "$work/packs") 2>&1 >/dev/null)
rc=$?
after=$(cd "$work" && find site packs -type f -print0 | sort -z | xargs -0 sha256sum)
fails=0
[ "$rc" -eq 2 ] || { echo "FAIL: exit $rc, want 2 (124 is a hang)"; fails=1; }
grep -q '^qaf: error: cannot write .*: File too large$' <<<"$err" || { echo "FAIL: no 'cannot write ...: File too large'"; fails=1; }
grep -q '^  hint: the previous output is unchanged$' <<<"$err" || { echo "FAIL: no hint"; fails=1; }
[ "$before" = "$after" ] || { echo "FAIL: the previous output changed"; fails=1; }
[ -z "$(cd "$work" && find . -maxdepth 1 -name '.*' ! -name . -print)" ] || { echo "FAIL: a staging folder was left behind"; fails=1; }
echo "$err"
[ "$fails" -eq 0 ] && echo "ok: refused with exit 2, the previous output unchanged"
exit "$fails"
