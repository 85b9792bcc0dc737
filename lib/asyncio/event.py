# Event: tasks wait until it is set.

from . import core


class Event:
    def __init__(self):
        self._flag = False
        self._waiters = []

    def is_set(self):
        return self._flag

    def set(self):
        self._flag = True
        core._wake_all(self._waiters)

    def clear(self):
        self._flag = False

    async def wait(self):
        if not self._flag:
            core._park(self._waiters)
            await core._parked
        return True
