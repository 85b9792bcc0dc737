#!/usr/bin/env python3
"""Serial-line soak: random bytes typed into the netduinoplus2 firmware's REPL under QEMU for
a given time, then Ctrl-C, Ctrl-B and Enter, and the firmware must answer `print(6*7)` with 42.

    tests/tools/serial_soak.py --firmware FW [--seconds 60] [--seed N] [--check-every 20]

What is sent, in random bursts with random pauses: printable text and Python fragments,
control characters (Ctrl-A/B/C/D/E among them), escape sequences, raw REPL and raw-paste
entries with bogus flow control (wrong window acks, Ctrl-D at odd places), lines over 1 KB,
incomplete and invalid UTF-8, and long-running or deep statements. First, a fixed sequence
of the same kinds that once locked the friendly REPL up (a half-typed `def`, a 4 KB line,
paste mode left open, raw-paste entered inside paste mode). Every --check-every seconds, and
at the end, the script waits for the firmware to catch up with its input (QEMU queues what a
chip's UART would drop), recovers the REPL and checks it answers. The RNG is seeded (printed);
on a failure the script prints the seed and the last bytes it sent. Exit status 0 when the
firmware answered every time.
"""

import argparse
import os
import random
import select
import shutil
import subprocess
import sys
import time

ANSWER_TIMEOUT = 30.0

FRAGMENTS = [
    b"def g(n): return g(n+1)\r", b"g(0)\r", b"while 1: pass\r", b"for i in range(10**9): pass\r",
    b"try:\r", b"except:\r", b"  return 1\r", b"(((((((\r", b"'''\r", b'"""\r', b"\\\r",
    b"l=[];l.append(l);print(l)\r", b"{1:2}[3]\r", b"raise ValueError\r", b"import sys\r",
    b"sys.exit()\r", b"print('\\x00')\r", b"x=[1]*10\r", b"'abc'*1000\r", b"lambda: 0\r",
    b"import myport\r", b"del x\r", b"print(6*7)\r", b"bytearray(10**9)\r", b"10**100000\r",
    b"class A:\r", b"if 1:\r", b"import gc; gc.collect()\r", b"print('a'*5000)\r",
]
CONTROL = b"\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f"
ESCAPES = [b"\x1b[A", b"\x1b[B", b"\x1b[C", b"\x1b[D", b"\x1b[1~", b"\x1b[3~", b"\x1b[4~", b"\x1b[H",
           b"\x1b[F", b"\x1b[1;5D", b"\x1bb", b"\x1bf", b"\x1b\x7f", b"\x1b[", b"\x1b[99999999~", b"\x1bO"]
TEXT = b"abcdefxyz0123456789 ()[]{}=+-*/#'\"\\:,._"


def long_line(rng):
    return bytes(rng.choice(TEXT) for _ in range(rng.randint(1024, 1600)))


def bad_utf8(rng):
    return rng.choice([b"\xc3", b"\xe2\x82", b"\xf0\x9f\x98", b"\xff", b"\xfe", b"\x80\x80", b"\xed\xa0\x80",
                       b"\xf4\x90\x80\x80", bytes(rng.randrange(128, 256) for _ in range(rng.randint(1, 40)))])


def raw_paste(rng):
    """Raw REPL, raw-paste request, then bogus flow control and code."""
    body = b"".join(rng.choice(FRAGMENTS).replace(b"\r", b"\n") for _ in range(rng.randint(0, 8)))
    parts = [b"\x01", b"\x05A\x01", body]
    parts.append(rng.choice([b"\x04", b"\x01", b"\x04\x04", b"\x03", b"", b"\x05A", b"\x01\x05A\x01",
                             bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))]))
    if rng.random() < 0.5:
        parts.append(b"\x02")
    return b"".join(parts)


def chunk(rng):
    k = rng.random()
    if k < 0.25:
        return bytes(rng.choice(TEXT) for _ in range(rng.randint(1, 80)))
    if k < 0.40:
        return rng.choice(FRAGMENTS)
    if k < 0.55:
        return bytes(rng.choice(CONTROL) for _ in range(rng.randint(1, 12)))
    if k < 0.62:
        return rng.choice(ESCAPES)
    if k < 0.70:
        return long_line(rng)
    if k < 0.77:
        return bad_utf8(rng)
    if k < 0.87:
        return raw_paste(rng)
    if k < 0.93:
        return b"\x05" + b"".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 6))) + rng.choice([b"\x04", b"\x03", b""])
    return bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))


# The old lockup's kinds of bytes, in order (after these the firmware once stopped answering).
FIXED = [
    (0.2, b"def g(n): retur\r\nn g(n+1)"),
    (0.0, bytes((b"yddca'5da#y4=(czfd#z'\"a=b2\\8#860f+)4 x5x\\\"77a') 3)" * 80)[:4000]) + b"\x04"),
    (0.05, b"\x0c\t\x1e\t\x18\x18\x1a\x11\x10\x10\x13"),
    (0.0, b"\xd0A\x83\xb2w\xf1\xadG/=z\xdf\xcc\xb6\x84\xb7\xde\xb1\xfe\xfa\x02\x86:\x87\x99^\xefYV"),
    (0.01, b"\x02\x1b[D((\x05A\x01((((("),
    (0.0, b"\x05try:\r\"\"\"\rlen('" + b"a" * 400 + b"')\rg(0)\r)))\rf()\x03"),
    (0.2, b"try:\r"),
    (0.05, b"'abc'*1000\r"),
    (0.2, b"\x01\x05A\x01f()\n(((((((\nimport myport\nprint(6*7)\nexcept:\n{1:2}[3]\n\\\n1+1\n"
          b"l=[];l.append(l);print(l)\nsys.exit()\n  return 1\n\x04"),
    (0.05, b"\x10\x1f\x00\x1a\x12\x16\x06\x13\x03\x13\n"),
    (0.2, b"\x01\x05A\x01except:\n\x03\x04"),
    (0.01, b"\x05A"),
    (0.01, b"\x9baM\x92\x14yS\x90\x85\x08\xaf\xf84\x90Y@\xb8\r\r\x87\xdaea\xd6\x97\xa8\x02q+\xaf@\x08\xbaA\\"),
    (0.05, b"\x01\x05A\x01" + b"x=[1]*10\ng(0)\nwhile 1:pass\ndef g(n): return g(n+1)\nexcept:\n(((((((\n" * 20 + b"\x02"),
    (0.01, b"x"),
]


class Stalled(Exception):
    """The firmware took no input for a minute."""


class Qemu:
    def __init__(self, fw):
        self.p = subprocess.Popen(
            ["qemu-system-arm", "-machine", "netduinoplus2", "-nographic", "-serial", "stdio", "-monitor", "none",
             "-semihosting-config", "enable=on,target=native", "-kernel", fw],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0)
        os.set_blocking(self.p.stdin.fileno(), False)
        self.out = bytearray()
        self.trimmed = 0
        self.sent = bytearray()
        self.total = 0

    def read_for(self, seconds, until=None):
        end = time.monotonic() + seconds
        first = True
        while first or time.monotonic() < end:
            first = False
            r, _, _ = select.select([self.p.stdout], [], [], min(0.05, max(0.0, end - time.monotonic())))
            if r:
                data = os.read(self.p.stdout.fileno(), 65536)
                if not data:
                    return False
                self.out += data
                if len(self.out) > 1 << 16:
                    del self.out[: len(self.out) - (1 << 14)]
                    self.trimmed += 1
                if until is not None and until in self.out:
                    return True
        return until is not None and until in self.out

    def send(self, data):
        # Never block on QEMU's stdin: while the firmware is busy (or its UART's one-byte
        # receive register is full) QEMU stops reading it, and once its output pipe is full
        # too QEMU blocks writing it. Reading the output while waiting to write keeps both
        # moving (a blocking write here deadlocked the soak once, with the firmware fine).
        fd = self.p.stdin.fileno()
        i = 0
        stalled = time.monotonic()
        while i < len(data):
            _, w, _ = select.select([], [fd], [], 0.05)
            if w:
                try:
                    i += os.write(fd, data[i:i + 256])
                    stalled = time.monotonic()
                except BlockingIOError:
                    pass
            self.read_for(0)
            if time.monotonic() - stalled > 2 * ANSWER_TIMEOUT:
                raise Stalled()
        self.sent += data
        self.total += len(data)
        if len(self.sent) > 4096:
            del self.sent[: len(self.sent) - 2048]

    def drain(self, quiet=1.0, limit=120.0):
        """Wait until the firmware has caught up (no output for `quiet` s, at most `limit`).
        QEMU holds back what the UART has not taken yet (a chip would drop it), so the
        firmware may be behind by a pipe-full of keys, each of which in the middle of a
        long line redraws the rest of it."""
        end = time.monotonic() + limit
        while time.monotonic() < end:
            n = (len(self.out), self.trimmed)
            self.read_for(quiet)
            if (len(self.out), self.trimmed) == n:
                return

    def answers(self):
        """Recover (Ctrl-C, Ctrl-B, Ctrl-C, Enter) and check `print(6*7)` prints 42."""
        self.drain()
        self.send(b"\x03\x03\x02")
        self.read_for(0.5)
        self.send(b"\x03\r")
        self.read_for(ANSWER_TIMEOUT, b">>> ")
        self.out.clear()
        self.send(b"print(6*7)\r")
        return self.read_for(ANSWER_TIMEOUT, b"42\r\n")

    def close(self):
        self.p.kill()
        self.p.wait()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--firmware", required=True)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--check-every", type=float, default=20)
    args = ap.parse_args()
    if shutil.which("qemu-system-arm") is None:
        print("serial_soak: qemu-system-arm not found (apt-get install qemu-system-arm)", file=sys.stderr)
        return 2
    seed = args.seed if args.seed is not None else random.randrange(1 << 32)
    rng = random.Random(seed)
    print("serial_soak: seed %d, %.0f s" % (seed, args.seconds))
    q = Qemu(args.firmware)
    try:
        return soak(q, rng, seed, args)
    except Stalled:
        return fail(q, seed, "(the firmware took no input for %d s)" % (2 * ANSWER_TIMEOUT))
    finally:
        q.close()


def soak(q, rng, seed, args):
    if True:
        if not q.read_for(30, b">>> "):
            print("serial_soak: no prompt from the firmware: %r" % bytes(q.out[-200:]))
            return 2
        for delay, data in FIXED:
            q.send(data)
            q.read_for(delay + 0.05)
        checks = 0
        if not q.answers():
            return fail(q, seed, "after the fixed lockup sequence")
        checks += 1
        start = time.monotonic()
        next_check = start + args.check_every
        while time.monotonic() - start < args.seconds:
            for _ in range(rng.randint(1, 10)):
                q.send(chunk(rng))
            q.read_for(rng.choice([0, 0, 0.01, 0.05, 0.2]))
            if time.monotonic() >= next_check:
                if not q.answers():
                    return fail(q, seed, "check %d, %.0f s in" % (checks + 1, time.monotonic() - start))
                checks += 1
                print("  %.0f s: %d bytes sent, %d checks answered" % (time.monotonic() - start, q.total, checks),
                      flush=True)
                next_check = time.monotonic() + args.check_every
        if not q.answers():
            return fail(q, seed, "at the end")
        checks += 1
        print("serial_soak: %d bytes sent in %.0f s, %d checks answered 42, seed %d"
              % (q.total, time.monotonic() - start, checks, seed))
        return 0


def fail(q, seed, when):
    print("serial_soak: FAIL: no answer to print(6*7) %s (seed %d, %d bytes sent)" % (when, seed, q.total))
    print("last bytes sent: %r" % bytes(q.sent[-1024:]))
    print("last output: %r" % bytes(q.out[-400:]))
    # Busy (a loop that ignores Ctrl-C) or stopped (waiting for nothing)?
    stat = "/proc/%d/stat" % q.p.pid
    if os.path.exists(stat):
        cpu = lambda: sum(int(x) for x in open(stat).read().rsplit(")", 1)[1].split()[11:13])
        a = cpu()
        time.sleep(5)
        print("QEMU used %.0f%% of a core over 5 s afterwards" % ((cpu() - a) / os.sysconf("SC_CLK_TCK") / 5 * 100))
    return 1


if __name__ == "__main__":
    sys.exit(main())
