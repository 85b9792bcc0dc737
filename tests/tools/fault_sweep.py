#!/usr/bin/env python3
"""Fault injection: every corpus test with its Nth heap allocation failing.

    tests/tools/fault_sweep.py [--binary target/faults/release/micropython] [--max-runs 60]
                               [-j 2] [tests or areas...]

The binary is the host board built with `fault_injection` (boards/host/faults.toml), whose
`-X fail-alloc=N` makes the Nth allocation fail with MemoryError. For each test the
baseline is its output with no fault; then N = 1, 2, ... 30, and from there growing by a
quarter each step (at most --max-runs runs), until a run no longer meets its Nth
allocation. Each run must exit with status 0 or 1 within 10 s (no crash, no panic, no
hang), and print the baseline, or output that agrees with the baseline up to where a
MemoryError appears (a prefix of the expected output, then MemoryError: the traceback
itself may be shortened when it cannot be allocated, as MicroPython shortens it); then the
same process (run with `-i`) enters the REPL and must answer `print(6*7)` with 42. A test
that catches `Exception` (or everything) may catch the MemoryError and take another branch:
for those only crashes and hangs count.

Prints one line per failing (test, N) and a summary of runs and outcomes.
"""

import argparse
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
SKIP_DIRS = {"tools", "results", "modules", "frozen", "__pycache__"}


def collect(args):
    if not args:
        args = sorted(p.name for p in TESTS.iterdir() if p.is_dir() and p.name not in SKIP_DIRS)
    files = []
    for a in args:
        p = TESTS / a
        files.extend(sorted(p.glob("*.py")) if p.is_dir() else [p])
    return files


def run(binary, test, n):
    """(exit status or None on a hang, the test's output, whether the REPL answered after it).

    The test runs with `-i`: afterwards the same process enters the REPL, which is typed
    `print(6*7)` and must answer 42 (the REPL survives the MemoryError)."""
    argv = [binary, "-X", "heapsize=256K"] + (["-X", "fail-alloc=%d" % n] if n else [])
    argv += ["-i", str(test.relative_to(TESTS))]
    try:
        # Twice: when the test made fewer than N allocations, the failing one is the REPL's
        # own (a MemoryError for the first line, or a key the line editor could not take).
        p = subprocess.run(argv, input=b"print(6*7)\nprint(6*7)\n", capture_output=True, timeout=10, cwd=TESTS)
    except subprocess.TimeoutExpired:
        return None, b"TIMEOUT", False
    # The REPL's banner starts its part of the output.
    at = p.stdout.rfind(b"MicroPython v")
    out, repl = (p.stdout, b"") if at < 0 else (p.stdout[:at], p.stdout[at:])
    return p.returncode, out + p.stderr, b"\n42\n" in repl


def without_traceback_lines(out):
    """The output without `Traceback ...` and `  File ...` lines: a traceback whose entries
    could not be allocated is printed shorter (its last line, the exception, stays)."""
    return b"".join(l for l in out.splitlines(True)
                    if not (l.startswith(b"Traceback (most recent call last):") or l.startswith(b"  File ")))


def acceptable(base, out, catches_all):
    if out == base or without_traceback_lines(out) == without_traceback_lines(base):
        return True
    if catches_all:
        # The test catches Exception (or everything): a MemoryError it caught shows only as
        # a different branch taken. Crashes and hangs are still checked.
        return True
    # Where the output first differs from the baseline, a MemoryError must have happened.
    i = 0
    while i < min(len(base), len(out)) and base[i] == out[i]:
        i += 1
    return b"MemoryError" in out[max(0, out.rfind(b"\n", 0, i) + 1):]


def sweep(binary, test, max_runs):
    """(runs, memory-error runs, failures) for one test."""
    text = test.read_bytes()
    catches_all = b"except Exception" in text or b"except:" in text or b"except BaseException" in text
    code, base, base_repl = run(binary, test, 0)
    if code not in (0, 1) or base.startswith(b"SKIP"):
        return 0, 0, []
    # A test that leaves by itself (sys.exit) never reaches the REPL: not checked there.
    runs, mem, failures = 0, 0, []
    n = 1
    while runs < max_runs:
        code, out, repl = run(binary, test, n)
        runs += 1
        if code is None or code not in (0, 1) or b"panicked" in out:
            failures.append("%s N=%d: %s" % (test.relative_to(TESTS), n, "hang" if code is None else "exit %s" % code))
        elif base_repl and not repl:
            failures.append("%s N=%d: the REPL did not answer print(6*7) afterwards" % (test.relative_to(TESTS), n))
        elif not acceptable(base, out, catches_all):
            failures.append("%s N=%d: wrong output:\n%s" % (test.relative_to(TESTS), n, out[-400:].decode(errors="replace")))
        if out == base:
            break  # the Nth allocation never happened: the whole range is covered
        mem += 1
        n = n + 1 if n < 30 else int(n * 1.25)
    return runs, mem, failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", default=str(ROOT / "target" / "faults" / "release" / "micropython"))
    ap.add_argument("--max-runs", type=int, default=60)
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("tests", nargs="*")
    args = ap.parse_args()
    files = collect(args.tests)
    with ThreadPoolExecutor(args.j) as pool:
        results = list(pool.map(lambda t: sweep(args.binary, t, args.max_runs), files))
    runs = sum(r[0] for r in results)
    mem = sum(r[1] for r in results)
    failures = [f for r in results for f in r[2]]
    for f in failures:
        print("FAIL", f)
    print("fault_sweep: %d tests, %d runs (%d ended in MemoryError, %d ran clean), %d failures"
          % (len(files), runs, mem, runs - mem, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
