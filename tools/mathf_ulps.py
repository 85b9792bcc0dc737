#!/usr/bin/env python3
"""Accuracy of a single-precision build's math functions, in units in the last place.

    tools/mathf_ulps.py [BINARY]   (default: target/single/release/micropython)

Build the binary with boards/host/single.toml (see tests/run-all.sh). The script has the
binary compute sin, cos, tan, asin, abs(complex) (hypot), lgamma and gamma of a few thousand
fixed pseudo-random arguments (every magnitude, and multiples of π/2 rounded to floats),
then measures each result against mpmath's value for the same `f32` argument, and prints
the worst error and a histogram (errors rounded to whole ulps, 10 meaning 10 or more). It
needs mpmath (`pip install mpmath`). A measurement, not a test: it never fails.
"""
import os
import random
import struct
import subprocess
import sys
import tempfile

try:
    import mpmath as mp
except ImportError:
    sys.exit("tools/mathf_ulps.py needs mpmath: pip install mpmath")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Run by the binary: one line per call, the argument(s) and the result as f32 bit patterns.
PROGRAM = r"""
import math, struct
def b(v): return struct.unpack('<I', struct.pack('<f', v))[0]
for line in open(ARGS):
    name, x, y = line.split(',')
    x, y = float(x), float(y)
    try:
        if name == 'hypot':
            r = abs(complex(x, y))
        else:
            r = getattr(math, name)(x)
    except ValueError:
        continue
    print(name, b(x), b(y), b(r))
"""


def f32(v):
    return struct.unpack("<f", struct.pack("<f", v))[0]


def arguments():
    rnd = random.Random(5)
    out = []
    for i in range(3000):
        e = rnd.uniform(-3, 38) if i % 3 else rnd.uniform(-3, 3)
        x = f32(rnd.choice((-1, 1)) * 10**e)
        out += [("sin", x, 0), ("cos", x, 0), ("tan", x, 0)]
    for k in range(1, 2000):
        x = f32(k * mp.pi / 2)
        out += [("sin", x, 0), ("cos", x, 0), ("tan", x, 0)]
    for i in range(3000):
        out.append(("asin", f32(rnd.uniform(-1, 1) ** (1 if i % 2 else 9)), 0))
    for i in range(2000):
        x = f32(rnd.uniform(-40, 40) if i % 3 else 10 ** rnd.uniform(-8, 5))
        out.append(("lgamma", x, 0))
        if -40 < x < 34:
            out.append(("gamma", x, 0))
    for i in range(2000):
        x = f32(rnd.uniform(-1, 1) * 10 ** rnd.uniform(-30, 30))
        y = f32(x * rnd.uniform(-2, 2) if i % 2 else rnd.uniform(-1, 1) * 10 ** rnd.uniform(-30, 30))
        out.append(("hypot", x, y))
    return out


def true_value(name, x, y):
    if name == "hypot":
        return mp.sqrt(x * x + y * y)
    if name == "lgamma":
        return mp.log(abs(mp.gamma(x))) if x not in (1, 2) else mp.mpf(0)
    return {"sin": mp.sin, "cos": mp.cos, "tan": mp.tan, "asin": mp.asin, "gamma": mp.gamma}[name](x)


def ulp(v):
    v = abs(v)
    if v == 0:
        return 2.0**-149
    return max(2.0 ** (float(mp.floor(mp.log(v, 2))) - 23), 2.0**-149)


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/single/release/micropython")
    with tempfile.TemporaryDirectory() as tmp:
        data, prog = os.path.join(tmp, "args.txt"), os.path.join(tmp, "run.py")
        with open(data, "w") as f:
            f.write("".join("%s,%r,%r\n" % a for a in arguments()))
        with open(prog, "w") as f:
            f.write("ARGS = %r\n%s" % (data, PROGRAM))
        run = subprocess.run([binary, prog], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit("%s failed:\n%s%s" % (binary, run.stdout[-2000:], run.stderr[-2000:]))
    out = run.stdout
    mp.mp.prec = 300
    worst, hist = {}, {}
    for line in out.split("\n"):
        if not line:
            continue
        name, *bits = line.split()
        x, y, got = (struct.unpack("<f", struct.pack("<I", int(b)))[0] for b in bits)
        true = true_value(name, mp.mpf(x), mp.mpf(y))
        if mp.isinf(got) or abs(true) > 3.4e38:
            continue
        err = float(abs(mp.mpf(got) - true) / ulp(true))
        if name == "lgamma":
            # Next to its zeros lgamma is judged by its absolute error, in ulps of 1.
            err = min(err, float(abs(mp.mpf(got) - true)) * 2**24)
        if err > worst.get(name, (-1,))[0]:
            worst[name] = (err, x)
        h = hist.setdefault(name, {})
        h[min(int(err + 0.5), 10)] = h.get(min(int(err + 0.5), 10), 0) + 1
    for name in ("sin", "cos", "tan", "asin", "hypot", "lgamma", "gamma"):
        if name in worst:
            print("%-6s worst %7.2f ulp (at %r)  %s" % (name, worst[name][0], worst[name][1], sorted(hist[name].items())))


if __name__ == "__main__":
    main()
