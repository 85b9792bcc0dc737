#!/usr/bin/env python3
"""The cross-compiler round trip: mpy-cross compiles, the host binary imports and runs the
.mpy (module and package); a file from another format version, a truncated file and
mutated files are refused with ValueError or run (an endless loop stops on Ctrl-C), never
a crash.

    tests/tools/mpy_cross_test.py [--bin-dir target/release]
"""

import argparse
import random
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
failures = []

SOURCE = """\
X = (1, 'two', b'3', 4.5, None, 2**100, ('n', True), ...)
def f(a, *b, c=3, **d):
    def g():
        return a + c
    return g() + len(b) + len(d)
class K:
    def m(self):
        return [i * i for i in range(3)]
def gen():
    try:
        yield 1
        raise ValueError('inside')
    except ValueError as e:
        yield str(e)
print(X, f(1, 2, c=4, z=1), K().m(), list(gen()), __name__, __file__)
"""

EXPECTED = ("(1, 'two', b'3', 4.5, None, 1267650600228229401496703205376, ('n', True), Ellipsis) "
            "7 [0, 1, 4] [1, 'inside'] cm cm.mpy\n")


def check(name, got, want):
    if got != want:
        failures.append("%s:\n  got  %r\n  want %r" % (name, got, want))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin-dir", type=Path, default=ROOT / "target" / "release")
    args = ap.parse_args()
    mpy_cross = str((args.bin_dir / "mpy-cross").resolve())
    micropython = str((args.bin_dir / "micropython").resolve())

    def run(*argv, cwd):
        p = subprocess.run(list(argv), capture_output=True, cwd=cwd, timeout=30)
        return p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "cm.py").write_text(SOURCE)
        check("compile", run(mpy_cross, "cm.py", cwd=tmp)[0], 0)
        (tmp / "cm.py").unlink()  # only the .mpy is left to import
        check("import .mpy", run(micropython, "-c", "import cm", cwd=tmp), (0, EXPECTED, ""))

        pkg = tmp / "pk"
        pkg.mkdir()
        (pkg / "__init__.py").write_text("from . import sub\nNAME = __name__\n")
        (pkg / "sub.py").write_text("def hi():\n    return 'hi from ' + __name__\n")
        for f in ("__init__.py", "sub.py"):
            check("compile pk/" + f, run(mpy_cross, "-X", "emit=bytecode", "-o", f.replace(".py", ".mpy"), f, cwd=pkg)[0], 0)
            (pkg / f).unlink()
        check("package", run(micropython, "-c", "import pk; print(pk.NAME, pk.sub.hi())", cwd=tmp), (0, "pk hi from pk.sub\n", ""))

        (tmp / "bad.py").write_text("x = 1\ndef (:\n")
        code, _, err = run(mpy_cross, "bad.py", cwd=tmp)
        check("syntax error", (code, 'File "bad.py", line 2' in err, "SyntaxError: invalid syntax" in err), (1, True, True))
        check("no input", run(mpy_cross, cwd=tmp)[0], 2)

        good = (tmp / "cm.mpy").read_bytes()
        other = good[:4] + bytes([good[4] + 1]) + good[5:]
        (tmp / "v.mpy").write_bytes(other)
        code, out, _ = run(micropython, "-c", "import v", cwd=tmp)
        check("version mismatch", (code, out.splitlines()[-1]),
              (1, "ValueError: incompatible .mpy file (expected version %d, float double, ints mpz; found version %d, "
                  "float double, ints mpz)" % (good[4], good[4] + 1)))
        (tmp / "t.mpy").write_bytes(good[: len(good) // 2])
        code, out, _ = run(micropython, "-c", "import t", cwd=tmp)
        check("truncated", (code, out.splitlines()[-1]), (1, "ValueError: invalid .mpy file"))

        # Mutations: each must load and run, or raise; never crash or hang.
        rng = random.Random(1)
        script = "try:\n    import m\nexcept Exception as e:\n    print(type(e).__name__)\n"
        for i in range(150):
            data = bytearray(good)
            for _ in range(rng.randint(1, 4)):
                data[rng.randrange(7, len(data))] = rng.randrange(256)
            (tmp / "m.mpy").write_bytes(bytes(data))
            p = subprocess.Popen([micropython, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp)
            try:
                _, err = p.communicate(timeout=5)
            except subprocess.TimeoutExpired:
                # A mutated jump can make a valid endless loop: Ctrl-C must still stop it.
                p.send_signal(signal.SIGINT)
                try:
                    _, err = p.communicate(timeout=10)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.communicate()
                    failures.append("mutation %d: a loop that Ctrl-C does not stop" % i)
                    break
            if p.returncode not in (0, 1) or b"panicked" in err:
                failures.append("mutation %d: exit %d %s" % (i, p.returncode, err[-300:]))
                break

    for f in failures:
        print("FAIL", f)
    print("mpy_cross_test: %s" % ("%d failed" % len(failures) if failures else "ok"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
