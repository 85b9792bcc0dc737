#!/usr/bin/env python3
"""The `machine` module on the STM32F405 firmware under QEMU: what QEMU emulates.

    tests/tools/machine_qemu_test.py --firmware FW [--show]

QEMU runs the firmware with USART1 (the REPL) on a pipe (`-serial stdio`) and USART2, the
firmware's `machine.UART(2)`, on a Unix socket (a second `-serial unix:...`) that this
script connects to as the device at the other end of the wire. Over the raw REPL it checks:

- `UART(2)`: bytes the firmware writes arrive on the socket; bytes sent to the socket are
  counted by `any()` (at most the 64-byte ring) and read back in order by `read`,
  `readline` and `readinto`, a read with nothing to read returns None after its timeout;
  `UART(7)` does not exist;
- `freq()` (QEMU's 168 MHz core clock), `unique_id()` (12 bytes; zeros under QEMU, which
  does not emulate the system memory holding the ID), `mem32` (SysTick's control
  register, alignment and address errors), `Pin` (repr and mode; QEMU has no GPIO model,
  so levels are not checked), `disable_irq`/`enable_irq`, `idle`;
- `Pin.irq`: with no GPIO input model no edge can be made, so the EXTI0 interrupt is
  pended in the NVIC (STIR) and the handler must run once with its Pin, and not after
  `irq(None)`; the line-taken error; EXTI9_5's handler finds nothing pending;
- `soft_reset()`: the raw REPL's soft reboot; `reset()`: the chip resets (SYSRESETREQ),
  the firmware boots again and prints its banner a second time.

Exit status 0 when every check passes, 1 on a failure (each is listed), 2 when QEMU or
the firmware is missing. `--show` prints the console transcript.
"""

import argparse
import os
import select
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BOOT_TIMEOUT = 30.0
STEP_TIMEOUT = 15.0
BANNER = b"MicroPython v"

failures = []


def check(name, got, want):
    if got != want:
        failures.append("%s:\n  got  %r\n  want %r" % (name, got, want))


class Console:
    """USART1: QEMU's stdio, through pipes."""

    def __init__(self, proc):
        self.proc = proc
        self.fd = proc.stdout.fileno()
        os.set_blocking(self.fd, False)
        self.transcript = bytearray()
        self.mark = 0  # where the next `until` starts looking

    def send(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def until(self, token, timeout=STEP_TIMEOUT):
        """Output up to and including `token` (from the mark on); None on a timeout."""
        deadline = time.monotonic() + timeout
        while True:
            i = self.transcript.find(token, self.mark)
            if i >= 0:
                end = i + len(token)
                got = bytes(self.transcript[self.mark:end])
                self.mark = end
                return got
            left = deadline - time.monotonic()
            if left <= 0 or self.proc.poll() is not None:
                return None
            r, _, _ = select.select([self.fd], [], [], min(left, 0.2))
            if r:
                try:
                    data = os.read(self.fd, 4096)
                except BlockingIOError:
                    continue
                self.transcript += data

    def raw_exec(self, code):
        """Run `code` in the raw REPL; (stdout, stderr) as text, or None on a timeout."""
        self.send(code.encode() + b"\x04")
        if self.until(b"OK") is None:
            return None
        out = self.until(b"\x04")
        err = self.until(b"\x04")
        if out is None or err is None or self.until(b">") is None:
            return None
        return out[:-1].decode().replace("\r\n", "\n"), err[:-1].decode().replace("\r\n", "\n")


class Wire:
    """USART2's far end: QEMU's Unix socket."""

    def __init__(self, path):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        deadline = time.monotonic() + BOOT_TIMEOUT
        while True:
            try:
                self.sock.connect(path)
                break
            except (FileNotFoundError, ConnectionRefusedError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self.sock.setblocking(False)

    def send(self, data):
        self.sock.sendall(data)

    def recv(self, n, timeout=STEP_TIMEOUT):
        """Exactly `n` bytes, or what came before the timeout."""
        got = b""
        deadline = time.monotonic() + timeout
        while len(got) < n and time.monotonic() < deadline:
            r, _, _ = select.select([self.sock], [], [], 0.1)
            if r:
                chunk = self.sock.recv(n - len(got))
                if not chunk:
                    break
                got += chunk
        return got


def run(con, step, code, want_out, want_err=""):
    r = con.raw_exec(code)
    if r is None:
        failures.append("%s: no answer from the raw REPL" % step)
        return None
    check(step + " (output)", r[0], want_out)
    check(step + " (error)", r[1], want_err)
    return r


def session(con, wire):
    if con.until(b">>> ", BOOT_TIMEOUT) is None:
        failures.append("no banner and prompt")
        return
    con.send(b"\x01")
    if con.until(b"raw REPL; CTRL-B to exit\r\n>") is None:
        failures.append("no raw REPL")
        return

    run(con, "freq", "import machine\nprint(machine.freq())", "168000000\n")
    run(con, "unique_id", "u = machine.unique_id()\nprint(type(u).__name__, len(u), u == bytes(12))", "bytes 12 True\n")

    # The firmware talks on the wire.
    run(con, "UART open", "u = machine.UART(2, 115200)\nprint(u)\nprint(u.write(b'ping\\n'))",
        "UART(2, baudrate=115200, bits=8, parity=None, stop=1, timeout=0, timeout_char=2)\n5\n")
    check("UART write reaches the wire", wire.recv(5), b"ping\n")
    run(con, "UART nothing to read", "print(u.any(), u.read(), u.readline())", "0 None None\n")

    # The wire talks to the firmware: any() counts, reads come back in order.
    wire.send(b"pong\nabc")
    time.sleep(0.3)
    run(con, "UART any/readline/read",
        "k = 0\nwhile u.any() < 8 and k < 200000: k += 1\n"
        "print(u.any())\nprint(u.readline())\nprint(u.read(2))\nprint(u.read())",
        "8\nb'pong\\n'\nb'ab'\nb'c'\n")
    block = bytes(range(48, 48 + 70))
    wire.send(block)
    time.sleep(0.3)
    run(con, "UART ring and readinto",
        "u.init(115200, timeout=2000)\nb = bytearray(70)\nn = 0\n"
        "while n < 70:\n    k = u.readinto(memoryview(b)[n:])\n    if not k: break\n    n += k\n"
        "print(n, bytes(b) == bytes(range(48, 118)))",
        "70 True\n")
    # The board's own `time` (board.toml has none: then only the result is checked).
    run(con, "UART read timeout",
        "try:\n    import time\n    t = time.ticks_ms()\nexcept ImportError:\n    time = None\n"
        "r = u.read(1)\nprint(r, time is None or time.ticks_diff(time.ticks_ms(), t) >= 1900)", "None True\n")
    run(con, "UART(7)", "try:\n    machine.UART(7)\nexcept ValueError as e:\n    print(e)", "UART(7) doesn't exist\n")

    run(con, "mem32", "print(machine.mem32[0xE000E010] & 7)\nprint(machine.mem8, machine.mem16, machine.mem32)",
        "7\n<8-bit memory> <16-bit memory> <32-bit memory>\n")
    run(con, "mem errors",
        "for a in (0xE000E011, 0x30000000):\n    try:\n        machine.mem32[a]\n    except ValueError as e:\n        print(e)",
        "address e000e011 is not aligned to 4 bytes\ninvalid address\n")
    run(con, "Pin", "p = machine.Pin('A5', machine.Pin.OUT, value=0)\nprint(p, p.mode() == machine.Pin.OUT)\n"
        "p.init(machine.Pin.IN, machine.Pin.PULL_UP)\nprint(p)",
        "Pin('A5', mode=Pin.OUT) True\nPin('A5', mode=Pin.IN, pull=Pin.PULL_UP)\n")
    # Pin.irq. QEMU 7.2 models no GPIO input (and its EXTI ignores SWIER), so no edge can
    # be made; but its NVIC pends an interrupt written to STIR (0xE000EF00): IRQ 6 is
    # EXTI0, whose handler marks line 0 (A0's) fired, and the handler runs at the next poll
    # point with the Pin. The edge detection itself (EXTICR, RTSR/FTSR, IMR) is untested.
    poll = "for k in range(3000): pass\n"
    run(con, "Pin.irq through EXTI0",
        "P = machine.Pin\ngot = []\na0 = P('A0', P.IN)\ni = a0.irq(lambda p: got.append(p), P.IRQ_RISING)\n"
        "machine.mem32[0xE000EF00] = 6\n" + poll +
        "print(len(got), len(got) == 1 and got[0] is a0, i.flags() == P.IRQ_RISING, i.trigger() == P.IRQ_RISING)",
        "1 True True True\n")
    run(con, "Pin.irq line taken",
        "try:\n    P('B0', P.IN).irq(print)\nexcept OSError as e:\n    print(e)",
        "IRQ resource already taken by Pin('A0')\n")
    run(con, "Pin.irq(None)",
        "print(a0.irq(None) is i)\nmachine.mem32[0xE000EF00] = 6\n" + poll + "print(len(got))",
        "True\n1\n")
    # EXTI9_5 (IRQ 23) reads PR & IMR: nothing pending there under QEMU, so no call.
    run(con, "Pin.irq through EXTI9_5",
        "a5 = P('A5', P.IN)\na5.irq(lambda p: got.append(p))\nmachine.mem32[0xE000EF00] = 23\n" + poll +
        "a5.irq(None)\nprint(len(got))",
        "1\n")
    run(con, "irq and idle", "s = machine.disable_irq()\nmachine.enable_irq(s)\nprint(s, machine.idle())", "1 None\n")

    # soft_reset in the raw REPL: a soft reboot, then the raw REPL again.
    con.send(b"machine.soft_reset()\x04")
    if con.until(b"MPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>") is None:
        failures.append("soft_reset: no soft reboot")
        return
    run(con, "after soft_reset", "print('machine' in globals())", "False\n")

    # reset: the chip restarts and the firmware prints its banner again.
    con.send(b"import machine\nmachine.reset()\x04")
    if con.until(BANNER, BOOT_TIMEOUT) is None or con.until(b">>> ", BOOT_TIMEOUT) is None:
        failures.append("reset: no second banner")
        return
    con.send(b"1+1\r")
    check("after reset", con.until(b"2\r\n>>> "), b"1+1\r\n2\r\n>>> ")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--firmware", type=Path, required=True)
    ap.add_argument("--show", action="store_true", help="print the console transcript")
    args = ap.parse_args()
    if not args.firmware.exists():
        print("machine_qemu_test: no firmware at %s" % args.firmware, file=sys.stderr)
        return 2
    if shutil.which("qemu-system-arm") is None:
        print("machine_qemu_test: qemu-system-arm not found (apt-get install qemu-system-arm)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "usart2.sock")
        proc = subprocess.Popen(
            ["qemu-system-arm", "-machine", "netduinoplus2", "-nographic", "-monitor", "none",
             "-serial", "stdio", "-serial", "unix:%s,server=on,wait=off" % path,
             "-semihosting-config", "enable=on,target=native", "-kernel", str(args.firmware)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        con = Console(proc)
        try:
            wire = Wire(path)
            session(con, wire)
        finally:
            proc.kill()
            proc.wait(5)
        if args.show:
            print(con.transcript.decode(errors="replace").replace("\r\n", "\n"))
    for f in failures:
        print("FAIL " + f)
    print("machine_qemu_test: %s" % ("ok" if not failures else "%d failure(s)" % len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
