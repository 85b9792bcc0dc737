#!/usr/bin/env python3
"""A fake MicroPython board: the device side of the REPL protocols, in CPython.

It stands in for `qemu-system-arm ... -serial stdio` so that the board code paths of
`tests/run.py` (`--target fake`) and `tests/tools/seed_session.py` (`--target fake`) can be
exercised before the firmware exists. It speaks over stdin/stdout exactly as
`../shared/REPL-PROTOCOL.md` describes:

- boot: a short delay during which input is discarded (QEMU loses bytes sent before the
  UART is up), then the banner and the friendly prompt `>>> `;
- friendly REPL: echo, `... ` continuation, Ctrl-A (raw REPL), Ctrl-B (banner), Ctrl-C
  (fresh prompt), Ctrl-D (soft reset), expression echo;
- raw REPL: `OK`, output, `\\x04`, traceback, `\\x04`, `>`; soft reset on an empty buffer;
  SystemExit → both `\\x04`s then a soft reset;
- raw-paste mode with a 128-byte window; it checks that the host never sends more than
  the credit it was granted and exits with status 3 (and a message on stderr) if it does;
- Ctrl-C while code runs raises KeyboardInterrupt.

Scripts run with `exec()`; tracebacks are printed in MicroPython's format (no source lines),
with MicroPython's wording for the common messages (`mp_message`); `print(e)` in a script
still shows CPython's wording.
`import myport` gives the seed's module; `import sys` gives a stub with MicroPython's
`implementation` and `platform` (so CPython's own differences do not show).
The process limits its address space so that huge allocations raise MemoryError.

Options (environment variables, for testing the host side):
  FAKE_DEVICE_NO_RAW_PASTE=1   answer `R\\x00` to raw-paste requests (plain raw mode)
  FAKE_DEVICE_OLD=1            do not understand raw-paste at all (re-print the raw banner)
  FAKE_DEVICE_EARLY_EOF=1      in raw-paste mode, end the transfer early with `\\x04` when the
                               data contains `#EARLY_EOF` (as a device does on a compile error)
"""

import builtins
import os
import queue
import re
import select
import struct
import sys
import threading
import time
import traceback
import types
import _thread

WINDOW = 128
BANNER = "MicroPython v1.21.0 on 2026-01-01; example-board with unknown-cpu\r\n"
RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n>"


def tx(data):
    """Send bytes to the host (fd 1), unbuffered."""
    if isinstance(data, str):
        data = data.encode()
    while data:
        n = os.write(1, data)
        data = data[n:]


def tx_text(text):
    """Send program text, converting `\\n` to `\\r\\n` as a board's console does."""
    tx(text.replace("\r\n", "\n").replace("\n", "\r\n"))


class Console:
    """Input bytes from a reader thread; Ctrl-C while code runs interrupts it."""

    def __init__(self):
        self.q = queue.Queue()
        self.executing = False
        self.interrupted = False
        self.back = []
        threading.Thread(target=self._reader, daemon=True).start()

    def _reader(self):
        while True:
            try:
                data = os.read(0, 4096)
            except OSError:
                data = b""
            if not data:
                self.q.put(None)
                return
            for b in data:
                if b == 3 and self.executing:
                    self.interrupted = True
                    _thread.interrupt_main()
                    continue
                self.q.put(b)

    def rx(self):
        if self.back:
            return self.back.pop(0)
        b = self.q.get()
        if b is None:
            os._exit(0)
        return b

    def unread(self, data):
        """Give bytes back: the next rx()/pending() returns them first."""
        self.back[:0] = list(data)

    def pending(self):
        """Every byte received so far and not yet consumed, without blocking."""
        out = self.back
        self.back = []
        while True:
            try:
                b = self.q.get_nowait()
            except queue.Empty:
                return out
            if b is None:
                self.q.put(None)
                return out
            out.append(b)


class Stdout:
    """sys.stdout while user code runs: text goes straight to the host."""

    def write(self, s):
        tx_text(s)
        return len(s)

    def flush(self):
        pass


def make_sys_stub():
    m = types.ModuleType("sys")
    m.platform = "fake"
    m.implementation = ("micropython", (1, 21, 0))
    m.exit = sys.exit
    m.stdout = sys.stdout
    return m


def make_myport():
    m = types.ModuleType("myport")

    def info():
        print("info about my port")

    m.info = info
    return m


class Interp:
    def __init__(self, console):
        self.console = console
        self.reset()

    def reset(self):
        stubs = {"sys": make_sys_stub(), "myport": make_myport()}
        real_import = builtins.__import__

        def imp(name, globals=None, locals=None, fromlist=(), level=0):
            if name in stubs:
                return stubs[name]
            return real_import(name, globals, locals, fromlist, level)

        b = dict(vars(builtins))
        b["__import__"] = imp
        self.globals = {"__name__": "__main__", "__builtins__": b}

    def run(self, source, mode):
        """Compile and run; returns (traceback_text, is_system_exit)."""
        try:
            code = compile(source, "<stdin>", mode, dont_inherit=True)
        except SyntaxError as e:
            if isinstance(e, IndentationError) and e.msg.startswith("unindent"):
                msg = "IndentationError: unindent doesn't match any outer indent level"
            elif isinstance(e, IndentationError):
                msg = "IndentationError: %s" % e.msg
            else:
                msg = "SyntaxError: invalid syntax"
            return (
                'Traceback (most recent call last):\n  File "<stdin>", line %d\n%s\n'
                % (e.lineno or 1, msg)
            ), False
        old = sys.stdout
        sys.stdout = Stdout()
        self.console.interrupted = False
        self.console.executing = True
        try:
            try:
                exec(code, self.globals)
            finally:
                self.console.executing = False
                sys.stdout = old
        except SystemExit:
            return "", True
        except BaseException as e:  # noqa: B902 - the device reports everything
            return format_exception(e), False
        return "", False


BINARY_OPS = {"+": "__add__", "-": "__sub__", "*": "__mul__", "//": "__floordiv__", "%": "__mod__"}


def mp_message(e):
    """`Name: message` as MicroPython words it, for the common cases CPython words differently."""
    name, msg = type(e).__name__, str(e)
    if isinstance(e, ModuleNotFoundError):
        name, msg = "ImportError", "no module named '%s'" % e.name
    elif isinstance(e, ZeroDivisionError):
        msg = "divide by zero"
    elif isinstance(e, NameError):
        msg = msg.replace(" is not defined", " isn't defined")
    elif isinstance(e, TypeError):
        msg = msg.replace(" is not callable", " isn't callable")
        m = re.fullmatch(r"unsupported operand type\(s\) for (\S+): '(\w+)' and '(\w+)'", msg)
        if m and m.group(1) in BINARY_OPS:
            msg = "unsupported types for %s: '%s', '%s'" % (BINARY_OPS[m.group(1)], m.group(2), m.group(3))
    elif isinstance(e, AttributeError):
        m = re.fullmatch(r"module '\w+' has no attribute '(\w+)'", msg)
        if m:
            msg = "'module' object has no attribute '%s'" % m.group(1)
    elif isinstance(e, RecursionError):
        name = "RuntimeError"
    return "%s: %s" % (name, msg)


def format_exception(e):
    lines = ["Traceback (most recent call last):"]
    for fs in traceback.extract_tb(e.__traceback__):
        if fs.filename == "<stdin>":
            lines.append('  File "<stdin>", line %d, in %s' % (fs.lineno, fs.name))
    if len(lines) == 1:
        lines = []
    lines.append(mp_message(e))
    return "\n".join(lines) + "\n"


COMPOUND = ("if", "while", "for", "try", "with", "def", "class", "async", "@")


def starts_block(line):
    """The friendly REPL's continuation rule (brackets and triple quotes left out)."""
    words = line.split()
    first = words[0] if words else ""
    return line.rstrip().endswith(":") or first.startswith(COMPOUND[-1]) or first in COMPOUND


class Device:
    def __init__(self):
        self.console = Console()
        self.interp = Interp(self.console)
        self.no_raw_paste = os.environ.get("FAKE_DEVICE_NO_RAW_PASTE") == "1"
        self.old = os.environ.get("FAKE_DEVICE_OLD") == "1"
        self.early_eof = os.environ.get("FAKE_DEVICE_EARLY_EOF") == "1"

    def rx(self):
        return self.console.rx()

    # --- friendly REPL -------------------------------------------------------------
    def friendly(self):
        tx(BANNER)
        lines = []
        line = bytearray()
        tx(">>> ")
        while True:
            c = self.rx()
            if c == 0x01 and not line and not lines:
                tx("\r\n")
                self.raw()
                tx(BANNER)
                tx(">>> ")
            elif c == 0x02 and not line and not lines:
                tx("\r\n" + BANNER + ">>> ")
            elif c == 0x03:
                line.clear()
                lines = []
                tx("\r\n>>> ")
            elif c == 0x04 and not line and not lines:
                tx("\r\n")
                self.soft_reset()
                tx(BANNER + ">>> ")
            elif c in (0x0D, 0x0A):
                tx("\r\n")
                text = line.decode(errors="replace")
                line.clear()
                if lines or starts_block(text):
                    if text.strip() == "" and lines:
                        self.friendly_exec("\n".join(lines) + "\n")
                        lines = []
                    else:
                        lines.append(text)
                        tx("... ")
                        continue
                elif text.strip():
                    self.friendly_exec(text + "\n")
                tx(">>> ")
            elif c in (0x08, 0x7F):
                if line:
                    line.pop()
                    tx("\x08 \x08")
            elif c >= 0x20:
                line.append(c)
                tx(bytes([c]))

    def friendly_exec(self, source):
        err, sysexit = self.interp.run(source, "single")
        if err:
            tx_text(err)
        if sysexit:
            self.soft_reset()
            tx(BANNER)

    def soft_reset(self):
        tx("MPY: soft reboot\r\n")
        self.interp.reset()

    # --- raw REPL ------------------------------------------------------------------
    def raw(self):
        """Runs the raw REPL; returns when the host leaves it with Ctrl-B."""
        tx(RAW_BANNER)
        while True:
            buf = bytearray()
            while True:
                c = self.rx()
                if c == 0x01:
                    if buf == b"\x05A" and not self.old:
                        buf = None
                        break
                    tx(RAW_BANNER)  # Ctrl-A: reset the raw REPL
                    buf.clear()
                elif c == 0x02:
                    tx("\r\n")
                    return
                elif c == 0x03:
                    buf.clear()
                elif c == 0x04:
                    break
                else:
                    buf.append(c)
            if buf is None:
                if self.no_raw_paste:
                    tx(b"R\x00")
                    continue  # the host continues in plain raw mode
                source = self.raw_paste()
                if source is None:
                    continue
            else:
                if not buf:
                    tx(b"OK\r\n")
                    self.soft_reset()
                    tx(RAW_BANNER)
                    continue
                tx(b"OK")
                source = bytes(buf)
            self.raw_exec(source)

    def raw_paste(self):
        tx(b"R\x01" + struct.pack("<H", WINDOW) + b"\x01")
        granted = 2 * WINDOW  # the header's window plus the extra \x01
        received = 0
        consumed = 0
        data = bytearray()
        while True:
            chunk = self.console.pending()
            if not chunk:
                chunk = [self.rx()]
            # everything up to the \x04 counts against the credit
            n = len(chunk)
            if 4 in chunk:
                n = chunk.index(4)
            received += n
            if received > granted:
                sys.stderr.write(
                    "fake_device: host exceeded the raw-paste window (%d bytes sent, %d granted)\n"
                    % (received, granted)
                )
                os._exit(3)
            for i, b in enumerate(chunk):
                if b == 4:
                    self.console.unread(chunk[i + 1 :])
                    tx(b"\x04")
                    return bytes(data)
                data.append(b)
                consumed += 1
                if self.early_eof and data.endswith(b"#EARLY_EOF"):
                    tx(b"\x04")
                    # the host answers \x04; discard everything up to it
                    self.console.unread(chunk[i + 1 :])
                    while self.rx() != 4:
                        pass
                    tx(b"\x04")
                    tx_text(
                        'Traceback (most recent call last):\n  File "<stdin>", line 1\n'
                        "SyntaxError: invalid syntax\n"
                    )
                    tx(b"\x04>")
                    return None
                if consumed % WINDOW == 0:
                    time.sleep(0.001)  # a slow consumer, so that the host has to wait
                    granted += WINDOW
                    tx(b"\x01")

    def raw_exec(self, source):
        err, sysexit = self.interp.run(source.decode(errors="replace"), "exec")
        tx(b"\x04")
        tx_text(err)
        tx(b"\x04")
        if sysexit:
            self.soft_reset()
            tx(RAW_BANNER)
        else:
            tx(b">")


def set_terminal_raw():
    """Like the unix port: raw input, no echo, output processing left alone."""
    if not os.isatty(0):
        return
    import termios

    attrs = termios.tcgetattr(0)
    attrs[0] &= ~(termios.BRKINT | termios.ICRNL | termios.INPCK | termios.ISTRIP | termios.IXON)
    attrs[3] = 0  # lflag: no ECHO, no ICANON, no ISIG
    attrs[6][termios.VMIN] = 1
    attrs[6][termios.VTIME] = 0
    termios.tcsetattr(0, termios.TCSAFLUSH, attrs)


def main():
    try:
        import resource

        limit = 768 * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass
    sys.setrecursionlimit(1000)
    set_terminal_raw()
    # Boot: input sent before the "UART" is up is lost.
    time.sleep(0.2)
    while select.select([0], [], [], 0)[0]:
        if not os.read(0, 4096):
            return
    Device().friendly()


if __name__ == "__main__":
    main()
