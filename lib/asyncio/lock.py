# Lock: one holder at a time, waiters served in order (release hands the lock over).

from . import core
from .core import CancelledError


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = []
        self._handed = 0  # park token of the waiter the lock was handed to

    def locked(self):
        return self._locked

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock not acquired")
        w = self._waiters
        while w:
            e = w.pop(0)
            if core._wake(e):
                # Still locked: the woken waiter owns it now.
                self._handed = e[0]
                return
        self._locked = False

    async def acquire(self):
        if self._locked:
            tok = core._park(self._waiters)
            try:
                await core._parked
            except CancelledError:
                if self._handed == tok:
                    # Handed the lock, then cancelled before it ran: pass it on.
                    self._handed = 0
                    self.release()
                raise
            self._handed = 0
        self._locked = True
        return True

    async def __aenter__(self):
        return await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
