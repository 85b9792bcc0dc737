# Generated from the #[mp_module] `machine`: do not edit.
"""MicroPython's `machine`: Pin, UART, Timer, reset, soft_reset, freq, unique_id, idle,
disable_irq, enable_irq, and mem8/mem16/mem32 on MCU boards.
"""
from typing import Any, Final

def reset() -> None:
    """Reset the chip (a board without a hard reset soft-resets)."""
def soft_reset() -> None:
    """Soft reset: raises SystemExit (a board's REPL restarts with a fresh heap)."""
def freq() -> int:
    """The CPU clock in hertz."""
def unique_id() -> Any:
    """The chip's unique ID."""
def idle() -> None:
    """Wait for an interrupt."""
def disable_irq() -> int:
    """Disable interrupts; the state for enable_irq."""
def enable_irq(state: int, /) -> None:
    """Restore the interrupt state disable_irq returned."""
class Pin:
    """A pin of the board's pin map: `Pin(id, mode=-1, pull=-1, *, value=None)`, `id` a
    name of the map (`"D13"`), a number or a `Pin`; `-1` leaves the mode or pull as it
    is, `pull=None` is no pull resistor.
    """
    IN: Final = 0
    OUT: Final = 1
    OPEN_DRAIN: Final = 17
    PULL_UP: Final = 1
    PULL_DOWN: Final = 2
    IRQ_RISING: Final[int]
    IRQ_FALLING: Final[int]
    def __init__(self, id: Any, mode: Any = -1, pull: Any = -1, *, value: Any = None) -> None:
        ...
    def init(self, mode: Any = -1, pull: Any = -1, *, value: Any = None) -> None:
        """`init(mode=-1, pull=-1, *, value=None)`: reconfigure the pin."""
    def value(self, x: Any | None = None, /) -> Any:
        """`value()` reads the pin (0 or 1); `value(x)` drives it."""
    def on(self) -> None:
        """Drive the pin high."""
    def off(self) -> None:
        """Drive the pin low."""
    def toggle(self) -> None:
        """Invert the pin's output."""
    def mode(self, m: Any | None = None, /) -> int | None:
        """`mode()` gets the mode; `mode(m)` sets it."""
    def pull(self, p: Any | None = None, /) -> int | None:
        """`pull()` gets the pull (`None` for none); `pull(p)` sets it."""
    def irq(self, handler: Any = None, trigger: int = 271646720, *, hard: bool = False) -> Any:
        """`irq(handler=None, trigger=Pin.IRQ_FALLING | Pin.IRQ_RISING, *, hard=False)`:
        call `handler(pin)` (scheduled, at the running code's next poll point) on the
        pin's edges; `handler=None` turns it off. `hard=True` runs it the same way.
        """
    def __call__(self, x: Any | None = None, /) -> Any:
        """`pin()` is `pin.value()`, `pin(x)` is `pin.value(x)`."""
    def __repr__(self) -> str:
        ...
class UART:
    """A UART of the board: `UART(id, baudrate=9600, bits=8, parity=None, stop=1, *,
    timeout=0, timeout_char=2)` (8N1 only). Reads wait `timeout` ms for the first byte
    and `timeout_char` ms for each next one; a read that got nothing returns None.
    """
    def __init__(self, id: int, baudrate: int = 9600, bits: int = 8, parity: Any = None, stop: int = 1, *, timeout: int = 0, timeout_char: int = 2) -> None:
        ...
    def init(self, baudrate: int = 9600, bits: int = 8, parity: Any = None, stop: int = 1, *, timeout: int = 0, timeout_char: int = 2) -> None:
        """`init(baudrate=9600, bits=8, parity=None, stop=1, *, timeout=0,
        timeout_char=2)`: reconfigure (also after `deinit`).
        """
    def deinit(self) -> None:
        """Turn the UART off; reads and writes raise OSError until `init`."""
    def any(self) -> int:
        """Bytes that can be read without waiting."""
    def read(self, n: int | None = None, /) -> Any:
        """`read()` reads until the timeout; `read(n)` at most `n` bytes."""
    def readline(self) -> Any:
        """A line, up to and with its `\\n` (or what came before the timeout)."""
    def readinto(self, buf: bytearray | memoryview, n: int | None = None, /) -> Any:
        """`readinto(buf[, n])`: bytes stored into `buf`, or None when nothing came."""
    def write(self, buf: bytes | bytearray | memoryview, /) -> int:
        """Send `buf`; the number of bytes written."""
    def flush(self) -> None:
        """Wait until everything written has been sent."""
    def __repr__(self) -> str:
        ...
class irq:
    """A pin's interrupt, as `Pin.irq` returns it: `trigger()`, `flags()`."""
    def trigger(self, t: int | None = None, /) -> int:
        """`trigger()` gets the trigger; `trigger(t)` sets it and returns the old one."""
    def flags(self) -> int:
        """The edges that caused the last call of the handler."""
class Timer:
    """`Timer(id=-1, *, mode=Timer.PERIODIC, period=-1, freq=-1, callback=None)`: a
    software timer (MicroPython's soft timer, id -1) that calls `callback(timer)` every
    `period` ms (or `freq` times a second), or once with `mode=Timer.ONE_SHOT`, through
    `micropython.schedule`: at the running code's next poll point or sleep.
    """
    ONE_SHOT: Final = 0
    PERIODIC: Final = 1
    def __init__(self, id: int = -1, *, mode: int = -2, period: int = -1, freq: int = -1, callback: Any = None) -> None:
        ...
    def init(self, *, mode: int = 1, period: int = -1, freq: int = -1, callback: Any = None) -> None:
        """`init(*, mode=Timer.PERIODIC, period=-1, freq=-1, callback=None)`: (re)start it."""
    def deinit(self) -> None:
        """Stop it (its callback is not called again)."""
    def __repr__(self) -> str:
        ...
class mem:
    """Memory as an array of `width`-byte words: `mem32[addr]`, `mem32[addr] = v`."""
    def __getitem__(self, addr: Any, /) -> Any:
        ...
    def __setitem__(self, addr: Any, value: Any, /) -> None:
        ...
    def __repr__(self) -> str:
        ...
mem8: Final[mem]
mem16: Final[mem]
mem32: Final[mem]
