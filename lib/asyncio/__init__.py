# asyncio: MicroPython's asyncio subset (with CPython's Queue), written for this runtime.
# Cooperative tasks over time.ticks_ms; no I/O streams.

from .core import (
    CancelledError,
    TimeoutError,
    Task,
    create_task,
    current_task,
    sleep,
    sleep_ms,
    run,
    run_until_complete,
    get_event_loop,
    new_event_loop,
    Loop,
)
from .funcs import gather, wait_for, wait_for_ms
from .event import Event
from .lock import Lock
from .queue import Queue, QueueEmpty, QueueFull

__version__ = (3, 0, 0)
