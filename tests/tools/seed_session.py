#!/usr/bin/env python3
"""Type the seed's REPL session into a real terminal, as a person would, and check the transcript.

    tests/tools/seed_session.py --target host [--binary PATH] [--show]
    tests/tools/seed_session.py --target qemu --firmware PATH [--show]
    tests/tools/seed_session.py --target fake [--show]    # tests/tools/fake_device.py

The program runs in a pseudo-terminal (`pty.fork`): the host binary must put the terminal
into raw mode itself; QEMU's stdio chardev does it for the firmware (with `signal=off`, so
that Ctrl-C reaches the board instead of killing QEMU). Keys are sent one at a time with a
short delay, and each line waits for the next prompt.

The session: the seed's lines (import sys, sys.implementation, import myport,
myport.info()), then an expression echo, a NameError traceback, a continuation block,
Ctrl-C on an empty line, Ctrl-C during `while True: pass`, and Ctrl-D: the host exits with
status 0; a board prints `MPY: soft reboot` and its banner again.

The transcript is compared after `\\r\\n` -> `\\n` (and any `\\r`s before a `\\n`, which a
terminal's output processing may add) with the banner's date replaced by `<DATE>`.
`--show` prints the whole transcript. Exit status 1 on a mismatch (expected and actual
are shown), 2 if the program could not be started.
"""

import argparse
import difflib
import os
import pty
import re
import select
import shutil
import signal
import sys
import time
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent.parent
ROOT_DIR = TESTS_DIR.parent

KEY_DELAY = 0.01  # seconds between keystrokes
QUIET = 0.3  # a prompt counts once nothing more arrived for this long
BOOT_TIMEOUT = 30.0
STEP_TIMEOUT = 10.0

BANNER = "MicroPython v1.21.0 on <DATE>; example-board with unknown-cpu\n"

# (keys to type, what the terminal shows afterwards). Enter is "\r", as a terminal sends it.
SEED = [
    ("import sys\r", "import sys\n>>> "),
    ("sys.implementation\r", "sys.implementation\n('micropython', (1, 21, 0))\n>>> "),
    ("import myport\r", "import myport\n>>> "),
    ("myport.info()\r", "myport.info()\ninfo about my port\n>>> "),
]
EXTRAS = [
    ("1 + 2\r", "1 + 2\n3\n>>> "),
    (
        "x\r",
        "x\nTraceback (most recent call last):\n"
        '  File "<stdin>", line 1, in <module>\n'
        "NameError: name 'x' isn't defined\n>>> ",
    ),
    ("def f():\r", "def f():\n... "),
    ("    return 5\r", "    return 5\n... "),
    ("\r", "\n>>> "),
    ("f()\r", "f()\n5\n>>> "),
    ("\x03", "\n>>> "),  # Ctrl-C on an empty line: a fresh prompt
    ("while True: pass\r", "while True: pass\n... "),
    ("\r", "\n"),  # runs: no prompt until interrupted
    (
        "\x03",
        "Traceback (most recent call last):\n"
        '  File "<stdin>", line 1, in <module>\n'
        "KeyboardInterrupt: \n>>> ",
    ),
    ("print('still here')\r", "print('still here')\nstill here\n>>> "),
]


def normalize(data):
    text = data.decode("utf-8", errors="replace")
    text = re.sub(r"\r+\n", "\n", text)
    return re.sub(r" on \d{4}-\d{2}-\d{2}; ", " on <DATE>; ", text)


class Terminal:
    """A program on the slave side of a pty; we are the person at the keyboard."""

    def __init__(self, argv):
        self.transcript = bytearray()
        self.exited = None  # exit status once reaped
        pid, fd = pty.fork()
        if pid == 0:
            try:
                os.execvp(argv[0], argv)
            finally:
                os._exit(127)
        self.pid = pid
        self.fd = fd

    def _read(self, timeout):
        """Read what is there within `timeout`; False on timeout or end of output."""
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return False
        try:
            data = os.read(self.fd, 4096)
        except OSError:  # EIO: the slave side is closed (the program exited)
            data = b""
        if not data:
            return False
        self.transcript += data
        return True

    def type(self, keys):
        for ch in keys.encode():
            os.write(self.fd, bytes([ch]))
            time.sleep(KEY_DELAY)
            self._read(0)

    def settle(self, ending, timeout):
        """Read until the output ends with `ending` and has been quiet for QUIET seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = self._read(min(QUIET, deadline - time.monotonic()))
            if not got and normalize(self.transcript).endswith(ending):
                return True
            if not got and self.poll() is not None:
                return normalize(self.transcript).endswith(ending)
        return False

    def poll(self):
        if self.exited is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.exited = os.waitstatus_to_exitcode(status)
        return self.exited

    def wait_exit(self, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._read(0.05)
            if self.poll() is not None:
                while self._read(0.05):
                    pass
                return self.exited
        return None

    def kill(self):
        if self.poll() is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(self.pid, 0)
            self.exited = -signal.SIGKILL
        os.close(self.fd)


def run_session(argv, board):
    """Returns (expected, actual, problems)."""
    term = Terminal(argv)
    expected = BANNER + ">>> "
    problems = []
    try:
        if not term.settle(expected, BOOT_TIMEOUT):
            problems.append("no banner and prompt")
            return expected, normalize(term.transcript), problems
        for keys, shows in SEED + EXTRAS:
            if keys == "\x03" and shows.startswith("Traceback"):
                time.sleep(0.5)  # let `while True: pass` run for a moment
            term.type(keys)
            expected += shows
            if not term.settle(expected, STEP_TIMEOUT):
                problems.append("after typing %r" % keys)
                return expected, normalize(term.transcript), problems
        term.type("\x04")  # Ctrl-D on an empty line
        if board:
            expected += "\nMPY: soft reboot\n" + BANNER + ">>> "
            if not term.settle(expected, STEP_TIMEOUT):
                problems.append("no soft reboot after Ctrl-D")
        else:
            status = term.wait_exit(STEP_TIMEOUT)
            actual = normalize(term.transcript)
            # The unix port prints a newline when it leaves on Ctrl-D; accept either.
            if actual == expected + "\n":
                expected += "\n"
            if status is None:
                problems.append("still running after Ctrl-D")
            elif status != 0:
                problems.append("exit status %d after Ctrl-D (expected 0)" % status)
        return expected, normalize(term.transcript), problems
    finally:
        term.kill()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--target", choices=("host", "qemu", "fake"), default="host")
    ap.add_argument("--binary", type=Path, help="host binary (default: the minimal host board's boards/host-minimal/target/{release,debug}/micropython-minimal)")
    ap.add_argument("--firmware", type=Path, help="firmware ELF for --target qemu")
    ap.add_argument("--show", action="store_true", help="print the whole transcript")
    args = ap.parse_args()

    if args.target == "host":
        binary = args.binary
        if binary is None:
            for profile in ("release", "debug"):
                candidate = ROOT_DIR / "boards" / "host-minimal" / "target" / profile / "micropython-minimal"
                if candidate.exists():
                    binary = candidate
                    break
        if binary is None or not binary.exists():
            print("seed_session: host binary not found (build it: cd boards/host-minimal && cargo build --release; or pass --binary)", file=sys.stderr)
            return 2
        argv = [str(binary.resolve())]
    elif args.target == "qemu":
        if args.firmware is None or not args.firmware.exists():
            print("seed_session: --target qemu needs --firmware PATH (an existing ELF)", file=sys.stderr)
            return 2
        if shutil.which("qemu-system-arm") is None:
            print("seed_session: qemu-system-arm not found (apt-get install qemu-system-arm)", file=sys.stderr)
            return 2
        argv = [
            "qemu-system-arm", "-machine", "netduinoplus2", "-nographic",
            "-chardev", "stdio,id=console,signal=off", "-serial", "chardev:console",
            "-monitor", "none", "-semihosting-config", "enable=on,target=native",
            "-kernel", str(args.firmware),
        ]
    else:
        argv = [sys.executable, str(TESTS_DIR / "tools" / "fake_device.py")]

    expected, actual, problems = run_session(argv, board=args.target != "host")
    if args.show:
        print("---- transcript (%s) ----" % args.target)
        print(actual, end="" if actual.endswith("\n") else "\n")
        print("---- end ----")
    if problems or actual != expected:
        print("seed_session (%s): MISMATCH: %s" % (args.target, "; ".join(problems) or "transcript differs"))
        print("---- expected ----")
        print(expected)
        print("---- actual ----")
        print(actual)
        print("---- diff ----")
        for line in difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), "expected", "actual", lineterm=""
        ):
            print(line)
        return 1
    print("seed_session (%s): ok" % args.target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
