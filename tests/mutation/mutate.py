#!/usr/bin/env python3
# Mutation testing by hand: plants one small bug at a time in generator/, rebuilds build/, runs ctest, reports per module.
"""Mutation testing for qaf (run by hand, never by ctest; see tests/mutation/README.md).

Each mutant changes one place in one generator/<module>/*.cpp file. The file is changed in
place and always put back (finally, and on SIGINT/SIGTERM); the script refuses to start when
generator/ has uncommitted changes, so `git checkout -- generator` is a sure way back too.
For each mutant: incremental build of build/ (a failed build is "not compiling"), then the
unit tests of the mutated module, then the rest of `ctest -LE browser` (the slow disclosure
tests last), stopping at the first failure. A failing test kills the mutant; a test that times out counts as "timed out" (a
detected hang); passing everything means it survived.
"""
import argparse
import collections
import hashlib
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "generator"


# --- The catalogue of mutation operators -------------------------------------------------------
# Each operator looks at one line of source whose string literals, character literals and
# comments are masked (so nothing inside them is mutated), and yields (start, end, replacement)
# spans of the real line.

def _spaced(op, to):
    # Binary operators are written with a space either side in this code base, which tells
    # `a < b` apart from `std::vector<int>`.
    pattern = re.compile(r"(?<=\S) " + re.escape(op) + r" (?=\S)")
    return lambda masked: [(m.start() + 1, m.end() - 1, to) for m in pattern.finditer(masked)]


def _off_by_one(masked):
    out = []
    for m in re.finditer(r"(?<![\w.])(\d+)(?![\w.'])", masked):
        n = int(m.group(1))
        out.append((m.start(), m.end(), str(n + 1)))
        if n > 0:
            out.append((m.start(), m.end(), str(n - 1)))
    return out


def _matching_paren(masked, open_at):
    depth = 0
    for i in range(open_at, len(masked)):
        depth += {"(": 1, ")": -1}.get(masked[i], 0)
        if depth == 0:
            return i
    return None  # the condition runs on to the next line: left alone


def _condition(value):
    def op(masked):
        out = []
        for m in re.finditer(r"\bif \(", masked):
            close = _matching_paren(masked, m.end() - 1)
            condition = masked[m.end():close] if close is not None else ""
            # Left alone: a condition that declares a variable (`if (auto it = ...)`): it would not compile.
            if condition.strip() not in ("", "true", "false") and not re.search(r"(?<![=!<>])=(?!=)|;", condition):
                out.append((m.end(), close, value))
        return out
    return op


def _and_or(masked):
    return [(m.start() + 1, m.end() - 1, "||" if m.group(1) == "&&" else "&&")
            for m in re.finditer(r" (&&|\|\|) ", masked)]


ESCAPE = re.compile(r"\b(\w*(?:escape|quote)\w*)\(")


def _drop_escape(masked):
    # escape_html(x) -> (x): the text goes out as it came in.
    out = []
    for m in ESCAPE.finditer(masked):
        if masked[:m.start()].rstrip().endswith("string"):
            continue  # the function's definition: `std::string escape_html(...)`
        out.append((m.start(), m.end() - 1, ""))
    return out


CALL_STATEMENT = re.compile(r"^(\s*)((?:[A-Za-z_][\w]*(?:::|\.|->))*[A-Za-z_]\w*\(.*\));\s*$")
NOT_A_CALL = ("return", "if", "for", "while", "switch", "case", "throw", "delete", "co_", "static_assert", "using")


def _drop_call(masked):
    # A statement that is only a call (`out.push_back(x);`, `flush();`) is removed.
    m = CALL_STATEMENT.match(masked)
    if not m or m.group(2).startswith(NOT_A_CALL) or _matching_paren(masked, masked.index("(")) != len(masked.rstrip()) - 2:
        return []
    return [(len(m.group(1)), len(masked.rstrip()), ";")]


PLAIN_ARG = r"[A-Za-z_]\w*(?:(?:\.|->)[A-Za-z_]\w*)*"  # `x`, `a.b`, `p->q`
SWAPPABLE = re.compile(r"\b([A-Za-z_]\w*)\((" + PLAIN_ARG + r"), (" + PLAIN_ARG + r")\)")
NOT_A_FUNCTION = {"if", "for", "while", "switch", "catch", "return", "sizeof", "decltype", "alignof"}
NOT_AN_ARGUMENT = {"true", "false", "nullptr", "this"}  # keywords: a swap with one is a type error


def _swap_args(masked):
    # A call with exactly two plain arguments: f(a, b) -> f(b, a). Identical arguments are left
    # alone (nothing would change); a swap that does not compile is just "not compiling".
    out = []
    for m in SWAPPABLE.finditer(masked):
        a, b = m.group(2), m.group(3)
        if m.group(1) in NOT_A_FUNCTION or a == b or a in NOT_AN_ARGUMENT or b in NOT_AN_ARGUMENT:
            continue
        out.append((m.start(2), m.end(3), f"{b}, {a}"))
    return out


OPERATORS = {
    "lt->le": _spaced("<", "<="), "le->lt": _spaced("<=", "<"),
    "gt->ge": _spaced(">", ">="), "ge->gt": _spaced(">=", ">"),
    "eq->ne": _spaced("==", "!="), "ne->eq": _spaced("!=", "=="),
    "off-by-one": _off_by_one,
    "if-true": _condition("true"), "if-false": _condition("false"),
    "and<->or": _and_or,
    "drop-escape": _drop_escape,
    "drop-call": _drop_call,
    "swap-args": _swap_args,
}


def mask(line, in_block_comment):
    """The line with literals and comments blanked out (same length), and whether a /* */ comment is still open."""
    out = list(line)
    i, quote = 0, None
    while i < len(line):
        c = line[i]
        if in_block_comment:
            if line.startswith("*/", i):
                out[i] = out[i + 1] = " "
                in_block_comment = False
                i += 2
                continue
            out[i] = " "
        elif quote:
            out[i] = " "
            if c == "\\":
                if i + 1 < len(line):
                    out[i + 1] = " "
                i += 2
                continue
            if c == quote:
                quote = None
        elif line.startswith("//", i):
            out[i:] = " " * (len(line) - i)
            break
        elif line.startswith("/*", i):
            in_block_comment = True
            out[i] = out[i + 1] = " "
            i += 2
            continue
        elif c == '"' and re.search(r"\bR$", line[:i]):
            end = line.find(")\"", i)  # a raw string on one line; one that spans lines is rare here
            stop = len(line) if end < 0 else end + 2
            out[i - 1:stop] = " " * (stop - i + 1)
            i = stop
            continue
        elif c in "\"'" and not (c == "'" and i > 0 and line[i - 1].isalnum()):  # 1'000 digit separators
            quote = c
            out[i] = " "
        i += 1
    return "".join(out), in_block_comment


# --- Finding and choosing mutants ------------------------------------------------------------------

Mutant = collections.namedtuple("Mutant", "module path line start end original replacement operator")


def source_digest():
    """A short digest of generator/*/*.cpp: the same digest, seed and count give the same sample."""
    h = hashlib.sha256()
    for path in sorted(GENERATOR.glob("*/*.cpp")):
        h.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:12]


def find_mutants():
    mutants = []
    for path in sorted(GENERATOR.glob("*/*.cpp")):
        module = path.parent.name
        in_comment = False
        for number, line in enumerate(path.read_text().splitlines(), 1):
            masked, still_open = mask(line, in_comment)
            in_comment = still_open
            if line.lstrip().startswith("#"):
                continue
            for name, op in OPERATORS.items():
                for start, end, replacement in op(masked):
                    mutants.append(Mutant(module, path, number, start, end, line[start:end], replacement, name))
    return mutants


def sample(mutants, count, seed):
    """`count` mutants spread over every module (round robin), and over operators within a module."""
    rnd = random.Random(seed)
    by_module = collections.defaultdict(lambda: collections.defaultdict(list))
    for m in mutants:
        by_module[m.module][m.operator].append(m)
    queues = {}
    for module, ops in sorted(by_module.items()):
        names = sorted(ops)
        rnd.shuffle(names)
        for name in names:
            rnd.shuffle(ops[name])
        # Operators in turn: the first site of each, then the second of each, ...
        queues[module] = [ops[n][i] for i in range(max(len(v) for v in ops.values())) for n in names if i < len(ops[n])]
    modules = sorted(queues)
    rnd.shuffle(modules)
    chosen, round_ = [], 0
    while len(chosen) < count and any(round_ < len(q) for q in queues.values()):
        for module in modules:
            if round_ < len(queues[module]) and len(chosen) < count:
                chosen.append(queues[module][round_])
        round_ += 1
    return chosen


def read_equivalent(path):
    """The (file, operator, original, replacement, trimmed line) keys of tests/mutation/equivalent.txt."""
    keys = set()
    if not path.exists():
        return keys
    for number, raw in enumerate(path.read_text().splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in raw.split(" | ", 3)]
        change = parts[2].split(" -> ", 1) if len(parts) == 4 else []
        if len(change) != 2:
            sys.exit(f"{path}:{number}: error: expected FILE | OPERATOR | ORIGINAL -> REPLACEMENT | LINE")
        keys.add((parts[0], parts[1], change[0], change[1].strip(), parts[3]))
    return keys


def is_equivalent(m, keys):
    line = m.path.read_text().splitlines()[m.line - 1].strip()
    return (str(m.path.relative_to(ROOT)), m.operator, m.original, m.replacement, line) in keys


# --- Running one mutant ---------------------------------------------------------------------------

def run(cmd, timeout, log):
    """Runs cmd in its own process group; returns its exit code, or None after `timeout` seconds."""
    with open(log, "a") as out:
        out.write("$ " + " ".join(cmd) + "\n")
        out.flush()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            return proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return None


def ctest_outcome(code, log, since):
    """killed / timed out / survived from a ctest run, reading the log written after byte `since`."""
    if code == 0:
        return None
    text = Path(log).read_text(errors="replace")[since:]
    if code is None or ("***Timeout" in text and "***Failed" not in text and "(Failed)" not in text):
        return "timed out"
    return "killed"


def try_mutant(m, args, log):
    source = m.path.read_text()
    lines = source.splitlines(keepends=True)
    line = lines[m.line - 1]
    lines[m.line - 1] = line[:m.start] + m.replacement + line[m.end:]
    try:
        m.path.write_text("".join(lines))
        if run(["cmake", "--build", args.build, "-j", str(args.jobs)], args.build_timeout, log) != 0:
            return "not compiling"
        # Every test has its own TIMEOUT (tests/CMakeLists.txt); run_timeout bounds a whole run.
        ctest = ["ctest", "--test-dir", args.build, "-j", str(args.jobs), "--stop-on-failure", "--output-on-failure"]
        # Cheapest first: the mutated module's own unit tests (most likely to fail), then the
        # rest but the disclosure tests (about 30 s), then those (about 2 minutes).
        own = f"^unit\\.{m.module}$"
        for extra in (["-R", own], ["-LE", "browser", "-E", own + "|disclosure"],
                      ["-LE", "browser", "-R", "disclosure", "-E", own]):
            since = Path(log).stat().st_size
            outcome = ctest_outcome(run(ctest + extra, args.run_timeout, log), log, since)
            if outcome:
                return outcome
        return "survived"
    finally:
        m.path.write_text(source)


def describe(m):
    return f"{m.path.relative_to(ROOT)}:{m.line}: {m.operator}: '{m.original}' -> '{m.replacement}'"


KINDS = ["killed", "timed out", "survived", "not compiling", "equivalent"]


def report(results, note):
    """The table per module and the score; `results` are (id, module, outcome, description)."""
    table = collections.defaultdict(collections.Counter)
    for _, module, outcome, _ in results:
        table[module][outcome] += 1
        table["(all)"][outcome] += 1
    print(f"\n{'module':10} " + " ".join(f"{k:>13}" for k in KINDS) + "   score")
    for module in sorted(table, key=lambda k: (k == "(all)", k)):
        c = table[module]
        valid = c["killed"] + c["timed out"] + c["survived"]
        score = f"{100 * (c['killed'] + c['timed out']) / valid:5.1f}%" if valid else "    -"
        print(f"{module:10} " + " ".join(f"{c[k]:13}" for k in KINDS) + f"   {score}")
    print(f"\nscore = (killed + timed out) / (killed + timed out + survived); equivalent mutants and those "
          f"not compiling are not scored; {note}")
    survivors = [(i, d) for i, _, o, d in results if o == "survived"]
    if survivors:
        print(f"survivor ids (for --only): {','.join(str(i) for i, _ in survivors)}")
    for i, d in survivors:
        print(f"survived: #{i} {d}")


RESULT_LINE = re.compile(r"^\[\d+/\d+\] #(\d+) (\w+): (killed|timed out|survived|not compiling|equivalent) +(.*?)(?: \(\d+ s\)| \(listed in .*\))$")
HEADER_LINE = re.compile(r"trying \d+ \(seed (\d+), count (\d+)\)(?:; generator source (\w+))?")


def combine(paths):
    """One report from the printed output of several runs of the same sample (a run, then
    --only replays after new tests): a mutant's latest outcome counts."""
    outcomes, sample = {}, None
    for path in paths:
        for line in Path(path).read_text(errors="replace").splitlines():
            h = HEADER_LINE.search(line)
            if h:
                # A larger count with the same seed and source extends the same sample (the
                # sampler takes its queue in the same order and stops later), so ids agree.
                if sample and h.group(1) != sample[0]:
                    sys.exit(f"{path}: seed {h.group(1)} differs from {sample[0]}: not the same sample")
                if sample and h.group(3) and sample[2] and h.group(3) != sample[2]:
                    sys.exit(f"{path}: generator source {h.group(3)} differs from {sample[2]}: not the same sample")
                sample = (h.group(1), str(max(int(h.group(2)), int(sample[1]))), sample[2] or h.group(3)) if sample else h.groups()
            m = RESULT_LINE.match(line)
            if m:
                outcomes[int(m.group(1))] = (m.group(2), m.group(3), m.group(4).strip())
    if not outcomes:
        sys.exit("--combine: no mutant results found in " + ", ".join(paths))
    report([(i, mod, o, d) for i, (mod, o, d) in sorted(outcomes.items())],
           f"{len(outcomes)} mutants from {len(paths)} runs (seed {sample[0]}, count {sample[1]}, "
           f"generator source {sample[2] or 'not printed'})")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=100, help="how many mutants to try (default 100)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the deterministic sample (default 1)")
    parser.add_argument("--build", default="build", help="build folder, already configured (default build)")
    parser.add_argument("--jobs", type=int, default=2, help="parallel jobs for the build and ctest (default 2)")
    parser.add_argument("--run-timeout", type=int, default=1800, help="seconds per ctest run (default 1800)")
    parser.add_argument("--build-timeout", type=int, default=1800, help="seconds per build (default 1800)")
    parser.add_argument("--list", action="store_true", help="print the sample and stop")
    parser.add_argument("--only", default="", help="comma-separated mutant ids (as printed) of the same --count/--seed sample: "
                                                  "try only those, e.g. to replay the survivors after new tests")
    parser.add_argument("--equivalent", default=str(Path(__file__).with_name("equivalent.txt")),
                        help="mutants judged equivalent, not run or scored (default tests/mutation/equivalent.txt)")
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip the first build and test run on the unchanged source (e.g. for --only replays)")
    parser.add_argument("--log", default="build/mutation.log", help="build and test output (default build/mutation.log)")
    parser.add_argument("--combine", nargs="+", metavar="OUTPUT",
                        help="print one report from saved outputs of runs of the same sample (a run, then --only "
                             "replays): each mutant's latest outcome counts; runs nothing")
    args = parser.parse_args()
    if args.combine:
        combine(args.combine)
        return 0

    mutants = find_mutants()
    chosen = sample(mutants, args.count, args.seed)
    # Ids are positions in the whole sample (1-based), so --only picks the same mutants again.
    chosen = list(enumerate(chosen, 1))
    if args.only:
        wanted = {int(x) for x in args.only.split(",") if x.strip()}
        if not wanted <= {i for i, _ in chosen}:
            sys.exit(f"--only: no mutant {sorted(wanted - {i for i, _ in chosen})} in a sample of {len(chosen)}")
        chosen = [(i, m) for i, m in chosen if i in wanted]
    equivalent = read_equivalent(Path(args.equivalent))
    print(f"{len(mutants)} possible mutants in {len({m.module for m in mutants})} modules; trying {len(chosen)} "
          f"(seed {args.seed}, count {args.count}); generator source {source_digest()}", flush=True)
    if args.list:
        for i, m in chosen:
            note = "  [equivalent]" if is_equivalent(m, equivalent) else ""
            print(f"#{i} {m.module}: {m.path.relative_to(ROOT)}:{m.line}: {m.operator}: '{m.original}' -> '{m.replacement}'{note}")
        return 0
    if subprocess.run(["git", "diff", "--quiet", "HEAD", "--", "generator"], cwd=ROOT).returncode != 0:
        sys.exit("generator/ has uncommitted changes: commit or stash them first (mutants are planted in place)")
    # SIGTERM and SIGHUP become exceptions, so the `finally` in try_mutant puts the file back.
    def interrupt(*_):
        raise KeyboardInterrupt
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, interrupt)
    Path(args.log).parent.mkdir(parents=True, exist_ok=True)
    Path(args.log).write_text("")

    results = []
    started = time.time()
    if not args.no_baseline:
        # The unchanged source must build and pass, or every mutant would count as killed.
        print("baseline: building and running the tests on the unchanged source ...", flush=True)
        if run(["cmake", "--build", args.build, "-j", str(args.jobs)], args.build_timeout, args.log) != 0:
            sys.exit(f"baseline: the unchanged source does not build in {args.build} (see {args.log})")
        ctest = ["ctest", "--test-dir", args.build, "-j", str(args.jobs), "--output-on-failure", "-LE", "browser"]
        if run(ctest, args.run_timeout, args.log) != 0:
            sys.exit(f"baseline: tests fail on the unchanged source (see {args.log}); fix them before measuring")
        print(f"baseline: passed ({time.time() - started:.0f} s)", flush=True)
    try:
        for n, (i, m) in enumerate(chosen, 1):
            t = time.time()
            if is_equivalent(m, equivalent):
                results.append((i, m, "equivalent"))
                print(f"[{n}/{len(chosen)}] #{i} {m.module}: {'equivalent':13} {m.path.relative_to(ROOT)}:{m.line}: "
                      f"{m.operator}: '{m.original}' -> '{m.replacement}' (listed in {args.equivalent})", flush=True)
                continue
            with open(args.log, "a") as out:
                out.write(f"\n=== mutant #{i}: {m.path.relative_to(ROOT)}:{m.line} {m.operator} '{m.original}' -> '{m.replacement}'\n")
            outcome = try_mutant(m, args, args.log)
            results.append((i, m, outcome))
            print(f"[{n}/{len(chosen)}] #{i} {m.module}: {outcome:13} {m.path.relative_to(ROOT)}:{m.line}: {m.operator}: "
                  f"'{m.original}' -> '{m.replacement}' ({time.time() - t:.0f} s)", flush=True)
    except KeyboardInterrupt:
        print("interrupted: the source is restored; the report covers the mutants tried", file=sys.stderr)
    finally:
        # Leave build/ matching the real source.
        run(["cmake", "--build", args.build, "-j", str(args.jobs)], args.build_timeout, args.log)

    report([(i, m.module, outcome, describe(m)) for i, m, outcome in results],
           f"{time.time() - started:.0f} s in all; generator source {source_digest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
