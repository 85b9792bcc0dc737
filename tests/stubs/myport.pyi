# Generated from the #[mp_module] `myport`: do not edit.
from typing import Any

def info() -> None:
    """Print information about this port."""
def add(a: int, b: int = 1, *, scale: int = 1) -> int:
    """`add(a, b=1, *, scale=1)`: `(a + b) * scale`."""
def pin(n: int, /, value: int | None = None, *args: Any, pull: str = "up", **opts: Any) -> tuple[tuple[int, int | None], Any, tuple[str, Any]]:
    """`pin(n, /, value=None, *args, pull="up", **opts)`: how the arguments bound, as
    `((n, value), args, (pull, opts))`.
    """
