#!/usr/bin/env python3
"""The host binary's command line: every flag, sys.argv, sys.path and each exit status.

    tests/tools/cli_test.py [--binary target/release/micropython]

Runs the binary in a scratch directory with a scratch HOME and prints one line per failed
check; exit status 0 when all pass.
"""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
USAGE_ERROR = "Invalid command line arguments. Use -h option for help.\n"

failures = []


def check(name, got, want):
    if got != want:
        failures.append("%s:\n  got  %r\n  want %r" % (name, got, want))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", type=Path, default=ROOT / "target" / "release" / "micropython")
    args = ap.parse_args()
    binary = str(args.binary.resolve())

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env = dict(os.environ, HOME=str(tmp / "home"))
        env.pop("MICROPYPATH", None)

        def run(*argv, stdin=b"", extra_env=None, cwd=tmp):
            e = dict(env, **(extra_env or {}))
            p = subprocess.run([binary, *argv], input=stdin, capture_output=True, cwd=cwd, env=e, timeout=20)
            return p.returncode, p.stdout.decode(), p.stderr.decode()

        show = "import sys; print(sys.argv); print(sys.path)"
        home_path = "['%s', '.frozen', '%s/.micropython/lib', '/usr/lib/micropython']"

        # -c: argv[0] is '-c', the rest follow; sys.path starts with ''.
        check("-c", run("-c", show, "a", "-b"),
              (0, "['-c', 'a', '-b']\n%s\n" % (home_path % ("", tmp / "home")), ""))
        # A script: argv[0] is its path, its directory is sys.path[0].
        (tmp / "sub").mkdir()
        (tmp / "sub" / "s.py").write_text(show + "\n")
        check("FILE", run("sub/s.py", "x"), (0, "['sub/s.py', 'x']\n%s\n" % (home_path % ("sub", tmp / "home")), ""))
        # stdin (not a terminal) is the script; argv is empty.
        check("stdin", run(stdin=show.encode()), (0, "[]\n%s\n" % (home_path % ("", tmp / "home")), ""))
        check("- (stdin)", run("-", stdin=b"print(6*7)"), (0, "42\n", ""))
        opt = "import micropython; assert 0; print(micropython.opt_level(), __debug__)"
        check("-O", run("-O", "-c", opt), (0, "1 False\n", ""))
        check("-OO", run("-OO", "-c", opt), (0, "2 False\n", ""))
        check("-O3", run("-O3", "-c", opt), (0, "3 False\n", ""))
        # MICROPYPATH replaces everything after the first entry.
        check("MICROPYPATH", run("-c", "import sys; print(sys.path)", extra_env={"MICROPYPATH": "/a:lib"}),
              (0, "['', '/a', 'lib']\n", ""))
        # -m: from sys.path, as __main__, packages' modules too.
        (tmp / "lib").mkdir()
        (tmp / "lib" / "mod.py").write_text("import sys\nprint(__name__, sys.argv)\n")
        (tmp / "lib" / "pkg").mkdir()
        (tmp / "lib" / "pkg" / "__init__.py").write_text("print('pkg', __name__)\n")
        (tmp / "lib" / "pkg" / "sub.py").write_text("print('sub', __name__)\n")
        lib = {"MICROPYPATH": str(tmp / "lib")}
        check("-m", run("-m", "mod", "q", extra_env=lib), (0, "__main__ ['mod', 'q']\n", ""))
        check("-m pkg.sub", run("-m", "pkg.sub", extra_env=lib), (0, "pkg pkg\nsub __main__\n", ""))
        code, out, _ = run("-m", "nosuch", extra_env=lib)
        check("-m missing", (code, out), (1, "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
                                           "ImportError: no module named 'nosuch'\n"))

        # Exit statuses.
        check("SystemExit(3)", run("-c", "raise SystemExit(3)")[0], 3)
        check("sys.exit()", run("-c", "import sys; sys.exit()")[0], 0)
        check("SystemExit(256+5)", run("-c", "raise SystemExit(261)")[0], 5)
        code, out, _ = run("-c", "1/0")
        check("uncaught", (code, out.splitlines()[-1]), (1, "ZeroDivisionError: divide by zero"))
        check("syntax error", run("-c", "1 +")[0], 1)
        # sys.atexit: its function runs as the program ends, after sys.exit and after an
        # uncaught exception too; its own sys.exit or exception sets the status.
        bye = "import sys; sys.atexit(lambda: print('bye')); "
        check("atexit", run("-c", bye + "print('main')"), (0, "main\nbye\n", ""))
        check("atexit after sys.exit", run("-c", bye + "sys.exit(3)"), (3, "bye\n", ""))
        code, out, _ = run("-c", bye + "1/0")
        check("atexit after an exception", (code, out.splitlines()[-1]), (1, "bye"))
        check("atexit's sys.exit", run("-c", "import sys; sys.atexit(lambda: sys.exit(7))")[0], 7)
        code, out, _ = run("-c", "import sys; sys.atexit(lambda: 1/0)")
        check("atexit raising", (code, out.splitlines()[-1]), (1, "ZeroDivisionError: divide by zero"))
        check("atexit not callable", run("-c", "import sys; sys.atexit(5)"), (0, "", ""))
        check("atexit in the REPL", run("-i", "-c", bye, stdin=b"")[1].splitlines()[-1], "bye")
        code, _, err = run("nonexistent.py")
        check("missing file", (code, err.endswith("can't open file 'nonexistent.py': [Errno 2] No such file or directory\n")),
              (2, True))

        # Bad command lines: MicroPython's message, status 2.
        for bad in (["-Z"], ["-c"], ["-m"], ["-X"], ["-X", "nonsense"], ["-X", "heapsize=abc"], ["-X", "heapsize=10"],
                    ["-X", "heapsize=1G"]):
            check("bad %s" % bad, run(*bad), (2, "", USAGE_ERROR))

        # Accepted options.
        check("-X heapsize", run("-X", "heapsize=64K", "-c", "print(1)"), (0, "1\n", ""))
        check("-X heapsize w", run("-X", "heapsize=8wK", "-c", "print(1)"), (0, "1\n", ""))
        check("-X heapsize too small for the program",
              run("-X", "heapsize=4K", "-c", "x = [0] * 10000")[1].splitlines()[-1].startswith("MemoryError: memory allocation failed"), True)
        check("-X emit", run("-X", "emit=bytecode", "-c", "print(2)"), (0, "2\n", ""))
        check("-v -O", run("-v", "-O2", "-c", "print(3)"), (0, "3\n", ""))
        check("compile-only ok", run("-X", "compile-only", "-c", "print(4)"), (0, "", ""))
        check("compile-only error", run("-X", "compile-only", "-c", "1 +")[0], 1)
        code, out, _ = run("-h")
        check("-h", (code, out.startswith("usage: "), "heapsize=<n>[w][K|M]" in out), (0, True, True))
        code, out, _ = run("--version")
        check("--version", (code, out.startswith("MicroPython v"), out.count("\n")), (0, True, 1))
        # -i: the REPL after the program, reading the rest of stdin.
        code, out, _ = run("-i", "-c", "x = 5", stdin=b"print(x * 2)\n")
        check("-i", (code, "10\n" in out), (0, True))

    for f in failures:
        print("FAIL", f)
    print("cli_test: %d failed" % len(failures) if failures else "cli_test: ok")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
