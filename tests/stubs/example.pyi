# Generated from the #[mp_module] `example`: do not edit.
from typing import Any, Final

def scale(x: int, factor: int = 2, *, offset: int = 0) -> int:
    """`scale(x, factor=2, *, offset=0)`: `x * factor + offset`."""
class SensorError(ValueError):
    """Raised for a sensor that cannot be read; a `ValueError`."""
class LimitError(SensorError):
    """Raised when a counter would pass its limit; a `SensorError`."""
def read_sensor(channel: int, /) -> int:
    """`read_sensor(channel)`: a made-up reading of channel 0 to 3; `SensorError` for
    another channel.
    """
class Counter:
    """A counter: `Counter(start=0, step=1)`."""
    LIMIT: Final = 1000000
    def __init__(self, start: int = 0, step: int = 1) -> None:
        ...
    def incr(self) -> int:
        """Count one step; the new value. `LimitError` past `LIMIT`."""
    def add(self, n: int = 1, *, times: int = 1) -> int:
        """`add(n=1, *, times=1)`: count `n * times` steps."""
    def update(self, f: Any, /) -> int:
        """Call `f()` while this counter is borrowed mutably (re-entering it from `f`
        raises `RuntimeError`), then count one step.
        """
    def peek(self, f: Any, /) -> Any:
        """Call `f()` while this counter is borrowed (shared): `f` may read it, not change it."""
    @property
    def value(self) -> int:
        ...
    @value.setter
    def value(self, value: int, /) -> None:
        ...
    @property
    def step(self) -> int:
        ...
    def upto(self, stop: int, /) -> CountIter:
        """`upto(stop)`: an iterator over the values from this one to `stop`, a step apart."""
    @staticmethod
    def zero() -> Counter:
        """`Counter.zero()`: a counter at 0."""
    @classmethod
    def of(cls, n: int, /) -> Any:
        """`Counter.of(n)`: `cls(n)`, so a subclass makes its own kind."""
    def __repr__(self) -> str:
        ...
    def __iter__(self) -> CountIter:
        ...
    def __eq__(self, other: Any, /) -> bool:
        ...
    def __lt__(self, other: Any, /) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def __bool__(self) -> bool:
        ...
    def __add__(self, n: int, /) -> Counter:
        ...
    def __radd__(self, n: int, /) -> Counter:
        """`n + counter`: the reflected `__add__`."""
    def __isub__(self, n: int, /) -> Counter:
        """`counter -= n`: in place (returning nothing keeps `counter` bound to itself)."""
    def __neg__(self) -> Counter:
        ...
    def __call__(self, n: int, /) -> int:
        ...
class CountIter:
    """The iterator `Counter.upto` and `iter(counter)` return."""
    def __iter__(self) -> Any:
        ...
    def __next__(self) -> int:
        ...
class Version:
    """`Version(major, minor=0)`: an immutable value. No method takes `&mut self`, so the
    class is frozen: its `&self` calls skip the borrow count.
    """
    def __init__(self, major: int, minor: int = 0) -> None:
        ...
    @property
    def major(self) -> int:
        ...
    @property
    def minor(self) -> int:
        ...
    def bump(self) -> Version:
        """`bump()`: the next minor version, a new object."""
    def __str__(self) -> str:
        ...
    def __eq__(self, other: Any, /) -> bool:
        ...
    def __lt__(self, other: Any, /) -> bool:
        ...
    def __hash__(self) -> int:
        ...
    def visit(self, f: Any, /) -> Any:
        """Call `f()` while this version is borrowed: shared borrows of a frozen class
        are not counted, and nothing can take an exclusive one.
        """
class Handle:
    """`Handle(n)`: stands for a resource (a peripheral, a buffer in another memory) that
    must be let go when the program no longer holds it: `__del__` runs before the GC
    frees the instance (boards with the `finaliser` feature), and for every instance left
    when the runtime ends. `close()` lets it go early; `released()` counts releases.
    """
    def __init__(self, id: int, /) -> None:
        ...
    def close(self) -> None:
        """Let the resource go (once; later calls, and the finaliser, do nothing)."""
    @property
    def id(self) -> int:
        ...
    def __del__(self) -> None:
        ...
def released() -> int:
    """How many handles were let go (closed or finalised)."""
class Bag:
    """`Bag(size)`: a fixed number of slots holding Python objects (the GC keeps them
    alive through the instance), with `len`, `[]`, `in` and `with`.
    """
    CAPACITY: Final = 8
    def __init__(self, size: int, /) -> None:
        ...
    def __len__(self) -> int:
        ...
    def __getitem__(self, i: int, /) -> Any:
        ...
    def __setitem__(self, i: int, value: Any, /) -> None:
        ...
    def __delitem__(self, i: int, /) -> None:
        ...
    def __contains__(self, x: Any, /) -> bool:
        ...
    def __enter__(self) -> Any:
        ...
    def __exit__(self, _ty: Any, _value: Any, _tb: Any, /) -> bool:
        ...
    @property
    def is_open(self) -> bool:
        ...
