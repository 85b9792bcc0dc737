# Generated from the #[mp_module] `convtest`: do not edit.
"""Conversion tests."""
from typing import Any, Final

def i8(v: int, /) -> int:
    ...
def i16(v: int, /) -> int:
    ...
def i32(v: int, /) -> int:
    ...
def i64(v: int, /) -> int:
    ...
def isize(v: int, /) -> int:
    ...
def u8(v: int, /) -> int:
    ...
def u16(v: int, /) -> int:
    ...
def u32(v: int, /) -> int:
    ...
def u64(v: int, /) -> int:
    ...
def usize(v: int, /) -> int:
    ...
def f32(v: float, /) -> float:
    ...
def f64(v: float, /) -> float:
    ...
def scale(x: float, factor: float = 2.5, *, offset: float = -1) -> float:
    """`scale(x, factor=2.5)`: a float default."""
def truth(v: bool, /) -> bool:
    ...
def text(s: str, /) -> tuple[str, int]:
    ...
def buf(b: bytes | bytearray | memoryview, /) -> tuple[bytes | bytearray | memoryview, int]:
    """The bytes of any buffer, copied into a new bytes object, and its length."""
def fill(buf: bytearray | memoryview, value: int = 0) -> int:
    """`fill(buf, value)`: writes `value` into every byte of a writable buffer."""
def checksum(data: bytes | bytearray | memoryview = "abc") -> int:
    """`checksum(data=b"")`: the sum of the bytes (a str default has a buffer too)."""
def swap(pair: tuple[int, str], /) -> tuple[str, int]:
    """`swap((a, b))`: `(b, a)`; the argument may be a tuple or a list."""
def nested(t: tuple[int, tuple[bool, float | None]], /) -> tuple[int, bool, float | None]:
    ...
def single(t: tuple[int], /) -> tuple[int]:
    ...
def maybe(v: int | None = None, /) -> int | None:
    ...
def ident(o: Any, /) -> Any:
    ...
def nothing() -> None:
    ...
def extremes() -> tuple[int, int, tuple[int, int]]:
    """The extremes of each width as results (long ints where the board has them)."""
def oserror(code: int, /) -> None:
    """`oserror(errno)`: `Err(OsError(errno))`."""
def eio() -> int:
    """`eio()`: `OSError: [Errno 5] EIO` through `?` in a function returning `Exc`."""
def read(channel: int, /) -> int:
    """`read(channel)`: an author's error enum."""
def hand_written() -> tuple[Any, Any, Any]:
    """The hand-written twins of `i32`, `swap` and `scale` (see `hand`)."""
def inits() -> int:
    ...
def __getattr__(name: str, /) -> Any:
    """Answers for attributes the module does not have: `lazy_*` names."""
I8_MIN: Final[int]
U16_MAX: Final[int]
I32_MIN: Final[int]
BIG: Final[int]
I64_MIN: Final[int]
U64_MAX: Final[int]
USIZE_ONE: Final = 1
HALF: Final = 0.5
PI: Final[float]
FLAG: Final = True
NAME: Final = "convtest"
DATA: Final = b"\x00\x01ab"
PAIR: Final[tuple[int, str]]
NESTED: Final[tuple[int, tuple[float, bytes | bytearray | memoryview], bool, tuple[int]]]
from . import sub as sub
