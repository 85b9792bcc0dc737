# The scheduler: tasks, the ready queue, the sleep queue and the loop that drives them.
#
# A coroutine is driven with send(None) and throw(exc). What it yields to the loop says
# what to do with its task: None means "run me again soon" (sleep(0)); _PARK means the
# awaitable has already filed the task somewhere (the sleep queue, a waiter list) and some
# later event wakes it. A park is identified by a token so that a task filed in several
# places at once (wait_for: a task's waiters and the sleep queue) is woken once only, and
# stale entries left behind by a cancel or a timeout are skipped when reached.

from time import ticks_ms, ticks_diff, ticks_add, sleep_ms as _idle_ms


class CancelledError(BaseException):
    pass


try:
    TimeoutError = TimeoutError
except NameError:

    class TimeoutError(Exception):
        pass


_PARK = object()

_ready = []  # tasks to step, in order
_sleepq = []  # [wake ticks, token, task], ordered by wake time (ticks_diff: wraps)
_cur = None  # the task being stepped
_token = 0  # last park token handed out
_stop = False  # set by Loop.stop()


class _Parked:
    # Awaited after _park(): hands the task to the loop until something wakes it.
    def __await__(self):
        yield _PARK


class _Yield:
    # sleep(0): back to the end of the ready queue.
    def __await__(self):
        yield None


_parked = _Parked()
_yield = _Yield()


def _park(waiters=None, ms=None):
    # Files the current task under a new token: on a waiter list and/or the sleep queue.
    global _token
    _token += 1
    tok = _token
    t = _cur
    if t is None:
        raise RuntimeError("no running event loop")
    t._park = tok
    if waiters is not None:
        waiters.append((tok, t))
    if ms is not None:
        when = ticks_add(ticks_ms(), ms)
        q = _sleepq
        i = len(q)
        # Equal wake times keep their filing order.
        while i and ticks_diff(q[i - 1][0], when) > 0:
            i -= 1
        q.insert(i, (when, tok, t))
    return tok


def _wake(entry):
    # Wakes the task of a (token, task) entry if it is still parked under that token.
    tok, t = entry
    if t._park == tok:
        t._park = 0
        _ready.append(t)
        return True
    return False


def _wake_one(waiters):
    while waiters:
        if _wake(waiters.pop(0)):
            return True
    return False


def _wake_all(waiters):
    for e in waiters:
        _wake(e)
    del waiters[:]


class Task:
    def __init__(self, coro):
        if not hasattr(coro, "send"):
            raise TypeError("coroutine expected")
        self.coro = coro
        self._park = 0  # park token while waiting, 0 when runnable
        self._throw = None  # exception to throw in at the next step (a cancel)
        self._waiters = []  # (token, task) awaiting this one
        self._done = False
        self._result = None
        self._error = None
        self._awaited = False
        _ready.append(self)

    def done(self):
        return self._done

    def cancel(self):
        if self._done:
            return False
        self._throw = CancelledError()
        if self._park:
            # Leave its queue entries to go stale; run it now so the error is thrown in.
            self._park = 0
            _ready.append(self)
        return True

    def cancelled(self):
        return self._done and isinstance(self._error, CancelledError)

    def result(self):
        if not self._done:
            raise RuntimeError("task not done")
        if self._error is not None:
            raise self._error
        return self._result

    def exception(self):
        if not self._done:
            raise RuntimeError("task not done")
        if isinstance(self._error, CancelledError):
            raise self._error
        return self._error

    def __await__(self):
        self._awaited = True
        if not self._done:
            _park(self._waiters)
            yield _PARK
        if self._error is not None:
            raise self._error
        return self._result

    def __repr__(self):
        return "<Task>"

    def _finish(self, result, error):
        self._done = True
        self._result = result
        self._error = error
        self.coro = None
        if self._waiters:
            _wake_all(self._waiters)
        elif (
            error is not None
            and not self._awaited
            and not isinstance(error, CancelledError)
        ):
            _report(self, error)


_handler = None  # set by Loop.set_exception_handler


def _report(task, error):
    # A task's error that nobody awaited: to the loop's handler, else printed.
    context = {
        "message": "Task exception wasn't retrieved",
        "exception": error,
        "future": task,
    }
    if _handler is not None:
        _handler(_loop, context)
    else:
        Loop.default_exception_handler(_loop, context)


def _step(t):
    global _cur
    exc = t._throw
    t._throw = None
    _cur = t
    try:
        if exc is None:
            y = t.coro.send(None)
        else:
            y = t.coro.throw(exc)
    except StopIteration as e:
        t._finish(e.value, None)
        return
    except BaseException as e:
        t._finish(None, e)
        if isinstance(e, (KeyboardInterrupt, SystemExit)):
            raise
        return
    finally:
        _cur = None
    if y is not _PARK or t._throw is not None:
        # sleep(0), a bare yield, or cancelled while it ran: runnable again.
        t._park = 0
        _ready.append(t)


def _run(main):
    # Steps tasks until main is done (or, with main None, until stop()).
    global _stop
    _stop = False
    ready = _ready
    sleepq = _sleepq
    while True:
        if main is not None and main._done:
            return
        if _stop:
            _stop = False
            return
        if sleepq:
            now = ticks_ms()
            while sleepq and ticks_diff(sleepq[0][0], now) <= 0:
                _, tok, t = sleepq.pop(0)
                if t._park == tok:
                    t._park = 0
                    ready.append(t)
        if ready:
            _step(ready.pop(0))
        elif sleepq:
            dt = ticks_diff(sleepq[0][0], ticks_ms())
            if dt > 0:
                _idle_ms(dt)
        else:
            # Nothing can ever wake a task: without I/O waits this would hang for good.
            raise RuntimeError("deadlock: no task can run")


def current_task():
    if _cur is None:
        raise RuntimeError("no running event loop")
    return _cur


def create_task(coro):
    return Task(coro)


async def sleep_ms(ms):
    if ms > 0:
        _park(None, ms)
        await _parked
    else:
        await _yield


def sleep(s):
    return sleep_ms(int(s * 1000))


def run_until_complete(main):
    if not isinstance(main, Task):
        main = Task(main)
    main._awaited = True  # its error goes to the caller, not to _report
    if _cur is not None:
        raise RuntimeError("event loop is running")
    _run(main)
    if main._error is not None:
        main._awaited = True
        raise main._error
    return main._result


def run(coro):
    return run_until_complete(coro)


class Loop:
    def create_task(self, coro):
        return Task(coro)

    def run_until_complete(self, aw):
        return run_until_complete(aw)

    def run_forever(self):
        _run(None)

    def stop(self):
        global _stop
        _stop = True

    def close(self):
        pass

    def set_exception_handler(self, handler):
        global _handler
        _handler = handler

    def get_exception_handler(self):
        return _handler

    def default_exception_handler(self, context):
        import sys

        print(context["message"])
        print("future:", context["future"])
        sys.print_exception(context["exception"])

    def call_exception_handler(self, context):
        (_handler or Loop.default_exception_handler)(self, context)


_loop = Loop()


def get_event_loop():
    return _loop


def new_event_loop():
    # A fresh loop: forgets every task left from earlier runs.
    global _cur, _stop
    del _ready[:]
    del _sleepq[:]
    _cur = None
    _stop = False
    return _loop
