#!/usr/bin/env bash
# Hardening test: every output folder that would destroy input is refused (exit 2, message, hint)
# and every input file of a copy of the repository is byte-identical afterwards.
# Usage: data_loss.sh QAF SOURCE_DIR WORK_DIR
set -uo pipefail
qaf=$1 src=$2 work=$3
rm -rf "$work" && mkdir -p "$work/p" || exit 1
p=$work/p
for d in frameworks content themes qaf.yaml; do
  [ -e "$src/$d" ] && cp -a "$src/$d" "$p/"
done
mkdir -p "$p/site" && cp "$src/site/README.md" "$p/site/"
echo "a file of the user's" > "$p/notes.txt"
mkdir -p "$p/mine" && echo "someone's work" > "$p/mine/thesis.txt"
mkdir -p "$work/records" && cp -a "$p/content/audits/." "$work/records/"

# sha256 of every file under the project and the outside records folder, by relative path.
manifest() { (cd "$work" && find p records -type f ! -path 'p/site/*' ! -path 'p/packs/*' -print0 | sort -z | xargs -0 sha256sum); }
manifest > "$work/before.txt"
n_files=$(wc -l < "$work/before.txt")
[ "$n_files" -gt 50 ] || { echo "FAIL: only $n_files input files copied from $src"; exit 1; }

fails=0
# expect WHY ARGS...: `qaf build` with ARGS (run in the project) exits 2 with an error, a hint and WHY.
expect() {
  local why=$1; shift
  local err rc
  err=$(cd "$p" && "$qaf" build "$@" 2>&1 >/dev/null); rc=$?
  if [ "$rc" -ne 2 ] || ! grep -q '^qaf: error: ' <<<"$err" || ! grep -q '^  hint: ' <<<"$err" || ! grep -qF -- "$why" <<<"$err"; then
    echo "FAIL: qaf build $* exited $rc (want 2 with '$why'):"; echo "$err"; fails=$((fails + 1))
  else
    echo "ok: qaf build $* -> exit 2: $(head -1 <<<"$err")"
  fi
  if ! manifest | cmp -s - "$work/before.txt"; then
    echo "FAIL: qaf build $* changed input files:"; manifest | diff "$work/before.txt" - | head -20
    fails=$((fails + 1)); manifest > "$work/before.txt"
  fi
}
expect "is the project's content/ folder" . --out content
expect "is the project's frameworks/ folder" . --out frameworks
expect "is the project folder" "$p" --out "$p"
expect "is the project folder" . --out .
expect "contains the project folder" . --out ..
expect "is the audit records folder" . --packs content/audits
expect "is inside the project's content/ folder" . --out content/pages
expect "is the audit records folder" . --audits "$work/records" --packs "$work/records"
expect "is inside the theme folder" . --out themes/default/templates
expect "is the project's qaf.yaml" . --out qaf.yaml
expect "is a file" . --out notes.txt
expect "is a folder qaf did not write" . --out mine
expect "is a folder qaf did not write" . --packs mine
expect "contains the packs folder" . --out out --packs out/packs

# The ordinary build still works: the site/ that holds only README.md, trailing slash included.
if ! (cd "$p" && "$qaf" build . --out site/ >/dev/null 2>&1); then echo "FAIL: qaf build . --out site/ failed"; fails=$((fails + 1)); fi
[ -f "$p/site/.qaf-output" ] && [ -f "$p/site/README.md" ] && [ -f "$p/site/index.html" ] ||
  { echo "FAIL: site/ lacks its marker, README.md or index.html"; fails=$((fails + 1)); }
manifest | cmp -s - "$work/before.txt" || { echo "FAIL: a normal build changed input files"; fails=$((fails + 1)); }
echo "$n_files input files checked after each command; $fails failures"
[ "$fails" -eq 0 ]
