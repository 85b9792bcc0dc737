#!/usr/bin/env python3
"""Attach a program's console to a pseudo-terminal that serial tools can open by path.

    tests/tools/pty_bridge.py [--link PATH] -- PROGRAM [ARGS...]

The program runs on one pty (so it sees a terminal, as on a board's serial line); a second
pty's slave is the device tools open (`mpremote connect /dev/pts/N`). Bytes are copied
between the two masters. The slave's path is printed on the first line of stdout (and
symlinked at PATH with --link). The bridge restarts the program when it exits (a board
resets; MicroPython's unix port exits on a soft reset in the raw REPL) and stops on SIGTERM.

This is the tests' own stand-in for `socat PTY,link=... EXEC:...,pty`.
"""

import argparse
import os
import pty
import select
import signal
import sys
import termios
import tty


def raw_pty():
    master, slave = pty.openpty()
    tty.setraw(slave)
    attrs = termios.tcgetattr(slave)
    attrs[3] &= ~termios.ECHO
    termios.tcsetattr(slave, termios.TCSANOW, attrs)
    return master, slave


def spawn(argv):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    return pid, fd


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--link", help="also make PATH a symlink to the device")
    ap.add_argument("argv", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    argv = args.argv[1:] if args.argv[:1] == ["--"] else args.argv
    if not argv:
        ap.error("no program given")

    dev_master, dev_slave = raw_pty()
    path = os.ttyname(dev_slave)
    if args.link:
        if os.path.lexists(args.link):
            os.unlink(args.link)
        os.symlink(path, args.link)
    print(path, flush=True)

    running = [True]
    signal.signal(signal.SIGTERM, lambda *_: running.__setitem__(0, False))
    pid, prog = spawn(argv)
    try:
        while running[0]:
            try:
                r, _, _ = select.select([dev_master, prog], [], [], 0.2)
            except InterruptedError:
                continue
            if dev_master in r:
                data = os.read(dev_master, 4096)
                if data:
                    os.write(prog, data)
            if prog in r:
                try:
                    data = os.read(prog, 4096)
                except OSError:
                    data = b""
                if data:
                    os.write(dev_master, data)
                else:
                    # The program exited: start it again, as a board comes back after a reset.
                    os.close(prog)
                    os.waitpid(pid, 0)
                    pid, prog = spawn(argv)
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        if args.link and os.path.islink(args.link):
            os.unlink(args.link)
    return 0


if __name__ == "__main__":
    sys.exit(main())
