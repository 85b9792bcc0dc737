#!/usr/bin/env python3
"""Allocator benchmark: time the programs in this folder on several heap sizes.

    bench/alloc/run.py [--runs 5] [--heaps 256K,4M,64M] [--timeout 120]
                       [--binary PATH] [--ref PATH] [--also NAME=PATH ...]

Each program runs as `BINARY -X heapsize=N PROGRAM`, `--runs` times per heap size; the
table shows the median wall-clock time in seconds (`>T` when a run hit the timeout;
after a run longer than 10 s the remaining runs of that cell are skipped). Columns:
this tree's `target/release/micropython`, any `--also` binaries (e.g. an older build),
and MicroPython's reference build (`/work/shared/reference/micropython`) when it exists.
Every binary must print the same output as the first; a mismatch is shown as `!`.

A benchmark, not a test: it asserts nothing. Standard library only.
"""

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PROGRAMS = ["append_pop.py", "mixed.py"]
REFERENCE = Path("/work/shared/reference/micropython")
SLOW = 10.0


def run_once(binary, heap, program, timeout):
    start = time.monotonic()
    try:
        proc = subprocess.run(
            [str(binary), "-X", "heapsize=%s" % heap, str(HERE / program)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None, None
    return time.monotonic() - start, proc.stdout


def cell(binary, heap, program, runs, timeout, expected):
    times = []
    for _ in range(runs):
        t, out = run_once(binary, heap, program, timeout)
        if t is None:
            return ">%g" % timeout, expected
        if expected is None:
            expected = out
        elif out != expected:
            return "!", expected
        times.append(t)
        if t > SLOW:
            break
    return "%.2f" % statistics.median(times), expected


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--heaps", default="256K,4M,64M")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--binary", default=str(ROOT / "target/release/micropython"))
    ap.add_argument("--ref", default=str(REFERENCE) if REFERENCE.exists() else None)
    ap.add_argument("--also", action="append", default=[], metavar="NAME=PATH")
    args = ap.parse_args()

    columns = [("this tree", args.binary)]
    for spec in args.also:
        name, _, path = spec.partition("=")
        columns.append((name, path))
    if args.ref:
        columns.append(("MicroPython", args.ref))
    for name, path in columns:
        if not Path(path).exists():
            sys.exit("run.py: %s: no binary at %s (build with cargo build --release -p host)" % (name, path))

    print("| program | heap | " + " | ".join(name for name, _ in columns) + " |")
    print("|---|---|" + "---|" * len(columns))
    for program in PROGRAMS:
        for heap in args.heaps.split(","):
            expected = None
            row = []
            for _, path in columns:
                text, expected = cell(path, heap, program, args.runs, args.timeout, expected)
                row.append(text)
            print("| %s | %s | %s |" % (program, heap, " | ".join(row)), flush=True)


if __name__ == "__main__":
    main()
