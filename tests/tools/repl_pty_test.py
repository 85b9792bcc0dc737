#!/usr/bin/env python3
"""Type the friendly REPL's features into the host binary through a pseudo-terminal, as
a person would, and check what the terminal shows.

    tests/tools/repl_pty_test.py [--binary target/release/micropython] [--show]

Checked, each against the bytes MicroPython's unix port sends for the same keys (its
cursor moves `\\b` and `ESC [nD`, `ESC [K` to erase): tab completion (one match, a
common prefix, several matches listed then the line redrawn, `import` and module
names, on a continuation line), auto-indent of a `for` block and its de-indent with
backspace and with empty lines, history with the up and down arrows, Ctrl-A/Ctrl-E and
the other emacs keys, word moves and kills, `_`, `help('modules')`, `help(obj)`, paste
mode, Ctrl-C at the prompt and while running, and Ctrl-D leaving with status 0.

Output is compared after `\\r...\\n` -> `\\n` (the terminal adds a `\\r` before each
`\\n`). Prints one block per mismatch (`--show`: the whole transcript too); exit status
0 when all pass, 1 on a mismatch, 2 if the binary could not be started.
"""

import argparse
import os
import pty
import re
import select
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

KEY_DELAY = 0.005  # seconds between keystrokes
QUIET = 0.15  # output counts as complete once nothing more came for this long
TIMEOUT = 10.0

BS4 = "\b\b\b\b"
ERASE = "\x1b[K"
UP, DOWN = "\x1b[A", "\x1b[B"
CTRL_LEFT, CTRL_RIGHT = "\x1b[1;5D", "\x1b[1;5C"

# (what this step checks, keys typed, what the terminal shows in answer).
STEPS = [
    # Tab completion.
    ("one match", "import sy\t", "import sys"),
    ("import runs", "\r", "\n>>> "),
    ("attribute", "sys.im\t", "sys.implementation"),
    ("Ctrl-C cancels the line", "\x03", "\n>>> "),
    ("'import' itself", "imp\t", "import "),
    ("Ctrl-C", "\x03", "\n>>> "),
    ("common prefix", "sys.ver\t", "sys.version"),
    ("then the matches", "\t", "\nversion         version_info\n>>> sys.version"),
    ("Ctrl-C", "\x03", "\n>>> "),
    ("globals", "apple = 1\rapricot = 2\r", "apple = 1\n>>> apricot = 2\n>>> "),
    ("several listed, line redrawn", "ap\t", "ap\napple           apricot\n>>> ap"),
    ("one more letter", "r\t", "ricot"),
    ("completed name runs", "\r", "\n2\n>>> "),
    ("nothing to complete", "zzz\t", "zzz"),
    ("tab after a space indents", " \t", "     "),
    ("Ctrl-U", "\x15", "\x1b[8D" + ERASE),
    ("Ctrl-C", "\x03", "\n>>> "),
    # Auto-indent and de-indent.
    ("block opens indented", "for i in range(3):\r", "for i in range(3):\n...     "),
    ("body keeps the indent", "print(i * 2)\r", "print(i * 2)\n...     "),
    ("backspace takes a level", "\x7f", BS4 + ERASE),
    ("empty line ends the block", "\r", "\n0\n2\n4\n>>> "),
    ("nested block", "if True:\r", "if True:\n...     "),
    ("deeper", "if True:\r", "if True:\n...         "),
    ("body", "x = 5\r", "x = 5\n...         "),
    ("backspace to one level", "\x7f", BS4 + ERASE),
    ("body at one level", "y = 6\r", "y = 6\n...     "),
    ("a blank line keeps the level", "\r", "\n...     "),
    ("two blank lines: no indent", "\r", "\n... "),
    ("and an empty line runs it", "\r", "\n>>> "),
    ("a space after auto-indent: pasted code, no more auto-indent", "while x < 6:\r    x += 1\r\r",
     "while x < 6:\n...     \b\b\b   x += 1\n... \n>>> "),
    ("the block ran", "print(x, y)\r", "print(x, y)\n6 6\n>>> "),
    ("backspace after text: one character", "for c in 'ab':\rprint(c)  \x7f\r\x7f\r",
     "for c in 'ab':\n...     print(c)  \b" + ERASE + "\n...     " + BS4 + ERASE + "\na\nb\n>>> "),
    ("a completion on a continuation line", "for i in range(1):\rapr\t", "for i in range(1):\n...     apricot"),
    ("Ctrl-C cancels the block", "\x03", "\n>>> "),
    # History.
    ("up: the last line", UP, "for i in range(1):"),
    ("up again", UP, "\x1b[18D" + ERASE + "    print(c) "),
    ("down", DOWN, "\x1b[13Dfor i in range(1):"),
    ("down to the new line", DOWN, "\x1b[18D" + ERASE),
    ("up recalls and Enter runs it", UP + UP + UP + UP + "\r",
     "for i in range(1):\x1b[18D" + ERASE + "    print(c) \x1b[13Dfor c in 'ab':\x1b[14D" + ERASE + "print(x, y)"
     + "\n6 6\n>>> "),
    # Line editing.
    ("Ctrl-A goes home", "rint('ab')\x01", "rint('ab')\x1b[10D"),
    ("typing there inserts", "p", "print('ab')\x1b[10D"),
    ("Ctrl-E goes to the end", "\x05", "rint('ab')"),
    ("and Enter runs the line", "\r", "\nab\n>>> "),
    ("left, right, Ctrl-B, Ctrl-F", "abcdef\x1b[D\x1b[D\x02\x06X", "abcdef\b\b\bdXef\b\b"),
    ("Ctrl-D deletes at the cursor", "\x04", ERASE + "f\b"),
    ("Ctrl-K kills to the end", "\x0b", ERASE),
    ("Ctrl-A, delete key, Ctrl-E", "\x01\x1b[3~\x05", "\x1b[5D" + ERASE + "bcdX\b\b\b\bbcdX"),
    ("Ctrl-W kills a word", " hello world\x17", " hello world\x1b[5D" + ERASE),
    ("Ctrl-left, Ctrl-right", CTRL_LEFT + CTRL_LEFT + "Y" + CTRL_RIGHT + "Z",
     "\x1b[6D\x1b[5DYbcdX hello \x1b[11DbcdXZ hello \x1b[7D"),
    ("Alt-B, Alt-F", "\x1bb\x1bf", "\x1b[6DYbcdXZ"),
    ("Alt-D kills the next word", "\x1bd", ERASE + " \b"),
    ("Alt-Backspace kills the word before", "\x1b\x7f", "\x1b[6D" + ERASE + " \b"),
    ("Ctrl-C", "\x03", "\n>>> "),
    # _ holds the last result.
    ("a result", "6 * 7\r", "6 * 7\n42\n>>> "),
    ("_", "_ + 1\r", "_ + 1\n43\n>>> "),
    ("None is not kept", "print('x')\r_\r", "print('x')\nx\n>>> _\n43\n>>> "),
    # help.
    ("help(obj)", "help(sys)\r", None),
    ("help('modules')", "help('modules')\r", None),
    # Paste mode.
    ("paste mode", "\x05", "\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== "),
    ("pasted lines run on Ctrl-D", "for i in range(2):\r    print(i)\r\x04",
     "for i in range(2):\n===     print(i)\n=== \n0\n1\n>>> "),
    # sys.ps1 and sys.ps2 are the prompts.
    ("sys.ps1, sys.ps2", "sys.ps1 = 'py> '; sys.ps2 = '  | '\r", "sys.ps1 = 'py> '; sys.ps2 = '  | '\npy> "),
    ("ps2 on a continuation line", "if 1:\r", "if 1:\n  |     "),
    ("back to >>>", "\x03sys.ps1 = '>>> '; sys.ps2 = '... '\r", "\npy> sys.ps1 = '>>> '; sys.ps2 = '... '\n>>> "),
    # Ctrl-C and Ctrl-D.
    ("Ctrl-C at the prompt", "\x03", "\n>>> "),
    ("Ctrl-C while running", "while True: pass\r\r", "while True: pass\n... \n"),
    ("the interrupt", "\x03", 'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n'
     "KeyboardInterrupt: \n>>> "),
    ("Ctrl-D leaves", "\x04", "\n"),
]


def normalize(data):
    text = data.decode("utf-8", errors="replace")
    text = text.replace("^C", "")  # a terminal's echo of Ctrl-C while code runs
    return re.sub(r"\r+\n", "\n", text)


def check_help_sys(out):
    """`object <module 'sys'> is of type module`, then `  name -- value` lines."""
    lines = out.split("\n")
    if lines[0] != "help(sys)" or lines[1] != "object <module 'sys'> is of type module":
        return "first lines"
    entries = lines[2:-1]
    if not entries or not all(l.startswith("  ") and " -- " in l for l in entries):
        return "entries"
    if not any(l.startswith("  version_info -- ") for l in entries):
        return "no version_info"
    return None if lines[-1] == ">>> " else "prompt"


def check_help_modules(out):
    """Sorted names in four columns 18 wide, filled top to bottom, then the filesystem line."""
    lines = out.split("\n")
    if lines[0] != "help('modules')" or lines[-2:] != ["Plus any modules on the filesystem", ">>> "]:
        return "first or last lines"
    rows = lines[1:-2]
    cells = []
    for row in rows:
        cells.append([row[i:i + 18].rstrip() for i in range(0, len(row), 18)])
        if any(len(c) >= 18 or not c for c in cells[-1]):
            return "not in 18-wide columns: %r" % row
    names = [c[k] for k in range(4) for c in cells if k < len(c)]
    if len(cells) != (len(names) + 3) // 4 or names != sorted(names):
        return "not sorted column by column: %r" % names
    if "__main__" not in names or "sys" not in names:
        return "__main__ or sys missing"
    return None


CHECKS = {"help(obj)": check_help_sys, "help('modules')": check_help_modules}


class Terminal:
    def __init__(self, argv):
        self.transcript = bytearray()
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
            data = os.read(self.fd, 4096)
        except OSError:
            data = b""
        if not data:
            return False
        self.transcript += data
        return True

    def type(self, keys):
        for ch in keys.encode():
            os.write(self.fd, bytes([ch]))
            time.sleep(KEY_DELAY)
            while self.read(0):
                pass

    def settle(self, start, want):
        """Read until the output since `start` is `want` (or ends with a prompt) and quiet."""
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            got = normalize(bytes(self.transcript[start:]))
            done = got == want if want is not None else got.endswith(">>> ")
            if done and not self.read(QUIET):
                return got
            if not done:
                self.read(0.05)
        return normalize(bytes(self.transcript[start:]))

    def wait_exit(self, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline:
            self.read(0.05)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", type=Path, default=ROOT / "target" / "release" / "micropython")
    ap.add_argument("--show", action="store_true", help="print the whole transcript")
    args = ap.parse_args()
    if not os.access(args.binary, os.X_OK):
        print("no binary at %s (cargo build --release -p host)" % args.binary)
        return 2
    term = Terminal([str(args.binary)])
    term.settle(0, None)  # the banner and the first prompt
    if not normalize(bytes(term.transcript)).endswith(">>> "):
        print("no prompt from %s:\n%r" % (args.binary, bytes(term.transcript)))
        term.wait_exit(0)
        return 2
    failures = 0
    for name, keys, want in STEPS:
        start = len(term.transcript)
        term.type(keys)
        got = term.settle(start, want)
        problem = CHECKS[name](got) if name in CHECKS else (None if got == want else "differs")
        if problem:
            failures += 1
            print("FAIL %s (%s)\n  keys %r\n  want %r\n  got  %r" % (name, problem, keys, want, got))
    status = term.wait_exit(5.0)
    if status != 0:
        failures += 1
        print("FAIL Ctrl-D: exit status %r, want 0" % status)
    if args.show:
        print(normalize(bytes(term.transcript)))
    print("repl_pty_test: %d passed, %d failed" % (len(STEPS) + 1 - failures, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
