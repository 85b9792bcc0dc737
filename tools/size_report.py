#!/usr/bin/env python3
"""Flash size report of the STM32F4 firmware (boards/netduinoplus2), per level and per feature.

    tools/size_report.py [--levels] [--features [NAME ...]] [--modules [NAME ...]]

--levels     the seed firmware (minimal.toml: `sys` and `myport`) built at each level, so
             the table shows what the language itself costs level by level;
--features   board.toml (level `extra`) built once as is and once with each feature that is
             on there switched off (float/longint: "none"), so each row is what that feature
             costs. Names restrict it to those features.
--modules    board.toml with test.toml's built-in modules (all those the STM32F4 test board
             lists) built once, then once without each of them, and once without the
             frozen `asyncio`: what each module costs (docs/MODULES.md). Names restrict
             it to those modules.
Without options: levels and features. Each build is a release firmware (opt-level z, fat LTO) in
target/size-report/; a build takes a minute or two, the whole report a good while.
The figures are `.text + .rodata + .data` (what `size -A` shows), read from the ELF's
section headers.
"""
import argparse
import os
import re
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOARD = ROOT / "boards/netduinoplus2"
OUT = ROOT / "target/size-report"
LEVELS = ["minimum", "core", "basic", "extra", "full", "everything"]
ELF = "thumbv7em-none-eabihf/release/firmware"


def sections(elf: Path) -> dict:
    """Section name -> size, from the ELF32 section headers."""
    data = elf.read_bytes()
    shoff, = struct.unpack_from("<I", data, 0x20)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x2E)
    heads = [struct.unpack_from("<IIIIIIIIII", data, shoff + i * shentsize) for i in range(shnum)]
    strtab = heads[shstrndx]
    names = data[strtab[4]:strtab[4] + strtab[5]]
    out = {}
    for h in heads:
        name = names[h[0]:names.index(b"\0", h[0])].decode()
        out[name] = h[5]
    return out


def flash(elf: Path) -> tuple:
    s = sections(elf)
    text, rodata, data = s.get(".text", 0), s.get(".rodata", 0), s.get(".data", 0)
    return text, rodata, data, text + rodata + data


def build(name: str, toml_text: str, features: str, no_default: bool, beside_board: bool = False) -> tuple:
    """Build the firmware for a generated board file; its flash figures (or an error line).
    `beside_board`: the file is a full copy of board.toml (its relative paths resolve from
    the board's directory), written there for the build and removed after."""
    OUT.mkdir(parents=True, exist_ok=True)
    toml = (BOARD / f".size-{name}.toml") if beside_board else OUT / f"{name}.toml"
    toml.write_text(toml_text)
    try:
        return build_file(toml, features, no_default)
    finally:
        if beside_board:
            toml.unlink()


def build_file(toml: Path, features: str, no_default: bool) -> tuple:
    target = OUT / "target"
    cmd = ["cargo", "build", "--release", "--quiet"]
    if no_default:
        cmd.append("--no-default-features")
    if features:
        cmd += ["--features", features]
    env = {"MP_BOARD_TOML": str(toml), "CARGO_TARGET_DIR": str(target)}
    r = subprocess.run(cmd, cwd=BOARD, env={**os.environ, **env}, capture_output=True, text=True)
    if r.returncode != 0:
        # A build script's own message (`error: frozen module ...`, `error: [frozen] ...
        # needs feature ...`) says why; cargo's "failed to run custom build command" only
        # that it failed.
        lines = [l.strip() for l in r.stderr.splitlines()]
        errors = [l for l in lines if l.startswith("error")]
        specific = [l for l in errors if not l.startswith("error: failed to run custom build command")]
        why = (specific or errors or [r.stderr.strip()[:200]])[0]
        return None, why
    return flash(target / ELF), None


def feature_table() -> list:
    """(name, kind, default) rows of docs/FEATURES.md's generated table."""
    rows = []
    for line in (ROOT / "docs/FEATURES.md").read_text().splitlines():
        m = re.match(r"\| `([a-z0-9_]+)` \| ([^|]+) \| ([^|]+) \|", line)
        if m:
            rows.append((m.group(1), m.group(2).strip(), m.group(3).strip()))
    return rows


def on_at_extra(kind: str, default: str) -> bool:
    if kind != "bool":
        return False
    if default == "on":
        return True
    m = re.match(r"on from `(\w+)`", default)
    return bool(m) and LEVELS.index(m.group(1)) <= LEVELS.index("extra")


def row(label, fig, diff="", err=""):
    if fig is None:
        return f"| {label} | | | | | | {err} |"
    text, rodata, data, total = fig
    return f"| {label} | {text:,} | {rodata:,} | {data:,} | {total:,} | {diff} | |"


def builtin_line(modules) -> str:
    return "builtin = [" + ", ".join(f'"{m}"' for m in modules) + "]"


def module_report(names):
    """What each built-in module (and the frozen asyncio) costs on top of the others."""
    board = (BOARD / "board.toml").resolve()
    full = tomllib.loads((BOARD / "test.toml").read_text())["modules"]["builtin"]
    print("## board.toml with test.toml's modules, one module left out: what each costs\n")
    print("| build | .text | .rodata | .data | flash | saved | |")
    print("|---|---:|---:|---:|---:|---:|---|")
    base, err = build("modules-all", f'extends = "{board}"\n[modules]\n{builtin_line(full)}\n', "", False)
    print(row("all modules", base, "", err))
    for m in names or full + ["asyncio"]:
        if m == "asyncio":
            # `extends` can't take a [frozen] entry away: a copy of board.toml without it.
            text = re.sub(r"^asyncio\s*=.*\n", "", board.read_text(), flags=re.M)
            text = re.sub(r"^builtin\s*=.*$", builtin_line(full), text, count=1, flags=re.M)
            fig, err = build("no-asyncio", text, "", False, beside_board=True)
        else:
            rest = [x for x in full if x != m]
            fig, err = build(f"no-{m}", f'extends = "{board}"\n[modules]\n{builtin_line(rest)}\n', "", False)
        diff = f"{base[3] - fig[3]:,}" if fig and base else ""
        print(row(f"without {m}", fig, diff, err))
        sys.stdout.flush()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--levels", action="store_true")
    ap.add_argument("--features", nargs="*")
    ap.add_argument("--modules", nargs="*")
    a = ap.parse_args()
    if a.modules is not None:
        module_report(a.modules)
        if not a.levels and a.features is None:
            return
    do_levels = a.levels or a.features is None
    do_features = a.features is not None or not a.levels
    minimal = (BOARD / "minimal.toml").resolve()
    board = (BOARD / "board.toml").resolve()
    if do_levels:
        print("## The seed firmware (minimal.toml: sys, myport) at each level\n")
        print("| level | .text | .rodata | .data | flash | more than the level before | |")
        print("|---|---:|---:|---:|---:|---:|---|")
        prev = None
        for lvl in LEVELS:
            # A level's own defaults: minimal.toml's feature overrides are not inherited.
            text = f'extends = "{minimal}"\nlevel = "{lvl}"\n'
            fig, err = build(f"level-{lvl}", text, "python", True)
            diff = f"{fig[3] - prev[3]:,}" if fig and prev else ""
            print(row(lvl, fig, diff, err))
            prev = fig or prev
            sys.stdout.flush()
        print()
    if do_features:
        print("## board.toml (level extra) with one feature off: what each costs\n")
        print("| build | .text | .rodata | .data | flash | saved | |")
        print("|---|---:|---:|---:|---:|---:|---|")
        base, err = build("extra", f'extends = "{board}"\n', "", False)
        print(row("as board.toml", base, "", err))
        names = a.features or [n for n, k, d in feature_table() if on_at_extra(k, d)] + ["float", "longint"]
        for name in names:
            value = '"none"' if name in ("float", "longint") else "false"
            text = f'extends = "{board}"\n[features]\n{name} = {value}\n'
            # The modules that need the feature go with it.
            drop = {"float": ["math", "cmath"], "complex": ["cmath"]}.get(name, [])
            if name == "float":
                text += "complex = false\n"
            if drop:
                builtin = [m for m in tomllib.loads(board.read_text())["modules"]["builtin"] if m not in drop]
                text += "[modules]\nbuiltin = [" + ", ".join(f'"{m}"' for m in builtin) + "]\n"
            fig, err = build(f"no-{name}", text, "", False)
            diff = f"{base[3] - fig[3]:,}" if fig and base else ""
            print(row(f"{name} = {value}", fig, diff, err))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
