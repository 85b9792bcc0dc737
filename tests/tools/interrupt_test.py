#!/usr/bin/env python3
"""Ctrl-C stops every long native operation: each is started at the host binary's friendly
REPL on a pseudo-terminal, Ctrl-C follows after 0.3 s, and within 2 s the terminal must show
`KeyboardInterrupt` (or the operation's own end) and a prompt that answers `print(6*7)` with 42.

    tests/tools/interrupt_test.py [--binary target/release/micropython] [-v] [names...]

The operations are native loops whose length Python data controls and that would run for
seconds to hours (searching, comparing, hashing, sorting, big-int arithmetic and conversion,
printing). One that finishes within 0.3 s counts as bounded (it is reported with -v). A case
that fails restarts the binary, so the others still run. Exit status 0 when all pass.
"""

import argparse
import os
import pty
import select
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAP = "64M"
DELAY = 0.3  # seconds before Ctrl-C
BOUND = 2.0  # seconds Ctrl-C may take to show the prompt again

# Shared set-up lines (one per line, typed at the prompt). The containers share their
# elements, so they are small in memory but their comparisons and hashes are long.
SETUP = [
    "import sys, json, struct, array",
    "a = [0] * 100000; b = a + [1]; c = [a] * 100000; ac = a[:]",
    "t = (0,) * 100000; u = t + (1,); tt = (t,) * 100000; tc = tuple(list(t))",
    "s = 'a' * 1000000; p = 'a' * 500000 + 'b'",
    "bs = b'a' * 1000000; bp = b'a' * 500000 + b'b'; ba = bytearray(bs)",
    "big = 7 ** 300000; big2 = big + 1; bigc = big2 - 1; m = 10 ** 5000 + 1",
    "digits = '9' * 400000",
    "arr = array.array('i', range(100000)); aa = [arr] * 100000; arrc = array.array('i', arr)",
]

# (name, expression or statement typed at the prompt)
CASES = [
    ("str * sys.maxsize (empty)", "'' * sys.maxsize"),
    ("in range(sys.maxsize)", "-1 in range(sys.maxsize)"),
    ("list.count, long list compare", "c.count(b)"),
    ("list.index", "c.index(b)"),
    ("in list", "b in c"),
    ("list ==", "c == [ac] * 100000"),
    ("list <", "[ac] * 100000 < c"),
    ("tuple.count", "tt.count(u)"),
    ("tuple.index", "tt.index(u)"),
    ("in tuple", "u in tt"),
    ("tuple ==", "tt == (tc,) * 100000"),
    ("tuple <", "tt < (tc,) * 100000"),
    ("hash of a long tuple", "hash(tt)"),
    ("set() of long tuples", "set((t,) * 100000 + (u,))"),
    ("dict.fromkeys", "dict.fromkeys((t,) * 100000 + (u,))"),
    ("str.find", "s.find(p)"),
    ("in str", "p in s"),
    ("str.count", "s.count(p)"),
    ("str.index", "s.index(p)"),
    ("str.replace", "s.replace(p, 'x')"),
    ("str.split", "s.split(p)"),
    ("str.rfind", "s.rfind('b' + p[1:])"),
    ("bytes.find", "bs.find(bp)"),
    ("in bytes", "bp in bs"),
    ("bytes.count", "bs.count(bp)"),
    ("bytearray.find", "ba.find(bp)"),
    ("sorted, long compares", "sorted([b] + c)"),
    ("list.sort", "x = [b] + c; x.sort()"),
    ("min", "min(c + [b])"),
    ("max", "max([b] + c)"),
    ("sum of a range", "sum(range(10 ** 15))"),
    ("min of a range", "min(range(10 ** 15))"),
    ("max of a range", "max(range(10 ** 15))"),
    ("any of an endless iterator", "any(iter(int, 1))"),
    ("all of a range", "all(range(1, 10 ** 15))"),
    ("list(range)", "list(range(10 ** 15))"),
    ("set(range)", "set(range(10 ** 15))"),
    ("str.join", "'x'.join([s] * 100000)"),
    ("print a big container", "print(c)"),
    ("repr of a big container", "repr(c)"),
    ("print a dict of long lists", "print(dict.fromkeys(range(1000), a))"),
    ("print a set of a long tuple", "print({tt})"),
    ("str of a big int", "str(big)"),
    ("print a big int", "print(big)"),
    ("int() of 400,000 digits", "int(digits)"),
    ("big int *", "big * big2"),
    ("big int //", "(big * big2) // big2"),
    ("big int **", "big ** 3"),
    ("pow(a, b, m)", "pow(3, 10 ** 5000, m)"),
    ("big int %", "(big * big) % big2"),
    ("big int ==, in a list", "[big] * 1000000 == [bigc] * 1000000"),
    ("big int list.count", "([big] * 1000000).count(bigc)"),
    ("bytes(n)", "bytes(10 ** 12)"),
    ("bytearray(n)", "bytearray(10 ** 12)"),
    ("json.dumps", "json.dumps(c)"),
    ("struct.pack", "struct.pack('100000000x')"),
    ("array ==, in a list", "aa == [arrc] * 100000"),
    ("array list.count", "aa.count(arrc)"),
    ("sum, long lists", "sum(c, [])"),
    ("tuple(generator of a range)", "tuple(x for x in range(10 ** 15))"),
    ("str.format width", "'{:>1000000000}'.format(1)"),
]


class Terminal:
    def __init__(self, argv):
        self.out = bytearray()
        pid, fd = pty.fork()
        if pid == 0:
            try:
                os.execvp(argv[0], argv)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd

    def read(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return False
        try:
            data = os.read(self.fd, 1 << 16)
        except OSError:
            data = b""
        if not data:
            return False
        # Keep the tail only: a flood of output need not be kept.
        self.out += data
        if len(self.out) > 1 << 20:
            del self.out[: len(self.out) - (1 << 16)]
        return True

    def send(self, text):
        os.write(self.fd, text.encode())

    def wait_for(self, pred, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if pred(self.out):
                return True
            self.read(min(0.05, deadline - time.time()))
        return pred(self.out)

    def close(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except OSError:
            pass
        os.close(self.fd)


def prompt_at_end(out):
    return out.rstrip(b" ").endswith(b">>>")


def start(binary):
    term = Terminal([str(binary), "-X", "heapsize=" + HEAP])
    if not term.wait_for(prompt_at_end, 10):
        raise RuntimeError("no prompt: %r" % bytes(term.out[-300:]))
    for line in SETUP:
        term.out.clear()
        term.send(line + "\r")
        if not term.wait_for(lambda o: b"\n" in o and prompt_at_end(o), 60):
            raise RuntimeError("set-up %r: %r" % (line, bytes(term.out[-300:])))
        if b"Error" in term.out:
            raise RuntimeError("set-up %r: %r" % (line, bytes(term.out[-300:])))
    return term


def run_case(term, op):
    """None when Ctrl-C worked (or the operation was done first), else the problem."""
    term.out.clear()
    term.send(op + "\r")
    t0 = time.time()
    echoed = lambda o: b"\n" in o
    term.wait_for(echoed, 2)
    while time.time() - t0 < DELAY:
        term.read(0.02)
    body = bytes(term.out[term.out.find(b"\n") + 1:])
    if prompt_at_end(body):
        return "bounded", body
    term.out.clear()
    term.send("\x03")
    t1 = time.time()
    # The operation may also have ended by itself meanwhile (a MemoryError once its output
    # filled the heap): bounded too.
    ok = term.wait_for(prompt_at_end, BOUND)
    took = time.time() - t1
    if not ok:
        return "no KeyboardInterrupt and prompt %.1f s after Ctrl-C: %r" % (took, bytes(term.out[-200:]))
    term.out.clear()
    term.send("print(6*7)\r")
    if not term.wait_for(lambda o: b"42" in o and prompt_at_end(o), 5):
        return "no answer to print(6*7) after the interrupt: %r" % bytes(term.out[-200:])
    return None


# A program that fills the heap, then retries an allocation forever treating MemoryError as
# "try again": Ctrl-C must still end it with KeyboardInterrupt, although no KeyboardInterrupt
# object can be allocated then (the runtime falls back to a static one).
HEAP_FULL = """
def attempt():
    try:
        return (0,)
    except MemoryError:
        return None
head = None
try:
    while True:
        head = (head,)
except MemoryError:
    pass
print('heap full')
while True:
    attempt()
"""


def heap_full_case(binary):
    """None when SIGINT ends the heap-full retry loop with KeyboardInterrupt, else the problem."""
    import subprocess
    p = subprocess.Popen([str(binary), "-X", "heapsize=64K", "-c", HEAP_FULL], stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT)
    os.set_blocking(p.stdout.fileno(), False)
    out = bytearray()
    deadline = time.time() + 10
    while b"heap full" not in out and time.time() < deadline and p.poll() is None:
        r, _, _ = select.select([p.stdout], [], [], 0.05)
        if r:
            out += p.stdout.read() or b""
    if b"heap full" not in out:
        p.kill()
        return "the heap never filled: %r" % bytes(out[-200:])
    time.sleep(DELAY)
    p.send_signal(signal.SIGINT)
    try:
        rest, _ = p.communicate(timeout=BOUND)
    except subprocess.TimeoutExpired:
        p.kill()
        return "still running %.1f s after SIGINT (the KeyboardInterrupt was lost)" % BOUND
    out += rest or b""
    if b"KeyboardInterrupt" not in out:
        return "ended without KeyboardInterrupt: %r" % bytes(out[-200:])
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", type=Path, default=ROOT / "target" / "release" / "micropython")
    ap.add_argument("-v", action="store_true", help="also list the operations that finished first")
    ap.add_argument("names", nargs="*", help="only the cases whose name contains one of these")
    args = ap.parse_args()
    if not os.access(args.binary, os.X_OK):
        print("no binary at %s (cargo build --release -p host)" % args.binary)
        return 2
    cases = [c for c in CASES if not args.names or any(n in c[0] for n in args.names)]
    term = start(args.binary)
    failures = bounded = 0
    for name, op in cases:
        problem = run_case(term, op)
        if isinstance(problem, tuple):
            bounded += 1
            if args.v:
                last = problem[1].decode(errors="replace").strip().split("\n")[-2:-1] or [""]
                print("done before Ctrl-C: %s: %s -> %s" % (name, op, last[0].strip()[:60]))
            continue
        if problem:
            failures += 1
            print("FAIL %s: %s\n  %s" % (name, op, problem))
            term.close()
            term = start(args.binary)
        elif args.v:
            print("ok %s" % name)
    term.send("\x04")
    term.close()
    if not args.names or any(n in "heap full" for n in args.names):
        problem = heap_full_case(args.binary)
        cases.append(("heap full", HEAP_FULL))
        if problem:
            failures += 1
            print("FAIL heap full, retrying MemoryError:\n  %s" % problem)
        elif args.v:
            print("ok heap full")
    print("interrupt_test: %d cases, %d interrupted, %d done before Ctrl-C, %d failed"
          % (len(cases), len(cases) - failures - bounded, bounded, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
