# Queue: FIFO between tasks, as CPython's asyncio.Queue (MicroPython's core lib has none).

from . import core
from .core import CancelledError


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._q = []
        self._getters = []
        self._putters = []

    def qsize(self):
        return len(self._q)

    def empty(self):
        return not self._q

    def full(self):
        return 0 < self.maxsize <= len(self._q)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._q.append(item)
        core._wake_one(self._getters)

    def get_nowait(self):
        if not self._q:
            raise QueueEmpty
        item = self._q.pop(0)
        core._wake_one(self._putters)
        return item

    async def put(self, item):
        while self.full():
            core._park(self._putters)
            try:
                await core._parked
            except CancelledError:
                # A slot meant for us goes to the next putter.
                if not self.full():
                    core._wake_one(self._putters)
                raise
        self.put_nowait(item)

    async def get(self):
        while not self._q:
            core._park(self._getters)
            try:
                await core._parked
            except CancelledError:
                if self._q:
                    core._wake_one(self._getters)
                raise
        return self.get_nowait()
