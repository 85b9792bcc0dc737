#!/usr/bin/env python3
"""MicroPython's own tool, mpremote, driving our boards unchanged.

    tests/tools/mpremote_test.py --target host [--binary target/release/micropython]
    tests/tools/mpremote_test.py --target qemu --firmware FW

host: the binary runs on a pseudo-terminal through tests/tools/pty_bridge.py, in a scratch
directory; checks exec, eval, run, repl, soft-reset and the fs commands (a binary file
copied there and back, ls, cat, mkdir, rm, rmdir, touch) against the real file system.
qemu: the firmware under qemu-system-arm with USART1 on a pty (`-serial pty`); checks
exec, eval, run, repl and soft-reset. Prints each transcript with --show; exit status 0
when every check passes. Needs mpremote (`pip install mpremote`).
"""

import argparse
import os
import pty
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
failures = []
show = False


def mpremote(dev, *args, timeout=30, cwd=None):
    p = subprocess.run(["mpremote", "connect", dev, *args], capture_output=True, timeout=timeout, cwd=cwd)
    out = p.stdout.decode(errors="replace").replace("\r\n", "\n")
    if show:
        print("$ mpremote connect %s %s\n%s" % (dev, " ".join(args), out), end="")
    return p.returncode, out


def check(name, got, want):
    if got != want:
        failures.append("%s:\n  got  %r\n  want %r" % (name, got, want))


def repl_session(dev, keys):
    """Run `mpremote repl` on a terminal of its own, type `keys` (each after the output
    settles), leave with Ctrl-], and return the transcript."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp("mpremote", ["mpremote", "connect", dev, "repl"])
    out = b""

    def drain(t):
        nonlocal out
        end = time.time() + t
        while time.time() < end:
            r, _, _ = select.select([fd], [], [], 0.05)
            if r:
                try:
                    out += os.read(fd, 4096)
                except OSError:
                    return

    drain(1.5)
    for k in keys:
        os.write(fd, k)
        drain(0.7)
    os.write(fd, b"\x1d")  # Ctrl-]: mpremote leaves the REPL
    drain(1.0)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    text = out.decode(errors="replace").replace("\r\n", "\n")
    if show:
        print("$ mpremote connect %s repl\n%s" % (dev, text))
    return text


def common_checks(dev, tmp):
    check("exec", mpremote(dev, "exec", "print(6 * 7)"), (0, "42\n"))
    check("eval", mpremote(dev, "eval", "[x * x for x in range(4)]"), (0, "[0, 1, 4, 9]\n"))
    prog = Path(tmp) / "prog.py"
    prog.write_text("import sys\nfor i in range(3):\n    print('line', i)\nprint(sys.platform in ('linux', 'pyboard'))\n")
    check("run", mpremote(dev, "run", str(prog)), (0, "line 0\nline 1\nline 2\nTrue\n"))
    code, out = mpremote(dev, "exec", "raise ValueError('boom')")
    check("exec raising", (code, out.splitlines()[-1] if out else ""), (1, "ValueError: boom"))
    # State survives between commands only without a soft reset (mpremote resets on connect
    # unless told `resume`).
    check("exec then resume", mpremote(dev, "exec", "x = 5", "resume", "eval", "x + 1"), (0, "6\n"))
    check("soft-reset", mpremote(dev, "soft-reset")[0], 0)
    # With auto-indent (level extra and up), as MicroPython: a blank line keeps the level,
    # a second drops it, an empty one ends the statement.
    text = repl_session(dev, [b"1 + 2\r", b"for i in range(2):\r", b"print(i)\r", b"\r", b"\r", b"\r"])
    check("repl result", "3\n" in text, True)
    check("repl block", bool(re.search(r"\n0\n1\n", text)), True)


def host(binary, tmp):
    work = Path(tmp) / "fs"
    work.mkdir()
    bridge = subprocess.Popen([sys.executable, str(ROOT / "tests" / "tools" / "pty_bridge.py"), "--", binary],
                              stdout=subprocess.PIPE, cwd=work)
    try:
        dev = bridge.stdout.readline().decode().strip()
        common_checks(dev, tmp)
        blob = bytes(range(256)) * 20 + os.urandom(3000)
        src = Path(tmp) / "blob.bin"
        src.write_bytes(blob)
        check("fs mkdir", mpremote(dev, "fs", "mkdir", "sub")[0], 0)
        check("fs cp to", mpremote(dev, "fs", "cp", str(src), ":sub/blob.bin")[0], 0)
        check("file on disk", (work / "sub" / "blob.bin").read_bytes() == blob, True)
        back = Path(tmp) / "back.bin"
        check("fs cp from", mpremote(dev, "fs", "cp", ":sub/blob.bin", str(back))[0], 0)
        check("round trip", back.read_bytes() == blob, True)
        check("fs ls", mpremote(dev, "fs", "ls", "sub"), (0, "ls :sub\n           0 blob.bin\n"))
        (Path(tmp) / "t.txt").write_text("some text\n")
        mpremote(dev, "fs", "cp", str(Path(tmp) / "t.txt"), ":t.txt")
        check("fs cat", mpremote(dev, "fs", "cat", "t.txt"), (0, "some text\n"))
        check("fs touch", mpremote(dev, "fs", "touch", "new.txt")[0], 0)
        check("touched", (work / "new.txt").exists(), True)
        for cmd in (["rm", "t.txt"], ["rm", "new.txt"], ["rm", "sub/blob.bin"], ["rmdir", "sub"]):
            check("fs " + " ".join(cmd), mpremote(dev, "fs", *cmd)[0], 0)
        check("all removed", sorted(os.listdir(work)), [])
        code, out = mpremote(dev, "fs", "cat", "missing.txt")
        check("fs cat missing", code != 0, True)
    finally:
        bridge.send_signal(signal.SIGTERM)
        bridge.wait(5)


def qemu(firmware, tmp):
    log = Path(tmp) / "qemu.out"
    q = subprocess.Popen(["qemu-system-arm", "-machine", "netduinoplus2", "-nographic", "-serial", "pty",
                          "-monitor", "none", "-semihosting-config", "enable=on,target=native", "-kernel", firmware],
                         stdout=open(log, "wb"), stderr=subprocess.STDOUT)
    try:
        dev = None
        for _ in range(100):
            m = re.search(r"/dev/pts/\d+", log.read_text(errors="replace"))
            if m:
                dev = m.group(0)
                break
            time.sleep(0.1)
        if dev is None:
            failures.append("qemu: no pty in its output")
            return
        time.sleep(1.0)  # the firmware enables its UART
        common_checks(dev, tmp)
    finally:
        q.kill()
        q.wait(5)


def main():
    global show
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--target", choices=("host", "qemu"), required=True)
    ap.add_argument("--binary", default=str(ROOT / "target" / "release" / "micropython"))
    ap.add_argument("--firmware")
    ap.add_argument("--show", action="store_true", help="print the transcripts")
    args = ap.parse_args()
    show = args.show
    if shutil.which("mpremote") is None:
        print("mpremote_test: mpremote is missing; run: pip install mpremote", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        if args.target == "host":
            host(os.path.abspath(args.binary), tmp)
        else:
            if not args.firmware:
                ap.error("--target qemu needs --firmware")
            qemu(args.firmware, tmp)
    for f in failures:
        print("FAIL", f)
    print("mpremote_test (%s): %s" % (args.target, "%d failed" % len(failures) if failures else "ok"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
