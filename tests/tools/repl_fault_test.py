#!/usr/bin/env python3
"""A MemoryError anywhere in a friendly-REPL session (the line editor, compiling, running,
printing a result, building or printing a traceback) leaves the REPL usable.

    tests/tools/repl_fault_test.py [--binary target/faults/release/micropython] [--max-n 400] [--step 1]

The binary is the host board built with `fault_injection` (boards/host/faults.toml). For
N = 1, 2, ... the session below is typed on a pseudo-terminal with `-X fail-alloc=N` (the
Nth heap allocation fails), then `print(6*7)`, which must answer 42 within 5 s (typed a
second time when the failing allocation was its own); the process must not die. Stops at the first N whose session saw no failed allocation.
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from interrupt_test import Terminal, prompt_at_end  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

SESSION = [
    "x = [i * i for i in range(20)]",
    "x",
    "d = {str(i): i for i in range(10)}",
    "print(d, 'a' * 50)",
    "def f(n):\r    return f(n + 1) if n < 30 else 1 / 0\r",
    "f(0)",
    "import json; json.dumps(d)",
    "s = 'é' * 20; s.upper()",
    "1/0",
]


def session(binary, n):
    """None if the REPL answered at the end, else the problem; and whether a MemoryError showed."""
    term = Terminal([str(binary), "-X", "heapsize=64K", "-X", "fail-alloc=%d" % n])
    try:
        if not term.wait_for(prompt_at_end, 5):
            return "no first prompt: %r" % bytes(term.out[-200:]), False
        seen = bytearray()
        for line in SESSION:
            seen += term.out
            term.out.clear()
            term.send(line + "\r")
            term.wait_for(lambda o: b"\n" in o and prompt_at_end(o), 5)
        seen += term.out
        term.out.clear()
        answered = lambda o: b"\n42\r\n" in o and prompt_at_end(o)
        term.send("\x03print(6*7)\r")
        ok = term.wait_for(answered, 5)
        if not ok and prompt_at_end(term.out):
            # The failing allocation was this line's own (a MemoryError for it, or a key the
            # line editor could not take): once more, it fails only once.
            seen += term.out
            term.out.clear()
            term.send("print(6*7)\r")
            ok = term.wait_for(answered, 5)
        seen += term.out
        if not ok:
            return "no answer to print(6*7): %r" % bytes(term.out[-300:]), True
        return None, b"MemoryError" in seen
    finally:
        term.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", type=Path, default=ROOT / "target" / "faults" / "release" / "micropython")
    ap.add_argument("--max-n", type=int, default=400)
    ap.add_argument("--step", type=int, default=1, help="N = 1, 1 + step, ... (a sample)")
    args = ap.parse_args()
    if not os.access(args.binary, os.X_OK):
        print("no binary at %s (the host board built with boards/host/faults.toml)" % args.binary)
        return 2
    failures = runs = mem = 0
    quiet = 0
    for n in range(1, args.max_n + 1, args.step):
        problem, memerr = session(args.binary, n)
        runs += 1
        mem += memerr
        if problem:
            failures += 1
            print("FAIL N=%d: %s" % (n, problem))
        # A few sessions in a row without a MemoryError: the allocations ran out before N.
        quiet = 0 if memerr or problem else quiet + 1
        if quiet * args.step >= 10:
            break
    print("repl_fault_test: %d sessions (%d showed a MemoryError), %d failed" % (runs, mem, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
