# asyncio: MicroPython's asyncio subset (with CPython's Queue), written for this runtime.
# Cooperative tasks over time.ticks_ms; frozen by boards/host and boards/netduinoplus2.
#
# Not here: streams and I/O waits (open_connection, start_server, StreamReader), ThreadSafeFlag,
# wait_for of a plain value. Differences from MicroPython: a loop with no task runnable and
# none sleeping raises RuntimeError("deadlock: no task can run") (MicroPython waits on I/O for
# ever); every submodule loads at import (the runtime has no module-level __getattr__ for
# MicroPython's lazy loading). As MicroPython (unlike CPython), cancelling a task that awaits
# another task does not cancel the awaited one, and run() leaves other tasks queued.

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
