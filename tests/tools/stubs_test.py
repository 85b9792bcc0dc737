#!/usr/bin/env python3
"""Checks the `.pyi` stubs a board's build writes for its native modules.

Every stub in the stubs folder must parse with CPython's `ast` (as type checkers and
editors read it); each stub with an expected copy in `tests/stubs/` must equal it. A module
expected but not generated fails too.

usage: stubs_test.py [STUBS_DIR]   (default: target/release/stubs, the host board's)
A module with submodules is a package (`<module>/__init__.pyi`, `<module>/<sub>.pyi`).
To accept new output after a deliberate change: cp -r STUBS_DIR/<module>[.pyi] tests/stubs/
"""
import ast
import difflib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main():
    stubs = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "target/release/stubs"
    expected_dir = ROOT / "tests/stubs"
    failures = []
    generated = sorted(stubs.rglob("*.pyi"))
    if not generated:
        failures.append(f"no stubs in {stubs} (build the board first: cargo build --release)")
    for path in generated:
        text = path.read_text()
        try:
            tree = ast.parse(text, filename=str(path))
        except SyntaxError as e:
            failures.append(f"{path}: CPython's ast cannot parse it: {e}")
            continue
        if not any(isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.AnnAssign)) for n in tree.body):
            failures.append(f"{path}: declares nothing")
        rel = path.relative_to(stubs)
        want = expected_dir / rel
        if want.exists() and want.read_text() != text:
            diff = difflib.unified_diff(want.read_text().splitlines(), text.splitlines(), str(want), str(path), lineterm="")
            failures.append("\n".join(diff))
    for want in sorted(expected_dir.rglob("*.pyi")):
        rel = want.relative_to(expected_dir)
        if not (stubs / rel).exists():
            failures.append(f"{rel}: expected (tests/stubs/) but not generated in {stubs}")
    if failures:
        print("\n".join(failures))
        print(f"stubs_test: FAILED ({len(failures)} problems)")
        return 1
    print(f"stubs_test: ok ({len(generated)} stubs parsed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
