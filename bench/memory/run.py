#!/usr/bin/env python3
"""The smallest GC heap each benchmark of the suite runs in: ours and MicroPython's.

For every benchmark of bench/suite (or the ones named), at the suite's small or normal
size, a bisection over `-X heapsize=` finds the smallest heap, to `--step` KiB, with which
the interpreter ends normally and prints CPython's checksum, and so does every heap up to
`--window` KiB larger (running is not monotonic in the size); the same for MicroPython
when MICROPY_MICROPYTHON names its binary. A benchmark, not a test: nothing here fails
CI. A run that needs more than `--max` KiB is reported as `>max`.

    python3 bench/memory/run.py                             # ours, small size
    MICROPY_MICROPYTHON=../shared/reference/micropython python3 bench/memory/run.py
    python3 bench/memory/run.py --size normal nbody chaos

Both interpreters' heaps are word-addressed block heaps with the same block size on a
64-bit host (16 bytes), so the figures compare object sizes and garbage kept alive, and
how each interpreter copes near a full heap (a collection, then MemoryError).
"""
import argparse
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "bench" / "suite"))
import run as suite  # noqa: E402  (the suite's runner: benchmark list and sized copies)


def runs_in(binary, script, kib, expected, timeout):
    """Whether `binary` runs `script` with a heap of `kib` KiB and prints `expected`."""
    try:
        p = subprocess.run([binary, "-X", f"heapsize={kib}K", script], stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return False
    return p.returncode == 0 and suite.last_line(p.stdout.decode("utf-8", "replace")) == expected


def smallest(binary, script, expected, args):
    """The smallest heap (KiB, a multiple of --step) the script runs in, and in every size
    up to --window KiB above it; None past --max.

    Running is not monotonic in the heap's size: where the blocks fall decides whether a
    large allocation finds room, so a heap can fail a few KiB above one that works
    (json_rt at the small size runs in 59-63 KiB, fails in 64, runs in 65, fails in 66-67
    and runs from 68). A bare bisection lands on any of those edges depending on where it
    probes; the window makes the figure the lower end of a run of working sizes."""
    def ok(kib):
        return runs_in(binary, script, kib, expected, args.timeout)

    lo, hi = 0, args.max  # lo fails (or is nothing), hi runs
    if not ok(hi):
        return None
    while True:
        while hi - lo > args.step:
            mid = (lo + hi) // 2 // args.step * args.step
            if mid <= lo:
                break
            if ok(mid):
                hi = mid
            else:
                lo = mid
        above = range(hi + args.step, min(hi + args.window, args.max) + 1, args.step)
        bad = next((k for k in above if not ok(k)), None)
        if bad is None:
            return hi
        lo, hi = bad, args.max


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*")
    ap.add_argument("--binary", default=str(ROOT / "target" / "release" / "micropython"))
    ap.add_argument("--size", choices=["small", "normal"], default="small")
    ap.add_argument("--step", type=int, default=2, help="KiB resolution (default 2)")
    ap.add_argument("--max", type=int, default=65536, help="largest heap tried, KiB")
    ap.add_argument("--window", type=int, default=8,
                    help="KiB above the result that must all run too (default 8; 0: a bare bisection)")
    ap.add_argument("--timeout", type=float, default=60)
    args = ap.parse_args()
    mpy = os.environ.get("MICROPY_MICROPYTHON")
    benches = suite.benchmarks(args.names)
    print(f"{'benchmark':<12} {'ours KiB':>9} {'mpy KiB':>9} {'ours/mpy':>9}")
    ratios = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, b in benches.items():
            path = suite.sized_copy(b, args.size, tmp)
            cpy = subprocess.run([sys.executable, path], capture_output=True, text=True)
            expected = suite.last_line(cpy.stdout)
            ours = smallest(args.binary, path, expected, args)
            theirs = smallest(mpy, path, expected, args) if mpy else None
            show = lambda v: f">{args.max}" if v is None else str(v)  # noqa: E731
            ratio = "-"
            if ours and theirs:
                ratios.append(ours / theirs)
                ratio = f"{ours / theirs:.2f}"
            print(f"{name:<12} {show(ours):>9} {show(theirs) if mpy else '-':>9} {ratio:>9}", flush=True)
    if ratios:
        print(f"{'geomean':<12} {'':>9} {'':>9} {suite.geomean(ratios):>9.2f}")


if __name__ == "__main__":
    main()
