#!/usr/bin/env python3
"""The benchmark suite's runner (a benchmark, never a timed test).

Runs every benchmark in this folder (or the ones named) on our host binary, on CPython 3
and, when the environment variable MICROPY_MICROPYTHON names one, on a MicroPython binary;
prints the median time per benchmark per interpreter, the ratios ours/MicroPython and
ours/CPython with their geometric means, and the peak memory of each process. Every
interpreter's output (the benchmark's checksum line) must equal CPython's: a mismatch or
a failure is printed loudly and the exit status is 1.

    python3 bench/suite/run.py                       # all, --size normal, --runs 5
    python3 bench/suite/run.py --size small --runs 1 nbody fft
    MICROPY_MICROPYTHON=../shared/reference/micropython python3 bench/suite/run.py
    python3 bench/suite/run.py --check               # what CI runs: small size, ours only

Size: line 1 of each benchmark is `N = <normal>  # sizes: small=<a> normal=<b>`; the
runner writes a copy with line 1 replaced by `N = <size>` into a temporary folder and
runs that file on every interpreter, so each file also runs as it is.
"""
import argparse
import math
import os
import pathlib
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SIZES_RE = re.compile(r"^N = \d+\s+# sizes: small=(\d+) normal=(\d+)\s*$")

# Benchmarks known to fail on our binary (a missing feature or a bug, see README.md):
# still run and reported as FAIL, but in --check they do not fail the run while listed
# here; one that passes again is reported so the entry can be removed.
KNOWN_FAIL = {}


def benchmarks(names):
    found = {}
    for f in sorted(HERE.glob("*.py")):
        if f.name == "run.py":
            continue
        first = f.read_text().split("\n", 1)[0]
        m = SIZES_RE.match(first)
        if not m:
            sys.exit(f"{f.name}: line 1 must be `N = <n>  # sizes: small=<a> normal=<b>`")
        found[f.stem] = {"small": int(m.group(1)), "normal": int(m.group(2)), "path": f}
    for n in names:
        if n not in found:
            sys.exit(f"no benchmark {n!r}; there are: {' '.join(found)}")
    return {n: found[n] for n in (names or found)}


def sized_copy(bench, size, tmp):
    text = bench["path"].read_text().split("\n", 1)[1]
    path = pathlib.Path(tmp) / bench["path"].name
    path.write_text(f"N = {bench[size]}\n" + text)
    return str(path)


TIME = "/usr/bin/time"


def run_once(cmd, timeout):
    """Run cmd; return (output, ok, cpu seconds, wall seconds, max RSS in KiB).

    os.wait4 gives the child's resource usage: its user+sys time, which a loaded machine
    disturbs much less than wall-clock time. Its ru_maxrss is not usable: Linux carries
    the high-water mark across exec, so a child forked from this (15 MB) Python process
    reports at least that. So when /usr/bin/time exists the command runs under it and
    the maxrss of the grandchild, forked from that small program, is read from its -o file.
    """
    rss_file = None
    if os.path.exists(TIME):
        fd, rss_file = tempfile.mkstemp()
        os.close(fd)
        cmd = [TIME, "-f", "%M", "-o", rss_file] + cmd
    with tempfile.TemporaryFile() as out:
        t0 = time.perf_counter()
        # own process group, so a timeout kills the interpreter under /usr/bin/time too
        p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                             start_new_session=True)
        killed = []

        def kill():
            killed.append(True)
            os.killpg(p.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        _, status, ru = os.wait4(p.pid, 0)
        timer.cancel()
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    kib = ru.ru_maxrss
    if rss_file:
        with open(rss_file) as f:
            lines = f.read().split()
        os.unlink(rss_file)
        # after "Command exited with non-zero status N", the last field is still %M
        kib = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    if killed:
        text += f"\n(killed after {timeout} s)"
    return text, p.returncode == 0 and not killed, ru.ru_utime + ru.ru_stime, wall, kib


def measure(cmd, runs, timeout, wall):
    """Median time and max RSS over `runs` runs; stop at the first failing run."""
    times, rss, out = [], 0, ""
    for _ in range(runs):
        out, ok, cpu, w, kib = run_once(cmd, timeout)
        if not ok:
            return {"ok": False, "out": out}
        times.append(w if wall else cpu)
        rss = max(rss, kib)
    return {"ok": True, "out": out, "time": statistics.median(times), "rss": rss}


def last_line(text):
    lines = [s for s in text.strip().splitlines() if s.strip()]
    return lines[-1] if lines else "(no output)"


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def check(args, benches, interp):
    """Each benchmark once at the small size on ours; output compared with CPython's."""
    bad = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, b in benches.items():
            path = sized_copy(b, "small", tmp)
            want, ok_c, *_ = run_once([args.cpython, path], args.timeout)
            if not ok_c:
                print(f"{name:12} CPython failed: {last_line(want)}")
                bad.append(name)
                continue
            got, ok, *_ = run_once(interp["ours"] + [path], args.timeout)
            if ok and got == want:
                verdict = "ok"
                if name in KNOWN_FAIL:
                    verdict += " (listed in KNOWN_FAIL: remove it)"
                    bad.append(name)
            else:
                why = last_line(got) if not ok else f"checksum {last_line(got)!r} != CPython's {last_line(want)!r}"
                if name in KNOWN_FAIL:
                    verdict = f"FAIL (known: {KNOWN_FAIL[name]}): {why}"
                else:
                    verdict = f"FAIL *** {why}"
                    bad.append(name)
            print(f"{name:12} {verdict}")
    print(f"{len(benches) - len(bad)}/{len(benches)} benchmark checksums as expected")
    return 1 if bad else 0


def table(args, benches, interp):
    names = list(interp)
    res = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, b in benches.items():
            path = sized_copy(b, args.size, tmp)
            res[name] = {}
            for who in ["cpython"] + [n for n in names if n != "cpython"]:
                r = measure(interp[who] + [path], args.runs, args.timeout, args.wall)
                res[name][who] = r
            print(f"  ran {name}", file=sys.stderr, flush=True)

    has_mpy = "micropython" in interp
    unit = "wall-clock s" if args.wall else "CPU s (user+sys)"
    print(f"size {args.size}, median of {args.runs} runs, time = {unit}; "
          f"heap -X heapsize={args.heap} for ours and MicroPython")
    head = f"{'benchmark':12} {'ours':>8} "
    if has_mpy:
        head += f"{'mpy':>8} "
    head += f"{'cpython':>8} "
    if has_mpy:
        head += f"{'ours/mpy':>9} "
    head += f"{'ours/cpy':>9}   {'max RSS MiB: ours':>17} "
    if has_mpy:
        head += f"{'mpy':>6} "
    head += f"{'cpy':>6}  checksum"
    print(head)
    r_mpy, r_cpy, failures = [], [], []

    def cell(r):
        return f"{r['time']:8.3f}" if r["ok"] else f"{'FAIL':>8}"

    for name, rs in res.items():
        want = rs["cpython"]
        notes = []
        for who, r in rs.items():
            if who == "cpython":
                if not r["ok"]:
                    notes.append(f"CPython FAILED: {last_line(r['out'])}")
                continue
            if not r["ok"]:
                notes.append(f"{who} FAIL: {last_line(r['out'])}")
            elif want["ok"] and r["out"] != want["out"]:
                r["ok"] = False
                notes.append(f"{who} MISMATCH: {last_line(r['out'])!r} != {last_line(want['out'])!r}")
        line = f"{name:12} {cell(rs['ours'])} "
        if has_mpy:
            line += f"{cell(rs['micropython'])} "
        line += f"{cell(want)} "
        o = rs["ours"]
        if has_mpy:
            m = rs["micropython"]
            if o["ok"] and m["ok"]:
                r_mpy.append(o["time"] / m["time"])
                line += f"{r_mpy[-1]:9.2f} "
            else:
                line += f"{'-':>9} "
        if o["ok"] and want["ok"]:
            r_cpy.append(o["time"] / want["time"])
            line += f"{r_cpy[-1]:9.2f}   "
        else:
            line += f"{'-':>9}   "

        def mib(r):
            return f"{r['rss'] / 1024:.1f}" if r["ok"] else "-"

        line += f"{mib(o):>17} "
        if has_mpy:
            line += f"{mib(rs['micropython']):>6} "
        line += f"{mib(want):>6}  "
        line += "ok" if not notes else "*** " + "; ".join(notes)
        if notes:
            failures.append(name)
        print(line)
    gm = f"{'geomean':12} {'':8} "
    if has_mpy:
        gm += f"{'':8} "
    gm += f"{'':8} "
    if has_mpy:
        gm += f"{geomean(r_mpy):9.2f} "
    gm += f"{geomean(r_cpy):9.2f}"
    print(gm + f"   (over the benchmarks that passed on both)")
    how = f"{TIME} -f %M" if os.path.exists(TIME) else "os.wait4 ru_maxrss (an upper bound: includes the runner's own RSS inherited at fork)"
    print(f"max RSS: {how}, the largest over the runs; resident pages, including the "
          "interpreter image and every heap page touched")
    if failures:
        print(f"*** FAILED or MISMATCHED: {' '.join(failures)}")
        return 1
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    ap.add_argument("--ours", default=str(ROOT / "target/release/micropython"))
    ap.add_argument("--cpython", default="python3")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--size", choices=["small", "normal"], default="normal")
    ap.add_argument("--heap", default="16M", help="-X heapsize= for ours and MicroPython")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per run")
    ap.add_argument("--wall", action="store_true", help="time wall-clock, not CPU")
    ap.add_argument("--check", action="store_true",
                    help="each benchmark once at the small size on ours, against CPython")
    args = ap.parse_args()
    benches = benchmarks(args.names)
    if not os.path.exists(args.ours):
        sys.exit(f"no binary at {args.ours} (cargo build --release -p host, or --ours PATH)")
    interp = {"ours": [args.ours, "-X", f"heapsize={args.heap}"]}
    if args.check:
        return check(args, benches, interp)
    mpy = os.environ.get("MICROPY_MICROPYTHON")
    if mpy:
        interp["micropython"] = [mpy, "-X", f"heapsize={args.heap}"]
    interp["cpython"] = [args.cpython]
    return table(args, benches, interp)


if __name__ == "__main__":
    sys.exit(main())
