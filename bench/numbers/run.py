#!/usr/bin/env python3
"""Number benchmarks (never run by the tests): time each file on the host build, CPython
and, when present, MicroPython's reference binary; print the best of 3 runs and ratios.

    python3 bench/numbers/run.py [--binary target/release/micropython] [--reference PATH]
"""
import argparse
import pathlib
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def timed(cmd, src):
    best, out = None, b""
    for _ in range(3):
        t = time.perf_counter()
        p = subprocess.run(cmd, input=src, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        dt = time.perf_counter() - t
        out = p.stdout
        best = dt if best is None else min(best, dt)
    return best, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=str(ROOT / "target/release/micropython"))
    ap.add_argument("--reference", default=str(ROOT.parent / "shared/reference/micropython"))
    args = ap.parse_args()
    ref = pathlib.Path(args.reference)
    print(f"{'bench':10} {'ours s':>8} {'cpython s':>10} {'ratio':>6} {'mpy s':>8} {'ratio':>6}")
    for f in sorted(HERE.glob("*.py")):
        if f.name == "run.py":
            continue
        src = f.read_bytes()
        ours, o1 = timed([args.binary, "-X", "heapsize=16M"], src)
        cpy, o2 = timed([sys.executable, "-"], src)
        line = f"{f.stem:10} {ours:8.3f} {cpy:10.3f} {ours / cpy:6.2f}"
        if ref.exists():
            mpy, _ = timed([str(ref), "-X", "heapsize=16M"], src)
            line += f" {mpy:8.3f} {ours / mpy:6.2f}"
        if o1 != o2:
            line += "  (output differs from CPython)"
        print(line)


if __name__ == "__main__":
    main()
