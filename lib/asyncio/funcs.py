# Combinators over tasks: gather, wait_for.

from . import core
from .core import Task, CancelledError, TimeoutError


def _as_task(aw):
    return aw if isinstance(aw, Task) else Task(aw)


async def gather(*aws, return_exceptions=False):
    ts = [_as_task(a) for a in aws]
    for t in ts:
        t._awaited = True
    try:
        while True:
            pending = False
            for t in ts:
                if not t._done:
                    pending = True
                elif t._error is not None and not return_exceptions:
                    raise t._error
            if not pending:
                break
            # One park, filed on every pending task: the first to finish wakes us.
            tok = core._park()
            me = core._cur
            for t in ts:
                if not t._done:
                    t._waiters.append((tok, me))
            await core._parked
    except CancelledError:
        # Cancelling the gather cancels what it gathers.
        for t in ts:
            t.cancel()
        raise
    return [t._error if t._error is not None else t._result for t in ts]


async def wait_for_ms(aw, ms):
    t = _as_task(aw)
    if ms is None:
        return await t
    t._awaited = True
    if not t._done:
        # Park on the task's waiters and the sleep queue at once; whichever comes first wins.
        core._park(t._waiters, ms)
        try:
            await core._parked
        except CancelledError:
            t.cancel()
            raise
    if t._done:
        if t._error is not None:
            raise t._error
        return t._result
    # Timed out: cancel the task and let it finish its cleanup before raising.
    t.cancel()
    try:
        await t
    except CancelledError:
        pass
    except Exception:
        pass
    raise TimeoutError


def wait_for(aw, timeout):
    return wait_for_ms(aw, None if timeout is None else int(timeout * 1000))
