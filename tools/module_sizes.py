#!/usr/bin/env python3
"""Flash each built-in module costs on the STM32F4 firmware (boards/netduinoplus2).

Builds the firmware once with a full module list (board.toml's settings, with the
`[modules] builtin` list of test.toml, the modules the STM32F4 test board lists, unless
--modules says otherwise), then once per module with that module left out of a copy of
the board file, and prints the difference in flash (`.vector_table + .text + .rodata +
.data` of `size -A`) as a Markdown table. `asyncio` (frozen Python, board.toml's
`[frozen]`) is measured the same way by leaving its `[frozen]` line out.

The copies are written next to board.toml (so its relative paths still resolve) as
`.size-<name>.toml` and removed afterwards; MP_BOARD_TOML selects each. The builds share
one CARGO_TARGET_DIR of their own (default boards/netduinoplus2/target/sizes), apart from
the board's usual target/ directories; cargo rebuilds the runtime for each module list.
Each build takes about a minute.

    tools/module_sizes.py                      # every module of test.toml, and asyncio
    tools/module_sizes.py --modules json re    # just these (the base list still has all)
"""

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOARD = ROOT / "boards" / "netduinoplus2"
FLASH_SECTIONS = (".vector_table", ".text", ".rodata", ".data")
BUILTIN_RE = re.compile(r"^builtin\s*=\s*\[(.*)\]\s*$", re.M)


def builtin_list(toml_text):
    m = BUILTIN_RE.search(toml_text)
    if not m:
        sys.exit("no `builtin = [...]` line")
    return re.findall(r'"([^"]+)"', m.group(1))


def with_builtin(toml_text, modules):
    line = "builtin = [" + ", ".join(f'"{m}"' for m in modules) + "]"
    return BUILTIN_RE.sub(lambda _: line, toml_text, count=1)


def without_frozen(toml_text, name):
    return re.sub(rf"^{re.escape(name)}\s*=.*\n", "", toml_text, flags=re.M)


def flash_bytes(elf):
    out = subprocess.run(["size", "-A", str(elf)], check=True, capture_output=True, text=True).stdout
    total = 0
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in FLASH_SECTIONS:
            total += int(parts[1])
    return total


def build(name, toml_text, target_dir):
    """Build the firmware from `toml_text`; its flash bytes, or None if the build failed."""
    path = BOARD / f".size-{name}.toml"
    path.write_text(toml_text)
    try:
        env = dict(os.environ, MP_BOARD_TOML=str(path), CARGO_TARGET_DIR=str(target_dir))
        r = subprocess.run(["cargo", "build", "--release", "-q"], cwd=BOARD, env=env, capture_output=True, text=True)
        if r.returncode != 0:
            sys.stderr.write(f"--- build without {name} failed:\n{r.stderr[-2000:]}\n")
            return None
        return flash_bytes(target_dir / "thumbv7em-none-eabihf" / "release" / "firmware")
    finally:
        path.unlink()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--modules", nargs="*", help="modules to measure (default: the base list and asyncio)")
    ap.add_argument("--base", nargs="*", help="the full builtin list (default: test.toml's)")
    ap.add_argument("--target-dir", default=str(BOARD / "target" / "sizes"))
    args = ap.parse_args()

    board = (BOARD / "board.toml").read_text()
    base_list = args.base or builtin_list((BOARD / "test.toml").read_text())
    base = with_builtin(board, base_list)
    frozen = ["asyncio"] if re.search(r"^asyncio\s*=", board, re.M) else []
    todo = args.modules if args.modules is not None else base_list + frozen
    target = Path(args.target_dir)

    full = build("all", base, target)
    if full is None:
        sys.exit("the full build failed")
    print(f"full firmware ({len(base_list)} built-in modules{', asyncio frozen' if frozen else ''}): "
          f"{full} bytes of flash", flush=True)
    rows = []
    for m in todo:
        if m in frozen:
            size = build(m, without_frozen(base, m), target)
        elif m in base_list:
            size = build(m, with_builtin(board, [x for x in base_list if x != m]), target)
        else:
            print(f"{m}: not in the base list", file=sys.stderr)
            continue
        cost = "build failed" if size is None else str(full - size)
        rows.append((m, cost))
        print(f"  {m}: {cost}", file=sys.stderr, flush=True)
    print("\n| module | flash (bytes) |\n|---|---:|")
    for m, cost in rows:
        print(f"| `{m}` | {cost} |")


if __name__ == "__main__":
    main()
