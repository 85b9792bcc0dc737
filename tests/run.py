#!/usr/bin/env python3
"""Run the Python test corpus (`tests/<area>/*.py`) on a target and compare with the expected output.

    tests/run.py --target host [--binary PATH] [--heapsize N] [-j N] [paths/areas...]
    tests/run.py --target qemu --firmware PATH [paths/areas...]
    tests/run.py --target fake [paths/areas...]      # the board protocol against tests/tools/fake_device.py

Expected output: `FILE.py.exp` when it exists, else what CPython 3 prints for the file (cached
in `tests/results/cpython/`, keyed by the file's hash). Every target gets the script the same
way, so the file name in tracebacks is always `<stdin>`:

- host: `BINARY -X heapsize=N` with the script on stdin; stdout and stderr merged.
- qemu / fake: one device process for the whole run, driven over the raw REPL (raw-paste
  mode when the device supports it, else plain raw mode), with a soft reset between tests;
  the output compared is the program's output followed by the traceback text.

Output is compared after `\\r\\n` -> `\\n`. A test whose first output line is `SKIP` is counted
as skipped. A failure leaves `tests/results/<area>/<name>.py.out` (actual) and `.py.exp`
(expected) and prints a diff. The last line is `<target>: N passed, M failed, K skipped`; the
exit status is 1 if anything failed.

Standard library only (Python 3.11).
"""

import argparse
import concurrent.futures
import difflib
import hashlib
import os
import select
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent
ROOT_DIR = TESTS_DIR.parent
RESULTS_DIR = TESTS_DIR / "results"
CPYTHON_CACHE = RESULTS_DIR / "cpython"
# Directories under tests/ that hold no corpus files.
NON_TEST_DIRS = {"tools", "results", "__pycache__", "modules", "frozen"}
# Areas run only when named: `minimum` checks what a level-`minimum` board leaves out, on
# boards/host-minimal (tests/run-all.sh runs it there).
OPT_IN_DIRS = {"minimum"}

HOST_TIMEOUT = 10.0
DEVICE_TIMEOUT = 20.0
CPYTHON_TIMEOUT = 60.0
BOOT_TIMEOUT = 30.0

RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n>"
SOFT_REBOOT = b"MPY: soft reboot\r\n"


# ---------------------------------------------------------------------------------------
# Finding tests and their expected output


def is_test_file(path):
    rel = path.relative_to(TESTS_DIR)
    return (
        path.suffix == ".py"
        and len(rel.parts) >= 2
        and rel.parts[0] not in NON_TEST_DIRS
    )


def find_tests(selectors):
    """All corpus files, or those named by the selectors (areas, directories or files)."""
    if not selectors:
        return sorted(
            p for p in TESTS_DIR.rglob("*.py")
            if is_test_file(p) and p.relative_to(TESTS_DIR).parts[0] not in OPT_IN_DIRS
        )
    found = []
    for sel in selectors:
        candidates = [Path(sel), TESTS_DIR / sel]
        path = next((c for c in candidates if c.exists()), None)
        if path is None:
            sys.exit("run.py: no such test or area: %s" % sel)
        path = path.resolve()
        if path.is_dir():
            inside = path == TESTS_DIR or TESTS_DIR in path.parents
            found.extend(
                p for p in path.rglob("*.py") if not inside or is_test_file(p)
            )
        else:
            found.append(path)
    return sorted(set(found))


def test_name(path):
    """The name used in reports and under tests/results/: relative to tests/ when inside."""
    try:
        return path.relative_to(TESTS_DIR).as_posix()
    except ValueError:
        return "_external/" + path.name


def normalize(data):
    return data.replace(b"\r\n", b"\n")


def limit_memory():
    """preexec_fn: a runaway test must not take the (shared, 2-core) machine down.

    2 GiB of address space is far above any heap the tests ask for."""
    try:
        import resource

        limit = 2 * 1024 * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass


def cpython_expected(path):
    """CPython's output for the file, from the cache when the file has not changed."""
    source = path.read_bytes()
    key = hashlib.sha256(sys.version.encode() + b"\0" + source).hexdigest()
    cache = CPYTHON_CACHE / (test_name(path) + ".exp")
    keyfile = cache.with_name(cache.name + ".key")
    if cache.exists() and keyfile.exists() and keyfile.read_text().strip() == key:
        return cache.read_bytes()
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONHASHSEED="0")
    env.pop("PYTHONSTARTUP", None)
    try:
        proc = subprocess.run(
            [sys.executable, "-B", "-"],
            input=source,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            cwd=TESTS_DIR,
            env=env,
            timeout=CPYTHON_TIMEOUT,
            preexec_fn=limit_memory,
        )
        out = normalize(proc.stdout)
    except subprocess.TimeoutExpired:
        return b"CPYTHON TIMEOUT\n"  # not cached
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(out)
    keyfile.write_text(key + "\n")
    return out


def expected_output(path):
    exp = path.with_name(path.name + ".exp")
    if exp.exists():
        return normalize(exp.read_bytes())
    return cpython_expected(path)


# ---------------------------------------------------------------------------------------
# Results


class Result:
    def __init__(self, path, status, output=b"", expected=b"", note=""):
        self.path = path
        self.name = test_name(path)
        self.status = status  # "pass", "fail", "skip"
        self.output = output
        self.expected = expected
        self.note = note


def is_skip(output):
    return output.split(b"\n", 1)[0].rstrip(b"\r") == b"SKIP"


def judge(path, output, expected, note=""):
    output = normalize(output)
    if not note and is_skip(output):
        return Result(path, "skip", output, expected)
    if not note and output == expected:
        return Result(path, "pass", output, expected)
    return Result(path, "fail", output, expected, note)


def result_paths(name):
    base = RESULTS_DIR / name
    return base.with_name(base.name + ".out"), base.with_name(base.name + ".exp")


def report(result):
    out_path, exp_path = result_paths(result.name)
    if result.status != "fail":
        for p in (out_path, exp_path):
            if p.exists():
                p.unlink()
        if result.status == "skip":
            print("skip  %s" % result.name)
        return
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_bytes(result.output)
    exp_path.write_bytes(result.expected)
    print("FAIL  %s%s" % (result.name, "  (%s)" % result.note if result.note else ""))
    print("      actual output: %s" % os.path.relpath(out_path))
    diff = list(
        difflib.unified_diff(
            result.expected.decode(errors="replace").splitlines(),
            result.output.decode(errors="replace").splitlines(),
            "expected",
            "actual",
            lineterm="",
        )
    )
    for line in diff[:30]:
        print("      " + line)
    if len(diff) > 30:
        print("      ... (%d more diff lines)" % (len(diff) - 30))
    sys.stdout.flush()


# ---------------------------------------------------------------------------------------
# The host binary


def default_binary():
    for profile in ("release", "debug"):
        candidate = ROOT_DIR / "target" / profile / "micropython"
        if candidate.exists():
            return candidate
    return ROOT_DIR / "target" / "release" / "micropython"


def run_host(binary, heapsize, path, timeout):
    source = path.read_bytes()
    try:
        proc = subprocess.run(
            [str(binary), "-X", "heapsize=%s" % heapsize],
            input=source,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            cwd=TESTS_DIR,
            timeout=timeout,
            preexec_fn=limit_memory,
        )
    except subprocess.TimeoutExpired as e:
        return e.stdout or b"", "timeout after %gs" % timeout
    note = ""
    if proc.returncode < 0:
        note = "crashed: signal %d" % -proc.returncode
    return proc.stdout, note


# ---------------------------------------------------------------------------------------
# A board over its serial console: QEMU, or the fake device


class DeviceError(Exception):
    """The device broke the protocol, exited, or did not answer in time."""

    def __init__(self, message, data=b""):
        super().__init__(message)
        self.data = data


class Device:
    """One device process; bytes in and out through pipes (QEMU's `-serial stdio`)."""

    def __init__(self, argv, name, log_path=None, verbose=False):
        self.argv = argv
        self.name = name
        self.log_path = log_path
        self.verbose = verbose
        self.proc = None
        self.buf = bytearray()
        self.use_raw_paste = True
        self.fresh = False  # True right after a soft reset

    # -- process -------------------------------------------------------------------
    def start(self):
        self.stop()
        stderr = subprocess.DEVNULL
        if self.log_path is not None:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            stderr = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            self.argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            bufsize=0,
        )
        if stderr is not subprocess.DEVNULL:
            stderr.close()
        os.set_blocking(self.proc.stdout.fileno(), False)
        self.buf = bytearray()
        self.use_raw_paste = True
        self.fresh = False

    def stop(self):
        if self.proc is None:
            return
        proc, self.proc = self.proc, None
        try:
            proc.stdin.close()
        except OSError:
            pass
        try:
            proc.wait(timeout=0.5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stdout.close()

    # -- bytes ---------------------------------------------------------------------
    def write(self, data):
        if self.verbose:
            print("  >> %r" % bytes(data))
        try:
            self.proc.stdin.write(data)
        except (BrokenPipeError, OSError) as e:
            raise DeviceError("device input closed (%s)" % e)

    def _fill(self, deadline):
        """Read what the device has sent; wait at most until deadline. False on timeout."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        fd = self.proc.stdout.fileno()
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            return False
        try:
            data = os.read(fd, 4096)
        except BlockingIOError:
            return True
        if not data:
            code = self.proc.poll()
            raise DeviceError(
                "device exited (status %s)" % ("?" if code is None else code), bytes(self.buf)
            )
        if self.verbose:
            print("  << %r" % data)
        self.buf += data
        return True

    def available(self):
        """Whether the device has sent a byte not yet consumed (no waiting)."""
        if self.buf:
            return True
        return self._fill(time.monotonic() + 0.0001) and bool(self.buf)

    def read_until(self, ending, deadline, what):
        """Bytes up to and including `ending`; the rest stays buffered."""
        while True:
            i = self.buf.find(ending)
            if i >= 0:
                data = bytes(self.buf[: i + len(ending)])
                del self.buf[: i + len(ending)]
                return data
            if not self._fill(deadline):
                raise DeviceError("timeout waiting for %s" % what, bytes(self.buf))

    def read_exact(self, n, deadline, what):
        while len(self.buf) < n:
            if not self._fill(deadline):
                raise DeviceError("timeout waiting for %s" % what, bytes(self.buf))
        data = bytes(self.buf[:n])
        del self.buf[:n]
        return data

    def drain(self, quiet=0.2, limit=2.0):
        """Discard output until the device has been quiet for `quiet` seconds."""
        end = time.monotonic() + limit
        while time.monotonic() < end:
            if not self._fill(min(end, time.monotonic() + quiet)):
                break
        self.buf.clear()

    # -- the REPL protocol ---------------------------------------------------------
    def boot(self):
        """Start the device, wait for the friendly prompt, enter the raw REPL, soft reset."""
        self.start()
        deadline = time.monotonic() + BOOT_TIMEOUT
        # Bytes sent before the UART is up are lost: wait for the prompt first.
        self.read_until(b">>> ", deadline, "the friendly prompt")
        self.write(b"\r\x03")
        self.drain()
        self.write(b"\r\x01")
        self.read_until(RAW_BANNER, deadline, "the raw REPL banner")
        self.soft_reset()

    def soft_reset(self):
        self.write(b"\x04")
        expected = b"OK\r\n" + SOFT_REBOOT + RAW_BANNER
        data = self.read_until(RAW_BANNER, time.monotonic() + 10, "the soft reset")
        if data != expected:
            raise DeviceError("unexpected soft reset reply %r" % data, data)
        self.fresh = True

    def exec_source(self, source, timeout):
        """Run one script; returns (output, traceback_text)."""
        deadline = time.monotonic() + timeout
        if not self.fresh:
            self.soft_reset()
        self.fresh = False
        if self.use_raw_paste:
            self.write(b"\x05A\x01")
            reply = self.read_exact(2, deadline, "the raw-paste reply")
            if reply == b"R\x01":
                self._raw_paste_write(source, deadline)
                return self._follow(deadline)
            if reply == b"R\x00":
                pass  # understood but not supported
            else:
                # The device does not know raw-paste: it re-prints the raw banner.
                self.buf[:0] = reply
                data = self.read_until(RAW_BANNER, deadline, "the raw banner after \\x05A\\x01")
                if data != RAW_BANNER:
                    raise DeviceError("unexpected reply to raw-paste request %r" % data, data)
            self.use_raw_paste = False
        # Plain raw mode: 256-byte bursts (the device's minimum input buffer), then Ctrl-D.
        for i in range(0, len(source), 256):
            self.write(source[i : i + 256])
            time.sleep(0.01)
        self.write(b"\x04")
        ok = self.read_exact(2, deadline, "OK")
        if ok != b"OK":
            raise DeviceError("could not exec the script (reply %r)" % ok, ok)
        return self._follow(deadline)

    def _raw_paste_write(self, source, deadline):
        header = self.read_exact(2, deadline, "the raw-paste window size")
        window = struct.unpack("<H", header)[0]
        if window == 0:
            raise DeviceError("raw-paste window size 0")
        remain = window
        i = 0
        while i < len(source):
            # Take every flow-control byte already sent; block when out of credit.
            while remain == 0 or self.available():
                c = self.read_exact(1, deadline, "raw-paste flow control")
                if c == b"\x01":
                    remain += window
                elif c == b"\x04":
                    # The device ended the transfer early (e.g. a certain compile error).
                    self.write(b"\x04")
                    return
                else:
                    raise DeviceError("unexpected byte during raw-paste %r" % c, c)
            chunk = source[i : i + remain]
            self.write(chunk)
            remain -= len(chunk)
            i += len(chunk)
        self.write(b"\x04")
        # The device acknowledges the end of data with \x04 (window bytes may come first).
        data = self.read_until(b"\x04", deadline, "the end-of-data acknowledgement")
        if data.strip(b"\x01") != b"\x04":
            raise DeviceError("unexpected raw-paste acknowledgement %r" % data, data)

    def _follow(self, deadline):
        try:
            out = self.read_until(b"\x04", deadline, "the end of the output")[:-1]
        except DeviceError as e:
            e.output = e.data
            raise
        try:
            err = self.read_until(b"\x04", deadline, "the end of the traceback")[:-1]
        except DeviceError as e:
            e.output = out + e.data
            raise
        try:
            tail = self.read_until(b">", deadline, "the raw prompt")
        except DeviceError as e:
            e.output = out + err + e.data
            raise
        if tail == b">":
            pass
        elif tail == SOFT_REBOOT + RAW_BANNER:
            self.fresh = True  # SystemExit: the device has soft-reset itself
        else:
            e = DeviceError("unexpected bytes after the traceback %r" % tail, tail)
            e.output = out + err
            raise e
        return out, err


def run_device(device, path, timeout):
    source = path.read_bytes()
    try:
        out, err = device.exec_source(source, timeout)
    except DeviceError as e:
        output = getattr(e, "output", e.data)
        # A wedged or confused device is restarted; the next test gets a fresh one.
        try:
            device.boot()
        except DeviceError as e2:
            return output, "%s; restart failed: %s" % (e, e2), True
        return output, "%s (device restarted)" % e, False
    return out + err, "", False


# ---------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--target", choices=("host", "qemu", "fake"), default="host")
    ap.add_argument("--binary", type=Path, help="host binary (default target/{release,debug}/micropython)")
    ap.add_argument("--heapsize", default="256K", help="host heap size, as -X heapsize= takes it (default 256K)")
    ap.add_argument("--firmware", type=Path, help="firmware ELF for --target qemu")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="parallel host tests (default 2)")
    ap.add_argument(
        "--timeout", type=float,
        help="seconds per test (default %g on the host, %g on a device)" % (HOST_TIMEOUT, DEVICE_TIMEOUT),
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="print every byte exchanged with a device")
    ap.add_argument("--clean", action="store_true", help="drop cached CPython output first")
    ap.add_argument("tests", nargs="*", help="areas (basics), directories or files; default: all")
    args = ap.parse_args()

    if args.clean and CPYTHON_CACHE.exists():
        shutil.rmtree(CPYTHON_CACHE)
    tests = find_tests(args.tests)
    if not tests:
        sys.exit("run.py: no tests found")

    jobs = max(1, args.jobs)
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        expected = dict(zip(tests, pool.map(expected_output, tests)))

    results = []
    if args.target == "host":
        binary = (args.binary or default_binary()).resolve()
        if not binary.exists():
            sys.exit("run.py: host binary not found: %s (build it, or pass --binary)" % binary)
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            futures = [pool.submit(run_host, binary, args.heapsize, t, args.timeout or HOST_TIMEOUT) for t in tests]
            for t, fut in zip(tests, futures):
                output, note = fut.result()
                r = judge(t, output, expected[t], note)
                report(r)
                results.append(r)
    else:
        if args.target == "qemu":
            if args.firmware is None:
                sys.exit("run.py: --target qemu needs --firmware PATH")
            if not args.firmware.exists():
                sys.exit("run.py: firmware not found: %s" % args.firmware)
            if shutil.which("qemu-system-arm") is None:
                sys.exit("run.py: qemu-system-arm not found (apt-get install qemu-system-arm)")
            argv = [
                "qemu-system-arm", "-machine", "netduinoplus2", "-nographic",
                "-serial", "stdio", "-monitor", "none",
                "-semihosting-config", "enable=on,target=native",
                "-kernel", str(args.firmware),
            ]
        else:
            argv = [sys.executable, str(TESTS_DIR / "tools" / "fake_device.py")]
        device = Device(argv, args.target, RESULTS_DIR / ("%s-stderr.log" % args.target), args.verbose)
        try:
            device.boot()
        except DeviceError as e:
            device.stop()
            sys.exit("run.py: %s did not boot: %s (received %r)" % (args.target, e, e.data[-200:]))
        try:
            for i, t in enumerate(tests):
                output, note, fatal = run_device(device, t, args.timeout or DEVICE_TIMEOUT)
                r = judge(t, output, expected[t], note)
                report(r)
                results.append(r)
                if fatal:
                    for rest in tests[i + 1 :]:
                        r = Result(rest, "fail", b"", expected[rest], "not run: the device is down")
                        report(r)
                        results.append(r)
                    break
        finally:
            device.stop()

    passed = sum(r.status == "pass" for r in results)
    failed = sum(r.status == "fail" for r in results)
    skipped = sum(r.status == "skip" for r in results)
    print("%s: %d passed, %d failed, %d skipped" % (args.target, passed, failed, skipped))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
